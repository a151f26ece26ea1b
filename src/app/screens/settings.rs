//! The settings screen: language (switched at once; Hebrew mirrors the layout), text size,
//! reading pace, and whether replies are listed or always typed (expert). What is chosen
//! is remembered with the trainee's name.

use super::Screen;
use crate::app::session::Pace;
use crate::app::settings::{self, Expert, SetExpert, SetPace, SetTextSize};
use crate::app::theme::interaction::Activate;
use crate::app::theme::{Fonts, palette, widget};
use crate::app::{Language, SwitchLanguage};
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use defuse_core::i18n::{self, Texts};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn_settings);
    app.add_systems(
        Update,
        (
            keys,
            respawn.run_if(
                resource_changed::<Language>
                    .or_else(resource_changed::<UiScale>)
                    .or_else(resource_changed::<Pace>)
                    .or_else(resource_changed::<Expert>),
            ),
        )
            .run_if(in_state(Screen::Settings)),
    );
}

#[derive(Component)]
struct SettingsRoot;

fn keys(input: Res<ButtonInput<KeyCode>>, mut next: ResMut<NextState<Screen>>) {
    if input.just_pressed(KeyCode::Escape) {
        next.set(Screen::Picker);
    }
}

fn respawn(
    mut commands: Commands,
    roots: Query<Entity, With<SettingsRoot>>,
    fonts: Res<Fonts>,
    language: Res<Language>,
    scale: Res<UiScale>,
    pace: Res<Pace>,
    expert: Res<Expert>,
) {
    if roots.is_empty() {
        return;
    }
    for root in &roots {
        commands.entity(root).despawn();
    }
    spawn_settings(commands, fonts, language, scale, pace, expert);
}

/// A row of buttons, one per shipped language, each in its own language.
pub fn language_row(ui: &mut ChildSpawnerCommands, fonts: &Fonts, t: &Texts) {
    ui.spawn(widget::row(8.0)).with_children(|row| {
        row.spawn(widget::text(
            fonts,
            t.get("picker-language"),
            15.0,
            palette::MUTED,
        ));
        for tag in i18n::SHIPPED {
            let Some(lang) = i18n::langid(tag) else {
                continue;
            };
            let name = Texts::new(&lang).get("language-name");
            let selected = t.lang().language == lang.language;
            row.spawn(widget::button(fonts, name, selected)).observe(
                move |_: On<Activate>, mut switch: MessageWriter<SwitchLanguage>| {
                    switch.write(SwitchLanguage(lang.clone()));
                },
            );
        }
    });
}

fn spawn_settings(
    mut commands: Commands,
    fonts: Res<Fonts>,
    language: Res<Language>,
    scale: Res<UiScale>,
    pace: Res<Pace>,
    expert: Res<Expert>,
) {
    let t = &language.texts;
    commands
        .spawn((
            widget::ui_root("Settings"),
            TabGroup::default(),
            SettingsRoot,
            DespawnOnExit(Screen::Settings),
        ))
        .with_children(|ui| {
            ui.spawn(widget::heading(&fonts, t.get("settings-title"), 34.0));
            ui.spawn(widget::card(700.0)).with_children(|card| {
                language_row(card, &fonts, t);
                let sizes = settings::TEXT_SIZES
                    .map(|(label, size)| (label, (scale.0 - size).abs() < 0.01, SetTextSize(size)));
                choices(card, &fonts, t, "settings-text-size", sizes);
                let paces = settings::PACES
                    .map(|(label, cps)| (label, (pace.0 - cps).abs() < 0.01, SetPace(cps)));
                choices(card, &fonts, t, "settings-pace", paces);
                card.spawn(widget::paragraph(
                    &fonts,
                    t.get("settings-pace-note"),
                    14.0,
                    palette::MUTED,
                ));
                let replies = [
                    ("settings-replies-listed", !expert.0, SetExpert(false)),
                    ("settings-replies-own-words", expert.0, SetExpert(true)),
                ];
                choices(card, &fonts, t, "settings-replies", replies);
                card.spawn(widget::paragraph(
                    &fonts,
                    t.get("settings-expert-note"),
                    14.0,
                    palette::MUTED,
                ));
            });
            ui.spawn(widget::button(&fonts, t.get("manager-back"), true))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                    next.set(Screen::Picker);
                });
        });
}

/// A labelled row of buttons, one per option, the current one selected; a press sends
/// the option's message.
fn choices<M: Message + Copy>(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    label: &str,
    options: impl IntoIterator<Item = (&'static str, bool, M)>,
) {
    ui.spawn(widget::row(8.0)).with_children(|row| {
        row.spawn(widget::text(fonts, t.get(label), 15.0, palette::MUTED));
        for (name, selected, message) in options {
            row.spawn(widget::button(fonts, t.get(name), selected))
                .observe(move |_: On<Activate>, mut set: MessageWriter<M>| {
                    set.write(message);
                });
        }
    });
}
