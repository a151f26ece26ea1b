//! The customer as the conversation draws them: a face whose colour, brows and mouth
//! follow the mood, and the mood meter.

use crate::app::language::KeepLeftToRight;
use crate::app::theme::{Fonts, palette, widget};
use bevy::prelude::*;

/// The face's colour: red when furious, amber when tense, green when pleased.
pub(super) fn mood_colour(mood: i32) -> Color {
    let t = (mood as f32 + 100.0) / 200.0;
    if t < 0.5 {
        palette::HARD.mix(&palette::MEDIUM, t * 2.0)
    } else {
        palette::MEDIUM.mix(&palette::EASY, (t - 0.5) * 2.0)
    }
}

/// A face drawn from rounded boxes: brows tilt and the mouth bends with the mood.
pub(super) fn face(mood: i32) -> impl Bundle {
    let skin = mood_colour(mood);
    let frown = mood < -15;
    let brow_tilt = if mood < -40 {
        0.35
    } else if mood < 0 {
        0.15
    } else {
        0.0
    };
    let mouth_width = 70.0;
    let mouth = Node {
        width: Val::Px(mouth_width),
        height: Val::Px(28.0),
        margin: UiRect::top(Val::Px(if frown { 26.0 } else { 6.0 })),
        border: if frown {
            UiRect::top(Val::Px(6.0))
        } else if mood > 20 {
            UiRect::bottom(Val::Px(6.0))
        } else {
            UiRect::bottom(Val::Px(0.0))
        },
        border_radius: BorderRadius::all(Val::Percent(50.0)),
        ..default()
    };
    let straight = mood <= 20 && !frown;
    (
        Name::new("Face"),
        Node {
            width: Val::Px(180.0),
            height: Val::Px(180.0),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::top(Val::Px(42.0)),
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BackgroundColor(skin),
        children![
            (
                Node {
                    width: Val::Px(110.0),
                    justify_content: JustifyContent::SpaceBetween,
                    ..default()
                },
                KeepLeftToRight,
                children![brow(brow_tilt), brow(-brow_tilt)],
            ),
            (
                Node {
                    width: Val::Px(90.0),
                    justify_content: JustifyContent::SpaceBetween,
                    margin: UiRect::top(Val::Px(8.0)),
                    ..default()
                },
                children![eye(), eye()],
            ),
            (
                mouth,
                BorderColor::all(palette::INK),
                BackgroundColor(if straight { palette::INK } else { Color::NONE }),
                UiTransform::from_scale(if straight {
                    Vec2::new(1.0, 0.2)
                } else {
                    Vec2::ONE
                }),
            ),
        ],
    )
}

fn brow(tilt: f32) -> impl Bundle {
    (
        Node {
            width: Val::Px(40.0),
            height: Val::Px(7.0),
            border_radius: BorderRadius::all(Val::Px(3.0)),
            ..default()
        },
        BackgroundColor(palette::INK),
        UiTransform::from_rotation(Rot2::radians(tilt)),
    )
}

fn eye() -> impl Bundle {
    (
        Node {
            width: Val::Px(16.0),
            height: Val::Px(16.0),
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BackgroundColor(palette::INK),
    )
}

/// The mood meter: a bar from furious to pleased.
pub(super) fn mood_meter(fonts: &Fonts, label: String, mood: i32) -> impl Bundle {
    let share = (mood as f32 + 100.0) / 2.0;
    (
        Node {
            width: Val::Px(220.0),
            flex_direction: FlexDirection::Column,
            row_gap: Val::Px(4.0),
            ..default()
        },
        children![
            widget::text(fonts, label, 14.0, palette::MUTED),
            widget::bar(
                Node {
                    width: Val::Percent(100.0),
                    height: Val::Px(14.0),
                    border_radius: BorderRadius::all(Val::Px(7.0)),
                    ..default()
                },
                share,
                mood_colour(mood),
                (),
            ),
        ],
    )
}
