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
                card.spawn(widget::row(8.0)).with_children(|row| {
                    row.spawn(widget::text(
                        &fonts,
                        t.get("settings-text-size"),
                        15.0,
                        palette::MUTED,
                    ));
                    for (label, size) in settings::TEXT_SIZES {
                        let selected = (scale.0 - size).abs() < 0.01;
                        row.spawn(widget::button(&fonts, t.get(label), selected))
                            .observe(
                                move |_: On<Activate>, mut set: MessageWriter<SetTextSize>| {
                                    set.write(SetTextSize(size));
                                },
                            );
                    }
                });
                card.spawn(widget::row(8.0)).with_children(|row| {
                    row.spawn(widget::text(
                        &fonts,
                        t.get("settings-pace"),
                        15.0,
                        palette::MUTED,
                    ));
                    for (label, cps) in settings::PACES {
                        let selected = (pace.0 - cps).abs() < 0.01;
                        row.spawn(widget::button(&fonts, t.get(label), selected))
                            .observe(move |_: On<Activate>, mut set: MessageWriter<SetPace>| {
                                set.write(SetPace(cps));
                            });
                    }
                });
                card.spawn(widget::paragraph(
                    &fonts,
                    t.get("settings-pace-note"),
                    14.0,
                    palette::MUTED,
                ));
                card.spawn(widget::row(8.0)).with_children(|row| {
                    row.spawn(widget::text(
                        &fonts,
                        t.get("settings-replies"),
                        15.0,
                        palette::MUTED,
                    ));
                    for (label, on) in [
                        ("settings-replies-listed", false),
                        ("settings-replies-own-words", true),
                    ] {
                        row.spawn(widget::button(&fonts, t.get(label), expert.0 == on))
                            .observe(move |_: On<Activate>, mut set: MessageWriter<SetExpert>| {
                                set.write(SetExpert(on));
                            });
                    }
                });
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
