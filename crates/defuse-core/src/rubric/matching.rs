//! Which of a decision's authored replies a typed reply means, so the story can go on.
//!
//! Two things are compared, both explainable: the wording (the content words, by stem,
//! weighted so that words every reply at the decision shares count little) and the
//! meaning signals the rubric finds (an apology, a commitment, a deflection...), weighted
//! by their points. A reply is as close as the nearest of its text and its other wordings
//! (`wordings` in the scenario). Typed words close to none of them are taken as none.

use super::moves::{MoveRead, Stance};
use super::{Context, Rubric};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Closeness (0–100) a typed reply needs to be taken as an authored one. Chosen, with
/// [`WORDING_WEIGHT`] and [`ONE_WORD_WEIGHT`], on the matching set's tuning part and the
/// fresh set's tuning part once the bundled replies had six other wordings each: 25–28 all
/// did within four replies of the best there.
pub const MATCH_THRESHOLD: u8 = 27;
/// How much the wording counts against the meaning signals, out of 1: the signals (an
/// apology, a commitment) are shared by many replies at a decision; the words tell them apart.
const WORDING_WEIGHT: f32 = 0.8;
/// How much the wording counts when the two share a single content word, out of 1: one
/// word in common is weak evidence of the same move ("I hear you" and "the others can hear
/// you", "how's the weather this morning" and "tomorrow morning, I promise").
const ONE_WORD_WEIGHT: f32 = 0.6;
/// The share of the typed content words that must be found at the decision (in its replies
/// or their wordings) for words sharing no meaning signal with a reply to be taken as it:
/// "Anyone got a charger? I'm on ten per cent" shares "ten per cent" with "Fine, ten per
/// cent then", and nothing else it says belongs to the conversation. Chosen on the tuning
/// parts (the largest gain with every language's wordings typed back staying at 87 % or
/// more), before the second sealed set was written (the README's fourteenth pass).
const FOUND_AT_DECISION_MIN: f32 = 0.4;

/// The typed reply's closeness to each authored reply, and the one it is taken as.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// 0-based index of the authored reply, or `None` when none is close enough.
    pub reply: Option<usize>,
    /// 0–100 per authored reply, in order.
    pub closeness: Vec<u8>,
}

impl Match {
    /// The closeness to the reply it was taken as, or to the nearest one.
    pub fn best_closeness(&self) -> u8 {
        match self.reply {
            Some(k) => self.closeness[k],
            None => self.closeness.iter().copied().max().unwrap_or(0),
        }
    }
}

/// What the matching weighs of one authored reply against the typed words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Likeness {
    /// Shared content words, by stem, weighted by how rare they are at the decision
    /// (Dice: shared over both replies' words), 0–1.
    pub wording: f32,
    /// Shared meaning signals (an apology, a commitment...), weighted by their points, 0–1.
    pub meaning: f32,
    /// One gives in and the other holds the limit: never the same move.
    pub opposed: bool,
    /// Alike by one of the reply's other wordings rather than by its own text.
    pub by_wording: bool,
    /// Fewer than [`FOUND_AT_DECISION_MIN`] of the typed content words are found anywhere
    /// at the decision: the words are about something else, so shared words alone, with no
    /// meaning signal in common, do not make them this reply.
    pub off_topic: bool,
}

impl Rubric {
    /// Matches `typed` against the authored replies' texts, in the same language.
    pub fn closest(&self, typed: &str, replies: &[&str], context: &Context) -> Match {
        let wordings: Vec<Vec<&str>> = replies.iter().map(|r| vec![*r]).collect();
        self.closest_among(typed, &wordings, context)
    }

    /// Matches `typed` against the authored replies, each given as its text and then the
    /// scenario's other wordings of it (`wordings`): words are as close to a reply as to
    /// the nearest of its wordings.
    pub fn closest_among(&self, typed: &str, replies: &[Vec<&str>], context: &Context) -> Match {
        let likeness = self.likeness(typed, replies, context);
        let closeness: Vec<u8> = likeness.iter().map(Likeness::closeness).collect();
        let best = closeness
            .iter()
            .enumerate()
            // The first of equals, as a trainer reads the list.
            .max_by_key(|(k, c)| (**c, std::cmp::Reverse(*k)))
            .filter(|(_, c)| **c >= MATCH_THRESHOLD)
            .map(|(k, _)| k);
        Match {
            reply: best,
            closeness,
        }
    }

    /// What the matching weighs: the typed words' likeness to each authored reply (its text
    /// first, then its other wordings), by its nearest wording.
    pub fn likeness(&self, typed: &str, replies: &[Vec<&str>], context: &Context) -> Vec<Likeness> {
        let typed_read = self.read_move(typed, context);
        let authored: Vec<Vec<Arc<MoveRead>>> = replies
            .iter()
            .map(|wordings| {
                wordings
                    .iter()
                    .map(|w| self.read_authored(w, context))
                    .collect()
            })
            .collect();
        // A word in every reply tells them apart less than a word in one.
        let mut df: HashMap<&str, usize> = HashMap::new();
        for reply in &authored {
            let words: HashSet<&str> = reply
                .iter()
                .flat_map(|r| r.stems.iter().map(String::as_str))
                .collect();
            for s in words {
                *df.entry(s).or_default() += 1;
            }
        }
        let found = typed_read
            .stems
            .iter()
            .filter(|s| df.contains_key(s.as_str()))
            .count();
        let off_topic = (found as f32) < FOUND_AT_DECISION_MIN * typed_read.stems.len() as f32;
        let n = replies.len().max(1) as f32;
        let weight = |s: &str| 1.0 + (n / *df.get(s).unwrap_or(&1) as f32).ln();
        authored
            .iter()
            .enumerate()
            .map(|(k, wordings)| {
                // Giving in and holding the limit are opposite moves, whatever words they
                // share: "I'll refund you in full" is never "I can't refund you". Where the
                // trainer marked the replies that give in, those marks say which do; the
                // reply's own text says it for all its wordings.
                let theirs = if context.conceding.contains(&k) {
                    Stance::GivesIn
                } else {
                    match wordings.first().map_or(Stance::Neither, |r| r.stance) {
                        Stance::GivesIn if !context.conceding.is_empty() => Stance::Neither,
                        stance => stance,
                    }
                };
                wordings
                    .iter()
                    .enumerate()
                    .map(|(j, their)| {
                        let (shared, words_shared) = typed_read
                            .stems
                            .intersection(&their.stems)
                            .fold((0.0, 0), |(w, n), s| (w + weight(s), n + 1));
                        let total: f32 = typed_read
                            .stems
                            .iter()
                            .chain(&their.stems)
                            .map(|s| weight(s))
                            .sum();
                        // Dice: shared words over both replies' words.
                        let dice = if total > 0.0 {
                            2.0 * shared / total
                        } else {
                            0.0
                        };
                        let wording = if words_shared == 1 {
                            ONE_WORD_WEIGHT * dice
                        } else {
                            dice
                        };
                        // A question mark alone says nothing about the move: "Did you know
                        // the pedicure is on offer?" is not "I can't rush her, can I?".
                        let shared_move = typed_read
                            .signals
                            .keys()
                            .any(|k| their.signals.contains_key(k) && !self.is_question(k));
                        let meaning = if shared_move {
                            weighted_jaccard(&typed_read.signals, &their.signals)
                        } else {
                            0.0
                        };
                        Likeness {
                            wording,
                            meaning,
                            opposed: typed_read.stance.opposes(theirs),
                            by_wording: j > 0,
                            off_topic,
                        }
                    })
                    // The reply's own text wins a tie: it is what the trainee sees.
                    .min_by_key(|l| std::cmp::Reverse(l.closeness()))
                    .unwrap_or_default()
            })
            .collect()
    }
}

impl Likeness {
    /// Wording and meaning together, 0–1.
    fn blend(&self) -> f32 {
        WORDING_WEIGHT * self.wording + (1.0 - WORDING_WEIGHT) * self.meaning
    }

    /// How alike, 0–100: wording and meaning together; 0 for opposite stances, and for
    /// words about something else that share no meaning signal with the reply. Alike by
    /// another wording, the words are that reply in other words, never its own: below
    /// [`NEAR_CERTAIN`](crate::conversation::NEAR_CERTAIN), so they are never told the
    /// feedback on the reply's own words.
    pub fn closeness(&self) -> u8 {
        if self.opposed || (self.off_topic && self.meaning == 0.0) {
            return 0;
        }
        let closeness = (self.blend() * 100.0).round().clamp(0.0, 100.0) as u8;
        if self.by_wording {
            closeness.min(crate::conversation::NEAR_CERTAIN - 1)
        } else {
            closeness
        }
    }
}

fn weighted_jaccard(a: &HashMap<String, f32>, b: &HashMap<String, f32>) -> f32 {
    let shared: f32 = a
        .iter()
        .filter_map(|(k, w)| b.get(k).map(|v| w.min(*v)))
        .sum();
    let all: f32 = a.values().sum::<f32>() + b.values().sum::<f32>() - shared;
    if all > 0.0 { shared / all } else { 0.0 }
}

/// A 0–100 rubric score as a turn's 0–5 score, rounding half up: "no evidence" (50)
/// earns 3 of 5, which is below every pass mark, so a reply must show something to pass.
pub fn turn_score(percent: u8) -> i32 {
    ((i32::from(percent.min(100)) * 5 + 50) / 100).clamp(0, 5)
}
