//! `--format table`: a summary a manager reads in the terminal.

use super::{Report, TraineeSummary, date, date_time, percent, score};
use crate::i18n::Texts;
use crate::model::Criterion;
use crate::scorecard::Scorecard;

/// The summary per trainee; with a single trainee, their sessions too.
pub fn render(texts: &Texts, report: &Report) -> String {
    let mut out = String::new();
    if report.cards.is_empty() {
        out.push_str(&texts.get("report-empty"));
        out.push('\n');
        return out;
    }
    out.push_str(&texts.format(
        "report-heading",
        &[
            ("sessions", report.cards.len().into()),
            ("trainees", report.trainees.len().into()),
        ],
    ));
    out.push_str("\n\n");
    let mut header = vec![
        texts.get("report-trainee"),
        texts.get("report-sessions"),
        texts.get("report-pass-rate"),
    ];
    header.extend(Criterion::ALL.map(|c| texts.criterion(c)));
    header.extend([
        texts.get("report-overall"),
        texts.get("report-trend"),
        texts.get("report-last"),
    ]);
    let rows: Vec<Vec<String>> = report
        .trainees
        .iter()
        .map(|t| trainee_row(texts, report, t))
        .collect();
    out.push_str(&grid(&header, &rows, 1));
    for t in &report.trainees {
        if let (Some(weakest), Some(focus)) = (t.weakest, &t.focus) {
            out.push_str(&texts.format(
                "report-focus",
                &[
                    ("trainee", t.name.as_str().into()),
                    ("criterion", texts.criterion(weakest).into()),
                    ("title", focus.title.as_str().into()),
                ],
            ));
            out.push('\n');
        }
    }
    if report.trainees.len() == 1 {
        out.push('\n');
        out.push_str(&sessions(texts, report, &report.cards));
    }
    out
}

fn trainee_row(texts: &Texts, report: &Report, t: &TraineeSummary) -> Vec<String> {
    let mut row = vec![
        t.name.clone(),
        if t.abandoned > 0 {
            texts.format(
                "report-sessions-abandoned",
                &[
                    ("count", t.sessions.into()),
                    ("abandoned", t.abandoned.into()),
                ],
            )
        } else {
            t.sessions.to_string()
        },
        percent(t.pass_rate),
    ];
    row.extend(t.average.map(score));
    row.push(score(t.overall));
    row.push(trend(t));
    row.push(
        t.last
            .map(|at| date(texts, at.to_zoned(report.zone.clone()).date()))
            .unwrap_or_default(),
    );
    row
}

fn sessions(texts: &Texts, report: &Report, cards: &[&Scorecard]) -> String {
    let header = vec![
        texts.get("report-when"),
        texts.get("report-scenario"),
        texts.get("report-language"),
        texts.get("report-outcome"),
        texts.get("report-overall"),
        texts.get("report-result"),
    ];
    let rows: Vec<Vec<String>> = cards
        .iter()
        .map(|c| {
            vec![
                date_time(texts, c.ended, &report.zone),
                c.scenario.title.clone(),
                c.language.clone(),
                outcome(texts, c),
                c.overall.to_string(),
                verdict(texts, c),
            ]
        })
        .collect();
    grid(&header, &rows, 4)
}

/// The ending's outcome in the chosen language, or "abandoned".
pub fn outcome(texts: &Texts, card: &Scorecard) -> String {
    match &card.ending {
        Some(ending) => texts.outcome(&ending.outcome),
        None => texts.get("report-abandoned"),
    }
}

/// "passed" or "failed" against the scenario's pass mark, or "abandoned", in the chosen
/// language.
pub fn verdict(texts: &Texts, card: &Scorecard) -> String {
    if card.is_abandoned() {
        texts.get("report-abandoned")
    } else if card.passed {
        texts.get("report-passed")
    } else {
        texts.get("report-failed")
    }
}

/// The latest ten overall scores as a sparkline, then the change: `▃▅▆▇ +12`.
fn trend(t: &TraineeSummary) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let recent = &t.history[t.history.len().saturating_sub(10)..];
    let spark: String = recent
        .iter()
        .map(|p| BARS[(usize::from(p.overall) * 7 + 50) / 100])
        .collect();
    match t.trend {
        Some(d) => format!("{spark} {d:+}"),
        None => spark,
    }
}

/// Columns padded by characters; the first `left` columns align left, the rest right.
fn grid(header: &[String], rows: &[Vec<String>], left: usize) -> String {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (k, cell) in row.iter().enumerate() {
            widths[k] = widths[k].max(width(cell));
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(k, cell)| {
                let pad = " ".repeat(widths[k] - width(cell));
                if k < left {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            })
            .collect();
        padded.join("  ").trim_end().to_owned() + "\n"
    };
    let mut out = line(header);
    out.push_str(
        &(widths
            .iter()
            .map(|w| "─".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
            + "\n"),
    );
    for row in rows {
        out.push_str(&line(row));
    }
    out
}
