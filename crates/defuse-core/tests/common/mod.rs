//! What the core's integration tests share: the project's folders, and the bundled
//! scenarios read through the `Library`, as the command line and the window read them.
// Each test file uses some of these.
#![allow(dead_code)]

use defuse_core::library::Library;
use defuse_core::{Catalogue, Problem, Story};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The project's root folder.
pub fn project() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundled scenarios.
pub fn scenarios_dir() -> PathBuf {
    project().join("scenarios")
}

/// The shipped translations.
pub fn locales_dir() -> PathBuf {
    project().join("locales")
}

/// The bundled principles.
pub fn catalogue() -> Catalogue {
    Catalogue::read(&scenarios_dir()).expect("the bundled principles are valid")
}

/// The bundled scenarios, each checked clean (no error, no warning), in file order.
pub fn bundled() -> Vec<Arc<Story>> {
    let library = Library::read(&scenarios_dir());
    assert!(library.catalogue_problems.is_empty() && library.duplicates.is_empty());
    library
        .entries
        .iter()
        .map(|entry| {
            let shown: Vec<String> = entry.problems.iter().map(Problem::short).collect();
            assert!(shown.is_empty(), "{}: {shown:#?}", entry.path.display());
            Arc::new(entry.story().expect("valid"))
        })
        .collect()
}

/// One bundled scenario by id.
pub fn story(id: &str) -> Arc<Story> {
    bundled()
        .into_iter()
        .find(|s| s.scenario.id == id)
        .expect("a bundled scenario")
}

/// The text of every bundled scenario file.
pub fn bundled_texts() -> Vec<String> {
    Library::read(&scenarios_dir())
        .entries
        .iter()
        .map(|e| std::fs::read_to_string(&e.path).unwrap())
        .collect()
}
