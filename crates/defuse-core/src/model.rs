//! The scenario as a trainer writes it in RON. These types mirror the file one to one, so
//! that serde reports unknown and missing fields, and validation can point back at them.

use serde::{Deserialize, Serialize};
use std::fmt;

mod decision;
mod scores;
pub use decision::{best_reply, conceding, wordings};
pub use scores::{Criterion, SCORE_MAX, SCORE_MIN, Scores};

/// Mood runs from -100 (furious) to +100 (delighted); 0 is neutral.
pub const MOOD_MIN: i32 = -100;
/// The highest mood: delighted.
pub const MOOD_MAX: i32 = 100;
/// Unmatched typed replies in a row a customer puts up with, unless the scenario sets its
/// own `patience`: enough to rephrase twice, not enough to type nonsense for ever.
pub const DEFAULT_PATIENCE: u8 = 3;
/// A reply's (or a neutral reaction's) change to the mood: -100 to 100. The mood itself
/// stays within `MOOD_MIN..=MOOD_MAX` whatever the change.
pub const MOOD_CHANGE_MIN: i32 = -100;
/// The largest rise in mood that one reply or neutral reaction can cause.
pub const MOOD_CHANGE_MAX: i32 = 100;

/// One training scenario as a trainer writes it in its RON file: who the customer is, what
/// the trainee is told, and the conversation as a graph of nodes.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The scenario's id, unique within the folder and kept the same as the file's name: it
    /// names the scenario on the command line, in scorecards, reports and translation
    /// files.
    pub id: String,
    /// The language the trainer wrote the scenario in (a BCP 47 tag such as `en` or `hu`).
    #[serde(default = "default_language")]
    pub language: String,
    /// The scenario's name, shown on the picker card, in the header of `play` and in
    /// reports.
    pub title: String,
    /// What the trainee reads before the conversation starts.
    pub brief: String,
    /// Where the conversation takes place, shown on the card and in the header.
    pub setting: Setting,
    /// How hard the scenario is, shown on the card and in the header.
    pub difficulty: Difficulty,
    /// The angry customer the trainee talks to, with their starting mood.
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
    /// How many typed replies in a row that match none of a decision's replies the
    /// customer puts up with before walking out (default [`DEFAULT_PATIENCE`]).
    #[serde(default)]
    pub patience: Option<u8>,
    /// Id of the ending the customer walks out to, when their patience runs out or their
    /// mood hits the bottom of the scale; without it, the first ending where the customer
    /// leaves and the run fails.
    #[serde(default)]
    pub walk_out: Option<String>,
    /// The conversation: every turn, branch and ending, which refer to each other by id; at
    /// least one.
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
    /// Names the playtest in `validate`'s messages.
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

/// Where a scenario's conversation takes place, shown on the picker card and in the header.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub enum Setting {
    /// On the phone.
    Phone,
    /// Face to face across a shop counter.
    ShopCounter,
    /// In a hair or beauty salon.
    Salon,
    /// In a café.
    Cafe,
    /// In a written online chat.
    Chat,
    /// By e-mail.
    Email,
    /// Face to face in an office.
    Office,
    /// Anywhere else, in the trainer's own words, shown as written in every language.
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

/// How hard the trainer judges a scenario to be: a label on the picker card (each in its
/// own colour) and in the header that changes nothing in play; ordered easy to hard.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difficulty {
    /// The gentlest scenarios.
    Easy,
    /// Scenarios between easy and hard.
    Medium,
    /// The toughest scenarios.
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

/// The customer the trainee talks to in a scenario.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// The customer's name, shown beside every line they say; the rubric that scores typed
    /// replies recognises it in any inflected form.
    pub name: String,
    /// Lets languages that inflect for it (Polish, Hebrew) make words about the customer
    /// agree: "wściekła", "זועמת".
    #[serde(default)]
    pub gender: Option<Gender>,
    /// Starting mood, -100 (furious) to 100 (delighted).
    pub mood: i32,
    /// Notes on the customer and their situation, translated with the rest. The window
    /// lists them under the brief but the terminal does not, so what the trainee must know
    /// goes in `brief`.
    #[serde(default)]
    pub traits: Vec<String>,
}

/// The customer's grammatical gender, for languages whose words about a person agree with
/// it.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Gender {
    /// Feminine forms (`female` in Fluent messages).
    Female,
    /// Masculine forms (`male` in Fluent messages).
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

/// One step of the conversation: a turn the trainee answers, a silent branch on the mood,
/// or an ending.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub enum Node {
    /// The customer speaks, then the trainee chooses a reply.
    Turn {
        /// The node's id, unique within the scenario, that `start`, `next`, `goto` and
        /// `otherwise` point to.
        id: String,
        /// One variant is picked at random each time the node is met.
        says: Vec<String>,
        /// The tone of voice the line is said in; without it, the tone follows the mood.
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
        /// The replies the trainee chooses from, two or more, in file order (shuffled on
        /// screen).
        replies: Vec<Reply>,
    },
    /// Silent routing on the customer's mood: the first route whose test holds is taken.
    Branch {
        /// The node's id, unique within the scenario, that `start`, `next`, `goto` and
        /// `otherwise` point to.
        id: String,
        /// The routes, tried in order: the first whose mood test holds is taken. May be
        /// empty, with a warning.
        routes: Vec<Route>,
        /// Id of the node to go to when no route holds.
        otherwise: String,
    },
    /// The conversation ends here.
    Ending {
        /// The node's id, unique within the scenario, that `next`, `goto`, `otherwise` and
        /// a playtest's `ending` point to.
        id: String,
        /// What kind of ending this is, shown to the trainee, kept in the scorecard and
        /// counted by `stats`.
        outcome: Outcome,
        /// The customer's last words, if any.
        #[serde(default)]
        says: Vec<String>,
        /// The tone of voice of the last words; without it, the tone follows the mood.
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
    /// The node's id, whatever kind of node it is.
    pub fn id(&self) -> &str {
        match self {
            Node::Turn { id, .. } | Node::Branch { id, .. } | Node::Ending { id, .. } => id,
        }
    }

    /// The kind of node in one lowercase English word: `turn`, `branch` or `ending`.
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
    /// The tone of voice the reaction is said in; without it, the tone follows the mood.
    #[serde(default)]
    pub tone: Option<Tone>,
    /// Change to the customer's mood, -100 to 100.
    #[serde(default)]
    pub mood: i32,
    /// Where the story goes next; without it the same decision is asked again.
    #[serde(default)]
    pub next: Option<String>,
}

/// One reply the trainee can give at a decision: what they say, how it scores, how it moves
/// the customer's mood and where the conversation goes next.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// What the trainee says, as listed for them to choose.
    pub text: String,
    /// Other ways a trainee might type the same move, never shown: words typed in the
    /// trainee's own words are taken as this reply when they come close to its text or to
    /// any of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wordings: Vec<String>,
    /// What sort of reply this is (`policy-answer`, `calm-down`...), so that the same kind
    /// scores alike in every scenario: see `crate::kinds`.
    #[serde(default)]
    pub kind: Option<String>,
    /// How well the reply does on each of the four criteria, 0–5 each.
    pub scores: Scores,
    /// Change to the customer's mood, -100 to 100.
    pub mood: i32,
    /// Why the reply scores as it does, shown right after it and in the debrief.
    pub feedback: String,
    /// Id of the coaching principle shown beside the feedback: one from `principles.ron` or
    /// the scenario's own `principles`.
    #[serde(default)]
    pub principle: Option<String>,
    /// Id of the node the conversation goes to after this reply.
    pub next: String,
}

/// The tone of voice a customer's line is said in, shown with the line and used to voice
/// it. A line without one takes it from the mood (see `Tone::from_mood`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Tone {
    /// Steady; a mood of 0 to 24.
    Calm,
    /// On edge; a mood of -19 to -1.
    Tense,
    /// Irritated; a mood of -44 to -20.
    Annoyed,
    /// Openly angry; a mood of -74 to -45.
    Angry,
    /// At the peak of anger; a mood of -100 to -75.
    Furious,
    /// Easing off, the worst over; a mood of 25 to 59.
    Relieved,
    /// Happy with how it went; a mood of 60 to 100.
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

    /// The tone's lowercase English name (`angry`), as in the file name of a line rendered
    /// in that tone.
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

/// One way out of a branch: taken when its mood test holds and no earlier route's did.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// The test on the customer's mood when the branch is reached.
    pub when: MoodTest,
    /// Id of the node to go to when the test holds.
    pub goto: String,
}

/// A test on the customer's mood (-100 furious … +100 delighted) that decides a branch's
/// route; the value tested is itself within -100 to 100.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum MoodTest {
    /// Mood strictly below the value.
    Below(i32),
    /// Mood at or above the value.
    AtLeast(i32),
}

impl MoodTest {
    /// Whether the test passes for a customer in this mood.
    pub fn holds(self, mood: i32) -> bool {
        match self {
            MoodTest::Below(limit) => mood < limit,
            MoodTest::AtLeast(limit) => mood >= limit,
        }
    }

    /// The mood value the test compares against, whichever way it compares.
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

/// How a conversation ended, shown to the trainee, kept in the scorecard and counted by
/// `stats`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The customer's problem was settled with them.
    Resolved,
    /// The case went up to someone else, such as a manager taking over.
    Escalated,
    /// The customer walked out or hung up; `validate` warns unless the ending also `fails`.
    CustomerLeft,
    /// Any other ending, named in the trainer's words (translated like other texts).
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
    /// The principle's id, unique within its list, that a reply's `principle` names; a
    /// scenario's own principle with a shared one's id replaces it in that scenario.
    pub id: String,
    /// The criterion the principle mainly trains, shown with it.
    pub criterion: Criterion,
    /// A short rule ("Let the customer finish"), shown beside the feedback and in the
    /// debrief.
    pub title: String,
    /// Two or three sentences on why the rule works.
    pub text: String,
}
