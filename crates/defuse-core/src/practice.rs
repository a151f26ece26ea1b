//! A practice session: one conversation and everything around it, as the terminal and the
//! window both run it. What to show now, an answer given (a number as shown, or the
//! trainee's own words, scored by the session language's rubric), the turn as the
//! trainee is told it, and at the end the scorecard, saved crash-safely and queued for
//! the learning record store in one call.
//!
//! Reply numbers are 1-based and as shown only where a person reads or types them
//! ([`Answer::Number`], [`Told::shown`]); everywhere else a reply is its place in the
//! file, 0-based ([`TurnRecord::reply`]).

use crate::conversation::{Answer, ChoiceError, Conduct, Conversation, TurnRecord};
use crate::problem::Problem;
use crate::rubric::Rubric;
use crate::scorecard::{Scorecard, SessionInfo, Spoken, Turn};
use crate::store::Store;
use crate::story::Story;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The rubric of each session language, read once when first needed and shared by every
/// session of a run. A rubric that cannot be read is kept as its problems.
#[derive(Clone)]
pub struct Rubrics {
    locales: PathBuf,
    loaded: Arc<Mutex<HashMap<String, Loaded>>>,
}

/// A language's rubric, or the problems of its file.
type Loaded = Result<Arc<Rubric>, Vec<Problem>>;

impl Rubrics {
    /// Rubrics read from `locales/<lang>/rubric.ron`.
    pub fn new(locales: impl Into<PathBuf>) -> Rubrics {
        Rubrics {
            locales: locales.into(),
            loaded: Arc::default(),
        }
    }

    /// The rubric of `lang`, or what is wrong with its file.
    pub fn get(&self, lang: &str) -> Result<Arc<Rubric>, Vec<Problem>> {
        let mut loaded = self.loaded.lock().unwrap_or_else(|e| e.into_inner());
        loaded
            .entry(lang.to_owned())
            .or_insert_with(|| Rubric::for_language(&self.locales, lang).map(Arc::new))
            .clone()
    }
}

/// Why an answer was not taken. Nothing changes in the session when it is not.
#[derive(Debug, Clone)]
pub enum AnswerError {
    /// No decision is waiting (the customer is still talking, or the story has ended).
    NotAwaiting,
    /// Own words with nothing in them.
    Empty,
    /// No reply is listed under this number (1-based, as shown).
    NoSuchReply {
        /// The decision's node id.
        node: String,
        /// The number given.
        number: usize,
        /// How many replies are listed.
        available: usize,
    },
    /// The session language's rubric could not be read, so own words cannot be scored.
    Rubric(Vec<Problem>),
    /// The words are clearly in another language than the session's (`en`, `hu`, `pl`,
    /// `he`): the trainee is told, and nothing is scored.
    OtherLanguage(&'static str),
    /// A reply number where the decision (or the expert setting) wants own words: a
    /// number would bypass what the decision tests.
    OwnWordsOnly,
}

/// A decision waiting for the trainee.
#[derive(Debug, Clone)]
pub struct Prompt<'a> {
    /// The decision's node id.
    pub node: &'a str,
    /// Its replies, in the order shown (number 1 first).
    pub replies: Vec<&'a crate::model::Reply>,
    /// The decision's hint, if it has one.
    pub hint: Option<&'a str>,
    /// The decision wants the trainee's own words: its replies are not listed.
    pub typed: bool,
}

/// An answer taken: the turn as the debrief and the scorecard tell it.
#[derive(Debug, Clone)]
pub struct Told {
    /// The conversation's record of the turn.
    pub record: TurnRecord,
    /// The turn as told: the reply or own words, what they were taken as, scores, mood,
    /// feedback, principle and evidence.
    pub turn: Turn,
    /// The number the reply taken was shown under (0 when the words matched none).
    pub shown: usize,
}

/// A conversation being practised, and the session around it.
pub struct Practice {
    conversation: Conversation,
    info: SessionInfo,
    rubrics: Rubrics,
    /// The hint was taken at the current decision.
    hint: bool,
    /// How each answered reply sounded, when said aloud (voice practice).
    spoken: Vec<Option<Spoken>>,
    /// The scenario was edited and reloaded during the session (the trainers' studio).
    edited: bool,
}

impl Practice {
    /// A session of `conversation` for the trainee and language of `info`.
    pub fn new(conversation: Conversation, info: SessionInfo, rubrics: Rubrics) -> Practice {
        // The authored replies and their wordings are read now, not at the first answer in
        // the trainee's own words. A rubric that cannot be read is told at that answer.
        if let Ok(rubric) = rubrics.get(&info.language) {
            rubric.prepare(&conversation.story().scenario);
        }
        Practice {
            conversation,
            info,
            rubrics,
            hint: false,
            spoken: Vec::new(),
            edited: false,
        }
    }

    /// The conversation, to read what happened and what is next.
    pub fn conversation(&self) -> &Conversation {
        &self.conversation
    }

    /// The conversation, to draw the customer's next lines from it.
    pub fn conversation_mut(&mut self) -> &mut Conversation {
        &mut self.conversation
    }

    /// The story being played.
    pub fn story(&self) -> &Arc<Story> {
        self.conversation.story()
    }

    /// Who plays, in which language, since when.
    pub fn info(&self) -> &SessionInfo {
        &self.info
    }

    /// Whether the hint was taken at the current decision.
    pub fn hint_taken(&self) -> bool {
        self.hint
    }

    /// The trainee takes the current decision's hint: it costs a point on every criterion
    /// of this decision. Nothing happens when no decision is waiting.
    pub fn take_hint(&mut self) {
        if self.conversation.awaiting_choice() {
            self.hint = true;
        }
    }

    /// The decision waiting for the trainee, if one is.
    pub fn prompt(&self) -> Option<Prompt<'_>> {
        if !self.conversation.awaiting_choice() {
            return None;
        }
        let story = self.story();
        let node = story.node(story.find(self.conversation.current_node())?);
        let crate::model::Node::Turn {
            id,
            replies,
            hint,
            typed,
            ..
        } = node
        else {
            return None;
        };
        Some(Prompt {
            node: id,
            replies: self
                .conversation
                .order()
                .iter()
                .filter_map(|&k| replies.get(k))
                .collect(),
            hint: hint.as_deref(),
            typed: *typed,
        })
    }

    /// Whether `answer` would be taken now, without taking it.
    pub fn check(&self, answer: &Answer) -> Result<(), AnswerError> {
        if !self.conversation.awaiting_choice() {
            return Err(AnswerError::NotAwaiting);
        }
        match answer {
            Answer::Number(_) if self.info.expert || self.prompt().is_some_and(|p| p.typed) => {
                Err(AnswerError::OwnWordsOnly)
            }
            Answer::Number(number) if self.conversation.listed(*number).is_none() => {
                Err(AnswerError::NoSuchReply {
                    node: self.conversation.current_node().to_owned(),
                    number: *number,
                    available: self.conversation.order().len(),
                })
            }
            Answer::Words(words) if words.trim().is_empty() => Err(AnswerError::Empty),
            Answer::Words(words) => {
                match crate::rubric::other_language(words, &self.info.language) {
                    Some(found) => Err(AnswerError::OtherLanguage(found)),
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }

    /// Gives an answer at the current decision: a number as shown, or own words. The
    /// turn is recorded at `now` and told; the story moves on to its next line.
    pub fn answer(
        &mut self,
        answer: &Answer,
        interrupted: bool,
        now: jiff::Timestamp,
    ) -> Result<Told, AnswerError> {
        self.check(answer)?;
        let conduct = Conduct {
            interrupted,
            hint: self.hint,
        };
        let result = match answer {
            Answer::Number(number) => {
                let k = self.conversation.listed(*number).expect("checked");
                self.conversation.choose_with(k, conduct)
            }
            Answer::Words(words) => {
                let rubric = self
                    .rubrics
                    .get(&self.info.language)
                    .map_err(AnswerError::Rubric)?;
                self.conversation
                    .answer_in_words(words.trim(), &rubric, conduct)
            }
        };
        let record = match result {
            Ok(record) => record.clone(),
            Err(ChoiceError::NoSuchReply {
                node, available, ..
            }) => {
                let number = match answer {
                    Answer::Number(n) => *n,
                    Answer::Words(_) => 0,
                };
                return Err(AnswerError::NoSuchReply {
                    node,
                    number,
                    available,
                });
            }
            Err(ChoiceError::NotAwaitingChoice) => return Err(AnswerError::NotAwaiting),
        };
        self.info.answered.push(now);
        self.spoken.push(None);
        self.hint = false;
        // The order shown is still this decision's until the next line is drawn.
        let shown = record
            .reply
            .and_then(|k| self.conversation.number_of(k))
            .unwrap_or(0);
        let turn = Turn::from_record(self.story(), &record, Some(now));
        Ok(Told {
            record,
            turn,
            shown,
        })
    }

    /// Records how the `k`-th answered reply sounded (voice practice).
    pub fn set_spoken(&mut self, k: usize, spoken: Spoken) {
        if let Some(slot) = self.spoken.get_mut(k) {
            *slot = Some(spoken);
        }
    }

    /// How each answered reply sounded, when said aloud.
    pub fn spoken(&self) -> &[Option<Spoken>] {
        &self.spoken
    }

    /// Carries on from the same place in an edited story (a trainer's live preview):
    /// the turns so far stay, the session goes on in `conversation`.
    pub fn replace_conversation(&mut self, conversation: Conversation) {
        self.conversation = conversation;
        self.hint = false;
        self.edited = true;
    }

    /// The scorecard as the session stands, ended at `ended`: finished when the story
    /// reached an ending, abandoned otherwise.
    pub fn scorecard(&self, ended: jiff::Timestamp) -> Scorecard {
        let mut card = Scorecard::from_conversation(&self.conversation, &self.info, ended);
        for (turn, spoken) in card.turns.iter_mut().zip(&self.spoken) {
            turn.spoken = spoken.clone();
        }
        if self.edited {
            card.practice_run.get_or_insert_default().edited = true;
        }
        card
    }

    /// Makes the scorecard and saves it crash-safely in `store`; with an LRS configured,
    /// also queues its statements for sending.
    pub fn save(
        &self,
        store: &Store,
        lrs: Option<&crate::lrs::Config>,
        ended: jiff::Timestamp,
    ) -> Saved {
        let mut card = self.scorecard(ended);
        // Who the trainee is: the roster's id, added on their first session. A roster that
        // cannot be read or written leaves the card without an id (found by name later);
        // the session itself is saved whatever happens.
        let roster = crate::roster::Roster::read(store).and_then(|mut roster| {
            let (id, added) = roster.enrol(&card.trainee);
            if added {
                roster.write(store)?;
            }
            if let Some(p) = roster.find(&id) {
                card.trainee_email.clone_from(&p.email);
            }
            card.trainee_id = Some(id);
            Ok(())
        });
        let path = store.save(&card);
        // The scorecard is safe first; a failed queue only delays the LRS, and the next
        // sync queues it again from the scorecard.
        let queued = match (&path, lrs) {
            (Ok(_), Some(lrs)) => Some(
                crate::lrs::Outbox::new(store)
                    .queue(&card.clone().for_manager(), &lrs.xapi_base)
                    .map(|_| ()),
            ),
            _ => None,
        };
        Saved {
            card,
            path,
            queued,
            roster,
        }
    }
}

/// What saving a session did.
#[derive(Debug)]
pub struct Saved {
    /// The scorecard, as the trainee sees it.
    pub card: Scorecard,
    /// Where it was written, or why it could not be.
    pub path: Result<PathBuf, String>,
    /// Queued for the LRS (`None` without an LRS or when the card was not saved).
    pub queued: Option<Result<(), String>>,
    /// The trainee was found on (or added to) the roster, or why the roster could not be
    /// read or written.
    pub roster: Result<(), String>,
}
