//! The trainee's settings: text size, reading pace and the expert setting (the language lives in
//! `language.rs`). Text size scales the whole interface, so nothing is laid out twice.
//! Every change is saved at once.

use crate::app::session::Pace;
use bevy::prelude::*;

/// Interface scale factors offered as text sizes.
pub const TEXT_SIZES: [(&str, f32); 3] = [
    ("settings-small", 0.9),
    ("settings-normal-size", 1.0),
    ("settings-large", 1.2),
];

/// Reading paces offered, in characters per second.
pub const PACES: [(&str, f32); 3] = [
    ("settings-slow", 18.0),
    ("settings-normal-pace", 28.0),
    ("settings-fast", 45.0),
];

/// Change the interface scale.
#[derive(Message, Debug, Clone, Copy)]
pub struct SetTextSize(pub f32);

/// Change the reading pace.
#[derive(Message, Debug, Clone, Copy)]
pub struct SetPace(pub f32);

// The expert setting lives with the session, which records it in the scorecard.
pub use crate::app::session::Expert;

/// Turn the expert setting on or off.
#[derive(Message, Debug, Clone, Copy)]
pub struct SetExpert(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<SetTextSize>()
        .add_message::<SetPace>()
        .add_message::<SetExpert>()
        .init_resource::<Expert>()
        .add_systems(PreUpdate, apply)
        .add_systems(
            Update,
            remember.run_if(
                resource_changed::<UiScale>
                    .or_else(resource_changed::<Pace>)
                    .or_else(resource_changed::<Expert>)
                    .or_else(resource_changed::<crate::app::Language>)
                    .or_else(resource_changed::<crate::app::voice::VoicePractice>)
                    .or_else(resource_changed::<crate::app::trainee::Trainee>),
            ),
        );
}

/// Settings are saved the moment they change: a window ended by a signal loses nothing.
fn remember(
    config: Res<crate::app::trainee::ConfigFile>,
    trainee: Res<crate::app::trainee::Trainee>,
    language: Res<crate::app::Language>,
    scale: Res<UiScale>,
    (pace, expert): (Res<Pace>, Res<Expert>),
    voice: Res<crate::app::voice::VoicePractice>,
) {
    // Before the trainee has said who they are there is nobody to remember them for.
    if trainee.name.is_empty() {
        return;
    }
    let remembered = crate::app::trainee::Remembered {
        name: trainee.name.clone(),
        language: language.texts.lang().to_string(),
        text_size: scale.0,
        pace: pace.0,
        expert: expert.0,
        voice: voice.0,
    };
    crate::app::trainee::save(&config, &remembered);
}

fn apply(
    mut sizes: MessageReader<SetTextSize>,
    mut paces: MessageReader<SetPace>,
    mut experts: MessageReader<SetExpert>,
    mut scale: ResMut<UiScale>,
    mut pace: ResMut<Pace>,
    mut expert: ResMut<Expert>,
) {
    if let Some(SetExpert(on)) = experts.read().last() {
        expert.set_if_neq(Expert(*on));
    }
    if let Some(SetTextSize(size)) = sizes.read().last() {
        scale.0 = *size;
    }
    if let Some(SetPace(cps)) = paces.read().last() {
        pace.0 = *cps;
    }
}
