//! Players who do not read: always the first reply shown, always the longest, always the
//! shortest, or one at random. A scenario measures skill only if none of the first three
//! ever passes and the random one rarely does; `defuse stats` and a test report the rates.

use crate::conversation::{Conversation, Event};
use crate::lint::words;
use crate::story::Story;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::sync::Arc;

/// How a naive player picks a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Always the reply shown first (after the session's shuffle).
    FirstShown,
    /// Always the reply with the most words; the first shown of equals.
    Longest,
    /// Always the reply with the fewest words; the first shown of equals.
    Shortest,
    /// Any reply, picked at random.
    Random,
}

impl Strategy {
    /// Every strategy, in the order the tables list them.
    pub const ALL: [Strategy; 4] = [
        Strategy::FirstShown,
        Strategy::Longest,
        Strategy::Shortest,
        Strategy::Random,
    ];

    /// A short English name, for tables and test messages.
    pub fn name(self) -> &'static str {
        match self {
            Strategy::FirstShown => "first shown",
            Strategy::Longest => "longest",
            Strategy::Shortest => "shortest",
            Strategy::Random => "random",
        }
    }
}

/// How often a strategy passed over a number of seeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassRate {
    /// The naive player measured.
    pub strategy: Strategy,
    /// How many seeds it was played with, one run each.
    pub runs: usize,
    /// How many of those runs passed the scenario.
    pub passes: usize,
    /// The first seed that passed, with the replies given as the numbers shown, to replay.
    pub first_pass: Option<(u64, Vec<usize>)>,
}

impl PassRate {
    /// The share of runs that passed, 0–100 (0 when there were no runs).
    pub fn percent(&self) -> f64 {
        if self.runs == 0 {
            0.0
        } else {
            self.passes as f64 * 100.0 / self.runs as f64
        }
    }
}

/// Plays `strategy` once with `seed` (which shuffles the replies as a session would) and
/// says whether it passed. At a decision that asks for own words the player is taken to
/// type the reply it would have clicked, word for word: the content is what is measured.
pub fn passes(story: &Arc<Story>, strategy: Strategy, seed: u64) -> bool {
    play(story, strategy, seed).0
}

/// Whether `strategy` passed with `seed`, and the replies it gave as the numbers shown, so
/// that `defuse play --seed SEED --choices ...` replays the run.
pub fn play(story: &Arc<Story>, strategy: Strategy, seed: u64) -> (bool, Vec<usize>) {
    let mut shown = Vec::new();
    let mut conversation = Conversation::new(story.clone(), seed);
    let mut pick = StdRng::seed_from_u64(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    // A validated story ends; the bound only keeps a looping one from spinning.
    for _ in 0..10_000 {
        let choice = match conversation.next_event() {
            Event::Line { .. } => continue,
            Event::End { .. } => return (conversation.summary().passed, shown),
            Event::Choice { replies, order, .. } => {
                if order.is_empty() {
                    return (false, shown);
                }
                let length = |k: &usize| words(&replies[*k].text);
                match strategy {
                    Strategy::FirstShown => order[0],
                    // Ties go to the one shown first, as a hurried eye would.
                    Strategy::Longest => *order
                        .iter()
                        .rev()
                        .max_by_key(|k| length(k))
                        .expect("not empty"),
                    // `min_by_key` keeps the first of equals, `max_by_key` the last.
                    Strategy::Shortest => {
                        *order.iter().min_by_key(|k| length(k)).expect("not empty")
                    }
                    Strategy::Random => order[pick.random_range(0..order.len())],
                }
            }
        };
        if let Some(number) = conversation.number_of(choice) {
            shown.push(number);
        }
        if conversation.choose(choice).is_err() {
            return (false, shown);
        }
    }
    (false, shown)
}

/// Every strategy over seeds `0..seeds`.
pub fn pass_rates(story: &Arc<Story>, seeds: u64) -> Vec<PassRate> {
    Strategy::ALL
        .iter()
        .map(|&strategy| {
            let mut rate = PassRate {
                strategy,
                runs: seeds as usize,
                passes: 0,
                first_pass: None,
            };
            for seed in 0..seeds {
                let (passed, shown) = play(story, strategy, seed);
                if passed {
                    rate.passes += 1;
                    rate.first_pass.get_or_insert((seed, shown));
                }
            }
            rate
        })
        .collect()
}
