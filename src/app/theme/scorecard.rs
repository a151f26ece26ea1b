//! A scorecard as the trainee's debrief and the manager's review show it: the verdict and
//! its reason, the criteria as bars and a radar chart, what to do next time, and every
//! decision, folded to a line that opens to its detail (the reply, scores, feedback,
//! principle, the rubric's evidence for typed words, how a spoken reply sounded).

use super::interaction::Activate;
use super::{Fonts, palette, radar, typed, widget};
use bevy::prelude::*;
use defuse_core::Criterion;
use defuse_core::i18n::Texts;
use defuse_core::scorecard::Scorecard;
use std::collections::HashSet;

/// Side of the radar chart, in pixels.
const RADAR_SIZE: u32 = 200;

/// The decisions opened to their detail; the others show as one line.
#[derive(Resource, Debug, Default)]
pub struct OpenDecisions(pub HashSet<usize>);

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
                        ("score", defuse_core::report::score(card.overall).into()),
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
        // A run started mid-scenario or at another mood is not the scenario's test: say so.
        if let Some(run) = &card.practice_run {
            c.spawn(widget::paragraph(
                fonts,
                defuse_core::report::table::practice_note(t, run),
                15.0,
                palette::MUTED,
            ));
        }
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
                use defuse_core::scorecard::Taken;
                let key = match typed.taken() {
                    Taken::Certain => "debrief-taken-as",
                    Taken::Closest => "debrief-closest",
                    Taken::NoMatch => "debrief-no-match",
                    Taken::NothingInCommon => "debrief-no-match-at-all",
                };
                let taken = t.format(
                    key,
                    &[
                        ("text", typed.taken_as.clone().unwrap_or_default().into()),
                        ("closeness", typed.closeness.into()),
                        ("nearest", typed.nearest.clone().unwrap_or_default().into()),
                        ("needed", typed.needed.into()),
                        ("name", card.scenario.customer.as_str().into()),
                    ],
                );
                c.spawn(widget::note(fonts, taken));
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
            if let Some(moved) = turn.typed.as_ref().and_then(|typed| typed.moved) {
                c.spawn(widget::note(fonts, moved.told(t)));
            }
            if let Some(typed) = &turn.typed {
                typed::evidence(c, fonts, t, typed);
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
                c.spawn(widget::note(
                    fonts,
                    format!("{} ({}): {}", p.title, t.criterion(p.criterion), p.text),
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

/// Why the session passed or not, in words.
pub fn reason(t: &Texts, card: &Scorecard) -> String {
    let args = [
        ("score", defuse_core::report::score(card.overall).into()),
        ("mark", card.pass_mark.into()),
    ];
    match &card.ending {
        None => t.get("debrief-reason-unfinished"),
        Some(_) if card.passed => t.format("debrief-reason-passed", &args),
        Some(ending) if ending.fails => t.format(
            "debrief-reason-ending",
            &[("ending", t.outcome(&ending.outcome).into())],
        ),
        Some(_) => t.format("debrief-reason-below", &args),
    }
}

/// The three things to do differently: the principles missed where they cost the most,
/// with the reply that modelled each.
pub fn next_time(ui: &mut ChildSpawnerCommands, fonts: &Fonts, t: &Texts, card: &Scorecard) {
    ui.spawn(widget::heading(fonts, t.get("debrief-next-time"), 18.0));
    let lessons = defuse_core::lessons::lessons(card, 3);
    if lessons.is_empty() {
        ui.spawn(widget::text(
            fonts,
            t.get("debrief-no-lessons"),
            15.0,
            palette::EASY,
        ));
    }
    for (k, lesson) in lessons.iter().enumerate() {
        ui.spawn(widget::paragraph(
            fonts,
            t.format(
                "debrief-lesson",
                &[
                    ("n", (k + 1).into()),
                    ("principle", lesson.principle.title.as_str().into()),
                    ("number", lesson.decision.into()),
                    ("text", lesson.best_reply.as_str().into()),
                ],
            ),
            15.0,
            palette::INK,
        ));
    }
}

/// A decision in one line, a button that opens or closes its detail.
pub fn decision_line(
    fonts: &Fonts,
    t: &Texts,
    n: usize,
    turn: &defuse_core::scorecard::Turn,
    opened: bool,
) -> impl Bundle {
    let (got, best) = (turn.scores.total(), turn.best.total());
    let mark = if turn.best_missed.is_some() {
        "✗"
    } else {
        "✓"
    };
    let reply: String = turn.reply_text.chars().take(70).collect();
    let more = if turn.reply_text.chars().count() > 70 {
        "…"
    } else {
        ""
    };
    let label = t.format(
        if opened {
            "debrief-decision-open"
        } else {
            "debrief-decision-closed"
        },
        &[
            ("number", (n + 1).into()),
            ("mark", mark.into()),
            ("reply", format!("{reply}{more}").into()),
            ("points", got.into()),
            ("best", best.into()),
        ],
    );
    widget::button(fonts, reading_order(t, &label), false)
}

/// A decision's line is as wide as the cards.
pub fn wide() -> Node {
    Node {
        width: Val::Px(900.0),
        max_width: Val::Percent(100.0),
        padding: UiRect::axes(Val::Px(14.0), Val::Px(8.0)),
        border: UiRect::all(Val::Px(1.0)),
        border_radius: BorderRadius::all(Val::Px(8.0)),
        ..default()
    }
}

/// Opens or closes decision `n`.
pub fn toggle(n: usize) -> impl Fn(On<Activate>, ResMut<OpenDecisions>) {
    move |_: On<Activate>, mut open: ResMut<OpenDecisions>| {
        if !open.0.remove(&n) {
            open.0.insert(n);
        }
    }
}

/// How a reply said aloud sounded: the delivery's score, the turn's calm tone with it,
/// and each measured behaviour with its points and reason.
pub fn delivery(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    spoken: &defuse_core::scorecard::Spoken,
) {
    ui.spawn(widget::text(
        fonts,
        t.format(
            "debrief-voice-turn",
            &[
                ("score", spoken.delivery.calm_tone.into()),
                ("combined", spoken.calm_tone.into()),
            ],
        ),
        14.0,
        palette::ACCENT,
    ));
    for e in &spoken.delivery.evidence {
        let line = if e.points == 0 {
            e.why.clone()
        } else {
            format!("{:+} {}", e.points, e.why)
        };
        ui.spawn(widget::paragraph(
            fonts,
            reading_order(t, &line),
            14.0,
            if e.points < 0 {
                palette::WARNING
            } else {
                palette::MUTED
            },
        ));
    }
}

/// Typed words or a line of evidence may start with a Latin name or a number; in a
/// right-to-left language a right-to-left mark keeps them reading right to left, and a
/// left-to-right mark after them keeps a Latin sentence's last full stop with it (the
/// window's layout ignores isolation marks).
pub fn reading_order(t: &Texts, text: &str) -> String {
    if t.is_rtl() {
        format!("\u{200F}{text}\u{200E}")
    } else {
        text.to_owned()
    }
}
