//! The trainer window: a thin Bevy layer over `defuse-core`. One plugin per file; screens
//! are `States`; UI comes from the small bundle functions in `theme::widget`.

mod capture;
mod language;
mod library;
mod screens;
pub mod theme;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use std::path::PathBuf;

pub use language::{Language, SwitchLanguage};
pub use library::Library;
pub use screens::Screen;

/// What the command line hands the window.
#[derive(Debug, Clone)]
pub struct Launch {
    pub scenarios: PathBuf,
    pub locales: PathBuf,
    pub lang: unic_langid::LanguageIdentifier,
    /// Save a picture of the first screen here, then quit.
    pub screenshot: Option<PathBuf>,
}

/// Opens the window and runs until it is closed.
pub fn run(launch: Launch) {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Defuse".into(),
            resolution: (1280, 720).into(),
            ..default()
        }),
        ..default()
    }));
    // A desktop program idles while it waits; a scripted capture must keep drawing,
    // since under Xvfb nothing else wakes the window.
    app.insert_resource(if launch.screenshot.is_some() {
        WinitSettings::continuous()
    } else {
        WinitSettings::desktop_app()
    });
    app.add_plugins(AppPlugin { launch });
    app.run();
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
        app.insert_resource(Language::new(&self.launch.lang));
        app.add_plugins((theme::plugin, language::plugin, screens::plugin));
        if let Some(path) = &self.launch.screenshot {
            app.add_plugins(capture::CapturePlugin { path: path.clone() });
        }
        app.add_systems(Startup, spawn_camera);
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}
