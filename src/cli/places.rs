//! Where the command line finds the scenarios and translations, and which language it
//! speaks.

use defuse_core::i18n;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// The scenarios folder: as given, else found as `crate::bundled::find` says (the
/// current folder, beside the executable, the platform's data folder, the bundle).
pub fn scenarios_dir(given: Option<&Path>) -> PathBuf {
    match given {
        Some(dir) => dir.to_path_buf(),
        None => crate::bundled::find("scenarios"),
    }
}

/// Where the scenarios and translations are, and the language chosen.
pub struct Places {
    pub scenarios: PathBuf,
    pub locales: PathBuf,
    pub lang: LanguageIdentifier,
    /// The language came from --lang (or DEFUSE_LANG), not from the system.
    pub lang_given: bool,
    /// The data folder: scorecards live in its `scorecards/` folder.
    pub data: PathBuf,
    /// The window's size in pixels.
    pub window: (u32, u32),
    /// The learning record store, if one is configured (or why its settings are wrong).
    pub lrs: Result<Option<defuse_core::lrs::Config>, String>,
}

/// The translations folder: as given, else `locales` beside the scenarios folder, else
/// found as the scenarios are.
pub fn locales_dir(given: Option<&Path>, scenarios: &Path) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_path_buf();
    }
    let beside = scenarios
        .parent()
        .map(|p| p.join("locales"))
        .filter(|p| p.is_dir());
    beside.unwrap_or_else(|| crate::bundled::find("locales"))
}

/// The language asked for with --lang, else the system's, negotiated against the
/// shipped ones (English when nothing matches).
pub fn chosen_language(given: Option<&str>) -> LanguageIdentifier {
    let requested: Vec<String> = match given {
        Some(tag) => vec![tag.to_owned()],
        None => sys_locale::get_locales().collect(),
    };
    i18n::negotiate(&requested)
}
