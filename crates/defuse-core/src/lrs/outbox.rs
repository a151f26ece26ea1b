//! The outbox: one file of statements per scorecard, waiting for the LRS, plus a ledger
//! of the scorecards already sent and the state of the last sync.
//!
//! `outbox/<scorecard name>.json`  the statements of one scorecard, written crash-safely
//! `outbox/sent.log`               one scorecard name per line, appended once confirmed
//! `outbox/status.json`            last success, last error, when to try again

use super::client::SendError;
use crate::scorecard::Scorecard;
use crate::store::{self, Store, Unreadable};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const SENT: &str = "sent.log";
const STATUS: &str = "status.json";

/// The outbox of one data directory: statements waiting for the LRS, the ledger of
/// scorecards sent, and the last sync's state.
#[derive(Debug, Clone)]
pub struct Outbox {
    /// The outbox folder, `outbox/` beside the scorecards.
    pub dir: PathBuf,
}

/// What `defuse sync --status` and the window show.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncStatus {
    /// When a sync last reached the LRS and sent what it could (scorecards it refused
    /// aside); `None` before the first.
    #[serde(default)]
    pub last_success: Option<Timestamp>,
    /// Statements confirmed by the last successful sync.
    #[serde(default)]
    pub last_sent: usize,
    /// When the last sync began sending, whatever came of it.
    #[serde(default)]
    pub last_attempt: Option<Timestamp>,
    /// What went wrong in the last sync (the LRS down, refusing the credentials, or
    /// refusing a scorecard); `None` after a clean one.
    #[serde(default)]
    pub last_error: Option<SendError>,
    /// Syncs failed in a row; the wait before the next try doubles with each.
    #[serde(default)]
    pub failures: u32,
    /// When to try again after a failed sync (its end plus `SyncStatus::backoff`); `None`
    /// after a clean one.
    #[serde(default)]
    pub next_attempt: Option<Timestamp>,
}

impl SyncStatus {
    /// Seconds to wait after `failures` failed syncs in a row: 30 s, 1 min, 2 min … 1 h.
    pub fn backoff(failures: u32) -> i64 {
        (30i64 << failures.saturating_sub(1).min(7)).min(3600)
    }
}

impl Outbox {
    /// The outbox of the store's data directory (the folder is made when first written).
    pub fn new(store: &Store) -> Outbox {
        Outbox {
            dir: store.root.join(super::OUTBOX),
        }
    }

    /// Queues a scorecard's statements; queuing it again rewrites the same statements.
    pub fn queue(&self, card: &Scorecard, xapi_base: &str) -> Result<PathBuf, String> {
        fs::create_dir_all(&self.dir)
            .map_err(|err| format!("cannot create the folder {}: {err}", self.dir.display()))?;
        let statements = crate::report::xapi::statements(card, xapi_base);
        let path = self.dir.join(store::file_name(card));
        let json = serde_json::to_vec(&statements).expect("JSON values always serialise");
        store::write_atomically(&path, &json)?;
        Ok(path)
    }

    /// The files waiting, oldest first.
    pub fn pending(&self) -> Result<Vec<PathBuf>, String> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => {
                return Err(format!(
                    "cannot read the folder {}: {err}",
                    self.dir.display()
                ));
            }
        };
        let mut files: Vec<(std::ffi::OsString, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .map(|e| (e.file_name(), e.path()))
            .filter(|(name, _)| {
                let name = name.to_string_lossy();
                !name.starts_with('.') && name.ends_with(".json") && name != STATUS
            })
            .collect();
        files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(files.into_iter().map(|(_, p)| p).collect())
    }

    /// Reads one waiting file: its statements.
    pub fn statements(path: &Path) -> Result<Vec<serde_json::Value>, String> {
        let bytes = fs::read(path).map_err(|err| format!("cannot read it: {err}"))?;
        serde_json::from_slice(&bytes)
            .map_err(|err| format!("not a list of statements (line {}): {err}", err.line()))
    }

    /// The names of the scorecards the LRS has confirmed.
    pub fn sent(&self) -> Result<HashSet<String>, String> {
        let path = self.dir.join(SENT);
        match fs::read_to_string(&path) {
            Ok(text) => Ok(text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(HashSet::new()),
            Err(err) => Err(format!("cannot read {}: {err}", path.display())),
        }
    }

    /// Records files as confirmed (on disk first), then removes them from the outbox.
    /// A crash in between only means the file is sent again: the same statements.
    pub fn confirm(&self, files: &[PathBuf]) -> Result<(), String> {
        let path = self.dir.join(SENT);
        let mut lines = String::new();
        for file in files {
            if let Some(name) = file.file_name() {
                lines.push_str(&name.to_string_lossy());
                lines.push('\n');
            }
        }
        let mut ledger = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        ledger
            .write_all(lines.as_bytes())
            .and_then(|_| ledger.sync_all())
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        for file in files {
            if let Err(err) = fs::remove_file(file)
                && err.kind() != std::io::ErrorKind::NotFound
            {
                return Err(format!("cannot remove {}: {err}", file.display()));
            }
        }
        Ok(())
    }

    /// Queues every scorecard in the store that is neither waiting nor sent: sessions
    /// saved before an LRS was configured, or by a machine that never synced.
    pub fn backfill(
        &self,
        store: &Store,
        xapi_base: &str,
    ) -> Result<(usize, Vec<Unreadable>), String> {
        let sent = self.sent()?;
        let waiting: HashSet<String> = self
            .pending()?
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        let mut queued = 0;
        let mut skipped = Vec::new();
        for path in store.files()? {
            let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
                continue;
            };
            if sent.contains(&name) || waiting.contains(&name) {
                continue;
            }
            match store::read(&path) {
                Ok(card) => {
                    self.queue(&card, xapi_base)?;
                    queued += 1;
                }
                Err(reason) => skipped.push(Unreadable { path, reason }),
            }
        }
        Ok((queued, skipped))
    }

    /// The state of the last sync; a damaged status file is a fresh start, not an error
    /// (it holds no results, only timestamps).
    pub fn status(&self) -> SyncStatus {
        fs::read(self.dir.join(STATUS))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Writes the state of the sync just done, crash-safely, for `status` to read back.
    pub fn save_status(&self, status: &SyncStatus) -> Result<(), String> {
        fs::create_dir_all(&self.dir)
            .map_err(|err| format!("cannot create the folder {}: {err}", self.dir.display()))?;
        let json = serde_json::to_vec_pretty(status).expect("a status always serialises");
        store::write_atomically(&self.dir.join(STATUS), &json)
    }

    /// How many statements wait, in how many files (reads every waiting file).
    pub fn waiting(&self) -> Result<(usize, usize), String> {
        let files = self.pending()?;
        let statements = files
            .iter()
            .map(|f| Outbox::statements(f).map(|s| s.len()).unwrap_or(0))
            .sum();
        Ok((files.len(), statements))
    }
}
