//! The scenarios the window offers, read once at start through the core loader, and
//! translated into the interface language.

use bevy::prelude::*;
use defuse_core::i18n;
use defuse_core::load::{Catalogue, read_scenario, scenario_files};
use defuse_core::validate::validate;
use defuse_core::{Problem, Scenario, SourceFile, Story};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// Every scenario found: the playable ones, and what stops the others.
#[derive(Resource, Default)]
pub struct Library {
    /// The playable scenarios in the interface language.
    pub stories: Vec<Arc<Story>>,
    /// One line per problem that keeps a file out (`file:line:col: error: ...`).
    pub broken: Vec<String>,
    pub folder: String,
    /// The scenarios as written, to translate again when the language changes.
    sources: Vec<(Arc<SourceFile>, Scenario)>,
    catalogue: Catalogue,
    locales: PathBuf,
}

impl Library {
    pub fn load(dir: &Path, locales: &Path, lang: &LanguageIdentifier) -> Library {
        let mut library = Library {
            folder: dir.display().to_string(),
            locales: locales.to_path_buf(),
            ..default()
        };
        library.catalogue = match Catalogue::read(dir) {
            Ok(c) => c,
            Err(problems) => {
                library.broken.extend(problems.iter().map(Problem::short));
                Catalogue::unreadable()
            }
        };
        let files = match scenario_files(dir) {
            Ok(files) => files,
            Err(problem) => {
                library.broken.push(problem.short());
                return library;
            }
        };
        for file in files {
            match read_scenario(&file) {
                Ok((source, scenario)) => {
                    let problems = validate(&source, &scenario, &library.catalogue);
                    if problems.iter().any(Problem::is_error) {
                        library
                            .broken
                            .extend(problems.iter().filter(|p| p.is_error()).map(Problem::short));
                    } else {
                        library.sources.push((source, scenario));
                    }
                }
                Err(problem) => library.broken.push(problem.short()),
            }
        }
        library.localize(lang);
        library
    }

    /// Translates every scenario into `lang`; what has no translation stays as written.
    pub fn localize(&mut self, lang: &LanguageIdentifier) {
        self.stories = self
            .sources
            .iter()
            .map(|(source, scenario)| {
                let localized =
                    i18n::localize(scenario.clone(), &self.catalogue, &self.locales, lang);
                Arc::new(Story::new(
                    localized.scenario,
                    source.clone(),
                    &localized.catalogue,
                ))
            })
            .collect();
    }
}
