//! A conversation being played: the core's state machine, the transcript so far, and the
//! customer's words appearing at reading pace. Screens only show this; the trainee's
//! input arrives as messages, so keys, clicks, scripts and tests drive it the same way.

use crate::app::Language;
use crate::app::Library;
use crate::app::screens::Screen;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use defuse_core::rubric::Rubric;
use defuse_core::{Answer, Conduct, Conversation, Event, Problem, Story, Tone};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<StartScenario>()
        .add_message::<ChooseReply>()
        .add_message::<TypeReply>()
        .add_message::<TakeHint>()
        .init_resource::<ReplyDraft>()
        .init_resource::<Shuffle>()
        .init_resource::<SayAloud>()
        // Registered by the window plugin too; here so headless runs have it.
        .add_message::<RequestRedraw>()
        .init_resource::<Pace>();
    app.add_systems(
        Update,
        (start_scenario, take_hint, answer, reveal)
            .chain()
            .in_set(SessionSystems),
    );
}

/// The systems that advance the conversation; screens draw after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct SessionSystems;

/// Begin the scenario at this index of the library.
#[derive(Message, Debug, Clone, Copy)]
pub struct StartScenario(pub usize);

/// The trainee's reply: its place on the list as shown, 0-based.
#[derive(Message, Debug, Clone, Copy)]
pub struct ChooseReply(pub usize);

/// How sessions list the replies: shuffled with a random seed unless a seed is given (a
/// scripted run replays one), or in the file's order for a trainer's playtest.
#[derive(Resource, Debug, Clone, Copy, Default, Deref)]
pub struct Shuffle(pub defuse_core::ReplyOrder);

/// The trainee's reply in their own words.
#[derive(Message, Debug, Clone)]
pub struct TypeReply(pub String);

/// The words typed in the reply field so far: kept when the screen is rebuilt, and kept
/// when they cannot be scored, so nothing typed is lost.
#[derive(Resource, Debug, Clone, Default)]
pub struct ReplyDraft(pub String);

/// The rubric of each session language, read once when first needed. A broken rubric is
/// kept as its message, shown to the trainee when they type.
#[derive(Resource)]
pub struct Rubrics {
    locales: PathBuf,
    loaded: HashMap<String, Result<Arc<Rubric>, String>>,
}

impl Rubrics {
    pub fn new(locales: PathBuf) -> Rubrics {
        Rubrics {
            locales,
            loaded: HashMap::new(),
        }
    }

    pub fn get(&mut self, lang: &str) -> Result<Arc<Rubric>, String> {
        let locales = &self.locales;
        self.loaded
            .entry(lang.to_owned())
            .or_insert_with(|| {
                Rubric::for_language(locales, lang)
                    .map(Arc::new)
                    .map_err(|problems| {
                        problems
                            .iter()
                            .map(Problem::short)
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
            })
            .clone()
    }
}

/// Voice practice is on and ready: a chosen reply waits to be said aloud before it counts.
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SayAloud(pub bool);

/// The trainee asks for the hint of the current decision.
#[derive(Message, Debug, Clone, Copy)]
pub struct TakeHint;

/// Reading pace, in characters per second: how fast the customer's words appear.
#[derive(Resource, Debug, Clone, Copy)]
pub struct Pace(pub f32);

impl Default for Pace {
    fn default() -> Self {
        // About 200 words a minute: unhurried reading of speech.
        Pace(28.0)
    }
}

/// Who said a line of the transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Customer(Tone),
    Trainee,
    /// Feedback after a reply, or a note such as an interruption.
    Coach,
}

#[derive(Debug, Clone)]
pub struct Line {
    pub speaker: Speaker,
    pub text: String,
}

/// The conversation in progress.
#[derive(Resource)]
pub struct Session {
    pub story: Arc<Story>,
    pub index: usize,
    pub conversation: Conversation,
    pub transcript: Vec<Line>,
    /// Characters of the last customer line shown so far (it appears at reading pace).
    pub revealed: f32,
    /// The hint was taken at the current decision.
    pub hint: bool,
    pub started: jiff::Timestamp,
    /// When each reply was given.
    pub answered: Vec<jiff::Timestamp>,
    /// The scorecard was written (at the end, or when the trainee left).
    pub saved: bool,
    /// The scorecard, once made: the debrief shows it.
    pub card: Option<defuse_core::scorecard::Scorecard>,
    /// How each answered reply sounded, when said aloud (voice practice).
    pub spoken: Vec<Option<defuse_core::scorecard::Spoken>>,
    /// The reply chosen and waiting to be said aloud (voice practice).
    pub awaiting_voice: Option<Answer>,
    /// How long the customer's latest line takes to say, when it has a voice.
    pub line_seconds: Option<f32>,
}

impl Session {
    /// The customer's latest line is still appearing: answering now interrupts.
    pub fn customer_speaking(&self) -> bool {
        match self.transcript.last() {
            Some(Line {
                speaker: Speaker::Customer(_),
                text,
            }) => (self.revealed as usize) < text.chars().count(),
            _ => false,
        }
    }

    /// Pulls events until the trainee must act or the conversation ends.
    pub fn advance(&mut self) {
        loop {
            match self.conversation.next_event() {
                Event::Line { text, tone, .. } => {
                    self.transcript.push(Line {
                        speaker: Speaker::Customer(tone),
                        text: text.to_owned(),
                    });
                    self.revealed = 0.0;
                    self.line_seconds = None;
                }
                Event::Choice { .. } | Event::End { .. } => return,
            }
        }
    }
}

fn start_scenario(
    mut commands: Commands,
    mut starts: MessageReader<StartScenario>,
    library: Res<Library>,
    shuffle: Res<Shuffle>,
    mut draft: ResMut<ReplyDraft>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(&StartScenario(index)) = starts.read().last() else {
        return;
    };
    draft.0.clear();
    let Some(story) = library.stories.get(index) else {
        return;
    };
    let mut session = Session {
        story: story.clone(),
        index,
        conversation: shuffle.start(story.clone()),
        transcript: Vec::new(),
        revealed: 0.0,
        hint: false,
        started: jiff::Timestamp::now(),
        answered: Vec::new(),
        saved: false,
        card: None,
        spoken: Vec::new(),
        awaiting_voice: None,
        line_seconds: None,
    };
    session.advance();
    commands.insert_resource(session);
    next.set(Screen::Conversation);
}

fn take_hint(mut hints: MessageReader<TakeHint>, session: Option<ResMut<Session>>) {
    if hints.read().last().is_none() {
        return;
    }
    if let Some(mut session) = session
        && session.conversation.awaiting_choice()
    {
        session.hint = true;
    }
}

#[allow(clippy::too_many_arguments)]
fn answer(
    mut choices: MessageReader<ChooseReply>,
    mut typed: MessageReader<TypeReply>,
    session: Option<ResMut<Session>>,
    language: Res<Language>,
    mut rubrics: ResMut<Rubrics>,
    mut draft: ResMut<ReplyDraft>,
    aloud: Res<SayAloud>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut session) = session else {
        choices.clear();
        typed.clear();
        return;
    };
    let answers: Vec<Answer> = choices
        .read()
        .map(|&ChooseReply(k)| Answer::Number(k + 1))
        .chain(
            typed
                .read()
                .map(|TypeReply(words)| Answer::Words(words.clone())),
        )
        .collect();
    for answer in answers {
        if !session.conversation.awaiting_choice() {
            continue;
        }
        if let Answer::Words(words) = &answer
            && words.trim().is_empty()
        {
            continue;
        }
        if aloud.0 {
            // Voice practice: the reply counts once it has been said aloud.
            if let Answer::Number(n) = answer
                && session.conversation.listed(n).is_none()
            {
                continue;
            }
            session.awaiting_voice = Some(answer);
            continue;
        }
        let conduct = Conduct {
            interrupted: session.customer_speaking(),
            hint: session.hint,
        };
        give(
            &mut session,
            &answer,
            conduct,
            &language,
            &mut rubrics,
            &mut draft,
        );
        if session.conversation.is_over() {
            next.set(Screen::Debrief);
        }
    }
}

/// Gives one answer: the turn is recorded and told in the transcript, and the story goes
/// on to the next decision. `None` when the answer could not be taken.
pub fn give(
    session: &mut Session,
    answer: &Answer,
    conduct: Conduct,
    language: &Language,
    rubrics: &mut Rubrics,
    draft: &mut ReplyDraft,
) -> Option<defuse_core::TurnRecord> {
    let story = session.story.clone();
    let node = session.conversation.current_node().to_owned();
    let result = match answer {
        // The number as listed; the conversation knows which reply stood there.
        Answer::Number(number) => {
            let k = session.conversation.listed(*number)?;
            session.conversation.choose_with(k, conduct).cloned()
        }
        Answer::Words(words) => match rubrics.get(language.texts.lang().language.as_str()) {
            Ok(rubric) => session
                .conversation
                .answer_in_words(words.trim(), &rubric, conduct)
                .cloned(),
            Err(problem) => {
                // The words stay in the field; the trainee can still pick a reply.
                session.transcript.push(Line {
                    speaker: Speaker::Coach,
                    text: language
                        .texts
                        .format("conversation-no-rubric", &[("problem", problem.into())]),
                });
                return None;
            }
        },
    };
    let record = result.ok()?;
    if matches!(answer, Answer::Words(_)) {
        draft.0.clear();
    }
    session.answered.push(jiff::Timestamp::now());
    session.spoken.push(None);
    session.awaiting_voice = None;
    let replies = match story.find(&node).map(|i| story.node(i)) {
        Some(defuse_core::Node::Turn { replies, .. }) => replies.as_slice(),
        _ => &[],
    };
    let reply = record.reply.and_then(|k| replies.get(k)).cloned();
    // The interrupted line stays as far as it got: that is what the trainee heard.
    let revealed = session.revealed as usize;
    if conduct.interrupted
        && let Some(last) = session.transcript.last_mut()
    {
        let heard: String = last.text.chars().take(revealed).collect();
        last.text = format!("{}…", heard.trim_end());
    }
    session.revealed = f32::MAX;
    let said = match (&record.typed, &reply) {
        (Some(typed), _) => typed.words.clone(),
        (None, Some(reply)) => reply.text.clone(),
        (None, None) => String::new(),
    };
    session.transcript.push(Line {
        speaker: Speaker::Trainee,
        text: said,
    });
    let name = story.scenario.customer.name.clone();
    let gender = defuse_core::Gender::fluent(story.scenario.customer.gender);
    if conduct.interrupted {
        session.transcript.push(Line {
            speaker: Speaker::Coach,
            text: language.texts.format(
                "conversation-interrupted",
                &[("name", name.clone().into()), ("gender", gender.into())],
            ),
        });
    }
    if let Some(typed) = &record.typed {
        // Say what the words were taken as, so the story's turn makes sense.
        let text = match (&reply, record.reply) {
            (Some(reply), Some(k)) => language.texts.format(
                "conversation-taken-as",
                &[
                    ("text", reply.text.as_str().into()),
                    ("closeness", typed.closeness[k].into()),
                ],
            ),
            _ => language.texts.format(
                "conversation-no-match",
                &[
                    ("name", name.into()),
                    ("gender", gender.into()),
                    (
                        "closeness",
                        typed.closeness.iter().copied().max().unwrap_or(0).into(),
                    ),
                ],
            ),
        };
        session.transcript.push(Line {
            speaker: Speaker::Coach,
            text,
        });
    }
    if let Some(reply) = reply {
        session.transcript.push(Line {
            speaker: Speaker::Coach,
            text: reply.feedback.clone(),
        });
    }
    session.hint = false;
    session.advance();
    Some(record)
}

/// Shows the customer's words at reading pace, and keeps the window drawing only while
/// they appear.
fn reveal(
    time: Res<Time>,
    pace: Res<Pace>,
    session: Option<ResMut<Session>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(mut session) = session else {
        return;
    };
    if session.customer_speaking() {
        // A spoken line appears as fast as it is said.
        let chars = session
            .transcript
            .last()
            .map_or(0, |l| l.text.chars().count());
        let cps = match session.line_seconds {
            Some(seconds) if seconds > 0.0 => chars as f32 / seconds,
            _ => pace.0,
        };
        session.revealed += cps * time.delta_secs();
        redraw.write(RequestRedraw);
    }
}
