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
            card.trainee.clone(),
            card.scenario.id.clone(),
            card.scenario.title.clone(),
            card.scenario.sha256.clone(),
            card.language.clone(),
            local(card.started),
            local(card.ended),
            outcome(texts, card),
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
            card.defuse_version.clone(),
        ]);
        writer.write_record(&row).map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
