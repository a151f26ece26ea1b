//! The shape of a scenario: every node reachable from the start, every path able to
//! reach an ending, and loops only with a way out.

use super::report::Report;
use crate::i18n::tr;
use crate::locate::Path;
use crate::model::*;
use std::collections::{HashMap, HashSet, VecDeque};

/// Reachability, dead ends and loops: the shape of the conversation as a graph.
pub(super) fn check_shape(
    r: &mut Report,
    scenario: &Scenario,
    index: &HashMap<&str, usize>,
    start: usize,
) {
    let n = scenario.nodes.len();
    let edges: Vec<Vec<usize>> = scenario
        .nodes
        .iter()
        .map(|node| {
            // A neutral reaction that leads on is a way through the story too.
            let neutral = match node {
                Node::Turn { neutral, .. } => neutral.as_ref().or(scenario.neutral.as_ref()),
                _ => None,
            };
            node.targets()
                .into_iter()
                .chain(neutral.and_then(|n| n.next.as_deref()))
                .filter_map(|t| index.get(t).copied())
                .collect()
        })
        .collect();
    // Only the first node with a given id takes part; duplicates are reported already.
    let canonical: HashSet<usize> = index.values().copied().collect();

    // The customer can walk out from any decision a typed reply can be given at: that
    // makes the walk-out ending reachable, but is no way out of a loop of authored replies.
    let walk_out = crate::story::walk_out_of(scenario).and_then(|t| index.get(t).copied());
    let mut reached = vec![false; n];
    let mut queue = VecDeque::from([start]);
    reached[start] = true;
    while let Some(at) = queue.pop_front() {
        let walks_out = walk_out.filter(|_| matches!(scenario.nodes[at], Node::Turn { .. }));
        for &next in edges[at].iter().chain(&walks_out) {
            if !reached[next] {
                reached[next] = true;
                queue.push_back(next);
            }
        }
    }

    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets {
            reverse[to].push(from);
        }
    }
    let mut finishes = vec![false; n];
    let mut queue: VecDeque<usize> = (0..n)
        .filter(|&i| matches!(scenario.nodes[i], Node::Ending { .. }) && canonical.contains(&i))
        .collect();
    for &i in &queue {
        finishes[i] = true;
    }
    while let Some(at) = queue.pop_front() {
        for &prev in &reverse[at] {
            if !finishes[prev] {
                finishes[prev] = true;
                queue.push_back(prev);
            }
        }
    }

    for i in (0..n).filter(|i| canonical.contains(i)) {
        let node = &scenario.nodes[i];
        let path = Path::node(i).field("id");
        if !reached[i] {
            let p = r.error(
                &path,
                tr("problem-unreachable", &[("id", node.id().into())]),
                &tr("label-unreachable", &[]),
            );
            Report::help(p, tr("help-unreachable", &[]));
        } else if !finishes[i] {
            let p = r.error(
                &path,
                tr("problem-dead-end", &[("id", node.id().into())]),
                &tr("label-dead-end", &[]),
            );
            Report::help(p, tr("help-dead-end", &[]));
        }
    }

    // Loops: allowed when they have a way out, but a loop of branches alone would spin
    // forever at a steady mood, since only replies change the mood.
    let cycle_edge = find_back_edge(&edges, start);
    if let Some((from, to)) = cycle_edge {
        let p = r.warning(
            &Path::node(from).field("id"),
            tr(
                "problem-loop",
                &[
                    ("from", scenario.nodes[from].id().into()),
                    ("to", scenario.nodes[to].id().into()),
                ],
            ),
            &tr("label-loop", &[]),
        );
        Report::help(p, tr("help-loop", &[]));
    }
    let branch_only: Vec<Vec<usize>> = edges
        .iter()
        .enumerate()
        .map(|(i, targets)| {
            if matches!(scenario.nodes[i], Node::Branch { .. }) {
                targets
                    .iter()
                    .copied()
                    .filter(|&t| matches!(scenario.nodes[t], Node::Branch { .. }))
                    .collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    for i in 0..n {
        if matches!(scenario.nodes[i], Node::Branch { .. })
            && let Some((from, to)) = find_back_edge(&branch_only, i)
        {
            let p = r.error(
                &Path::node(from).field("id"),
                tr(
                    "problem-branch-loop",
                    &[
                        ("from", scenario.nodes[from].id().into()),
                        ("to", scenario.nodes[to].id().into()),
                    ],
                ),
                &tr("label-branch-loop", &[]),
            );
            Report::help(p, tr("help-branch-loop", &[]));
            break;
        }
    }
}

/// An edge that closes a loop, found by depth-first search from `start`.
fn find_back_edge(edges: &[Vec<usize>], start: usize) -> Option<(usize, usize)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut mark = vec![Mark::New; edges.len()];
    let mut stack = vec![(start, 0usize)];
    mark[start] = Mark::Open;
    while let Some(&mut (at, ref mut next)) = stack.last_mut() {
        if let Some(&to) = edges[at].get(*next) {
            *next += 1;
            match mark[to] {
                Mark::Open => return Some((at, to)),
                Mark::New => {
                    mark[to] = Mark::Open;
                    stack.push((to, 0));
                }
                Mark::Done => {}
            }
        } else {
            mark[at] = Mark::Done;
            stack.pop();
        }
    }
    None
}
