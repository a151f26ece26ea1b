//! The manager's review: every trainee with their sessions, averages per criterion, pass
//! rate and trend; a trainee's sessions; a session read back exactly as its debrief
//! showed it. Filtered by scenario and period, paged, and usable while the scorecards
//! are still being read.

use super::Screen;
use crate::app::records::Records;
use crate::app::theme::table::{link_row, table_row};
use crate::app::theme::{Fonts, palette, widget};
use crate::app::{Language, Library};
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use defuse_core::Criterion;
use defuse_core::i18n::Texts;
use defuse_core::report::{self, TraineeSummary};
use defuse_core::scorecard::Scorecard;

mod view;
use view::navigate;
pub use view::{Navigate, Period, View, filtered};

/// Rows on one page of a list.
pub const PAGE: usize = 10;

pub(super) fn plugin(app: &mut App) {
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

fn spawn_manager(
    mut commands: Commands,
    fonts: Res<Fonts>,
    language: Res<Language>,
    records: Res<Records>,
    library: Res<Library>,
    view: Res<View>,
    mut images: ResMut<Assets<Image>>,
) {
    let t = &language.texts;
    let cards = filtered(&records, &view);
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
                row.spawn(widget::heading(&fonts, t.get("manager-title"), 34.0));
                row.spawn(widget::button(&fonts, t.get("manager-back"), false))
                    .observe(widget::sends(Navigate::Back));
            });
            if let Some((done, total)) = records.progress() {
                ui.spawn(widget::text(
                    &fonts,
                    t.format(
                        "manager-loading",
                        &[("done", done.into()), ("total", total.into())],
                    ),
                    16.0,
                    palette::ACCENT,
                ));
            }
            if let Some(reason) = &records.save_error {
                ui.spawn(widget::paragraph(
                    &fonts,
                    t.format("manager-save-error", &[("reason", reason.as_str().into())]),
                    15.0,
                    palette::WARNING,
                ));
            }
            if !records.skipped.is_empty() {
                ui.spawn(widget::card(900.0)).with_children(|card| {
                    card.spawn(widget::text(
                        &fonts,
                        t.format(
                            "manager-skipped",
                            &[("count", records.skipped.len().into())],
                        ),
                        15.0,
                        palette::WARNING,
                    ));
                    for skipped in records.skipped.iter().take(5) {
                        card.spawn(widget::paragraph(
                            &fonts,
                            skipped.to_string(),
                            13.0,
                            palette::MUTED,
                        ));
                    }
                });
            }
            filters(ui, &fonts, t, &library, &view);
            let session = view
                .session
                .and_then(|id| cards.iter().find(|c| c.id == id).copied());
            match (&view.trainee, session) {
                (_, Some(card)) => {
                    crate::app::theme::scorecard::scorecard(ui, &fonts, t, card, &mut images, None);
                }
                (Some(name), None) => trainee(ui, &fonts, t, &cards, name, &view, &zone),
                (None, None) => trainees(ui, &fonts, t, &cards, &view),
            }
        });
}

fn filters(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    library: &Library,
    view: &View,
) {
    ui.spawn(widget::row(8.0)).with_children(|row| {
        row.spawn(widget::label_text(fonts, t.get("manager-scenario")));
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
            .observe(widget::sends(Navigate::Scenario(Some(id.clone()))));
        }
    });
    ui.spawn(widget::row(8.0)).with_children(|row| {
        row.spawn(widget::label_text(fonts, t.get("manager-period")));
        for period in Period::ALL {
            row.spawn(widget::button(
                fonts,
                t.get(period.label()),
                view.period == period,
            ))
            .observe(widget::sends(Navigate::Period(period)));
        }
    });
}

/// Column widths of the trainee table, in pixels.
const NAME: f32 = 210.0;
const NUMBER: f32 = 74.0;

fn trainees(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    cards: &[&Scorecard],
    view: &View,
) {
    let summaries = report::summarise(cards, &[]);
    ui.spawn(widget::text(
        fonts,
        t.format(
            "report-heading",
            &[
                ("sessions", cards.len().into()),
                ("trainees", summaries.len().into()),
            ],
        ),
        16.0,
        palette::MUTED,
    ));
    if summaries.is_empty() {
        ui.spawn(widget::paragraph(
            fonts,
            t.get("report-empty"),
            16.0,
            palette::INK,
        ));
        return;
    }
    let (page, pages) = page_of(view.page, summaries.len());
    ui.spawn(widget::card(900.0)).with_children(|card| {
        let mut head = vec![
            (t.get("report-trainee"), NAME),
            (t.get("report-sessions"), NUMBER),
            (t.get("report-pass-rate"), NUMBER),
        ];
        head.extend(Criterion::ALL.map(|c| (t.criterion(c), NUMBER)));
        head.push((t.get("report-overall"), NUMBER));
        head.push((t.get("report-trend"), NUMBER));
        card.spawn(table_row(fonts, head, palette::MUTED));
        for s in summaries.iter().skip(page * PAGE).take(PAGE) {
            link_row(
                card,
                fonts,
                trainee_cells(s),
                Navigate::OpenTrainee(s.name.clone()),
            );
        }
    });
    pager(ui, fonts, t, page, pages);
}

fn trainee_cells(s: &TraineeSummary) -> Vec<(String, f32)> {
    let mut cells = vec![
        (s.name.clone(), NAME),
        (s.sessions.to_string(), NUMBER),
        (report::percent(s.pass_rate), NUMBER),
    ];
    cells.extend(s.average.map(|a| (report::score(a), NUMBER)));
    cells.push((report::score(s.overall), NUMBER));
    cells.push((report::change(s.trend), NUMBER));
    cells
}

fn trainee(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    cards: &[&Scorecard],
    name: &str,
    view: &View,
    zone: &jiff::tz::TimeZone,
) {
    let mine: Vec<&Scorecard> = cards
        .iter()
        .copied()
        .filter(|c| report::same_name(&c.trainee, name))
        .collect();
    // Summarised among everyone, so "needs work" is measured against the team.
    let summary = report::summarise(cards, &[])
        .into_iter()
        .find(|s| report::same_name(&s.name, name));
    ui.spawn(widget::heading(fonts, name.to_owned(), 26.0));
    let Some(summary) = summary else {
        ui.spawn(widget::paragraph(
            fonts,
            t.get("report-empty"),
            16.0,
            palette::INK,
        ));
        return;
    };
    ui.spawn(widget::card(900.0)).with_children(|card| {
        card.spawn(widget::label_text(
            fonts,
            t.format(
                "manager-trainee-summary",
                &[
                    ("sessions", summary.sessions.into()),
                    ("passed", summary.passed.into()),
                    ("abandoned", summary.abandoned.into()),
                    ("rate", report::percent(summary.pass_rate).into()),
                    ("trend", report::change(summary.trend).into()),
                ],
            ),
        ));
        for (c, value) in Criterion::ALL.into_iter().zip(summary.average) {
            card.spawn(widget::score_bar(fonts, t.criterion(c), value));
        }
        if let Some(line) = report::table::focus_line(t, &summary) {
            card.spawn(widget::text(fonts, line, 15.0, palette::WARNING));
        }
    });
    // Newest first: what a manager opens a trainee for.
    let newest: Vec<&Scorecard> = mine.iter().rev().copied().collect();
    let (page, pages) = page_of(view.page, newest.len());
    ui.spawn(widget::card(900.0)).with_children(|card| {
        card.spawn(table_row(
            fonts,
            vec![
                (t.get("report-when"), 190.0),
                (t.get("report-scenario"), 300.0),
                (t.get("report-outcome"), 170.0),
                (t.get("report-overall"), NUMBER),
                (t.get("report-result"), 90.0),
            ],
            palette::MUTED,
        ));
        for c in newest.iter().skip(page * PAGE).take(PAGE) {
            link_row(
                card,
                fonts,
                vec![
                    (report::date_time(t, c.ended, zone), 190.0),
                    (c.scenario.title.clone(), 300.0),
                    (report::table::outcome(t, c), 170.0),
                    (report::score(c.overall), NUMBER),
                    (report::table::verdict(t, c), 90.0),
                ],
                Navigate::OpenSession(c.id),
            );
        }
    });
    pager(ui, fonts, t, page, pages);
}

/// The page shown (clamped) and the number of pages.
pub fn page_of(page: usize, rows: usize) -> (usize, usize) {
    let pages = rows.div_ceil(PAGE).max(1);
    (page.min(pages - 1), pages)
}

fn pager(ui: &mut ChildSpawnerCommands, fonts: &Fonts, t: &Texts, page: usize, pages: usize) {
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
