//! The scorecard: the permanent record of one session, written when a conversation ends
//! (or is abandoned) and read back by the manager's review and the reports.
//!
//! It keeps the texts as the trainee saw them (in the session's language), so a session
//! reads back exactly as its debrief showed it even after the scenario is edited; the
//! scenario file's hash tells an edited scenario apart.

use crate::conversation::Conversation;
use crate::model::{Criterion, Node, Outcome};
use crate::scoring::CriterionResult;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
pub use uuid::Uuid;

mod turn;
use turn::READING;
pub use turn::{Evidence, Moved, PrincipleRef, Reading, RubricScores, Spoken, Taken, Turn, Typed};

/// The version of the scorecard format this build writes. Readers accept every version
/// up to this one; fields added in later versions carry defaults, so older files load.
pub const SCHEMA: u32 = 1;

/// The record of one session, as saved to its JSON file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    /// The format version the file was written in (`SCHEMA` then); a newer one than this build
    /// reads is refused with a message.
    pub schema: u32,
    /// Unique per session: part of the file name, and the seed of the xAPI statement ids.
    pub id: uuid::Uuid,
    /// The trainee's name as they gave it: reports match it without regard to case, and it is
    /// part of the file name. Reports show the roster's name for the trainee instead.
    pub trainee: String,
    /// The trainee's stable id in the data folder's roster (`roster.json`); absent in
    /// scorecards written before the roster, which the roster finds by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainee_id: Option<String>,
    /// The trainee's e-mail from the roster, for the learning record store; never saved in
    /// the scorecard itself.
    #[serde(skip)]
    pub trainee_email: Option<String>,
    /// The scenario played, as it stood then.
    pub scenario: ScenarioRef,
    /// The language the session was played in (`en`, `hu`, `pl`, `he`).
    pub language: String,
    /// The seed the session ran with: with it, `defuse play --seed` lists the replies in
    /// the same order and picks the same line variants. Absent in older scorecards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// False when the replies were listed in the file's order (a trainer's playtest).
    #[serde(default = "older_cards_were_unshuffled")]
    pub shuffled: bool,
    /// When the session began.
    pub started: jiff::Timestamp,
    /// When the session reached its ending or was abandoned.
    pub ended: jiff::Timestamp,
    /// Whether the conversation reached an ending or was left before one.
    pub status: Status,
    /// The ending reached; absent when the session was abandoned.
    #[serde(default)]
    pub ending: Option<Ending>,
    /// Every decision answered, in order, as the debrief showed it.
    pub turns: Vec<Turn>,
    /// The result on each of the four criteria, in the order of `Criterion::ALL`.
    pub criteria: Vec<CriterionResult>,
    /// The mean of the criteria that were tested, 0–100; `None` for an abandoned session,
    /// whose score so far measures a few replies, not the conversation.
    pub overall: Option<u8>,
    /// The overall score (0–100) the scenario asked for to pass, at the time.
    pub pass_mark: i32,
    /// Whether the session passed: it reached an ending that does not fail the run, with an
    /// overall score at or above the pass mark.
    pub passed: bool,
    /// The customer's mood when the session ended.
    pub final_mood: i32,
    /// The Defuse version that wrote the file.
    pub defuse_version: String,
    /// The trainee chose to share how their replies sounded (`Turn::spoken`) with their
    /// manager; otherwise reports, the manager's screens and xAPI never see it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub voice_shared: bool,
    /// Present when the session was not a full, normal one (a trainer's playtest from the
    /// middle, at a set mood, in the file's order, or of a scenario edited while played):
    /// reports show it apart and leave it out of pass rates and averages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice_run: Option<PracticeRun>,
    /// The expert setting was on: replies were never listed, every answer was own words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub expert: bool,
}

/// What made a session a practice run rather than a full, normal one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeRun {
    /// It started at this node rather than at the scenario's start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// It started at this mood rather than the customer's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<i32>,
    /// The replies were listed in the file's order, not shuffled.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_file_order: bool,
    /// The scenario was edited and reloaded while it was played (the trainers' studio).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub edited: bool,
}

impl PracticeRun {
    /// What makes `conversation` a practice run rather than a full, normal session: a start
    /// elsewhere than the scenario's, another mood, the file's order. `None` for a normal one.
    pub fn of(conversation: &Conversation) -> Option<PracticeRun> {
        let scenario = &conversation.story().scenario;
        let (from, mood) = conversation.began();
        let run = PracticeRun {
            from: (from != scenario.start).then(|| from.to_owned()),
            mood: (mood != scenario.customer.mood).then_some(mood),
            in_file_order: !conversation.shuffled(),
            edited: false,
        };
        (run != PracticeRun::default()).then_some(run)
    }
}

/// Why a finished session failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Failure {
    /// It reached an ending that fails the run, whatever the score.
    Ending {
        /// Id of the ending node.
        node: String,
        /// What kind of ending it was.
        outcome: Outcome,
    },
    /// The overall score stayed below the pass mark.
    BelowPassMark {
        /// The session's overall score.
        overall: u8,
        /// The scenario's pass mark.
        pass_mark: i32,
    },
}

/// Which scenario a session played, as the card keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioRef {
    /// The scenario's id (kept the same as its file's name), which reports filter by.
    pub id: String,
    /// The title in the session's language.
    pub title: String,
    /// The customer's name, as the scenario gave it.
    pub customer: String,
    /// SHA-256 of the exact scenario file, in hex: an edited scenario gets another hash.
    pub sha256: String,
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The conversation reached an ending.
    Finished,
    /// The trainee left (or the program stopped) before an ending.
    Abandoned,
}

/// The ending a finished session reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ending {
    /// Id of the ending node reached.
    pub node: String,
    /// What kind of ending it was (resolved, escalated, the customer left...).
    pub outcome: Outcome,
    /// What happened next, as the debrief told the trainee.
    pub summary: String,
    /// The ending fails the run on its own, whatever the score.
    #[serde(default)]
    pub fails: bool,
}

fn older_cards_were_unshuffled() -> bool {
    // Scorecards written before replies were shuffled listed them in the file's order.
    false
}

/// SHA-256 of a scenario file's text, in lower-case hex.
pub fn scenario_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Who played, in which language and when: what the conversation itself does not know.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    /// The trainee's name as they gave it, kept in the scorecard.
    pub trainee: String,
    /// The language the session is played in (`en`, `hu`, `pl`, `he`).
    pub language: String,
    /// When the session began.
    pub started: jiff::Timestamp,
    /// When each reply was given, in order (may be shorter than the turns).
    pub answered: Vec<jiff::Timestamp>,
    /// The expert setting: replies are never listed, every decision takes own words.
    pub expert: bool,
}

impl Scorecard {
    /// The record of a conversation as it stands: finished when it reached an ending,
    /// abandoned otherwise.
    pub fn from_conversation(
        conversation: &Conversation,
        info: &SessionInfo,
        ended: jiff::Timestamp,
    ) -> Scorecard {
        let story = conversation.story();
        let scenario = &story.scenario;
        let summary = conversation.summary();
        let turns = conversation
            .turns()
            .iter()
            .enumerate()
            .map(|(k, t)| Turn::from_record(story, t, info.answered.get(k).copied()))
            .collect();
        let ending = if conversation.is_over() {
            match story
                .find(conversation.current_node())
                .map(|i| story.node(i))
            {
                Some(Node::Ending {
                    id,
                    outcome,
                    summary,
                    fails,
                    ..
                }) => Some(Ending {
                    node: id.clone(),
                    outcome: outcome.clone(),
                    summary: summary.clone(),
                    fails: *fails,
                }),
                _ => None,
            }
        } else {
            None
        };
        Scorecard {
            schema: SCHEMA,
            id: uuid::Uuid::new_v4(),
            trainee: info.trainee.clone(),
            trainee_id: None,
            trainee_email: None,
            scenario: ScenarioRef {
                id: scenario.id.clone(),
                title: scenario.title.clone(),
                customer: scenario.customer.name.clone(),
                sha256: scenario_hash(&story.source.text),
            },
            language: info.language.clone(),
            seed: Some(conversation.seed()),
            shuffled: conversation.shuffled(),
            started: info.started,
            ended,
            status: if ending.is_some() {
                Status::Finished
            } else {
                Status::Abandoned
            },
            ending,
            turns,
            criteria: summary.criteria,
            overall: conversation.is_over().then_some(summary.overall),
            pass_mark: summary.pass_mark,
            // An abandoned session never passes, whatever it scored so far.
            passed: summary.passed && conversation.is_over(),
            final_mood: conversation.mood(),
            defuse_version: env!("CARGO_PKG_VERSION").to_owned(),
            voice_shared: false,
            practice_run: PracticeRun::of(conversation),
            expert: info.expert,
        }
    }

    /// Why the session failed; `None` when it passed or was abandoned.
    pub fn failure(&self) -> Option<Failure> {
        if self.passed || self.is_abandoned() {
            return None;
        }
        match (&self.ending, self.overall) {
            (Some(ending), _) if ending.fails => Some(Failure::Ending {
                node: ending.node.clone(),
                outcome: ending.outcome.clone(),
            }),
            (_, Some(overall)) => Some(Failure::BelowPassMark {
                overall,
                pass_mark: self.pass_mark,
            }),
            _ => None,
        }
    }

    /// The card as JSON for a report: the card itself and, for a failed session, why it
    /// failed (`failure`: the ending that fails the run, or the pass mark not reached).
    pub fn to_report_value(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        if let (Some(failure), Some(map)) = (self.failure(), value.as_object_mut()) {
            map.insert(
                "failure".into(),
                serde_json::to_value(failure).unwrap_or_default(),
            );
        }
        value
    }

    /// Whether the session counts toward pass rates and averages: finished, and a full,
    /// normal session rather than a practice run.
    pub fn counts(&self) -> bool {
        !self.is_abandoned() && self.practice_run.is_none()
    }

    /// How many of the decisions were answered in the trainee's own words.
    pub fn own_words(&self) -> usize {
        self.turns.iter().filter(|t| t.typed.is_some()).count()
    }

    /// The card as others may see it: how the replies sounded is the trainee's own, unless
    /// they shared it.
    pub fn for_manager(mut self) -> Scorecard {
        if !self.voice_shared {
            for turn in &mut self.turns {
                turn.spoken = None;
            }
        }
        self
    }

    /// Calm tone over the session with the spoken replies' delivery counted in, for the
    /// trainee's own debrief; `None` when no reply was said aloud.
    pub fn calm_tone_with_voice(&self) -> Option<u8> {
        if self.turns.iter().all(|t| t.spoken.is_none()) {
            return None;
        }
        // Each spoken turn counts its combined percentage of the turn's best calm tone.
        let (mut sum, mut top) = (0.0, 0.0);
        for t in &self.turns {
            let best = f64::from(t.best.calm_tone.max(0));
            sum += match &t.spoken {
                Some(s) => f64::from(s.calm_tone) / 100.0 * best,
                None => f64::from(t.scores.calm_tone.max(0)),
            };
            top += best;
        }
        Some(if top > 0.0 {
            (sum / top * 100.0).round().min(100.0) as u8
        } else {
            0
        })
    }

    /// True when the trainee left (or the program stopped) before an ending.
    pub fn is_abandoned(&self) -> bool {
        self.status == Status::Abandoned
    }

    /// 0–100 on one criterion, or `None` when no decision tested it.
    pub fn get(&self, criterion: Criterion) -> Option<u8> {
        self.criteria
            .iter()
            .find(|c| c.criterion == criterion)
            .and_then(|c| c.percent)
    }

    /// Decisions answered before the customer finished.
    pub fn interruptions(&self) -> usize {
        self.turns.iter().filter(|t| t.interrupted).count()
    }

    /// Decisions at which the trainee took the hint (each cost a point on every criterion).
    pub fn hints(&self) -> usize {
        self.turns.iter().filter(|t| t.hint).count()
    }

    /// Pretty JSON: readable in an editor, and what every other tool reads.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a scorecard always serialises")
    }

    /// Reads a scorecard, with a message that says what is wrong and where.
    pub fn from_json(text: &str) -> Result<Scorecard, String> {
        Scorecard::from_json_bytes(text.as_bytes())
    }

    /// The same from a file's bytes.
    pub fn from_json_bytes(text: &[u8]) -> Result<Scorecard, String> {
        Scorecard::from_json_bytes_as(text, Reading::Whole)
    }

    /// The same, reading the whole card or only what a summary needs.
    pub fn from_json_bytes_as(text: &[u8], reading: Reading) -> Result<Scorecard, String> {
        // One check of the whole file is faster than serde_json's check of every string.
        let Ok(text) = std::str::from_utf8(text) else {
            return Err("not a text file (not UTF-8)".to_owned());
        };
        READING.set(reading);
        let parsed = serde_json::from_str::<Scorecard>(text);
        READING.set(Reading::Whole);
        match parsed {
            Ok(card) if card.schema > SCHEMA => Err(newer(card.schema)),
            Ok(mut card) => {
                // Older builds saved an abandoned session's score so far as its overall.
                if card.is_abandoned() {
                    card.overall = None;
                }
                Ok(card)
            }
            Err(err) => {
                // A newer format may fail to parse as this one: say so rather than
                // blaming the field that changed.
                #[derive(Deserialize)]
                struct Version {
                    schema: u32,
                }
                if let Ok(Version { schema }) = serde_json::from_str::<Version>(text)
                    && schema > SCHEMA
                {
                    return Err(newer(schema));
                }
                if err.is_syntax() || err.is_eof() {
                    Err(format!(
                        "not a readable JSON file (line {}, column {}): {err}",
                        err.line(),
                        err.column()
                    ))
                } else {
                    Err(format!("not a Defuse scorecard: {err}"))
                }
            }
        }
    }
}

fn newer(schema: u32) -> String {
    format!("written by a newer Defuse (scorecard format {schema}; this one reads up to {SCHEMA})")
}
