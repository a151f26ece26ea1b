//! `--format csv`: one row per session, for a spreadsheet.
//!
//! Headings are in the chosen language; times are ISO 8601 (which every spreadsheet
//! reads as a date) and scores plain integers, so nothing depends on the reader's
//! decimal separator.

use super::Report;
use super::table::{outcome, verdict};
use crate::i18n::Texts;
use crate::model::Criterion;

/// The report as CSV text, a heading row then one row per session, oldest first; `Err`
/// carries the CSV writer's message should writing fail.
pub fn render(texts: &Texts, report: &Report) -> Result<String, String> {
    // A byte-order mark, so that spreadsheets open accented and Hebrew text as UTF-8.
    let mut writer = ::csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    let mut header = vec![
        texts.get("report-trainee"),
        texts.get("report-scenario-id"),
        texts.get("report-scenario"),
        texts.get("report-scenario-hash"),
        texts.get("report-language"),
        texts.get("report-started"),
        texts.get("report-ended"),
        texts.get("report-outcome"),
        texts.get("report-result"),
        texts.get("report-overall"),
        texts.get("report-pass-mark"),
    ];
    header.extend(Criterion::ALL.map(|c| texts.criterion(c)));
    header.extend([
        texts.get("report-decisions"),
        texts.get("report-interruptions"),
        texts.get("report-hints"),
        texts.get("report-session-id"),
        texts.get("report-version"),
    ]);
    writer.write_record(&header).map_err(|e| e.to_string())?;
    for card in &report.cards {
        let local = |t: jiff::Timestamp| {
            t.to_zoned(report.zone.clone())
                .strftime("%Y-%m-%d %H:%M:%S")
                .to_string()
        };
        let mut row = vec![
            cell(&card.trainee),
            cell(&card.scenario.id),
            cell(&card.scenario.title),
            card.scenario.sha256.clone(),
            cell(&card.language),
            local(card.started),
            local(card.ended),
            cell(&outcome(texts, card)),
            verdict(texts, card),
            card.overall.to_string(),
            card.pass_mark.to_string(),
        ];
        row.extend(Criterion::ALL.map(|c| card.get(c).map(|v| v.to_string()).unwrap_or_default()));
        row.extend([
            card.turns.len().to_string(),
            card.interruptions().to_string(),
            card.hints().to_string(),
            card.id.to_string(),
            cell(&card.defuse_version),
        ]);
        writer.write_record(&row).map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
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
