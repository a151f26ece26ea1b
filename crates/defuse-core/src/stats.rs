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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub scenario: String,
    pub nodes: usize,
    pub decisions: usize,
    pub replies: usize,
    pub endings: Vec<EndingCount>,
    pub has_loops: bool,
    /// Distinct paths from the start to an ending; `None` when loops make it unbounded.
    pub paths: Option<PathCount>,
    /// Fewest decisions on a path to an ending.
    pub shortest: usize,
    /// Most decisions on a path to an ending; `None` when loops make it unbounded.
    pub longest: Option<usize>,
    pub criteria: Vec<Reach>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndingCount {
    pub outcome: Outcome,
    pub count: usize,
}

/// Exact while it fits in 128 bits, and always as a float for astronomically many.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PathCount {
    pub exact: Option<u128>,
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
    pub criterion: Criterion,
    pub best: Option<u8>,
    pub worst: Option<u8>,
}

/// An edge of the conversation graph: taking it adds `earned` against `best`.
#[derive(Debug, Clone, Copy)]
struct Step {
    to: usize,
    earned: Scores,
    best: Scores,
    decision: bool,
}

struct Graph {
    steps: Vec<Vec<Step>>,
    ending: Vec<bool>,
    start: usize,
}

impl Graph {
    fn new(story: &Story) -> Graph {
        let n = story.len();
        let mut steps = Vec::with_capacity(n);
        let mut ending = Vec::with_capacity(n);
        for i in 0..n {
            let edges = story.edges(i);
            let node_steps = match story.node(i) {
                Node::Turn { replies, .. } => replies
                    .iter()
                    .zip(edges)
                    .map(|(r, &to)| Step {
                        to,
                        earned: r.scores,
                        best: story.best(i),
                        decision: true,
                    })
                    .collect(),
                Node::Branch { .. } => {
                    // Two routes to the same node are one path, not two.
                    let mut targets: Vec<usize> = edges.to_vec();
                    targets.sort_unstable();
                    targets.dedup();
                    targets
                        .into_iter()
                        .map(|to| Step {
                            to,
                            earned: Scores::default(),
                            best: Scores::default(),
                            decision: false,
                        })
                        .collect()
                }
                Node::Ending { .. } => Vec::new(),
            };
            steps.push(node_steps);
            ending.push(matches!(story.node(i), Node::Ending { .. }));
        }
        Graph {
            steps,
            ending,
            start: story.start(),
        }
    }

    /// Reverse topological order of the nodes reachable from the start, ignoring the
    /// edges that close a loop (reported through the returned flag).
    fn order(&self) -> (Vec<usize>, Vec<Vec<bool>>, bool) {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Open,
            Done,
        }
        let n = self.steps.len();
        let mut mark = vec![Mark::New; n];
        let mut back: Vec<Vec<bool>> = self.steps.iter().map(|s| vec![false; s.len()]).collect();
        let mut post = Vec::with_capacity(n);
        let mut looped = false;
        let mut stack = vec![(self.start, 0usize)];
        mark[self.start] = Mark::Open;
        while let Some(top) = stack.last_mut() {
            let (at, k) = *top;
            if let Some(step) = self.steps[at].get(k) {
                top.1 += 1;
                match mark[step.to] {
                    Mark::Open => {
                        back[at][k] = true;
                        looped = true;
                    }
                    Mark::New => {
                        mark[step.to] = Mark::Open;
                        stack.push((step.to, 0));
                    }
                    Mark::Done => {}
                }
            } else {
                mark[at] = Mark::Done;
                post.push(at);
                stack.pop();
            }
        }
        (post, back, looped)
    }
}

/// Computes the statistics of a validated story.
pub fn stats(story: &Story) -> Stats {
    let graph = Graph::new(story);
    let (post, back, looped) = graph.order();
    let n = graph.steps.len();
    let forward = |v: usize| {
        graph.steps[v]
            .iter()
            .zip(&back[v])
            .filter(|(_, b)| !**b)
            .map(|(s, _)| s)
    };

    // Children come before parents in `post`, so one pass fills each table.
    let mut count = vec![0u128; n];
    let mut overflow = vec![false; n];
    let mut approx = vec![0f64; n];
    let mut longest = vec![None::<usize>; n];
    for &v in &post {
        if graph.ending[v] {
            count[v] = 1;
            approx[v] = 1.0;
            longest[v] = Some(0);
            continue;
        }
        for s in forward(v) {
            match count[v].checked_add(count[s.to]) {
                Some(c) if !overflow[s.to] => count[v] = c,
                _ => overflow[v] = true,
            }
            approx[v] += approx[s.to];
            if let Some(l) = longest[s.to] {
                let l = l + usize::from(s.decision);
                longest[v] = Some(longest[v].map_or(l, |m| m.max(l)));
            }
        }
    }

    let mut endings: Vec<EndingCount> = Vec::new();
    for &v in &post {
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

    let criteria = Criterion::ALL
        .into_iter()
        .map(|c| Reach {
            criterion: c,
            best: best_ratio(&graph, &post, &back, c, false),
            worst: best_ratio(&graph, &post, &back, c, true),
        })
        .collect();

    let start = graph.start;
    Stats {
        scenario: story.scenario.id.clone(),
        nodes: n,
        decisions: (0..n)
            .filter(|&i| matches!(story.node(i), Node::Turn { .. }))
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
        has_loops: looped,
        paths: (!looped).then_some(PathCount {
            exact: (!overflow[start]).then_some(count[start]),
            approx: approx[start],
        }),
        shortest: shortest(&graph),
        longest: if looped { None } else { longest[start] },
        criteria,
    }
}

/// Fewest decisions from the start to any ending, loops included (0-1 BFS, since a
/// branch costs nothing and a decision costs one).
fn shortest(graph: &Graph) -> usize {
    let n = graph.steps.len();
    let mut reverse: Vec<Vec<(usize, bool)>> = vec![Vec::new(); n];
    for (from, steps) in graph.steps.iter().enumerate() {
        for s in steps {
            reverse[s.to].push((from, s.decision));
        }
    }
    let mut dist = vec![usize::MAX; n];
    let mut queue = VecDeque::new();
    for v in (0..n).filter(|&v| graph.ending[v]) {
        dist[v] = 0;
        queue.push_back(v);
    }
    while let Some(v) = queue.pop_front() {
        for &(from, decision) in &reverse[v] {
            let d = dist[v] + usize::from(decision);
            if d < dist[from] {
                dist[from] = d;
                if decision {
                    queue.push_back(from);
                } else {
                    queue.push_front(from);
                }
            }
        }
    }
    if dist[graph.start] == usize::MAX {
        0
    } else {
        dist[graph.start]
    }
}

/// The highest (or, with `worst`, lowest) share earned/possible on one criterion over all
/// paths, by Dinkelbach's method: each round finds the path maximising
/// `q·earned − p·possible` for the current ratio `p/q` in one linear pass, and the ratio
/// of that path is the next guess; it ends when no path beats the guess. Exact, in
/// integers, and in practice a handful of rounds.
fn best_ratio(
    graph: &Graph,
    post: &[usize],
    back: &[Vec<bool>],
    criterion: Criterion,
    worst: bool,
) -> Option<u8> {
    let n = graph.steps.len();
    // For the worst ratio, maximise the share of points missed instead.
    let gain = |s: &Step| -> (i64, i64) {
        let e = i64::from(s.earned.get(criterion));
        let m = i64::from(s.best.get(criterion));
        if worst { (m - e, m) } else { (e, m) }
    };
    // Value and chosen step of the best path from each node for weights `a·x − b·y`.
    let solve = |a: i64, b: i64| -> (Vec<Option<i64>>, Vec<usize>) {
        let mut value = vec![None::<i64>; n];
        let mut choice = vec![usize::MAX; n];
        for &v in post {
            if graph.ending[v] {
                value[v] = Some(0);
                continue;
            }
            for (k, s) in graph.steps[v].iter().enumerate() {
                if back[v][k] {
                    continue;
                }
                if let Some(rest) = value[s.to] {
                    let (x, y) = gain(s);
                    let total = a * x - b * y + rest;
                    if value[v].is_none_or(|best| total > best) {
                        value[v] = Some(total);
                        choice[v] = k;
                    }
                }
            }
        }
        (value, choice)
    };
    let walk = |choice: &[usize]| -> (i64, i64) {
        let (mut x, mut y) = (0, 0);
        let mut v = graph.start;
        let mut guard = 0;
        while !graph.ending[v] && choice[v] != usize::MAX && guard <= n {
            let s = &graph.steps[v][choice[v]];
            let (dx, dy) = gain(s);
            x += dx;
            y += dy;
            v = s.to;
            guard += 1;
        }
        (x, y)
    };

    // Start from the path with the most points possible; none at all means the criterion
    // is never tested.
    let (value, choice) = solve(0, -1);
    if value[graph.start].is_none_or(|v| v <= 0) {
        return None;
    }
    let (mut p, mut q) = walk(&choice);
    loop {
        let (value, choice) = solve(q, p);
        match value[graph.start] {
            Some(v) if v > 0 => {
                let (x, y) = walk(&choice);
                p = x;
                q = y;
            }
            _ => break,
        }
    }
    let (earned, possible) = if worst { (q - p, q) } else { (p, q) };
    percent(earned as i32, possible as i32)
}

/// Every path from the start, walked one by one. Exponential: only for checking `stats`
/// on small scenarios in tests.
pub fn brute_force(story: &Story) -> Option<Stats> {
    let graph = Graph::new(story);
    let (_, _, looped) = graph.order();
    if looped {
        return None;
    }
    let mut paths = 0u128;
    let mut shortest = usize::MAX;
    let mut longest = 0usize;
    let mut best = [None::<u8>; 4];
    let mut worst = [None::<u8>; 4];
    // (node, decisions so far, earned, possible)
    let mut stack = vec![(graph.start, 0usize, Scores::default(), Scores::default())];
    while let Some((v, depth, earned, possible)) = stack.pop() {
        if graph.ending[v] {
            paths += 1;
            shortest = shortest.min(depth);
            longest = longest.max(depth);
            for (k, c) in Criterion::ALL.into_iter().enumerate() {
                if let Some(pc) = percent(earned.get(c), possible.get(c)) {
                    best[k] = Some(best[k].map_or(pc, |b| b.max(pc)));
                    worst[k] = Some(worst[k].map_or(pc, |w| w.min(pc)));
                }
            }
            continue;
        }
        for s in &graph.steps[v] {
            let mut e = earned;
            let mut p = possible;
            for c in Criterion::ALL {
                e.set(c, e.get(c) + s.earned.get(c));
                p.set(c, p.get(c) + s.best.get(c));
            }
            stack.push((s.to, depth + usize::from(s.decision), e, p));
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
