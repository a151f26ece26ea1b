//! The corpus's two labelling standards, for the trainer: which replies were labelled to the
//! later, sparer one, and the replies labelled again to files 1–6's
//! (`tests/eval/corpus-relabelled/`).

use defuse_core::rubric::corpus::{self, Labelled};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

/// The corpus's later files (7 on, ids from `c0601`) were labelled to a sparer standard than
/// files 1–6, which the held-out part comes from (far fewer "shows calm tone", fewer faults).
/// In training, a feature marks their replies, and another per kind of reply, so that the
/// standard's difference goes into weights of its own rather than every word's. The rubric
/// never finds them and they are not shipped: in use, every reply is read to files 1–6's
/// standard. Chosen by cross-validation on files 1–6's training part (`--folds-before
/// c0601`): see `tests/eval/corpus-later/README.md`.
pub const LATER_STANDARD: &str = "std:later";

/// Replies labelled (again, or for the first time) to files 1–6's standard after the later
/// files were written: `tests/eval/corpus-relabelled/`, read to that standard whatever
/// their ids (see its README).
pub static FIRST_STANDARD: OnceLock<HashSet<String>> = OnceLock::new();

/// A corpus reply of file 7 or later, not labelled again to files 1–6's standard.
pub fn later_standard(id: &str) -> bool {
    id.rsplit_once("-c")
        .and_then(|(_, n)| n.parse::<u32>().ok())
        .is_some_and(|n| n >= 601)
        && !FIRST_STANDARD.get().is_some_and(|first| first.contains(id))
}

/// The language's replies in `tests/eval/corpus-relabelled/` (none when it has no files).
pub fn relabelled(root: &Path, lang: &str) -> Vec<Labelled> {
    // `--relabelled DIR`: another folder of them, to compare; `--without-relabelled`: as
    // before they were, to measure what they change.
    let dir = super::option("--relabelled")
        .map_or_else(|| root.join("tests/eval/corpus-relabelled"), Into::into);
    if !dir.is_dir() || std::env::args().any(|a| a == "--without-relabelled") {
        return Vec::new();
    }
    corpus::read(&dir, lang)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .training
}

/// `cases` with every reply labelled again taking its earlier labels' place, and the new
/// ones after them.
pub fn with_relabelled(mut cases: Vec<Labelled>, relabelled: &[Labelled]) -> Vec<Labelled> {
    let by_id: HashMap<&str, &Labelled> = relabelled.iter().map(|c| (c.id.as_str(), c)).collect();
    let known: HashSet<String> = cases.iter().map(|c| c.id.clone()).collect();
    for case in &mut cases {
        if let Some(again) = by_id.get(case.id.as_str()) {
            *case = (*again).clone();
        }
    }
    cases.extend(
        relabelled
            .iter()
            .filter(|c| !known.contains(&c.id))
            .cloned(),
    );
    cases
}
