//! Lints on a scenario's content: the signs by which a trainee could find the best reply
//! without reading it (its length, its place on the list, its opening words), scores that
//! disagree with the reply's kind, and a lost customer next to "passed". They are warnings:
//! the scenario still plays.

use crate::i18n::tr;
use crate::kinds;
use crate::model::{Node, Outcome, Reply, Scenario, best_reply};
use std::collections::HashMap;

/// Where a lint points: a reply (`node`, `reply` index), a node, or the scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// One reply's text.
    Reply {
        /// The turn's index among the scenario's nodes, 0-based in file order.
        node: usize,
        /// The reply's index among the turn's replies, 0-based in file order.
        reply: usize,
    },
    /// A node's id, by its index among the scenario's nodes (0-based in file order): for a
    /// finding about the whole scenario, its first decision.
    Node(usize),
}

/// One finding, with the message, label and help to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lint {
    /// What the warning points at in the scenario file.
    pub place: Place,
    /// What is wrong, in the interface's language: the warning's headline.
    pub message: String,
    /// A few words shown under the place pointed at.
    pub label: String,
    /// How to fix it, shown after the warning.
    pub help: String,
}

/// The best reply may be at most this many times the median length of the others.
pub const LENGTH_RATIO: f64 = 1.5;

/// Words in a reply, as the length rules count them.
pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The median of some lengths (the mean of the middle two for an even count).
pub fn median(mut lengths: Vec<usize>) -> f64 {
    if lengths.is_empty() {
        return 0.0;
    }
    lengths.sort_unstable();
    let n = lengths.len();
    if n % 2 == 1 {
        lengths[n / 2] as f64
    } else {
        (lengths[n / 2 - 1] + lengths[n / 2]) as f64 / 2.0
    }
}

/// A decision's best reply and how its length compares with the others'.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionShape {
    /// The turn's index among the scenario's nodes, 0-based in file order.
    pub node: usize,
    /// The best reply's index among the turn's replies, 0-based in file order (see
    /// `best_reply`).
    pub best: usize,
    /// The best reply's words over the median of the other replies' words.
    pub length_ratio: f64,
    /// The best reply is strictly longer than every other.
    pub best_longest: bool,
    /// Another reply totals at least 70 % of the best.
    pub second_defensible: bool,
}

/// The shape of every decision that lists replies (typed-only decisions are left out: their
/// replies are never seen).
pub fn decisions(scenario: &Scenario) -> Vec<DecisionShape> {
    scenario
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(n, node)| match node {
            Node::Turn {
                replies,
                typed: false,
                ..
            } if replies.len() >= 2 => shape(n, replies),
            _ => None,
        })
        .collect()
}

fn shape(node: usize, replies: &[Reply]) -> Option<DecisionShape> {
    let best = best_reply(replies)?;
    let best_words = words(&replies[best].text);
    let others: Vec<usize> = (0..replies.len())
        .filter(|&k| k != best)
        .map(|k| words(&replies[k].text))
        .collect();
    let best_total = replies[best].scores.total();
    Some(DecisionShape {
        node,
        best,
        length_ratio: best_words as f64 / median(others.clone()).max(1.0),
        best_longest: others.iter().all(|&w| best_words > w),
        second_defensible: replies
            .iter()
            .enumerate()
            .any(|(k, r)| k != best && best_total > 0 && r.scores.total() * 10 >= best_total * 7),
    })
}

/// Every content lint of a scenario, in file order.
pub fn lint(scenario: &Scenario) -> Vec<Lint> {
    let mut found = Vec::new();
    let shapes = decisions(scenario);
    for d in &shapes {
        if d.length_ratio > LENGTH_RATIO {
            found.push(Lint {
                place: Place::Reply {
                    node: d.node,
                    reply: d.best,
                },
                message: tr(
                    "problem-best-longest",
                    &[
                        ("id", scenario.nodes[d.node].id().into()),
                        ("ratio", format!("{:.1}", d.length_ratio).into()),
                    ],
                ),
                label: tr("label-best-longest", &[]),
                help: tr("help-best-longest", &[]),
            });
        }
    }
    let first = shapes.iter().filter(|d| d.best == 0).count();
    if shapes.len() >= 3 && first * 2 > shapes.len() {
        found.push(Lint {
            place: Place::Node(shapes[0].node),
            message: tr(
                "problem-best-first",
                &[("count", first.into()), ("decisions", shapes.len().into())],
            ),
            label: tr("label-best-first", &[]),
            help: tr("help-best-first", &[]),
        });
    }
    // The same rules the bundled scenarios are held to, for a trainer's own.
    if shapes.len() >= 3 {
        let longest = shapes.iter().filter(|d| d.best_longest).count();
        if longest * 3 > shapes.len() {
            found.push(Lint {
                place: Place::Node(shapes[0].node),
                message: tr(
                    "problem-best-longest-often",
                    &[
                        ("count", longest.into()),
                        ("decisions", shapes.len().into()),
                    ],
                ),
                label: tr("label-best-longest-often", &[]),
                help: tr("help-best-longest-often", &[]),
            });
        }
        let defensible = shapes.iter().filter(|d| d.second_defensible).count();
        if defensible * 3 < shapes.len() {
            found.push(Lint {
                place: Place::Node(shapes[0].node),
                message: tr(
                    "problem-few-defensible",
                    &[
                        ("count", defensible.into()),
                        ("decisions", shapes.len().into()),
                    ],
                ),
                label: tr("label-few-defensible", &[]),
                help: tr("help-few-defensible", &[]),
            });
        }
    }
    found.extend(openings(scenario, &shapes));
    found.extend(kind_scores(scenario));
    found.extend(lost_customers(scenario));
    found.sort_by_key(|l| match l.place {
        Place::Reply { node, reply } => (node, reply + 1),
        Place::Node(node) => (node, 0),
    });
    found
}

/// The first words of a reply, folded: letters and digits only, lower case.
fn opening(text: &str, count: usize) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'' || *c == '’')
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(count)
        .collect();
    (words.len() == count).then(|| words.join(" "))
}

/// An opening phrase (one or two words) that begins at least two best replies and no other
/// reply of the scenario gives the best reply away as surely as its length would.
fn openings(scenario: &Scenario, shapes: &[DecisionShape]) -> Vec<Lint> {
    let mut found = Vec::new();
    for count in [2, 1] {
        // Opening → (best replies it opens, other replies it opens).
        let mut seen: HashMap<String, (Vec<(usize, usize)>, usize)> = HashMap::new();
        for d in shapes {
            let Node::Turn { replies, .. } = &scenario.nodes[d.node] else {
                continue;
            };
            for (k, reply) in replies.iter().enumerate() {
                if let Some(words) = opening(&reply.text, count) {
                    let entry = seen.entry(words).or_default();
                    if k == d.best {
                        entry.0.push((d.node, k));
                    } else {
                        entry.1 += 1;
                    }
                }
            }
        }
        let least = if count == 2 { 2 } else { 3 };
        let mut phrases: Vec<_> = seen
            .into_iter()
            .filter(|(_, (best, others))| best.len() >= least && *others == 0)
            .collect();
        phrases.sort_by_key(|(_, (best, _))| best[0]);
        for (phrase, (best, _)) in phrases {
            // A two-word phrase already covers its first word.
            if count == 1
                && found
                    .iter()
                    .any(|l: &Lint| l.message.contains(&format!("“{phrase} ")))
            {
                continue;
            }
            let (node, reply) = best[0];
            found.push(Lint {
                place: Place::Reply { node, reply },
                message: tr(
                    "problem-telltale-opening",
                    &[
                        ("phrase", format!("“{phrase}…”").into()),
                        ("count", best.len().into()),
                    ],
                ),
                label: tr("label-telltale-opening", &[]),
                help: tr("help-telltale-opening", &[]),
            });
        }
    }
    found
}

/// Replies whose scores fall outside their kind's ranges.
fn kind_scores(scenario: &Scenario) -> Vec<Lint> {
    let mut found = Vec::new();
    for (n, node) in scenario.nodes.iter().enumerate() {
        let Node::Turn { replies, .. } = node else {
            continue;
        };
        for (k, reply) in replies.iter().enumerate() {
            let Some(kind) = reply.kind.as_deref().and_then(kinds::find) else {
                continue;
            };
            let outside = kind.outside(&reply.scores);
            if outside.is_empty() {
                continue;
            }
            let ranges: Vec<String> = outside
                .iter()
                .map(|&c| {
                    let r = kind.range(c);
                    format!("{} {}–{}", c.field(), r.start(), r.end())
                })
                .collect();
            found.push(Lint {
                place: Place::Reply { node: n, reply: k },
                message: tr(
                    "problem-kind-scores",
                    &[
                        ("kind", kind.id.into()),
                        ("ranges", ranges.join(", ").into()),
                    ],
                ),
                label: tr("label-kind-scores", &[]),
                help: tr("help-kind-scores", &[]),
            });
        }
    }
    found
}

/// An ending where the customer is lost must fail the run.
fn lost_customers(scenario: &Scenario) -> Vec<Lint> {
    scenario
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(n, node)| match node {
            Node::Ending {
                id,
                outcome: Outcome::CustomerLeft,
                fails: false,
                ..
            } => Some(Lint {
                place: Place::Node(n),
                message: tr("problem-lost-passes", &[("id", id.as_str().into())]),
                label: tr("label-lost-passes", &[]),
                help: tr("help-lost-passes", &[]),
            }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_and_the_opening_are_counted_as_a_person_would() {
        assert_eq!(median(vec![3, 1, 2]), 2.0);
        assert_eq!(median(vec![4, 1, 2, 3]), 2.5);
        assert_eq!(
            opening("You're right, Mrs Kovács.", 2).as_deref(),
            Some("you're right")
        );
        assert_eq!(opening("Hi", 2), None);
    }
}
