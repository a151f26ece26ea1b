//! `--format table`: a summary a manager reads in the terminal.

use super::{Report, TraineeSummary, date, date_time, percent, score};
use crate::i18n::Texts;
use crate::model::Criterion;
use crate::scorecard::{Failure, Scorecard};

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
    out.push('\n');
    if let Some(line) = super::team_text::not_counted(texts, &report.team) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
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
    let mut rows: Vec<Vec<String>> = report
        .trainees
        .iter()
        .map(|t| trainee_row(texts, report, t))
        .collect();
    rows.push(team_row(texts, report));
    out.push_str(&grid(&header, &rows, 1..usize::MAX));
    if report.trainees.iter().any(|t| !t.needs_work.is_empty()) {
        out.push_str(&flag_note(texts));
        out.push('\n');
    }
    out.push_str(&texts.get("report-pass-explained"));
    out.push('\n');
    for t in &report.trainees {
        if let Some(line) = focus_line(texts, t) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    if report.trainees.len() == 1 {
        out.push('\n');
        out.push_str(&sessions(texts, report, &report.cards));
    }
    out.push_str(&super::team_text::render(texts, report));
    out
}

/// What the "!" beside a criterion means.
pub fn flag_note(texts: &Texts) -> String {
    texts.format(
        "report-flag-note",
        &[("gap", super::summary::FAR_BELOW_TEAM.into())],
    )
}

/// "Anna: empathy, ownership need work; missed most “…” (7 times)" for a trainee with a
/// criterion that needs work; `None` for a trainee doing well.
pub fn focus_line(texts: &Texts, t: &TraineeSummary) -> Option<String> {
    if t.needs_work.is_empty() {
        return None;
    }
    let criteria = t
        .needs_work
        .iter()
        .map(|&c| texts.criterion(c))
        .collect::<Vec<_>>()
        .join(", ");
    Some(match &t.focus {
        Some(focus) => texts.format(
            "report-focus",
            &[
                ("trainee", t.name.as_str().into()),
                ("criteria", criteria.into()),
                ("title", focus.principle.title.as_str().into()),
                ("count", focus.missed.into()),
            ],
        ),
        None => texts.format(
            "report-focus-criteria",
            &[
                ("trainee", t.name.as_str().into()),
                ("criteria", criteria.into()),
            ],
        ),
    })
}

/// A criterion's average with "!" when it needs work.
pub fn flagged(t: &TraineeSummary, k: usize) -> String {
    let value = score(t.average[k]);
    if t.needs_work.contains(&Criterion::ALL[k]) {
        format!("{value}!")
    } else {
        value
    }
}

fn team_row(texts: &Texts, report: &Report) -> Vec<String> {
    let team = &report.team;
    let mut row = vec![
        texts.get("report-team"),
        team.sessions.to_string(),
        percent(team.pass_rate),
    ];
    row.extend(team.average.map(score));
    row.push(score(team.overall));
    row.push(String::new());
    row.push(
        report
            .cards
            .last()
            .map(|c| date(texts, c.ended.to_zoned(report.zone.clone()).date()))
            .unwrap_or_default(),
    );
    row
}

fn trainee_row(texts: &Texts, report: &Report, t: &TraineeSummary) -> Vec<String> {
    let mut row = vec![
        t.name.clone(),
        sessions_cell(texts, t),
        percent(t.pass_rate),
    ];
    row.extend((0..4).map(|k| flagged(t, k)));
    row.push(score(t.overall));
    row.push(trend(t));
    row.push(
        t.last
            .map(|at| date(texts, at.to_zoned(report.zone.clone()).date()))
            .unwrap_or_default(),
    );
    row
}

/// "12", or "12 (2 abandoned, 1 practice run)": the sessions that count toward no score.
pub fn sessions_cell(texts: &Texts, t: &TraineeSummary) -> String {
    if t.abandoned + t.practice == 0 {
        return t.sessions.to_string();
    }
    let mut parts = Vec::new();
    if t.abandoned > 0 {
        parts.push(texts.format("report-count-abandoned", &[("count", t.abandoned.into())]));
    }
    if t.practice > 0 {
        parts.push(texts.format("report-count-practice", &[("count", t.practice.into())]));
    }
    format!("{} ({})", t.sessions, parts.join(", "))
}

fn sessions(texts: &Texts, report: &Report, cards: &[&Scorecard]) -> String {
    let header = vec![
        texts.get("report-when"),
        texts.get("report-scenario"),
        texts.get("report-language"),
        texts.get("report-outcome"),
        texts.get("report-overall"),
        texts.get("report-result"),
        texts.get("report-notes"),
    ];
    let rows: Vec<Vec<String>> = cards
        .iter()
        .map(|c| {
            vec![
                date_time(texts, c.ended, &report.zone),
                c.scenario.title.clone(),
                c.language.clone(),
                outcome(texts, c),
                score(c.overall),
                verdict(texts, c),
                notes(texts, c),
            ]
        })
        .collect();
    // Only the score aligns right; the result and the notes are read as text.
    grid(&header, &rows, 4..5)
}

/// Why a finished session failed, in the chosen language; `None` when it did not.
pub fn reason(texts: &Texts, card: &Scorecard) -> Option<String> {
    Some(match card.failure()? {
        Failure::Ending { node, outcome } => texts.format(
            "report-reason-ending",
            &[
                ("outcome", texts.outcome(&outcome).into()),
                ("node", node.into()),
            ],
        ),
        Failure::BelowPassMark { overall, pass_mark } => texts.format(
            "report-reason-pass-mark",
            &[("overall", overall.into()), ("pass_mark", pass_mark.into())],
        ),
    })
}

/// What else a manager should know of a session: a practice run and why, the expert
/// setting, how many replies were own words. Empty for a plain session.
pub fn notes(texts: &Texts, card: &Scorecard) -> String {
    let mut notes = Vec::new();
    if let Some(run) = &card.practice_run {
        notes.push(practice_note(texts, run));
    }
    if card.expert {
        notes.push(texts.get("report-expert"));
    }
    let own = card.own_words();
    if own > 0 {
        notes.push(texts.format(
            "report-own-words",
            &[("count", own.into()), ("total", card.turns.len().into())],
        ));
    }
    notes.join("; ")
}

/// The ending's outcome in the chosen language, or "abandoned".
pub fn outcome(texts: &Texts, card: &Scorecard) -> String {
    match &card.ending {
        Some(ending) => texts.outcome(&ending.outcome),
        None => texts.get("report-abandoned"),
    }
}

/// "passed", "failed: <reason>" or "abandoned", in the chosen language.
pub fn verdict(texts: &Texts, card: &Scorecard) -> String {
    if card.is_abandoned() {
        texts.get("report-abandoned")
    } else if card.passed {
        texts.get("report-passed")
    } else {
        match reason(texts, card) {
            Some(reason) => texts.format("report-failed-because", &[("reason", reason.into())]),
            None => texts.get("report-failed"),
        }
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

/// Columns padded by characters; the columns in `right` align right, the others left.
pub(super) fn grid(
    header: &[String],
    rows: &[Vec<String>],
    right: std::ops::Range<usize>,
) -> String {
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
                if !right.contains(&k) {
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

/// "practice run (from calm-down, mood set to -40)".
pub fn practice_note(texts: &Texts, run: &crate::scorecard::PracticeRun) -> String {
    let mut why = Vec::new();
    if let Some(from) = &run.from {
        why.push(texts.format("report-practice-from", &[("node", from.as_str().into())]));
    }
    if let Some(mood) = run.mood {
        why.push(texts.format("report-practice-mood", &[("mood", mood.into())]));
    }
    if run.in_file_order {
        why.push(texts.get("report-practice-in-file-order"));
    }
    if run.edited {
        why.push(texts.get("report-practice-edited"));
    }
    texts.format("report-practice-run", &[("why", why.join(", ").into())])
}
