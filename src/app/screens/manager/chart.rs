//! The overall score over real time, drawn with Bevy UI: sessions (or weeks) placed by
//! the day they ended, joined by a line that breaks across a quiet fortnight, the pass mark
//! as a green line, dated ticks under the axis. Time runs left to right in every language,
//! as on a calendar.

use crate::app::theme::{Fonts, palette, widget};
use bevy::prelude::*;
use defuse_core::i18n::Texts;
use defuse_core::report::chart::{Dot, short_date};

/// Two dots further apart than this are not joined.
const GAP_SECONDS: i64 = 14 * 86_400;
const PASSED: Color = Color::srgb(0.09, 0.50, 0.24);
const FAILED: Color = Color::srgb(0.70, 0.20, 0.15);
const LINE: Color = Color::srgb(0.16, 0.42, 0.55);
const GRID: Color = Color::srgb(0.88, 0.88, 0.86);

/// A chart `width` × `height` pixels of `dots` (oldest first) against `pass_mark`.
pub fn overall(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    dots: &[Dot],
    pass_mark: Option<u8>,
    (width, height): (f32, f32),
) {
    // The right margin holds the pass mark's label, clear of the points.
    let (left, right, top, bottom) = (34.0, 96.0, 10.0, 26.0);
    let plot = (width - left - right, height - top - bottom);
    let y = |v: f32| top + plot.1 * (1.0 - v / 100.0);
    let zone = jiff::tz::TimeZone::system();
    let (start, end) = match (dots.first(), dots.last()) {
        (Some(a), Some(b)) => (
            a.at.as_second(),
            b.at.as_second().max(a.at.as_second() + 86_400),
        ),
        _ => (0, 86_400),
    };
    let x = |at: jiff::Timestamp| {
        let share = if dots.len() == 1 {
            0.5
        } else {
            (at.as_second() - start) as f32 / (end - start) as f32
        };
        left + plot.0 * share
    };
    ui.spawn((
        Name::new("Chart"),
        Node {
            width: Val::Px(width),
            height: Val::Px(height),
            position_type: PositionType::Relative,
            flex_shrink: 0.0,
            ..default()
        },
    ))
    .with_children(|chart| {
        for level in [0.0, 50.0, 100.0] {
            chart.spawn(bar((left, y(level)), plot.0, 1.0, GRID));
            chart.spawn(label(
                fonts,
                &format!("{level}"),
                (0.0, y(level) - 8.0),
                palette::MUTED,
            ));
        }
        if let Some(mark) = pass_mark {
            let my = y(f32::from(mark));
            chart.spawn(bar((left, my - 1.0), plot.0, 2.0, PASSED));
            chart.spawn(label(
                fonts,
                &t.format("report-chart-pass-mark", &[("mark", mark.into())]),
                (left + plot.0 + 6.0, my - 8.0),
                PASSED,
            ));
        }
        if dots.is_empty() {
            return;
        }
        // Five dated ticks, each day named once (a short span repeats none).
        let mut named: Vec<String> = Vec::new();
        for k in 0..5 {
            let at =
                jiff::Timestamp::from_second(start + (end - start) * k / 4).unwrap_or(dots[0].at);
            let day = short_date(t, at.to_zoned(zone.clone()).date());
            if named.contains(&day) {
                continue;
            }
            let tx = left + plot.0 * k as f32 / 4.0;
            chart.spawn(label(
                fonts,
                &day,
                (tx - 24.0, height - bottom + 6.0),
                palette::MUTED,
            ));
            named.push(day);
        }
        for pair in dots.windows(2) {
            if pair[1].at.as_second() - pair[0].at.as_second() > GAP_SECONDS {
                continue;
            }
            let a = Vec2::new(x(pair[0].at), y(f32::from(pair[0].overall)));
            let b = Vec2::new(x(pair[1].at), y(f32::from(pair[1].overall)));
            chart.spawn(segment(a, b));
        }
        for dot in dots {
            let colour = if dot.passed { PASSED } else { FAILED };
            chart.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::Px(x(dot.at) - 4.0),
                    top: Val::Px(y(f32::from(dot.overall)) - 4.0),
                    width: Val::Px(8.0),
                    height: Val::Px(8.0),
                    border_radius: BorderRadius::MAX,
                    ..default()
                },
                BackgroundColor(colour),
            ));
        }
    });
}

fn bar((left, top): (f32, f32), width: f32, height: f32, colour: Color) -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(left),
            top: Val::Px(top),
            width: Val::Px(width),
            height: Val::Px(height),
            ..default()
        },
        BackgroundColor(colour),
    )
}

/// A line from `a` to `b`: a thin bar at their midpoint, turned to their angle.
fn segment(a: Vec2, b: Vec2) -> impl Bundle {
    let d = b - a;
    let length = d.length();
    let mid = (a + b) / 2.0;
    (
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(mid.x - length / 2.0),
            top: Val::Px(mid.y - 1.0),
            width: Val::Px(length),
            height: Val::Px(2.0),
            ..default()
        },
        UiTransform {
            rotation: Rot2::radians(d.y.atan2(d.x)),
            ..default()
        },
        BackgroundColor(LINE),
    )
}

fn label(fonts: &Fonts, text: &str, (left, top): (f32, f32), colour: Color) -> impl Bundle {
    (
        widget::text(fonts, text.to_owned(), 12.0, colour),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(left),
            top: Val::Px(top),
            ..default()
        },
    )
}
