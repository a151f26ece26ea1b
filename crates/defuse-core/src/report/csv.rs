//! `--format csv`: one row per session, for a spreadsheet.
//!
//! Headings are in the chosen language; times are ISO 8601 (which every spreadsheet
//! reads as a date) and scores plain integers, so nothing depends on the reader's
//! decimal separator.

use super::Report;
use super::table::{outcome, reason};
use crate::i18n::Texts;
use crate::model::Criterion;

/// The report as CSV text, a heading row then one row per session, oldest first; `Err`
/// carries the CSV writer's message should writing fail.
pub fn render(texts: &Texts, report: &Report) -> Result<String, String> {
    let mut header = vec![
        texts.get("report-trainee"),
        texts.get("report-scenario-id"),
        texts.get("report-scenario"),
        texts.get("report-scenario-hash"),
        texts.get("report-language"),
        texts.get("report-started"),
        texts.get("report-ended"),
        texts.get("report-time-zone"),
        texts.get("report-outcome"),
        texts.get("report-ending"),
        texts.get("report-result"),
        texts.get("report-reason"),
        texts.get("report-overall"),
        texts.get("report-pass-mark"),
    ];
    header.extend(Criterion::ALL.map(|c| texts.criterion(c)));
    header.extend([
        texts.get("report-decisions"),
        texts.get("report-own-words-share"),
        texts.get("report-expert-column"),
        texts.get("report-practice-column"),
        texts.get("report-interruptions"),
        texts.get("report-hints"),
        texts.get("report-session-id"),
        texts.get("report-version"),
    ]);
    let zone = zone_name(report);
    let rows = report.cards.iter().map(|card| {
        let mut row = vec![
            cell(&card.trainee),
            cell(&card.scenario.id),
            cell(&card.scenario.title),
            card.scenario.sha256.clone(),
            cell(&card.language),
            local(report, card.started),
            local(report, card.ended),
            zone.clone(),
            cell(&outcome(texts, card)),
            cell(card.ending.as_ref().map(|e| e.node.as_str()).unwrap_or("")),
            result(texts, card),
            cell(&reason(texts, card).unwrap_or_default()),
            card.overall.map(|v| v.to_string()).unwrap_or_default(),
            card.pass_mark.to_string(),
        ];
        row.extend(Criterion::ALL.map(|c| card.get(c).map(|v| v.to_string()).unwrap_or_default()));
        row.extend([
            card.turns.len().to_string(),
            // A share 0–100, so that a spreadsheet sums and averages it.
            crate::scoring::percent(card.own_words() as i32, card.turns.len() as i32)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            yes_no(texts, card.expert),
            cell(&practice(texts, card)),
            card.interruptions().to_string(),
            card.hints().to_string(),
            card.id.to_string(),
            cell(&card.defuse_version),
        ]);
        row
    });
    write(header, rows)
}

/// `--per-decision`: one row per decision answered, oldest session first: what the
/// customer said, the reply given (or own words and what they were taken as), its scores
/// against the best on offer, the best reply when it was missed, and the principle.
pub fn render_decisions(texts: &Texts, report: &Report) -> Result<String, String> {
    let mut header = vec![
        texts.get("report-trainee"),
        texts.get("report-session-id"),
        texts.get("report-scenario-id"),
        texts.get("report-ended"),
        texts.get("report-time-zone"),
        texts.get("report-decision-number"),
        texts.get("report-decision-node"),
        texts.get("report-customer-line"),
        texts.get("report-reply-number"),
        texts.get("report-reply-text"),
        texts.get("report-own-words-column"),
        texts.get("report-taken-as"),
        texts.get("report-closeness"),
    ];
    header.extend(Criterion::ALL.map(|c| texts.criterion(c)));
    header.extend(Criterion::ALL.map(|c| {
        texts.format(
            "report-best-of",
            &[("criterion", texts.criterion(c).into())],
        )
    }));
    header.extend([
        texts.get("report-best-missed"),
        texts.get("report-principle"),
        texts.get("report-mood-before"),
        texts.get("report-mood-after"),
        texts.get("report-interrupted"),
        texts.get("report-hint"),
        texts.get("report-practice-column"),
    ]);
    let zone = zone_name(report);
    let rows = report.cards.iter().flat_map(|card| {
        let zone = zone.clone();
        card.turns.iter().enumerate().map(move |(k, turn)| {
            let mut row = vec![
                cell(&card.trainee),
                card.id.to_string(),
                cell(&card.scenario.id),
                local(report, card.ended),
                zone.clone(),
                (k + 1).to_string(),
                cell(&turn.node),
                cell(&turn.customer_line),
                turn.reply.to_string(),
                cell(&turn.reply_text),
                yes_no(texts, turn.typed.is_some()),
                cell(
                    turn.typed
                        .as_ref()
                        .and_then(|t| t.taken_as.as_deref())
                        .unwrap_or(""),
                ),
                turn.typed
                    .as_ref()
                    .map(|t| t.closeness.to_string())
                    .unwrap_or_default(),
            ];
            row.extend(Criterion::ALL.map(|c| turn.scores.get(c).to_string()));
            row.extend(Criterion::ALL.map(|c| turn.best.get(c).to_string()));
            row.extend([
                cell(turn.best_missed.as_deref().unwrap_or("")),
                cell(
                    turn.best_principle
                        .as_ref()
                        .or(turn.principle.as_ref())
                        .map(|p| p.title.as_str())
                        .unwrap_or(""),
                ),
                turn.mood_before.to_string(),
                turn.mood_after.to_string(),
                yes_no(texts, turn.interrupted),
                yes_no(texts, turn.hint),
                yes_no(texts, card.practice_run.is_some()),
            ]);
            row
        })
    });
    write(header, rows)
}

fn write(header: Vec<String>, rows: impl Iterator<Item = Vec<String>>) -> Result<String, String> {
    // A byte-order mark, so that spreadsheets open accented and Hebrew text as UTF-8.
    let mut writer = ::csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    writer.write_record(&header).map_err(|e| e.to_string())?;
    for row in rows {
        writer.write_record(&row).map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// A moment as the spreadsheet reads it, in the report's time zone.
fn local(report: &Report, at: jiff::Timestamp) -> String {
    at.to_zoned(report.zone.clone())
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// The time zone the times are in, by name where it has one (`Europe/Budapest`), else as
/// an offset.
fn zone_name(report: &Report) -> String {
    match report.zone.iana_name() {
        Some(name) => name.to_owned(),
        None => jiff::Timestamp::now()
            .to_zoned(report.zone.clone())
            .strftime("%:z")
            .to_string(),
    }
}

/// "passed", "failed" or "abandoned", without the reason (it has its own column).
fn result(texts: &Texts, card: &crate::scorecard::Scorecard) -> String {
    if card.is_abandoned() {
        texts.get("report-abandoned")
    } else if card.passed {
        texts.get("report-passed")
    } else {
        texts.get("report-failed")
    }
}

fn practice(texts: &Texts, card: &crate::scorecard::Scorecard) -> String {
    card.practice_run
        .as_ref()
        .map(|run| super::table::practice_note(texts, run))
        .unwrap_or_default()
}

fn yes_no(texts: &Texts, yes: bool) -> String {
    texts.get(if yes { "report-yes" } else { "report-no" })
}

/// A text from user data, safe to open in a spreadsheet: a cell that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return would be taken as a formula (a trainee named
/// `=HYPERLINK(...)`), so it gets a leading apostrophe, as OWASP advises for CSV
/// injection. Numbers such as `-5` stay numbers.
pub fn cell(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && text.trim().parse::<f64>().is_err() {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        assert_eq!(
            cell("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        for risky in ["+1+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(risky), format!("'{risky}"));
        }
        for kept in ["Anna Kis", "-5", "+12", "", "a=b"] {
            assert_eq!(cell(kept), kept);
        }
    }
}
