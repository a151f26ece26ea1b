//! The debrief: outcome and pass or fail, the four criteria as bars, and every turn with
//! the reply given, its scores, the feedback, the coaching principle and the best reply
//! the trainee missed.

use super::Screen;
use crate::app::Language;
use crate::app::session::{Session, StartScenario};
use crate::app::theme::{Fonts, palette, radar, widget};

/// Side of the radar chart, in pixels.
const RADAR_SIZE: u32 = 200;
use crate::app::theme::interaction::Activate;
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use defuse_core::Criterion;
use defuse_core::i18n::Texts;
use defuse_core::scorecard::Scorecard;
use std::collections::HashSet;

mod detail;

use detail::{
    decision_line, delivery, evidence, next_time, reading_order, reason, share_voice, toggle, wide,
};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<OpenDecisions>();
    // The debrief shows the scorecard just saved.
    app.add_systems(
        OnEnter(Screen::Debrief),
        (
            crate::app::records::save_finished,
            close_decisions,
            spawn_debrief,
        )
            .chain(),
    );
    app.add_systems(
        Update,
        (
            keys,
            super::rebuild::<DebriefRoot, _>(spawn_debrief)
                .run_if(resource_changed::<OpenDecisions>),
        )
            .run_if(in_state(Screen::Debrief)),
    );
}

/// The decisions opened to their detail; the others show as one line.
#[derive(Resource, Debug, Default)]
pub struct OpenDecisions(pub HashSet<usize>);

#[derive(Component)]
struct DebriefRoot;

fn close_decisions(mut open: ResMut<OpenDecisions>) {
    open.0.clear();
}

fn keys(
    input: Res<ButtonInput<KeyCode>>,
    session: Option<Res<Session>>,
    mut start: MessageWriter<StartScenario>,
    mut next: ResMut<NextState<Screen>>,
) {
    if input.just_pressed(KeyCode::KeyR)
        && let Some(session) = session
    {
        start.write(StartScenario(session.index));
    }
    if input.just_pressed(KeyCode::Escape) {
        next.set(Screen::Picker);
    }
}

#[allow(clippy::too_many_arguments)]
fn spawn_debrief(
    mut commands: Commands,
    session: Option<Res<Session>>,
    fonts: Res<Fonts>,
    language: Res<Language>,
    mut images: ResMut<Assets<Image>>,
    open: Res<OpenDecisions>,
    library: Res<crate::app::Library>,
) {
    let Some(session) = session else {
        return;
    };
    // Saved on entering this screen (records.rs); the same record the manager reads.
    let Some(card) = session.card.clone() else {
        return;
    };
    let index = session.index;
    let t = &language.texts;
    commands
        .spawn((
            widget::ui_root("Debrief"),
            TabGroup::default(),
            DebriefRoot,
            DespawnOnExit(Screen::Debrief),
        ))
        .with_children(|ui| {
            ui.spawn(widget::row(12.0)).with_children(|row| {
                row.spawn(widget::button(&fonts, t.get("debrief-retry"), true))
                    .observe(widget::sends(StartScenario(index)));
                let next_index = (index + 1) % library.stories.len().max(1);
                if library.stories.len() > 1 {
                    row.spawn(widget::button(&fonts, t.get("debrief-next"), false))
                        .observe(widget::sends(StartScenario(next_index)));
                }
                row.spawn(widget::button(&fonts, t.get("debrief-back"), false))
                    .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                        next.set(Screen::Picker);
                    });
                if card.turns.iter().any(|turn| turn.spoken.is_some()) {
                    row.spawn(widget::button(&fonts, t.get("debrief-share-voice"), false))
                        .observe(share_voice);
                }
            });
            if card.turns.iter().any(|turn| turn.spoken.is_some()) {
                ui.spawn(widget::paragraph(
                    &fonts,
                    t.get("debrief-voice-private"),
                    14.0,
                    palette::MUTED,
                ));
            }
            // Below the buttons: the buttons stay in reach however long the detail.
            scorecard(ui, &fonts, t, &card, &mut images, Some(&open.0));
        });
}

/// A scorecard as the trainee's debrief shows it: at the top the outcome, the verdict
/// with its reason, the criteria as bars and a radar chart, and the three things to do
/// differently; then every turn with its reply, scores, feedback, principle and the best
/// reply missed. With `open`, only the decisions in it show their detail (the others are
/// a line to click); without, all do (the manager's screen shows a saved session so).
pub fn scorecard(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    card: &Scorecard,
    images: &mut Assets<Image>,
    open: Option<&HashSet<usize>>,
) {
    let outcome = match &card.ending {
        Some(ending) => t.outcome(&ending.outcome),
        None => t.get("verdict-unfinished"),
    };
    let ending_summary = card
        .ending
        .as_ref()
        .map(|e| e.summary.clone())
        .unwrap_or_default();
    ui.spawn(widget::heading(fonts, card.scenario.title.clone(), 30.0));
    ui.spawn(widget::card(900.0)).with_children(|c| {
        let verdict = if card.passed {
            t.get("debrief-passed")
        } else {
            t.get("debrief-failed")
        };
        c.spawn(widget::row(12.0)).with_children(|row| {
            row.spawn(widget::tag(
                fonts,
                verdict,
                if card.passed {
                    palette::EASY
                } else {
                    palette::HARD
                },
            ));
            row.spawn(widget::heading(fonts, outcome.clone(), 20.0));
            row.spawn(widget::text(
                fonts,
                t.format(
                    "debrief-overall",
                    &[
                        ("score", card.overall.into()),
                        ("mark", card.pass_mark.into()),
                    ],
                ),
                16.0,
                palette::MUTED,
            ));
        });
        c.spawn(widget::paragraph(
            fonts,
            reason(t, card),
            15.0,
            palette::MUTED,
        ));
        if !ending_summary.is_empty() {
            c.spawn(widget::paragraph(fonts, ending_summary, 16.0, palette::INK));
        }
        let values: Vec<Option<u8>> = card.criteria.iter().map(|r| r.percent).collect();
        let radar = images.add(radar::image(
            &values,
            RADAR_SIZE,
            palette::rgba(palette::ACCENT),
            palette::rgba(palette::CARD_BORDER),
        ));
        let names: Vec<String> = card
            .criteria
            .iter()
            .map(|r| t.criterion(r.criterion))
            .collect();
        c.spawn(widget::row(24.0)).with_children(|row| {
            row.spawn(Node {
                flex_grow: 1.0,
                flex_basis: Val::Px(300.0),
                flex_direction: FlexDirection::Column,
                row_gap: Val::Px(6.0),
                ..default()
            })
            .with_children(|bars| {
                for (result, name) in card.criteria.iter().zip(&names) {
                    bars.spawn(widget::score_bar(fonts, name.clone(), result.percent));
                }
            });
            row.spawn(widget::radar(fonts, radar, RADAR_SIZE, names.clone()));
        });
        if let Some(with_voice) = card.calm_tone_with_voice() {
            let words = card.get(Criterion::CalmTone).unwrap_or(0);
            c.spawn(widget::paragraph(
                fonts,
                t.format(
                    "debrief-voice-overall",
                    &[("score", with_voice.into()), ("words", words.into())],
                ),
                15.0,
                palette::ACCENT,
            ));
        }
        next_time(c, fonts, t, card);
    });
    for (n, turn) in card.turns.iter().enumerate() {
        if let Some(open) = open
            && !open.contains(&n)
        {
            ui.spawn(decision_line(fonts, t, n, turn, false))
                .insert(wide())
                .observe(toggle(n));
            continue;
        }
        ui.spawn(widget::card(900.0)).with_children(|c| {
            if open.is_some() {
                c.spawn(decision_line(fonts, t, n, turn, true))
                    .observe(toggle(n));
            } else {
                c.spawn(widget::heading(
                    fonts,
                    t.format("debrief-turn", &[("number", (n + 1).into())]),
                    16.0,
                ));
            }
            c.spawn(widget::paragraph(
                fonts,
                format!(
                    "{}: {}",
                    card.scenario.customer,
                    t.format(
                        "quoted",
                        &[("text", reading_order(t, &turn.customer_line).into())]
                    )
                ),
                15.0,
                palette::MUTED,
            ));
            c.spawn(widget::paragraph(
                fonts,
                t.format(
                    "debrief-your-reply",
                    &[("text", reading_order(t, &turn.reply_text).into())],
                ),
                16.0,
                palette::INK,
            ));
            if let Some(typed) = &turn.typed {
                let taken = match &typed.taken_as {
                    Some(text) => t.format(
                        "debrief-taken-as",
                        &[
                            ("text", text.as_str().into()),
                            ("closeness", typed.closeness.into()),
                        ],
                    ),
                    None => t.format(
                        "debrief-no-match",
                        &[
                            ("name", card.scenario.customer.as_str().into()),
                            ("closeness", typed.closeness.into()),
                        ],
                    ),
                };
                c.spawn(widget::paragraph(fonts, taken, 14.0, palette::MUTED));
            }
            let scores: Vec<String> = Criterion::ALL
                .iter()
                .map(|&k| {
                    format!(
                        "{} {}/{}",
                        t.criterion(k),
                        turn.scores.get(k),
                        turn.best.get(k)
                    )
                })
                .collect();
            c.spawn(widget::text(
                fonts,
                scores.join(" · "),
                14.0,
                palette::ACCENT,
            ));
            if let Some(typed) = &turn.typed {
                evidence(c, fonts, t, typed);
            }
            if let Some(spoken) = &turn.spoken {
                delivery(c, fonts, t, spoken);
            }
            if turn.interrupted {
                c.spawn(widget::text(
                    fonts,
                    t.get("debrief-interrupted"),
                    14.0,
                    palette::WARNING,
                ));
            }
            if turn.hint {
                c.spawn(widget::text(
                    fonts,
                    t.get("debrief-hint-taken"),
                    14.0,
                    palette::MEDIUM,
                ));
            }
            c.spawn(widget::paragraph(
                fonts,
                turn.feedback.clone(),
                15.0,
                palette::INK,
            ));
            if let Some(p) = &turn.principle {
                c.spawn(widget::paragraph(
                    fonts,
                    format!("{} ({}): {}", p.title, t.criterion(p.criterion), p.text),
                    14.0,
                    palette::MUTED,
                ));
            }
            if let Some(best) = &turn.best_missed {
                c.spawn(widget::paragraph(
                    fonts,
                    t.format("debrief-best-missed", &[("text", best.as_str().into())]),
                    15.0,
                    palette::EASY,
                ));
            }
        });
    }
}
