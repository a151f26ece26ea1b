//! One decision of a scorecard as the trainee is told it, and how much of it a reader
//! reads: a summary skips the turns' texts.

use crate::model::{Criterion, Node, Scores};
use crate::story::Story;
use serde::{Deserialize, Serialize};

/// One decision, with everything the debrief shows for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub node: String,
    #[serde(deserialize_with = "text")]
    pub customer_line: String,
    /// 1-based in the scenario file's order (the reply's identity, whatever order it was
    /// shown in); for typed words, the reply they were taken as, or 0 when they matched none.
    pub reply: usize,
    /// The reply as the trainee gave it: the one chosen, or their own words.
    #[serde(deserialize_with = "text")]
    pub reply_text: String,
    /// Present when the trainee typed the reply: what it was taken as, and why it scored.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional_typed"
    )]
    pub typed: Option<Typed>,
    pub scores: Scores,
    pub best: Scores,
    #[serde(deserialize_with = "text")]
    pub feedback: String,
    #[serde(default)]
    pub principle: Option<PrincipleRef>,
    /// The best reply on offer, when the trainee chose another.
    #[serde(default, deserialize_with = "optional_text")]
    pub best_missed: Option<String>,
    /// The principle the missed best reply models (what to do differently next time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_principle: Option<PrincipleRef>,
    #[serde(default)]
    pub interrupted: bool,
    #[serde(default)]
    pub hint: bool,
    pub mood_before: i32,
    pub mood_after: i32,
    /// When the reply was given, where the front end noted it.
    #[serde(default)]
    pub answered: Option<jiff::Timestamp>,
    /// How the reply sounded, when the trainee said it aloud (voice practice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoken: Option<Spoken>,
}

impl Spoken {
    /// The turn's spoken calm tone from its words' calm-tone score (of the `best` on
    /// offer) and the delivery's score.
    pub fn new(delivery: crate::voice::DeliveryAssessment, words: i32, best: i32) -> Spoken {
        let words = if best > 0 {
            (words.max(0) * 100 / best).min(100) as u8
        } else {
            100
        };
        Spoken {
            calm_tone: crate::voice::spoken_calm_tone(words, delivery.calm_tone),
            delivery,
        }
    }
}

/// A reply said aloud: the delivery measured against the trainee's calm baseline, and the
/// turn's calm tone with it (words and delivery weighed equally). No audio is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spoken {
    pub delivery: crate::voice::DeliveryAssessment,
    /// The turn's calm tone in per cent of the best on offer: the words' share and the
    /// delivery's score together.
    pub calm_tone: u8,
}

/// A typed reply, as the debrief explains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Typed {
    /// The authored reply the words were taken as; `None`: the customer reacted neutrally.
    #[serde(default)]
    pub taken_as: Option<String>,
    /// 0–100: how close the words came to `taken_as` (or to the nearest reply).
    pub closeness: u8,
    /// The rubric's 0–100 per criterion (50: no evidence), before the turn's 0–5.
    pub rubric: RubricScores,
    /// Every signal found, in the order the rubric found them.
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricScores {
    pub listening: u8,
    pub empathy: u8,
    pub ownership: u8,
    pub calm_tone: u8,
}

impl RubricScores {
    pub fn of(assessment: &crate::rubric::Assessment) -> RubricScores {
        RubricScores {
            listening: assessment.listening,
            empathy: assessment.empathy,
            ownership: assessment.ownership,
            calm_tone: assessment.calm_tone,
        }
    }

    pub fn get(&self, criterion: Criterion) -> u8 {
        match criterion {
            Criterion::Listening => self.listening,
            Criterion::Empathy => self.empathy,
            Criterion::Ownership => self.ownership,
            Criterion::CalmTone => self.calm_tone,
        }
    }
}

/// One signal that earned or lost points, with the trainee's words that matched it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub signal: String,
    pub criterion: Criterion,
    pub points: i32,
    pub words: String,
    pub why: String,
    #[serde(default)]
    pub principle: Option<PrincipleRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipleRef {
    pub id: String,
    pub criterion: Criterion,
    pub title: String,
    pub text: String,
}

/// How much of a scorecard a reader needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reading {
    /// Everything, to read a session back or export it.
    #[default]
    Whole,
    /// All but the texts of the turns (what the customer said, the reply, the feedback,
    /// the best reply missed), which are left empty: what summaries and tables need.
    /// Skipping them unread makes a folder of 100,000 scorecards read in half the time.
    Summary,
}

thread_local! {
    // Set for the length of one `from_json_bytes_as(Reading::Summary)` call on this thread.
    pub(super) static SUMMARY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A turn's text, or nothing (unread) when only a summary is being read.
fn text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    if SUMMARY.get() {
        serde::de::IgnoredAny::deserialize(d).map(|_| String::new())
    } else {
        String::deserialize(d)
    }
}

fn optional_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    if SUMMARY.get() {
        serde::de::IgnoredAny::deserialize(d).map(|_| None)
    } else {
        Option::<String>::deserialize(d)
    }
}

/// A typed reply's explanation, or nothing (unread) when only a summary is being read.
fn optional_typed<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Typed>, D::Error> {
    if SUMMARY.get() {
        serde::de::IgnoredAny::deserialize(d).map(|_| None)
    } else {
        Option::<Typed>::deserialize(d)
    }
}

impl Turn {
    /// A turn as the trainee is told it, from the conversation's record of it: the reply
    /// or own words, what they were taken as, the scores against the best on offer, the
    /// feedback, the principle and the evidence. `answered`: when it was given.
    pub fn from_record(
        story: &Story,
        t: &crate::conversation::TurnRecord,
        answered: Option<jiff::Timestamp>,
    ) -> Turn {
        let replies = match story.find(&t.node).map(|i| story.node(i)) {
            Some(Node::Turn { replies, .. }) => replies.as_slice(),
            _ => &[],
        };
        let chosen = t.reply.and_then(|k| replies.get(k));
        // The same choice of "best" as the debrief: highest total, first on a tie.
        let best = crate::model::best_reply(replies);
        let principle = |id: &str| {
            story.principle(id).map(|p| PrincipleRef {
                id: p.id.clone(),
                criterion: p.criterion,
                title: p.title.clone(),
                text: p.text.clone(),
            })
        };
        let typed = t.typed.as_ref().map(|typed| Typed {
            taken_as: chosen.map(|r| r.text.clone()),
            closeness: match t.reply {
                Some(k) => typed.closeness.get(k).copied().unwrap_or(0),
                None => typed.closeness.iter().copied().max().unwrap_or(0),
            },
            rubric: RubricScores::of(&typed.assessment),
            evidence: typed
                .assessment
                .evidence
                .iter()
                .map(|e| Evidence {
                    signal: e.signal.clone(),
                    criterion: e.criterion,
                    points: e.points,
                    words: e.words.clone(),
                    why: e.why.clone(),
                    principle: e.principle.as_deref().and_then(principle),
                })
                .collect(),
        });
        // Typed words that matched nothing are explained by their strongest signal.
        let strongest = t.typed.as_ref().and_then(|typed| {
            typed
                .assessment
                .evidence
                .iter()
                .filter(|e| e.principle.is_some())
                .max_by_key(|e| e.points.abs())
                .and_then(|e| e.principle.as_deref())
        });
        Turn {
            node: t.node.clone(),
            customer_line: t.customer_line.clone(),
            reply: t.reply.map_or(0, |k| k + 1),
            reply_text: match &t.typed {
                Some(typed) => typed.words.clone(),
                None => chosen.map(|r| r.text.clone()).unwrap_or_default(),
            },
            typed,
            scores: t.scores,
            best: t.best,
            feedback: chosen.map(|r| r.feedback.clone()).unwrap_or_default(),
            principle: chosen
                .and_then(|r| r.principle.as_deref())
                .or(strongest)
                .and_then(principle),
            best_missed: best
                .filter(|&b| t.reply != Some(b))
                .map(|b| replies[b].text.clone()),
            best_principle: best
                .filter(|&b| t.reply != Some(b))
                .and_then(|b| replies[b].principle.as_deref())
                .and_then(principle),
            interrupted: t.conduct.interrupted,
            hint: t.conduct.hint,
            mood_before: t.mood_before,
            mood_after: t.mood_after,
            answered,
            spoken: None,
        }
    }
}
