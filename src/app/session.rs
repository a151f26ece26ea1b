//! A conversation being played: the core's state machine, the transcript so far, and the
//! customer's words appearing at reading pace. Screens only show this; the trainee's
//! input arrives as messages, so keys, clicks, scripts and tests drive it the same way.

use crate::app::Language;
use crate::app::Library;
pub use crate::app::messages::{
    ChooseReply, ConversationEnded, ConversationStarted, StartScenario, TakeHint, TypeReply,
};
use crate::app::stages::AppSystems;
use crate::app::trainee::Trainee;
use crate::app::transcript::tell;
pub use crate::app::transcript::{Line, Pace, Speaker};
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use defuse_core::practice::{AnswerError, Practice, Told};
use defuse_core::scorecard::SessionInfo;
use defuse_core::{Answer, Event, Problem, Story};
use std::path::PathBuf;
use std::sync::Arc;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<StartScenario>()
        .add_message::<ConversationStarted>()
        .add_message::<ConversationEnded>()
        .add_message::<ChooseReply>()
        .add_message::<TypeReply>()
        .add_message::<TakeHint>()
        .init_resource::<ReplyDraft>()
        .init_resource::<Shuffle>()
        .init_resource::<OpenAt>()
        .init_resource::<SayAloud>()
        // Registered by the window plugin too; here so headless runs have it.
        .add_message::<RequestRedraw>()
        .init_resource::<Pace>();
    app.add_systems(
        Update,
        (start_scenario, take_hint, answer, reveal)
            .chain()
            .in_set(AppSystems::Session),
    );
}

/// Expert: the replies are never listed, every answer is typed in the trainee's words.
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Expert(pub bool);

/// How sessions list the replies: shuffled with a random seed unless a seed is given (a
/// scripted run replays one), or in the file's order for a trainer's playtest.
#[derive(Resource, Debug, Clone, Copy, Default, Deref)]
pub struct Shuffle(pub defuse_core::ReplyOrder);

/// Where the scenario `play ID --gui` named starts, each time it is started: a trainer's
/// playtest from a node (`--from`) or at a mood (`--mood`); other scenarios start as usual.
#[derive(Resource, Debug, Clone, Default)]
pub struct OpenAt(pub Option<(String, defuse_core::StartAt)>);

/// The words typed in the reply field so far: kept when the screen is rebuilt, and kept
/// when they cannot be scored, so nothing typed is lost.
#[derive(Resource, Debug, Clone, Default)]
pub struct ReplyDraft(pub String);

/// The rubric of each session language, read once when first needed and shared by
/// every session of the run.
#[derive(Resource, Clone, Deref)]
pub struct Rubrics(pub defuse_core::practice::Rubrics);

impl Rubrics {
    pub fn new(locales: PathBuf) -> Rubrics {
        Rubrics(defuse_core::practice::Rubrics::new(locales))
    }
}

/// Voice practice is on and ready: a chosen reply waits to be said aloud before it counts.
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SayAloud(pub bool);

/// The conversation in progress.
#[derive(Resource)]
pub struct Session {
    pub story: Arc<Story>,
    pub index: usize,
    /// The core's practice session: the conversation, the turns, the scorecard.
    pub practice: Practice,
    pub transcript: Vec<Line>,
    /// Characters of the last customer line shown so far (it appears at reading pace).
    pub revealed: f32,
    /// The scorecard was written (at the end, or when the trainee left).
    pub saved: bool,
    /// The scorecard, once made: the debrief shows it.
    pub card: Option<defuse_core::scorecard::Scorecard>,
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
            match self.practice.conversation_mut().next_event() {
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

#[allow(clippy::too_many_arguments)]
fn start_scenario(
    mut commands: Commands,
    mut starts: MessageReader<StartScenario>,
    library: Res<Library>,
    (shuffle, open_at): (Res<Shuffle>, Res<OpenAt>),
    rubrics: Res<Rubrics>,
    trainee: Res<Trainee>,
    (language, expert): (Res<Language>, Res<Expert>),
    mut draft: ResMut<ReplyDraft>,
    mut started: MessageWriter<ConversationStarted>,
) {
    let Some(&StartScenario(index)) = starts.read().last() else {
        return;
    };
    draft.0.clear();
    let Some(story) = library.stories.get(index) else {
        return;
    };
    let info = SessionInfo {
        trainee: trainee.name.clone(),
        language: language.texts.lang().language.as_str().to_owned(),
        started: jiff::Timestamp::now(),
        answered: Vec::new(),
        expert: expert.0,
    };
    let conversation = match &open_at.0 {
        // Checked before the window opened; a live preview may since have lost the node.
        Some((id, at)) if *id == story.scenario.id => shuffle
            .start_at(story.clone(), at)
            .unwrap_or_else(|message| {
                warn!("starting {id} from its start: {message}");
                shuffle.start(story.clone())
            }),
        _ => shuffle.start(story.clone()),
    };
    let mut session = Session {
        story: story.clone(),
        index,
        practice: Practice::new(conversation, info, rubrics.0.clone()),
        transcript: Vec::new(),
        revealed: 0.0,
        saved: false,
        card: None,
        awaiting_voice: None,
        line_seconds: None,
    };
    session.advance();
    commands.insert_resource(session);
    started.write(ConversationStarted);
}

fn take_hint(mut hints: MessageReader<TakeHint>, session: Option<ResMut<Session>>) {
    if hints.read().last().is_none() {
        return;
    }
    if let Some(mut session) = session {
        session.practice.take_hint();
    }
}

fn answer(
    mut choices: MessageReader<ChooseReply>,
    mut typed: MessageReader<TypeReply>,
    session: Option<ResMut<Session>>,
    language: Res<Language>,
    mut draft: ResMut<ReplyDraft>,
    aloud: Res<SayAloud>,
    mut ended: MessageWriter<ConversationEnded>,
) {
    let Some(mut session) = session else {
        choices.clear();
        typed.clear();
        return;
    };
    let answers: Vec<Answer> = choices
        .read()
        .map(|&ChooseReply(number)| Answer::Number(number))
        .chain(
            typed
                .read()
                .map(|TypeReply(words)| Answer::Words(words.clone())),
        )
        .collect();
    for answer in answers {
        match session.practice.check(&answer) {
            Ok(()) => {}
            // Words in another language: `give` tells the trainee, and nothing is scored.
            Err(AnswerError::OtherLanguage(_)) => {
                give(&mut session, &answer, false, &language, &mut draft);
                continue;
            }
            Err(_) => continue,
        }
        if aloud.0 {
            // Voice practice: the reply counts once it has been said aloud.
            session.awaiting_voice = Some(answer);
            continue;
        }
        let interrupted = session.customer_speaking();
        give(&mut session, &answer, interrupted, &language, &mut draft);
        if session.practice.conversation().is_over() {
            ended.write(ConversationEnded);
        }
    }
}

/// Gives one answer: the turn is recorded and told in the transcript, and the story goes
/// on to the next decision. `None` when the answer could not be taken.
pub fn give(
    session: &mut Session,
    answer: &Answer,
    interrupted: bool,
    language: &Language,
    draft: &mut ReplyDraft,
) -> Option<Told> {
    let t = &language.texts;
    let told = match session
        .practice
        .answer(answer, interrupted, jiff::Timestamp::now())
    {
        Ok(told) => told,
        Err(AnswerError::Rubric(problems)) => {
            // The words stay in the field; the trainee can still pick a reply.
            let problem = problems
                .iter()
                .map(Problem::short)
                .collect::<Vec<_>>()
                .join("\n");
            session.transcript.push(Line {
                speaker: Speaker::Coach,
                text: t.format("conversation-no-rubric", &[("problem", problem.into())]),
            });
            return None;
        }
        Err(AnswerError::OtherLanguage(found)) => {
            // The words stay in the field, to be said again in the session's language.
            session.transcript.push(Line {
                speaker: Speaker::Coach,
                text: t.format("answer-other-language", &[("found", found.into())]),
            });
            return None;
        }
        Err(_) => return None,
    };
    if matches!(answer, Answer::Words(_)) {
        draft.0.clear();
    }
    session.awaiting_voice = None;
    let revealed = session.revealed as usize;
    session.revealed = f32::MAX;
    let customer = session.story.scenario.customer.clone();
    tell(
        &mut session.transcript,
        &told,
        interrupted,
        revealed,
        &customer,
        t,
    );
    session.advance();
    Some(told)
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
