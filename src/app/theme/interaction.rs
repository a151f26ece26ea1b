//! One way to press a button, whatever the device: a click, or Enter or Space on the
//! focused button. Tab and Shift+Tab move the focus, which shows as an outline while the
//! keyboard is in use.

use super::palette;
use bevy::input::ButtonState;
use bevy::input::keyboard::KeyboardInput;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::input_focus::{FocusedInput, InputFocus, InputFocusVisible};
use bevy::picking::events::{Click, Pointer};
use bevy::prelude::*;

/// A button was pressed: give a button its action with `.observe(|_: On<Activate>, ...|)`.
#[derive(EntityEvent, Debug, Clone, Copy)]
pub struct Activate {
    pub entity: Entity,
}

pub(crate) fn plugin(app: &mut App) {
    app.add_observer(click_activates);
    app.add_observer(keys_activate);
    app.add_systems(PostUpdate, show_focus);
}

fn click_activates(
    click: On<Pointer<Click>>,
    buttons: Query<(), With<Button>>,
    mut commands: Commands,
) {
    if buttons.contains(click.entity) {
        commands.trigger(Activate {
            entity: click.entity,
        });
    }
}

fn keys_activate(
    mut input: On<FocusedInput<KeyboardInput>>,
    buttons: Query<(), With<Button>>,
    mut commands: Commands,
) {
    let key = &input.input;
    if key.state != ButtonState::Pressed || key.repeat {
        return;
    }
    if matches!(
        key.key_code,
        KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::Space
    ) && buttons.contains(input.focused_entity)
    {
        commands.trigger(Activate {
            entity: input.focused_entity,
        });
        input.propagate(false);
    }
}

/// Outlines the focused element while the keyboard is in use.
fn show_focus(
    focus: Option<Res<InputFocus>>,
    visible: Option<Res<InputFocusVisible>>,
    mut focusable: Query<(Entity, &mut Outline), With<TabIndex>>,
) {
    let focused = match (focus, visible) {
        (Some(focus), Some(visible)) if visible.0 => focus.get(),
        _ => None,
    };
    for (entity, mut outline) in &mut focusable {
        let colour = if Some(entity) == focused {
            palette::FOCUS
        } else {
            Color::NONE
        };
        if outline.color != colour {
            outline.color = colour;
        }
    }
}

/// What makes an element reachable with Tab, with room for its focus outline.
pub fn focusable() -> impl Bundle {
    (
        TabIndex(0),
        Outline {
            width: Val::Px(3.0),
            offset: Val::Px(2.0),
            color: Color::NONE,
        },
    )
}
