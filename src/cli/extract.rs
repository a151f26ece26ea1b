//! `defuse extract`: the Fluent files translators work in.

use super::{Out, Places, Reported, checked};
use defuse_core::Catalogue;
use defuse_core::i18n::check::syntax_problems;
use defuse_core::i18n::extract::extract;
use defuse_core::i18n::scenario::{Text, principle_texts, texts};
use defuse_core::i18n::{self, SOURCE};
use defuse_core::load::scenario_files;
use defuse_core::{Problem, SourceFile};
use std::path::Path;
use std::process::ExitCode;

pub fn run(out: &mut Out, places: &Places, references: &[String]) -> Result<ExitCode, Reported> {
    let lang = places.lang.language.as_str().to_owned();
    let mut references = references.to_vec();
    let everything = references.is_empty();
    if everything {
        references = scenario_files(&places.scenarios)
            .map_err(|p| out.problems(&[p]))?
            .iter()
            .map(|p| p.display().to_string())
            .collect();
    }
    let mut wrote_any = false;
    for reference in &references {
        let entry = checked(out, places, reference)?;
        let Some((_, scenario)) = entry.parsed else {
            continue;
        };
        if i18n::language(&scenario.language) == Some(places.lang.language) {
            continue;
        }
        let header = format!(
            "Defuse scenario `{}` ({}) in {lang}, translated from {}.\nMade by `defuse extract`: each message has its source text in a comment.\nTranslate the value; then delete the `# untranslated` or `# changed` line above it.",
            scenario.id, scenario.title, scenario.language
        );
        let path = i18n::scenario_file(&places.locales, &lang, &scenario.id);
        write(out, &path, &texts(&scenario), &scenario.language, &header)?;
        wrote_any = true;
    }
    if everything && lang != SOURCE {
        let catalogue = Catalogue::read(&places.scenarios).map_err(|ps| out.problems(&ps))?;
        let header = format!(
            "Defuse coaching principles in {lang}, translated from {SOURCE}.\nMade by `defuse extract`: each message has its source text in a comment.\nTranslate the value; then delete the `# untranslated` or `# changed` line above it."
        );
        let path = i18n::principles_file(&places.locales, &lang);
        write(
            out,
            &path,
            &principle_texts(&catalogue.principles),
            SOURCE,
            &header,
        )?;
        wrote_any = true;
    }
    if !wrote_any {
        return Err(out.err(&format!(
            "error: the scenarios are already in `{lang}`: choose the language to translate into with --lang ({})",
            i18n::SHIPPED[1..].join(", ")
        )));
    }
    Ok(ExitCode::SUCCESS)
}

/// Updates one translator's file. A file with Fluent syntax errors is reported and left
/// untouched; the new file replaces the old in one step, so a crash cannot half-write it.
fn write(
    out: &mut Out,
    path: &Path,
    texts: &[Text],
    source_lang: &str,
    header: &str,
) -> Result<(), Reported> {
    let existing = std::fs::read_to_string(path).ok();
    let (text, report) =
        extract(texts, source_lang, header, existing.as_deref()).map_err(|errors| {
            let source = SourceFile::new(path, existing.clone().unwrap_or_default());
            let problems: Vec<Problem> = syntax_problems(&source, &errors)
                .into_iter()
                .map(|p| p.with_help(out.t("extract-refused")))
                .collect();
            out.problems(&problems)
        })?;
    let fail = |out: &mut Out, err: std::io::Error| {
        out.err(&format!("error: cannot write {}: {err}", path.display()))
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| fail(out, e))?;
    }
    let tmp = path.with_extension("ftl.tmp");
    std::fs::write(&tmp, text).map_err(|e| fail(out, e))?;
    std::fs::rename(&tmp, path).map_err(|e| fail(out, e))?;
    let line = out.tf(
        "extract-wrote",
        &[
            ("file", path.display().to_string().into()),
            ("added", report.added.into()),
            ("kept", report.kept.into()),
            ("changed", report.changed.into()),
            ("obsolete", report.obsolete.into()),
        ],
    );
    out.line(&line);
    Ok(())
}
