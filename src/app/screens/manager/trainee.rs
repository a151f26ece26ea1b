//! One trainee's page: their summary with the principle to work on (only where a
//! criterion needs work), their overall score over time against the pass mark, their
//! sessions with the result's reason and notes, and the roster's buttons.

use super::chart;
use super::manage::{Manage, Pending, RenameField};
use super::{Navigate, PAGE, View, page_of, pager};
use crate::app::records::Records;
use crate::app::theme::table::{link_row, table_row};
use crate::app::theme::{Fonts, palette, widget};
use bevy::prelude::*;
use defuse_core::Criterion;
use defuse_core::i18n::Texts;
use defuse_core::report::{self, chart::Dot};
use defuse_core::scorecard::Scorecard;

#[allow(clippy::too_many_arguments)]
pub fn spawn(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    (records, pending): (&Records, &Pending),
    cards: &[&Scorecard],
    principles: &[defuse_core::model::Principle],
    name: &str,
    view: &View,
    zone: &jiff::tz::TimeZone,
) {
    // Summarised among everyone, so "needs work" is measured against the team.
    let summary = report::summarise(cards, principles)
        .into_iter()
        .find(|s| report::same_name(&s.name, name));
    ui.spawn(widget::row(12.0)).with_children(|row| {
        row.spawn(widget::heading(fonts, name.to_owned(), 26.0));
        let hidden = records.roster.find(name).is_some_and(|p| p.hidden);
        for (label, step) in [
            ("manager-rename", Manage::StartRename(name.to_owned())),
            (
                if hidden {
                    "manager-show"
                } else {
                    "manager-hide"
                },
                Manage::Hide(name.to_owned(), !hidden),
            ),
            ("manager-merge", Manage::ChooseMerge(name.to_owned())),
            ("manager-delete", Manage::AskDelete(name.to_owned())),
        ] {
            row.spawn(widget::button(fonts, t.get(label), false))
                .observe(widget::sends(step));
        }
    });
    pending_card(ui, fonts, t, records, cards, name, pending);
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
            let mut label = t.criterion(c);
            if summary.needs_work.contains(&c) {
                label.push_str(" !");
            }
            card.spawn(widget::score_bar(fonts, label, value));
        }
        if let Some(line) = report::table::focus_line(t, &summary) {
            card.spawn(widget::paragraph(fonts, line, 15.0, palette::WARNING));
        }
        if let Some(focus) = summary
            .focus
            .as_ref()
            .filter(|_| !summary.needs_work.is_empty())
        {
            card.spawn(widget::paragraph(
                fonts,
                focus.principle.text.clone(),
                14.0,
                palette::MUTED,
            ));
        }
    });
    let mut mine: Vec<&Scorecard> = cards
        .iter()
        .copied()
        .filter(|c| report::same_name(&c.trainee, name))
        .collect();
    mine.sort_by_key(|c| (c.ended, c.id));
    // Newest first: what a manager opens a trainee for.
    let newest: Vec<&Scorecard> = mine.iter().rev().copied().collect();
    let (page, pages) = page_of(view.page, newest.len());
    ui.spawn(widget::card(900.0)).with_children(|card| {
        pager(card, fonts, t, page, pages);
        card.spawn(table_row(
            fonts,
            vec![
                (t.get("report-when"), 210.0),
                (t.get("report-scenario"), 250.0),
                (t.get("report-overall"), 70.0),
                (t.get("report-result"), 190.0),
                (t.get("report-notes"), 140.0),
            ],
            palette::MUTED,
        ));
        for c in newest.iter().skip(page * PAGE).take(PAGE) {
            link_row(
                card,
                fonts,
                vec![
                    (report::date_time(t, c.ended, zone), 210.0),
                    (c.scenario.title.clone(), 250.0),
                    (report::score(c.overall), 70.0),
                    (report::table::verdict(t, c), 190.0),
                    (report::table::notes(t, c), 140.0),
                ],
                Navigate::OpenSession(c.id),
            );
        }
    });
    // The chart under the sessions: they are what a manager opens a trainee for.
    ui.spawn(widget::card(900.0)).with_children(|card| {
        card.spawn(widget::label_text(fonts, t.get("report-trend-chart")));
        let dots: Vec<Dot> = summary
            .history
            .iter()
            .map(|p| Dot {
                at: p.ended,
                overall: p.overall,
                passed: i32::from(p.overall) >= p.pass_mark,
            })
            .collect();
        chart::overall(card, fonts, t, &dots, summary.pass_mark, (820.0, 180.0));
    });
}

/// The change waiting for the manager: the new name, whom to merge into, a confirmation,
/// or why the last change could not be made.
fn pending_card(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    records: &Records,
    cards: &[&Scorecard],
    name: &str,
    pending: &Pending,
) {
    let sessions = |who: &str| {
        cards
            .iter()
            .filter(|c| report::same_name(&c.trainee, who))
            .count()
    };
    let ask = |ui: &mut ChildSpawnerCommands, question: String, yes: &str, step: Manage| {
        ui.spawn(widget::card(900.0)).with_children(|card| {
            card.spawn(widget::paragraph(fonts, question, 16.0, palette::WARNING));
            card.spawn(widget::row(12.0)).with_children(|row| {
                row.spawn(widget::button(fonts, t.get(yes), true))
                    .observe(widget::sends(step));
                row.spawn(widget::button(fonts, t.get("manager-cancel"), false))
                    .observe(widget::sends(Manage::Cancel));
            });
        });
    };
    match pending {
        Pending::Rename(who) if report::same_name(who, name) => {
            ui.spawn(widget::card(900.0)).with_children(|card| {
                card.spawn(widget::label_text(fonts, t.get("manager-rename-to")));
                card.spawn((widget::text_field(fonts, name, 18.0), RenameField));
                card.spawn(widget::row(12.0)).with_children(|row| {
                    row.spawn(widget::button(fonts, t.get("manager-rename"), true))
                        .observe(widget::sends(Manage::Rename(name.to_owned())));
                    row.spawn(widget::button(fonts, t.get("manager-cancel"), false))
                        .observe(widget::sends(Manage::Cancel));
                });
            });
        }
        Pending::ChooseMerge(who) if report::same_name(who, name) => {
            ui.spawn(widget::card(900.0)).with_children(|card| {
                card.spawn(widget::label_text(
                    fonts,
                    t.format("manager-merge-into", &[("name", name.into())]),
                ));
                card.spawn(widget::row(8.0)).with_children(|row| {
                    let mut others: Vec<String> = records
                        .roster
                        .trainees
                        .iter()
                        .map(|p| p.name.clone())
                        .chain(cards.iter().map(|c| c.trainee.clone()))
                        .filter(|n| !report::same_name(n, name))
                        .collect();
                    others.sort();
                    others.dedup_by(|a, b| report::same_name(a, b));
                    for other in others {
                        row.spawn(widget::button(fonts, other.clone(), false))
                            .observe(widget::sends(Manage::AskMerge {
                                from: name.to_owned(),
                                into: other,
                            }));
                    }
                    row.spawn(widget::button(fonts, t.get("manager-cancel"), false))
                        .observe(widget::sends(Manage::Cancel));
                });
            });
        }
        Pending::ConfirmMerge { from, into } if report::same_name(from, name) => ask(
            ui,
            t.format(
                "manager-confirm-merge",
                &[
                    ("from", from.as_str().into()),
                    ("into", into.as_str().into()),
                    ("count", sessions(from).into()),
                ],
            ),
            "manager-merge",
            Manage::Merge {
                from: from.clone(),
                into: into.clone(),
            },
        ),
        Pending::ConfirmDelete(who) if report::same_name(who, name) => ask(
            ui,
            t.format(
                "manager-confirm-delete",
                &[("name", name.into()), ("count", sessions(name).into())],
            ),
            "manager-delete",
            Manage::Delete(name.to_owned()),
        ),
        Pending::Failed(reason) => {
            ui.spawn(widget::paragraph(
                fonts,
                reason.clone(),
                15.0,
                palette::WARNING,
            ));
        }
        _ => {}
    }
}
