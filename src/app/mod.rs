//! The trainer window: a thin Bevy layer over `defuse-core`. One plugin per file; screens
//! are `States`; UI comes from the small bundle functions in `theme::widget`.

#[cfg(feature = "voice")]
mod audio;
mod capture;
mod customer_voice;
pub mod language;
mod library;
pub mod messages;
pub mod records;
pub mod screens;
pub mod session;
pub mod settings;
pub mod stages;
pub mod sync;
pub mod theme;
pub mod trainee;
pub mod transcript;
pub mod voice;
pub mod watch;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use std::path::PathBuf;

pub use capture::Script;
pub use language::{Language, SwitchLanguage};
pub use library::Library;
pub use screens::Screen;

/// What the command line hands the window.
#[derive(Debug, Clone)]
pub struct Launch {
    pub scenarios: PathBuf,
    pub locales: PathBuf,
    pub lang: unic_langid::LanguageIdentifier,
    /// The language was asked for explicitly (`--lang`), so it wins over the remembered one.
    pub lang_given: bool,
    /// Where the trainee's name and settings are remembered; `None` keeps nothing.
    pub config: Option<PathBuf>,
    /// A scripted run that saves pictures and quits.
    pub script: Option<Script>,
    /// Where scorecards are saved and read; `None` keeps nothing.
    pub data: Option<PathBuf>,
    /// The window's size in pixels.
    pub window: (u32, u32),
    /// The learning record store results are sent to; `None` sends nothing.
    pub lrs: Option<defuse_core::lrs::Config>,
    /// Start with the expert setting on (`play --expert`), whatever was remembered.
    pub expert: bool,
    /// How sessions order the replies (shuffled with a random seed by default).
    pub shuffle: defuse_core::ReplyOrder,
    /// Live preview: reload this scenario file when it or its translations change.
    pub watch: Option<PathBuf>,
    /// Go straight into this scenario (by id) once the trainee has given their name, and
    /// where it starts whenever it is started in this run (`play ID --gui --from NODE --mood
    /// N`; already checked against it).
    pub open: Option<(String, defuse_core::StartAt)>,
    /// Voice practice from recorded takes: `baseline.wav`, then `1.wav`, `2.wav`, …
    pub voice_takes: Option<PathBuf>,
    /// The trainee's name, filled in on the start screen (`play --gui --trainee NAME`),
    /// over a remembered one.
    pub trainee: Option<String>,
}

/// Opens the window and runs until it is closed; false when a scripted run failed.
pub fn run(launch: Launch) -> bool {
    let started = std::time::Instant::now();
    let mut app = App::new();
    app.insert_resource(Started(started));
    app.add_systems(Last, report_ready);
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Defuse".into(),
            resolution: launch.window.into(),
            ..default()
        }),
        ..default()
    }));
    // A desktop program idles while it waits; a scripted capture must keep drawing,
    // since under Xvfb nothing else wakes the window.
    app.insert_resource(if launch.script.is_some() {
        WinitSettings::continuous()
    } else {
        WinitSettings::desktop_app()
    });
    // Tab and Shift+Tab between buttons (needs the window, so not in headless tests).
    app.add_plugins(bevy::input_focus::tab_navigation::TabNavigationPlugin);
    app.add_plugins(AppPlugin { launch });
    app.run().is_success()
}

/// When the program started, to report how long the first screen took.
#[derive(Resource)]
struct Started(std::time::Instant);

/// Logs, once, the time from launch to the first frame that shows the picker.
fn report_ready(
    started: Res<Started>,
    frames: Res<bevy::diagnostic::FrameCount>,
    mut done: Local<bool>,
    nodes: Query<(), With<Text>>,
) {
    if !*done && !nodes.is_empty() && frames.0 > 0 {
        *done = true;
        info!(
            "ready: first screen after {} ms",
            started.0.elapsed().as_millis()
        );
    }
}

/// Everything but the window and renderer, so tests can run it under `MinimalPlugins`.
pub struct AppPlugin {
    pub launch: Launch,
}

impl Plugin for AppPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Library::load(
            &self.launch.scenarios,
            &self.launch.locales,
            &self.launch.lang,
        ));
        // A returning trainee gets their name and settings back.
        let remembered = self.launch.config.as_deref().and_then(trainee::recall);
        let lang = match &remembered {
            Some(r) if !self.launch.lang_given => {
                defuse_core::i18n::negotiate(&[r.language.as_str()])
            }
            _ => self.launch.lang.clone(),
        };
        app.insert_resource(Language::new(&lang));
        app.insert_resource(trainee::ConfigFile(self.launch.config.clone()));
        // Provided by the input and UI plugins in the window; here so that the same
        // plugin also runs headless.
        app.init_resource::<ButtonInput<KeyCode>>();
        app.init_resource::<UiScale>();
        app.init_resource::<trainee::Trainee>();
        if let Some(r) = &remembered {
            app.insert_resource(screens::start::NameDraft {
                text: r.name.clone(),
                missing: false,
                returning: true,
            });
            app.insert_resource(UiScale(r.text_size.clamp(0.5, 2.0)));
            app.insert_resource(session::Pace(r.pace.clamp(5.0, 200.0)));
            app.insert_resource(settings::Expert(r.expert));
            app.insert_resource(voice::VoicePractice(r.voice));
        }
        if let Some(name) = &self.launch.trainee {
            app.insert_resource(screens::start::NameDraft {
                text: name.clone(),
                missing: false,
                returning: false,
            });
        }
        if self.launch.expert {
            app.insert_resource(settings::Expert(true));
        }
        app.insert_resource(session::Shuffle(self.launch.shuffle));
        app.insert_resource(session::OpenAt(self.launch.open.clone()));
        // A scripted run starts its scenario itself.
        if self.launch.script.is_none() {
            let first = self.launch.open.as_ref().map(|(id, _)| id.clone());
            app.insert_resource(screens::picker::OpenFirst(first));
        }
        app.insert_resource(session::Rubrics::new(self.launch.locales.clone()));
        self.voice(app, &lang);
        app.insert_resource(records::DataDir(self.launch.data.clone()));
        app.insert_resource(records::LrsTarget(self.launch.lrs.clone()));
        app.insert_resource(sync::LrsSync::new(self.launch.lrs.clone()));
        app.add_plugins((
            stages::plugin,
            theme::plugin,
            language::plugin,
            session::plugin,
            records::plugin,
            sync::plugin,
            settings::plugin,
            voice::plugin,
            customer_voice::plugin,
            screens::plugin,
        ));
        if let Some(script) = &self.launch.script {
            app.add_plugins(capture::CapturePlugin {
                script: script.clone(),
            });
        }
        app.add_plugins(watch::plugin);
        if let Some(file) = &self.launch.watch {
            match watch::FileWatch::start(file, &self.launch.locales) {
                Ok(watching) => {
                    app.insert_resource(watching);
                }
                // The window still plays; only the live reload is missing.
                Err(reason) => warn!("cannot watch {}: {reason}", file.display()),
            }
        }
        app.add_systems(Startup, spawn_camera);
    }
}

impl AppPlugin {
    /// Voice practice: where takes and the customer's voices come from.
    fn voice(&self, app: &mut App, lang: &unic_langid::LanguageIdentifier) {
        let launch = &self.launch;
        app.insert_resource(voice::Voices {
            recorded: launch
                .scenarios
                .parent()
                .map_or_else(|| PathBuf::from("voices"), |p| p.join("voices")),
            cache: defuse_core::voice::customer::cache_dir(),
            locales: launch.locales.clone(),
            config: launch
                .config
                .as_deref()
                .and_then(|f| f.parent())
                .map(PathBuf::from),
        });
        let Some(dir) = &launch.voice_takes else {
            app.insert_resource(voice::Microphone {
                source: None,
                why_not: None,
                real: true,
            });
            return;
        };
        // Recorded takes: practice is on, with the folder's calm baseline.
        let takes = defuse_core::voice::WavTakes::new(dir);
        let rules =
            defuse_core::voice::Rules::for_language(&launch.locales, lang.language.as_str());
        let calm = match (&rules, takes.baseline()) {
            (Ok(rules), Ok(take)) => defuse_core::voice::measure_baseline(rules, &take, None)
                .map_err(|e| e.at(&dir.join("baseline.wav")).to_string()),
            (Err(problems), _) => Err(problems
                .iter()
                .map(defuse_core::Problem::short)
                .collect::<Vec<_>>()
                .join("\n")),
            (_, Err(e)) => Err(e.to_string()),
        };
        match calm {
            Ok(calm) => {
                app.insert_resource(voice::Baseline(Some(calm)));
            }
            Err(why) => error!("voice takes: {why}"),
        }
        app.insert_resource(voice::VoicePractice(true));
        app.insert_resource(voice::Microphone {
            source: Some(Box::new(takes)),
            why_not: None,
            real: false,
        });
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}

#[cfg(test)]
mod tests;
