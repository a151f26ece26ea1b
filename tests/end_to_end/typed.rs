//! Replies in the trainee's own words: `score`, typed `play`, typed replies in the window.

use crate::common::*;

#[test]
fn score_explains_a_typed_reply_in_each_language() {
    // English, with the customer's line from the scenario: paraphrase and the name count.
    let o = run(&[
        "score",
        "--scenario",
        "missed-delivery",
        "--node",
        "opening",
        "Mrs Kovács, you were promised delivery twice and stayed home on Thursday. I'm so sorry.",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("echo “promised, delivery, twice, Thursday"),
        "{out}"
    );
    assert!(out.contains("customer-name “Kovács”"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("empathy") && l.contains("shows it")),
        "{out}"
    );
    // Hungarian, machine-readable: shouting and "calm down" lose calm tone, with reasons.
    let o = run(&[
        "--lang",
        "hu",
        "score",
        "--json",
        "NYUGODJON MEG!! Ez nem az én osztályom.",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(json["scores"]["calm_tone"].as_u64().unwrap() < 20, "{json}");
    assert!(json["scores"]["ownership"].as_u64().unwrap() < 50, "{json}");
    let signals: Vec<&str> = json["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["signal"].as_str().unwrap())
        .collect();
    assert!(
        signals.contains(&"calm-down") && signals.contains(&"not-my-department"),
        "{signals:?}"
    );
    // Polish and Hebrew apologies, typed without diacritics in Polish.
    let o = run(&[
        "--lang",
        "pl",
        "score",
        "--json",
        "Bardzo przepraszam, sprawdze to od razu.",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(json["scores"]["empathy"].as_u64().unwrap() > 50, "{json}");
    let o = run(&[
        "--lang",
        "he",
        "score",
        "--json",
        "אני מאוד מצטער על מה שקרה.",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(json["scores"]["empathy"].as_u64().unwrap() > 50, "{json}");
    // A wrong node is named; no reply is a clear error.
    let o = run(&[
        "score",
        "--scenario",
        "missed-delivery",
        "--node",
        "nowhere",
        "Hi",
    ]);
    fails_saying(&o, "`nowhere` is not a decision in missed-delivery");
    let o = run(&["score"]);
    assert_eq!(o.status.code(), Some(1));
    // The agreement table over the evaluation set.
    let o = run(&["score", "--eval", "tests/eval"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("held-out"), "{}", stdout(&o));
    // And the learned layer's corpus, beside the two annotators.
    assert!(
        stdout(&o).contains("the rubric beside the two annotators"),
        "{}",
        stdout(&o)
    );
    // The other matching sets beside the first (fresh, written to trip it, Hebrew, two sealed),
    // each counting off-topic replies taken as one.
    let out = stdout(&o);
    assert!(out.contains("The same on the fresh set"), "{out}");
    assert!(
        out.contains("replies meaning none, written to trip it"),
        "{out}"
    );
    assert_eq!(out.matches("off-topic taken").count(), 6, "{out}");
    // A second annotator beside the sets' labels, and the bundled wordings typed back.
    assert_eq!(
        out.matches("off-topic taken   annotators").count(),
        6,
        "{out}"
    );
    assert!(
        out.contains("other wordings, each typed at its decision"),
        "{out}"
    );
    // The tuning part's misses name the kind of "none" the judge says a reply is.
    let o = run(&["score", "--eval", "tests/eval", "--misses"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(": judge None (OtherMove), matching Reply("),
        "{}",
        stdout(&o)
    );
}

const OFF_TOPIC: &str = "Lovely weather today, isn't it?";

const OWN_WORDS: &str = "Tamás, I'm so sorry you've waited half an hour. I'll make your oat flat white myself right now.";

#[test]
fn play_in_your_own_words() {
    let data = tempfile::tempdir().unwrap();
    let o = with_data(
        data.path(),
        &[
            "play",
            "cafe-long-wait",
            "--seed",
            "1",
            "--in-file-order",
            "--trainee",
            "Ada",
            "--reply",
            OFF_TOPIC,
            "--reply",
            OWN_WORDS,
            "--reply",
            "1",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("You, in your own words:"), "{out}");
    assert!(
        out.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains("None of the replies comes anywhere near these words: Tamás Varga takes it neutrally."),
        "{out}"
    );
    // The neutral reaction is one of the scenario's lines.
    assert!(
        out.contains("“Sorry, what? I've got a meeting at half nine.")
            || out.contains("“I didn't catch that."),
        "{out}"
    );
    // The model reply, second in the file, said in other words: the closest, and the
    // feedback written for it is not borrowed.
    assert!(
        out.contains("Your words were closest to reply 2 ("),
        "{out}"
    );
    assert!(
        out.contains("+10 “Tamás”: Using the customer's name"),
        "{out}"
    );
    assert!(out.contains("You (1):"), "{out}");
    let files = scorecard_files(data.path());
    let card: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    let turns = card["turns"].as_array().unwrap();
    assert_eq!(turns[0]["reply"], 0);
    assert_eq!(turns[0]["reply_text"], OFF_TOPIC);
    assert!(turns[0]["typed"]["taken_as"].is_null());
    assert_eq!(turns[1]["reply"], 2);
    assert_eq!(turns[1]["reply_text"], OWN_WORDS);
    assert!(turns[1]["typed"]["evidence"].as_array().unwrap().len() >= 3);
    assert!(
        turns[2]["typed"].is_null(),
        "a chosen reply has no typed part"
    );
    // The typed words are the xAPI response.
    let o = with_data(data.path(), &["report", "--format", "xapi"]);
    assert!(stdout(&o).contains(OWN_WORDS), "{}", stderr(&o));

    // Expert, typed at the keyboard: numbers are no answer, words are.
    let o = play_typing(&["cafe-long-wait", "--expert", "--seed", "1"], "1\n");
    fails_saying(&o, "this decision wants the trainee's own words");
    assert!(
        !stdout(&o).contains("  1. Tamás"),
        "the replies are not listed"
    );
    let o = play_typing(
        &[
            "cafe-long-wait",
            "--expert",
            "--seed",
            "1",
            "--in-file-order",
            "--lang",
            "hu",
        ],
        "Tamás, nagyon sajnálom, hogy fél órát várt. Most rögtön én magam készítem el a flat white-ját.\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Taken as the model reply (second in the file), in Hungarian.
    assert!(
        stdout(&o).contains("A(z) 2. válaszként értelmezve")
            || stdout(&o).contains("Szavai a(z) 2. válaszhoz álltak a legközelebb"),
        "{}",
        stdout(&o)
    );
    // A scripted reply list is --choices or --reply, not both.
    let o = run(&["play", "cafe-long-wait", "--choices", "1", "--reply", "2"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn typed_replies_in_the_window() {
    // Hebrew only: right to left is the harder layout, and every window run costs CI time;
    // the English screens are driven headless (src/app/mod.rs).
    for (lang, off_topic, own_words) in [(
        "he",
        "מזג האוויר יפה היום",
        "Tamás, אני ממש מצטער שחיכית חצי שעה. אני מכין לך את הפלאט וייט בעצמי, עכשיו.",
    )] {
        let dir = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        let mut args: Vec<&std::ffi::OsStr> = vec![
            "--data-dir".as_ref(),
            data.path().as_os_str(),
            "--window-size".as_ref(),
            "1600x1000".as_ref(),
            "play".as_ref(),
            "cafe-long-wait".as_ref(),
            "--gui".as_ref(),
            "--expert".as_ref(),
            "--lang".as_ref(),
            lang.as_ref(),
            "--trainee".as_ref(),
            "Ada".as_ref(),
            "--reply".as_ref(),
            off_topic.as_ref(),
            "--reply".as_ref(),
            own_words.as_ref(),
        ];
        for _ in 0..8 {
            args.extend::<[&std::ffi::OsStr; 2]>(["--reply".as_ref(), "1".as_ref()]);
        }
        args.extend::<[&std::ffi::OsStr; 2]>(["--screenshots".as_ref(), dir.path().as_os_str()]);
        if in_window(&args).is_none() {
            return;
        }
        let found: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        for name in [
            "03-conversation.png",
            "04-typing-1.png",
            "05-reply-1.png",
            "06-typing-2.png",
            "07-reply-2.png",
        ] {
            let path = dir.path().join(name);
            assert!(path.is_file(), "{lang}: no {name} in {found:?}");
            assert_not_blank_at(&path, (1600, 1000));
            keep(&path, &format!("typed-{lang}-{name}"));
        }
        for screen in ["-debrief.png", "-settings.png"] {
            let file = found
                .iter()
                .find(|f| f.ends_with(screen))
                .unwrap_or_else(|| panic!("{lang}: no {screen} in {found:?}"));
            // The settings screen is mostly light buttons: only its size is checked here.
            let (width, height, _) = read_png(&dir.path().join(file));
            assert_eq!((width, height), (1600, 1000), "{file}");
            keep(&dir.path().join(file), &format!("typed-{lang}{screen}"));
        }
        // The words typed into the field are the ones saved.
        let card: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&scorecard_files(data.path())[0]).unwrap(),
        )
        .unwrap();
        assert_eq!(card["turns"][0]["reply_text"], off_topic, "{lang}");
        assert_eq!(card["turns"][0]["reply"], 0, "{lang}");
        assert_eq!(card["turns"][1]["reply_text"], own_words, "{lang}");
        // The model reply, second in the file.
        assert_eq!(card["turns"][1]["reply"], 2, "{lang}");
        // The expert setting takes no number: the script's "1" was typed as that reply's
        // words at every later decision, and the session reached its end.
        assert_eq!(card["expert"], true, "{lang}");
        assert_eq!(card["status"], "finished", "{lang}");
        let turns = card["turns"].as_array().unwrap();
        assert!(turns.iter().all(|t| t["typed"].is_object()), "{lang}");
    }
}
