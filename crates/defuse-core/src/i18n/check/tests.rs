use super::*;

fn text(id: &str, source: &str) -> Text {
    Text {
        id: id.into(),
        source: source.into(),
    }
}

#[test]
fn finds_every_kind_of_translation_problem() {
    let texts = [
        text("title", "The parcel"),
        text("a-says-1", "Where is it?"),
        text("a-hint", "Ask."),
        text("b-summary", "Done."),
    ];
    let ftl = "\
# en: The parcel
title = A csomag
# en: Where was it?
a-says-1 = Hol van?
# en: Ask.
# untranslated
a-hint = Ask.
# en: Gone.
old = Régi { $x }
";
    let file = SourceFile::new("hu/x.ftl", ftl);
    let (problems, coverage) = check_texts(&texts, "en", &file, "defuse extract x --lang hu");
    assert_eq!(
        coverage,
        Coverage {
            total: 4,
            translated: 1,
            untranslated: 1,
            changed: 1,
            missing: 1,
            obsolete: 1
        }
    );
    assert_eq!(coverage.percent(), 25);
    let shown: Vec<String> = problems.iter().map(Problem::short).collect();
    assert!(
        shown
            .iter()
            .any(|p| p.contains("hu/x.ftl:4:1: warning: the source text of `a-says-1` changed")),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|p| p.contains("1 of 4 messages are missing") && p.contains("b-summary")),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|p| p.contains("marked untranslated: a-hint")),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|p| p.contains("hu/x.ftl:9:1: warning: `old` is no longer in the source")),
        "{shown:#?}"
    );
}

#[test]
fn syntax_errors_have_a_line() {
    let file = SourceFile::new("pl/x.ftl", "# en: a\ntitle = ok\nbroken = { $\n");
    let (problems, _) = check_texts(&[text("title", "a")], "en", &file, "fix");
    assert!(
        problems[0].short().starts_with("pl/x.ftl:3:"),
        "{:?}",
        problems[0].short()
    );
    assert!(problems[0].message.contains("Fluent syntax error"));
}

#[test]
fn a_brace_left_open_is_found_on_its_own_line() {
    let file = SourceFile::new("hu/x.ftl", "# en: a\ntitle = {\n\n# en: b\nother = ok\n");
    let (problems, _) = check_texts(&[text("title", "a")], "en", &file, "fix");
    assert!(
        problems[0].short().starts_with("hu/x.ftl:2:9:"),
        "{:?}",
        problems[0].short()
    );
}

#[test]
fn interface_variables_must_match_english() {
    let english = "greet = Hello { $name }\ncount = { $n ->\n    [one] one\n   *[other] many\n}\nplain = Hi\n";
    let file = SourceFile::new(
        "he/defuse.ftl",
        "greet = שלום { $who }\ncount = { $n ->\n    [one] אחד\n   *[other] הרבה\n}\nextra = x\n",
    );
    let (problems, coverage) = check_interface(&file, english);
    assert_eq!(coverage.translated, 1);
    assert_eq!(coverage.missing, 1);
    assert_eq!(coverage.obsolete, 1);
    let shown: Vec<String> = problems.iter().map(Problem::short).collect();
    assert!(shown.iter().any(|p| p.contains("he/defuse.ftl:1:1: error: `greet` uses the variables $who but the English source uses $name")), "{shown:#?}");
}
