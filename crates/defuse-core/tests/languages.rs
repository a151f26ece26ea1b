//! Every word in every shipped language can be drawn by the shipped fonts, and the
//! translations are complete.

mod common;
use common::*;
use defuse_core::Catalogue;
use defuse_core::i18n::{self, SHIPPED, scenario};
use defuse_core::load::{read_scenario, scenario_files};
use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn ftl_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ftl_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
}

fn pattern_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(expression: &ast::Expression<&str>, out: &mut String) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                pattern_text(&v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            out.push_str(value)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Every character a user can see: the messages of every Fluent file (not comments)
/// and the scenarios and principles as written.
fn visible_text() -> BTreeMap<char, String> {
    let mut seen: BTreeMap<char, String> = BTreeMap::new();
    let mut note = |text: &str, place: &str| {
        for c in text.chars() {
            seen.entry(c).or_insert_with(|| place.to_owned());
        }
    };
    let mut files = Vec::new();
    ftl_files(&project().join("locales"), &mut files);
    assert!(files.len() >= 4 * 2, "locale files: {files:?}");
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut value = String::new();
                if let Some(p) = &m.value {
                    pattern_text(p, &mut value);
                }
                note(&value, &format!("{} {}", file.display(), m.id.name));
            }
        }
    }
    let dir = project().join("scenarios");
    for file in scenario_files(&dir).unwrap() {
        let (_, s) = read_scenario(&file).unwrap();
        for t in scenario::texts(&s) {
            note(&t.source, &format!("{} {}", file.display(), t.id));
        }
    }
    let catalogue = Catalogue::read(&dir).unwrap();
    for t in scenario::principle_texts(&catalogue.principles) {
        note(&t.source, &t.id);
    }
    seen
}

#[test]
fn the_shipped_fonts_draw_every_character_of_every_language() {
    let fonts = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];
    let seen = visible_text();
    // Hebrew letters, Polish and Hungarian accents must all be there to be checked.
    for c in ['א', 'ש', 'ą', 'ł', 'ś', 'ő', 'ű'] {
        assert!(
            seen.contains_key(&c),
            "no text uses {c}: are the translations there?"
        );
    }
    for font in fonts {
        let data = std::fs::read(project().join("assets/fonts").join(font)).unwrap();
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        let missing: Vec<String> = seen
            .iter()
            // White space and the invisible bidi isolation marks Fluent adds need no glyph.
            .filter(|(c, _)| {
                !c.is_whitespace() && !c.is_control() && !('\u{2066}'..='\u{2069}').contains(*c)
            })
            .filter(|(c, _)| face.glyph_index(**c).is_none())
            .map(|(c, place)| format!("{c:?} (U+{:04X}) in {place}", *c as u32))
            .collect();
        assert!(
            missing.is_empty(),
            "{font} cannot draw:\n{}",
            missing.join("\n")
        );
    }
}

#[test]
fn fallback_shows_the_scenario_language_for_what_is_missing() {
    let dir = project().join("scenarios");
    let (_, scenario) = read_scenario(&dir.join("missed-delivery.ron")).unwrap();
    let catalogue = Catalogue::read(&dir).unwrap();
    // An empty locales folder: nothing is translated, nothing breaks.
    let empty = tempfile_dir();
    let lang = i18n::langid("pl").unwrap();
    let localized = i18n::localize::localize(scenario.clone(), &catalogue, &empty, &lang);
    assert_eq!(localized.scenario, scenario);
    assert_eq!(localized.missing, scenario::texts(&scenario).len());
    // A partial translation: what it has is used, the rest falls back.
    let file = i18n::scenario_file(&empty, "pl", "missed-delivery");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "title = Pralka, która nie przyjechała\n").unwrap();
    let localized = i18n::localize::localize(scenario.clone(), &catalogue, &empty, &lang);
    assert_eq!(localized.scenario.title, "Pralka, która nie przyjechała");
    assert_eq!(localized.scenario.brief, scenario.brief);
    assert_eq!(localized.missing, scenario::texts(&scenario).len() - 1);
    let _ = std::fs::remove_dir_all(&empty);
}

fn tempfile_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("defuse-lang-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_shipped_translation_is_complete() {
    let dir = project().join("scenarios");
    let locales = project().join("locales");
    for file in scenario_files(&dir).unwrap() {
        let (_, s) = read_scenario(&file).unwrap();
        for lang in SHIPPED.iter().filter(|l| **l != s.language) {
            let path = i18n::scenario_file(&locales, lang, &s.id);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|_| panic!("{} is missing", path.display()));
            let source = defuse_core::SourceFile::new(&path, text);
            let (problems, coverage) =
                i18n::check::check_texts(&scenario::texts(&s), &s.language, &source, "fix");
            let shown: Vec<String> = problems.iter().map(|p| p.short()).collect();
            assert_eq!(coverage.percent(), 100, "{}: {shown:#?}", path.display());
        }
    }
}
