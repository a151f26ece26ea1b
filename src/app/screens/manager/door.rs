//! The manager's door in the window: everyone's results open only with the manager
//! passphrase, set here on first use (typed twice). The passphrase shows as dots; the
//! check is the core's (`defuse_core::passphrase`), the same as the command line's.

use crate::app::Language;
use crate::app::records::DataDir;
use crate::app::screens::Screen;
use crate::app::theme::{Fonts, palette, widget};
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use defuse_core::passphrase::{self, PassphraseError};
use defuse_core::store::Store;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Door>();
    app.add_message::<Unlock>();
    // Registered by the input plugin in the window; headless tests write them themselves.
    app.add_message::<KeyboardInput>();
    app.add_systems(OnEnter(Screen::Manager), from_environment);
    app.add_systems(
        Update,
        (type_secret, unlock)
            .chain()
            .run_if(in_state(Screen::Manager).and_then(|door: Res<Door>| !door.open)),
    );
}

/// The door, and what is being typed at it.
#[derive(Resource, Debug, Default)]
pub struct Door {
    /// Opened in this run of the window.
    pub open: bool,
    /// The passphrase typed so far (never shown).
    pub typed: String,
    /// Setting it on first use: the first entry, waiting to be typed again.
    pub first: Option<String>,
    /// The last attempt's message (a wrong passphrase, too short, …), as a message id.
    pub note: Option<&'static str>,
}

/// Try the passphrase typed (the Unlock button, Enter).
#[derive(Message, Debug, Clone)]
pub struct Unlock;

/// The data folder's door; `None` when the window keeps no data (nothing to protect).
fn stored(dir: &DataDir) -> Option<Result<passphrase::Door, PassphraseError>> {
    dir.0
        .as_ref()
        .map(|root| passphrase::Door::read(&Store::new(root)))
}

/// Whether the door is open: opened in this run, or there is no data folder.
pub fn is_open(door: &Door, dir: &DataDir) -> bool {
    door.open || dir.0.is_none()
}

/// A scripted run (tests, CI) gives the passphrase in the environment, as the command line
/// takes it; it is checked like a typed one.
fn from_environment(mut door: ResMut<Door>, dir: Res<DataDir>) {
    if door.open {
        return;
    }
    if let Ok(given) = std::env::var("DEFUSE_MANAGER_PASSPHRASE")
        && !given.is_empty()
        && let Some(Ok(mut stored)) = stored(&dir)
    {
        let opened = if stored.is_set() {
            stored.check(&given).is_ok()
        } else {
            stored.set(&given).is_ok()
        };
        door.open = opened;
    }
}

fn type_secret(
    mut keys: MessageReader<KeyboardInput>,
    mut door: ResMut<Door>,
    mut unlock: MessageWriter<Unlock>,
) {
    for key in keys.read() {
        if key.state != ButtonState::Pressed {
            continue;
        }
        match &key.logical_key {
            Key::Enter => {
                unlock.write(Unlock);
            }
            Key::Backspace => {
                door.typed.pop();
            }
            _ => {
                if let Some(text) = &key.text
                    && text.chars().all(|c| !c.is_control())
                {
                    door.typed.push_str(text);
                }
            }
        }
    }
}

fn unlock(mut tries: MessageReader<Unlock>, mut door: ResMut<Door>, dir: Res<DataDir>) {
    if tries.read().last().is_none() {
        return;
    }
    let typed = std::mem::take(&mut door.typed);
    let Some(stored) = stored(&dir) else {
        door.open = true;
        return;
    };
    let mut stored = match stored {
        Ok(stored) => stored,
        Err(_) => {
            door.note = Some("manager-door-damaged");
            return;
        }
    };
    if stored.is_set() {
        match stored.check(&typed) {
            Ok(()) => {
                door.open = true;
                door.note = None;
            }
            Err(_) => door.note = Some("manager-door-wrong"),
        }
        return;
    }
    // First use: typed twice, then set.
    match door.first.take() {
        None if typed.chars().count() < passphrase::MIN_LENGTH => {
            door.note = Some("manager-door-short");
        }
        None => {
            door.first = Some(typed);
            door.note = None;
        }
        Some(first) if first != typed => door.note = Some("manager-door-mismatch"),
        Some(first) => match stored.set(&first) {
            Ok(()) => {
                door.open = true;
                door.note = None;
            }
            Err(_) => door.note = Some("manager-door-damaged"),
        },
    }
}

/// The door's form: what to type, the dots typed so far, Unlock, and the last message.
pub fn spawn(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    language: &Language,
    door: &Door,
    dir: &DataDir,
) {
    let t = &language.texts;
    // The file read once per drawing of the form.
    let stored = stored(dir);
    let set = matches!(stored, Some(Ok(ref d)) if d.is_set());
    let damaged = matches!(stored, Some(Err(_)));
    ui.spawn(widget::card(560.0)).with_children(|card| {
        let (intro, prompt) = match (set, &door.first) {
            (true, _) => ("manager-door-intro", "manager-door-prompt"),
            (false, None) => ("manager-door-first", "manager-door-new"),
            (false, Some(_)) => ("manager-door-first", "manager-door-again"),
        };
        card.spawn(widget::paragraph(
            fonts,
            t.format(intro, &[("length", passphrase::MIN_LENGTH.into())]),
            16.0,
            palette::INK,
        ));
        card.spawn(widget::label_text(fonts, t.get(prompt)));
        card.spawn((
            Name::new("Passphrase"),
            Node {
                min_width: Val::Px(320.0),
                min_height: Val::Px(40.0),
                padding: UiRect::axes(Val::Px(12.0), Val::Px(8.0)),
                border: UiRect::all(Val::Px(2.0)),
                align_items: AlignItems::Center,
                ..default()
            },
            BorderColor::all(palette::ACCENT),
            BackgroundColor(Color::WHITE),
        ))
        .with_children(|field| {
            // Dots, one per character typed, and a caret.
            let dots: String = "•".repeat(door.typed.chars().count());
            field.spawn(widget::text(fonts, format!("{dots}|"), 20.0, palette::INK));
        });
        card.spawn(widget::button(fonts, t.get("manager-door-unlock"), true))
            .observe(widget::sends(Unlock));
        let note = if damaged {
            Some("manager-door-damaged")
        } else {
            door.note
        };
        if let Some(note) = note {
            card.spawn(widget::paragraph(
                fonts,
                t.format(note, &[("length", passphrase::MIN_LENGTH.into())]),
                15.0,
                palette::WARNING,
            ));
        }
        card.spawn(widget::paragraph(
            fonts,
            t.get("manager-door-who"),
            14.0,
            palette::MUTED,
        ));
    });
}
