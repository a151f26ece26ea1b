//! `--format json` and `--format xapi` written as the scorecards are read: a team's folder
//! may hold 100,000 sessions, and one JSON value of all of them would take gigabytes.
//!
//! The report is made first from the cards read for a summary (what the filter, the order
//! and the trainees' summaries need); then the kept cards are read again whole, a batch at
//! a time on every core, and written out in the report's order. The bytes are the ones a
//! single `serde_json::to_string_pretty` of the whole would give.

use super::Report;
use crate::scorecard::{Reading, Scorecard};
use crate::store::{Unreadable, read_all};
use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;

/// Cards read whole at a time: enough to keep every core busy, few enough to stay small.
const BATCH: usize = 2048;

/// The report's files, in its order: `paths` are `Loaded::paths` of the cards the report
/// was made from.
pub fn files(report: &Report, paths: &[PathBuf]) -> Vec<PathBuf> {
    report.order.iter().map(|&k| paths[k].clone()).collect()
}

/// Every card of `files`, read whole, in order; a file that can no longer be read (it
/// vanished since the summary was read) goes to `late`.
fn cards<'a>(
    files: &'a [PathBuf],
    late: &'a RefCell<Vec<Unreadable>>,
) -> impl Iterator<Item = Scorecard> + 'a {
    files.chunks(BATCH).flat_map(move |batch| {
        read_all(batch, Reading::Whole, |_, _| {})
            .into_iter()
            .filter_map(|result| result.map_err(|e| late.borrow_mut().push(e)).ok())
    })
}

/// A sequence serialised as it is drawn, once.
struct Lazy<I>(RefCell<Option<I>>);

impl<I: Iterator<Item = Value>> Serialize for Lazy<I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        let mut seq = serializer.serialize_seq(None)?;
        for item in items.into_iter().flatten() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

/// Writes every xAPI statement of the report's sessions as one JSON array. Returns the
/// files that could not be read the second time.
pub fn write_xapi(
    out: impl Write,
    files: &[PathBuf],
    base: &str,
) -> Result<Vec<Unreadable>, std::io::Error> {
    let late = RefCell::new(Vec::new());
    let statements = cards(files, &late).flat_map(|card| super::xapi::statements(&card, base));
    let mut serializer = serde_json::Serializer::pretty(out);
    Lazy(RefCell::new(Some(statements)))
        .serialize(&mut serializer)
        .map_err(std::io::Error::other)?;
    Ok(late.into_inner())
}

/// Writes the report as JSON: the generator, every session whole, the files skipped and
/// the trainees' summaries. Returns the files that could not be read the second time
/// (they are also listed under `skipped`).
pub fn write_json(
    out: impl Write,
    report: &Report,
    files: &[PathBuf],
    skipped: &[Unreadable],
) -> Result<Vec<Unreadable>, std::io::Error> {
    let late = RefCell::new(Vec::new());
    let sessions = cards(files, &late).map(|card| serde_json::to_value(&card).unwrap_or_default());
    let mut serializer = serde_json::Serializer::pretty(out);
    let result = (|| {
        let mut map = serializer.serialize_map(None)?;
        // The keys in the order a `serde_json::Map` keeps them: sorted.
        map.serialize_entry(
            "generator",
            &format!("defuse {}", env!("CARGO_PKG_VERSION")),
        )?;
        map.serialize_entry("sessions", &Lazy(RefCell::new(Some(sessions))))?;
        let skipped: Vec<Value> = skipped
            .iter()
            .chain(late.borrow().iter())
            .map(|s| serde_json::json!({"file": s.path, "reason": s.reason}))
            .collect();
        map.serialize_entry("skipped", &skipped)?;
        map.serialize_entry("trainees", &serde_json::to_value(&report.trainees)?)?;
        SerializeMap::end(map)
    })();
    result.map_err(std::io::Error::other)?;
    Ok(late.into_inner())
}
