//! One sync: queue what is missing, send the outbox in batches, keep what did not land.

use super::client::{Lrs, SendError};
use super::config::Config;
use super::outbox::{Outbox, SyncStatus};
use crate::store::{Store, Unreadable};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How a sync sends: the batch size, how long it keeps retrying, and each request's time
/// limit.
#[derive(Debug, Clone)]
pub struct Options {
    /// Statements per request, at most (a scorecard's statements always go together).
    pub batch: usize,
    /// How long to keep retrying a down or failing LRS before giving up for now.
    pub retry_for: Duration,
    /// How long one request may take.
    pub timeout: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            batch: 500,
            retry_for: Duration::from_secs(20),
            timeout: Duration::from_secs(30),
        }
    }
}

/// What a sync did.
#[derive(Debug, Default)]
pub struct Synced {
    /// Scorecards newly put in the outbox.
    pub queued: usize,
    /// Outbox files (one per scorecard) the LRS confirmed, and so left the outbox.
    pub files_sent: usize,
    /// Statements the LRS confirmed in this sync.
    pub statements_sent: usize,
    /// Scorecards whose statements the LRS refused: they stay in the outbox.
    pub rejected: Vec<(PathBuf, SendError)>,
    /// Outbox files that could not be read: named, kept, never sent half.
    pub damaged: Vec<Unreadable>,
    /// Scorecards that could not be queued.
    pub unreadable: Vec<Unreadable>,
    /// Set when the sync stopped early: the LRS is down or refused the credentials.
    pub stopped: Option<SendError>,
    /// Files and statements still waiting when it ended.
    pub waiting_files: usize,
    /// Statements still waiting in the outbox when the sync ended.
    pub waiting_statements: usize,
    /// How long the sync took, queuing included.
    pub elapsed: Duration,
}

struct Batch {
    files: Vec<PathBuf>,
    body: Vec<u8>,
    statements: usize,
}

/// Syncs the store's outbox with the LRS. `progress(sent, total)` counts statements.
/// Errors are only the local ones (the folder cannot be read or written); what the LRS
/// does is in [`Synced`], and in the status file for `--status` and the window.
pub fn sync(
    store: &Store,
    config: &Config,
    options: &Options,
    mut progress: impl FnMut(usize, usize),
) -> Result<Synced, String> {
    let started = Instant::now();
    let outbox = Outbox::new(store);
    let mut synced = Synced::default();
    let (queued, unreadable) = outbox.backfill(store, &config.xapi_base)?;
    synced.queued = queued;
    synced.unreadable = unreadable;

    // Read the waiting files and make batches of whole scorecards.
    let mut batches = VecDeque::new();
    let mut current: Option<Batch> = None;
    let mut total = 0;
    for file in outbox.pending()? {
        let statements = match Outbox::statements(&file) {
            Ok(s) => s,
            Err(reason) => {
                synced.damaged.push(Unreadable { path: file, reason });
                continue;
            }
        };
        total += statements.len();
        let batch = current.get_or_insert_with(|| Batch {
            files: Vec::new(),
            body: Vec::new(),
            statements: 0,
        });
        batch.files.push(file);
        batch.statements += statements.len();
        for s in statements {
            batch
                .body
                .push(if batch.body.is_empty() { b'[' } else { b',' });
            serde_json::to_writer(&mut batch.body, &s).expect("JSON values always serialise");
        }
        if batch.statements >= options.batch.max(1) {
            batches.extend(current.take());
        }
    }
    batches.extend(current.take());
    progress(0, total);

    let lrs = Lrs::new(config, options.timeout);
    let mut status = outbox.status();
    status.last_attempt = Some(jiff::Timestamp::now());
    let mut failure: Option<SendError> = None;
    while let Some(mut batch) = batches.pop_front() {
        if !batch.body.ends_with(b"]") {
            batch.body.push(b']');
        }
        match send_with_retries(&lrs, &batch.body, options) {
            Ok(()) => {
                outbox.confirm(&batch.files)?;
                synced.files_sent += batch.files.len();
                synced.statements_sent += batch.statements;
                progress(synced.statements_sent, total);
            }
            Err(SendError::Rejected { .. }) if batch.files.len() > 1 => {
                // One scorecard spoils the whole request: halve until it stands alone.
                let half = batch.files.len() / 2;
                let (a, b) = batch.files.split_at(half);
                for part in [b, a] {
                    if let Some(rebuilt) = rebuild(part)? {
                        batches.push_front(rebuilt);
                    }
                }
            }
            Err(err @ SendError::Rejected { .. }) => {
                synced
                    .rejected
                    .extend(batch.files.into_iter().map(|f| (f, err.clone())));
            }
            Err(err) => {
                // Down, failing or refusing us: everything left stays for the next try.
                failure = Some(err);
                break;
            }
        }
    }

    let (waiting_files, waiting_statements) = outbox.waiting()?;
    synced.waiting_files = waiting_files;
    synced.waiting_statements = waiting_statements;
    let now = jiff::Timestamp::now();
    match failure
        .clone()
        .or_else(|| synced.rejected.first().map(|r| r.1.clone()))
    {
        None => {
            status.last_success = Some(now);
            status.last_sent = synced.statements_sent;
            status.last_error = None;
            status.failures = 0;
            status.next_attempt = None;
        }
        Some(err) => {
            if failure.is_none() {
                // The rest landed; the refused scorecards wait for a fix and a later try.
                status.last_success = Some(now);
                status.last_sent = synced.statements_sent;
            }
            status.failures += 1;
            status.next_attempt =
                Some(now + jiff::SignedDuration::from_secs(SyncStatus::backoff(status.failures)));
            status.last_error = Some(err);
        }
    }
    outbox.save_status(&status)?;
    synced.stopped = failure;
    synced.elapsed = started.elapsed();
    Ok(synced)
}

/// A batch made again from its files (after a split).
fn rebuild(files: &[PathBuf]) -> Result<Option<Batch>, String> {
    if files.is_empty() {
        return Ok(None);
    }
    let mut batch = Batch {
        files: files.to_vec(),
        body: vec![b'['],
        statements: 0,
    };
    for file in files {
        // Read a moment ago; a file that vanished since was confirmed by another sync.
        let statements = Outbox::statements(file).unwrap_or_default();
        for s in statements {
            if batch.body.len() > 1 {
                batch.body.push(b',');
            }
            serde_json::to_writer(&mut batch.body, &s).expect("JSON values always serialise");
            batch.statements += 1;
        }
    }
    batch.body.push(b']');
    Ok(Some(batch))
}

/// Sends one batch, retrying a down or failing LRS with a doubling wait until
/// `retry_for` has passed. Refused credentials or statements are not retried.
fn send_with_retries(lrs: &Lrs, body: &[u8], options: &Options) -> Result<(), SendError> {
    let deadline = Instant::now() + options.retry_for;
    let mut wait = Duration::from_millis(250);
    loop {
        match lrs.post(body) {
            Ok(()) => return Ok(()),
            Err(err) if err.is_transient() && Instant::now() + wait < deadline => {
                std::thread::sleep(wait);
                wait = (wait * 2).min(Duration::from_secs(5));
            }
            Err(err) => return Err(err),
        }
    }
}
