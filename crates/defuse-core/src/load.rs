//! Reading scenario files and the shared catalogue of coaching principles.

use crate::i18n::tr;
use crate::locate::{Locator, offset_of};
use crate::model::{Principle, Scenario};
use crate::problem::{Problem, SourceFile};
use crate::story::Story;
use crate::validate::validate;
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The shared catalogue of coaching principles in a scenarios folder.
pub const PRINCIPLES_FILE: &str = "principles.ron";

fn ron_options() -> ron::Options {
    // Trainers may write `hint: "..."` instead of `hint: Some("...")`.
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Parses RON text into `T`, turning a syntax or shape error into a located problem.
pub(crate) fn parse<T: DeserializeOwned>(source: &Arc<SourceFile>) -> Result<T, Problem> {
    ron_options().from_str(&source.text).map_err(|err| {
        let start = offset_of(&source.text, err.span.start.line, err.span.start.col);
        let end = offset_of(&source.text, err.span.end.line, err.span.end.col).max(start);
        let (start, end, (message, help)) = match typography(&source.text, start) {
            Some((at, found)) => {
                let width = source.text[at..].chars().next().map_or(1, char::len_utf8);
                (at, at + width, found)
            }
            None => (start, end, explain(&err.code)),
        };
        let problem = Problem::error(source, start..end, message, tr("label-here", &[]));
        match help {
            Some(help) => problem.with_help(help),
            None => problem,
        }
    })
}

/// What a paste from a word processor leaves where the parser stopped: curly quotes for
/// straight ones, or a comma doubled.
fn typography(text: &str, at: usize) -> Option<(usize, (String, Option<String>))> {
    // The parser may stop on the space before the mark.
    let rest = text.get(at..)?;
    let skipped = rest.len() - rest.trim_start().len();
    let here = rest.trim_start().chars().next()?;
    let at = at + skipped;
    if "“”„‟‘’‚«»″".contains(here) {
        let quote = here.to_string();
        return Some((
            at,
            (
                tr("problem-curly-quote", &[("quote", quote.into())]),
                Some(tr("help-curly-quote", &[])),
            ),
        ));
    }
    let before = text.get(..at)?.trim_end();
    if here == ',' && text.get(at + 1..)?.trim().is_empty() {
        return Some((
            at,
            (
                tr("problem-comma-at-end", &[]),
                Some(tr("help-stray-comma", &[])),
            ),
        ));
    }
    if here == ',' && before.ends_with([',', '(', '[', ':']) {
        return Some((
            at,
            (
                tr("problem-stray-comma", &[]),
                Some(tr("help-stray-comma", &[])),
            ),
        ));
    }
    None
}

/// Turns ron's error into a sentence for a trainer, with advice where there is some.
fn explain(code: &ron::Error) -> (String, Option<String>) {
    use ron::Error as E;
    let outer = |o: &Option<String>| o.clone().unwrap_or_else(|| "Scenario".to_owned());
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer: o,
        } => (
            tr(
                "problem-unknown-field",
                &[("field", found.as_str().into()), ("where", outer(o).into())],
            ),
            Some(tr("help-fields", &[("list", expected.join(", ").into())])),
        ),
        E::MissingStructField { field, outer: o } => (
            tr(
                "problem-missing-field",
                &[("field", (*field).into()), ("where", outer(o).into())],
            ),
            Some(tr("help-missing-field", &[("field", (*field).into())])),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer: o,
        } => (
            tr(
                "problem-unknown-value",
                &[("value", found.as_str().into()), ("where", outer(o).into())],
            ),
            Some(tr("help-values", &[("list", expected.join(", ").into())])),
        ),
        E::DuplicateStructField { field, .. } => (
            tr("problem-field-twice", &[("field", (*field).into())]),
            Some(tr("help-field-twice", &[])),
        ),
        E::ExpectedComma => (
            tr("problem-expected-comma", &[]),
            Some(tr("help-expected-comma", &[])),
        ),
        E::Eof => (tr("problem-eof", &[]), Some(tr("help-eof", &[]))),
        other => (
            tr("problem-ron", &[("reason", other.to_string().into())]),
            None,
        ),
    }
}

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

/// The coaching principles shared by every scenario in a folder.
#[derive(Debug, Default, Clone)]
pub struct Catalogue {
    pub principles: Vec<Principle>,
    /// The catalogue file could not be read: its problems are reported on their own, and
    /// references to principles are not checked, rather than each shown as unknown.
    pub unreadable: bool,
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

    /// Stands in for a catalogue whose file has errors.
    pub fn unreadable() -> Catalogue {
        Catalogue {
            principles: Vec::new(),
            unreadable: true,
        }
    }

    pub fn get(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
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
    pub path: PathBuf,
    pub story: Option<Story>,
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

/// Finds a scenario by id in `dir`, or takes `reference` as a path if it names a file.
pub fn resolve(reference: &str, dir: &Path) -> Result<PathBuf, Problem> {
    let as_path = Path::new(reference);
    if as_path.is_file() {
        return Ok(as_path.to_path_buf());
    }
    let files = scenario_files(dir)?;
    for file in &files {
        if file.file_stem().is_some_and(|stem| stem == reference) {
            return Ok(file.clone());
        }
    }
    // The id inside a file may differ from its name.
    for file in &files {
        if let Ok((_, scenario)) = read_scenario(file)
            && scenario.id == reference
        {
            return Ok(file.clone());
        }
    }
    let known: Vec<String> = files
        .iter()
        .filter_map(|f| f.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    Err(Problem::file(
        as_path,
        tr(
            "problem-no-scenario",
            &[
                ("id", reference.into()),
                ("folder", dir.display().to_string().into()),
            ],
        ),
    )
    .with_help(if known.is_empty() {
        tr("help-no-scenarios", &[])
    } else {
        tr("help-scenarios-found", &[("list", known.join(", ").into())])
    }))
}
