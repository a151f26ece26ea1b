//! `defuse validate`: every problem in every scenario and every translation, at once.

use super::{Out, Places, Reported};
use defuse_core::catalogue::{Catalogue, PRINCIPLES_FILE};
use defuse_core::i18n::check::{Coverage, check_interface, check_texts};
use defuse_core::i18n::scenario::{principle_texts, texts};
use defuse_core::i18n::{self, SOURCE};
use defuse_core::library::{Entry, Library};
use defuse_core::rubric::Rubric;
use defuse_core::validate::{check_wordings, duplicate_ids};
use defuse_core::{Problem, Scenario, Severity, SourceFile};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// One row of the coverage table: what was translated, and per language how much.
struct Row {
    name: String,
    source_lang: String,
    cells: Vec<(String, Coverage)>,
}

pub fn run(
    out: &mut Out,
    places: &Places,
    paths: &[PathBuf],
    json: bool,
    coverage: bool,
) -> Result<ExitCode, Reported> {
    let scenarios = &places.scenarios;
    let paths = if paths.is_empty() {
        vec![scenarios.to_path_buf()]
    } else {
        paths.to_vec()
    };

    // Every folder given is read as a library; files and ids given one by one are found
    // in the scenarios folder's (a file outside it is read with the principles beside it).
    let mut problems: Vec<Problem> = Vec::new();
    let mut catalogue_problems: Vec<Problem> = Vec::new();
    let mut good_catalogues: Vec<Arc<Catalogue>> = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    // Read only when a file or an id is given: `validate` alone reads the folder once.
    let mut single: Option<Library> = None;
    let mut single_used = Vec::new();
    for path in &paths {
        if path.is_dir() {
            let library = Library::read(path);
            problems.extend(library.unreadable.clone());
            if path.join(PRINCIPLES_FILE).is_file() {
                if library.catalogue_problems.is_empty() {
                    good_catalogues.push(library.catalogue.clone());
                }
                catalogue_problems.extend(library.catalogue_problems.iter().cloned());
            }
            entries.extend(library.entries);
        } else {
            let is_file = path.is_file();
            let library = single.get_or_insert_with(|| Library::read(scenarios));
            match library.find(&path.to_string_lossy()) {
                Ok(entry) => {
                    let entry = entry.clone();
                    // The folder's broken principles, said once, unless the folder was given.
                    if !paths
                        .iter()
                        .any(|d| entry.path.parent() == Some(d.as_path()))
                    {
                        single_used.push(entry.clone());
                    }
                    entries.push(entry);
                }
                // Not a file or folder: a scenario id, as `play` takes it.
                Err(_)
                    if !is_file
                        && (path.components().count() > 1 || path.extension().is_some()) =>
                {
                    problems.push(Problem::file(path, i18n::tr("problem-no-such-path", &[])))
                }
                Err(problem) => problems.push(problem),
            }
        }
    }
    problems.append(&mut catalogue_problems);
    // The folder's broken principles, said once however many of its files were named.
    if let Some(library) = &single
        && let Some(found) = single_used
            .iter()
            .map(|entry| library.catalogue_problems_of(entry))
            .find(|found| !found.is_empty())
    {
        problems.extend(found.iter().cloned());
    }
    let files: Vec<&PathBuf> = entries.iter().map(|e| &e.path).collect();
    let mut clean: Vec<Scenario> = Vec::new();
    // Each language's rubric, read once: it says which reply typed words are taken as.
    let mut rubrics: HashMap<String, Option<Rubric>> = HashMap::new();
    for entry in &entries {
        problems.extend(entry.problems.iter().cloned());
        if let Some((source, scenario)) = entry.parsed.as_ref().filter(|_| entry.is_playable()) {
            clean.push(scenario.clone());
            // A rubric that cannot be read is told where typed words are scored.
            let rubric = rubrics
                .entry(scenario.language.clone())
                .or_insert_with(|| Rubric::for_language(&places.locales, &scenario.language).ok());
            if let Some(rubric) = rubric {
                problems.extend(check_wordings(source, scenario, rubric));
            }
        }
    }
    let parsed = entries.iter().filter_map(|e| e.parsed.as_ref());
    problems.extend(duplicate_ids(parsed.map(|(s, sc)| (s, sc))));

    // Translations: of the interface, the principles, and each scenario that is itself
    // free of errors.
    let langs = languages(&places.locales);
    let mut rows = Vec::new();
    // The interface belongs to the whole folder, not to one file.
    if paths.iter().any(|p| p.is_dir()) {
        rows.push(check_interfaces(&places.locales, &langs, &mut problems));
    }
    for catalogue in &good_catalogues {
        let texts = principle_texts(&catalogue.principles);
        rows.push(check_translations(
            out.t("coverage-principles"),
            SOURCE,
            &texts,
            &langs,
            |lang| i18n::principles_file(&places.locales, lang),
            "defuse extract --lang",
            &mut problems,
        ));
    }
    for scenario in &clean {
        let texts = texts(scenario);
        let fix = format!("defuse extract {} --lang", scenario.id);
        rows.push(check_translations(
            scenario.id.clone(),
            &scenario.language,
            &texts,
            &langs,
            |lang| i18n::scenario_file(&places.locales, lang, &scenario.id),
            &fix,
            &mut problems,
        ));
    }

    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    if json {
        for problem in &problems {
            out.line(&problem.to_json().to_string());
        }
        if coverage {
            let table: serde_json::Map<String, serde_json::Value> = rows
                .iter()
                .map(|row| {
                    let cells: serde_json::Map<String, serde_json::Value> = row
                        .cells
                        .iter()
                        .map(|(lang, c)| (lang.clone(), serde_json::json!(c)))
                        .collect();
                    (row.name.clone(), serde_json::Value::Object(cells))
                })
                .collect();
            out.line(&serde_json::json!({ "coverage": table }).to_string());
        }
    } else {
        out.problems(&problems);
        let summary = out.tf(
            "validate-summary",
            &[
                (
                    "scenarios",
                    out.texts.count("scenarios", files.len()).into(),
                ),
                ("errors", out.texts.count("errors", errors).into()),
                ("warnings", out.texts.count("warnings", warnings).into()),
            ],
        );
        if errors > 0 {
            out.err(&summary);
        } else {
            out.line(&summary);
        }
        // A failing playtest is an error, so every playtest of a clean scenario held.
        let held: usize = clean.iter().map(|s| s.playtests.len()).sum();
        if held > 0 {
            out.line(&out.tf("validate-playtests", &[("count", held.into())]));
        }
        if coverage {
            print_coverage(out, &langs, &rows);
        }
    }
    if files.is_empty() && problems.iter().all(|p| p.severity == Severity::Warning) {
        let folders = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        out.err(&out.tf("validate-no-files", &[("folders", folders.into())]));
    }
    Ok(if errors > 0 {
        ExitCode::from(super::EXIT_PROBLEM)
    } else {
        ExitCode::SUCCESS
    })
}

/// The languages to check: the source, the shipped ones and any other folder under
/// `locales/`, each once, source first.
pub(super) fn languages(locales: &Path) -> Vec<String> {
    let mut langs: Vec<String> = i18n::SHIPPED.iter().map(|s| s.to_string()).collect();
    if let Ok(entries) = std::fs::read_dir(locales) {
        let mut extra: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| i18n::langid(name).is_some() && !langs.contains(name))
            .collect();
        extra.sort();
        langs.extend(extra);
    }
    langs
}

fn warning_file(path: &Path, message: String, help: String) -> Problem {
    let mut problem = Problem::file(path, message).with_help(help);
    problem.severity = Severity::Warning;
    problem
}

/// The interface's files: the core's words, the command line's and the window's.
const INTERFACE_FILES: [&str; 3] = ["defuse.ftl", "cli.ftl", "window.ftl"];

/// Each language's interface files against English's, as one row of the coverage table.
fn check_interfaces(locales: &Path, langs: &[String], problems: &mut Vec<Problem>) -> Row {
    let mut cells: Vec<(String, Coverage)> = langs
        .iter()
        .filter(|l| *l != SOURCE)
        .map(|l| (l.clone(), Coverage::default()))
        .collect();
    for file in INTERFACE_FILES {
        // A locales folder without the interface (a team's own folder of scenario
        // translations) uses the one built into the program.
        let read = |lang: &str| {
            std::fs::read_to_string(locales.join(lang).join(file))
                .ok()
                .or_else(|| {
                    crate::bundled::text(&format!("locales/{lang}/{file}")).map(str::to_owned)
                })
        };
        let english_path = locales.join(SOURCE).join(file);
        let english = read(SOURCE).unwrap_or_default();
        for (lang, total) in &mut cells {
            let path = locales.join(lang.as_str()).join(file);
            let Some(text) = read(lang) else {
                problems.push(warning_file(
                    &path,
                    i18n::tr("problem-no-interface", &[("lang", lang.as_str().into())]),
                    i18n::tr(
                        "help-no-interface",
                        &[("file", english_path.display().to_string().into())],
                    ),
                ));
                continue;
            };
            let (found, coverage) = check_interface(&SourceFile::new(&path, text), &english);
            problems.extend(found);
            total.add(&coverage);
        }
    }
    Row {
        name: "interface".to_owned(),
        source_lang: SOURCE.to_owned(),
        cells,
    }
}

fn check_translations(
    name: String,
    source_lang: &str,
    texts: &[defuse_core::i18n::scenario::Text],
    langs: &[String],
    file: impl Fn(&str) -> PathBuf,
    fix: &str,
    problems: &mut Vec<Problem>,
) -> Row {
    let mut cells = Vec::new();
    for lang in langs.iter().filter(|l| *l != source_lang) {
        let path = file(lang);
        let fix = format!("{fix} {lang}");
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let source = SourceFile::new(&path, text);
                let (found, coverage) = check_texts(texts, source_lang, &source, &fix);
                problems.extend(found);
                cells.push((lang.clone(), coverage));
            }
            Err(_) => {
                problems.push(warning_file(
                    &path,
                    i18n::tr(
                        "problem-no-translation",
                        &[
                            ("name", name.as_str().into()),
                            ("lang", lang.as_str().into()),
                            ("source", source_lang.into()),
                        ],
                    ),
                    i18n::tr("help-no-translation", &[("fix", fix.as_str().into())]),
                ));
                cells.push((
                    lang.clone(),
                    Coverage {
                        total: texts.len(),
                        missing: texts.len(),
                        ..Coverage::default()
                    },
                ));
            }
        }
    }
    Row {
        name,
        source_lang: source_lang.to_owned(),
        cells,
    }
}

fn print_coverage(out: &mut Out, langs: &[String], rows: &[Row]) {
    let interface = out.t("coverage-interface");
    let source = out.t("coverage-source");
    let name = |row: &Row| {
        if row.name == "interface" {
            interface.clone()
        } else {
            row.name.clone()
        }
    };
    let width = rows
        .iter()
        .map(|r| name(r).chars().count())
        .max()
        .unwrap_or(10);
    let cell = source.chars().count().max(5);
    out.line("");
    out.line(&out.t("coverage-heading"));
    let mut header = " ".repeat(width);
    for lang in langs {
        header.push_str(&format!("  {lang:>cell$}"));
    }
    out.line(&header);
    for row in rows {
        let label = name(row);
        let mut line = format!("{label}{}", " ".repeat(width - label.chars().count()));
        for lang in langs {
            let shown = if *lang == row.source_lang {
                source.clone()
            } else {
                row.cells
                    .iter()
                    .find(|(l, _)| l == lang)
                    .map_or("–".to_owned(), |(_, c)| format!("{}%", c.percent()))
            };
            line.push_str(&format!("  {shown:>cell$}"));
        }
        out.line(&line);
    }
}
