//! The LRS's statements resource, over HTTP(S) with basic authentication.

use super::config::{Config, shown};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// Why a request did not land, in the terms an administrator can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SendError {
    /// No answer: the server is down, the address is wrong, or the network dropped.
    Unreachable {
        /// The LRS's endpoint as it may be shown, without any `user:password@` in it.
        endpoint: String,
        /// What failed, in plain words ("no answer in time", "the connection was refused").
        reason: String,
    },
    /// The LRS refused the user name or password (401 or 403).
    Credentials {
        /// The LRS's endpoint as it may be shown, without any `user:password@` in it.
        endpoint: String,
        /// The HTTP status the LRS answered with (401 or 403).
        status: u16,
    },
    /// The LRS refused the statements themselves (400, 409, 413, 422).
    Rejected {
        /// The LRS's endpoint as it may be shown, without any `user:password@` in it.
        endpoint: String,
        /// The HTTP status the LRS answered with (400, 409, 413 or 422).
        status: u16,
        /// The LRS's own explanation, cut at 300 characters.
        message: String,
    },
    /// The LRS failed on its side (5xx or anything unexpected): worth retrying.
    Server {
        /// The LRS's endpoint as it may be shown, without any `user:password@` in it.
        endpoint: String,
        /// The HTTP status the LRS answered with: 5xx or another unexpected one (200 when
        /// its answer was not a statement result).
        status: u16,
        /// The LRS's own explanation, cut at 300 characters, or what was wrong with its
        /// answer.
        message: String,
    },
}

impl SendError {
    /// Worth trying again later, unchanged.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            SendError::Unreachable { .. } | SendError::Server { .. }
        )
    }
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendError::Unreachable { endpoint, reason } => {
                write!(f, "the LRS at {endpoint} cannot be reached: {reason}")
            }
            SendError::Credentials { endpoint, status } => write!(
                f,
                "the LRS at {endpoint} refused the user name or password (HTTP {status})"
            ),
            SendError::Rejected {
                endpoint,
                status,
                message,
            } => write!(
                f,
                "the LRS at {endpoint} rejected the statements (HTTP {status}): {message}"
            ),
            SendError::Server {
                endpoint,
                status,
                message,
            } => write!(f, "the LRS at {endpoint} failed (HTTP {status}): {message}"),
        }
    }
}

/// A connection to one LRS.
pub struct Lrs {
    agent: ureq::Agent,
    statements: String,
    authorization: String,
    endpoint: String,
}

impl Lrs {
    /// A connection to the LRS of `config`; a request gives up after `timeout`, connecting
    /// after at most 10 s.
    pub fn new(config: &Config, timeout: Duration) -> Lrs {
        use base64::Engine;
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .timeout_connect(Some(timeout.min(Duration::from_secs(10))))
            .http_status_as_error(false)
            .build()
            .into();
        let token = base64::engine::general_purpose::STANDARD.encode(format!(
            "{}:{}",
            config.user,
            config.password.reveal()
        ));
        Lrs {
            agent,
            statements: format!("{}statements", config.endpoint),
            authorization: format!("Basic {token}"),
            endpoint: shown(&config.endpoint),
        }
    }

    /// POSTs a batch (a JSON array of statements). Statements the LRS already holds with
    /// the same id count as landed: that is what makes a resend safe.
    pub fn post(&self, body: &[u8]) -> Result<(), SendError> {
        let response = self
            .agent
            .post(&self.statements)
            .header("Authorization", &self.authorization)
            .header("X-Experience-API-Version", "1.0.3")
            .content_type("application/json")
            .send(body);
        self.answer(response).map(|_| ())
    }

    /// Every statement the LRS holds that this user may read, following `more` links.
    pub fn statements(&self) -> Result<Vec<serde_json::Value>, SendError> {
        let mut all = Vec::new();
        let mut url = format!("{}?limit=500", self.statements);
        loop {
            let response = self
                .agent
                .get(&url)
                .header("Authorization", &self.authorization)
                .header("X-Experience-API-Version", "1.0.3")
                .call();
            let text = self.answer(response)?;
            let page: serde_json::Value =
                serde_json::from_str(&text).map_err(|err| SendError::Server {
                    endpoint: self.endpoint.clone(),
                    status: 200,
                    message: format!("not a statement result: {err}"),
                })?;
            if let Some(list) = page["statements"].as_array() {
                all.extend(list.iter().cloned());
            }
            match page["more"].as_str() {
                Some(more) if !more.is_empty() => url = self.resolve(more),
                _ => return Ok(all),
            }
        }
    }

    /// A `more` link is relative to the server (`/xAPI/statements?...`) or absolute.
    fn resolve(&self, more: &str) -> String {
        if more.starts_with("http://") || more.starts_with("https://") {
            return more.to_owned();
        }
        let (scheme, rest) = self.statements.split_once("://").unwrap_or(("http", ""));
        let authority = &rest[..rest.find('/').unwrap_or(rest.len())];
        format!("{scheme}://{authority}{more}")
    }

    fn answer(
        &self,
        response: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<String, SendError> {
        let endpoint = self.endpoint.clone();
        let mut response = response.map_err(|err| SendError::Unreachable {
            endpoint: endpoint.clone(),
            reason: unreachable_reason(&err),
        })?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_string()
            .map_err(|err| SendError::Unreachable {
                endpoint: endpoint.clone(),
                reason: unreachable_reason(&err),
            })?;
        match status {
            200..=299 => Ok(text),
            401 | 403 => Err(SendError::Credentials { endpoint, status }),
            400 | 409 | 413 | 422 => Err(SendError::Rejected {
                endpoint,
                status,
                message: short(&text),
            }),
            _ => Err(SendError::Server {
                endpoint,
                status,
                message: short(&text),
            }),
        }
    }
}

fn unreachable_reason(err: &ureq::Error) -> String {
    match err {
        ureq::Error::Timeout(_) => "no answer in time".to_owned(),
        ureq::Error::HostNotFound => "the host name is not known".to_owned(),
        ureq::Error::ConnectionFailed => "the connection was refused".to_owned(),
        ureq::Error::Io(io) => format!("the connection failed ({io})"),
        other => other.to_string(),
    }
}

/// The LRS's own explanation, kept short enough for a status line.
fn short(text: &str) -> String {
    let text = text.trim();
    let detail = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("detail").map(|d| d.to_string()))
        .unwrap_or_else(|| text.to_owned());
    let mut out: String = detail.chars().take(300).collect();
    if detail.chars().count() > 300 {
        out.push('…');
    }
    out
}
