//! The screens of the trainer, one file each, as states.

pub mod conversation;
mod debrief;
mod picker;

use bevy::prelude::*;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// The scenarios on offer.
    #[default]
    Picker,
    /// A conversation in progress.
    Conversation,
    /// The scorecard and every turn explained.
    Debrief,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((picker::plugin, conversation::plugin, debrief::plugin));
}
