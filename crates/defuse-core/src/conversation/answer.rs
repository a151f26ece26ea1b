//! What a front end hands the conversation: an answer, how it was given, and what can go
//! wrong with it.

use serde::Serialize;

/// A reply as a front end receives it: the number of a listed reply, or the trainee's
/// own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// 1-based, as the replies are listed (in the order shown, not the file's).
    Number(usize),
    /// The trainee's own words, scored by the rubric: the story goes on from the closest
    /// reply, or the customer reacts neutrally when none is close enough.
    Words(String),
}

impl std::fmt::Display for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Answer::Number(n) => write!(f, "{n}"),
            Answer::Words(words) => write!(f, "“{words}”"),
        }
    }
}

impl Answer {
    /// A number alone is a listed reply; anything else is the trainee's words.
    pub fn parse(text: &str) -> Answer {
        let text = text.trim();
        match text.parse::<usize>() {
            Ok(n) if !text.starts_with('+') => Answer::Number(n),
            _ => Answer::Words(text.to_owned()),
        }
    }
}

/// How the trainee gave a reply, beyond which reply it was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Conduct {
    /// Answered before the customer had finished speaking. The training material is
    /// clear that an angry customer must be let to finish: it costs listening points and
    /// angers the customer further.
    pub interrupted: bool,
    /// Took the decision's hint before answering.
    pub hint: bool,
}

/// Listening points an interruption costs at that decision.
pub const INTERRUPT_LISTENING_COST: i32 = 2;
/// How much an interruption lowers the customer's mood, on top of the reply's effect.
pub const INTERRUPT_MOOD_COST: i32 = 10;
/// Points a hint costs on every criterion at that decision.
pub const HINT_COST: i32 = 1;

/// Why a reply could not be taken at the current decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceError {
    /// `choose` was called while the customer was still talking or after the end.
    NotAwaitingChoice,
    /// The reply number does not exist at this decision (0-based `given`).
    NoSuchReply {
        /// Id of the decision (the turn node) the reply was meant for.
        node: String,
        /// The reply asked for, 0-based in the file's order.
        given: usize,
        /// How many replies the decision has.
        available: usize,
    },
}

impl std::fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChoiceError::NotAwaitingChoice => f.write_str("no reply is expected right now"),
            ChoiceError::NoSuchReply {
                node,
                given,
                available,
            } => write!(
                f,
                "there is no reply {} at the decision `{node}`: it has replies 1 to {available}",
                given + 1
            ),
        }
    }
}

impl std::error::Error for ChoiceError {}
