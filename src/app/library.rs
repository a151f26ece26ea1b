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

    /// The file scenario `index` was read from.
    pub fn path(&self, index: usize) -> Option<&Path> {
        self.sources
            .get(index)
            .map(|(source, _)| source.path.as_path())
    }

    /// Reads scenario `index` (and the principles) again after its files changed. When it
    /// no longer validates, the playable version stays and the problems are returned,
    /// each `file:line:col: error: ...`, for the window to show until they are fixed.
    pub fn reload(&mut self, index: usize, lang: &LanguageIdentifier) -> Result<(), Vec<String>> {
        let Some(path) = self.path(index).map(Path::to_path_buf) else {
            return Err(Vec::new());
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        let catalogue = Catalogue::read(dir).map_err(|ps| shorts(&ps))?;
        let (source, scenario) = read_scenario(&path).map_err(|p| shorts(&[p]))?;
        let problems = validate(&source, &scenario, &catalogue);
        if problems.iter().any(Problem::is_error) {
            return Err(shorts(&problems));
        }
        self.catalogue = catalogue;
        let localized = i18n::localize(scenario.clone(), &self.catalogue, &self.locales, lang);
        self.stories[index] = Arc::new(Story::new(
            localized.scenario,
            source.clone(),
            &localized.catalogue,
        ));
        self.sources[index] = (source, scenario);
        Ok(())
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

/// The errors among `problems`, one line each.
fn shorts(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .filter(|p| p.is_error())
        .map(Problem::short)
        .collect()
}
