//! Typed words in the debrief: what the rubric found in them.

use super::scorecard::reading_order;
use super::{Fonts, palette, widget};
use bevy::prelude::*;
use defuse_core::Criterion;
use defuse_core::i18n::Texts;

/// What the rubric found in typed words, criterion by criterion: the words, the points,
/// why, and the coaching principle behind each signal.
pub fn evidence(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    typed: &defuse_core::scorecard::Typed,
) {
    if typed.evidence.is_empty() {
        ui.spawn(widget::note(fonts, t.get("debrief-no-evidence")));
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
