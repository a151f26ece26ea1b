//! A scenarios folder read once: the catalogue of principles, every scenario file parsed
//! and checked, and every problem found. The command line, the window and the rubric's
//! evaluation all find their scenarios here, by id or by path.

use crate::catalogue::{Catalogue, PRINCIPLES_FILE};
use crate::i18n::localize::localize;
use crate::i18n::tr;
use crate::load::{read_scenario, scenario_files};
use crate::model::Scenario;
use crate::problem::{Problem, SourceFile};
use crate::story::Story;
use crate::validate::{duplicate_ids, validate};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// One scenario file and what reading and checking it found.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The file, as found in the folder or as given.
    pub path: PathBuf,
    /// The text and the scenario, when the file parses.
    pub parsed: Option<(Arc<SourceFile>, Scenario)>,
    /// Every problem of the file, errors and warnings.
    pub problems: Vec<Problem>,
    /// The principles the scenario may refer to: those beside it, else the folder's.
    pub catalogue: Arc<Catalogue>,
}

impl Entry {
    /// Whether the scenario can be played: it parses and has no error.
    pub fn is_playable(&self) -> bool {
        self.parsed.is_some() && !self.problems.iter().any(Problem::is_error)
    }

    /// The scenario's id, or the file's stem when it does not parse.
    pub fn id(&self) -> String {
        match &self.parsed {
            Some((_, scenario)) => scenario.id.clone(),
            None => stem(&self.path),
        }
    }

    /// The scenario ready to play in its own language, if it is playable.
    pub fn story(&self) -> Option<Story> {
        let (source, scenario) = self.parsed.as_ref().filter(|_| self.is_playable())?;
        Some(Story::new(
            scenario.clone(),
            source.clone(),
            &self.catalogue,
        ))
    }

    /// The scenario in `lang` (what has no translation stays as written), with the count
    /// of texts left untranslated; `None` if it is not playable.
    pub fn localized(&self, locales: &Path, lang: &LanguageIdentifier) -> Option<(Story, usize)> {
        let (source, scenario) = self.parsed.as_ref().filter(|_| self.is_playable())?;
        let localized = localize(scenario.clone(), &self.catalogue, locales, lang);
        let story = Story::new(localized.scenario, source.clone(), &localized.catalogue);
        Some((story, localized.missing))
    }
}

/// A scenarios folder, read once.
#[derive(Debug, Clone)]
pub struct Library {
    /// The folder read.
    pub folder: PathBuf,
    /// Its principles; `Catalogue::unreadable()` when `principles.ron` has errors.
    pub catalogue: Arc<Catalogue>,
    /// What is wrong in the folder's `principles.ron`.
    pub catalogue_problems: Vec<Problem>,
    /// The folder itself could not be read.
    pub unreadable: Option<Problem>,
    /// Two files claiming one scenario id.
    pub duplicates: Vec<Problem>,
    /// Every scenario file, in name order; files added by path follow.
    pub entries: Vec<Entry>,
}

impl Library {
    /// Reads the principles and every scenario file of `folder`, and checks them all.
    pub fn read(folder: &Path) -> Library {
        let mut catalogue_problems = Vec::new();
        let catalogue = Arc::new(Catalogue::read(folder).unwrap_or_else(|found| {
            catalogue_problems = found;
            Catalogue::unreadable()
        }));
        let (files, unreadable) = match scenario_files(folder) {
            Ok(files) => (files, None),
            Err(problem) => (Vec::new(), Some(problem)),
        };
        let mut library = Library {
            folder: folder.to_path_buf(),
            catalogue,
            catalogue_problems,
            unreadable,
            duplicates: Vec::new(),
            entries: Vec::new(),
        };
        for file in files {
            let entry = library.check(&file);
            library.entries.push(entry);
        }
        let parsed = library.entries.iter().filter_map(|e| e.parsed.as_ref());
        library.duplicates = duplicate_ids(parsed.map(|(source, scenario)| (source, scenario)));
        library
    }

    /// Reads and checks one file with the principles beside it, else the folder's.
    fn check(&self, file: &Path) -> Entry {
        let mut problems = Vec::new();
        let catalogue = match file
            .parent()
            .filter(|dir| dir.join(PRINCIPLES_FILE).is_file() && !same_folder(dir, &self.folder))
        {
            Some(dir) => match Catalogue::read(dir) {
                Ok(catalogue) => Arc::new(catalogue),
                Err(found) => {
                    problems.extend(found);
                    Arc::new(Catalogue::unreadable())
                }
            },
            None => self.catalogue.clone(),
        };
        self.check_with(file, catalogue, problems)
    }

    /// Reads entry `k` again, with its principles read again too, after its files
    /// changed: the fresh entry, or the problems of the principles it relies on. The
    /// library is left as it was; the caller decides whether to keep the fresh entry.
    pub fn read_again(&self, k: usize) -> Result<Entry, Vec<Problem>> {
        let path = &self.entries.get(k).ok_or_else(Vec::new)?.path;
        let dir = path.parent().unwrap_or(Path::new("."));
        let catalogue = Catalogue::read(dir)?;
        Ok(self.check_with(path, Arc::new(catalogue), Vec::new()))
    }

    fn check_with(
        &self,
        file: &Path,
        catalogue: Arc<Catalogue>,
        mut problems: Vec<Problem>,
    ) -> Entry {
        let parsed = match read_scenario(file) {
            Ok((source, scenario)) => {
                problems.extend(validate(&source, &scenario, &catalogue));
                Some((source, scenario))
            }
            Err(problem) => {
                problems.push(problem);
                None
            }
        };
        Entry {
            path: file.to_path_buf(),
            parsed,
            problems,
            catalogue,
        }
    }

    /// The entries that can be played.
    pub fn playable(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.is_playable())
    }

    /// Every playable scenario, in its own language.
    pub fn stories(&self) -> Vec<Story> {
        self.playable().filter_map(Entry::story).collect()
    }

    /// Finds a scenario by the path of a file (read and added if it lies outside the
    /// folder), by file name without `.ron`, or by the id inside a file.
    pub fn find(&mut self, reference: &str) -> Result<&Entry, Problem> {
        let as_path = Path::new(reference);
        let found = if as_path.is_file() {
            match self
                .entries
                .iter()
                .position(|e| same_file(&e.path, as_path))
            {
                Some(k) => Some(k),
                None => {
                    let entry = self.check(as_path);
                    self.entries.push(entry);
                    Some(self.entries.len() - 1)
                }
            }
        } else {
            self.position(reference)
        };
        match found {
            Some(k) => Ok(&self.entries[k]),
            None => Err(self.not_found(reference)),
        }
    }

    /// Where a scenario is among the entries, by file name or by id (no reading).
    pub fn position(&self, reference: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| stem(&e.path) == reference)
            .or_else(|| {
                // The id inside a file may differ from its name.
                self.entries.iter().position(|e| {
                    e.parsed
                        .as_ref()
                        .is_some_and(|(_, scenario)| scenario.id == reference)
                })
            })
    }

    /// The problems of the folder's principles, when `entry` relies on them.
    pub fn catalogue_problems_of(&self, entry: &Entry) -> &[Problem] {
        if Arc::ptr_eq(&entry.catalogue, &self.catalogue) {
            &self.catalogue_problems
        } else {
            &[]
        }
    }

    fn not_found(&self, reference: &str) -> Problem {
        if let Some(problem) = &self.unreadable {
            return problem.clone();
        }
        let known: Vec<String> = self.entries.iter().map(|e| stem(&e.path)).collect();
        Problem::file(
            Path::new(reference),
            tr(
                "problem-no-scenario",
                &[
                    ("id", reference.into()),
                    ("folder", self.folder.display().to_string().into()),
                ],
            ),
        )
        .with_help(if known.is_empty() {
            tr("help-no-scenarios", &[])
        } else {
            tr("help-scenarios-found", &[("list", known.join(", ").into())])
        })
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
}

fn same_folder(a: &Path, b: &Path) -> bool {
    same_file(a, b) || (a.as_os_str().is_empty() && b == Path::new("."))
}
