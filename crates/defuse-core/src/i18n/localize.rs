//! A scenario and the shared principles in the trainee's language, from the Fluent files
//! under `locales/`.

use super::{SOURCE, extract, language, principles_file, scenario, scenario_file};
use crate::catalogue::Catalogue;
use unic_langid::LanguageIdentifier;

/// A scenario and its principles in the trainee's language.
pub struct Localized {
    /// The scenario with every translated text replaced; the rest left in its own language.
    pub scenario: crate::model::Scenario,
    /// The shared coaching principles, translated where a translation exists.
    pub catalogue: Catalogue,
    /// Texts with no translation, shown in the scenario's own language.
    pub missing: usize,
}

/// Translates a validated scenario and the shared principles into `lang` from the files
/// under `locales`. What has no translation stays in the source language; a missing or
/// unreadable file only means more of it does.
pub fn localize(
    mut scenario: crate::model::Scenario,
    catalogue: &Catalogue,
    locales: &std::path::Path,
    lang: &LanguageIdentifier,
) -> Localized {
    let tag = lang.language.as_str();
    let mut catalogue = catalogue.clone();
    let mut missing = 0;
    let read = |path: std::path::PathBuf| std::fs::read_to_string(path).unwrap_or_default();
    if language(&scenario.language).is_none_or(|l| l != lang.language) {
        let ftl = read(scenario_file(locales, tag, &scenario.id));
        // Messages still marked untranslated carry the source text: shown, but missing.
        let marked = extract::read(&ftl, &scenario.language)
            .map(|entries| entries.iter().filter(|e| e.untranslated).count())
            .unwrap_or(0);
        let translation = scenario::Translation::new(lang, &ftl);
        missing += scenario::translate(&mut scenario, &translation).len() + marked;
    }
    // The shared catalogue is written in the source language.
    if tag != SOURCE {
        let translation = scenario::Translation::new(lang, &read(principles_file(locales, tag)));
        scenario::translate_principles(&mut catalogue.principles, &translation);
    }
    Localized {
        scenario,
        catalogue,
        missing,
    }
}

/// The shared principles in `lang`, for reports and screens that show a principle
/// without a scenario.
pub fn localize_catalogue(
    catalogue: &Catalogue,
    locales: &std::path::Path,
    lang: &LanguageIdentifier,
) -> Catalogue {
    let mut catalogue = catalogue.clone();
    let tag = lang.language.as_str();
    if tag != SOURCE {
        let ftl = std::fs::read_to_string(principles_file(locales, tag)).unwrap_or_default();
        let translation = scenario::Translation::new(lang, &ftl);
        scenario::translate_principles(&mut catalogue.principles, &translation);
    }
    catalogue
}
