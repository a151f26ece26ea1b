//! The engine driven as its front ends drive it: the bundled scenarios, golden
//! playthroughs, the broken-input corpus, and properties over generated scenarios.

mod common;
use common::*;
use defuse_core::Catalogue;
use defuse_core::load::{check_file, check_parsed, parse_scenario};
use defuse_core::stats::{brute_force, stats};
use defuse_core::synth::{self, Shape};
use defuse_core::*;
use proptest::prelude::*;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Plays `choices` (1-based) and returns the conversation where it stopped.
fn play(story: &Arc<Story>, choices: &[usize], seed: u64) -> Conversation {
    let mut conversation = Conversation::new(story.clone(), seed);
    let mut choices = choices.iter();
    loop {
        match conversation.next_event() {
            Event::Line { .. } => {}
            Event::Choice { .. } => match choices.next() {
                Some(&c) => {
                    conversation.choose(c - 1).expect("a valid choice");
                }
                None => return conversation,
            },
            Event::End { .. } => {
                assert!(choices.next().is_none(), "choices left over");
                return conversation;
            }
        }
    }
}

#[test]
fn bundled_scenarios_are_clean_and_substantial() {
    let stories = bundled();
    assert!(stories.len() >= 6, "only {} scenarios", stories.len());
    let mut ids = HashSet::new();
    for story in &stories {
        let s = &story.scenario;
        assert!(ids.insert(s.id.clone()), "duplicate id {}", s.id);
        let st = stats(story);
        assert!(
            st.longest.unwrap_or(usize::MAX) >= 5,
            "{}: longest path has {:?} decisions",
            s.id,
            st.longest
        );
        let outcomes: HashSet<String> = st.endings.iter().map(|e| e.outcome.to_string()).collect();
        assert!(outcomes.len() >= 3, "{}: outcomes {outcomes:?}", s.id);
        for c in Criterion::ALL {
            let reach = st.criteria.iter().find(|r| r.criterion == c).unwrap();
            // Good and bad replies for every criterion: the best path reaches the top,
            // and a poor path falls well below it.
            assert_eq!(reach.best, Some(100), "{}: best {c}", s.id);
            assert!(
                reach.worst.unwrap() <= 40,
                "{}: worst {c} is {:?}",
                s.id,
                reach.worst
            );
        }
    }
}

#[derive(Deserialize)]
struct Golden {
    scenario: String,
    choices: Vec<usize>,
    seed: u64,
    ending: String,
    outcome: Outcome,
    listening: Option<u8>,
    empathy: Option<u8>,
    ownership: Option<u8>,
    calm_tone: Option<u8>,
    overall: u8,
    passed: bool,
    mood: i32,
}

#[test]
fn golden_playthroughs() {
    let stories = bundled();
    let text = std::fs::read_to_string(project().join("tests/golden/playthroughs.ron")).unwrap();
    let goldens: Vec<Golden> = ron::from_str(&text).expect("playthroughs.ron parses");
    let mut covered = HashSet::new();
    for g in &goldens {
        let story = stories
            .iter()
            .find(|s| s.scenario.id == g.scenario)
            .unwrap_or_else(|| panic!("no scenario {}", g.scenario));
        covered.insert(g.scenario.clone());
        let conversation = play(story, &g.choices, g.seed);
        let label = format!("{} {:?}", g.scenario, g.choices);
        assert!(conversation.is_over(), "{label}: did not end");
        assert_eq!(conversation.current_node(), g.ending, "{label}: ending");
        assert_eq!(conversation.outcome(), Some(&g.outcome), "{label}: outcome");
        let summary = conversation.summary();
        assert_eq!(
            summary.get(Criterion::Listening),
            g.listening,
            "{label}: listening"
        );
        assert_eq!(
            summary.get(Criterion::Empathy),
            g.empathy,
            "{label}: empathy"
        );
        assert_eq!(
            summary.get(Criterion::Ownership),
            g.ownership,
            "{label}: ownership"
        );
        assert_eq!(
            summary.get(Criterion::CalmTone),
            g.calm_tone,
            "{label}: calm tone"
        );
        assert_eq!(summary.overall, g.overall, "{label}: overall");
        assert_eq!(summary.passed, g.passed, "{label}: passed");
        assert_eq!(conversation.mood(), g.mood, "{label}: mood");
    }
    for story in &stories {
        assert!(
            covered.contains(&story.scenario.id),
            "no golden playthrough for {}",
            story.scenario.id
        );
    }
}

#[test]
fn seeds_make_line_variants_repeatable() {
    let story = bundled()
        .into_iter()
        .find(|s| s.scenario.id == "missed-delivery")
        .unwrap();
    let first_line = |seed| {
        let mut c = Conversation::new(story.clone(), seed);
        match c.next_event() {
            Event::Line { text, .. } => text.to_owned(),
            other => panic!("expected a line, got {other:?}"),
        }
    };
    assert_eq!(first_line(7), first_line(7));
    let seen: HashSet<String> = (0..32).map(first_line).collect();
    assert_eq!(seen.len(), 2, "both variants of the opening line appear");
}

#[test]
fn choosing_outside_the_decision_is_an_error_not_a_panic() {
    let story = bundled().remove(0);
    let mut c = Conversation::new(story, 1);
    assert_eq!(c.choose(0).unwrap_err(), ChoiceError::NotAwaitingChoice);
    while !c.awaiting_choice() {
        c.next_event();
    }
    let err = c.choose(99).unwrap_err();
    assert!(matches!(err, ChoiceError::NoSuchReply { given: 99, .. }));
    assert!(err.to_string().contains("no reply 100"), "{err}");
}

#[test]
fn playtest_from_any_node_with_a_preset_mood() {
    let story = bundled()
        .into_iter()
        .find(|s| s.scenario.id == "missed-delivery")
        .unwrap();
    let mut c = Conversation::starting_at(story.clone(), "saturday-doubt", 10, 3).unwrap();
    assert_eq!(c.mood(), 10);
    assert!(matches!(
        c.next_event(),
        Event::Line {
            node: "saturday-doubt",
            ..
        }
    ));
    // The best reply (+10) lifts her to 20, enough for the resolved ending.
    c.choose(2).unwrap();
    c.next_event();
    assert_eq!(c.outcome(), Some(&Outcome::Resolved));
    assert_eq!(c.summary().overall, 100);
    assert!(Conversation::starting_at(story.clone(), "nowhere", 0, 1).is_err());
    assert!(Conversation::starting_at(story, "compensation", 300, 1).is_err());
}

#[test]
fn mood_decides_branches() {
    let story = bundled()
        .into_iter()
        .find(|s| s.scenario.id == "missed-delivery")
        .unwrap();
    // The same poor reply leads to a manager demand when she is very angry …
    let mut angry = Conversation::starting_at(story.clone(), "courier-blame", -60, 1).unwrap();
    angry.next_event();
    angry.choose(0).unwrap(); // -15 → -75: below -65
    assert!(matches!(
        angry.next_event(),
        Event::Line {
            node: "manager-demand",
            ..
        }
    ));
    // … and on to Thursday's story when she is calmer.
    let mut calmer = Conversation::starting_at(story, "courier-blame", -20, 1).unwrap();
    calmer.next_event();
    calmer.choose(0).unwrap(); // -15 → -35
    assert!(matches!(
        calmer.next_event(),
        Event::Line {
            node: "thursday",
            ..
        }
    ));
}

/// `// expect: LINE:COL SEVERITY: TEXT` lines at the top of each corpus file.
fn expectations(text: &str) -> Vec<(usize, usize, Severity, String)> {
    text.lines()
        .filter_map(|l| l.strip_prefix("// expect: "))
        .map(|l| {
            let (place, rest) = l.split_once(' ').unwrap();
            let (line, col) = place.split_once(':').unwrap();
            let (severity, message) = rest.split_once(": ").unwrap();
            let severity = match severity {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                other => panic!("severity {other}"),
            };
            (
                line.parse().unwrap(),
                col.parse().unwrap(),
                severity,
                message.to_owned(),
            )
        })
        .collect()
}

#[test]
fn broken_input_corpus_reports_each_problem_at_its_place() {
    let dir = project().join("tests/broken");
    let catalogue = catalogue();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 15, "corpus has {} files", files.len());
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let expected = expectations(&String::from_utf8_lossy(&bytes));
        assert!(!expected.is_empty(), "{}: no expectations", file.display());
        let checked = check_file(&file, &catalogue);
        let found: Vec<String> = checked.problems.iter().map(Problem::short).collect();
        assert_eq!(
            checked.problems.len(),
            expected.len(),
            "{}: found {found:#?}",
            file.display()
        );
        for (line, col, severity, message) in &expected {
            assert!(
                checked
                    .problems
                    .iter()
                    .any(|p| p.line_col() == Some((*line, *col))
                        && p.severity == *severity
                        && p.message.contains(message.as_str())),
                "{}: expected {line}:{col} {severity:?} `{message}`, found {found:#?}",
                file.display()
            );
        }
        // Every problem renders with its file and place, compiler style.
        for p in &checked.problems {
            let rendered = p.render(false);
            assert!(
                rendered.contains(&p.location()),
                "{}: {rendered}",
                file.display()
            );
        }
    }
}

fn small_shape() -> impl Strategy<Value = Shape> {
    (1usize..7, 0usize..3, 1usize..4, 2usize..4, 1usize..5).prop_map(
        |(turns, branches, endings, max_replies, reach)| Shape {
            turns,
            branches,
            endings,
            max_replies,
            reach,
        },
    )
}

fn load_generated(shape: Shape, seed: u64) -> Story {
    let scenario = synth::scenario(shape, seed);
    let text = synth::to_ron(&scenario);
    let (source, parsed) =
        parse_scenario(Path::new("generated.ron"), &text).expect("generated RON parses");
    assert_eq!(parsed, scenario, "RON round trip");
    let checked = check_parsed(source, parsed, &Catalogue::default());
    let errors: Vec<String> = checked
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(Problem::short)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{text}");
    checked.story.unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn stats_equal_brute_force(shape in small_shape(), seed in any::<u64>()) {
        let story = load_generated(shape, seed);
        let fast = stats(&story);
        let slow = brute_force(&story).expect("generated scenarios have no loops");
        prop_assert_eq!(fast.paths.unwrap().exact, slow.paths.unwrap().exact);
        prop_assert_eq!(fast.shortest, slow.shortest);
        prop_assert_eq!(fast.longest, slow.longest);
        prop_assert_eq!(fast.criteria, slow.criteria);
    }

    #[test]
    fn random_walks_never_get_stuck(shape in small_shape(), seed in any::<u64>(), walk in any::<u64>()) {
        let story = Arc::new(load_generated(shape, seed));
        let mut conversation = Conversation::new(story.clone(), walk);
        let mut pick = walk;
        for _ in 0..story.len() * 2 + 2 {
            match conversation.next_event() {
                Event::Line { mood, .. } => prop_assert!((MOOD_MIN..=MOOD_MAX).contains(&mood)),
                Event::Choice { replies, .. } => {
                    let count = replies.len();
                    prop_assert!(count >= 2, "a decision offers a way on");
                    pick = pick.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    conversation.choose((pick >> 33) as usize % count).unwrap();
                }
                Event::End { .. } => break,
            }
        }
        prop_assert!(conversation.is_over(), "the walk reached an ending");
        let summary = conversation.summary();
        prop_assert!(summary.overall <= 100);
        for c in &summary.criteria {
            prop_assert!(c.percent.is_none_or(|p| p <= 100));
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok((source, scenario)) = parse_scenario(Path::new("fuzz.ron"), &text) {
            let _ = check_parsed(source, scenario, &Catalogue::default());
        }
        let _ = defuse_core::locate::Locator::new(&text);
    }

    #[test]
    fn damaged_scenarios_never_panic(seed in any::<u64>(), cut in any::<prop::sample::Index>(), len in 0usize..40, insert in "[\\[\\](){}\",:a-z0-9 ]{0,6}") {
        let text = synth::to_ron(&synth::scenario(Shape { turns: 3, branches: 1, endings: 2, max_replies: 3, reach: 2 }, seed));
        let at = cut.index(text.len());
        let end = (at + len).min(text.len());
        let damaged = format!("{}{}{}", &text[..at], insert, &text[end..]);
        match parse_scenario(Path::new("damaged.ron"), &damaged) {
            Ok((source, scenario)) => {
                let checked = check_parsed(source, scenario, &Catalogue::default());
                for p in &checked.problems {
                    prop_assert!(p.line_col().is_some());
                    let _ = p.render(false);
                }
            }
            Err(problem) => {
                prop_assert!(problem.line_col().is_some());
                let _ = problem.render(false);
            }
        }
    }
}

#[test]
fn stats_scale_to_large_scenarios() {
    // A long, narrow scenario with astronomically many paths.
    let scenario = synth::scenario(
        Shape {
            turns: 3000,
            branches: 300,
            endings: 5,
            max_replies: 4,
            reach: 3,
        },
        42,
    );
    let checked = check_parsed(
        SourceFile::new("big.ron", synth::to_ron(&scenario)),
        scenario,
        &Catalogue::default(),
    );
    let story = checked.story.expect("valid");
    let st = stats(&story);
    let paths = st.paths.unwrap();
    assert!(paths.approx > 1e30, "paths {paths}");
    assert!(st.longest.unwrap() > st.shortest);
}

#[test]
fn loops_are_allowed_with_a_way_out_and_stats_say_so() {
    let text = r#"Scenario(
        id: "loop", title: "Loop", brief: "Asks again.", setting: Phone, difficulty: Easy,
        customer: (name: "Ann", mood: -20), pass_mark: 50, start: "ask",
        neutral: (says: ["Sorry?"], mood: -5),
        nodes: [
            Turn(id: "ask", says: ["What?"], replies: [
                (text: "Sorry, could you say that again?", scores: (listening: 1, empathy: 1, ownership: 1, calm_tone: 3),
                 mood: -10, feedback: "You made her repeat it.", next: "again"),
                (text: "Here is what I will do now.", scores: (listening: 4, empathy: 3, ownership: 5, calm_tone: 5),
                 mood: 20, feedback: "Concrete.", next: "done"),
            ]),
            Branch(id: "again", routes: [(when: Below(-60), goto: "gone")], otherwise: "ask"),
            Ending(id: "done", outcome: Resolved, summary: "Fine."),
            Ending(id: "gone", outcome: CustomerLeft, fails: true, summary: "Gone."),
        ],
    )"#;
    let (source, scenario) = parse_scenario(Path::new("loop.ron"), text).unwrap();
    let checked = check_parsed(source, scenario, &Catalogue::default());
    let kinds: Vec<String> = checked.problems.iter().map(Problem::short).collect();
    assert_eq!(kinds.len(), 1, "{kinds:#?}");
    assert!(
        kinds[0].contains("warning: the conversation can loop"),
        "{kinds:#?}"
    );
    let story = Arc::new(checked.story.expect("a loop with a way out is playable"));
    let st = stats(&story);
    assert!(st.has_loops);
    assert_eq!(st.paths, None);
    assert_eq!(st.longest, None);
    assert_eq!(st.shortest, 1);
    assert!(brute_force(&story).is_none());
    // Asking again and again lowers her mood until she leaves.
    let conversation = play(&story, &[1, 1, 1, 1, 1], 1);
    assert_eq!(conversation.outcome(), Some(&Outcome::CustomerLeft));
    assert_eq!(conversation.turns().len(), 5);
}

#[test]
fn interrupting_and_hints_cost_points() {
    let story = bundled()
        .into_iter()
        .find(|s| s.scenario.id == "missed-delivery")
        .unwrap();
    // The best reply at the opening, which has listening points to lose.
    let best = match story.node(story.start()) {
        defuse_core::Node::Turn { replies, .. } => defuse_core::model::best_reply(replies).unwrap(),
        _ => panic!("the scenario starts at a decision"),
    };
    let at = |conduct: Conduct| {
        let mut c = Conversation::new(story.clone(), 1);
        c.next_event();
        let record = c.choose_with(best, conduct).unwrap().clone();
        (record, c.mood())
    };
    let (plain, plain_mood) = at(Conduct::default());
    let (cut_in, cut_in_mood) = at(Conduct {
        interrupted: true,
        hint: false,
    });
    assert_eq!(cut_in.scores.listening, plain.scores.listening - 2);
    assert_eq!(cut_in.scores.empathy, plain.scores.empathy);
    assert_eq!(cut_in_mood, plain_mood - 10);
    let (hinted, hinted_mood) = at(Conduct {
        interrupted: false,
        hint: true,
    });
    for c in Criterion::ALL {
        assert_eq!(hinted.scores.get(c), plain.scores.get(c) - 1, "{c}");
    }
    assert_eq!(hinted_mood, plain_mood);
    assert!(hinted.conduct.hint);
    // Costs never go below zero: the worst reply scores 0 on listening already.
    let mut c = Conversation::new(story.clone(), 1);
    c.next_event();
    let worst = c
        .choose_with(
            3,
            Conduct {
                interrupted: true,
                hint: true,
            },
        )
        .unwrap();
    assert_eq!(worst.scores.listening, 0);
}

fn rubric(lang: &str) -> rubric::Rubric {
    rubric::Rubric::for_language(&project().join("locales"), lang).expect("the bundled rubric")
}

/// Waits for the decision, saying every line, and returns the customer's last line.
fn to_decision(conversation: &mut Conversation) -> String {
    let mut heard = String::new();
    loop {
        match conversation.next_event() {
            Event::Line { text, .. } => heard = text.to_owned(),
            Event::Choice { .. } => return heard,
            Event::End { .. } => panic!("the conversation ended"),
        }
    }
}

#[test]
fn an_authored_reply_typed_word_for_word_is_taken_as_itself() {
    // Every decision of every bundled scenario, reached by its first best path.
    let en = rubric("en");
    for story in bundled() {
        for (i, node) in story.scenario.nodes.iter().enumerate() {
            let Node::Turn { replies, .. } = node else {
                continue;
            };
            for (k, reply) in replies.iter().enumerate() {
                let mood = story.scenario.customer.mood;
                let mut c = Conversation::starting_at(story.clone(), node.id(), mood, 1).unwrap();
                to_decision(&mut c);
                let record = c
                    .answer_in_words(&reply.text, &en, Conduct::default())
                    .unwrap()
                    .clone();
                assert_eq!(
                    record.reply,
                    Some(k),
                    "{} {}: reply {} typed as written was taken as {:?}, closeness {:?}",
                    story.scenario.id,
                    node.id(),
                    k + 1,
                    record.reply,
                    record.typed.unwrap().closeness
                );
                // The story goes on exactly as if it had been chosen.
                assert_eq!(c.current_node(), story.node(story.edges(i)[k]).id());
            }
        }
    }
}

#[test]
fn typed_words_are_scored_by_the_rubric_and_unmatched_ones_get_the_neutral_reaction() {
    let story = bundled()
        .into_iter()
        .find(|s| s.scenario.id == "cafe-long-wait")
        .unwrap();
    let neutral = story.scenario.neutral.clone().expect("a neutral reaction");
    let en = rubric("en");

    let mut c = Conversation::new(story.clone(), 3);
    let first_line = to_decision(&mut c);
    let mood = c.mood();
    let record = c
        .answer_in_words("Lovely weather today, isn't it?", &en, Conduct::default())
        .unwrap()
        .clone();
    assert_eq!(record.reply, None, "closeness {:?}", record.typed);
    assert_eq!(record.customer_line, first_line);
    // The neutral reaction's mood, and half the points the words lost, up to 30 more.
    let lost: i32 = record
        .typed
        .as_ref()
        .unwrap()
        .assessment
        .evidence
        .iter()
        .map(|e| -e.points.min(0))
        .sum();
    assert_eq!(c.mood(), mood + neutral.mood - (lost / 2).min(30));
    // The customer reacts neutrally and the same decision comes again.
    match c.next_event() {
        Event::Line { node, text, .. } => {
            assert_eq!(node, "opening");
            assert!(neutral.says.iter().any(|s| s == text), "{text}");
        }
        other => panic!("expected the neutral line, got {other:?}"),
    }
    let neutral_line = match c.next_event() {
        Event::Choice { node, .. } => {
            assert_eq!(node, "opening");
            c.turns().last().unwrap().customer_line.clone()
        }
        other => panic!("expected the same decision, got {other:?}"),
    };
    assert_eq!(
        neutral_line, first_line,
        "the record keeps what it answered"
    );

    // A good reply in the trainee's own words goes on, scored by the rubric.
    let words = "Tamás, I'm so sorry you've waited half an hour. I'll make your oat flat white myself right now, it'll be two minutes.";
    let record = c
        .answer_in_words(words, &en, Conduct::default())
        .unwrap()
        .clone();
    // Taken as the model reply, whatever its place in the file.
    let model = match story.node(story.start()) {
        defuse_core::Node::Turn { replies, .. } => defuse_core::model::best_reply(replies),
        _ => None,
    };
    assert_eq!(record.reply, model, "{:?}", record.typed);
    let typed = record.typed.as_ref().unwrap();
    assert_eq!(typed.words, words);
    let assessment = &typed.assessment;
    assert!(
        assessment.empathy > 50 && assessment.ownership > 50,
        "{assessment:?}"
    );
    // Taken as the model reply: its scores, moved by what the words do beyond the reply's
    // own wordings (typed word for word, exactly its scores; see content.rs).
    let k = model.unwrap();
    let Node::Turn { replies, .. } = story.node(story.start()) else {
        unreachable!()
    };
    // The conversation so far, as the conversation gave it to the rubric.
    let context = rubric::Context {
        customer_line: record.customer_line.clone(),
        customer_name: story.scenario.customer.name.clone(),
        customer_before: vec![first_line.clone()],
        replies_before: vec!["Lovely weather today, isn't it?".to_owned()],
        conceding: defuse_core::model::conceding(replies),
    };
    let own: Vec<_> = std::iter::once(&replies[k].text)
        .chain(&replies[k].wordings)
        .map(|text| en.assess(text, &context))
        .collect();
    for criterion in Criterion::ALL {
        let typed = i32::from(assessment.get(criterion));
        let low = own
            .iter()
            .map(|a| i32::from(a.get(criterion)))
            .min()
            .unwrap();
        let high = own
            .iter()
            .map(|a| i32::from(a.get(criterion)))
            .max()
            .unwrap();
        // A point for every full 20 of 100 the words fall outside the wordings' range.
        let beyond = if typed < low {
            (typed - low) / 20
        } else {
            (typed - high).max(0) / 20
        };
        assert_eq!(
            record.scores.get(criterion),
            (replies[k].scores.get(criterion) + beyond).clamp(0, 5),
            "{criterion}"
        );
    }
    // It answered the neutral line, which the rubric saw as the customer's words.
    assert_ne!(record.customer_line, first_line);
    assert!(neutral.says.contains(&record.customer_line));

    // The scorecard keeps the words, what they were taken as, and the evidence.
    let info = scorecard::SessionInfo {
        trainee: "Ada".into(),
        language: "en".into(),
        started: jiff::Timestamp::now(),
        answered: Vec::new(),
        expert: false,
    };
    let card = scorecard::Scorecard::from_conversation(&c, &info, jiff::Timestamp::now());
    let (lost, taken) = (&card.turns[0], &card.turns[1]);
    assert_eq!(lost.reply, 0);
    assert_eq!(lost.reply_text, "Lovely weather today, isn't it?");
    assert_eq!(lost.typed.as_ref().unwrap().taken_as, None);
    // 1-based in the file's order: the reply's identity, not where it was listed.
    let model = model.unwrap();
    assert_eq!(taken.reply, model + 1);
    assert_eq!(taken.reply_text, words);
    let typed = taken.typed.as_ref().unwrap();
    let Node::Turn { replies, .. } = story.node(story.find("opening").unwrap()) else {
        unreachable!()
    };
    assert_eq!(
        typed.taken_as.as_deref(),
        Some(replies[model].text.as_str())
    );
    assert!(typed.closeness >= rubric::MATCH_THRESHOLD);
    assert!(
        typed
            .evidence
            .iter()
            .any(|e| e.criterion == Criterion::Empathy && e.points > 0 && !e.words.is_empty()),
        "{:?}",
        typed.evidence
    );
    assert!(
        typed.evidence.iter().any(|e| e.principle.is_some()),
        "signals name their principle"
    );
    let back = scorecard::Scorecard::from_json(&card.to_json()).unwrap();
    assert_eq!(back, card);
    let summary = scorecard::Scorecard::from_json_bytes_as(
        card.to_json().as_bytes(),
        scorecard::Reading::Summary,
    )
    .unwrap();
    // A summary keeps what the team view counts (own words, what they were taken as) and
    // leaves out the feedback.
    assert!(
        summary
            .turns
            .iter()
            .all(|t| t.typed.is_some() && t.feedback.is_empty())
    );
}

#[test]
fn a_decision_that_wants_own_words_says_so_and_a_neutral_reaction_can_lead_on() {
    let text = r#"Scenario(
        id: "typed-demo", title: "T", brief: "B", setting: Phone, difficulty: Easy,
        customer: (name: "Anna Kovács", mood: -40), pass_mark: 70, start: "ask",
        neutral: (says: ["What do you mean?"], mood: -5),
        nodes: [
            Turn(id: "ask", says: ["Where is my parcel?"], typed: true,
                neutral: (says: ["Forget it. Put me through to a manager."], mood: -20, next: "manager"),
                replies: [
                    (text: "I'm sorry, Anna. I'll trace it now and call you back by five.",
                     scores: (listening: 4, empathy: 4, ownership: 5, calm_tone: 5),
                     mood: 30, feedback: "F", next: "done"),
                    (text: "Not my department.",
                     scores: (listening: 0, empathy: 0, ownership: 0, calm_tone: 2),
                     mood: -30, feedback: "F", next: "manager"),
                ]),
            Ending(id: "done", outcome: Resolved, summary: "S"),
            Ending(id: "manager", outcome: Escalated, summary: "S"),
            Ending(id: "left", outcome: CustomerLeft, fails: true, summary: "S"),
        ],
    )"#;
    let (source, scenario) = parse_scenario(Path::new("typed-demo.ron"), text).unwrap();
    let checked = check_parsed(source, scenario, &catalogue());
    let problems: Vec<String> = checked.problems.iter().map(Problem::short).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let story = Arc::new(checked.story.unwrap());
    let mut c = Conversation::new(story, 1);
    c.next_event();
    assert!(matches!(c.next_event(), Event::Choice { typed: true, .. }));
    c.answer_in_words("Bananas are yellow.", &rubric("en"), Conduct::default())
        .unwrap();
    // The decision's own reaction, not the scenario's, and it leads to its ending.
    assert!(matches!(
        c.next_event(),
        Event::Line {
            text: "Forget it. Put me through to a manager.",
            ..
        }
    ));
    assert!(matches!(
        c.next_event(),
        Event::End {
            node: "manager",
            ..
        }
    ));
    // -40, the reaction's -20, and up to 30 more for what the words lost (from -50, the
    // most they can lose would have reached -100, where the customer walks out instead).
    assert!((-90..=-60).contains(&c.mood()), "{}", c.mood());
}

/// The first decision's replies in the order a session with `seed` shows them.
fn first_order(story: &Arc<Story>, conversation: Conversation) -> (Vec<usize>, Vec<String>) {
    let _ = story;
    let mut conversation = conversation;
    let mut heard = Vec::new();
    loop {
        match conversation.next_event() {
            Event::Line { text, .. } => heard.push(text.to_owned()),
            Event::Choice { order, .. } => return (order.to_vec(), heard),
            Event::End { .. } => panic!("no decision"),
        }
    }
}

#[test]
fn replies_are_shown_in_an_order_drawn_from_the_seed() {
    for story in bundled() {
        let id = &story.scenario.id;
        let count = match story.node(story.start()) {
            defuse_core::Node::Turn { replies, .. } => replies.len(),
            _ => continue,
        };
        let mut orders = std::collections::HashSet::new();
        for seed in 0..30 {
            let (order, heard) = first_order(&story, Conversation::new(story.clone(), seed));
            // A permutation of the replies, the same for the same seed.
            let mut sorted = order.clone();
            sorted.sort();
            assert_eq!(sorted, (0..count).collect::<Vec<_>>(), "{id}");
            assert_eq!(
                first_order(&story, Conversation::new(story.clone(), seed)).0,
                order,
                "{id}: seed {seed} replays"
            );
            // Shuffling leaves the customer's line variants as the seed picks them.
            let (plain, plain_heard) = first_order(
                &story,
                Conversation::new(story.clone(), seed).in_file_order(),
            );
            assert_eq!(plain, (0..count).collect::<Vec<_>>(), "{id}: file order");
            assert_eq!(plain_heard, heard, "{id}: the same lines");
            orders.insert(order);
        }
        assert!(orders.len() > 1, "{id}: every seed showed the same order");
    }
}

#[test]
fn a_number_means_the_reply_listed_there_and_the_record_keeps_its_identity() {
    let story = bundled().remove(0);
    let mut conversation = Conversation::new(story.clone(), 7);
    let order = first_order(&story, Conversation::new(story.clone(), 7)).0;
    while !matches!(conversation.next_event(), Event::Choice { .. }) {}
    // The reply listed second is the file's `order[1]`.
    assert_eq!(conversation.listed(2), Some(order[1]));
    assert_eq!(conversation.number_of(order[1]), Some(2));
    assert_eq!(conversation.listed(0), None);
    assert_eq!(conversation.listed(order.len() + 1), None);
    let record = conversation.choose(order[1]).unwrap();
    assert_eq!(record.reply, Some(order[1]));
    assert_eq!(conversation.seed(), 7);
    assert!(conversation.shuffled());
}

#[test]
fn ranges_are_the_ones_the_guide_gives() {
    let text = r#"Scenario(
        id: "ranges", title: "R", brief: "B", setting: Phone, difficulty: Easy,
        customer: (name: "Ann", mood: -20), pass_mark: 70, start: "ask",
        neutral: (says: ["Sorry?"], mood: -101),
        nodes: [
            Turn(id: "ask", says: ["What?"], replies: [
                (text: "I will sort it out for you today.", scores: (listening: 4, empathy: 3, ownership: 5, calm_tone: 5),
                 mood: 150, feedback: "F", next: "route"),
                (text: "That is not my department, sorry.", scores: (listening: 1, empathy: 1, ownership: 0, calm_tone: 3),
                 mood: -10, feedback: "F", next: "route"),
            ]),
            Branch(id: "route", routes: [(when: Below(101), goto: "done")], otherwise: "done"),
            Ending(id: "done", outcome: Resolved, summary: "Fine."),
        ],
    )"#;
    let (source, scenario) = parse_scenario(Path::new("ranges.ron"), text).unwrap();
    let checked = check_parsed(source, scenario, &Catalogue::default());
    let found: Vec<String> = checked.problems.iter().map(Problem::short).collect();
    for expected in [
        "the mood change 150 is outside the allowed range -100 to 100",
        "the mood change -101 is outside the allowed range -100 to 100",
        "the mood a route tests 101 is outside the allowed range -100 to 100",
    ] {
        assert!(
            found.iter().any(|f| f.contains(expected)),
            "{expected}: {found:#?}"
        );
    }
}

#[test]
fn a_scenarios_own_principle_with_a_shared_id_is_pointed_out() {
    let text = r#"Scenario(
        id: "own", title: "O", brief: "B", setting: Phone, difficulty: Easy,
        customer: (name: "Ann", mood: -20), pass_mark: 70, start: "ask",
        neutral: (says: ["Sorry?"], mood: -5),
        principles: [(id: "courtesy", criterion: Empathy, title: "Mine", text: "My own.")],
        nodes: [
            Turn(id: "ask", says: ["What?"], replies: [
                (text: "I will sort it out for you today.", scores: (listening: 4, empathy: 3, ownership: 5, calm_tone: 5),
                 mood: 10, feedback: "F", principle: "courtesy", next: "done"),
                (text: "That is not my department, sorry.", scores: (listening: 1, empathy: 1, ownership: 0, calm_tone: 3),
                 mood: -10, feedback: "F", next: "done"),
            ]),
            Ending(id: "done", outcome: Resolved, summary: "Fine."),
        ],
    )"#;
    let (source, scenario) = parse_scenario(Path::new("own.ron"), text).unwrap();
    let checked = check_parsed(source, scenario, &catalogue());
    let found: Vec<String> = checked.problems.iter().map(Problem::short).collect();
    assert!(
        found
            .iter()
            .any(|f| f.contains("own.ron:5:27: warning: this scenario's own principle `courtesy`")),
        "{found:#?}"
    );
}

/// Typed words never earn more on a criterion than the best reply on offer at the decision
/// does, as clicking cannot: "empathy 5/4" would make up for shortfalls at other decisions.
#[test]
fn typed_words_score_no_more_than_the_best_on_offer() {
    let en = rubric("en");
    // Warm, owning, calm and echoing: the rubric gives it more than many decisions offer.
    let generous = "I'm so sorry, I completely understand how frustrating this is and you're right to be upset. \
                    This is our mistake and I take full responsibility: I'll sort it out myself right now \
                    and call you back by three o'clock today with exactly where things stand.";
    let mut above = 0;
    for story in bundled() {
        for node in &story.scenario.nodes {
            let Node::Turn { replies, says, .. } = node else {
                continue;
            };
            let context = rubric::Context {
                customer_line: says.first().cloned().unwrap_or_default(),
                customer_name: story.scenario.customer.name.clone(),
                conceding: defuse_core::model::conceding(replies),
                ..rubric::Context::default()
            };
            let best = Scores::best_of(replies.iter().map(|r| &r.scores));
            let words = std::iter::once(generous).chain(replies.iter().map(|r| r.text.as_str()));
            for words in words {
                let typed = defuse_core::conversation::score_typed(words, replies, &en, &context);
                for c in Criterion::ALL {
                    let rubric_points = rubric::turn_score(typed.assessment.get(c));
                    if typed.matched.reply.is_none() && rubric_points > best.get(c) {
                        above += 1;
                    }
                    assert!(
                        typed.scores.get(c) <= best.get(c),
                        "{} {}: {words:?} scores {c:?} {} of a best {}",
                        story.scenario.id,
                        node.id(),
                        typed.scores.get(c),
                        best.get(c)
                    );
                }
            }
        }
    }
    // The ceiling was met, not only never approached.
    assert!(above > 0, "no typed words scored above the best on offer");
}
