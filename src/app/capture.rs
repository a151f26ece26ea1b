//! Scripted runs: play a scenario in the real window with given replies, save a picture
//! of every screen from inside the app, then quit. Trainers use it for their material,
//! CI as the end-to-end test. Captures come from Bevy's screenshot API, so they work under
//! Xvfb, where the window itself may present nothing.

use crate::app::Library;
use crate::app::records::Records;
use crate::app::screens::Screen;
use crate::app::screens::conversation::ReplyField;
use crate::app::screens::manager::Navigate;
use crate::app::screens::start::Begin;
use crate::app::session::{ChooseReply, Pace, ReplyDraft, Session, StartScenario, TypeReply};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::text::{EditableText, TextEdit};
use defuse_core::Answer;
use std::collections::VecDeque;
use std::path::PathBuf;

/// What to do, and where to put the pictures.
#[derive(Debug, Clone, Default)]
pub struct Script {
    /// Folder for the numbered screenshots, or with `single`, the one file to write.
    pub dir: PathBuf,
    /// Save only the first screen to this exact path (`--screenshot FILE`).
    pub single: bool,
    /// Scenario id to play; none captures the picker only.
    pub scenario: Option<String>,
    /// Replies in order: 1-based numbers, or words typed into the reply field.
    pub choices: Vec<Answer>,
    /// The name typed on the start screen.
    pub trainee: Option<String>,
    /// With live preview: after the replies, wait for this many reloads, capturing each.
    pub reloads: usize,
    /// Voice practice: each reply is said aloud (from the takes folder) after it is chosen.
    pub voice: bool,
}

pub struct CapturePlugin {
    pub script: Script,
}

/// Frames to let layout, fonts and images settle before a capture.
const SETTLE_FRAMES: u32 = 20;
/// The most frames to wait for the meter to show a take's voice: past its opening silence
/// on a slow machine, never for ever.
const LOUD_FRAMES: u32 = 600;
/// The meter level (0–1) a picture of someone talking waits for.
const LOUD_LEVEL: f32 = 0.2;

#[derive(Debug, Clone)]
enum Step {
    Capture(String),
    Start(String),
    Choose(usize),
    /// Type these words into the reply field, as the keyboard would.
    Type(String),
    /// Say what the reply field holds.
    Say,
    /// Continue from the start screen under this name.
    Begin(String),
    /// Wait until the customer has finished speaking.
    Quiet,
    /// Open the manager's review and wait until every scorecard is read.
    Manager,
    /// In the manager's review, open the trainee's sessions, then their latest one.
    OpenTrainee(String),
    OpenLatest(String),
    /// Open the settings screen.
    Settings,
    /// Wait until the scenario has been read again this many times.
    Reloaded(usize),
    /// Start saying the chosen reply aloud, and stop.
    Talk,
    /// Wait until the meter shows the voice (a take may begin with silence), for at most
    /// this many more frames.
    Loud(u32),
    StopTalking,
    Exit,
}

#[derive(Resource)]
struct Runner {
    script: Script,
    steps: VecDeque<Step>,
    settle: u32,
    capturing: bool,
    shots: usize,
}

impl Plugin for CapturePlugin {
    fn build(&self, app: &mut App) {
        let mut steps = VecDeque::new();
        let single = self.script.single;
        let name = self
            .script
            .trainee
            .clone()
            .unwrap_or_else(|| "Trainee".to_owned());
        let name_for_draft = name.clone();
        if !single {
            steps.push_back(Step::Capture("start".into()));
        }
        steps.push_back(Step::Begin(name.clone()));
        steps.push_back(Step::Capture("picker".into()));
        if let Some(id) = &self.script.scenario {
            steps.push_back(Step::Start(id.clone()));
            steps.push_back(Step::Quiet);
            steps.push_back(Step::Capture("conversation".into()));
            for (n, answer) in self.script.choices.iter().enumerate() {
                match answer {
                    Answer::Number(k) => steps.push_back(Step::Choose(*k)),
                    Answer::Words(words) => {
                        // A picture of the words in the field before they are said.
                        steps.push_back(Step::Type(words.clone()));
                        steps.push_back(Step::Capture(format!("typing-{}", n + 1)));
                        steps.push_back(Step::Say);
                    }
                }
                if self.script.voice {
                    // The first reply is pictured waiting to be said and while it is said.
                    if n == 0 {
                        steps.push_back(Step::Capture("say-it".into()));
                    }
                    steps.push_back(Step::Talk);
                    if n == 0 {
                        steps.push_back(Step::Loud(LOUD_FRAMES));
                        steps.push_back(Step::Capture("talking".into()));
                    }
                    steps.push_back(Step::StopTalking);
                }
                steps.push_back(Step::Quiet);
                steps.push_back(Step::Capture(format!("reply-{}", n + 1)));
            }
            // Live preview: the trainer edits the file; each reload is pictured.
            for k in 1..=self.script.reloads {
                steps.push_back(Step::Reloaded(k));
                steps.push_back(Step::Quiet);
                steps.push_back(Step::Capture(format!("reload-{k}")));
            }
            // Then the session as the manager finds it (a live preview saves none).
            if self.script.reloads > 0 {
                steps.push_back(Step::Exit);
            }
            steps.push_back(Step::Manager);
            steps.push_back(Step::Capture("manager".into()));
            steps.push_back(Step::OpenTrainee(name.clone()));
            steps.push_back(Step::Capture("manager-trainee".into()));
            steps.push_back(Step::OpenLatest(name.clone()));
            steps.push_back(Step::Capture("manager-session".into()));
            steps.push_back(Step::Settings);
            steps.push_back(Step::Capture("settings".into()));
        }
        steps.push_back(Step::Exit);
        if single {
            // Straight to the picker: the first screen a returning trainee works with.
            steps.truncate(2);
            steps.push_back(Step::Exit);
        }
        app.insert_resource(Runner {
            script: self.script.clone(),
            steps,
            settle: SETTLE_FRAMES,
            capturing: false,
            shots: 0,
        });
        // The start screen shows the name as if typed.
        app.insert_resource(crate::app::screens::start::NameDraft {
            text: name_for_draft,
            missing: false,
            returning: false,
        });
        // Read quickly: the pictures show every line whole, and CI does not wait.
        app.insert_resource(Pace(2000.0));
        app.add_systems(Update, run_script);
    }
}

#[allow(clippy::too_many_arguments)]
fn run_script(
    mut commands: Commands,
    mut runner: ResMut<Runner>,
    library: Res<Library>,
    session: Option<Res<Session>>,
    screen: Res<State<Screen>>,
    mut start: MessageWriter<StartScenario>,
    mut choose: MessageWriter<ChooseReply>,
    mut begin: MessageWriter<Begin>,
    mut exit: MessageWriter<AppExit>,
    mut next: ResMut<NextState<Screen>>,
    mut navigate: MessageWriter<Navigate>,
    records: Res<Records>,
    mut fields: Query<&mut EditableText, With<ReplyField>>,
    draft: Res<ReplyDraft>,
    reloads: Option<Res<crate::app::watch::Reloads>>,
    mut talking: (
        MessageWriter<TypeReply>,
        MessageWriter<crate::app::voice::StartTalking>,
        MessageWriter<crate::app::voice::StopTalking>,
        Res<crate::app::voice::Talking>,
    ),
) {
    if runner.capturing {
        return;
    }
    if runner.settle > 0 {
        runner.settle -= 1;
        return;
    }
    let Some(step) = runner.steps.pop_front() else {
        return;
    };
    match step {
        Step::Capture(name) => {
            runner.shots += 1;
            let path = if runner.script.single {
                runner.script.dir.clone()
            } else {
                // The debrief comes up on its own when the conversation ends.
                let name = if *screen.get() == Screen::Debrief && name.starts_with("reply-") {
                    "debrief".to_owned()
                } else {
                    name
                };
                runner
                    .script
                    .dir
                    .join(format!("{:02}-{name}.png", runner.shots))
            };
            runner.capturing = true;
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path))
                .observe(|_: On<ScreenshotCaptured>, mut runner: ResMut<Runner>| {
                    runner.capturing = false;
                    runner.settle = 2;
                });
        }
        Step::Begin(name) => {
            begin.write(Begin(name));
            runner.settle = SETTLE_FRAMES;
        }
        Step::Start(id) => {
            match library.stories.iter().position(|s| s.scenario.id == id) {
                Some(index) => {
                    start.write(StartScenario(index));
                }
                None => {
                    error!("no playable scenario `{id}` in {}", library.folder);
                    exit.write(AppExit::error());
                }
            }
            runner.settle = SETTLE_FRAMES;
        }
        Step::Choose(_) | Step::Type(_) if *screen.get() == Screen::Debrief => {
            warn!("the conversation ended with choices left over");
            runner.steps.retain(|s| match s {
                Step::Choose(_)
                | Step::Type(_)
                | Step::Say
                | Step::Quiet
                | Step::Talk
                | Step::StopTalking => false,
                Step::Capture(name) => !name.starts_with("reply-") && !name.starts_with("typing-"),
                _ => true,
            });
            runner.steps.push_front(Step::Capture("debrief".into()));
        }
        Step::Choose(choice) => {
            // A decision that wants own words takes no number: the script's reply is typed
            // there instead, the words of the reply under that number in the session's order.
            let words = session.as_ref().and_then(|s| {
                let prompt = s.practice.prompt()?;
                if !prompt.typed && !s.practice.info().expert {
                    return None;
                }
                let reply = prompt.replies.get(choice.checked_sub(1)?)?;
                Some(reply.text.clone())
            });
            match words {
                Some(words) => {
                    talking.0.write(TypeReply(words));
                }
                None => {
                    choose.write(ChooseReply(choice));
                }
            }
            runner.settle = SETTLE_FRAMES;
        }
        Step::Type(words) => {
            // Through the widget's own editing, as a key press would arrive.
            match fields.single_mut() {
                Ok(mut field) => field.queue_edit(TextEdit::Insert(words.as_str().into())),
                Err(_) => {
                    error!("there is no reply field to type into");
                    exit.write(AppExit::error());
                }
            }
            runner.settle = SETTLE_FRAMES;
        }
        Step::Say => {
            talking.0.write(TypeReply(draft.0.clone()));
            runner.settle = SETTLE_FRAMES;
        }
        Step::Manager => {
            if *screen.get() != Screen::Manager {
                next.set(Screen::Manager);
                runner.steps.push_front(Step::Manager);
            } else if records.progress().is_some() {
                runner.steps.push_front(Step::Manager);
            } else {
                runner.settle = SETTLE_FRAMES;
            }
        }
        Step::OpenTrainee(name) => {
            navigate.write(Navigate::OpenTrainee(name));
            runner.settle = SETTLE_FRAMES;
        }
        Step::OpenLatest(name) => {
            let latest = records
                .cards
                .iter()
                .filter(|c| defuse_core::report::same_name(&c.trainee, &name))
                .max_by_key(|c| c.ended);
            match latest {
                Some(card) => {
                    navigate.write(Navigate::OpenSession(card.id));
                }
                None => {
                    error!("no scorecard of {name} to open");
                    exit.write(AppExit::error());
                }
            }
            runner.settle = SETTLE_FRAMES;
        }
        Step::Quiet => {
            if session.is_some_and(|s| s.customer_speaking()) {
                runner.steps.push_front(Step::Quiet);
            } else {
                runner.settle = SETTLE_FRAMES;
            }
        }
        Step::Reloaded(k) => {
            if reloads.is_none_or(|r| r.0 < k) {
                runner.steps.push_front(Step::Reloaded(k));
            } else {
                runner.settle = SETTLE_FRAMES;
            }
        }
        Step::Talk => {
            talking.1.write(crate::app::voice::StartTalking);
            runner.settle = SETTLE_FRAMES;
        }
        Step::Loud(left) => {
            if talking.3.level < LOUD_LEVEL && left > 0 {
                runner.steps.push_front(Step::Loud(left - 1));
            } else {
                if left == 0 {
                    warn!("the meter stayed below {LOUD_LEVEL} while the take ran");
                }
                // The meter holds its peak a moment: a few frames for the picture to show it.
                runner.settle = 2;
            }
        }
        Step::StopTalking => {
            talking.2.write(crate::app::voice::StopTalking);
            runner.settle = SETTLE_FRAMES;
        }
        Step::Settings => {
            next.set(Screen::Settings);
            runner.settle = SETTLE_FRAMES;
        }
        Step::Exit => {
            exit.write(AppExit::Success);
        }
    }
}
