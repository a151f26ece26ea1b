//! `--format xapi`: each session as xAPI 1.0.3 statements, as learning record stores
//! and LMSs read them.
//!
//! A session gives `launched`, one `answered` per decision, then `completed` and `passed`
//! or `failed` (or `abandoned`, for a session left half-way). Statement ids are UUIDs
//! derived from the session id and the statement's place in it, so sending the same
//! scorecard twice sends the same statements, which an LRS recognises.

use crate::model::Criterion;
use crate::scorecard::Scorecard;
use serde_json::{Map, Value, json};
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

const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

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

/// The statements of one session.
pub fn statements(card: &Scorecard, base: &str) -> Vec<Value> {
    let base = normalise_base(base);
    let scenario = scenario_activity(card, &base);
    let actor = json!({
        "objectType": "Agent",
        "name": card.trainee,
        "account": {"homePage": base, "name": card.trainee.trim()},
    });
    let scenario_id = scenario["id"].clone();
    let context = |parent: bool| {
        let mut c = json!({
            "registration": card.id.to_string(),
            "language": card.language,
            "platform": format!("Defuse {}", card.defuse_version),
            "extensions": {
                format!("{base}extensions/scenario-sha256"): card.scenario.sha256,
            },
        });
        if parent {
            c["contextActivities"] =
                json!({"parent": [{"objectType": "Activity", "id": scenario_id}]});
        }
        c
    };
    let mut out = Vec::new();
    let mut push =
        |verb: &str, object: Value, result: Option<Value>, at: jiff::Timestamp, parent: bool| {
            let mut s = json!({
                "id": statement_id(card.id, out.len()).to_string(),
                "actor": actor,
                "verb": {"id": verb, "display": {"en-US": verb.rsplit('/').next().unwrap_or(verb)}},
                "object": object,
                "context": context(parent),
                "timestamp": at.to_string(),
            });
            if let Some(result) = result {
                s["result"] = result;
            }
            out.push(s);
        };
    push(LAUNCHED, scenario.clone(), None, card.started, false);
    for turn in &card.turns {
        let max = turn.best.total();
        let raw = turn.scores.total().min(max);
        let mut result = json!({
            // Typed words are the response itself; a choice is named by its number.
            "response": match &turn.typed {
                Some(_) => turn.reply_text.clone(),
                None => format!("reply-{}", turn.reply),
            },
            "score": {"raw": raw, "min": 0, "max": max},
            "extensions": {
                format!("{base}extensions/criteria"): criteria_points(turn),
                format!("{base}extensions/interrupted"): turn.interrupted,
                format!("{base}extensions/hint"): turn.hint,
                format!("{base}extensions/mood"): {"before": turn.mood_before, "after": turn.mood_after},
            },
        });
        if max > 0 {
            result["score"]["scaled"] = json!(round(f64::from(raw) / f64::from(max)));
        }
        // Only on a card the trainee shared (others lose `spoken` when read): measured
        // behaviours and scores, never an emotion.
        if let Some(spoken) = &turn.spoken {
            result["extensions"][format!("{base}extensions/delivery")] = json!({
                "calm_tone": spoken.delivery.calm_tone,
                "calm_tone_with_voice": spoken.calm_tone,
                "evidence": spoken.delivery.evidence,
            });
        }
        let object = json!({
            "objectType": "Activity",
            "id": format!("{}/decisions/{}", scenario_id.as_str().unwrap_or_default(), segment(&turn.node)),
            "definition": {
                "type": INTERACTION,
                "interactionType": if turn.typed.is_some() { "long-fill-in" } else { "choice" },
                "name": {card.language.clone(): turn.node},
                "description": {card.language.clone(): turn.customer_line},
            },
        });
        push(
            ANSWERED,
            object,
            Some(result),
            turn.answered.unwrap_or(card.ended),
            true,
        );
    }
    let score = json!({
        "scaled": round(f64::from(card.overall) / 100.0),
        "raw": card.overall,
        "min": 0,
        "max": 100,
    });
    let duration = format!(
        "PT{}S",
        (card.ended.as_second() - card.started.as_second()).max(0)
    );
    let extensions = json!({ format!("{base}extensions/criteria"): criteria_percent(card) });
    if card.is_abandoned() {
        let result = json!({"score": score, "completion": false, "duration": duration, "extensions": extensions});
        push(ABANDONED, scenario, Some(result), card.ended, false);
    } else {
        let result = json!({
            "score": score,
            "success": card.passed,
            "completion": true,
            "duration": duration,
            "extensions": extensions,
        });
        push(
            COMPLETED,
            scenario.clone(),
            Some(result.clone()),
            card.ended,
            false,
        );
        let verdict = if card.passed { PASSED } else { FAILED };
        push(verdict, scenario, Some(result), card.ended, false);
    }
    out
}

fn scenario_activity(card: &Scorecard, base: &str) -> Value {
    json!({
        "objectType": "Activity",
        "id": format!("{base}scenarios/{}", segment(&card.scenario.id)),
        "definition": {
            "type": SIMULATION,
            "name": {card.language.clone(): card.scenario.title},
        },
    })
}

/// Percent per tested criterion.
fn criteria_percent(card: &Scorecard) -> Value {
    let mut map = Map::new();
    for c in Criterion::ALL {
        if let Some(p) = card.get(c) {
            map.insert(key(c).into(), json!(p));
        }
    }
    Value::Object(map)
}

/// Points earned and on offer per criterion at one decision.
fn criteria_points(turn: &crate::scorecard::Turn) -> Value {
    let mut map = Map::new();
    for c in Criterion::ALL {
        map.insert(
            key(c).into(),
            json!({"earned": turn.scores.get(c), "possible": turn.best.get(c)}),
        );
    }
    Value::Object(map)
}

fn key(c: Criterion) -> &'static str {
    match c {
        Criterion::Listening => "listening",
        Criterion::Empathy => "empathy",
        Criterion::Ownership => "ownership",
        Criterion::CalmTone => "calm-tone",
    }
}

/// Ids are letters, digits, `-` and `_` already; anything else is percent-encoded so the
/// IRI stays valid even for a scenario written by hand.
fn segment(id: &str) -> String {
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

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
