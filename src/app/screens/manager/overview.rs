//! The team at a glance: every trainee's row (red only where a criterion needs work) and
//! the team's own row; then the team's chart week by week, the principles it misses most,
//! the hardest decision of each scenario, and first attempts against latest.

use super::chart;
use super::{Navigate, PAGE, View, page_of, pager};
use crate::app::theme::table::{cell, link_row_coloured, row_node, table_row};
use crate::app::theme::{Fonts, palette, widget};
use bevy::prelude::*;
use defuse_core::Criterion;
use defuse_core::i18n::Texts;
use defuse_core::report::chart::Dot;
use defuse_core::report::{self, TraineeSummary, team_text};
use defuse_core::scorecard::Scorecard;

const NAME: f32 = 160.0;
const SESSIONS: f32 = 150.0;
const NUMBER: f32 = 78.0;

pub fn spawn(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    cards: &[&Scorecard],
    principles: &[defuse_core::model::Principle],
    view: &View,
    zone: &jiff::tz::TimeZone,
) {
    let summaries = report::summarise(cards, principles);
    let team = report::team::team(cards, principles, zone);
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
        pager(card, fonts, t, page, pages);
        let mut head = vec![
            (t.get("report-trainee"), NAME),
            (t.get("report-sessions"), SESSIONS),
            (t.get("report-pass-rate"), NUMBER),
        ];
        head.extend(Criterion::ALL.map(|c| (t.criterion(c), NUMBER)));
        head.push((t.get("report-overall"), NUMBER));
        head.push((t.get("report-trend"), NUMBER));
        card.spawn(table_row(fonts, head, palette::MUTED));
        for s in summaries.iter().skip(page * PAGE).take(PAGE) {
            link_row_coloured(
                card,
                fonts,
                trainee_cells(t, s),
                Navigate::OpenTrainee(s.name.clone()),
            );
        }
        // The team's row, under everyone's.
        let mut cells = vec![
            (t.get("report-team"), NAME),
            (team.sessions.to_string(), SESSIONS),
            (report::percent(team.pass_rate), NUMBER),
        ];
        cells.extend(team.average.map(|a| (report::score(a), NUMBER)));
        cells.push((report::score(team.overall), NUMBER));
        card.spawn(table_row(fonts, cells, palette::INK));
        if summaries.iter().any(|s| !s.needs_work.is_empty()) {
            card.spawn(widget::text(
                fonts,
                report::table::flag_note(t),
                13.0,
                palette::MUTED,
            ));
        }
        card.spawn(widget::paragraph(
            fonts,
            t.get("report-pass-explained"),
            13.0,
            palette::MUTED,
        ));
        if let Some(line) = team_text::not_counted(t, &team) {
            card.spawn(widget::text(fonts, line, 13.0, palette::MUTED));
        }
    });
    if team.missed.is_empty() && team.scenarios.is_empty() {
        return;
    }
    ui.spawn(widget::heading(fonts, t.get("report-team-title"), 24.0));
    ui.spawn(widget::card(900.0)).with_children(|card| {
        card.spawn(widget::label_text(fonts, t.get("report-weeks-title")));
        let dots: Vec<Dot> = team
            .weeks
            .iter()
            .filter_map(|w| {
                Some(Dot {
                    at: w.start.to_zoned(zone.clone()).ok()?.timestamp(),
                    overall: w.overall,
                    passed: w.margin >= 0,
                })
            })
            .collect();
        chart::overall(card, fonts, t, &dots, team.pass_mark, (820.0, 200.0));
    });
    if !team.missed.is_empty() {
        ui.spawn(widget::card(900.0)).with_children(|card| {
            card.spawn(widget::label_text(fonts, t.get("report-missed-title")));
            for m in team_text::shown_principles(&team.missed) {
                card.spawn(widget::paragraph(
                    fonts,
                    team_text::missed_line(t, m),
                    15.0,
                    palette::INK,
                ));
            }
        });
    }
    if !team.scenarios.is_empty() {
        ui.spawn(widget::card(900.0)).with_children(|card| {
            card.spawn(widget::label_text(fonts, t.get("report-hardest-title")));
            for scenario in &team.scenarios {
                card.spawn(widget::text(
                    fonts,
                    team_text::scenario_heading(t, scenario),
                    16.0,
                    palette::INK,
                ));
                // The hardest decision: the one a manager should go through with the team.
                if let Some(d) = team_text::hard_decisions(scenario).next() {
                    for (k, line) in team_text::decision_lines(t, d).into_iter().enumerate() {
                        let (size, colour) = if k == 0 {
                            (14.0, palette::INK)
                        } else {
                            (13.0, palette::MUTED)
                        };
                        card.spawn(widget::paragraph(
                            fonts,
                            line.trim().to_owned(),
                            size,
                            colour,
                        ));
                    }
                }
                card.spawn(widget::paragraph(
                    fonts,
                    t.format(
                        "report-endings",
                        &[("list", team_text::endings(t, &scenario.endings).into())],
                    ),
                    13.0,
                    palette::MUTED,
                ));
            }
        });
    }
    if !team.progress.is_empty() {
        ui.spawn(widget::card(900.0)).with_children(|card| {
            card.spawn(widget::label_text(fonts, t.get("report-progress-title")));
            card.spawn(table_row(
                fonts,
                vec![
                    (t.get("report-trainee"), NAME),
                    (t.get("report-scenario"), 330.0),
                    (t.get("report-first-attempt"), NUMBER),
                    (t.get("report-latest-attempt"), 110.0),
                    (t.get("report-attempts"), NUMBER),
                ],
                palette::MUTED,
            ));
            for p in &team.progress {
                card.spawn((
                    row_node(),
                    children![
                        cell(fonts, p.trainee.clone(), NAME, palette::INK),
                        cell(fonts, p.scenario.clone(), 330.0, palette::INK),
                        cell(fonts, p.first.to_string(), NUMBER, palette::INK),
                        cell(
                            fonts,
                            format!(
                                "{} ({:+})",
                                p.latest,
                                i32::from(p.latest) - i32::from(p.first)
                            ),
                            110.0,
                            palette::INK
                        ),
                        cell(fonts, p.attempts.to_string(), NUMBER, palette::INK),
                    ],
                ));
            }
        });
    }
}

fn trainee_cells(t: &Texts, s: &TraineeSummary) -> Vec<(String, f32, Color)> {
    let mut cells = vec![
        (s.name.clone(), NAME, palette::INK),
        (report::table::sessions_cell(t, s), SESSIONS, palette::INK),
        (report::percent(s.pass_rate), NUMBER, palette::INK),
    ];
    for (k, c) in Criterion::ALL.into_iter().enumerate() {
        let colour = if s.needs_work.contains(&c) {
            palette::WARNING
        } else {
            palette::INK
        };
        cells.push((report::table::flagged(s, k), NUMBER, colour));
    }
    cells.push((report::score(s.overall), NUMBER, palette::INK));
    cells.push((report::change(s.trend), NUMBER, palette::INK));
    cells
}
