//! The scenarios the window offers, read once at start through the core loader.

use bevy::prelude::*;
use defuse_core::load::{Catalogue, check_file, scenario_files};
use defuse_core::{Problem, Story};
use std::path::Path;
use std::sync::Arc;

/// Every scenario found: the playable ones, and what stops the others.
#[derive(Resource, Default)]
pub struct Library {
    pub stories: Vec<Arc<Story>>,
    /// One line per problem that keeps a file out (`file:line:col: error: ...`).
    pub broken: Vec<String>,
    pub folder: String,
}

impl Library {
    pub fn load(dir: &Path) -> Library {
        let mut library = Library {
            folder: dir.display().to_string(),
            ..default()
        };
        let catalogue = match Catalogue::read(dir) {
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
            let checked = check_file(&file, &catalogue);
            match checked.story {
                Some(story) => library.stories.push(Arc::new(story)),
                None => library.broken.extend(
                    checked
                        .problems
                        .iter()
                        .filter(|p| p.is_error())
                        .map(Problem::short),
                ),
            }
        }
        library
    }
}
