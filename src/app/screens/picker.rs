//! The scenario picker: a card per scenario with its title, setting, difficulty and brief,
//! and what keeps broken files out.

use super::Screen;
use crate::app::Library;
use crate::app::theme::{Fonts, palette, widget};
use bevy::prelude::*;
use defuse_core::Difficulty;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Picker), spawn_picker);
}

fn difficulty_colour(d: Difficulty) -> Color {
    match d {
        Difficulty::Easy => palette::EASY,
        Difficulty::Medium => palette::MEDIUM,
        Difficulty::Hard => palette::HARD,
    }
}

fn spawn_picker(mut commands: Commands, fonts: Res<Fonts>, library: Res<Library>) {
    let root = commands
        .spawn((widget::ui_root("Picker"), DespawnOnExit(Screen::Picker)))
        .id();
    commands.entity(root).with_children(|ui| {
        ui.spawn(widget::heading(&fonts, "Defuse", 40.0));
        ui.spawn(widget::text(
            &fonts,
            format!(
                "{} scenario{} in {}",
                library.stories.len(),
                if library.stories.len() == 1 { "" } else { "s" },
                library.folder
            ),
            16.0,
            palette::MUTED,
        ));
        for story in &library.stories {
            let s = &story.scenario;
            ui.spawn((Name::new(format!("Card {}", s.id)), widget::card(900.0)))
                .with_children(|card| {
                    card.spawn(widget::heading(&fonts, s.title.clone(), 22.0));
                    card.spawn(widget::row(8.0)).with_children(|row| {
                        row.spawn(widget::tag(
                            &fonts,
                            s.difficulty.to_string(),
                            difficulty_colour(s.difficulty),
                        ));
                        row.spawn(widget::tag(&fonts, s.setting.to_string(), palette::ACCENT));
                        row.spawn(widget::text(
                            &fonts,
                            format!("Customer: {}", s.customer.name),
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
                card.spawn(widget::heading(
                    &fonts,
                    "Scenarios left out (run `defuse validate`)",
                    18.0,
                ));
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
