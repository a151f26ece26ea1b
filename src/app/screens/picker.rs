//! The scenario picker: a card per scenario with its title, setting, difficulty and brief,
//! what keeps broken files out, and the interface language.

use super::Screen;
use crate::app::session::{Pace, StartScenario};
use crate::app::settings::{self, SetPace, SetTextSize};
use crate::app::theme::interaction::{Activate, focusable};
use crate::app::theme::{Fonts, palette, widget};
use crate::app::{Language, Library, SwitchLanguage};
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use defuse_core::Difficulty;
use defuse_core::i18n::{self, Texts};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Picker), spawn_picker);
    app.add_systems(
        Update,
        respawn_on_language_change.run_if(
            in_state(Screen::Picker).and_then(
                resource_changed::<Language>
                    .or_else(resource_changed::<UiScale>)
                    .or_else(resource_changed::<Pace>),
            ),
        ),
    );
}

/// The picker's root, to rebuild it in another language.
#[derive(Component)]
struct PickerRoot;

fn difficulty_colour(d: Difficulty) -> Color {
    match d {
        Difficulty::Easy => palette::EASY,
        Difficulty::Medium => palette::MEDIUM,
        Difficulty::Hard => palette::HARD,
    }
}

#[allow(clippy::too_many_arguments)]
fn respawn_on_language_change(
    mut commands: Commands,
    roots: Query<Entity, With<PickerRoot>>,
    fonts: Res<Fonts>,
    library: Res<Library>,
    language: Res<Language>,
    scale: Res<UiScale>,
    pace: Res<Pace>,
) {
    if roots.is_empty() {
        return;
    }
    for root in &roots {
        commands.entity(root).despawn();
    }
    spawn_picker(commands, fonts, library, language, scale, pace);
}

fn spawn_picker(
    mut commands: Commands,
    fonts: Res<Fonts>,
    library: Res<Library>,
    language: Res<Language>,
    scale: Res<UiScale>,
    pace: Res<Pace>,
) {
    let t = &language.texts;
    let root = commands
        .spawn((
            widget::ui_root("Picker"),
            TabGroup::default(),
            PickerRoot,
            DespawnOnExit(Screen::Picker),
        ))
        .id();
    commands.entity(root).with_children(|ui| {
        ui.spawn(widget::heading(&fonts, t.get("picker-title"), 40.0));
        ui.spawn(widget::row(8.0)).with_children(|row| {
            row.spawn(widget::text(
                &fonts,
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
                row.spawn(widget::button(&fonts, name, selected)).observe(
                    move |_: On<Activate>, mut switch: MessageWriter<SwitchLanguage>| {
                        switch.write(SwitchLanguage(lang.clone()));
                    },
                );
            }
        });
        ui.spawn(widget::row(8.0)).with_children(|row| {
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
        ui.spawn(widget::text(
            &fonts,
            t.format(
                "picker-count",
                &[
                    ("count", library.stories.len().into()),
                    ("folder", library.folder.as_str().into()),
                ],
            ),
            16.0,
            palette::MUTED,
        ));
        for (index, story) in library.stories.iter().enumerate() {
            let s = &story.scenario;
            ui.spawn((
                Name::new(format!("Card {}", s.id)),
                widget::card(900.0),
                Button,
                focusable(),
            ))
            .observe(
                move |_: On<Activate>, mut start: MessageWriter<StartScenario>| {
                    start.write(StartScenario(index));
                },
            )
            .with_children(|card| {
                card.spawn(widget::heading(&fonts, s.title.clone(), 22.0));
                card.spawn(widget::row(8.0)).with_children(|row| {
                    row.spawn(widget::tag(
                        &fonts,
                        t.difficulty(s.difficulty),
                        difficulty_colour(s.difficulty),
                    ));
                    row.spawn(widget::tag(&fonts, t.setting(&s.setting), palette::ACCENT));
                    row.spawn(widget::text(
                        &fonts,
                        t.format(
                            "picker-customer",
                            &[("name", s.customer.name.as_str().into())],
                        ),
                        15.0,
                        palette::MUTED,
                    ));
                });
                card.spawn(widget::paragraph(
                    &fonts,
                    s.brief.clone(),
                    16.0,
                    palette::INK,
                ));
            });
        }
        if !library.broken.is_empty() {
            ui.spawn(widget::card(900.0)).with_children(|card| {
                card.spawn(widget::heading(&fonts, t.get("picker-broken"), 18.0));
                for line in &library.broken {
                    card.spawn(widget::paragraph(
                        &fonts,
                        line.clone(),
                        14.0,
                        palette::WARNING,
                    ));
                }
            });
        }
    });
}
