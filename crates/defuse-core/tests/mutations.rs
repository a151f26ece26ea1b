//! Whatever a trainer's editor does to a scenario file, Defuse never panics: mutated and
//! random files are read, validated and rendered, and every problem names its place.

mod common;
use common::*;
use defuse_core::Catalogue;
use defuse_core::load::parse_scenario;
use defuse_core::{Problem, Story, check_file};
use proptest::prelude::*;
use std::path::Path;

/// One edit a person or a program might make to a file.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    DoubleLine { at: usize },
    Truncate { at: usize },
}

fn pasted() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("‘quoted’".to_owned()),
        Just(",".to_owned()),
        Just(",,".to_owned()),
        Just("\t\t".to_owned()),
        Just("(".to_owned()),
        Just("]".to_owned()),
        Just("\"".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("x".repeat(5_000)),
        Just("é".repeat(3_000)),
        Just("next: \"nowhere\",".to_owned()),
        Just("mood: 99999999999,".to_owned()),
        ".{0,20}",
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), pasted()).prop_map(|(at, text)| Edit::Insert { at, text }),
        any::<usize>().prop_map(|at| Edit::DoubleLine { at }),
        any::<usize>().prop_map(|at| Edit::Truncate { at }),
    ]
}

/// The nearest character boundary at or before `at % len`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut String, edit: &Edit) {
    match edit {
        Edit::Delete { at, len } => {
            let from = boundary(text, *at);
            let to = boundary(text, from + len);
            if to > from {
                text.replace_range(from..to, "");
            }
        }
        Edit::Insert { at, text: new } => {
            let at = boundary(text, *at);
            text.insert_str(at, new);
        }
        Edit::DoubleLine { at } => {
            let lines: Vec<&str> = text.lines().collect();
            if !lines.is_empty() {
                let k = at % lines.len();
                let mut out = lines.clone();
                out.insert(k, lines[k]);
                *text = out.join("\n");
            }
        }
        Edit::Truncate { at } => {
            let at = boundary(text, *at);
            text.truncate(at);
        }
    }
}

/// Everything `defuse validate` and `play` do with a file, and its problems rendered.
fn check(text: &str) -> Vec<Problem> {
    let catalogue = Catalogue::read(&scenarios_dir()).unwrap();
    let problems = match parse_scenario(Path::new("mutated.ron"), text) {
        Err(problem) => vec![problem],
        Ok((source, scenario)) => {
            let problems = defuse_core::validate::validate(&source, &scenario, &catalogue);
            if !problems.iter().any(Problem::is_error) {
                // What validates also plays and is analysed.
                let story = std::sync::Arc::new(Story::new(scenario, source, &catalogue));
                let _ = defuse_core::stats::stats(&story);
                let _ = defuse_core::naive::pass_rates(&story, 2);
            }
            problems
        }
    };
    for p in &problems {
        let _ = p.render(false);
        let _ = p.to_json();
    }
    problems
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn edited_scenarios_never_panic_and_errors_have_a_place(
        which in 0..6usize,
        edits in prop::collection::vec(edit(), 1..5),
    ) {
        let mut text = bundled_texts()[which].clone();
        for e in &edits {
            apply(&mut text, e);
        }
        for p in check(&text).iter().filter(|p| p.is_error()) {
            prop_assert!(p.line_col().is_some(), "no place: {}", p.short());
        }
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..3_000)) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("random.ron");
        std::fs::write(&file, &bytes).unwrap();
        let catalogue = Catalogue::read(&scenarios_dir()).unwrap();
        let checked = check_file(&file, &catalogue);
        prop_assert!(checked.problems.iter().any(Problem::is_error) || checked.story.is_some());
        for p in &checked.problems {
            let _ = p.render(false);
            prop_assert!(p.location().contains("random.ron"));
        }
    }
}

#[test]
fn what_trainers_paste_gets_a_located_error_with_the_fix() {
    let base = bundled_texts().into_iter().next().unwrap();
    let title = base.find("title: \"").unwrap() + "title: ".len();
    // Curly quotes from a word processor.
    let mut curly = base.clone();
    curly.replace_range(title..title + 1, "“");
    let p = &check(&curly)[0];
    assert!(p.message.contains("curly quote"), "{}", p.short());
    assert_eq!(
        p.line_col().map(|(l, _)| l),
        Some(base[..title].lines().count())
    );
    // A doubled comma.
    let doubled = base.replacen("setting: ", "setting: ,", 1);
    let p = &check(&doubled)[0];
    assert!(
        p.message.contains("a comma with nothing before it"),
        "{}",
        p.short()
    );
    // A comma after the scenario's closing bracket.
    let p = &check(&format!("{}\n,\n", base.trim_end()))[0];
    assert!(
        p.message.contains("a comma after the scenario has ended"),
        "{}",
        p.short()
    );
    // A 200 KB line with a mistake at its end renders, and says where the place really is.
    let long = base.replacen(
        "title: \"",
        &format!("bogus: \"{}\", title: \"", "x".repeat(200_000)),
        1,
    );
    let problems = check(&long);
    let rendered = problems[0].render(false);
    assert!(rendered.len() < 10_000, "{} bytes", rendered.len());
    assert!(rendered.contains("characters long"), "{rendered}");
    // Indented with tabs: no problem at all.
    let tabs = base.replace("    ", "\t");
    assert!(!check(&tabs).iter().any(Problem::is_error));
    // Saved as UTF-16.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("utf16.ron");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(base.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&file, bytes).unwrap();
    let checked = check_file(&file, &Catalogue::read(&scenarios_dir()).unwrap());
    assert!(
        checked.problems[0].message.contains("UTF-16"),
        "{}",
        checked.problems[0].short()
    );
    assert_eq!(
        checked.problems[0].help.as_deref(),
        Some("save the file as UTF-8")
    );
}
