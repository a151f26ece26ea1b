//! Reading scenario files and the shared catalogue of coaching principles.

use crate::catalogue::{Catalogue, PRINCIPLES_FILE};
use crate::i18n::tr;
use crate::locate::Locator;
use crate::model::{Principle, Scenario};
use crate::parse::parse;
use crate::problem::{Problem, SourceFile};
use crate::story::Story;
use crate::validate::validate;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Reads and parses one scenario file, without validating it.
pub fn read_scenario(path: &Path) -> Result<(Arc<SourceFile>, Scenario), Problem> {
    let source = SourceFile::read(path)?;
    let scenario = parse(&source)?;
    Ok((source, scenario))
}

/// Parses a scenario from text, naming it `path` in problems.
pub fn parse_scenario(path: &Path, text: &str) -> Result<(Arc<SourceFile>, Scenario), Problem> {
    let source = SourceFile::new(path, text);
    let scenario = parse(&source)?;
    Ok((source, scenario))
}

impl Catalogue {
    /// Reads `principles.ron` from `dir`; a folder without one has an empty catalogue.
    pub fn read(dir: &Path) -> Result<Catalogue, Vec<Problem>> {
        let path = dir.join(PRINCIPLES_FILE);
        if !path.exists() {
            return Ok(Catalogue::default());
        }
        let source = SourceFile::read(&path).map_err(|p| vec![p])?;
        let principles: Vec<Principle> = parse(&source).map_err(|p| vec![p])?;
        let problems = crate::validate::validate_principles(
            &source,
            &principles,
            &Locator::new(&source.text),
            &crate::locate::Path::root(),
        );
        if problems.iter().any(Problem::is_error) {
            return Err(problems);
        }
        Ok(Catalogue {
            principles,
            unreadable: false,
        })
    }
}

/// Every scenario file in a folder (`*.ron` except the principles catalogue), sorted.
pub fn scenario_files(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let entries = std::fs::read_dir(dir).map_err(|err| {
        Problem::file(
            dir,
            tr("problem-read-folder", &[("reason", err.to_string().into())]),
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "ron")
                && path.file_name().is_some_and(|name| name != PRINCIPLES_FILE)
        })
        .collect();
    files.sort();
    Ok(files)
}

/// What checking one scenario file found: the story if it is playable, and every problem.
pub struct Checked {
    /// The scenario file that was checked.
    pub path: PathBuf,
    /// The scenario ready to play; `None` when any problem is an error.
    pub story: Option<Story>,
    /// Every error and warning found in the file.
    pub problems: Vec<Problem>,
}

/// Reads, validates and prepares one scenario for play.
pub fn check_file(path: &Path, catalogue: &Catalogue) -> Checked {
    match read_scenario(path) {
        Ok((source, scenario)) => check_parsed(source, scenario, catalogue),
        Err(problem) => Checked {
            path: path.to_path_buf(),
            story: None,
            problems: vec![problem],
        },
    }
}

/// Validates a parsed scenario and, when it has no errors, prepares it for play.
pub fn check_parsed(source: Arc<SourceFile>, scenario: Scenario, catalogue: &Catalogue) -> Checked {
    let problems = validate(&source, &scenario, catalogue);
    let story = if problems.iter().any(Problem::is_error) {
        None
    } else {
        Some(Story::new(scenario, source.clone(), catalogue))
    };
    Checked {
        path: source.path.clone(),
        story,
        problems,
    }
}

/// Loads one playable scenario, or returns every problem that stops it.
pub fn load_story(path: &Path, catalogue: &Catalogue) -> Result<Story, Vec<Problem>> {
    let checked = check_file(path, catalogue);
    checked.story.ok_or(checked.problems)
}
