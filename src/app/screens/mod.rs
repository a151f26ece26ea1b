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
    // After every system that may start or end a conversation this frame.
    app.add_systems(PostUpdate, follow_the_conversation);
    app.add_plugins((
        start::plugin,
        picker::plugin,
        conversation::plugin,
        debrief::plugin,
        manager::plugin,
        settings::plugin,
    ));
}

/// The conversation's own turns move the screens: a started one is shown, an ended one
/// goes to its debrief.
fn follow_the_conversation(
    mut started: MessageReader<crate::app::session::ConversationStarted>,
    mut ended: MessageReader<crate::app::session::ConversationEnded>,
    mut next: ResMut<NextState<Screen>>,
) {
    if started.read().count() > 0 {
        next.set(Screen::Conversation);
    }
    if ended.read().count() > 0 {
        next.set(Screen::Debrief);
    }
}

/// A screen's rebuild: its root (marked `R`) is despawned and its spawn system runs again,
/// once the frame's commands apply. Nothing happens while the screen is not shown.
pub fn rebuild<R: Component, M: 'static>(
    spawn: impl IntoSystem<(), (), M> + Copy + Send + Sync + 'static,
) -> impl FnMut(Commands, Query<Entity, With<R>>) {
    move |mut commands, roots| {
        if roots.is_empty() {
            return;
        }
        for root in &roots {
            commands.entity(root).despawn();
        }
        commands.run_system_cached(spawn);
    }
}
