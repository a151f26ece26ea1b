//! One decision of a scorecard as the trainee is told it, and how much of it a reader
//! reads: a summary skips the turns' texts.

use crate::model::{Criterion, Node, Scores};
use crate::story::Story;
use serde::{Deserialize, Serialize};

/// One decision, with everything the debrief shows for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// Id of the decision (turn node) in the scenario.
    pub node: String,
    /// The customer's last words, which the reply answered, as the trainee heard them.
    pub customer_line: String,
    /// 1-based in the scenario file's order (the reply's identity, whatever order it was
    /// shown in); for typed words, the reply they were taken as, or 0 when they matched none.
    pub reply: usize,
    /// The reply as the trainee gave it: the one chosen, or their own words.
    pub reply_text: String,
    /// Present when the trainee typed the reply: what it was taken as, and why it scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<Typed>,
    /// What the reply scored, 0–5 per criterion, after any cost for interrupting or a hint.
    pub scores: Scores,
    /// The best score on offer at this decision, 0–5 per criterion (the best on each may come
    /// from different replies).
    pub best: Scores,
    /// Why the chosen reply scores as it does, as shown after it; empty when typed words
    /// matched no reply.
    #[serde(deserialize_with = "commentary")]
    pub feedback: String,
    /// The coaching principle shown beside the feedback: the chosen reply's, else the one of
    /// the typed words' strongest signal.
    #[serde(default, deserialize_with = "principle")]
    pub principle: Option<PrincipleRef>,
    /// The best reply on offer, when the trainee chose another.
    #[serde(default, deserialize_with = "optional_commentary")]
    pub best_missed: Option<String>,
    /// The principle the missed best reply models (what to do differently next time).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "principle"
    )]
    pub best_principle: Option<PrincipleRef>,
    /// The replies on offer, in the file's order (reply N is `offered[N - 1]`), as the
    /// trainee could have read them: what a learning record store lists as the decision's
    /// choices. Absent in older scorecards; not read for a summary.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "offered"
    )]
    pub offered: Vec<String>,
    /// The best reply on offer, 1-based in the file's order (the debrief's choice of best:
    /// the highest total, the first on a tie).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_reply: Option<usize>,
    /// The trainee answered before the customer finished, which cost listening points and
    /// angered the customer.
    #[serde(default)]
    pub interrupted: bool,
    /// The trainee took the decision's hint, which cost a point on every criterion.
    #[serde(default)]
    pub hint: bool,
    /// The customer's mood before the reply, -100 (furious) to 100 (delighted).
    pub mood_before: i32,
    /// The customer's mood after the reply and any interruption, -100 to 100.
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
    /// How the reply was said (pace, loudness, pitch, pauses) against the trainee's calm
    /// baseline, with its own 0–100 calm-tone score and the reasons.
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
    /// When the words matched none: the nearest authored reply, so the trainee is told
    /// what came closest and how far it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nearest: Option<String>,
    /// The closeness the words needed to be taken as a reply: the threshold when they were
    /// answered. Cards from before this field were matched at 10.
    #[serde(default = "threshold_before")]
    pub needed: u8,
    /// The rubric's 0–100 per criterion (50: no evidence), before the turn's 0–5.
    pub rubric: RubricScores,
    /// Taken as a reply, the words started from its scores: the points (of 5) the rubric
    /// moved each by, for what the words do beyond the reply's own wordings. Absent for
    /// words that matched none, and in cards from before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved: Option<Moved>,
    /// Every signal found, in the order the rubric found them; not read for a summary.
    #[serde(deserialize_with = "evidence")]
    pub evidence: Vec<Evidence>,
}

/// The threshold of the cards written before [`Typed::needed`] was kept.
fn threshold_before() -> u8 {
    10
}

/// How typed words are told beside their turn; each front end has a message for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// They are, for certain, the reply they were taken as.
    Certain,
    /// They were taken as the closest reply, which they are not for certain.
    Closest,
    /// They matched no reply, and one came nearest.
    NoMatch,
    /// They have nothing in common with any reply.
    NothingInCommon,
}

impl Typed {
    /// How the words are told: taken for certain, the closest, or matching none.
    pub fn taken(&self) -> Taken {
        match (&self.taken_as, &self.nearest) {
            (Some(_), _) if self.certain() => Taken::Certain,
            (Some(_), _) => Taken::Closest,
            (None, Some(_)) => Taken::NoMatch,
            (None, None) => Taken::NothingInCommon,
        }
    }

    /// The words are, near enough for certain, the authored reply they were taken as: its
    /// feedback is about them. Below this, the feedback would praise or blame words the
    /// trainee never said, so only their own words' evidence is told.
    pub fn certain(&self) -> bool {
        self.taken_as.is_some() && self.closeness >= crate::conversation::NEAR_CERTAIN
    }
}

/// The rubric's scores of typed words, 0–100 per criterion (50: no evidence), as kept in
/// the scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricScores {
    /// How well the words show the customer was heard, 0–100.
    pub listening: u8,
    /// How well they accept the customer's feeling, 0–100.
    pub empathy: u8,
    /// How far they take the case on with a concrete next step, 0–100.
    pub ownership: u8,
    /// How steady the wording stays, 0–100.
    pub calm_tone: u8,
}

impl RubricScores {
    /// The scores of a rubric assessment, without its evidence.
    pub fn of(assessment: &crate::rubric::Assessment) -> RubricScores {
        RubricScores {
            listening: assessment.listening,
            empathy: assessment.empathy,
            ownership: assessment.ownership,
            calm_tone: assessment.calm_tone,
        }
    }

    /// The score on one criterion, 0–100 (50: no evidence).
    pub fn get(&self, criterion: Criterion) -> u8 {
        match criterion {
            Criterion::Listening => self.listening,
            Criterion::Empathy => self.empathy,
            Criterion::Ownership => self.ownership,
            Criterion::CalmTone => self.calm_tone,
        }
    }
}

/// The points (of 5) typed words moved the scores of the reply they were taken as by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Moved {
    /// Listening, -5 to 5.
    pub listening: i32,
    /// Empathy, -5 to 5.
    pub empathy: i32,
    /// Ownership, -5 to 5.
    pub ownership: i32,
    /// Calm tone, -5 to 5.
    pub calm_tone: i32,
}

impl Moved {
    /// From points in [`Criterion::ALL`]'s order.
    pub fn of(points: [i32; 4]) -> Moved {
        let [listening, empathy, ownership, calm_tone] = points;
        Moved {
            listening,
            empathy,
            ownership,
            calm_tone,
        }
    }

    /// The points on one criterion.
    pub fn get(&self, criterion: Criterion) -> i32 {
        match criterion {
            Criterion::Listening => self.listening,
            Criterion::Empathy => self.empathy,
            Criterion::Ownership => self.ownership,
            Criterion::CalmTone => self.calm_tone,
        }
    }

    /// How the turn was scored, as the trainee is told it under the turn's scores: as the
    /// reply the words were taken as, moved only by what they do differently.
    pub fn told(&self, t: &crate::i18n::Texts) -> String {
        let moved: Vec<String> = Criterion::ALL
            .into_iter()
            .filter(|&c| self.get(c) != 0)
            .map(|c| {
                let p = self.get(c);
                // Marks keep every signed number alike in a right-to-left line (without
                // them the last one was split by the full stop after it).
                let points = if t.is_rtl() {
                    format!("\u{200E}{p:+}\u{200E}")
                } else {
                    format!("{p:+}")
                };
                format!("{} {points}", t.criterion(c))
            })
            .collect();
        if moved.is_empty() {
            t.get("typed-scored-as-reply")
        } else {
            t.format(
                "typed-scored-as-reply-moved",
                &[("moved", moved.join(", ").into())],
            )
        }
    }
}

/// One signal that earned or lost points, with the trainee's words that matched it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Id of the rubric signal that matched.
    pub signal: String,
    /// The criterion the points count towards.
    pub criterion: Criterion,
    /// Points the signal added to the rubric's 0–100 score, -50 to 50: positive shows the
    /// criterion, negative violates it.
    pub points: i32,
    /// The trainee's own words (or the marks) that matched, as typed.
    pub words: String,
    /// The signal's reason, as the trainee was told it.
    pub why: String,
    /// The coaching principle the signal points to, written out so the card reads back on
    /// its own.
    #[serde(default, deserialize_with = "principle")]
    pub principle: Option<PrincipleRef>,
}

/// A coaching principle as the trainee was shown it, copied into the card so that it reads
/// back the same after the principles are edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipleRef {
    /// The principle's id, in `principles.ron` or the scenario's own list.
    pub id: String,
    /// The criterion the principle mainly trains.
    pub criterion: Criterion,
    /// The short rule ("Let the customer finish"), in the session's language.
    pub title: String,
    /// Two or three sentences on why the rule works, in the session's language.
    pub text: String,
}

/// How much of a scorecard a reader needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reading {
    /// Everything, to read a session back or export it.
    #[default]
    Whole,
    /// All but the turns' feedback, the replies on offer and the evidence of own words,
    /// which are left empty: what summaries, tables and the team view need (the team view
    /// names the replies given and the best ones missed).
    Summary,
    /// All but the turns' commentary (feedback, best reply missed, principles): what
    /// the xAPI statements need.
    Statements,
}

thread_local! {
    // Set for the length of one `from_json_bytes_as` call on this thread.
    pub(super) static READING: std::cell::Cell<Reading> = const { std::cell::Cell::new(Reading::Whole) };
}

/// Whether this read skips the turns' commentary.
fn without_commentary() -> bool {
    READING.get() != Reading::Whole
}

/// A turn's commentary, or nothing (unread) unless the card is read whole.
fn commentary<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    if without_commentary() {
        serde::de::IgnoredAny::deserialize(d).map(|_| String::new())
    } else {
        String::deserialize(d)
    }
}

/// The best reply missed, or nothing (unread) for the statements, which do not name it.
fn optional_commentary<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    if READING.get() == Reading::Statements {
        serde::de::IgnoredAny::deserialize(d).map(|_| None)
    } else {
        Option::<String>::deserialize(d)
    }
}

/// The evidence of own words, or nothing (unread) for a summary, which does not show it.
fn evidence<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Evidence>, D::Error> {
    if READING.get() == Reading::Summary {
        serde::de::IgnoredAny::deserialize(d).map(|_| Vec::new())
    } else {
        Vec::<Evidence>::deserialize(d)
    }
}

/// The replies on offer, or nothing (unread) for a summary, which does not list them.
fn offered<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    if READING.get() == Reading::Summary {
        serde::de::IgnoredAny::deserialize(d).map(|_| Vec::new())
    } else {
        Vec::<String>::deserialize(d)
    }
}

/// A principle, or nothing (unread) for the statements, which do not name it.
fn principle<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<PrincipleRef>, D::Error> {
    if READING.get() == Reading::Statements {
        serde::de::IgnoredAny::deserialize(d).map(|_| None)
    } else {
        Option::<PrincipleRef>::deserialize(d)
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
        // The nearest reply to words that matched none: the first of the closest.
        let nearest = |closeness: &[u8]| {
            // Words with nothing in common with any reply have no nearest one.
            let top = closeness.iter().copied().max().filter(|&c| c > 0)?;
            let k = closeness.iter().position(|&c| c == top)?;
            replies.get(k).map(|r| r.text.clone())
        };
        let typed = t.typed.as_ref().map(|typed| Typed {
            taken_as: chosen.map(|r| r.text.clone()),
            closeness: match t.reply {
                Some(k) => typed.closeness.get(k).copied().unwrap_or(0),
                None => typed.closeness.iter().copied().max().unwrap_or(0),
            },
            nearest: match t.reply {
                Some(_) => None,
                None => nearest(&typed.closeness),
            },
            needed: crate::rubric::MATCH_THRESHOLD,
            rubric: RubricScores::of(&typed.assessment),
            moved: typed.moved.map(Moved::of),
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
        // The authored feedback speaks for typed words only when they are that reply.
        let told = chosen.filter(|_| typed.as_ref().is_none_or(Typed::certain));
        // Other typed words are explained by their strongest signal.
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
            feedback: told.map(|r| r.feedback.clone()).unwrap_or_default(),
            principle: told
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
            offered: replies.iter().map(|r| r.text.clone()).collect(),
            best_reply: best.map(|b| b + 1),
            interrupted: t.conduct.interrupted,
            hint: t.conduct.hint,
            mood_before: t.mood_before,
            mood_after: t.mood_after,
            answered,
            spoken: None,
        }
    }
}
