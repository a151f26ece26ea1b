//! Playtests: paths through a scenario, written in the scenario itself with what they must
//! lead to, played by `defuse validate` so that an edit that breaks a path is caught where
//! it is made.

use crate::conversation::{Conversation, Event};
use crate::model::{Node, Playtest};
use crate::story::Story;
use std::sync::Arc;

/// Where a playtest went: the decisions met (node ids), the ending, and the verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The ids of the turns where a reply was chosen, in the order met.
    pub decisions: Vec<String>,
    /// The id of the ending node reached; `None` when the replies ran out first.
    pub ending: Option<String>,
    /// The overall score the path earned, 0–100.
    pub overall: u8,
    /// The run reached an ending and passed (the pass mark met, the ending not failing it).
    pub passed: bool,
}

/// Why a playtest did not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A reply number that the decision does not have.
    NoSuchReply {
        /// The id of the turn the number was given for.
        decision: String,
        /// The reply number given, 1-based as in the file.
        number: usize,
        /// How many replies the turn offers.
        available: usize,
    },
    /// The replies ran out before an ending.
    RanOut {
        /// The id of the turn that found no reply number left (or of the node where a
        /// looping run was stopped).
        at: String,
        /// The path played so far.
        run: Run,
    },
    /// An ending came before the last reply was used.
    LeftOver {
        /// How many reply numbers were left unused.
        count: usize,
        /// The path played, up to its ending.
        run: Run,
    },
    /// Another ending than the one expected.
    OtherEnding {
        /// The id of the ending the playtest expects.
        expected: String,
        /// The path played, with the ending it did reach.
        run: Run,
    },
    /// Passed where it should fail, or the reverse.
    Verdict {
        /// Whether the playtest expects the run to pass.
        expected: bool,
        /// The path played, with the verdict it got.
        run: Run,
    },
}

/// Plays a playtest with the replies in the file's order (its numbers are the file's).
pub fn run(story: &Arc<Story>, test: &Playtest) -> Result<Run, Failure> {
    let mut conversation = Conversation::new(story.clone(), 0).in_file_order();
    let mut replies = test.replies.iter();
    let mut decisions = Vec::new();
    // A validated story ends; the bound only keeps a looping one from spinning.
    for _ in 0..10_000 {
        match conversation.next_event() {
            Event::Line { .. } => {}
            Event::Choice {
                node,
                replies: on_offer,
                ..
            } => {
                let node = node.to_owned();
                let available = on_offer.len();
                let Some(&number) = replies.next() else {
                    let run = verdict(&conversation, decisions, None);
                    return Err(Failure::RanOut { at: node, run });
                };
                if number == 0 || number > available {
                    return Err(Failure::NoSuchReply {
                        decision: node,
                        number,
                        available,
                    });
                }
                decisions.push(node);
                conversation
                    .choose(number - 1)
                    .expect("awaiting a choice with the reply in range");
            }
            Event::End { node, .. } => {
                let ending = node.to_owned();
                let left = replies.len();
                let run = verdict(&conversation, decisions, Some(ending.clone()));
                if left > 0 {
                    return Err(Failure::LeftOver { count: left, run });
                }
                if let Some(expected) = &test.ending
                    && *expected != ending
                {
                    let expected = expected.clone();
                    return Err(Failure::OtherEnding { expected, run });
                }
                if let Some(expected) = test.passes
                    && expected != run.passed
                {
                    return Err(Failure::Verdict { expected, run });
                }
                return Ok(run);
            }
        }
    }
    let at = conversation.current_node().to_owned();
    Err(Failure::RanOut {
        run: verdict(&conversation, decisions, None),
        at,
    })
}

fn verdict(conversation: &Conversation, decisions: Vec<String>, ending: Option<String>) -> Run {
    let summary = conversation.summary();
    Run {
        decisions,
        passed: ending.is_some() && summary.passed,
        overall: summary.overall,
        ending,
    }
}

/// The ids of a story's endings, to check a playtest's expected ending against.
pub fn ending_ids(story: &Story) -> Vec<&str> {
    story
        .scenario
        .nodes
        .iter()
        .filter(|n| matches!(n, Node::Ending { .. }))
        .map(|n| n.id())
        .collect()
}

/// A playtest entry for the path a session took, ready to paste into `playtests: [...]`.
pub fn record(name: &str, conversation: &Conversation) -> String {
    let replies: Vec<String> = conversation
        .turns()
        .iter()
        .filter_map(|t| t.reply.map(|k| (k + 1).to_string()))
        .collect();
    let summary = conversation.summary();
    let ending = conversation
        .outcome()
        .map(|_| format!(", ending: {:?}", conversation.current_node()))
        .unwrap_or_default();
    let passes = if conversation.is_over() {
        format!(", passes: {}", summary.passed)
    } else {
        String::new()
    };
    format!(
        "(name: {name:?}, replies: [{}]{ending}{passes}),",
        replies.join(", ")
    )
}
