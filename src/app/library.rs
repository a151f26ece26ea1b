//! The scenarios the window offers: the core's library of the scenarios folder, read once
//! at start, and its playable scenarios translated into the interface language.

use bevy::prelude::*;
use defuse_core::library::{Entry, Library as Scenarios};
use defuse_core::{Problem, Story};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// Every scenario found: the playable ones, and what stops the others.
#[derive(Resource)]
pub struct Library {
    /// The playable scenarios in the interface language.
    pub stories: Vec<Arc<Story>>,
    /// One line per problem that keeps a file out (`file:line:col: error: ...`).
    pub broken: Vec<String>,
    pub folder: String,
    scenarios: Scenarios,
    /// Where each of `stories` is among the library's entries.
    playable: Vec<usize>,
    locales: PathBuf,
}

impl Library {
    pub fn load(dir: &Path, locales: &Path, lang: &LanguageIdentifier) -> Library {
        let scenarios = Scenarios::read(dir);
        let mut broken = shorts(&scenarios.catalogue_problems);
        broken.extend(scenarios.unreadable.iter().map(Problem::short));
        for entry in &scenarios.entries {
            if !entry.is_playable() {
                broken.extend(shorts(&entry.problems));
            }
        }
        let playable = (0..scenarios.entries.len())
            .filter(|&k| scenarios.entries[k].is_playable())
            .collect();
        let mut library = Library {
            stories: Vec::new(),
            broken,
            folder: dir.display().to_string(),
            scenarios,
            playable,
            locales: locales.to_path_buf(),
        };
        library.localize(lang);
        library
    }

    /// The file scenario `index` was read from.
    pub fn path(&self, index: usize) -> Option<&Path> {
        let k = *self.playable.get(index)?;
        Some(self.scenarios.entries[k].path.as_path())
    }

    /// Reads scenario `index` (and the principles) again after its files changed. When it
    /// no longer validates, the playable version stays and the problems are returned,
    /// each `file:line:col: error: ...`, for the window to show until they are fixed.
    pub fn reload(&mut self, index: usize, lang: &LanguageIdentifier) -> Result<(), Vec<String>> {
        let Some(&k) = self.playable.get(index) else {
            return Err(Vec::new());
        };
        let entry = self.scenarios.read_again(k).map_err(|ps| shorts(&ps))?;
        if !entry.is_playable() {
            return Err(shorts(&entry.problems));
        }
        self.stories[index] = Arc::new(self.story(&entry, lang));
        self.scenarios.entries[k] = entry;
        Ok(())
    }

    /// Translates every scenario into `lang`; what has no translation stays as written.
    pub fn localize(&mut self, lang: &LanguageIdentifier) {
        self.stories = self
            .playable
            .iter()
            .map(|&k| Arc::new(self.story(&self.scenarios.entries[k], lang)))
            .collect();
    }

    fn story(&self, entry: &Entry, lang: &LanguageIdentifier) -> Story {
        let (story, _) = entry
            .localized(&self.locales, lang)
            .expect("only playable entries are kept");
        story
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
