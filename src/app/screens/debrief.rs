//! The debrief: outcome and pass or fail, the four criteria as bars, and every turn with
//! the reply given, its scores, the feedback, the coaching principle and the best reply
//! the trainee missed.

use super::Screen;
use crate::app::Language;
use crate::app::session::{Session, StartScenario};
use crate::app::theme::{Fonts, widget};

use crate::app::theme::interaction::Activate;
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;

pub use crate::app::theme::scorecard::OpenDecisions;
use crate::app::theme::scorecard::scorecard;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<OpenDecisions>();
    // The debrief shows the scorecard just saved.
    app.add_systems(
        OnEnter(Screen::Debrief),
        (
            crate::app::records::save_finished,
            close_decisions,
            spawn_debrief,
        )
            .chain(),
    );
    app.add_systems(
        Update,
        (
            keys,
            super::rebuild::<DebriefRoot, _>(spawn_debrief)
                .run_if(resource_changed::<OpenDecisions>),
        )
            .run_if(in_state(Screen::Debrief)),
    );
}

#[derive(Component)]
struct DebriefRoot;

fn close_decisions(mut open: ResMut<OpenDecisions>) {
    open.0.clear();
}

fn keys(
    input: Res<ButtonInput<KeyCode>>,
    session: Option<Res<Session>>,
    mut start: MessageWriter<StartScenario>,
    mut next: ResMut<NextState<Screen>>,
) {
    if input.just_pressed(KeyCode::KeyR)
        && let Some(session) = session
    {
        start.write(StartScenario(session.index));
    }
    if input.just_pressed(KeyCode::Escape) {
        next.set(Screen::Picker);
    }
}

#[allow(clippy::too_many_arguments)]
fn spawn_debrief(
    mut commands: Commands,
    session: Option<Res<Session>>,
    fonts: Res<Fonts>,
    language: Res<Language>,
    mut images: ResMut<Assets<Image>>,
    open: Res<OpenDecisions>,
    library: Res<crate::app::Library>,
) {
    let Some(session) = session else {
        return;
    };
    // Saved on entering this screen (records.rs); the same record the manager reads.
    let Some(card) = session.card.clone() else {
        return;
    };
    let index = session.index;
    let t = &language.texts;
    commands
        .spawn((
            widget::ui_root("Debrief"),
            TabGroup::default(),
            DebriefRoot,
            DespawnOnExit(Screen::Debrief),
        ))
        .with_children(|ui| {
            ui.spawn(widget::row(12.0)).with_children(|row| {
                row.spawn(widget::button(&fonts, t.get("debrief-retry"), true))
                    .observe(widget::sends(StartScenario(index)));
                let next_index = (index + 1) % library.stories.len().max(1);
                if library.stories.len() > 1 {
                    row.spawn(widget::button(&fonts, t.get("debrief-next"), false))
                        .observe(widget::sends(StartScenario(next_index)));
                }
                row.spawn(widget::button(&fonts, t.get("debrief-back"), false))
                    .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                        next.set(Screen::Picker);
                    });
                if card.turns.iter().any(|turn| turn.spoken.is_some()) {
                    row.spawn(widget::button(&fonts, t.get("debrief-share-voice"), false))
                        .observe(share_voice);
                }
            });
            if card.turns.iter().any(|turn| turn.spoken.is_some()) {
                ui.spawn(widget::note(&fonts, t.get("debrief-voice-private")));
            }
            // Below the buttons: the buttons stay in reach however long the detail.
            scorecard(ui, &fonts, t, &card, &mut images, Some(&open.0));
        });
}

/// The trainee shares how their replies sounded with their manager: the scorecard is
/// written again with the delivery marked shared.
fn share_voice(
    activate: On<Activate>,
    session: Option<ResMut<Session>>,
    dir: Res<crate::app::records::DataDir>,
    mut records: ResMut<crate::app::records::Records>,
    children: Query<&Children>,
    mut texts: Query<&mut Text>,
    language: Res<Language>,
) {
    let Some(mut session) = session else {
        return;
    };
    let Some(card) = session.card.as_mut() else {
        return;
    };
    card.voice_shared = true;
    let card = card.clone();
    let result = match &dir.0 {
        Some(root) => defuse_core::store::Store::new(root).save(&card).map(|_| ()),
        None => Ok(()),
    };
    let label = match result {
        Ok(()) => {
            if let Some(kept) = records.cards.iter_mut().find(|c| c.id == card.id) {
                *kept = card;
            }
            language.texts.get("debrief-voice-shared")
        }
        Err(reason) => {
            records.save_error = Some(reason.clone());
            reason
        }
    };
    for child in children.iter_descendants(activate.entity) {
        if let Ok(mut text) = texts.get_mut(child) {
            text.0.clone_from(&label);
        }
    }
}
