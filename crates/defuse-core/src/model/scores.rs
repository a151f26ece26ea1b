//! Scores: 0–5 per criterion on each reply, and the four criteria every reply is scored on.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Each reply scores 0 (violates the criterion) to 5 (exemplary) on every criterion.
pub const SCORE_MIN: i32 = 0;
/// The highest score on one criterion: exemplary, the reply to show a new colleague.
pub const SCORE_MAX: i32 = 5;

/// A reply's score on each of the four criteria, 0 (violates it) to 5 (exemplary).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    /// Shows the customer was heard: picks up their details and feeling, asks rather than
    /// guesses, 0–5.
    pub listening: i32,
    /// Accepts the customer's feeling and right to be angry, and treats them as a person,
    /// 0–5.
    pub empathy: i32,
    /// Takes the case on personally, with a concrete next step, promising only what the
    /// speaker controls, 0–5.
    pub ownership: i32,
    /// Stays steady: no arguing, blaming, sarcasm or "calm down", 0–5.
    pub calm_tone: i32,
}

impl Scores {
    /// The score on one criterion.
    pub fn get(&self, criterion: Criterion) -> i32 {
        match criterion {
            Criterion::Listening => self.listening,
            Criterion::Empathy => self.empathy,
            Criterion::Ownership => self.ownership,
            Criterion::CalmTone => self.calm_tone,
        }
    }

    /// Sets the score on one criterion.
    pub fn set(&mut self, criterion: Criterion, value: i32) {
        match criterion {
            Criterion::Listening => self.listening = value,
            Criterion::Empathy => self.empathy = value,
            Criterion::Ownership => self.ownership = value,
            Criterion::CalmTone => self.calm_tone = value,
        }
    }

    /// The best score on each criterion among the given replies.
    pub fn best_of<'a>(replies: impl IntoIterator<Item = &'a Scores>) -> Scores {
        let mut best = Scores::default();
        for scores in replies {
            for c in Criterion::ALL {
                best.set(c, best.get(c).max(scores.get(c)));
            }
        }
        best
    }

    /// The four scores added up, 0–20: the highest total at a decision marks its best
    /// reply.
    pub fn total(&self) -> i32 {
        Criterion::ALL.iter().map(|&c| self.get(c)).sum()
    }
}

/// One of the four things every reply is scored on, 0–5.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Criterion {
    /// The reply shows the customer was heard.
    Listening,
    /// The reply accepts the customer's feeling and treats them as a person.
    Empathy,
    /// The speaker takes the case on personally and promises only what they control.
    Ownership,
    /// The reply stays steady: no arguing, blaming, sarcasm or "calm down".
    CalmTone,
}

impl Criterion {
    /// The four criteria in their fixed order (listening, empathy, ownership, calm tone),
    /// which tables and a kind's score ranges follow.
    pub const ALL: [Criterion; 4] = [
        Criterion::Listening,
        Criterion::Empathy,
        Criterion::Ownership,
        Criterion::CalmTone,
    ];

    /// The criterion's English name in words (`calm tone`), as `Display` prints it.
    pub fn name(self) -> &'static str {
        match self {
            Criterion::Listening => "listening",
            Criterion::Empathy => "empathy",
            Criterion::Ownership => "ownership",
            Criterion::CalmTone => "calm tone",
        }
    }

    /// The field name in a scenario file.
    pub fn field(self) -> &'static str {
        match self {
            Criterion::Listening => "listening",
            Criterion::Empathy => "empathy",
            Criterion::Ownership => "ownership",
            Criterion::CalmTone => "calm_tone",
        }
    }
}

impl fmt::Display for Criterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
