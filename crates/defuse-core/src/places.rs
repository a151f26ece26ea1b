//! Where Defuse keeps its files on this machine, decided in one place: the data folder
//! (scorecards and the LRS outbox), the config folder (the trainee's settings, calm
//! baselines, `lrs.toml`) and the cache (voices rendered, bundled content unpacked). Each
//! can be moved with an environment variable; otherwise it is the platform's own folder.

use std::path::{Path, PathBuf};

/// The platform's folders for Defuse (`~/.local/share/defuse`, `~/.config/defuse`,
/// `~/.cache/defuse` on Linux); `None` on a system without a home folder.
fn platform() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "defuse")
}

/// The data folder: as given (`--data-dir` or `DEFUSE_DATA_DIR`), else the platform's,
/// else `defuse-data` in the current folder.
pub fn data_dir(given: Option<&Path>) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_path_buf();
    }
    platform()
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("defuse-data"))
}

/// The platform's data folder itself, where an installer may put `scenarios/` and
/// `locales/` for everyone on the machine.
pub fn platform_data_dir() -> Option<PathBuf> {
    platform().map(|d| d.data_dir().to_path_buf())
}

/// The config folder: `DEFUSE_CONFIG_DIR`, else the platform's.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DEFUSE_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    platform().map(|d| d.config_dir().to_path_buf())
}

/// The cache folder: `DEFUSE_CACHE_DIR`, else the platform's, else one in the system's
/// temporary folder. What is cached can always be made again.
pub fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("DEFUSE_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    platform()
        .map(|d| d.cache_dir().to_path_buf())
        .unwrap_or_else(|| std::env::temp_dir().join("defuse-cache"))
}

/// `lrs.toml` in the config folder.
pub fn lrs_file() -> Option<PathBuf> {
    config_dir().map(|d| d.join("lrs.toml"))
}
