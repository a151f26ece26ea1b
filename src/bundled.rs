//! The scenarios and translations built into the binary (by `build.rs`): the last place
//! `defuse` looks for them, so a binary copied to another folder or machine still runs.
//! They are unpacked once per bundle into the cache folder and read from there like any
//! other folder.

use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// Marks a bundle unpacked in full.
const COMPLETE: &str = ".complete";

/// The folder holding the bundled `scenarios/` and `locales/`, unpacked if this is the
/// first time; `None` when the cache folder cannot be written (said on standard error).
pub fn unpacked() -> Option<PathBuf> {
    let name = format!("{}-{FINGERPRINT}", env!("CARGO_PKG_VERSION"));
    let dir = defuse_core::places::cache_dir().join("bundled").join(name);
    if dir.join(COMPLETE).is_file() {
        return Some(dir);
    }
    match unpack(&dir) {
        Ok(()) => Some(dir),
        Err(reason) => {
            eprintln!(
                "warning: cannot unpack the bundled scenarios into {}: {reason}",
                dir.display()
            );
            None
        }
    }
}

/// Writes every file under a temporary name, then renames the whole folder into place,
/// so a run that starts meanwhile never sees half a bundle.
fn unpack(dir: &Path) -> std::io::Result<()> {
    let parent = dir.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let temp = parent.join(format!(".unpacking-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&temp);
    for (name, bytes) in FILES {
        let path = temp.join(name);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(&path, bytes)?;
    }
    std::fs::write(temp.join(COMPLETE), FINGERPRINT)?;
    match std::fs::rename(&temp, dir) {
        Ok(()) => Ok(()),
        // Another run unpacked the same bundle first: use theirs.
        Err(_) if dir.join(COMPLETE).is_file() => {
            let _ = std::fs::remove_dir_all(&temp);
            Ok(())
        }
        Err(err) => {
            let _ = std::fs::remove_dir_all(&temp);
            Err(err)
        }
    }
}

/// Where a folder of bundled content (`scenarios` or `locales`) is found, in order: the
/// current folder, beside the executable, the platform's data folder, and last the
/// bundle built into the binary.
pub fn find(folder: &str) -> PathBuf {
    let beside_exe = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join(folder)));
    let platform = defuse_core::places::platform_data_dir().map(|d| d.join(folder));
    [Some(PathBuf::from(folder)), beside_exe, platform]
        .into_iter()
        .flatten()
        .find(|dir| dir.is_dir())
        .or_else(|| unpacked().map(|dir| dir.join(folder)))
        .unwrap_or_else(|| PathBuf::from(folder))
}

/// A bundled text file by its path under the project (`locales/hu/cli.ftl`).
pub fn text(path: &str) -> Option<&'static str> {
    FILES
        .iter()
        .find(|(name, _)| *name == path)
        .and_then(|(_, bytes)| std::str::from_utf8(bytes).ok())
}

/// The core's words and a front end's own (`cli.ftl` or `window.ftl`) in `lang`.
pub fn texts(
    lang: &unic_langid::LanguageIdentifier,
    front_end: &'static str,
) -> defuse_core::i18n::Texts {
    defuse_core::i18n::Texts::with(lang, |tag| text(&format!("locales/{tag}/{front_end}")))
}
