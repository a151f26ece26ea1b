//! Scripted captures: save what the window shows from inside the app, then quit.

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use std::path::PathBuf;

pub struct CapturePlugin {
    pub path: PathBuf,
}

/// Frames to wait so that fonts are laid out and the UI has settled before the capture.
const SETTLE_FRAMES: u32 = 30;

#[derive(Resource)]
struct Pending {
    path: PathBuf,
    frames_left: u32,
    taken: bool,
}

impl Plugin for CapturePlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Pending {
            path: self.path.clone(),
            frames_left: SETTLE_FRAMES,
            taken: false,
        });
        app.add_systems(Update, take_when_settled);
    }
}

fn take_when_settled(mut commands: Commands, mut pending: ResMut<Pending>) {
    if pending.taken {
        return;
    }
    if pending.frames_left > 0 {
        pending.frames_left -= 1;
        return;
    }
    pending.taken = true;
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(pending.path.clone()))
        .observe(
            |_: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
                exit.write(AppExit::Success);
            },
        );
}
