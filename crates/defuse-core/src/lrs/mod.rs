//! Sending scorecards to the organisation's learning record store (LRS), over xAPI.
//!
//! Every scorecard becomes the statements `defuse report --format xapi` gives for it, queued
//! as one file in `outbox/` beside the scorecards. A file leaves the outbox only after the
//! LRS confirmed its statements. Their ids are derived from the scorecard, so a resend after
//! a timeout or a crash repeats the same statements, which the LRS recognises: nothing is
//! lost and nothing is doubled.

mod client;
mod config;
mod outbox;
mod sync;

pub use client::{Lrs, SendError};
pub use config::{Config, FileConfig, Password, config_file};
pub use outbox::{Outbox, SyncStatus};
pub use sync::{Options, Synced, sync};

/// The folder under the data directory that holds the statements waiting to be sent.
pub const OUTBOX: &str = "outbox";

/// What went wrong, in the interface's language.
pub fn describe(texts: &crate::i18n::Texts, err: &SendError) -> String {
    match err {
        SendError::Unreachable { endpoint, reason } => texts.format(
            "lrs-error-unreachable",
            &[
                ("endpoint", endpoint.as_str().into()),
                ("reason", reason.as_str().into()),
            ],
        ),
        SendError::Credentials { endpoint, status } => texts.format(
            "lrs-error-credentials",
            &[
                ("endpoint", endpoint.as_str().into()),
                ("status", status.to_string().into()),
            ],
        ),
        SendError::Rejected {
            endpoint,
            status,
            message,
        } => texts.format(
            "lrs-error-rejected",
            &[
                ("endpoint", endpoint.as_str().into()),
                ("status", status.to_string().into()),
                ("message", message.as_str().into()),
            ],
        ),
        SendError::Server {
            endpoint,
            status,
            message,
        } => texts.format(
            "lrs-error-server",
            &[
                ("endpoint", endpoint.as_str().into()),
                ("status", status.to_string().into()),
                ("message", message.as_str().into()),
            ],
        ),
    }
}
