//! Which of a decision's authored replies a typed reply means, so the story can go on.
//!
//! Two things are compared, both explainable: the wording (the content words, by stem,
//! weighted so that words every reply at the decision shares count little) and the
//! meaning signals the rubric finds (an apology, a commitment, a deflection...), weighted
//! by their points. A typed reply close to none of them is taken as none.

use super::phrase::find;
use super::text::tokens;
use super::{Assessment, CompiledTest, Context, Rubric};
use crate::model::Criterion;
use std::collections::{HashMap, HashSet};

/// Closeness (0–100) a typed reply needs to be taken as an authored one.
pub const MATCH_THRESHOLD: u8 = 10;
/// Closeness at which a typed reply is taken as the nearest authored one however close the
/// next one comes.
pub const MATCH_SURE: u8 = 25;
/// Below [`MATCH_SURE`], the nearest reply must be this many times as alike as the next one:
/// words about as close to two replies say neither clearly.
const MATCH_MARGIN: f32 = 1.5;
/// How much the wording counts against the signals, out of 1.
const WORDING_WEIGHT: f32 = 0.5;

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

impl Rubric {
    /// Matches `typed` (already assessed as `assessment`) against the authored replies'
    /// texts, in the same language.
    pub fn closest(
        &self,
        typed: &str,
        assessment: &Assessment,
        replies: &[&str],
        context: &Context,
    ) -> Match {
        // The customer's name is in many replies and says nothing about the move.
        let name: HashSet<String> = tokens(&context.customer_name)
            .into_iter()
            .map(|t| self.stemmer.stem(&t.folded))
            .collect();
        // Inflected forms of the ignored words ("napot", "holnapra") are ignored too.
        let ignored: HashSet<String> = self
            .match_ignores
            .iter()
            .map(|w| self.stemmer.stem(w))
            .collect();
        let stems = |text: &str| -> HashSet<String> {
            tokens(text)
                .into_iter()
                .filter(|t| !self.match_ignores.contains(&t.folded) && t.folded.chars().count() > 1)
                .map(|t| self.stemmer.stem(&t.folded))
                .filter(|s| !name.contains(s) && !ignored.contains(s))
                .map(|s| match self.match_prefix {
                    Some(n) => s.chars().take(n).collect(),
                    None => s,
                })
                .collect()
        };
        let typed_stems = stems(typed);
        let authored: Vec<HashSet<String>> = replies.iter().map(|r| stems(r)).collect();
        // A word in every reply tells them apart less than a word in one.
        let mut df: HashMap<&str, usize> = HashMap::new();
        for set in &authored {
            for s in set {
                *df.entry(s.as_str()).or_default() += 1;
            }
        }
        let n = replies.len().max(1) as f32;
        let weight = |s: &str| 1.0 + (n / *df.get(s).unwrap_or(&1) as f32).ln();
        // What the replies do, by the rules' signals: the same whether or not a learned
        // layer scores them.
        let _ = assessment;
        let typed_rules = self.rule_signals(typed, context);
        let typed_signals = self.meaning(&typed_rules);
        let typed_stance = self.stance(typed);
        let closeness: Vec<u8> = replies
            .iter()
            .zip(&authored)
            .enumerate()
            .map(|(k, (text, set))| {
                // Giving in and holding the limit are opposite moves, whatever words they
                // share: "I'll refund you in full" is never "I can't refund you". Where the
                // trainer marked the replies that give in, those marks say which do.
                let theirs = if context.conceding.contains(&k) {
                    Stance::GivesIn
                } else {
                    match self.stance(text) {
                        Stance::GivesIn if !context.conceding.is_empty() => Stance::Neither,
                        stance => stance,
                    }
                };
                if typed_stance.opposes(theirs) {
                    return 0;
                }
                let shared: f32 = typed_stems.intersection(set).map(|s| weight(s)).sum();
                let total: f32 = typed_stems.iter().chain(set).map(|s| weight(s)).sum();
                // Dice: shared words over both replies' words.
                let wording = if total > 0.0 {
                    2.0 * shared / total
                } else {
                    0.0
                };
                let theirs = self.rule_signals(text, context);
                let their_signals = self.meaning(&theirs);
                // A question mark alone says nothing about the move: "Did you know the
                // pedicure is on offer?" is not "I can't rush her, can I?".
                let shared_move = typed_signals
                    .keys()
                    .any(|k| their_signals.contains_key(k) && !self.is_question(k));
                let meaning = if shared_move {
                    weighted_jaccard(&typed_signals, &their_signals)
                } else {
                    0.0
                };
                let score = WORDING_WEIGHT * wording + (1.0 - WORDING_WEIGHT) * meaning;
                (score * 100.0).round().clamp(0.0, 100.0) as u8
            })
            .collect();
        let best = closeness
            .iter()
            .enumerate()
            // The first of equals, as a trainer reads the list.
            .max_by_key(|(k, c)| (**c, std::cmp::Reverse(*k)))
            .filter(|(_, c)| **c >= needed(&closeness))
            .map(|(k, _)| k);
        Match {
            reply: best,
            closeness,
        }
    }
}

/// The closeness the nearest of `closeness` (0–100 per authored reply) needs to be taken:
/// [`MATCH_THRESHOLD`], and, below [`MATCH_SURE`], one and a half times the next nearest.
/// The threshold and the margin were chosen on the matching set's tuning part.
pub fn needed(closeness: &[u8]) -> u8 {
    let mut sorted = closeness.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let second = sorted.get(1).copied().unwrap_or(0);
    let margin = (MATCH_MARGIN * f32::from(second)).ceil() as u8;
    MATCH_THRESHOLD.max(margin.min(MATCH_SURE))
}

/// Which side of the business's limit a reply is on, by the rubric's stance phrases.
/// Holding the limit wins when both appear: "the bill stands, but the toning is free"
/// holds the limit and offers something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stance {
    GivesIn,
    HoldsLimit,
    Neither,
}

impl Stance {
    /// One reply gives in and the other holds the limit.
    fn opposes(self, other: Stance) -> bool {
        matches!(
            (self, other),
            (Stance::GivesIn, Stance::HoldsLimit) | (Stance::HoldsLimit, Stance::GivesIn)
        )
    }
}

impl Rubric {
    fn rule_signals(&self, text: &str, context: &Context) -> Vec<super::Evidence> {
        let words = tokens(text);
        let stems: Vec<String> = words.iter().map(|t| self.stemmer.stem(&t.folded)).collect();
        self.rules(text, &words, &stems, context)
    }

    fn is_question(&self, id: &str) -> bool {
        self.signals
            .iter()
            .any(|c| c.signal.id == id && matches!(c.test, CompiledTest::Question))
    }

    fn stance(&self, text: &str) -> Stance {
        let words = tokens(text);
        let stems: Vec<String> = words.iter().map(|t| self.stemmer.stem(&t.folded)).collect();
        match self.stance_at(&words, &stems) {
            (true, _) => Stance::HoldsLimit,
            (false, Some(_)) => Stance::GivesIn,
            (false, None) => Stance::Neither,
        }
    }

    /// Where a reply gives in (its words, by index), when it does and holds no limit.
    pub(super) fn giving_in(
        &self,
        words: &[super::text::Token],
        stems: &[String],
    ) -> Option<std::ops::RangeInclusive<usize>> {
        match self.stance_at(words, stems) {
            (false, gives) => gives,
            (true, _) => None,
        }
    }

    /// Whether a reply holds the limit, and where it gives in. Words of a limit inside the
    /// words of giving in do not hold it: "לא צריך לשלם" (you need not pay) holds no
    /// "צריך לשלם" (you need to pay).
    fn stance_at(
        &self,
        words: &[super::text::Token],
        stems: &[String],
    ) -> (bool, Option<std::ops::RangeInclusive<usize>>) {
        let gives = self.gives_in.iter().find_map(|p| find(p, words, stems));
        let holds = self
            .holds_limit
            .iter()
            .filter_map(|p| find(p, words, stems))
            .any(|h| {
                gives
                    .as_ref()
                    .is_none_or(|g| !(g.start() <= h.start() && h.end() <= g.end()))
            });
        (holds, gives)
    }

    /// The signals that say what a reply does (its phrases, a question), with their
    /// weight. Signals about the customer's line (echoing it, ignoring it, their name) or
    /// the manner (capitals, steadiness, "sir", "please") say nothing about which move the
    /// reply makes: an off-topic remark and an excuse both ignore the customer, yet mean
    /// different things, and a polite sales pitch is not a polite apology.
    fn meaning<'a>(&self, evidence: &'a [super::Evidence]) -> HashMap<&'a str, f32> {
        evidence
            .iter()
            .filter(|e| {
                e.criterion != Criterion::CalmTone
                    && self.signals.iter().any(|c| {
                        c.signal.id == e.signal
                            && matches!(c.test, CompiledTest::Phrases(_) | CompiledTest::Question)
                    })
            })
            .map(|e| (e.signal.as_str(), e.points.unsigned_abs() as f32))
            .collect()
    }
}

fn weighted_jaccard(a: &HashMap<&str, f32>, b: &HashMap<&str, f32>) -> f32 {
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

#[cfg(test)]
mod tests {
    use super::{MATCH_SURE, MATCH_THRESHOLD, needed};

    #[test]
    fn the_nearest_reply_must_stand_out_unless_it_is_close_enough() {
        // Nothing else near: the threshold.
        assert_eq!(needed(&[30, 0, 0]), MATCH_THRESHOLD);
        assert_eq!(needed(&[12]), MATCH_THRESHOLD);
        // 20 against 16 says neither clearly: 24 would have been needed.
        assert_eq!(needed(&[20, 16, 0]), 24);
        // Close enough is close enough, however near the next one comes.
        assert_eq!(needed(&[40, 35]), MATCH_SURE);
        assert_eq!(needed(&[]), MATCH_THRESHOLD);
    }
}
