//! `--format json` and `--format xapi` written as the scorecards are read: a team's folder
//! may hold 100,000 sessions, and one JSON value of all of them would take gigabytes.
//!
//! The report is made first from the cards read for a summary (what the filter, the order
//! and the trainees' summaries need); then the kept cards are read again whole, a batch at
//! a time on every core, and written out in the report's order. The bytes are the ones a
//! single `serde_json::to_string_pretty` of the whole would give.

use super::Report;
use crate::roster::Roster;
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

/// Every card of `files`, read whole, in order, named as the roster has the trainee; a
/// file that can no longer be read (it vanished since the summary was read) goes to `late`.
fn cards<'a>(
    files: &'a [PathBuf],
    roster: &'a Roster,
    late: &'a RefCell<Vec<Unreadable>>,
) -> impl Iterator<Item = Scorecard> + 'a {
    files.chunks(BATCH).flat_map(move |batch| {
        read_all(batch, Reading::Whole, |_, _| {})
            .into_iter()
            .filter_map(|result| result.map_err(|e| late.borrow_mut().push(e)).ok())
            .map(|mut card| {
                roster.name(&mut card);
                card
            })
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

/// What the filter and the report's order need of a scorecard, read without the rest.
#[derive(serde::Deserialize)]
struct Key {
    schema: u32,
    id: uuid::Uuid,
    trainee: String,
    #[serde(default)]
    trainee_id: Option<String>,
    scenario: KeyScenario,
    ended: jiff::Timestamp,
}

#[derive(serde::Deserialize)]
struct KeyScenario {
    id: String,
}

/// The files of the sessions `filter` keeps (trainees known as the roster has them), in the
/// report's order (oldest first), read only as far as the filter and the order need; and
/// the files that cannot be read.
pub fn index(
    files: &[PathBuf],
    filter: &super::Filter,
    roster: &Roster,
    zone: &jiff::tz::TimeZone,
    progress: impl FnMut(usize, usize),
) -> (Vec<PathBuf>, Vec<Unreadable>) {
    let keys = crate::store::map_files(files, progress, |bytes| {
        match serde_json::from_slice::<Key>(bytes) {
            Ok(key) if key.schema <= crate::scorecard::SCHEMA => Ok(key),
            // Say why as a full read would.
            _ => Scorecard::from_json_bytes_as(bytes, Reading::Summary).map(|card| Key {
                schema: card.schema,
                id: card.id,
                trainee: card.trainee,
                trainee_id: card.trainee_id,
                scenario: KeyScenario {
                    id: card.scenario.id,
                },
                ended: card.ended,
            }),
        }
    });
    let mut kept = Vec::new();
    let mut skipped = Vec::new();
    for (result, path) in keys.into_iter().zip(files) {
        match result {
            Ok(key) => {
                let owner = roster.owner_of(key.trainee_id.as_deref(), &key.trainee);
                let who = match owner {
                    Some(p) => (p.name.as_str(), Some(p.id.as_str())),
                    None => (key.trainee.as_str(), key.trainee_id.as_deref()),
                };
                if filter.keeps_session(who, &key.scenario.id, key.ended, zone) {
                    kept.push(((key.ended, key.id), path.clone()));
                }
            }
            Err(unreadable) => skipped.push(unreadable),
        }
    }
    kept.sort_by_key(|(key, _)| *key);
    (kept.into_iter().map(|(_, path)| path).collect(), skipped)
}

/// Writes every xAPI statement of the sessions in `files` (in that order) as one JSON
/// array, as `serde_json::to_string_pretty` would. Each batch of cards is read and turned
/// into text on every core; only the writing is in order. Returns the files that could
/// not be read.
pub fn write_xapi(
    mut out: impl Write,
    files: &[PathBuf],
    base: &str,
    roster: &Roster,
) -> Result<Vec<Unreadable>, std::io::Error> {
    let mut late = Vec::new();
    let mut first = true;
    out.write_all(b"[")?;
    // One thread turns the next batch into text while this one writes the last.
    let (send, batches) = std::sync::mpsc::sync_channel(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            for batch in files.chunks(BATCH) {
                let pieces = crate::store::map_files(
                    batch,
                    |_, _| {},
                    |bytes| {
                        let mut card = Scorecard::from_json_bytes_as(bytes, Reading::Statements)?;
                        roster.name(&mut card);
                        let statements = super::xapi::statements(&card.for_manager(), base);
                        elements(&statements).map_err(|e| e.to_string())
                    },
                );
                if send.send(pieces).is_err() {
                    // The writer stopped (an error): nothing more is wanted.
                    return;
                }
            }
        });
        for pieces in batches {
            for piece in pieces {
                match piece {
                    Ok((_, range)) if range.is_empty() => {}
                    Ok((text, range)) => {
                        out.write_all(if first { b"\n" } else { b",\n" })?;
                        out.write_all(&text[range])?;
                        first = false;
                    }
                    Err(unreadable) => late.push(unreadable),
                }
            }
        }
        Ok::<(), std::io::Error>(())
    })?;
    out.write_all(if first { b"]" } else { b"\n]" })?;
    Ok(late)
}

/// Values as the elements of a pretty-printed array, without its brackets: what
/// `to_string_pretty` of the whole array writes between `[` and `]`, each element
/// indented one level.
fn elements<T: Serialize>(values: &[T]) -> serde_json::Result<(Vec<u8>, std::ops::Range<usize>)> {
    if values.is_empty() {
        return Ok((Vec::new(), 0..0));
    }
    let text = serde_json::to_vec_pretty(values)?;
    // Without the array's own `[\n` and `\n]`.
    let range = 2..text.len() - 2;
    Ok((text, range))
}

/// Writes the report as JSON: the generator, every session whole, the files skipped, the
/// team view and the trainees' summaries. Returns the files that could not be read the second time
/// (they are also listed under `skipped`).
pub fn write_json(
    out: impl Write,
    report: &Report,
    files: &[PathBuf],
    skipped: &[Unreadable],
    roster: &Roster,
) -> Result<Vec<Unreadable>, std::io::Error> {
    let late = RefCell::new(Vec::new());
    let sessions = cards(files, roster, &late).map(|card| card.to_report_value());
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
        map.serialize_entry("team", &serde_json::to_value(&report.team)?)?;
        map.serialize_entry("trainees", &serde_json::to_value(&report.trainees)?)?;
        SerializeMap::end(map)
    })();
    result.map_err(std::io::Error::other)?;
    Ok(late.into_inner())
}
