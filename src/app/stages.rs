//! The order each frame's work runs in, the same for every plugin: the trainee's input is
//! read, the practice session moves, what changed is kept (scorecards, settings, the
//! LRS), and then the screens draw what is there. Plugins put their systems in a stage
//! instead of ordering themselves after another module's function.

use bevy::prelude::*;

/// A stage of the frame, run in this order in `Update`.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppSystems {
    /// Keys, clicks, the script, the watched files, the microphone: turned into messages.
    Input,
    /// The practice session answers and moves on.
    Session,
    /// Scorecards, settings and the LRS outbox are written.
    Persist,
    /// The screens rebuild and draw.
    Ui,
}

pub(super) fn plugin(app: &mut App) {
    app.configure_sets(
        Update,
        (
            AppSystems::Input,
            AppSystems::Session,
            AppSystems::Persist,
            AppSystems::Ui,
        )
            .chain(),
    );
}
