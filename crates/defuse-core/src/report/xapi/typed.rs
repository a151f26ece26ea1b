//! The statements of a session as typed values that borrow the scorecard, for exports of
//! a whole folder: no `serde_json::Value` is built. Every object's keys are written in
//! sorted order, so the text is byte for byte what serialising the `Value`s of
//! `xapi::statements` gives (a `serde_json::Map` keeps its keys sorted).

use super::{
    ABANDONED, ANSWERED, COMPLETED, FAILED, INTERACTION, LAUNCHED, PASSED, SIMULATION, key,
    normalise_base, round, segment, statement_id,
};
use crate::model::Criterion;
use crate::scorecard::{Scorecard, Turn};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// One statement.
#[derive(Serialize)]
pub struct Statement<'a> {
    actor: &'a Actor<'a>,
    context: Context<'a>,
    id: String,
    object: Object<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<Outcome<'a>>,
    timestamp: String,
    verb: Verb,
}

/// The trainee, named by exactly one identifier as xAPI asks: their e-mail where the roster
/// has one, else an account whose name is their stable id.
#[derive(Serialize)]
pub struct Actor<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    account: Option<Account<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mbox: Option<String>,
    name: &'a str,
    #[serde(rename = "objectType")]
    object_type: &'static str,
}

#[derive(Serialize)]
struct Account<'a> {
    #[serde(rename = "homePage")]
    home_page: String,
    name: &'a str,
}

#[derive(Serialize)]
struct Context<'a> {
    #[serde(rename = "contextActivities", skip_serializing_if = "Option::is_none")]
    context_activities: Option<Parents<'a>>,
    extensions: One<'a, &'a str>,
    language: &'a str,
    platform: &'a str,
    registration: &'a str,
}

#[derive(Serialize)]
struct Parents<'a> {
    parent: [Parent<'a>; 1],
}

#[derive(Serialize)]
struct Parent<'a> {
    id: &'a str,
    #[serde(rename = "objectType")]
    object_type: &'static str,
}

#[derive(Serialize)]
struct Object<'a> {
    definition: Definition<'a>,
    id: &'a str,
    #[serde(rename = "objectType")]
    object_type: &'static str,
}

#[derive(Serialize)]
struct Definition<'a> {
    /// A choice decision's replies, each with its text.
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<Vec<Choice<'a>>>,
    /// The best reply, as the one correct response.
    #[serde(
        rename = "correctResponsesPattern",
        skip_serializing_if = "Option::is_none"
    )]
    correct_responses_pattern: Option<[String; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<One<'a, &'a str>>,
    #[serde(rename = "interactionType", skip_serializing_if = "Option::is_none")]
    interaction_type: Option<&'static str>,
    name: One<'a, &'a str>,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// One reply on offer, as xAPI's interaction components list it.
#[derive(Serialize)]
struct Choice<'a> {
    description: One<'a, &'a str>,
    id: String,
}

/// A map of one entry: a language map, or an extension.
struct One<'a, V>(&'a str, V);

impl<V: Serialize> Serialize for One<'_, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.0, &self.1)?;
        map.end()
    }
}

#[derive(Serialize)]
struct Verb {
    display: Display,
    id: &'static str,
}

#[derive(Serialize)]
struct Display {
    #[serde(rename = "en-US")]
    en_us: &'static str,
}

#[derive(Serialize)]
struct Score {
    max: i32,
    min: i32,
    raw: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    scaled: Option<f64>,
}

/// A statement's result.
#[derive(Serialize)]
struct Outcome<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    completion: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    duration: Option<String>,
    extensions: Extensions<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    success: Option<bool>,
}

/// A result's extensions, their IRIs in sorted order (they share the base).
enum Extensions<'a> {
    /// A decision: its criteria, delivery when shared, hint, interruption, mood, and for
    /// own words their evidence.
    Turn { base: &'a str, turn: &'a Turn },
    /// The session: percent per tested criterion, and why it failed.
    Session { base: &'a str, card: &'a Scorecard },
}

impl Serialize for Extensions<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match self {
            Extensions::Turn { base, turn } => {
                map.serialize_entry(&format!("{base}extensions/criteria"), &Points(turn))?;
                if let Some(spoken) = &turn.spoken {
                    let evidence =
                        serde_json::to_value(&spoken.delivery.evidence).unwrap_or_default();
                    map.serialize_entry(
                        &format!("{base}extensions/delivery"),
                        &Delivery {
                            calm_tone: spoken.delivery.calm_tone,
                            calm_tone_with_voice: spoken.calm_tone,
                            evidence,
                        },
                    )?;
                }
                map.serialize_entry(&format!("{base}extensions/hint"), &turn.hint)?;
                map.serialize_entry(&format!("{base}extensions/interrupted"), &turn.interrupted)?;
                map.serialize_entry(
                    &format!("{base}extensions/mood"),
                    &Mood {
                        after: turn.mood_after,
                        before: turn.mood_before,
                    },
                )?;
                // Own words: what they were taken as, the rubric's scores and every signal
                // with the words that set it off.
                if let Some(typed) = &turn.typed {
                    map.serialize_entry(&format!("{base}extensions/own-words"), typed)?;
                }
            }
            Extensions::Session { base, card } => {
                map.serialize_entry(&format!("{base}extensions/criteria"), &Percents(card))?;
                // Why a failed session failed: the ending that fails the run, or the pass
                // mark not reached.
                if let Some(failure) = card.failure() {
                    map.serialize_entry(&format!("{base}extensions/failure"), &failure)?;
                }
            }
        }
        map.end()
    }
}

#[derive(Serialize)]
struct Delivery {
    calm_tone: u8,
    calm_tone_with_voice: u8,
    evidence: serde_json::Value,
}

#[derive(Serialize)]
struct Mood {
    after: i32,
    before: i32,
}

#[derive(Serialize)]
struct Earned {
    earned: i32,
    possible: i32,
}

/// Points earned and on offer per criterion, by criterion key in sorted order.
struct Points<'a>(&'a Turn);

impl Serialize for Points<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        for c in sorted() {
            let earned = Earned {
                earned: self.0.scores.get(c),
                possible: self.0.best.get(c),
            };
            map.serialize_entry(key(c), &earned)?;
        }
        map.end()
    }
}

/// Percent per tested criterion, by criterion key in sorted order.
struct Percents<'a>(&'a Scorecard);

impl Serialize for Percents<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for c in sorted() {
            if let Some(p) = self.0.get(c) {
                map.serialize_entry(key(c), &p)?;
            }
        }
        map.end()
    }
}

/// The criteria in the order of their keys.
fn sorted() -> [Criterion; 4] {
    let mut all = Criterion::ALL;
    all.sort_by_key(|&c| key(c));
    all
}

fn verb(id: &'static str) -> Verb {
    Verb {
        display: Display {
            en_us: id.rsplit('/').next().unwrap_or(id),
        },
        id,
    }
}

/// What every statement of a session shares: who, where, and the session's activity.
pub struct Session<'a> {
    card: &'a Scorecard,
    base: String,
    actor: Actor<'a>,
    platform: String,
    registration: String,
    scenario_id: String,
    sha_key: String,
    decisions: Vec<String>,
}

impl<'a> Session<'a> {
    /// The shared parts of `card`'s statements; `base` as the export was asked for.
    pub fn new(card: &'a Scorecard, base: &str) -> Session<'a> {
        let base = normalise_base(base);
        let scenario_id = format!("{base}scenarios/{}", segment(&card.scenario.id));
        let decisions = card
            .turns
            .iter()
            .map(|turn| format!("{scenario_id}/decisions/{}", segment(&turn.node)))
            .collect();
        Session {
            card,
            sha_key: format!("{base}extensions/scenario-sha256"),
            decisions,
            actor: Actor {
                account: card.trainee_email.is_none().then(|| Account {
                    home_page: base.clone(),
                    // Scorecards from before the roster have no id: the name stands in.
                    name: card.trainee_id.as_deref().unwrap_or(card.trainee.trim()),
                }),
                mbox: card.trainee_email.as_ref().map(|e| format!("mailto:{e}")),
                name: &card.trainee,
                object_type: "Agent",
            },
            platform: format!("Defuse {}", card.defuse_version),
            registration: card.id.to_string(),
            scenario_id,
            base,
        }
    }

    /// Every statement of the session, in order.
    pub fn statements(&'a self) -> Vec<Statement<'a>> {
        let card = self.card;
        let base = self.base.as_str();
        let sha_key = self.sha_key.as_str();
        let scenario = || Object {
            definition: Definition {
                choices: None,
                correct_responses_pattern: None,
                description: None,
                interaction_type: None,
                name: One(&card.language, &card.scenario.title),
                kind: SIMULATION,
            },
            id: &self.scenario_id,
            object_type: "Activity",
        };
        let mut out: Vec<Statement<'a>> = Vec::new();
        let mut push = |verb_id: &'static str,
                        object: Object<'a>,
                        result: Option<Outcome<'a>>,
                        at: jiff::Timestamp,
                        parent: bool| {
            let k = out.len();
            out.push(Statement {
                actor: &self.actor,
                context: Context {
                    context_activities: parent.then(|| Parents {
                        parent: [Parent {
                            id: &self.scenario_id,
                            object_type: "Activity",
                        }],
                    }),
                    extensions: One(sha_key, &card.scenario.sha256),
                    language: &card.language,
                    platform: &self.platform,
                    registration: &self.registration,
                },
                id: statement_id(card.id, k).to_string(),
                object,
                result,
                timestamp: at.to_string(),
                verb: verb(verb_id),
            });
        };
        push(LAUNCHED, scenario(), None, card.started, false);
        for (turn, id) in card.turns.iter().zip(&self.decisions) {
            let max = turn.best.total();
            let raw = turn.scores.total().min(max);
            let result = Outcome {
                completion: None,
                duration: None,
                extensions: Extensions::Turn { base, turn },
                // Typed words are the response itself; a choice is named by its number.
                response: Some(match &turn.typed {
                    Some(_) => turn.reply_text.clone(),
                    None => format!("reply-{}", turn.reply),
                }),
                score: Some(Score {
                    max,
                    min: 0,
                    raw,
                    scaled: (max > 0).then(|| round(f64::from(raw) / f64::from(max))),
                }),
                success: None,
            };
            // A choice lists its replies and names the best as the correct response; own
            // words are a long fill-in, whose evidence is in the result's extensions. Older
            // scorecards, which did not keep the replies on offer, name none.
            let typed = turn.typed.is_some();
            let choices = (!typed && !turn.offered.is_empty()).then(|| {
                turn.offered
                    .iter()
                    .enumerate()
                    .map(|(k, text)| Choice {
                        description: One(&card.language, text),
                        id: format!("reply-{}", k + 1),
                    })
                    .collect()
            });
            let object = Object {
                definition: Definition {
                    correct_responses_pattern: choices
                        .as_ref()
                        .and(turn.best_reply)
                        .map(|b| [format!("reply-{b}")]),
                    choices,
                    // The customer's words name the decision: what a dashboard shows.
                    description: Some(One(&card.language, &turn.customer_line)),
                    interaction_type: Some(if typed { "long-fill-in" } else { "choice" }),
                    name: One(&card.language, &turn.customer_line),
                    kind: INTERACTION,
                },
                id,
                object_type: "Activity",
            };
            let at = turn.answered.unwrap_or(card.ended);
            push(ANSWERED, object, Some(result), at, true);
        }
        let finished = |success: Option<bool>| Outcome {
            completion: Some(!card.is_abandoned()),
            duration: Some(format!(
                "PT{}S",
                (card.ended.as_second() - card.started.as_second()).max(0)
            )),
            extensions: Extensions::Session { base, card },
            response: None,
            // An abandoned session has no overall score.
            score: card.overall.map(|overall| Score {
                max: 100,
                min: 0,
                raw: i32::from(overall),
                scaled: Some(round(f64::from(overall) / 100.0)),
            }),
            success,
        };
        if card.is_abandoned() {
            push(
                ABANDONED,
                scenario(),
                Some(finished(None)),
                card.ended,
                false,
            );
        } else {
            let verdict = if card.passed { PASSED } else { FAILED };
            push(
                COMPLETED,
                scenario(),
                Some(finished(Some(card.passed))),
                card.ended,
                false,
            );
            push(
                verdict,
                scenario(),
                Some(finished(Some(card.passed))),
                card.ended,
                false,
            );
        }
        out
    }
}
