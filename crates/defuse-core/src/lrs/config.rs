//! Where the LRS is and who Defuse is to it: a config file under the platform's config
//! directory, overridden by `--lrs-*` flags or `DEFUSE_LRS_*` variables.

use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// A password that never shows: not in `Debug`, not in messages, not in logs.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Password(String);

impl Password {
    /// Wraps a password given as text (a flag, an environment variable).
    pub fn new(text: impl Into<String>) -> Password {
        Password(text.into())
    }

    /// The password itself, for the one place that needs it: the request's authorization
    /// header.
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// `lrs.toml` as an administrator writes it; every field may be left to a flag.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// The LRS's xAPI endpoint, `http://` or `https://` (a trailing slash is added if
    /// missing).
    pub endpoint: Option<String>,
    /// The user name Defuse logs in to the LRS with (HTTP basic authentication).
    pub user: Option<String>,
    /// The password that goes with `user`.
    pub password: Option<Password>,
    /// Where the activity and account IRIs live (`--xapi-base` of `defuse report`).
    pub xapi_base: Option<String>,
}

/// A complete LRS configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The xAPI endpoint with one trailing slash, e.g. `https://lrs.example.org/xAPI/`.
    pub endpoint: String,
    /// The user name Defuse logs in to the LRS with (HTTP basic authentication).
    pub user: String,
    /// The password that goes with `user`.
    pub password: Password,
    /// Where the activity and account IRIs of the statements live: the file's `xapi_base`,
    /// else `report::xapi::DEFAULT_BASE`.
    pub xapi_base: String,
}

/// `lrs.toml` in the config folder (`~/.config/defuse/` on Linux, or `DEFUSE_CONFIG_DIR`).
pub fn config_file() -> Option<PathBuf> {
    crate::places::lrs_file()
}

impl FileConfig {
    /// Reads the file; a missing file is no configuration, not an error.
    pub fn read(path: &Path) -> Result<Option<FileConfig>, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(format!("{}: cannot read it: {err}", path.display())),
        };
        toml::from_str(&text)
            .map(Some)
            // toml's message names the line and column and shows the line.
            .map_err(|err| format!("{}: {err}", path.display()))
    }
}

impl Config {
    /// The file's settings with the flags (or environment) over them. `Ok(None)`: no LRS
    /// is configured. A half configuration is an error that says what is missing.
    pub fn resolve(
        file: Option<FileConfig>,
        file_name: Option<&Path>,
        endpoint: Option<String>,
        user: Option<String>,
        password: Option<String>,
    ) -> Result<Option<Config>, String> {
        let file = file.unwrap_or_default();
        let Some(endpoint) = endpoint.or(file.endpoint) else {
            return Ok(None);
        };
        let endpoint = endpoint.trim();
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
            return Err(format!(
                "the LRS endpoint `{endpoint}` must start with http:// or https://"
            ));
        }
        let from = file_name
            .map(|f| format!(" or in {}", f.display()))
            .unwrap_or_default();
        let user = user
            .or(file.user)
            .ok_or_else(|| format!("the LRS needs a user name: give --lrs-user{from}"))?;
        let password = password
            .map(Password::new)
            .or(file.password)
            .ok_or_else(|| format!("the LRS needs a password: give --lrs-password{from}"))?;
        Ok(Some(Config {
            endpoint: format!("{}/", endpoint.trim_end_matches('/')),
            user,
            password,
            xapi_base: file
                .xapi_base
                .unwrap_or_else(|| crate::report::xapi::DEFAULT_BASE.to_owned()),
        }))
    }

    /// The endpoint as it may be shown: without a `user:password@` someone put in it.
    pub fn shown_endpoint(&self) -> String {
        shown(&self.endpoint)
    }
}

pub(crate) fn shown(endpoint: &str) -> String {
    match endpoint.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            format!("{scheme}://{host}{path}")
        }
        None => endpoint.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_override_the_file_and_a_half_configuration_says_what_is_missing() {
        let file: FileConfig = toml::from_str(
            "endpoint = \"http://lrs.example.org/xAPI\"\nuser = \"a\"\npassword = \"p\"\n",
        )
        .unwrap();
        let c = Config::resolve(Some(file.clone()), None, None, Some("b".into()), None)
            .unwrap()
            .unwrap();
        assert_eq!(c.endpoint, "http://lrs.example.org/xAPI/");
        assert_eq!((c.user.as_str(), c.password.reveal()), ("b", "p"));
        assert!(!format!("{c:?}").contains("\"p\""), "{c:?}");
        assert_eq!(Config::resolve(None, None, None, None, None), Ok(None));
        let err = Config::resolve(
            None,
            Some(Path::new("/etc/lrs.toml")),
            Some("https://x/".into()),
            Some("u".into()),
            None,
        )
        .unwrap_err();
        assert!(err.contains("--lrs-password or in /etc/lrs.toml"), "{err}");
        assert!(Config::resolve(None, None, Some("ftp://x".into()), None, None).is_err());
        assert_eq!(
            shown("https://u:secret@lrs.org:8080/xAPI/"),
            "https://lrs.org:8080/xAPI/"
        );
    }

    #[test]
    fn a_broken_config_file_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lrs.toml");
        std::fs::write(&path, "endpoint = \"http://x/\"\nuser = \n").unwrap();
        let err = FileConfig::read(&path).unwrap_err();
        assert!(err.contains("lrs.toml") && err.contains("line 2"), "{err}");
        std::fs::write(&path, "endpont = \"http://x/\"\n").unwrap();
        let err = FileConfig::read(&path).unwrap_err();
        assert!(err.contains("endpont"), "{err}");
        assert!(
            FileConfig::read(&dir.path().join("none.toml"))
                .unwrap()
                .is_none()
        );
    }
}
