use super::*;

fn rubric(signals: &str, stemmer: &str) -> Rubric {
    let text = format!(
        "Rubric(language: \"en\", stemmer: {stemmer}, stop_words: [\"the\", \"a\", \"i\", \"my\"], signals: [{signals}])"
    );
    Rubric::parse(Path::new("test.ron"), &text).unwrap_or_else(|p| panic!("{p:?}"))
}

fn context(line: &str) -> Context {
    Context {
        customer_line: line.into(),
        customer_name: "Eszter Kovács".into(),
        ..Context::default()
    }
}

/// What a trainer is told about a rubric file that must not load: every problem, rendered.
fn told(path: &str, text: &str) -> String {
    let problems = Rubric::parse(Path::new(path), text)
        .err()
        .expect("the rubric should not load");
    problems.iter().map(|p| p.render(false)).collect()
}

#[test]
fn words_fold_and_keep_their_apostrophes() {
    let t: Vec<String> = tokens("I’ll call, Zadzwonię — ‘sajnálom’ מִצְטַעֵר!")
        .into_iter()
        .map(|t| t.folded)
        .collect();
    assert_eq!(t, ["i'll", "call", "zadzwonie", "sajnalom", "מצטער"]);
    // The Hebrew geresh keeps a word whole and reads as the apostrophe a phrase is written with.
    let t: Vec<String> = tokens("בצ׳אט או בצ'אט")
        .into_iter()
        .map(|t| t.folded)
        .collect();
    assert_eq!(t, ["בצ'אט", "או", "בצ'אט"]);
}

#[test]
fn phrases_match_by_stem_prefix_and_gap_and_unless_cancels() {
    let r = rubric(
        r#"Signal(id: "commit", criterion: Ownership, points: 20, test: Phrases(["i will ... call*"]), why: "A promise."),
           Signal(id: "apology", criterion: Empathy, points: 15, test: Phrases(["sorry"]), unless: ["sorry you feel"], why: "Sorry.")"#,
        "Snowball(English)",
    );
    let a = r.assess("I will personally call you back by five.", &context(""));
    assert_eq!((a.ownership, a.empathy), (70, 50));
    assert_eq!(a.evidence[0].words, "I will personally call");
    // Too far apart for the gap of four words.
    let a = r.assess("I will have a look at it and maybe call", &context(""));
    assert_eq!(a.ownership, 50);
    assert_eq!(r.assess("I'm so sorry.", &context("")).empathy, 65);
    assert_eq!(
        r.assess("Sorry you feel that way.", &context("")).empathy,
        50
    );
}

#[test]
fn echo_name_question_capitals_and_exclamations() {
    let r = rubric(
        r#"Signal(id: "echo", criterion: Listening, points: 20, test: Echo(share: 0.5), why: "Echo."),
           Signal(id: "name", criterion: Listening, points: 10, test: CustomerName, why: "Name."),
           Signal(id: "question", criterion: Listening, points: 5, test: Question, why: "Q."),
           Signal(id: "caps", criterion: CalmTone, points: -25, test: Capitals(share: 0.5), why: "Caps."),
           Signal(id: "bang", criterion: CalmTone, points: -15, test: Exclamations(run: 2), why: "Bang.")"#,
        "Snowball(English)",
    );
    let c = context("The washing machine never arrived and I waited all day!");
    let a = r.assess(
        "Mrs Kovácsné, your washing machine never arrived after you waited. When?",
        &c,
    );
    assert_eq!(a.listening, 85, "{:?}", a.evidence);
    assert_eq!(a.calm_tone, 50);
    let a = r.assess("I TOLD YOU ALREADY!!", &c);
    assert_eq!(a.calm_tone, 10);
    assert_eq!(
        a.evidence
            .iter()
            .find(|e| e.signal == "caps")
            .unwrap()
            .words,
        "TOLD YOU ALREADY"
    );
    // Nothing said to the point: no evidence, 50 everywhere.
    let a = r.assess("ok", &c);
    assert_eq!(
        (a.listening, a.empathy, a.ownership, a.calm_tone),
        (50, 50, 50, 50)
    );
    assert!(a.evidence.is_empty());
}

#[test]
fn affixes_strip_one_prefix_and_the_longest_suffix() {
    let r = rubric(
        r#"Signal(id: "delivery", criterion: Listening, points: 10, test: Phrases(["dostawa"]), why: "."),
           Signal(id: "home", criterion: Listening, points: 10, test: Phrases(["בית"]), why: ".")"#,
        r#"Affixes(prefixes: ["ו", "ה", "וה"], suffixes: ["y", "ę", "a", "ami"], min_stem: 3)"#,
    );
    assert_eq!(r.assess("Sprawdzę dostawę.", &context("")).listening, 60);
    assert_eq!(r.assess("Gdzie dostawy?", &context("")).listening, 60);
    assert_eq!(r.assess("והבית", &context("")).listening, 60);
}

#[test]
fn a_prefix_is_cut_down_to_a_listed_short_stem_and_to_no_other() {
    let r = rubric(
        r#"Signal(id: "not", criterion: Listening, points: 10, test: Phrases(["לא"]), why: "."),
           Signal(id: "yes", criterion: Empathy, points: 10, test: Phrases(["כן"]), why: ".")"#,
        r#"Affixes(prefixes: ["ו", "ש"], suffixes: [], min_stem: 3, short_stems: ["לא"])"#,
    );
    assert_eq!(r.assess("ולא", &context("")).listening, 60);
    assert_eq!(r.assess("שלא", &context("")).listening, 60);
    // Not listed: "וכן" keeps its prefix, as words shorter than `min_stem` do.
    assert_eq!(r.assess("וכן", &context("")).empathy, 50);
}

#[test]
fn a_broken_rubric_names_the_file_and_the_place() {
    let text = told(
        "locales/xx/rubric.ron",
        "Rubric(language: \"xx\", stemmer: None, signals: [\n  Signal(id: \"a\", criterion: Empathy, points: 0, test: Echo(share: 2.0), why: \"\"),\n  Signal(id: \"a\", criterion: Kindness, points: 1, test: Question, why: \"\"),\n])",
    );
    assert!(text.contains("locales/xx/rubric.ron:3"), "{text}");
    assert!(text.contains("Kindness"), "{text}");
    let all = told(
        "r.ron",
        "Rubric(language: \"xx\", stemmer: None, signals: [\n  Signal(id: \"a\", criterion: Empathy, points: 0, test: Echo(share: 2.0), why: \"\"),\n  Signal(id: \"a\", criterion: Empathy, points: 1, test: Phrases([\"... x\"]), why: \"\"),\n])",
    );
    assert!(all.contains("points must be -50 to 50"), "{all}");
    assert!(all.contains("share must be above 0"), "{all}");
    assert!(all.contains("used twice"), "{all}");
    assert!(all.contains("must start with a word"), "{all}");
    assert!(all.contains("r.ron:3"), "{all}");
}

#[test]
fn a_match_prefix_too_short_and_a_model_cut_short_are_named_with_their_file() {
    let text = told(
        "locales/xx/rubric.ron",
        "Rubric(language: \"xx\", stemmer: None,\n  match_prefix: Some(1),\n  signals: [\n  Signal(id: \"a\", criterion: Empathy, points: 5, test: Question, why: \"\"),\n])",
    );
    assert!(text.contains("locales/xx/rubric.ron:2"), "{text}");
    assert!(text.contains("at least 3 letters"), "{text}");

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("xx")).unwrap();
    let path = dir.path().join("xx").join(super::MODEL_FILE);
    let no_weights = "Model(language: \"xx\", trained_on: 1, bias: ((shows: 0.0, none: 0.0, violates: 0.0), (shows: 0.0, none: 0.0, violates: 0.0), (shows: 0.0, none: 0.0, violates: 0.0), (shows: 0.0, none: 0.0, violates: 0.0)), features: {}, kinds: [\"good\", \"blame\"], kind_bias: [0.0, 0.0], kind_features: {\"w:sorri\": [1.0]}, kind_weights: [], kind_scale: 6.0)";
    std::fs::write(&path, no_weights).unwrap();
    let err = super::learned::Model::for_language(dir.path(), "xx").unwrap_err();
    let text = err[0].render(false);
    assert!(text.contains("rubric-model.ron"), "{text}");
    assert!(text.contains("one number per kind"), "{text}");
}

#[test]
fn a_negation_beside_giving_in_makes_it_a_refusal_within_its_clause() {
    let text = r#"Rubric(language: "en", stemmer: Snowball(English), stop_words: [], signals: [],
        stances: (gives_in: ["make an exception", "no charge", "on the house", "off the bill"],
                  holds_limit: ["the bill stands"], negations: ["not", "no", "can't"],
                  not_negating: ["no problem"]))"#;
    let r = Rubric::parse(Path::new("test.ron"), text).unwrap_or_else(|p| panic!("{p:?}"));
    for (reply, stance) in [
        ("I'll make an exception for you.", Stance::GivesIn),
        // Six words before the phrase, or two after, in the same clause.
        ("I'm not allowed to make an exception.", Stance::HoldsLimit),
        (
            "I'm not allowed to take the cut off the bill.",
            Stance::HoldsLimit,
        ),
        ("Coffee on the house? No, sorry.", Stance::GivesIn),
        ("The coffee on the house, no way.", Stance::GivesIn),
        ("The coffee on the house not today.", Stance::HoldsLimit),
        // A clause mark ends the negation's reach.
        (
            "I can't believe it. I'll make an exception.",
            Stance::GivesIn,
        ),
        // Too far before: not about the exception.
        (
            "No worries at all my friend I will make an exception",
            Stance::GivesIn,
        ),
        // A negation inside a phrase of giving in is that phrase's own, and "no problem"
        // negates nothing.
        ("No charge, it's on the house.", Stance::GivesIn),
        ("No problem I'll make an exception", Stance::GivesIn),
        ("No I'll make an exception", Stance::HoldsLimit),
        ("Nothing here.", Stance::Neither),
        ("The bill stands.", Stance::HoldsLimit),
    ] {
        assert_eq!(r.stance(reply), stance, "{reply}");
    }
}

#[test]
fn a_negation_of_two_words_or_a_stance_phrase_opening_with_a_gap_is_told_with_its_place() {
    let text = "Rubric(language: \"xx\", stemmer: None, signals: [],\n  stances: (gives_in: [\"... free\"],\n    negations: [\"not\", \"can not\"]))";
    let text = told("locales/xx/rubric.ron", text);
    assert!(
        text.contains("the negation `can not` must be one word"),
        "{text}"
    );
    assert!(text.contains("locales/xx/rubric.ron:3"), "{text}");
    assert!(
        text.contains("`stances.gives_in`: the phrase `... free` must start with a word"),
        "{text}"
    );
    assert!(text.contains("locales/xx/rubric.ron:2"), "{text}");
}

#[test]
fn an_empty_short_stem_is_told_with_its_place() {
    let text = told(
        "locales/xx/rubric.ron",
        "Rubric(language: \"xx\", signals: [],\n  stemmer: Affixes(prefixes: [\"ו\"], min_stem: 3,\n    short_stems: [\"לא\", \"\"]))",
    );
    assert!(
        text.contains("the short stem `` must be one word"),
        "{text}"
    );
    assert!(text.contains("locales/xx/rubric.ron:3"), "{text}");
}

/// Matching's closeness of `typed` to the first of `replies`, by a rubric with `extra` fields.
fn closeness(stemmer: &str, extra: &str, typed: &str, replies: &[&str]) -> u8 {
    let text =
        format!("Rubric(language: \"xx\", stemmer: {stemmer}, stop_words: [], signals: []{extra})");
    let r = Rubric::parse(Path::new("test.ron"), &text).unwrap_or_else(|p| panic!("{p:?}"));
    r.closest(typed, replies, &context("")).closeness[0]
}

#[test]
fn a_stem_cut_once_more_makes_a_word_with_two_proclitics_the_word_with_one() {
    // "והמספר" (and the number) loses "וה", "מספר" loses "מ": alike only when cut again.
    let he = "Affixes(prefixes: [\"ו\", \"ה\", \"מ\", \"וה\"], suffixes: [], min_stem: 3)";
    let replies = ["והמספר והחשבון", "שלום לך"];
    let typed = "מספר חשבון";
    let once = closeness(he, "", typed, &replies);
    let twice = closeness(he, ", match_stem_again: true", typed, &replies);
    assert!(once < 27 && twice >= 50, "{once} → {twice}");
}
