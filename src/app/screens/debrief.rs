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
use defuse_core::{Criterion, Node as StoryNode};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Debrief), spawn_debrief);
    app.add_systems(Update, keys.run_if(in_state(Screen::Debrief)));
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

fn spawn_debrief(
    mut commands: Commands,
    session: Option<Res<Session>>,
    fonts: Res<Fonts>,
    language: Res<Language>,
    mut images: ResMut<Assets<Image>>,
) {
    let Some(session) = session else {
        return;
    };
    let t = &language.texts;
    let story = session.story.clone();
    let s = &story.scenario;
    let summary = session.conversation.summary();
    let outcome = session
        .conversation
        .outcome()
        .map(|o| t.outcome(o))
        .unwrap_or_else(|| t.get("verdict-unfinished"));
    let index = session.index;
    let ending_summary = story
        .find(session.conversation.current_node())
        .and_then(|i| match story.node(i) {
            StoryNode::Ending { summary, .. } => Some(summary.clone()),
            _ => None,
        })
        .unwrap_or_default();

    commands
        .spawn((
            widget::ui_root("Debrief"),
            TabGroup::default(),
            DespawnOnExit(Screen::Debrief),
        ))
        .with_children(|ui| {
            ui.spawn(widget::heading(fonts.as_ref(), s.title.clone(), 30.0));
            ui.spawn(widget::card(900.0)).with_children(|card| {
                let verdict = if summary.passed {
                    t.get("debrief-passed")
                } else {
                    t.get("debrief-failed")
                };
                card.spawn(widget::row(12.0)).with_children(|row| {
                    row.spawn(widget::tag(
                        &fonts,
                        verdict,
                        if summary.passed {
                            palette::EASY
                        } else {
                            palette::HARD
                        },
                    ));
                    row.spawn(widget::heading(&fonts, outcome.clone(), 20.0));
                    row.spawn(widget::text(
                        &fonts,
                        t.format(
                            "debrief-overall",
                            &[
                                ("score", summary.overall.into()),
                                ("mark", s.pass_mark.into()),
                            ],
                        ),
                        16.0,
                        palette::MUTED,
                    ));
                });
                card.spawn(widget::paragraph(
                    &fonts,
                    ending_summary,
                    16.0,
                    palette::INK,
                ));
                let values: Vec<Option<u8>> = summary.criteria.iter().map(|r| r.percent).collect();
                let radar = images.add(radar::image(
                    &values,
                    RADAR_SIZE,
                    palette::rgba(palette::ACCENT),
                    palette::rgba(palette::CARD_BORDER),
                ));
                let names: Vec<String> = summary
                    .criteria
                    .iter()
                    .map(|r| t.criterion(r.criterion))
                    .collect();
                card.spawn(widget::row(24.0)).with_children(|row| {
                    row.spawn(Node {
                        flex_grow: 1.0,
                        flex_basis: Val::Px(300.0),
                        flex_direction: FlexDirection::Column,
                        row_gap: Val::Px(6.0),
                        ..default()
                    })
                    .with_children(|bars| {
                        for (result, name) in summary.criteria.iter().zip(&names) {
                            bars.spawn(widget::score_bar(&fonts, name.clone(), result.percent));
                        }
                    });
                    row.spawn(widget::radar(&fonts, radar, RADAR_SIZE, names.clone()));
                });
            });
            for (n, turn) in session.conversation.turns().iter().enumerate() {
                let Some(StoryNode::Turn { replies, .. }) =
                    story.find(&turn.node).map(|i| story.node(i))
                else {
                    continue;
                };
                let reply = &replies[turn.reply];
                ui.spawn(widget::card(900.0)).with_children(|card| {
                    card.spawn(widget::heading(
                        &fonts,
                        t.format("debrief-turn", &[("number", (n + 1).into())]),
                        16.0,
                    ));
                    card.spawn(widget::paragraph(
                        &fonts,
                        format!(
                            "{}: {}",
                            s.customer.name,
                            t.format("quoted", &[("text", turn.customer_line.as_str().into())])
                        ),
                        15.0,
                        palette::MUTED,
                    ));
                    card.spawn(widget::paragraph(
                        &fonts,
                        t.format(
                            "debrief-your-reply",
                            &[("text", reply.text.as_str().into())],
                        ),
                        16.0,
                        palette::INK,
                    ));
                    let scores: Vec<String> = Criterion::ALL
                        .iter()
                        .map(|&c| {
                            format!(
                                "{} {}/{}",
                                t.criterion(c),
                                turn.scores.get(c),
                                turn.best.get(c)
                            )
                        })
                        .collect();
                    card.spawn(widget::text(
                        &fonts,
                        scores.join(" · "),
                        14.0,
                        palette::ACCENT,
                    ));
                    if turn.conduct.interrupted {
                        card.spawn(widget::text(
                            &fonts,
                            t.get("debrief-interrupted"),
                            14.0,
                            palette::WARNING,
                        ));
                    }
                    if turn.conduct.hint {
                        card.spawn(widget::text(
                            &fonts,
                            t.get("debrief-hint-taken"),
                            14.0,
                            palette::MEDIUM,
                        ));
                    }
                    card.spawn(widget::paragraph(
                        &fonts,
                        reply.feedback.clone(),
                        15.0,
                        palette::INK,
                    ));
                    if let Some(p) = reply
                        .principle
                        .as_deref()
                        .and_then(|id| story.principle(id))
                    {
                        card.spawn(widget::paragraph(
                            &fonts,
                            format!("{} ({}): {}", p.title, t.criterion(p.criterion), p.text),
                            14.0,
                            palette::MUTED,
                        ));
                    }
                    // The best reply on offer, when the trainee chose another.
                    let best = replies
                        .iter()
                        .enumerate()
                        .max_by_key(|(k, r)| (r.scores.total(), std::cmp::Reverse(*k)))
                        .map(|(k, _)| k);
                    if let Some(best) = best.filter(|&b| b != turn.reply) {
                        card.spawn(widget::paragraph(
                            &fonts,
                            t.format(
                                "debrief-best-missed",
                                &[("text", replies[best].text.as_str().into())],
                            ),
                            15.0,
                            palette::EASY,
                        ));
                    }
                });
            }
            ui.spawn(widget::row(12.0)).with_children(|row| {
                row.spawn(widget::button(&fonts, t.get("debrief-retry"), true))
                    .observe(
                        move |_: On<Activate>, mut start: MessageWriter<StartScenario>| {
                            start.write(StartScenario(index));
                        },
                    );
                row.spawn(widget::button(&fonts, t.get("debrief-back"), false))
                    .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                        next.set(Screen::Picker);
                    });
            });
        });
}
