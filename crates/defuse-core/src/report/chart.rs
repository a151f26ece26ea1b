//! Charts over real time for the HTML report: sessions placed by the day they ended (a
//! quiet fortnight shows as a gap, and the line breaks there), the overall score against
//! the pass mark, and dated ticks on the time axis.

use crate::i18n::Texts;
use jiff::tz::TimeZone;
use std::fmt::Write;

/// Two points further apart than this are not joined: the gap shows.
const GAP_DAYS: i64 = 14;

/// One dot: when, the score, and whether it reached the pass mark.
#[derive(Debug, Clone, Copy)]
pub struct Dot {
    /// When the session (or the week) ended.
    pub at: jiff::Timestamp,
    /// The overall score, 0–100.
    pub overall: u8,
    /// Whether it passed.
    pub passed: bool,
}

/// A day as the axis shows it: "12 Oct", "okt. 12.".
pub fn short_date(texts: &Texts, day: jiff::civil::Date) -> String {
    texts.format(
        "date-short",
        &[
            ("day", i64::from(day.day()).into()),
            (
                "month",
                texts.get(&format!("month-short-{}", day.month())).into(),
            ),
        ],
    )
}

/// The overall score over real time with the pass mark as a dashed line, as SVG.
/// `class` names the chart for styles and tests.
pub fn overall(
    class: &str,
    texts: &Texts,
    dots: &[Dot],
    pass_mark: Option<u8>,
    zone: &TimeZone,
) -> String {
    // The right margin holds the pass mark's label, clear of the points.
    let (w, h, left, right, top, bottom) = (560.0, 220.0, 34.0, 96.0, 12.0, 30.0);
    let mut s = format!(
        "<svg class=\"{class}\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" direction=\"ltr\">"
    );
    let y = |v: f64| top + (h - top - bottom) * (1.0 - v / 100.0);
    for level in [0, 25, 50, 75, 100] {
        let ly = y(f64::from(level));
        let _ = write!(
            s,
            "<line x1=\"{left}\" y1=\"{ly:.1}\" x2=\"{:.1}\" y2=\"{ly:.1}\" stroke=\"#e4e4e7\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#71717a\" text-anchor=\"end\">{level}</text>",
            w - right,
            left - 4.0,
            ly + 4.0
        );
    }
    let (Some(first), Some(last)) = (dots.first(), dots.last()) else {
        s.push_str("</svg>");
        return s;
    };
    // At least a day wide, so a single session sits in the middle.
    let (start, end) = (
        first.at.as_second(),
        last.at.as_second().max(first.at.as_second() + 86_400),
    );
    let span = (end - start) as f64;
    let x = |at: jiff::Timestamp| {
        let t = if dots.len() == 1 {
            0.5
        } else {
            (at.as_second() - start) as f64 / span
        };
        left + (w - left - right) * t
    };
    // Ticks: five days spread evenly over the span, each day named once.
    let mut named: Vec<String> = Vec::new();
    for k in 0..5 {
        let at = jiff::Timestamp::from_second(start + (end - start) * k / 4).unwrap_or(first.at);
        let tx = left + (w - left - right) * k as f64 / 4.0;
        let anchor = match k {
            0 => "start",
            4 => "end",
            _ => "middle",
        };
        let label = short_date(texts, at.to_zoned(zone.clone()).date());
        if named.contains(&label) {
            continue;
        }
        named.push(label.clone());
        let _ = write!(
            s,
            "<line x1=\"{tx:.1}\" y1=\"{:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\" stroke=\"#a1a1aa\"/><text x=\"{tx:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#52525b\" text-anchor=\"{anchor}\">{}</text>",
            h - bottom,
            h - bottom + 4.0,
            h - bottom + 17.0,
            super::escape::esc(&label)
        );
    }
    if let Some(mark) = pass_mark {
        let my = y(f64::from(mark));
        let _ = write!(
            s,
            "<line class=\"pass-mark\" x1=\"{left}\" y1=\"{my:.1}\" x2=\"{:.1}\" y2=\"{my:.1}\" stroke=\"#15803d\" stroke-dasharray=\"6 4\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#15803d\" text-anchor=\"start\">{}</text>",
            w - right,
            w - right + 6.0,
            my + 4.0,
            super::escape::esc(&texts.format("report-chart-pass-mark", &[("mark", mark.into())]))
        );
    }
    // The line, broken where the sessions are further apart than a fortnight.
    let mut run: Vec<String> = Vec::new();
    let mut previous: Option<jiff::Timestamp> = None;
    let flush = |run: &mut Vec<String>, s: &mut String| {
        if run.len() > 1 {
            let _ = write!(
                s,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"2\"/>",
                run.join(" ")
            );
        }
        run.clear();
    };
    for dot in dots {
        if previous.is_some_and(|p| dot.at.as_second() - p.as_second() > GAP_DAYS * 86_400) {
            flush(&mut run, &mut s);
        }
        run.push(format!("{:.1},{:.1}", x(dot.at), y(f64::from(dot.overall))));
        previous = Some(dot.at);
    }
    flush(&mut run, &mut s);
    for dot in dots {
        let colour = if dot.passed { "#15803d" } else { "#b91c1c" };
        let _ = write!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{colour}\"/>",
            x(dot.at),
            y(f64::from(dot.overall))
        );
    }
    s.push_str("</svg>");
    s
}
