//! The screens of the trainer, one file each, as states.

pub mod conversation;
pub mod debrief;
pub mod manager;
pub mod picker;
pub mod settings;
pub mod start;

use bevy::prelude::*;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// The trainee's name and language.
    #[default]
    Start,
    /// The scenarios on offer.
    Picker,
    /// A conversation in progress.
    Conversation,
    /// The scorecard and every turn explained.
    Debrief,
    /// The manager's review of every trainee's scorecards.
    Manager,
    /// Language, text size and reading pace.
    Settings,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((
        start::plugin,
        picker::plugin,
        conversation::plugin,
        debrief::plugin,
        manager::plugin,
        settings::plugin,
    ));
}
