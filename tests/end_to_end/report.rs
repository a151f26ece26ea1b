//! `defuse report` in every format, and the HTML report in a real browser.

use crate::common::*;

#[test]
fn report_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    a_team(dir.path());
    let report = |args: &[&str]| {
        let mut all = vec!["report"];
        all.extend_from_slice(args);
        with_data(dir.path(), &all)
    };

    let o = report(&[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let table = stdout(&o);
    assert!(table.starts_with("3 sessions by 2 trainees"), "{table}");
    let anna = table
        .lines()
        .find(|l| l.starts_with("Anna Kis"))
        .expect(&table);
    assert!(
        anna.contains("2 (1 abandoned)") && anna.contains("100%"),
        "{anna}"
    );
    assert!(
        table.lines().any(|l| l.starts_with("Bálint Szabó")),
        "{table}"
    );
    // The damaged file is named, and does not stop the report.
    assert!(stderr(&o).contains("broken.json"), "{}", stderr(&o));

    let o = report(&["--trainee", "anna kis"]);
    let table = stdout(&o);
    assert!(
        table.contains("The washing machine that never came"),
        "{table}"
    );
    assert!(table.contains("abandoned"), "{table}");

    let o = report(&["--format", "csv"]);
    let csv = stdout(&o);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "a header and one row per session:\n{csv}");
    assert!(
        lines[0]
            .trim_start_matches('\u{feff}')
            .starts_with("Trainee,Scenario id,"),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("Anna Kis,")).count(),
        2
    );

    let o = report(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json["sessions"].as_array().unwrap().len(), 3);
    assert_eq!(json["trainees"].as_array().unwrap().len(), 2);
    assert!(
        json["skipped"][0]["file"]
            .as_str()
            .unwrap()
            .ends_with("broken.json")
    );

    let o = report(&[
        "--format",
        "xapi",
        "--xapi-base",
        "https://lms.example.org/defuse",
    ]);
    let statements: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).unwrap();
    // (launched + 4 answered + completed + passed) + (launched + 1 + abandoned)
    // + (launched + answered… + completed + passed/failed)
    let sessions = json["sessions"].as_array().unwrap();
    let expected: usize = sessions
        .iter()
        .map(|s| {
            1 + s["turns"].as_array().unwrap().len()
                + if s["status"] == "abandoned" { 1 } else { 2 }
        })
        .sum();
    assert_eq!(statements.len(), expected);
    assert!(statements.iter().all(|s| {
        s["object"]["id"]
            .as_str()
            .unwrap()
            .starts_with("https://lms.example.org/defuse/")
    }));
    // Stable: the same statements, ids and all, every time.
    assert_eq!(
        stdout(&report(&[
            "--format",
            "xapi",
            "--xapi-base",
            "https://lms.example.org/defuse"
        ])),
        stdout(&o)
    );

    let html = dir.path().join("out/report.html");
    std::fs::create_dir_all(html.parent().unwrap()).unwrap();
    let o = report(&["--format", "html", "-o", html.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("Report written"), "{}", stderr(&o));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<svg class=\"radar\"") && page.contains("Bálint Szabó"));

    // Filters, and dates in the chosen language.
    assert!(stdout(&report(&["--since", "2999-01-01"])).contains("No scorecards match"));
    assert!(
        stdout(&report(&["--scenario", "cafe-long-wait"])).starts_with("1 session by 1 trainee")
    );
    let polish = stdout(&report(&["--lang", "pl"]));
    assert!(
        polish.contains(&message("locales/pl/defuse.ftl", "report-trainee")),
        "{polish}"
    );

    // Wrong flags are usage errors.
    let o = report(&["--since", "1/12/2026"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
    assert_eq!(report(&["--format", "pdf"]).status.code(), Some(2));
    assert_eq!(
        run(&["--window-size", "100x100", "validate"]).status.code(),
        Some(2)
    );
}

#[test]
fn the_html_report_in_a_real_browser() {
    let dir = tempfile::tempdir().unwrap();
    a_team(dir.path());
    for lang in ["en", "he"] {
        let html = dir.path().join(format!("report-{lang}.html"));
        let o = with_data(
            dir.path(),
            &[
                "report",
                "--format",
                "html",
                "--lang",
                lang,
                "-o",
                html.to_str().unwrap(),
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let shot = dir.path().join(format!("report-{lang}.png"));
        let Some(o) = headless_chromium(&[
            "--window-size=1100,1500".into(),
            format!("--screenshot={}", shot.display()),
            format!("file://{}", html.display()),
        ]) else {
            return;
        };
        assert!(shot.exists(), "chromium made no picture:\n{}", stderr(&o));
        let (width, height, pixels) = read_png(&shot);
        assert_eq!((width, height), (1100, 1500));
        let dark = pixels.iter().filter(|p| p.iter().all(|&c| c < 90)).count();
        // The radar's blue and the four trend colours are drawn.
        let blue = pixels
            .iter()
            .filter(|p| p[2] > 180 && p[0] < 90 && p[1] < 140)
            .count();
        assert!(dark > 5_000, "{lang}: only {dark} dark pixels: no text?");
        assert!(blue > 500, "{lang}: only {blue} blue pixels: no chart?");
        keep(&shot, &format!("report-{lang}.png"));
    }
}

// ---------------------------------------------------------------------------------------
// Sending results to a real learning record store: Ralph, with its file-system backend,
// started by each test on a free loopback port (tests/lrs/ralph_lrs.py says how).

#[test]
fn a_trainee_named_like_a_formula_stays_text_in_the_csv() {
    let data = tempfile::tempdir().unwrap();
    let formula = "=HYPERLINK(\"http://x\",\"y\")";
    let o = with_data(
        data.path(),
        &[
            "play",
            "cafe-long-wait",
            "--choices",
            "1",
            "--trainee",
            formula,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = with_data(data.path(), &["report", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let csv = stdout(&o);
    let row = csv.lines().nth(1).expect("a row for the session");
    // The csv crate quotes the cell (it holds quotes); inside, it starts with an apostrophe.
    assert!(
        row.starts_with("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        "{row}"
    );
    assert!(
        !csv.lines()
            .skip(1)
            .any(|l| l.starts_with('=') || l.starts_with("\"="))
    );
}

#[test]
fn the_managers_review_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    a_team(dir.path());
    // A trainer's playtest from the middle, saved under a trainee's name.
    let o = with_data(
        dir.path(),
        &[
            "play",
            "missed-delivery",
            "--from",
            "order-number",
            "--mood",
            "20",
            "--choices",
            "1,1,1,1",
            // The replies' order is shuffled: a seed whose four choices reach an ending,
            // so that the run is not also left unfinished.
            "--seed",
            "1",
            "--trainee",
            "Anna Kis",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = |args: &[&str]| {
        let mut all = vec!["report"];
        all.extend_from_slice(args);
        with_data(dir.path(), &all)
    };
    let table = stdout(&report(&["--trainee", "anna kis"]));
    let anna = table
        .lines()
        .find(|l| l.starts_with("Anna Kis"))
        .expect(&table);
    // The playtest and the abandoned session are listed, and counted apart.
    assert!(
        anna.contains("3 (1 abandoned, 1 practice run)") && anna.contains("100%"),
        "{anna}"
    );
    assert!(
        table.contains("practice run (from order-number, mood set to 20)"),
        "{table}"
    );
    let abandoned = table
        .lines()
        .find(|l| l.contains("Thirty minutes for a flat white"))
        .expect(&table);
    assert!(
        abandoned.contains('–') && abandoned.contains("abandoned"),
        "{abandoned}"
    );
    assert!(table.contains("The team"), "{table}");

    // One row per decision answered.
    let o = report(&["--format", "csv", "--per-decision"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&report(&["--format", "json"]))).unwrap();
    let decisions: usize = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["turns"].as_array().unwrap().len())
        .sum();
    assert_eq!(stdout(&o).lines().count(), decisions + 1, "{}", stdout(&o));
    assert!(json["team"]["missed"].is_array());
    assert_eq!(json["team"]["practice"], 1);
    let o = report(&["--per-decision"]);
    fails_saying(&o, "--per-decision goes with --format csv");

    // A typo in a filter is named, with the nearest that exists.
    let o = report(&["--trainee", "Ana Kis"]);
    fails_saying(
        &o,
        "no sessions of a trainee named “Ana Kis”. Did you mean “Anna Kis”?",
    );
    let o = report(&["--scenario", "missed-delivry", "--format", "xapi"]);
    fails_saying(&o, "Did you mean “missed-delivery”?");
    let o = report(&["--scenario", "nothing-like-it"]);
    fails_saying(&o, "no scenario with the id “nothing-like-it”.");
    assert!(!stderr(&o).contains("Did you mean"), "{}", stderr(&o));
}

#[test]
fn a_typed_decision_takes_no_reply_number() {
    // cafe-long-wait's `promise-doubt` wants own words: a scripted number is refused.
    let o = run(&[
        "play",
        "cafe-long-wait",
        "--from",
        "promise-doubt",
        "--choices",
        "1",
    ]);
    fails_saying(
        &o,
        "this decision wants the trainee's own words, not a reply number",
    );
    let o = run(&["play", "cafe-long-wait", "--expert", "--choices", "1"]);
    fails_saying(
        &o,
        "this decision wants the trainee's own words, not a reply number",
    );
}

#[test]
fn who_is_who_on_the_roster() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let play = |name: &str, extra: &[&str]| {
        let mut args = TRAINEE_PLAY.to_vec();
        args.extend(["--trainee", name]);
        args.extend_from_slice(extra);
        with_data(data, &args)
    };
    for name in ["Marcus Johnson", "marcus johnson", "Tom  Becker"] {
        let o = play(name, &[]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
    }
    // A near miss is a typo until said otherwise.
    let o = play("Marcus Jonson", &[]);
    fails_saying(&o, "Did you mean “Marcus Johnson”?");
    assert_eq!(scorecard_files(data).len(), 3, "nothing saved");
    let o = play("Marcus Jonson", &["--new-trainee"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    let trainee = |args: &[&str]| {
        let mut all = vec!["trainee"];
        all.extend_from_slice(args);
        with_data(data, &all)
    };
    let list = stdout(&trainee(&["list"]));
    assert!(list.contains("Marcus Johnson · 2 sessions"), "{list}");
    assert!(list.contains("Tom Becker · 1 session"), "{list}");
    assert!(list.contains("Marcus Jonson · 1 session"), "{list}");

    // Merging asks first; without a terminal only --yes goes ahead.
    let o = trainee(&["merge", "marcus jonson", "Marcus Johnson"]);
    fails_saying(&o, "Run it again with --yes");
    let o = trainee(&["merge", "marcus jonson", "Marcus Johnson", "--yes"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = trainee(&["rename", "tom becker", "Thomas Becker"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = trainee(&["rename", "Thomas Becker", "MARCUS JOHNSON"]);
    fails_saying(&o, "already someone else's name");
    let o = trainee(&["email", "Marcus Johnson", "marcus@example.org"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // One person everywhere: the table, the CSV, the xAPI actor.
    let table = stdout(&with_data(data, &["report"]));
    assert!(table.starts_with("4 sessions by 2 trainees"), "{table}");
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("Marcus Johnson") && l.contains(" 3 ")),
        "{table}"
    );
    assert!(
        table.lines().any(|l| l.starts_with("Thomas Becker")),
        "{table}"
    );
    let csv = stdout(&with_data(data, &["report", "--format", "csv"]));
    assert_eq!(
        csv.lines()
            .filter(|l| l.starts_with("Marcus Johnson,"))
            .count(),
        3,
        "{csv}"
    );
    let statements: Vec<serde_json::Value> =
        serde_json::from_str(&stdout(&with_data(data, &["report", "--format", "xapi"]))).unwrap();
    let actors: std::collections::HashSet<String> =
        statements.iter().map(|s| s["actor"].to_string()).collect();
    assert_eq!(actors.len(), 2, "{actors:?}");
    assert!(
        statements
            .iter()
            .any(|s| s["actor"]["mbox"] == "mailto:marcus@example.org")
    );
    let tom = statements
        .iter()
        .find(|s| s["actor"]["name"] == "Thomas Becker")
        .unwrap();
    assert!(
        tom["actor"]["account"]["name"]
            .as_str()
            .unwrap()
            .starts_with("t-"),
        "the stable id, not the name: {}",
        tom["actor"]
    );

    // Hidden: out of reports, sessions kept; shown again on request.
    assert_eq!(trainee(&["hide", "Thomas Becker"]).status.code(), Some(0));
    assert!(stdout(&with_data(data, &["report"])).starts_with("3 sessions by 1 trainee"));
    assert!(
        stdout(&with_data(data, &["report", "--include-hidden"]))
            .starts_with("4 sessions by 2 trainees")
    );
    assert_eq!(scorecard_files(data).len(), 4);

    // Deleted: the trainee and their sessions, nobody else's.
    let o = trainee(&["delete", "Thomas Becker", "--yes"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Deleted Thomas Becker and 1 session"),
        "{}",
        stdout(&o)
    );
    assert_eq!(scorecard_files(data).len(), 3);
    let o = trainee(&["hide", "Thomas Becker"]);
    fails_saying(&o, "no trainee “Thomas Becker” on the roster");
}

#[test]
fn the_managers_door() {
    let dir = tempfile::tempdir().unwrap();
    a_team(dir.path());
    let report = |passphrase: Option<&str>| {
        let mut cmd = defuse();
        cmd.arg("--data-dir").arg(dir.path()).arg("report");
        match passphrase {
            Some(p) => cmd.env("DEFUSE_MANAGER_PASSPHRASE", p),
            None => cmd.env_remove("DEFUSE_MANAGER_PASSPHRASE"),
        };
        cmd.stdin(std::process::Stdio::null()).output().unwrap()
    };
    // Not set yet, and nobody to set it: refused, and nothing read.
    let o = report(None);
    fails_saying(&o, "the manager's review needs a passphrase");
    assert!(stdout(&o).is_empty());
    // Too short to become the passphrase.
    fails_saying(&report(Some("short")), "at least 8 characters");
    // The first one given becomes it, stored hashed.
    let o = report(Some(MANAGER_PASSPHRASE));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("The manager passphrase is set."));
    let stored = std::fs::read_to_string(dir.path().join("manager.json")).unwrap();
    assert!(stored.contains("$argon2id$") && !stored.contains(MANAGER_PASSPHRASE));
    fails_saying(
        &report(Some("not the one at all")),
        "that is not the manager passphrase",
    );
    fails_saying(&report(None), "needs the manager passphrase");
    let o = with_data(dir.path(), &["trainee", "list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Playing needs no passphrase: a trainee saves their own session.
    let mut cmd = defuse();
    cmd.env_remove("DEFUSE_MANAGER_PASSPHRASE")
        .arg("--data-dir")
        .arg(dir.path())
        .args(TRAINEE_PLAY)
        .args(["--trainee", "Anna Kis"]);
    assert_eq!(cmd.output().unwrap().status.code(), Some(0));
}
