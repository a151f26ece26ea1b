//! What a conversation tells its front end, and what it keeps of each decision.

use super::Conduct;
use crate::model::{Outcome, Reply, Scores, Tone};
use crate::rubric::Assessment;
use serde::Serialize;

/// What the front end shows next.
#[derive(Debug, Clone, PartialEq)]
pub enum Event<'a> {
    /// The customer speaks.
    Line {
        /// The node the line belongs to.
        node: &'a str,
        /// The words, in the variant picked for this session.
        text: &'a str,
        /// How the customer says it.
        tone: Tone,
        /// The customer's mood as they say it, -100 to +100.
        mood: i32,
    },
    /// The trainee must choose a reply. Asked again until they do.
    Choice {
        /// The decision's node id.
        node: &'a str,
        /// In the file's order: a reply's index here is its identity.
        replies: &'a [Reply],
        /// The order to show them in: `order[0]` is the index of the reply listed first.
        /// Shuffled per decision with the session's seed, so that the best reply's place
        /// on the list tells the trainee nothing.
        order: &'a [usize],
        /// The decision's hint, for a trainee who asks.
        hint: Option<&'a str>,
        /// The scenario wants the trainee's own words here: do not list the replies.
        typed: bool,
    },
    /// The conversation is over.
    End {
        /// The ending's node id.
        node: &'a str,
        /// How it ended: resolved, escalated, the customer left, or the scenario's own.
        outcome: &'a Outcome,
        /// What happened, told to the trainee.
        summary: &'a str,
    },
}

/// One decision the trainee made, kept for the debrief.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnRecord {
    /// The decision's node id.
    pub node: String,
    /// What the customer said just before (the variant actually shown).
    pub customer_line: String,
    /// The authored reply chosen, or the one typed words were taken as; `None` when typed
    /// words matched none and the customer reacted neutrally.
    pub reply: Option<usize>,
    /// The trainee's own words, when they typed the reply.
    pub typed: Option<TypedReply>,
    /// What the reply scored, 0–5 per criterion, after any interruption or hint cost.
    pub scores: Scores,
    /// The best score on offer at this decision, per criterion.
    pub best: Scores,
    /// The customer's mood before the reply, -100 to +100.
    pub mood_before: i32,
    /// The customer's mood after it.
    pub mood_after: i32,
    /// How the reply was given: interrupting, or after taking the hint.
    pub conduct: Conduct,
}

/// A reply in the trainee's own words: what the rubric found in it and how close it came
/// to the authored replies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypedReply {
    /// The words as typed.
    pub words: String,
    /// The rubric's scores and evidence for them.
    pub assessment: Assessment,
    /// 0–100 per authored reply, in order.
    pub closeness: Vec<u8>,
    /// Taken as a reply, the words start from its scores: the points (of 5) the rubric
    /// moved each criterion by, in `Criterion::ALL`'s order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved: Option<[i32; 4]>,
}
