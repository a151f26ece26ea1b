//! `--format xapi`: each session as xAPI 1.0.3 statements, as learning record stores
//! and LMSs read them.
//!
//! A session gives `launched`, one `answered` per decision, then `completed` and `passed`
//! or `failed` (or `abandoned`, for a session left half-way). Statement ids are UUIDs
//! derived from the session id and the statement's place in it, so sending the same
//! scorecard twice sends the same statements, which an LRS recognises.

pub mod typed;

use crate::model::Criterion;
use crate::scorecard::Scorecard;
use serde_json::Value;
use uuid::Uuid;

/// The namespace of Defuse's statement ids (a fixed random UUID).
pub const NAMESPACE: Uuid = uuid::uuid!("5b1f3c3e-8a0d-4c47-9d55-2f6e0c9a41d7");

/// Where Defuse's activity, extension and account IRIs live unless an organisation sets
/// its own (`--xapi-base`). `.local` is never a public domain.
pub const DEFAULT_BASE: &str = "http://defuse.local/";

/// The verb IRI of the statement that opens a session: the trainee started the scenario.
pub const LAUNCHED: &str = "http://adlnet.gov/expapi/verbs/launched";
/// The verb IRI of one decision: the reply given to a customer's turn, with its points.
pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
/// The verb IRI of a session played through to an ending, with its overall score.
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
/// The verb IRI that follows `completed` when the session reached the pass mark.
pub const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
/// The verb IRI that follows `completed` when the session fell short of the pass mark.
pub const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
/// The verb IRI of a session left before any ending, in place of `completed`.
pub const ABANDONED: &str = "https://w3id.org/xapi/adl/verbs/abandoned";

pub(crate) const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
pub(crate) const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// The id of the `k`-th statement of a session: a name-based UUID (RFC 9562 version 8,
/// from SHA-256 of the namespace, the session id and `k`), the same on every send.
pub fn statement_id(session: Uuid, k: usize) -> Uuid {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(NAMESPACE.as_bytes());
    hash.update(format!("{session}/{k}").as_bytes());
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

/// A base IRI with exactly one trailing slash.
pub fn normalise_base(base: &str) -> String {
    format!("{}/", base.trim().trim_end_matches('/'))
}

/// Every statement of every session, in order.
pub fn render(cards: &[&Scorecard], base: &str) -> String {
    let all: Vec<Value> = cards.iter().flat_map(|c| statements(c, base)).collect();
    serde_json::to_string_pretty(&all).expect("JSON values always serialise")
}

/// The statements of one session, as JSON values (for the outbox and tests). Made from
/// the typed statements (`typed.rs`), which the folder-wide export writes directly.
pub fn statements(card: &Scorecard, base: &str) -> Vec<Value> {
    let session = typed::Session::new(card, base);
    session
        .statements()
        .iter()
        .map(|s| serde_json::to_value(s).expect("statements always serialise"))
        .collect()
}

pub(crate) fn key(c: Criterion) -> &'static str {
    match c {
        Criterion::Listening => "listening",
        Criterion::Empathy => "empathy",
        Criterion::Ownership => "ownership",
        Criterion::CalmTone => "calm-tone",
    }
}

/// Ids are letters, digits, `-` and `_` already; anything else is percent-encoded so the
/// IRI stays valid even for a scenario written by hand.
pub(crate) fn segment(id: &str) -> String {
    let mut out = String::new();
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub(crate) fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
