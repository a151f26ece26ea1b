//! The manager's review, behind the manager's passphrase: the team at a glance (every
//! trainee with pass rate, averages, flags that mean something and trend; the team's row,
//! chart, principles missed most and hardest decisions); a trainee's page (their chart,
//! the principle to work on, their sessions, and renaming, merging, hiding or deleting
//! them); a session read back exactly as its debrief showed it, under who and when.
//! Filtered by scenario and period, paged, and usable while the scorecards are read.

use super::Screen;
use crate::app::records::{DataDir, Records};
use crate::app::theme::{Fonts, palette, widget};
use crate::app::{Language, Library};
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use defuse_core::i18n::Texts;
use defuse_core::report;

mod chart;
pub mod door;
pub mod manage;
mod overview;
mod trainee;
mod view;
pub use manage::Manage;
use view::navigate;
pub use view::{Choosing, Navigate, Period, View, filtered};

/// Rows on one page of a list.
pub const PAGE: usize = 10;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((door::plugin, manage::plugin));
    app.init_resource::<View>();
    app.add_message::<Navigate>();
    app.add_systems(OnEnter(Screen::Manager), spawn_manager);
    app.add_systems(
        Update,
        (
            keys,
            navigate,
            super::rebuild::<ManagerRoot, _>(spawn_manager).run_if(
                resource_changed::<View>
                    .or_else(resource_changed::<Language>)
                    .or_else(resource_changed::<door::Door>)
                    .or_else(resource_changed::<manage::Pending>)
                    .or_else(records_changed)
                    .or_else(progress_moved),
            ),
        )
            .chain()
            .run_if(in_state(Screen::Manager)),
    );
}

/// The manager's root, rebuilt when the view changes.
#[derive(Component)]
struct ManagerRoot;

/// Rebuild when the cards or the roster change (a trainee renamed, merged, deleted).
fn records_changed(records: Res<Records>) -> bool {
    records.is_changed() && !records.is_added()
}

/// Rebuild while the progress of reading moves, and once when it ends.
fn progress_moved(records: Res<Records>, mut last: Local<Option<(usize, usize)>>) -> bool {
    let now = records.progress();
    // Redraw at most every 2% of the files, so reading is not slowed by rebuilding.
    let step = now.map(|(d, t)| (d * 50 / t.max(1), t));
    if step != *last {
        *last = step;
        return true;
    }
    false
}

/// Esc goes back; PageUp/PageDown scroll the page like every screen's (the paging
/// buttons turn the list's pages).
fn keys(input: Res<ButtonInput<KeyCode>>, mut go: MessageWriter<Navigate>) {
    if input.just_pressed(KeyCode::Escape) {
        go.write(Navigate::Back);
    }
}

#[allow(clippy::too_many_arguments)]
fn spawn_manager(
    mut commands: Commands,
    fonts: Res<Fonts>,
    language: Res<Language>,
    records: Res<Records>,
    library: Res<Library>,
    view: Res<View>,
    (door, dir, pending): (Res<door::Door>, Res<DataDir>, Res<manage::Pending>),
    mut images: ResMut<Assets<Image>>,
) {
    let t = &language.texts;
    let zone = jiff::tz::TimeZone::system();
    commands
        .spawn((
            widget::ui_root("Manager"),
            TabGroup::default(),
            ManagerRoot,
            DespawnOnExit(Screen::Manager),
        ))
        .with_children(|ui| {
            ui.spawn(widget::row(16.0)).with_children(|row| {
                row.spawn(widget::heading(&fonts, t.get("manager-title"), 28.0));
                row.spawn(widget::button(&fonts, t.get("manager-back"), false))
                    .observe(widget::sends(Navigate::Back));
                if door::is_open(&door, &dir) {
                    filters(row, &fonts, t, &library, &view);
                }
            });
            if !door::is_open(&door, &dir) {
                door::spawn(ui, &fonts, &language, &door, &dir);
                return;
            }
            choices(ui, &fonts, t, &library, &view);
            notices(ui, &fonts, t, &records);
            let cards = filtered(&records, &view);
            let session = view
                .session
                .and_then(|id| cards.iter().find(|c| c.id == id).copied());
            match (&view.trainee, session) {
                (_, Some(card)) => {
                    // Who and when, above the session as its debrief showed it.
                    ui.spawn(widget::text(
                        &fonts,
                        t.format(
                            "manager-session-who",
                            &[
                                ("trainee", card.trainee.as_str().into()),
                                ("when", report::date_time(t, card.ended, &zone).into()),
                                ("language", card.language.as_str().into()),
                            ],
                        ),
                        18.0,
                        palette::INK,
                    ));
                    let notes = report::table::notes(t, card);
                    if !notes.is_empty() {
                        ui.spawn(widget::text(&fonts, notes, 15.0, palette::MUTED));
                    }
                    crate::app::theme::scorecard::scorecard(ui, &fonts, t, card, &mut images, None);
                }
                (Some(name), None) => {
                    let people = (&*records, &*pending);
                    trainee::spawn(
                        ui,
                        &fonts,
                        t,
                        people,
                        &cards,
                        &principles(&library),
                        name,
                        &view,
                        &zone,
                    );
                }
                (None, None) => {
                    overview::spawn(ui, &fonts, t, &cards, &principles(&library), &view, &zone);
                }
            }
        });
}

/// The principles in the interface language, so that a principle missed in a session in
/// another language is named in this one.
fn principles(library: &Library) -> Vec<defuse_core::model::Principle> {
    let mut all: Vec<defuse_core::model::Principle> = Vec::new();
    for story in &library.stories {
        for p in story.principles() {
            if !all.iter().any(|a| a.id == p.id) {
                all.push(p.clone());
            }
        }
    }
    all
}

/// What the manager should know before the tables: reading in progress, a save that
/// failed, files skipped, a roster that cannot be read.
fn notices(ui: &mut ChildSpawnerCommands, fonts: &Fonts, t: &Texts, records: &Records) {
    if let Some((done, total)) = records.progress() {
        ui.spawn(widget::text(
            fonts,
            t.format(
                "manager-loading",
                &[("done", done.into()), ("total", total.into())],
            ),
            16.0,
            palette::ACCENT,
        ));
    }
    for reason in records.save_error.iter().chain(&records.roster_error) {
        ui.spawn(widget::paragraph(
            fonts,
            t.format("manager-save-error", &[("reason", reason.as_str().into())]),
            15.0,
            palette::WARNING,
        ));
    }
    if !records.skipped.is_empty() {
        ui.spawn(widget::card(900.0)).with_children(|card| {
            card.spawn(widget::text(
                fonts,
                t.format(
                    "manager-skipped",
                    &[("count", records.skipped.len().into())],
                ),
                15.0,
                palette::WARNING,
            ));
            for skipped in records.skipped.iter().take(3) {
                card.spawn(widget::paragraph(
                    fonts,
                    skipped.to_string(),
                    13.0,
                    palette::MUTED,
                ));
            }
        });
    }
}

/// The filters, two buttons on the title's row showing what is chosen; a click opens the
/// choices under the row (`choices`), a choice closes them.
fn filters(
    row: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    library: &Library,
    view: &View,
) {
    let shown = match &view.scenario {
        None => t.get("manager-all"),
        Some(id) => library
            .stories
            .iter()
            .find(|s| &s.scenario.id == id)
            .map(|s| s.scenario.title.clone())
            .unwrap_or_else(|| id.clone()),
    };
    let open = |which| {
        if view.choosing == Some(which) {
            " ▴"
        } else {
            " ▾"
        }
    };
    row.spawn(widget::button(
        fonts,
        t.format("manager-filter-scenario", &[("scenario", shown.into())])
            + open(Choosing::Scenario),
        view.scenario.is_some(),
    ))
    .observe(widget::sends(Navigate::Choose(Choosing::Scenario)));
    row.spawn(widget::button(
        fonts,
        t.format(
            "manager-filter-period",
            &[("period", t.get(view.period.label()).into())],
        ) + open(Choosing::Period),
        view.period != Period::All,
    ))
    .observe(widget::sends(Navigate::Choose(Choosing::Period)));
}

/// The open filter's choices, one button each, the current one marked.
fn choices(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    library: &Library,
    view: &View,
) {
    let Some(which) = view.choosing else {
        return;
    };
    ui.spawn(Node {
        flex_direction: FlexDirection::Row,
        flex_wrap: FlexWrap::Wrap,
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        max_width: Val::Px(1000.0),
        column_gap: Val::Px(8.0),
        row_gap: Val::Px(8.0),
        ..default()
    })
    .with_children(|row| match which {
        Choosing::Scenario => {
            row.spawn(widget::button(
                fonts,
                t.get("manager-all"),
                view.scenario.is_none(),
            ))
            .observe(widget::sends(Navigate::Scenario(None)));
            for story in &library.stories {
                let id = story.scenario.id.clone();
                let selected = view.scenario.as_deref() == Some(id.as_str());
                row.spawn(widget::button(
                    fonts,
                    story.scenario.title.clone(),
                    selected,
                ))
                .observe(widget::sends(Navigate::Scenario(Some(id))));
            }
        }
        Choosing::Period => {
            for period in Period::ALL {
                row.spawn(widget::button(
                    fonts,
                    t.get(period.label()),
                    view.period == period,
                ))
                .observe(widget::sends(Navigate::Period(period)));
            }
        }
    });
}

/// Rows on one page of a list: the page shown (clamped) and the number of pages.
pub fn page_of(page: usize, rows: usize) -> (usize, usize) {
    let pages = rows.div_ceil(PAGE).max(1);
    (page.min(pages - 1), pages)
}

/// Previous, "Page 2 of 3", Next: above the list it turns, so it is always in reach.
pub fn pager(ui: &mut ChildSpawnerCommands, fonts: &Fonts, t: &Texts, page: usize, pages: usize) {
    if pages < 2 {
        return;
    }
    ui.spawn(widget::row(12.0)).with_children(|row| {
        row.spawn(widget::button(fonts, t.get("manager-previous"), false))
            .observe(widget::sends(Navigate::Page(-1)));
        row.spawn(widget::label_text(
            fonts,
            t.format(
                "manager-page",
                &[("page", (page + 1).into()), ("pages", pages.into())],
            ),
        ));
        row.spawn(widget::button(fonts, t.get("manager-next"), false))
            .observe(widget::sends(Navigate::Page(1)));
    });
}
