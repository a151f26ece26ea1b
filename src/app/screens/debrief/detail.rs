//! The parts of a debrief below its verdict: why it passed or not, what to do next time,
//! each decision's line that opens to its detail, the rubric's evidence for typed words,
//! how spoken replies sounded, and sharing that with the manager.

use super::{OpenDecisions, Session};
use crate::app::Language;
use crate::app::theme::interaction::Activate;
use crate::app::theme::{Fonts, palette, widget};
use bevy::prelude::*;
use defuse_core::Criterion;
use defuse_core::i18n::Texts;
use defuse_core::scorecard::Scorecard;

/// What the rubric found in typed words, criterion by criterion: the words, the points,
/// why, and the coaching principle behind each signal.
pub(super) fn evidence(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    typed: &defuse_core::scorecard::Typed,
) {
    if typed.evidence.is_empty() {
        ui.spawn(widget::paragraph(
            fonts,
            t.get("debrief-no-evidence"),
            14.0,
            palette::MUTED,
        ));
        return;
    }
    for criterion in Criterion::ALL {
        let found: Vec<_> = typed
            .evidence
            .iter()
            .filter(|e| e.criterion == criterion)
            .collect();
        if found.is_empty() {
            continue;
        }
        ui.spawn(widget::text(
            fonts,
            t.format(
                "debrief-evidence-criterion",
                &[
                    ("criterion", t.criterion(criterion).into()),
                    ("score", typed.rubric.get(criterion).into()),
                ],
            ),
            14.0,
            palette::INK,
        ));
        for e in found {
            let mut line = if e.words.is_empty() {
                format!("{:+}  {}", e.points, e.why)
            } else {
                format!(
                    "{:+}  {}: {}",
                    e.points,
                    t.format("quoted", &[("text", e.words.as_str().into())]),
                    e.why
                )
            };
            if let Some(p) = &e.principle {
                line.push_str(&t.format(
                    "debrief-evidence-principle",
                    &[("title", p.title.as_str().into())],
                ));
            }
            ui.spawn(widget::paragraph(
                fonts,
                reading_order(t, &line),
                14.0,
                if e.points > 0 {
                    palette::EASY
                } else {
                    palette::HARD
                },
            ));
        }
    }
}

/// Why the session passed or not, in words.
pub(super) fn reason(t: &Texts, card: &Scorecard) -> String {
    let args = [
        ("score", card.overall.into()),
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
pub(super) fn next_time(ui: &mut ChildSpawnerCommands, fonts: &Fonts, t: &Texts, card: &Scorecard) {
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
pub(super) fn decision_line(
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
pub(super) fn wide() -> Node {
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
pub(super) fn toggle(n: usize) -> impl Fn(On<Activate>, ResMut<OpenDecisions>) {
    move |_: On<Activate>, mut open: ResMut<OpenDecisions>| {
        if !open.0.remove(&n) {
            open.0.insert(n);
        }
    }
}

/// How a reply said aloud sounded: the delivery's score, the turn's calm tone with it,
/// and each measured behaviour with its points and reason.
pub(super) fn delivery(
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
pub(super) fn reading_order(t: &Texts, text: &str) -> String {
    if t.is_rtl() {
        format!("\u{200F}{text}\u{200E}")
    } else {
        text.to_owned()
    }
}

/// The trainee shares how their replies sounded with their manager: the scorecard is
/// written again with the delivery marked shared.
pub(super) fn share_voice(
    activate: On<Activate>,
    session: Option<ResMut<Session>>,
    dir: Res<crate::app::records::DataDir>,
    mut records: ResMut<crate::app::records::Records>,
    children: Query<&Children>,
    mut texts: Query<&mut Text>,
    language: Res<Language>,
) {
    let Some(mut session) = session else {
        return;
    };
    let Some(card) = session.card.as_mut() else {
        return;
    };
    card.voice_shared = true;
    let card = card.clone();
    let result = match &dir.0 {
        Some(root) => defuse_core::store::Store::new(root).save(&card).map(|_| ()),
        None => Ok(()),
    };
    let label = match result {
        Ok(()) => {
            if let Some(kept) = records.cards.iter_mut().find(|c| c.id == card.id) {
                *kept = card;
            }
            language.texts.get("debrief-voice-shared")
        }
        Err(reason) => {
            records.save_error = Some(reason.clone());
            reason
        }
    };
    for child in children.iter_descendants(activate.entity) {
        if let Ok(mut text) = texts.get_mut(child) {
            text.0.clone_from(&label);
        }
    }
}
