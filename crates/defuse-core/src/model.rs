//! The scenario as a trainer writes it in RON. These types mirror the file one to one, so
//! that serde reports unknown and missing fields, and validation can point back at them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Each reply scores 0 (violates the criterion) to 5 (exemplary) on every criterion.
pub const SCORE_MIN: i32 = 0;
pub const SCORE_MAX: i32 = 5;
/// Mood runs from -100 (furious) to +100 (delighted); 0 is neutral.
pub const MOOD_MIN: i32 = -100;
pub const MOOD_MAX: i32 = 100;
/// A reply's (or a neutral reaction's) change to the mood: -100 to 100. The mood itself
/// stays within `MOOD_MIN..=MOOD_MAX` whatever the change.
pub const MOOD_CHANGE_MIN: i32 = -100;
pub const MOOD_CHANGE_MAX: i32 = 100;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    /// The language the trainer wrote the scenario in (a BCP 47 tag such as `en` or `hu`).
    #[serde(default = "default_language")]
    pub language: String,
    pub title: String,
    /// What the trainee reads before the conversation starts.
    pub brief: String,
    pub setting: Setting,
    pub difficulty: Difficulty,
    pub customer: Customer,
    /// Overall score (0–100) needed to pass.
    pub pass_mark: i32,
    /// Id of the node the conversation starts at.
    pub start: String,
    /// Coaching principles only this scenario uses; shared ones live in `principles.ron`.
    #[serde(default)]
    pub principles: Vec<Principle>,
    /// How the customer reacts to a typed reply that matches none of a decision's replies,
    /// unless the decision has its own.
    #[serde(default)]
    pub neutral: Option<Neutral>,
    pub nodes: Vec<Node>,
    /// Paths through the scenario that `defuse validate` plays and checks.
    #[serde(default)]
    pub playtests: Vec<Playtest>,
}

/// A scripted path through a scenario with what it should lead to, checked by `validate`
/// so that an edit that breaks the model path is caught where it is made.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Playtest {
    pub name: String,
    /// 1-based reply numbers in the file's order, one per decision met.
    pub replies: Vec<usize>,
    /// The id of the ending the path must reach.
    #[serde(default)]
    pub ending: Option<String>,
    /// Whether the run must pass (`true`) or fail (`false`).
    #[serde(default)]
    pub passes: Option<bool>,
}

fn default_language() -> String {
    "en".to_owned()
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub enum Setting {
    Phone,
    ShopCounter,
    Salon,
    Cafe,
    Chat,
    Email,
    Office,
    Other(String),
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Setting::Phone => "phone line",
            Setting::ShopCounter => "shop counter",
            Setting::Salon => "salon",
            Setting::Cafe => "café",
            Setting::Chat => "chat",
            Setting::Email => "e-mail",
            Setting::Office => "office",
            Setting::Other(name) => name,
        })
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl fmt::Display for Difficulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    pub name: String,
    /// Lets languages that inflect for it (Polish, Hebrew) make words about the customer
    /// agree: "wściekła", "זועמת".
    #[serde(default)]
    pub gender: Option<Gender>,
    /// Starting mood, -100 (furious) to 100 (delighted).
    pub mood: i32,
    #[serde(default)]
    pub traits: Vec<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// The value Fluent messages select on (`$gender`).
    pub fn fluent(gender: Option<Gender>) -> &'static str {
        match gender {
            Some(Gender::Female) => "female",
            Some(Gender::Male) => "male",
            None => "other",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub enum Node {
    /// The customer speaks, then the trainee chooses a reply.
    Turn {
        id: String,
        /// One variant is picked at random each time the node is met.
        says: Vec<String>,
        #[serde(default)]
        tone: Option<Tone>,
        /// Offered on request, at a cost.
        #[serde(default)]
        hint: Option<String>,
        /// The trainee must answer in their own words here: the replies are not listed.
        #[serde(default)]
        typed: bool,
        /// This decision's own reaction to a typed reply that matches none of its replies.
        #[serde(default)]
        neutral: Option<Neutral>,
        replies: Vec<Reply>,
    },
    /// Silent routing on the customer's mood: the first route whose test holds is taken.
    Branch {
        id: String,
        routes: Vec<Route>,
        otherwise: String,
    },
    /// The conversation ends here.
    Ending {
        id: String,
        outcome: Outcome,
        /// The customer's last words, if any.
        #[serde(default)]
        says: Vec<String>,
        #[serde(default)]
        tone: Option<Tone>,
        /// What happened next, told to the trainee in the debrief.
        summary: String,
        /// Reaching this ending fails the run whatever the score: for endings a trainer
        /// never wants to see passed (the customer walked out, the trainee caved in).
        #[serde(default)]
        fails: bool,
    },
}

impl Node {
    pub fn id(&self) -> &str {
        match self {
            Node::Turn { id, .. } | Node::Branch { id, .. } | Node::Ending { id, .. } => id,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Node::Turn { .. } => "turn",
            Node::Branch { .. } => "branch",
            Node::Ending { .. } => "ending",
        }
    }

    /// Ids of the nodes this node can lead to, in file order.
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Node::Turn { replies, .. } => replies.iter().map(|r| r.next.as_str()).collect(),
            Node::Branch {
                routes, otherwise, ..
            } => routes
                .iter()
                .map(|r| r.goto.as_str())
                .chain(std::iter::once(otherwise.as_str()))
                .collect(),
            Node::Ending { .. } => Vec::new(),
        }
    }
}

/// The customer's reaction to typed words that match none of the replies on offer: they
/// heard nothing that helps or hurts, so the story does not branch on a guess.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Neutral {
    /// One variant is picked at random.
    pub says: Vec<String>,
    #[serde(default)]
    pub tone: Option<Tone>,
    /// Change to the customer's mood, -100 to 100.
    #[serde(default)]
    pub mood: i32,
    /// Where the story goes next; without it the same decision is asked again.
    #[serde(default)]
    pub next: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub text: String,
    /// What sort of reply this is (`policy-answer`, `calm-down`...), so that the same kind
    /// scores alike in every scenario: see `crate::kinds`.
    #[serde(default)]
    pub kind: Option<String>,
    pub scores: Scores,
    /// Change to the customer's mood, -100 to 100.
    pub mood: i32,
    /// Why the reply scores as it does, shown right after it and in the debrief.
    pub feedback: String,
    #[serde(default)]
    pub principle: Option<String>,
    pub next: String,
}

/// The best reply at a decision: the highest total score, the first in the file on a tie.
/// The debrief, the scorecard, the lints and the principle coverage all mean this one.
pub fn best_reply(replies: &[Reply]) -> Option<usize> {
    replies
        .iter()
        .enumerate()
        .max_by_key(|(k, r)| (r.scores.total(), std::cmp::Reverse(*k)))
        .map(|(k, _)| k)
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    pub listening: i32,
    pub empathy: i32,
    pub ownership: i32,
    pub calm_tone: i32,
}

impl Scores {
    pub fn get(&self, criterion: Criterion) -> i32 {
        match criterion {
            Criterion::Listening => self.listening,
            Criterion::Empathy => self.empathy,
            Criterion::Ownership => self.ownership,
            Criterion::CalmTone => self.calm_tone,
        }
    }

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

    pub fn total(&self) -> i32 {
        Criterion::ALL.iter().map(|&c| self.get(c)).sum()
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Criterion {
    Listening,
    Empathy,
    Ownership,
    CalmTone,
}

impl Criterion {
    pub const ALL: [Criterion; 4] = [
        Criterion::Listening,
        Criterion::Empathy,
        Criterion::Ownership,
        Criterion::CalmTone,
    ];

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

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Tone {
    Calm,
    Tense,
    Annoyed,
    Angry,
    Furious,
    Relieved,
    Pleased,
}

impl Tone {
    /// The tone a customer in this mood speaks with, when the scenario does not say.
    pub fn from_mood(mood: i32) -> Tone {
        match mood {
            i32::MIN..=-75 => Tone::Furious,
            -74..=-45 => Tone::Angry,
            -44..=-20 => Tone::Annoyed,
            -19..=-1 => Tone::Tense,
            0..=24 => Tone::Calm,
            25..=59 => Tone::Relieved,
            _ => Tone::Pleased,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Tone::Calm => "calm",
            Tone::Tense => "tense",
            Tone::Annoyed => "annoyed",
            Tone::Angry => "angry",
            Tone::Furious => "furious",
            Tone::Relieved => "relieved",
            Tone::Pleased => "pleased",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub when: MoodTest,
    pub goto: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum MoodTest {
    /// Mood strictly below the value.
    Below(i32),
    /// Mood at or above the value.
    AtLeast(i32),
}

impl MoodTest {
    pub fn holds(self, mood: i32) -> bool {
        match self {
            MoodTest::Below(limit) => mood < limit,
            MoodTest::AtLeast(limit) => mood >= limit,
        }
    }

    pub fn limit(self) -> i32 {
        match self {
            MoodTest::Below(limit) | MoodTest::AtLeast(limit) => limit,
        }
    }
}

impl fmt::Display for MoodTest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoodTest::Below(limit) => write!(f, "mood < {limit}"),
            MoodTest::AtLeast(limit) => write!(f, "mood ≥ {limit}"),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash)]
pub enum Outcome {
    Resolved,
    Escalated,
    CustomerLeft,
    Other(String),
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::Resolved => "resolved",
            Outcome::Escalated => "escalated",
            Outcome::CustomerLeft => "customer left",
            Outcome::Other(name) => name,
        })
    }
}

/// A coaching principle: the idea a reply's feedback points the trainee to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub criterion: Criterion,
    pub title: String,
    pub text: String,
}
