//! `defuse validate`: every problem in every scenario, at once.

use super::{Out, Reported, catalogue_for};
use defuse_core::load::{Catalogue, PRINCIPLES_FILE, read_scenario, scenario_files};
use defuse_core::validate::{duplicate_ids, validate};
use defuse_core::{Problem, Scenario, SourceFile};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

pub fn run(
    out: &mut Out,
    scenarios: &Path,
    paths: &[PathBuf],
    json: bool,
) -> Result<ExitCode, Reported> {
    let paths = if paths.is_empty() {
        vec![scenarios.to_path_buf()]
    } else {
        paths.to_vec()
    };

    let mut problems: Vec<Problem> = Vec::new();
    let mut files: Vec<PathBuf> = Vec::new();
    let mut catalogues: Vec<PathBuf> = Vec::new();
    for path in &paths {
        if path.is_dir() {
            match scenario_files(path) {
                Ok(found) => files.extend(found),
                Err(p) => problems.push(p),
            }
            if path.join(PRINCIPLES_FILE).is_file() {
                catalogues.push(path.clone());
            }
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            problems.push(Problem::file(path, "no such file or folder"));
        }
    }

    for dir in &catalogues {
        if let Err(found) = Catalogue::read(dir) {
            problems.extend(found);
        }
    }

    let mut parsed: Vec<(Arc<SourceFile>, Scenario)> = Vec::new();
    for file in &files {
        let catalogue = match catalogue_for(file, scenarios) {
            Ok(c) => c,
            // Reported once above when the folder was given; otherwise report it here.
            Err(found) => {
                if !catalogues
                    .iter()
                    .any(|d| file.parent() == Some(d.as_path()))
                {
                    problems.extend(found);
                }
                Catalogue::unreadable()
            }
        };
        match read_scenario(file) {
            Ok((source, scenario)) => {
                problems.extend(validate(&source, &scenario, &catalogue));
                parsed.push((source, scenario));
            }
            Err(problem) => problems.push(problem),
        }
    }
    problems.extend(duplicate_ids(parsed.iter().map(|(s, sc)| (s, sc))));

    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    if json {
        for problem in &problems {
            out.line(&problem.to_json().to_string());
        }
    } else {
        out.problems(&problems);
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let summary = format!(
            "checked {}: {}, {}",
            plural(files.len(), "scenario"),
            plural(errors, "error"),
            plural(warnings, "warning")
        );
        if errors > 0 {
            out.err(&summary);
        } else {
            out.line(&summary);
        }
    }
    if files.is_empty() && problems.is_empty() {
        out.err(&format!(
            "warning: no scenario files (*.ron) found in {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(if errors > 0 {
        ExitCode::from(super::EXIT_PROBLEM)
    } else {
        ExitCode::SUCCESS
    })
}
