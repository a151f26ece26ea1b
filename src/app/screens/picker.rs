//! The scenario picker: a card per scenario with its title, setting, difficulty and brief,
//! what keeps broken files out, and the interface language.

use super::Screen;
use crate::app::records::Records;
use crate::app::session::StartScenario;
use crate::app::theme::interaction::{Activate, focusable};
use crate::app::theme::{Fonts, palette, widget};
use crate::app::trainee::Trainee;
use crate::app::{Language, Library};
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use defuse_core::Difficulty;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<OpenFirst>();
    app.add_systems(OnEnter(Screen::Picker), (spawn_picker, open_first));
    app.add_systems(Update, keys.run_if(in_state(Screen::Picker)));
    app.add_systems(
        Update,
        super::rebuild::<PickerRoot, _>(spawn_picker).run_if(
            in_state(Screen::Picker)
                .and_then(resource_changed::<Language>.or_else(resource_changed::<Records>)),
        ),
    );
}

/// The scenario `play ID --gui` named: opened the first time the picker comes up, so a
/// trainer goes from the name straight into it.
#[derive(Resource, Debug, Default, Clone)]
pub struct OpenFirst(pub Option<String>);

fn open_first(
    mut open: ResMut<OpenFirst>,
    library: Res<Library>,
    mut start: MessageWriter<StartScenario>,
) {
    let Some(id) = open.0.take() else { return };
    if let Some(index) = library.stories.iter().position(|s| s.scenario.id == id) {
        start.write(StartScenario(index));
    }
}

/// `M` opens the manager's review, `S` the settings.
fn keys(input: Res<ButtonInput<KeyCode>>, mut next: ResMut<NextState<Screen>>) {
    if input.just_pressed(KeyCode::KeyM) {
        next.set(Screen::Manager);
    }
    if input.just_pressed(KeyCode::KeyS) {
        next.set(Screen::Settings);
    }
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

fn spawn_picker(
    mut commands: Commands,
    fonts: Res<Fonts>,
    library: Res<Library>,
    language: Res<Language>,
    records: Res<Records>,
    trainee: Res<Trainee>,
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
        widget::language_row(ui, &fonts, t);
        ui.spawn(widget::row(12.0)).with_children(|row| {
            row.spawn(widget::button(&fonts, t.get("settings-open"), false))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                    next.set(Screen::Settings);
                });
            row.spawn(widget::button(&fonts, t.get("manager-open"), false))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                    next.set(Screen::Manager);
                });
        });
        ui.spawn(widget::text(
            &fonts,
            // The folder is the trainer's business: `defuse list` names it.
            t.format("picker-count", &[("count", library.stories.len().into())]),
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
            .observe(widget::sends(StartScenario(index)))
            .with_children(|card| {
                card.spawn(widget::heading(&fonts, s.title.clone(), 22.0));
                card.spawn(widget::row(8.0)).with_children(|row| {
                    row.spawn(widget::tag(
                        &fonts,
                        t.difficulty(s.difficulty),
                        difficulty_colour(s.difficulty),
                    ));
                    row.spawn(widget::tag(&fonts, t.setting(&s.setting), palette::ACCENT));
                    row.spawn(widget::label_text(
                        &fonts,
                        t.format(
                            "picker-customer",
                            &[
                                ("name", s.customer.name.as_str().into()),
                                (
                                    "gender",
                                    defuse_core::Gender::fluent(s.customer.gender).into(),
                                ),
                            ],
                        ),
                    ));
                });
                card.spawn(widget::paragraph(
                    &fonts,
                    s.brief.clone(),
                    16.0,
                    palette::INK,
                ));
                if let Some(best) = records.best(&trainee.name, &s.id) {
                    let verdict = if best.passed {
                        t.get("report-passed")
                    } else {
                        t.get("report-failed")
                    };
                    card.spawn(widget::text(
                        &fonts,
                        t.format(
                            "picker-best",
                            &[
                                ("score", defuse_core::report::score(best.overall).into()),
                                ("verdict", verdict.into()),
                            ],
                        ),
                        15.0,
                        if best.passed {
                            palette::EASY
                        } else {
                            palette::MEDIUM
                        },
                    ));
                }
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
