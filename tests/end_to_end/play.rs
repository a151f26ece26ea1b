//! `defuse play` in the terminal: scripted, piped, from a node, in every language.

use crate::common::*;
use std::process::Stdio;

#[test]
fn scripted_play_prints_feedback_and_scorecard() {
    let model = model_path("missed-delivery");
    let args = [
        "play",
        "missed-delivery",
        "--in-file-order",
        "--choices",
        &model,
        "--seed",
        "5",
    ];
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    for expected in [
        "The washing machine that never came",
        "You (2):",
        "Feedback: You met the feeling before the facts",
        "Principle (empathy): The emotional problem comes first.",
        "Principle (listening): Summarise the problem back.",
        "── Ending: resolved (resolved) ──",
        "overall    99  pass (pass mark 75)",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    // The same seed gives the same conversation.
    assert_eq!(stdout(&run(&args)), out);
}

#[test]
fn the_model_path_the_tests_use_is_the_scenarios_own() {
    assert_eq!(MISSED_DELIVERY_MODEL, model_path("missed-delivery"));
}

#[test]
fn play_reports_bad_and_leftover_choices() {
    let o = run(&[
        "play",
        "missed-delivery",
        "--in-file-order",
        "--choices",
        "2,9",
    ]);
    fails_saying(
        &o,
        "choice 9 at decision 2: there is no reply 9 at the decision `thursday`: it has replies 1 to 4",
    );

    let model = model_path("missed-delivery");
    let o = run(&[
        "play",
        "missed-delivery",
        "--in-file-order",
        "--choices",
        &format!("{model},2,3"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("2 choices left over: 2,3"),
        "{}",
        stderr(&o)
    );

    let o = run(&[
        "play",
        "missed-delivery",
        "--in-file-order",
        "--choices",
        "2,3",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("unfinished"), "{out}");
    assert!(!out.contains("── Ending"), "{out}");

    let o = run(&["play", "missed-delivery", "--choices", "0"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("reply numbers start at 1"));
}

#[test]
fn play_from_a_node_with_a_mood() {
    let o = run(&[
        "play",
        "missed-delivery",
        "--from",
        "saturday-doubt",
        "--mood",
        "10",
        "--in-file-order",
        "--choices",
        "3",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("mood 10 → 20"), "{out}");
    assert!(out.contains("── Ending: resolved (resolved) ──"), "{out}");

    let o = run(&["play", "missed-delivery", "--from", "nowhere"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("there is no node `nowhere`"));

    // The window is told the same before it opens (no display needed to see it refused).
    for (flag, value, told) in [
        ("--from", "nowhere", "there is no node `nowhere`"),
        ("--mood", "-120", "the mood -120 is outside -100 to 100"),
    ] {
        let o = run(&["play", "missed-delivery", "--gui", flag, value]);
        assert_eq!(o.status.code(), Some(1), "{flag} {value}");
        assert!(stderr(&o).contains(told), "{flag} {value}: {}", stderr(&o));
    }
}

#[test]
fn play_reads_replies_from_a_pipe() {
    let mut child = defuse()
        .args(["play", "missed-delivery", "--seed", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"4\n1\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("You (4):"), "{out}");
    assert!(out.contains("unfinished"), "{out}");
}

#[test]
fn play_in_hebrew_and_polish() {
    for (lang, scorecard, customer) in [
        ("he", "כרטיס ציונים", "לקוחה: אסתר קובאץ'"),
        ("pl", "Karta wyników", "Klientka: "),
    ] {
        let model = model_path("missed-delivery");
        let o = run(&[
            "play",
            "missed-delivery",
            "--lang",
            lang,
            "--in-file-order",
            "--choices",
            &model,
            "--seed",
            "5",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        // Fluent isolates variables in right-to-left text with invisible marks.
        let out = stdout(&o).replace(['\u{2068}', '\u{2069}'], "");
        let file = format!("locales/{lang}/scenarios/missed-delivery.ftl");
        for expected in [
            message(&file, "title"),
            message(&file, "opening-reply-2-feedback"),
            message(&file, "resolved-summary"),
            scorecard.to_owned(),
            customer.to_owned(),
        ] {
            let first_words: String = expected
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                out.contains(&first_words),
                "{lang}: missing {first_words:?} in\n{out}"
            );
        }
        // Nothing is left in English: not the story, not the interface.
        for english in [
            "The washing machine",
            "Feedback:",
            "Scorecard",
            "overall",
            "Ending:",
        ] {
            assert!(
                !out.contains(english),
                "{lang}: English {english:?} in\n{out}"
            );
        }
        assert!(stderr(&o).is_empty(), "{lang}: {}", stderr(&o));
    }
}

#[test]
fn play_with_a_trainee_saves_a_scorecard() {
    let dir = tempfile::tempdir().unwrap();
    let o = with_data(dir.path(), &with(&MODEL_PLAY, &["--trainee", "Anna Kis"]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("Scorecard saved: "), "{}", stderr(&o));
    let files = scorecard_files(dir.path());
    assert_eq!(files.len(), 1);
    let card: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(card["trainee"], "Anna Kis");
    assert_eq!(card["scenario"]["id"], "missed-delivery");
    assert_eq!(card["status"], "finished");
    assert_eq!(card["language"], "en");
    assert_eq!(card["turns"].as_array().unwrap().len(), 6);
    assert_eq!(card["overall"], 99);
    assert_eq!(card["passed"], true);
    // Replies listed in the file's order: a trainer's playtest, saved as a practice run.
    assert_eq!(card["practice_run"]["in_file_order"], true);
    assert!(card["turns"][0]["answered"].is_string());

    // Replies that run out leave an abandoned session, saved all the same.
    let o = with_data(dir.path(), &with(&CAFE_LEFT, &["--trainee", "Anna Kis"]));
    assert!(stderr(&o).contains("marked abandoned"), "{}", stderr(&o));
    // So does a bad reply number: what was played before it is kept.
    let o = with_data(
        dir.path(),
        &[
            "play",
            "missed-delivery",
            "--in-file-order",
            "--choices",
            "2,9",
            "--trainee",
            "Anna Kis",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("marked abandoned"), "{}", stderr(&o));
    assert_eq!(scorecard_files(dir.path()).len(), 3);

    // No name, no scorecard: a trainer's playtest leaves nothing behind.
    let o = with_data(dir.path(), &MODEL_PLAY[..5]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(scorecard_files(dir.path()).len(), 3);

    // Names that try to leave the folder stay in it.
    let o = with_data(
        dir.path(),
        &[
            "play",
            "salon-running-late",
            "--choices",
            "1",
            "--trainee",
            "../../../tmp/evil",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let files = scorecard_files(dir.path());
    assert_eq!(files.len(), 4);
    assert!(
        files
            .iter()
            .all(|f| f.parent().unwrap() == dir.path().join("scorecards"))
    );
    let o = with_data(
        dir.path(),
        &["play", "salon-running-late", "--trainee", "   "],
    );
    assert_eq!(o.status.code(), Some(2), "an empty name is a usage error");
}

#[test]
fn play_lists_the_replies_in_a_seeded_order_and_in_the_files_on_request() {
    let in_file = stdout(&run(&[
        "play",
        "cafe-long-wait",
        "--in-file-order",
        "--choices",
        "1",
    ]));
    let file_order = first_listing(&in_file);
    assert!(file_order.len() >= 3, "{in_file}");
    let mut differs = None;
    for seed in 0..20 {
        let seed = seed.to_string();
        let args = ["play", "cafe-long-wait", "--seed", &seed, "--choices", "1"];
        let shown = first_listing(&stdout(&run(&args)));
        // The same replies, and the same order again for the same seed.
        let mut a = shown.clone();
        let mut b = file_order.clone();
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert_eq!(first_listing(&stdout(&run(&args))), shown, "seed {seed}");
        if shown != file_order {
            differs = Some((seed, shown));
        }
    }
    let (seed, shown) = differs.expect("some seed shuffles the first decision");
    // The number typed is the number shown; the scorecard keeps the file's identity.
    let data = tempfile::tempdir().unwrap();
    let o = with_data(
        data.path(),
        &[
            "play",
            "cafe-long-wait",
            "--seed",
            &seed,
            "--choices",
            "1",
            "--trainee",
            "Shuffle Test",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("You (1):"), "{}", stdout(&o));
    let files = scorecard_files(data.path());
    let card: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(card["seed"], seed.parse::<u64>().unwrap());
    assert_eq!(card["shuffled"], true);
    let in_file = file_order.iter().position(|t| *t == shown[0]).unwrap() + 1;
    assert_eq!(card["turns"][0]["reply"], in_file);
}

#[test]
fn play_says_which_way_a_branch_went_and_answers_h_and_question_mark() {
    // A deflecting opening, then calm down: her mood falls below the walkout line.
    let o = run(&[
        "play",
        "missed-delivery",
        "--in-file-order",
        "--choices",
        "3,1",
        "--seed",
        "1",
    ]);
    assert!(
        stdout(&o).contains("↳ branch `early-temper`: mood -90 is below -85 → `walkout`"),
        "{}",
        stdout(&o)
    );
    // At the keyboard, `?` lists the keys and `h` shows the hint, which costs a point.
    let mut child = defuse()
        .args(["play", "missed-delivery", "--in-file-order", "--seed", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"?\nh\n2\n").unwrap();
    let o = child.wait_with_output().unwrap();
    let out = stdout(&o);
    assert!(out.contains("Keys: 1–4 choose a reply"), "{out}");
    assert!(out.contains("Hint (1 point off each criterion"), "{out}");
    // The model reply's 5/5 empathy, less the hint.
    assert!(out.contains("empathy 4/5"), "{out}");
}

#[test]
fn play_ends_with_three_things_to_do_next_time() {
    let o = run(&[
        "play",
        "cafe-long-wait",
        "--in-file-order",
        "--choices",
        "3,3,3,3,3,3,3,3",
    ]);
    let out = stdout(&o);
    let next = out
        .split("\nNext time\n")
        .nth(1)
        .expect("a Next time section");
    for n in ["  1. ", "  2. ", "  3. "] {
        assert!(next.contains(n), "{n}: {next}");
    }
    assert!(next.contains("the best reply was: “"), "{next}");
    // A run with the best reply at every decision has nothing to add.
    let o = run(&[
        "play",
        "missed-delivery",
        "--in-file-order",
        "--choices",
        MISSED_DELIVERY_MODEL,
    ]);
    assert!(stdout(&o).contains("You chose the best reply at every decision."));
}
