//! `defuse list`: every scenario in the folder with its title, size and translations.

use super::{Out, Places, Reported};
use defuse_core::i18n::check::check_texts;
use defuse_core::i18n::{self, scenario::texts};
use defuse_core::load::{read_scenario, scenario_files};
use defuse_core::{Node, SourceFile};
use std::process::ExitCode;

/// One scenario as the list shows it.
struct Entry {
    id: String,
    title: String,
    decisions: usize,
    endings: usize,
    /// The language it is written in.
    source: String,
    /// Per language other than the source: the share translated and up to date.
    languages: Vec<(String, u8)>,
}

pub fn run(out: &mut Out, places: &Places, json: bool) -> Result<ExitCode, Reported> {
    let files = scenario_files(&places.scenarios).map_err(|p| out.problems(&[p]))?;
    let langs = super::validate::languages(&places.locales);
    let mut entries = Vec::new();
    let mut unreadable = Vec::new();
    for file in &files {
        match read_scenario(file) {
            Ok((_, scenario)) => {
                let count = |f: fn(&Node) -> bool| scenario.nodes.iter().filter(|n| f(n)).count();
                let all = texts(&scenario);
                let languages = langs
                    .iter()
                    .filter(|l| **l != scenario.language)
                    .map(|lang| {
                        let path = i18n::scenario_file(&places.locales, lang, &scenario.id);
                        let percent = std::fs::read_to_string(&path).map_or(0, |text| {
                            let source = SourceFile::new(&path, text);
                            check_texts(&all, &scenario.language, &source, "")
                                .1
                                .percent()
                        });
                        (lang.clone(), percent)
                    })
                    .collect();
                entries.push(Entry {
                    decisions: count(|n| matches!(n, Node::Turn { .. })),
                    endings: count(|n| matches!(n, Node::Ending { .. })),
                    source: scenario.language,
                    id: scenario.id,
                    title: scenario.title,
                    languages,
                });
            }
            Err(problem) => unreadable.push(problem),
        }
    }
    if json {
        let list: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| {
                let languages: serde_json::Map<String, serde_json::Value> = e
                    .languages
                    .iter()
                    .map(|(l, p)| (l.clone(), serde_json::json!(p)))
                    .collect();
                serde_json::json!({
                    "id": e.id, "title": e.title, "decisions": e.decisions,
                    "endings": e.endings, "language": e.source, "translated": languages,
                })
            })
            .collect();
        out.line(&serde_json::Value::Array(list).to_string());
    } else {
        print(out, places, &entries, &langs);
    }
    if !unreadable.is_empty() {
        // Listed by name and place; `defuse validate` says everything about them.
        for p in &unreadable {
            out.err(&out.tf("list-unreadable", &[("problem", p.short().into())]));
        }
        return Err(Reported);
    }
    Ok(ExitCode::SUCCESS)
}

fn print(out: &mut Out, places: &Places, entries: &[Entry], langs: &[String]) {
    out.line(&out.tf(
        "list-summary",
        &[
            ("count", entries.len().into()),
            ("folder", places.scenarios.display().to_string().into()),
        ],
    ));
    let id_width = entries
        .iter()
        .map(|e| e.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let title_width = entries
        .iter()
        .map(|e| e.title.chars().count())
        .max()
        .unwrap_or(5)
        .min(44);
    let pad = |s: &str, w: usize| {
        let cut: String = s.chars().take(w).collect();
        format!("{cut}{}", " ".repeat(w - cut.chars().count()))
    };
    let (decisions, endings) = (out.t("list-decisions"), out.t("list-endings"));
    let mut header = format!(
        "{}  {}  {decisions}  {endings}",
        pad(&out.t("list-id"), id_width),
        pad(&out.t("list-title"), title_width)
    );
    let cell_width = out.t("list-source").chars().count().max(4);
    for l in langs {
        header.push_str(&format!("  {l:>cell_width$}"));
    }
    out.line(&header);
    for e in entries {
        let mut row = format!(
            "{}  {}  {:>w1$}  {:>w2$}",
            pad(&e.id, id_width),
            pad(&e.title, title_width),
            e.decisions,
            e.endings,
            w1 = decisions.chars().count(),
            w2 = endings.chars().count(),
        );
        for l in langs {
            // The language it is written in is the source, not a translation.
            let cell = match e.languages.iter().find(|(lang, _)| lang == l) {
                Some((_, p)) => format!("{p}%"),
                None if *l == e.source => out.t("list-source"),
                None => "–".to_owned(),
            };
            row.push_str(&format!("  {cell:>cell_width$}"));
        }
        out.line(&row);
    }
}
