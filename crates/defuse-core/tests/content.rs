//! The bundled scenarios measure skill, not the list: players who do not read never pass,
//! the best reply does not stand out by its length, place or opening words, every coaching
//! principle is modelled by some best reply, and the translations teach the same thing.

mod common;
use common::*;
use defuse_core::Catalogue;
use defuse_core::i18n::{self, SHIPPED};
use defuse_core::lint::{LENGTH_RATIO, decisions};
use defuse_core::load::{load_story, scenario_files};
use defuse_core::model::{Node, Outcome, Scenario, best_reply};
use defuse_core::naive::{Strategy, passes};
use defuse_core::teaching::coverage;
use defuse_core::{Severity, Story};
use std::sync::Arc;

/// Seeds per scenario, language and naive player.
const SEEDS: u64 = 40;

/// Every bundled scenario in every shipped language.
fn stories() -> Vec<(String, Arc<Story>)> {
    let dir = scenarios_dir();
    let catalogue = Catalogue::read(&dir).expect("principles load");
    let mut all = Vec::new();
    for file in scenario_files(&dir).unwrap() {
        let story = load_story(&file, &catalogue).expect("a bundled scenario loads");
        for lang in SHIPPED {
            let lang = i18n::langid(lang).unwrap();
            let localized =
                i18n::localize::localize(story.scenario.clone(), &catalogue, &locales_dir(), &lang);
            let tag = lang.language.as_str().to_owned();
            let story = Story::new(
                localized.scenario,
                story.source.clone(),
                &localized.catalogue,
            );
            all.push((tag, Arc::new(story)));
        }
    }
    assert_eq!(all.len(), 6 * SHIPPED.len(), "six bundled scenarios");
    all
}

fn label(lang: &str, story: &Story) -> String {
    format!("{} ({lang})", story.scenario.id)
}

#[test]
fn naive_players_never_pass_and_random_ones_rarely_do() {
    let mut failures = Vec::new();
    for (lang, story) in stories() {
        for strategy in Strategy::ALL {
            let passed = (0..SEEDS).filter(|&s| passes(&story, strategy, s)).count();
            let allowed = match strategy {
                Strategy::Random => SEEDS as usize * 5 / 100,
                _ => 0,
            };
            if passed > allowed {
                failures.push(format!(
                    "{}: {} passed {passed} of {SEEDS}",
                    label(&lang, &story),
                    strategy.name()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_model_path_passes_in_every_language() {
    for (lang, story) in stories() {
        let model = story
            .scenario
            .playtests
            .iter()
            .find(|p| p.passes == Some(true))
            .unwrap_or_else(|| panic!("{}: no passing playtest", label(&lang, &story)));
        let run = defuse_core::playtest::run(&story, model)
            .unwrap_or_else(|f| panic!("{}: {f:?}", label(&lang, &story)));
        assert!(run.passed, "{}", label(&lang, &story));
    }
}

#[test]
fn the_best_reply_does_not_stand_out_by_its_shape() {
    let mut failures = Vec::new();
    for (lang, story) in stories() {
        let shapes = decisions(&story.scenario);
        let name = label(&lang, &story);
        for d in &shapes {
            if d.length_ratio > LENGTH_RATIO {
                failures.push(format!(
                    "{name}: `{}` best reply is {:.2} times the others' median length",
                    story.scenario.nodes[d.node].id(),
                    d.length_ratio
                ));
            }
        }
        let longest = shapes.iter().filter(|d| d.best_longest).count();
        if longest * 3 > shapes.len() {
            failures.push(format!(
                "{name}: the best reply is the longest at {longest} of {} decisions",
                shapes.len()
            ));
        }
        let defensible = shapes.iter().filter(|d| d.second_defensible).count();
        if defensible * 3 < shapes.len() {
            failures.push(format!(
                "{name}: a defensible second reply at only {defensible} of {} decisions",
                shapes.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_bundled_scenarios_raise_no_content_warning() {
    let dir = scenarios_dir();
    let catalogue = Catalogue::read(&dir).unwrap();
    for file in scenario_files(&dir).unwrap() {
        let checked = defuse_core::check_file(&file, &catalogue);
        let shown: Vec<String> = checked
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Warning || p.is_error())
            .map(|p| p.short())
            .collect();
        assert!(shown.is_empty(), "{}: {shown:#?}", file.display());
    }
}

fn english() -> Vec<Scenario> {
    let dir = scenarios_dir();
    let catalogue = Catalogue::read(&dir).unwrap();
    scenario_files(&dir)
        .unwrap()
        .iter()
        .map(|f| load_story(f, &catalogue).unwrap().scenario)
        .collect()
}

#[test]
fn every_principle_is_taught_by_a_best_reply() {
    let catalogue = Catalogue::read(&scenarios_dir()).unwrap();
    let scenarios = english();
    let refs: Vec<&Scenario> = scenarios.iter().collect();
    let all = coverage(&catalogue.principles, &refs);
    let untaught: Vec<&str> = all
        .iter()
        .filter(|c| c.taught().next().is_none())
        .map(|c| c.principle.id.as_str())
        .collect();
    assert!(untaught.is_empty(), "taught by no best reply: {untaught:?}");
}

/// Best replies with this principle, with the customer line they answer.
fn models<'a>(scenarios: &'a [Scenario], principle: &str) -> Vec<(&'a str, &'a str)> {
    let mut found = Vec::new();
    for s in scenarios {
        for node in &s.nodes {
            if let Node::Turn { says, replies, .. } = node
                && let Some(b) = best_reply(replies)
                && replies[b].principle.as_deref() == Some(principle)
            {
                for line in says {
                    found.push((line.as_str(), replies[b].text.as_str()));
                }
            }
        }
    }
    found
}

#[test]
fn model_replies_confirm_the_summary_and_let_the_customer_finish() {
    let scenarios = english();
    let summaries = models(&scenarios, "summarise-back");
    assert!(
        summaries
            .iter()
            .any(|(_, reply)| reply.trim_end().ends_with('?')),
        "no summary-back model reply asks whether it got it right: {summaries:#?}"
    );
    let finish = models(&scenarios, "let-them-finish");
    assert!(
        finish
            .iter()
            .any(|(line, _)| line.trim_end().ends_with(['—', '…', '-'])),
        "no let-them-finish decision has a customer line cut off: {finish:#?}"
    );
}

#[test]
fn customers_have_a_gender_and_hebrew_names_are_in_hebrew_letters() {
    for s in english() {
        assert!(s.customer.gender.is_some(), "{}: no gender", s.id);
    }
    for (lang, story) in stories() {
        if lang == "he" {
            let name = &story.scenario.customer.name;
            assert!(
                name.chars().any(|c| ('\u{05D0}'..='\u{05EA}').contains(&c)),
                "{}: customer name {name:?}",
                story.scenario.id
            );
        }
    }
}

/// The trainee's replies in a language, each with the decision it belongs to.
fn replies_of(story: &Story) -> Vec<(String, String, bool)> {
    let mut all = Vec::new();
    for node in &story.scenario.nodes {
        if let Node::Turn { id, replies, .. } = node {
            let best = best_reply(replies);
            for (k, r) in replies.iter().enumerate() {
                all.push((id.clone(), r.text.clone(), best == Some(k)));
            }
        }
    }
    all
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn translations_keep_one_register_and_no_conditional_apology() {
    // Staff address customers formally: Pan/Pani in Polish, Ön in Hungarian.
    let informal: &[(&str, &[&str])] = &[
        (
            "pl",
            &[
                "ty", "cię", "ciebie", "tobie", "tobą", "twój", "twoja", "twoje", "twojego",
                "twojej", "twoim", "twoją", "masz", "możesz", "chcesz", "jesteś",
            ],
        ),
        (
            "hu",
            &[
                "te",
                "téged",
                "neked",
                "veled",
                "tőled",
                "rólad",
                "nálad",
                "hozzád",
                "tiéd",
                "szeretnél",
                "tudod",
                "kérlek",
            ],
        ),
    ];
    let conditional: &[(&str, &[&str])] = &[
        ("en", &["sorry if", "apologise if", "apologize if"]),
        ("hu", &["sajnálom, ha", "elnézést, ha", "bocsánat, ha"]),
        (
            "pl",
            &[
                "przepraszam, jeśli",
                "przepraszam, jeżeli",
                "przepraszam, że pan",
            ],
        ),
        ("he", &["מצטער אם", "מצטערת אם", "סליחה אם"]),
    ];
    let mut failures = Vec::new();
    for (lang, story) in stories() {
        for (node, text, best) in replies_of(&story) {
            let place = format!("{} {node} ({lang})", story.scenario.id);
            if let Some((_, banned)) = informal.iter().find(|(l, _)| *l == lang) {
                for w in words(&text) {
                    if banned.contains(&w.as_str()) {
                        failures.push(format!("{place}: informal “{w}” in “{text}”"));
                    }
                }
            }
            if best && let Some((_, phrases)) = conditional.iter().find(|(l, _)| *l == lang) {
                let lower = text.to_lowercase();
                for p in phrases.iter() {
                    if lower.contains(p) {
                        failures.push(format!("{place}: conditional apology in “{text}”"));
                    }
                }
            }
            if lang == "he" {
                let chars: Vec<char> = text.chars().collect();
                let hebrew = |c: char| ('\u{05D0}'..='\u{05EA}').contains(&c);
                if chars
                    .windows(3)
                    .any(|w| hebrew(w[0]) && w[1] == '-' && hebrew(w[2]))
                {
                    failures.push(format!("{place}: a hyphen for a maqaf in “{text}”"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_lost_customer_never_stands_next_to_passed() {
    for s in english() {
        for node in &s.nodes {
            if let Node::Ending {
                id,
                outcome: defuse_core::Outcome::CustomerLeft,
                fails,
                ..
            } = node
            {
                assert!(fails, "{}: ending `{id}` loses the customer", s.id);
            }
        }
    }
}

#[test]
fn the_authoring_guide_lists_the_reply_kinds_as_validation_checks_them() {
    let guide = std::fs::read_to_string(scenarios_dir().join("../docs/authoring.md")).unwrap();
    assert!(
        guide.contains(&defuse_core::kinds::markdown_table()),
        "docs/authoring.md's kinds table differs from crates/defuse-core/src/kinds.rs:\n{}",
        defuse_core::kinds::markdown_table()
    );
}

#[test]
fn no_feedback_is_repeated_word_for_word_across_the_scenarios() {
    let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut repeats = Vec::new();
    for s in english() {
        for node in &s.nodes {
            let Node::Turn { id, replies, .. } = node else {
                continue;
            };
            for r in replies {
                let place = format!("{}/{id}", s.id);
                if let Some(first) = seen.insert(r.feedback.to_lowercase(), place.clone()) {
                    repeats.push(format!("{first} and {place}: {}", r.feedback));
                }
            }
        }
    }
    assert!(repeats.is_empty(), "{repeats:#?}");
}

#[test]
fn every_reply_typed_word_for_word_scores_as_clicking_it_in_every_language() {
    let mut failures = Vec::new();
    for (lang, story) in stories() {
        let rubric = defuse_core::rubric::Rubric::for_language(&locales_dir(), &lang)
            .unwrap_or_else(|p| panic!("{lang} rubric: {p:?}"));
        for node in &story.scenario.nodes {
            let Node::Turn { replies, .. } = node else {
                continue;
            };
            for (k, reply) in replies.iter().enumerate() {
                let mood = story.scenario.customer.mood;
                let mut c =
                    defuse_core::Conversation::starting_at(story.clone(), node.id(), mood, 1)
                        .unwrap();
                while !matches!(c.next_event(), defuse_core::Event::Choice { .. }) {}
                let record = c
                    .answer_in_words(&reply.text, &rubric, defuse_core::Conduct::default())
                    .unwrap()
                    .clone();
                if record.reply != Some(k) || record.scores != reply.scores {
                    failures.push(format!(
                        "{} {} reply {}: taken as {:?}, scored {:?} (clicked: {:?})",
                        label(&lang, &story),
                        node.id(),
                        k + 1,
                        record.reply.map(|r| r + 1),
                        record.scores,
                        reply.scores
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures: {failures:#?}",
        failures.len()
    );
}

/// What a trainee who does not try types: a flood, emoji, rudeness, "OK." over and over,
/// small talk. Each in every language, since the rubric of each must see through it.
fn troll_replies(lang: &str) -> Vec<String> {
    let (ok, rude, small_talk, ramble) = match lang {
        "hu" => (
            "Oké.",
            "Fogja be a száját, maga idióta!",
            "Szép idő van ma.",
            "bla bla",
        ),
        "pl" => (
            "OK.",
            "Zamknij się, ty idioto!",
            "Ładna dziś pogoda.",
            "bla bla",
        ),
        "he" => (
            "אוקיי.",
            "תשתוק, אידיוט!",
            "יש היום מזג אוויר יפה.",
            "בלה בלה",
        ),
        _ => (
            "OK.",
            "Shut up, you idiot!",
            "Nice weather today.",
            "blah blah",
        ),
    };
    vec![
        std::iter::repeat_n(ramble, 400)
            .collect::<Vec<_>>()
            .join(" "),
        "🙂🙂🙂 👍".to_owned(),
        ok.to_owned(),
        rude.to_owned(),
        ok.to_owned(),
        small_talk.to_owned(),
        ok.to_owned(),
        ok.to_owned(),
    ]
}

#[test]
fn a_trainee_typing_nonsense_never_passes_and_the_customer_walks_out() {
    let mut failures = Vec::new();
    for (lang, story) in stories() {
        let rubric = defuse_core::rubric::Rubric::for_language(&locales_dir(), &lang).unwrap();
        let troll = troll_replies(&lang);
        let mut c = defuse_core::Conversation::new(story.clone(), 7);
        let mut said = 0;
        // Bounded: a customer who never leaves is a failure of its own.
        while said < 60 {
            match c.next_event() {
                defuse_core::Event::Choice { .. } => {
                    let words = &troll[said % troll.len()];
                    c.answer_in_words(words, &rubric, defuse_core::Conduct::default())
                        .unwrap();
                    said += 1;
                }
                defuse_core::Event::End { .. } => break,
                _ => {}
            }
        }
        let summary = c.summary();
        let ending = c.current_node().to_owned();
        if !c.is_over() || summary.passed || c.outcome() != Some(&Outcome::CustomerLeft) {
            failures.push(format!(
                "{}: over {}, passed {}, ending `{ending}` after {said} replies, overall {}",
                label(&lang, &story),
                c.is_over(),
                summary.passed,
                summary.overall
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
