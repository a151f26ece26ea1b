//! Who is training, remembered between runs with their settings, so a returning trainee
//! is offered their name. Kept in a small RON file in the platform's config folder; a
//! damaged file is reported and replaced by defaults, never fatal.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The trainee's name, once they have given it.
#[derive(Resource, Debug, Clone, Default)]
pub struct Trainee {
    pub name: String,
}

/// What is remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Remembered {
    pub name: String,
    pub language: String,
    pub text_size: f32,
    pub pace: f32,
    /// Replies never listed: older files have no such field and mean "off".
    #[serde(default)]
    pub expert: bool,
    /// Voice practice on.
    #[serde(default)]
    pub voice: bool,
}

/// Where the remembered settings live; `None` keeps nothing (tests, scripted runs).
#[derive(Resource, Debug, Clone)]
pub struct ConfigFile(pub Option<PathBuf>);

pub const FILE_NAME: &str = "trainee.ron";

/// The config folder the trainee file lives in (see `defuse_core::places`).
pub fn config_dir() -> Option<PathBuf> {
    defuse_core::places::config_dir()
}

/// Reads the remembered settings; a missing file is a first run, a damaged one is
/// reported by name and ignored.
pub fn recall(file: &Path) -> Option<Remembered> {
    let text = std::fs::read_to_string(file).ok()?;
    match ron::from_str(&text) {
        Ok(remembered) => Some(remembered),
        Err(err) => {
            warn!(
                "{}: cannot read the remembered settings ({err}); starting with defaults",
                file.display()
            );
            None
        }
    }
}

/// Saves the settings crash-safely: a new file renamed over the old one.
pub fn remember(file: &Path, remembered: &Remembered) -> Result<(), String> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let text = ron::ser::to_string_pretty(remembered, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    defuse_core::store::write_atomically(file, text.as_bytes())
}

/// Saves what the trainee chose, when there is a file to keep it in.
pub fn save(config: &ConfigFile, remembered: &Remembered) {
    let Some(file) = &config.0 else {
        return;
    };
    if let Err(err) = remember(file, remembered) {
        warn!("{}: cannot save the settings: {err}", file.display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_settings_round_trip_and_survive_damage() {
        let dir = std::env::temp_dir().join(format!("defuse-trainee-{}", std::process::id()));
        let file = dir.join(FILE_NAME);
        let remembered = Remembered {
            name: "Kovács Anna".into(),
            language: "hu".into(),
            text_size: 1.2,
            pace: 18.0,
            expert: true,
            voice: true,
        };
        remember(&file, &remembered).unwrap();
        assert_eq!(recall(&file), Some(remembered));
        std::fs::write(&file, "(name: \"half a fi").unwrap();
        assert_eq!(
            recall(&file),
            None,
            "a damaged file means defaults, not a crash"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
