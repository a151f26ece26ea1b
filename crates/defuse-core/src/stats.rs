//! The shape of a scenario without walking its paths: path counts, lengths and the best
//! and worst result reachable per criterion, each in time linear in the scenario's size.
//!
//! Paths are structural: a branch on mood may take any of its routes, since which one is
//! taken depends on the replies before it. A scenario with a loop has unboundedly many
//! paths; its best and worst scores are computed with each loop taken at most once.

use crate::model::{Criterion, Node, Outcome, Scores};
use crate::scoring::percent;
use crate::story::Story;
use serde::Serialize;
use std::collections::VecDeque;

/// The shape of a scenario, from `stats`: its size, its endings, its paths and the results
/// a trainee can reach on each criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// The id of the scenario described.
    pub scenario: String,
    /// How many nodes the scenario has: turns, branches and endings, reachable or not.
    pub nodes: usize,
    /// How many turns the scenario has, each a decision where the trainee picks a reply.
    pub decisions: usize,
    /// How many replies are offered over all the turns.
    pub replies: usize,
    /// The endings reachable from the start, counted by outcome, sorted by outcome name.
    pub endings: Vec<EndingCount>,
    /// Some path comes back to a node it already passed, so paths are unbounded.
    pub has_loops: bool,
    /// Distinct paths from the start to an ending; `None` when loops make it unbounded.
    pub paths: Option<PathCount>,
    /// Fewest decisions on a path to an ending.
    pub shortest: usize,
    /// Most decisions on a path to an ending; `None` when loops make it unbounded.
    pub longest: Option<usize>,
    /// The best and worst result reachable on each criterion, in the order of
    /// `Criterion::ALL`.
    pub criteria: Vec<Reach>,
}

/// How many reachable ending nodes have one outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndingCount {
    /// How the conversation ends: resolved, escalated, the customer left, or the trainer's
    /// own.
    pub outcome: Outcome,
    /// Ending nodes reachable from the start with this outcome (nodes, not paths to them).
    pub count: usize,
}

/// Exact while it fits in 128 bits, and always as a float for astronomically many.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PathCount {
    /// The exact number of paths; `None` when it overflows 128 bits.
    pub exact: Option<u128>,
    /// The number of paths as a float, always given (approximate when very large).
    pub approx: f64,
}

impl std::fmt::Display for PathCount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.exact {
            Some(n) if n < 1_000_000_000_000 => write!(f, "{n}"),
            _ => write!(f, "{:.3e}", self.approx),
        }
    }
}

/// The best and worst result (0–100) a trainee can reach on one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Reach {
    /// The criterion reached: listening, empathy, ownership or calm tone.
    pub criterion: Criterion,
    /// The highest result (0–100) any path to an ending gives on it; `None` when no
    /// decision tests it.
    pub best: Option<u8>,
    /// The lowest result (0–100) any path to an ending gives on it; `None` when no decision
    /// tests it.
    pub worst: Option<u8>,
}

/// The conversation graph, flattened for the linear passes: the nodes reachable from the
/// start in depth-first post-order (every node after all the nodes its non-loop steps lead
/// to), and their steps in one array, so that each pass reads memory in order.
struct Flat {
    /// Story index of each node, by rank.
    node: Vec<usize>,
    /// Steps of node `r` are `first[r]..first[r + 1]`.
    first: Vec<usize>,
    /// Rank of each step's target.
    to: Vec<u32>,
    /// The step closes a loop (leads back to a node still being explored).
    back: Vec<bool>,
    /// Points earned on each criterion by taking the step; zero for branches.
    earned: Vec<[u8; 4]>,
    /// Per node: the best points on offer at the decision (zero for branches, endings).
    best: Vec<[u8; 4]>,
    decision: Vec<bool>,
    ending: Vec<bool>,
    start: usize,
    looped: bool,
}

fn criteria_bytes(scores: Scores) -> [u8; 4] {
    Criterion::ALL.map(|c| scores.get(c).clamp(0, 255) as u8)
}

impl Flat {
    fn new(story: &Story) -> Flat {
        let n = story.len();
        // Steps by story index; two routes of a branch to the same node are one path.
        let mut first_s = Vec::with_capacity(n + 1);
        let mut to_s: Vec<usize> = Vec::new();
        let mut reply_s: Vec<usize> = Vec::new();
        for i in 0..n {
            first_s.push(to_s.len());
            let edges = story.edges(i);
            match story.node(i) {
                Node::Branch { .. } => {
                    let at = to_s.len();
                    for &t in edges {
                        if !to_s[at..].contains(&t) {
                            to_s.push(t);
                            reply_s.push(usize::MAX);
                        }
                    }
                }
                _ => {
                    to_s.extend_from_slice(edges);
                    reply_s.extend(0..edges.len());
                }
            }
        }
        first_s.push(to_s.len());

        // Iterative depth-first search: post-order ranks and loop-closing steps.
        const NEW: u8 = 0;
        const OPEN: u8 = 1;
        const DONE: u8 = 2;
        let mut mark = vec![NEW; n];
        let mut back_s = vec![false; to_s.len()];
        let mut rank = vec![u32::MAX; n];
        let mut node = Vec::with_capacity(n);
        let mut looped = false;
        let start = story.start();
        let mut stack = vec![(start, first_s[start])];
        mark[start] = OPEN;
        while let Some(top) = stack.last_mut() {
            let (v, e) = *top;
            if e < first_s[v + 1] {
                top.1 += 1;
                let t = to_s[e];
                match mark[t] {
                    OPEN => {
                        back_s[e] = true;
                        looped = true;
                    }
                    NEW => {
                        mark[t] = OPEN;
                        stack.push((t, first_s[t]));
                    }
                    _ => {}
                }
            } else {
                mark[v] = DONE;
                rank[v] = node.len() as u32;
                node.push(v);
                stack.pop();
            }
        }

        let m = node.len();
        let mut flat = Flat {
            first: Vec::with_capacity(m + 1),
            to: Vec::with_capacity(to_s.len()),
            back: Vec::with_capacity(to_s.len()),
            earned: Vec::with_capacity(to_s.len()),
            best: Vec::with_capacity(m),
            decision: Vec::with_capacity(m),
            ending: Vec::with_capacity(m),
            start: rank[start] as usize,
            looped,
            node,
        };
        for r in 0..m {
            let v = flat.node[r];
            flat.first.push(flat.to.len());
            let replies = match story.node(v) {
                Node::Turn { replies, .. } => replies.as_slice(),
                _ => &[],
            };
            for e in first_s[v]..first_s[v + 1] {
                flat.to.push(rank[to_s[e]]);
                flat.back.push(back_s[e]);
                flat.earned.push(
                    replies
                        .get(reply_s[e])
                        .map_or([0; 4], |reply| criteria_bytes(reply.scores)),
                );
            }
            flat.best.push(criteria_bytes(story.best(v)));
            flat.decision
                .push(matches!(story.node(v), Node::Turn { .. }));
            flat.ending
                .push(matches!(story.node(v), Node::Ending { .. }));
        }
        flat.first.push(flat.to.len());
        flat
    }

    fn len(&self) -> usize {
        self.node.len()
    }

    /// The steps of node `r` that do not close a loop.
    fn forward(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        (self.first[r]..self.first[r + 1]).filter(|&e| !self.back[e])
    }
}

/// Computes the statistics of a validated story.
pub fn stats(story: &Story) -> Stats {
    let flat = Flat::new(story);
    let n = flat.len();

    // Children come before parents in rank order, so one pass fills each table.
    let mut count = vec![0u128; n];
    let mut overflow = vec![false; n];
    let mut approx = vec![0f64; n];
    let mut longest = vec![None::<usize>; n];
    let mut shortest = vec![None::<usize>; n];
    for r in 0..n {
        if flat.ending[r] {
            count[r] = 1;
            approx[r] = 1.0;
            longest[r] = Some(0);
            shortest[r] = Some(0);
            continue;
        }
        let step = usize::from(flat.decision[r]);
        for e in flat.forward(r) {
            let t = flat.to[e] as usize;
            match count[r].checked_add(count[t]) {
                Some(c) if !overflow[t] => count[r] = c,
                _ => overflow[r] = true,
            }
            approx[r] += approx[t];
            if let Some(l) = longest[t] {
                longest[r] = Some(longest[r].map_or(l + step, |m| m.max(l + step)));
            }
            if let Some(l) = shortest[t] {
                shortest[r] = Some(shortest[r].map_or(l + step, |m| m.min(l + step)));
            }
        }
    }

    let mut endings: Vec<EndingCount> = Vec::new();
    for &v in &flat.node {
        if let Node::Ending { outcome, .. } = story.node(v) {
            match endings.iter_mut().find(|e| &e.outcome == outcome) {
                Some(e) => e.count += 1,
                None => endings.push(EndingCount {
                    outcome: outcome.clone(),
                    count: 1,
                }),
            }
        }
    }
    endings.sort_by_key(|e| e.outcome.to_string());

    let start = flat.start;
    Stats {
        scenario: story.scenario.id.clone(),
        nodes: story.len(),
        decisions: story
            .scenario
            .nodes
            .iter()
            .filter(|node| matches!(node, Node::Turn { .. }))
            .count(),
        replies: story
            .scenario
            .nodes
            .iter()
            .map(|node| match node {
                Node::Turn { replies, .. } => replies.len(),
                _ => 0,
            })
            .sum(),
        endings,
        has_loops: flat.looped,
        paths: (!flat.looped).then_some(PathCount {
            exact: (!overflow[start]).then_some(count[start]),
            approx: approx[start],
        }),
        // With loops, a shorter way may use a step the post-order pass leaves out.
        shortest: if flat.looped {
            shortest_with_loops(&flat)
        } else {
            shortest[start].unwrap_or(0)
        },
        longest: if flat.looped { None } else { longest[start] },
        criteria: reachable_shares(&flat),
    }
}

/// Fewest decisions from the start to any ending over every step, loops included: a
/// 0-1 breadth-first search backwards from the endings (a branch costs nothing, a
/// decision one).
fn shortest_with_loops(flat: &Flat) -> usize {
    let n = flat.len();
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
    for r in 0..n {
        for e in flat.first[r]..flat.first[r + 1] {
            reverse[flat.to[e] as usize].push(r);
        }
    }
    let mut dist = vec![usize::MAX; n];
    let mut queue = VecDeque::new();
    for r in (0..n).filter(|&r| flat.ending[r]) {
        dist[r] = 0;
        queue.push_back(r);
    }
    while let Some(r) = queue.pop_front() {
        for &from in &reverse[r] {
            let step = usize::from(flat.decision[from]);
            let d = dist[r] + step;
            if d < dist[from] {
                dist[from] = d;
                if step == 1 {
                    queue.push_back(from);
                } else {
                    queue.push_front(from);
                }
            }
        }
    }
    match dist[flat.start] {
        usize::MAX => 0,
        d => d,
    }
}

/// The eight ratio problems (best and worst share on each criterion) solved together by
/// Dinkelbach's method. Each round finds, for every problem, the path maximising
/// `q·x − p·y` for its current ratio guess `p/q` (x the points earned, or for the worst
/// share the points missed; y the points possible) in one linear sweep; the ratio of that
/// path is the next guess, and a problem is solved when no path beats its guess. Exact, in
/// integers, and a handful of rounds in practice.
fn reachable_shares(flat: &Flat) -> Vec<Reach> {
    const K: usize = 8;
    // "No path": low enough that adding any path's value keeps it far below every real
    // value, high enough never to overflow, so the sweep needs no branch for it.
    const NONE: i64 = i64::MIN / 4;
    let n = flat.len();
    // Problem 2c is the best share on criterion c, 2c+1 the worst.
    let gain = |e: usize, r: usize, j: usize| -> (i64, i64) {
        let earned = i64::from(flat.earned[e][j / 2]);
        let possible = i64::from(flat.best[r][j / 2]);
        if j.is_multiple_of(2) {
            (earned, possible)
        } else {
            (possible - earned, possible)
        }
    };
    let mut value = vec![[NONE; K]; n];
    let mut choice = vec![[u32::MAX; K]; n];
    // Round 0 guesses p/q = -1/0, which maximises the points possible: a problem whose
    // best such path offers none is a criterion this scenario never tests.
    let mut pq = [(-1i64, 0i64); K];
    let mut open = [true; K];
    let mut result = [None::<(i64, i64)>; K];
    while open.iter().any(|&o| o) {
        for r in 0..n {
            if flat.ending[r] {
                value[r] = [0; K];
                continue;
            }
            let mut best = [NONE; K];
            let mut pick = [u32::MAX; K];
            for e in flat.forward(r) {
                let rest = value[flat.to[e] as usize];
                // Solved problems are swept too: cheaper than testing for them.
                for j in 0..K {
                    let (p, q) = pq[j];
                    let (x, y) = gain(e, r, j);
                    let total = q * x - p * y + rest[j];
                    if total > best[j] {
                        best[j] = total;
                        pick[j] = e as u32;
                    }
                }
            }
            value[r] = best;
            choice[r] = pick;
        }
        for j in 0..K {
            if !open[j] {
                continue;
            }
            // No better path (or none at all): the current guess is the answer.
            if value[flat.start][j] <= 0 {
                open[j] = false;
                continue;
            }
            // Walk the chosen path for its exact ratio, the next guess.
            let (mut x, mut y) = (0, 0);
            let mut r = flat.start;
            while !flat.ending[r] && choice[r][j] != u32::MAX {
                let e = choice[r][j] as usize;
                let (dx, dy) = gain(e, r, j);
                x += dx;
                y += dy;
                r = flat.to[e] as usize;
            }
            pq[j] = (x, y);
            result[j] = Some((x, y));
        }
    }
    Criterion::ALL
        .into_iter()
        .enumerate()
        .map(|(c, criterion)| Reach {
            criterion,
            best: result[2 * c].and_then(|(x, y)| percent(x as i32, y as i32)),
            worst: result[2 * c + 1].and_then(|(x, y)| percent((y - x) as i32, y as i32)),
        })
        .collect()
}

/// Every path from the start, walked one by one. Exponential: only for checking `stats`
/// on small scenarios in tests.
pub fn brute_force(story: &Story) -> Option<Stats> {
    let flat = Flat::new(story);
    if flat.looped {
        return None;
    }
    let mut paths = 0u128;
    let mut shortest = usize::MAX;
    let mut longest = 0usize;
    let mut best = [None::<u8>; 4];
    let mut worst = [None::<u8>; 4];
    // (node, decisions so far, earned, possible)
    let mut stack = vec![(flat.start, 0usize, [0i32; 4], [0i32; 4])];
    while let Some((r, depth, earned, possible)) = stack.pop() {
        if flat.ending[r] {
            paths += 1;
            shortest = shortest.min(depth);
            longest = longest.max(depth);
            for k in 0..4 {
                if let Some(pc) = percent(earned[k], possible[k]) {
                    best[k] = Some(best[k].map_or(pc, |b| b.max(pc)));
                    worst[k] = Some(worst[k].map_or(pc, |w| w.min(pc)));
                }
            }
            continue;
        }
        for e in flat.first[r]..flat.first[r + 1] {
            let mut got = earned;
            let mut of = possible;
            for k in 0..4 {
                got[k] += i32::from(flat.earned[e][k]);
                of[k] += i32::from(flat.best[r][k]);
            }
            let depth = depth + usize::from(flat.decision[r]);
            stack.push((flat.to[e] as usize, depth, got, of));
        }
    }
    let mut result = stats(story);
    result.paths = Some(PathCount {
        exact: Some(paths),
        approx: paths as f64,
    });
    result.shortest = if paths == 0 { 0 } else { shortest };
    result.longest = Some(longest);
    result.criteria = Criterion::ALL
        .into_iter()
        .enumerate()
        .map(|(k, c)| Reach {
            criterion: c,
            best: best[k],
            worst: worst[k],
        })
        .collect();
    Some(result)
}
