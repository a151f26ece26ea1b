//! Scorecards as the product uses them: made from real conversations, saved, damaged,
//! killed mid-write, and turned into every report format.

mod common;
use common::*;
use defuse_core::i18n::{Texts, langid};
use defuse_core::report::{self, Filter, Report, xapi};
use defuse_core::scorecard::{SCHEMA, Scorecard, SessionInfo, Status};
use defuse_core::store::{self, Store};
use defuse_core::*;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// Plays `choices` (1-based); `conduct[k]` says how reply `k` was given.
fn played(story: &Arc<Story>, choices: &[usize], conduct: &[Conduct]) -> Conversation {
    let mut conversation = Conversation::new(story.clone(), 7);
    let mut k = 0;
    loop {
        match conversation.next_event() {
            Event::Line { .. } => {}
            Event::Choice { .. } => {
                let Some(&c) = choices.get(k) else {
                    return conversation;
                };
                let how = conduct.get(k).copied().unwrap_or_default();
                conversation.choose_with(c - 1, how).unwrap();
                k += 1;
            }
            Event::End { .. } => return conversation,
        }
    }
}

fn info(trainee: &str, started: &str) -> SessionInfo {
    SessionInfo {
        trainee: trainee.into(),
        language: "en".into(),
        started: at(started),
        answered: vec![at(started) + jiff::SignedDuration::from_secs(20)],
        expert: false,
    }
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn a_scorecard_keeps_every_field_through_a_save_and_a_load() {
    let story = story("missed-delivery");
    let interrupted = Conduct {
        interrupted: true,
        hint: false,
    };
    let hint = Conduct {
        interrupted: false,
        hint: true,
    };
    let conversation = played(&story, &[1, 2, 1, 1, 1, 1, 1, 1], &[interrupted, hint]);
    assert!(conversation.is_over());
    let card = Scorecard::from_conversation(
        &conversation,
        &info("Anna Kis", "2026-11-30T09:00:00Z"),
        at("2026-11-30T09:06:40Z"),
    );
    assert_eq!(card.schema, SCHEMA);
    assert_eq!(card.status, Status::Finished);
    assert_eq!(card.scenario.id, "missed-delivery");
    assert_eq!(card.scenario.sha256.len(), 64);
    assert_eq!(
        card.scenario.sha256,
        scorecard::scenario_hash(
            &std::fs::read_to_string(scenarios_dir().join("missed-delivery.ron")).unwrap()
        )
    );
    assert_eq!(card.turns.len(), conversation.turns().len());
    assert!(card.turns[0].interrupted && !card.turns[0].hint);
    assert!(card.turns[1].hint && !card.turns[1].interrupted);
    assert_eq!(card.turns[0].reply, 1);
    assert!(!card.turns[0].reply_text.is_empty());
    assert!(!card.turns[0].feedback.is_empty());
    assert!(!card.turns[0].customer_line.is_empty());
    assert_eq!(card.turns[0].answered, Some(at("2026-11-30T09:00:20Z")));
    assert_eq!(card.turns[1].answered, None);
    assert!(card.turns.iter().any(|t| t.principle.is_some()));
    // Reply 2 at the second decision is not its best: the debrief names the one missed.
    assert!(card.turns[1].best_missed.is_some());
    assert!(card.ending.is_some());
    assert_eq!(card.overall, Some(conversation.summary().overall));
    assert_eq!(card.passed, conversation.summary().passed);
    assert_eq!(card.final_mood, conversation.mood());
    assert_eq!(card.defuse_version, env!("CARGO_PKG_VERSION"));

    let dir = temp();
    let store = Store::new(dir.path());
    let path = store.save(&card).unwrap();
    assert_eq!(path.parent().unwrap(), store.scorecard_dir());
    let text = std::fs::read_to_string(&path).unwrap();
    // Human-readable: pretty JSON with the names a person would look for.
    for key in [
        "\"schema\": 1",
        "\"trainee\": \"Anna Kis\"",
        "\"customer_line\"",
        "\"feedback\"",
        "\"interrupted\": true",
        "\"status\": \"finished\"",
    ] {
        assert!(text.contains(key), "{key} missing from\n{text}");
    }
    let loaded = store.load(|_, _| {}).unwrap();
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    assert_eq!(loaded.scorecards, vec![card]);
}

#[test]
fn a_conversation_left_half_way_is_saved_as_abandoned() {
    let story = story("cafe-long-wait");
    let conversation = played(&story, &[1], &[]);
    assert!(!conversation.is_over());
    let card = Scorecard::from_conversation(
        &conversation,
        &info("Bence", "2026-11-30T10:00:00Z"),
        at("2026-11-30T10:01:00Z"),
    );
    assert!(card.is_abandoned());
    assert!(card.ending.is_none());
    assert!(!card.passed, "an abandoned session never passes");
    assert_eq!(card.turns.len(), 1);
    let json = card.to_json();
    assert!(json.contains("\"status\": \"abandoned\""));
    assert_eq!(Scorecard::from_json(&json).unwrap(), card);
}

fn some_cards(n: usize) -> Vec<Scorecard> {
    synth::scorecards(&bundled(), n, 5, at("2026-12-01T12:00:00Z"), 11)
}

#[test]
fn damaged_and_foreign_files_are_named_and_skipped() {
    let dir = temp();
    let store = Store::new(dir.path());
    let cards = some_cards(5);
    for card in &cards {
        store.save(card).unwrap();
    }
    let folder = store.scorecard_dir();
    let good = std::fs::read_to_string(store.files().unwrap()[0].clone()).unwrap();
    let damage: [(&str, Vec<u8>, &str); 6] = [
        (
            "cut-short.json",
            good.as_bytes()[..good.len() / 2].to_vec(),
            "not a readable JSON file",
        ),
        ("empty.json", Vec::new(), "not a readable JSON file"),
        (
            "other-tool.json",
            br#"{"name": "not ours", "values": [1, 2]}"#.to_vec(),
            "not a Defuse scorecard",
        ),
        (
            "future.json",
            good.replacen("\"schema\": 1", "\"schema\": 99", 1)
                .into_bytes(),
            "newer Defuse",
        ),
        ("latin1.json", vec![b'{', 0xE9, b'}'], "not UTF-8"),
        (
            "wrong-type.json",
            good.replacen("\"overall\": ", "\"overall\": \"high\", \"x\": ", 1)
                .into_bytes(),
            "not a Defuse scorecard",
        ),
    ];
    for (name, bytes, _) in &damage {
        std::fs::write(folder.join(name), bytes).unwrap();
    }
    // Not scorecards at all: never read, never reported.
    std::fs::write(folder.join("notes.txt"), "hello").unwrap();
    std::fs::write(folder.join(".half-written.json.tmp"), "{").unwrap();
    std::fs::create_dir(folder.join("archive.json")).unwrap();

    let loaded = store.load(|_, _| {}).unwrap();
    assert_eq!(
        loaded.scorecards.len(),
        cards.len(),
        "every good scorecard is still read"
    );
    assert_eq!(loaded.skipped.len(), damage.len(), "{:#?}", loaded.skipped);
    for (name, _, reason) in &damage {
        let skipped = loaded
            .skipped
            .iter()
            .find(|s| s.path.file_name().unwrap() == *name)
            .unwrap_or_else(|| panic!("{name} not reported"));
        assert!(
            skipped.reason.contains(reason),
            "{name}: {}",
            skipped.reason
        );
        assert!(skipped.to_string().contains(name));
    }
    // Reading is read-only: the damaged files are still there for someone to look at.
    assert!(folder.join("cut-short.json").exists());
}

#[test]
fn a_missing_folder_is_an_empty_store() {
    let dir = temp();
    let store = Store::new(dir.path().join("never-created"));
    let loaded = store.load(|_, _| {}).unwrap();
    assert!(loaded.scorecards.is_empty() && loaded.skipped.is_empty());
}

#[test]
fn hostile_trainee_names_stay_inside_the_data_folder() {
    let dir = temp();
    let root = dir.path().join("data");
    let store = Store::new(&root);
    let base = &some_cards(1)[0];
    let names = [
        "../../etc/passwd",
        "/absolute/path",
        "..\\..\\windows\\system32",
        "C:\\Users\\x",
        "CON",
        "nul.txt",
        "..",
        ".",
        "",
        "   ",
        "a/b\\c:d*e?f\"g<h>i|j",
        "line\nbreak\ttab\0nul",
        "נועה לוי",
        "Łukasz Wiśniewski",
        &"x".repeat(5000),
    ];
    let mut paths = Vec::new();
    for name in names {
        let mut card = base.clone();
        card.trainee = name.to_owned();
        card.id = uuid::Uuid::new_v4();
        let path = store.save(&card).unwrap();
        assert_eq!(path.parent().unwrap(), store.scorecard_dir(), "{name:?}");
        let file = path.file_name().unwrap().to_str().unwrap();
        assert!(file.len() < 150, "{file}");
        assert!(!file.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\0', '\n']));
        assert!(!file.starts_with('.'));
        paths.push(path);
    }
    // Nothing escaped: every file is in the scorecards folder, and reads back with the
    // name exactly as typed.
    let loaded = store.load(|_, _| {}).unwrap();
    assert_eq!(loaded.scorecards.len(), names.len());
    for name in names {
        assert!(
            loaded.scorecards.iter().any(|c| c.trainee == name),
            "{name:?}"
        );
    }
    let everything: Vec<_> = walk(dir.path());
    assert!(
        everything.iter().all(|p| p.starts_with(&root)),
        "{everything:#?}"
    );
    assert_eq!(
        store::safe_name("Łukasz Wiśniewski", 32),
        "łukasz-wiśniewski"
    );
    assert_eq!(store::safe_name("../../etc/passwd", 32), "etc-passwd");
    assert_eq!(store::safe_name("..", 32), "x");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        }
        out.push(path);
    }
    out
}

#[test]
fn two_sessions_never_share_a_file() {
    let dir = temp();
    let store = Store::new(dir.path());
    let card = &some_cards(1)[0];
    // The same trainee, scenario and second: only the session id tells them apart.
    let mut paths = std::collections::HashSet::new();
    for _ in 0..50 {
        let mut twin = card.clone();
        twin.id = uuid::Uuid::new_v4();
        assert!(paths.insert(store.save(&twin).unwrap()));
    }
    assert_eq!(store.load(|_, _| {}).unwrap().scorecards.len(), 50);
}

#[test]
fn a_write_that_fails_says_why_and_leaves_nothing_behind() {
    let dir = temp();
    // The data folder is a file: nothing can be created inside it.
    let blocked = dir.path().join("data");
    std::fs::write(&blocked, "in the way").unwrap();
    let err = Store::new(&blocked).save(&some_cards(1)[0]).unwrap_err();
    assert!(err.contains("data"), "{err}");
    assert_eq!(std::fs::read_to_string(&blocked).unwrap(), "in the way");
}

/// The child of the crash test: writes scorecards until it is killed.
#[test]
#[ignore = "run by killed_writers_leave_only_whole_scorecards, which kills it"]
fn writer_child() {
    let Some(dir) = std::env::var_os("DEFUSE_TEST_WRITER_DIR") else {
        return;
    };
    let store = Store::new(PathBuf::from(dir));
    let cards = some_cards(20);
    loop {
        for card in &cards {
            let mut card = card.clone();
            card.id = uuid::Uuid::new_v4();
            store.save(&card).unwrap();
        }
    }
}

#[test]
fn killed_writers_leave_only_whole_scorecards() {
    let dir = temp();
    let store = Store::new(dir.path());
    // An earlier scorecard that must come through untouched.
    let earlier = &some_cards(1)[0];
    let earlier_path = store.save(earlier).unwrap();
    let earlier_bytes = std::fs::read(&earlier_path).unwrap();
    let me = std::env::current_exe().unwrap();
    for round in 0..8u64 {
        let mut child = std::process::Command::new(&me)
            .args([
                "writer_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("DEFUSE_TEST_WRITER_DIR", dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Once it is writing, kill it at a different moment each round, mid-stream.
        let before = store.files().unwrap().len();
        let waiting = std::time::Instant::now();
        while store.files().unwrap().len() <= before
            && waiting.elapsed() < std::time::Duration::from_secs(60)
        {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        std::thread::sleep(std::time::Duration::from_millis(1 + round * 7));
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let loaded = store.load(|_, _| {}).unwrap();
    assert!(
        loaded.skipped.is_empty(),
        "a killed writer left a damaged scorecard: {:#?}",
        loaded.skipped
    );
    assert!(
        loaded.scorecards.len() > 1,
        "the writer never wrote anything"
    );
    assert_eq!(std::fs::read(&earlier_path).unwrap(), earlier_bytes);
}

/// The scorecards of a small, known team.
fn team() -> Vec<Scorecard> {
    let delivery = story("missed-delivery");
    let cafe = story("cafe-long-wait");
    let mut cards = Vec::new();
    let mut add = |story: &Arc<Story>, who: &str, choices: &[usize], day: &str| {
        let conversation = played(story, choices, &[]);
        let start = format!("{day}T09:00:00Z");
        let mut card = Scorecard::from_conversation(
            &conversation,
            &info(who, &start),
            at(&format!("{day}T09:05:00Z")),
        );
        card.id = uuid::Uuid::from_u128(cards.len() as u128 + 1);
        cards.push(card);
    };
    add(
        &delivery,
        "Anna Kis",
        &[2, 2, 2, 2, 2, 2, 2, 2],
        "2026-11-02",
    );
    add(
        &delivery,
        "Anna Kis",
        &[1, 1, 1, 1, 1, 1, 1, 1],
        "2026-11-20",
    );
    add(&cafe, "anna kis ", &[1, 1, 1, 1, 1, 1, 1, 1], "2026-11-25");
    add(
        &cafe,
        "Zofia Nowak",
        &[3, 3, 3, 3, 3, 3, 3, 3],
        "2026-11-10",
    );
    add(&delivery, "Zofia Nowak", &[1], "2026-11-11");
    cards
}

/// The report over every card, in UTC.
fn everything(cards: &[Scorecard]) -> Report<'_> {
    Report::new(
        cards,
        &Filter::default(),
        &catalogue().principles,
        TimeZone::UTC,
    )
}

fn english() -> Texts {
    Texts::new(&langid("en").unwrap())
}

#[test]
fn the_summary_per_trainee_matches_the_sessions() {
    let cards = team();
    let report = everything(&cards);
    assert_eq!(
        report.trainees.len(),
        2,
        "names match whatever the case and spaces"
    );
    let anna = &report.trainees[0];
    assert_eq!(anna.name, "anna kis");
    assert_eq!(anna.sessions, 3);
    assert_eq!(anna.finished, 3);
    let mine: Vec<&Scorecard> = cards
        .iter()
        .filter(|c| c.trainee.trim().eq_ignore_ascii_case("anna kis"))
        .collect();
    for (k, c) in Criterion::ALL.into_iter().enumerate() {
        let values: Vec<u32> = mine
            .iter()
            .filter_map(|m| m.get(c))
            .map(u32::from)
            .collect();
        let expected = (values.iter().sum::<u32>() as f64 / values.len() as f64).round() as u8;
        assert_eq!(anna.average[k], Some(expected), "{c}");
    }
    let passed = mine.iter().filter(|c| c.passed).count();
    assert_eq!(anna.passed, passed);
    assert_eq!(anna.history.len(), 3);
    assert_eq!(
        anna.trend,
        Some(i32::from(mine[2].overall.unwrap()) - i32::from(mine[0].overall.unwrap())),
        "latest third minus earliest third"
    );
    // A criterion needs work below the pass mark or far below the rest of the team, and
    // only then.
    let others: Vec<&Scorecard> = report
        .cards
        .iter()
        .copied()
        .filter(|c| !report::same_name(&c.trainee, "anna kis"))
        .collect();
    let team = report::summary::team_means(&others);
    for (k, c) in Criterion::ALL.into_iter().enumerate() {
        let mine = anna.average[k].unwrap();
        let expected = mine < anna.pass_mark.unwrap()
            || team[k].is_some_and(|t| mine + report::summary::FAR_BELOW_TEAM <= t);
        assert_eq!(anna.needs_work.contains(&c), expected, "{c}");
    }
    // The principle to work on is the one behind the best replies Anna missed most.
    let mut missed: std::collections::HashMap<String, usize> = Default::default();
    for turn in mine.iter().flat_map(|c| &c.turns) {
        if turn.best_missed.is_some() {
            *missed
                .entry(turn.best_principle.as_ref().unwrap().id.clone())
                .or_default() += 1;
        }
    }
    let focus = anna.focus.as_ref().unwrap();
    assert_eq!(Some(&focus.missed), missed.values().max());
    assert_eq!(missed[&focus.principle.id], focus.missed);

    let zofia = &report.trainees[1];
    assert_eq!((zofia.sessions, zofia.finished, zofia.abandoned), (2, 1, 1));
    assert_eq!(zofia.pass_rate, Some(if cards[3].passed { 100 } else { 0 }));
}

#[test]
fn filters_by_trainee_scenario_and_dates() {
    let cards = team();
    let principles = catalogue().principles;
    let count = |filter: Filter| {
        Report::new(&cards, &filter, &principles, TimeZone::UTC)
            .cards
            .len()
    };
    assert_eq!(count(Filter::default()), 5);
    assert_eq!(
        count(Filter {
            trainee: Some("ANNA KIS".into()),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        count(Filter {
            scenario: Some("cafe-long-wait".into()),
            ..Default::default()
        }),
        2
    );
    let day = |d: &str| Some(report::parse_day(d).unwrap());
    assert_eq!(
        count(Filter {
            since: day("2026-11-11"),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        count(Filter {
            until: day("2026-11-10"),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        count(Filter {
            since: day("2026-11-10"),
            until: day("2026-11-20"),
            ..Default::default()
        }),
        3
    );
    assert!(
        report::parse_day("01/12/2026")
            .unwrap_err()
            .contains("YYYY-MM-DD")
    );
}

#[test]
fn the_table_shows_each_trainee_and_their_sessions() {
    let cards = team();
    let principles = catalogue().principles;
    let all = Report::new(&cards, &Filter::default(), &principles, TimeZone::UTC);
    let table = report::table::render(&english(), &all);
    assert!(table.starts_with("5 sessions by 2 trainees"), "{table}");
    let anna = &all.trainees[0];
    let row = table
        .lines()
        .find(|l| l.starts_with("anna kis"))
        .expect(&table);
    let expected: Vec<String> = anna
        .average
        .iter()
        .map(|a| a.unwrap().to_string())
        .collect();
    // "44!" marks a criterion that needs work.
    let cells: Vec<&str> = row
        .split_whitespace()
        .map(|c| c.trim_end_matches('!'))
        .collect();
    for value in &expected {
        assert!(cells.contains(&value.as_str()), "{value} not in {row}");
    }
    assert!(row.contains("25 November 2026"), "{row}");
    let zofia = table
        .lines()
        .find(|l| l.starts_with("Zofia Nowak"))
        .expect(&table);
    assert!(zofia.contains("2 (1 abandoned)"), "{zofia}");
    assert_eq!(
        table.contains("needs work"),
        all.trainees.iter().any(|t| !t.needs_work.is_empty()),
        "{table}"
    );

    let one = Report::new(
        &cards,
        &Filter {
            trainee: Some("zofia nowak".into()),
            ..Default::default()
        },
        &principles,
        TimeZone::UTC,
    );
    let table = report::table::render(&english(), &one);
    assert!(table.contains("10 November 2026 09:05"), "{table}");
    assert!(table.contains("abandoned"), "{table}");

    let none = Report::new(&[], &Filter::default(), &principles, TimeZone::UTC);
    assert!(report::table::render(&english(), &none).contains("No scorecards match"));
}

#[test]
fn dates_and_headings_follow_the_language() {
    let day = report::parse_day("2026-12-01").unwrap();
    let date = |lang: &str| report::date(&Texts::new(&langid(lang).unwrap()), day);
    assert_eq!(date("en"), "1 December 2026");
    assert_eq!(date("hu"), "2026. december 1.");
    assert_eq!(date("pl"), "1 grudnia 2026");
    // Hebrew keeps Fluent's invisible isolation marks around each piece.
    let hebrew = date("he").replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(hebrew, "1 בדצמבר 2026");
    let cards = team();
    let all = everything(&cards);
    let polish = report::table::render(&Texts::new(&langid("pl").unwrap()), &all);
    assert!(polish.contains("listopada 2026"), "{polish}");
    assert!(!polish.contains("Trainee"), "{polish}");
}

#[test]
fn csv_has_one_row_per_session() {
    let cards = team();
    let all = everything(&cards);
    let text = report::csv::render(&english(), &all).unwrap();
    assert!(
        text.starts_with('\u{feff}'),
        "a byte-order mark for spreadsheets"
    );
    let mut reader = ::csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "Trainee");
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), cards.len());
    for (row, card) in rows.iter().zip(&all.cards) {
        assert_eq!(&row[column("Trainee")], card.trainee);
        assert_eq!(&row[column("Scenario id")], card.scenario.id);
        assert_eq!(
            row[column("Overall")].parse::<u8>().ok(),
            card.overall,
            "an abandoned session has no overall score"
        );
        assert_eq!(&row[column("Session id")], card.id.to_string());
        assert_eq!(
            &row[column("empathy")],
            card.get(Criterion::Empathy)
                .map(|v| v.to_string())
                .unwrap_or_default()
        );
        assert_eq!(
            row[column("Decisions")].parse::<usize>().unwrap(),
            card.turns.len()
        );
    }
    assert!(text.contains("abandoned"));
}

#[test]
fn json_has_everything() {
    let cards = team();
    let all = everything(&cards);
    let skipped = vec![store::Unreadable {
        path: "x/broken.json".into(),
        reason: "not a readable JSON file".into(),
    }];
    let value: serde_json::Value = serde_json::from_str(&all.to_json(&skipped)).unwrap();
    assert_eq!(value["sessions"].as_array().unwrap().len(), 5);
    assert_eq!(value["trainees"].as_array().unwrap().len(), 2);
    assert_eq!(value["skipped"][0]["file"], "x/broken.json");
    let back: Scorecard = serde_json::from_value(value["sessions"][0].clone()).unwrap();
    assert_eq!(&back, all.cards[0]);
}

#[test]
fn html_is_one_file_with_charts_and_the_principle_to_work_on() {
    let cards = team();
    let all = everything(&cards);
    let html = report::html::render(&english(), &all, &[]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.contains("<script") && !html.contains("src=\"http"),
        "self-contained"
    );
    assert_eq!(
        html.matches("<svg class=\"radar\"").count(),
        2,
        "a radar per trainee"
    );
    assert_eq!(
        html.matches("<svg class=\"trend\"").count(),
        2,
        "a trend per trainee"
    );
    assert!(html.contains("Zofia Nowak") && html.contains("anna kis"));
    for t in &all.trainees {
        if let Some(line) = report::table::focus_line(&Texts::new(&langid("en").unwrap()), t) {
            assert!(html.contains(&report::html::esc(&line)), "{line}");
        }
    }
    let hebrew = report::html::render(&Texts::new(&langid("he").unwrap()), &all, &[]);
    assert!(hebrew.contains("<html lang=\"he\" dir=\"rtl\">"));
    // Names are escaped, never markup.
    let mut hostile = cards.clone();
    hostile[0].trainee = "<script>alert(1)</script>".into();
    let all = Report::new(&hostile, &Filter::default(), &[], TimeZone::UTC);
    let html = report::html::render(&english(), &all, &[]);
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
}

/// Checks one statement against the xAPI 1.0.3 rules a learning record store enforces.
fn check_statement(s: &serde_json::Value) -> Result<(), String> {
    let uuid = |v: &serde_json::Value, what: &str| {
        v.as_str()
            .and_then(|t| uuid::Uuid::parse_str(t).ok())
            .map(|_| ())
            .ok_or(format!("{what} is not a UUID: {v}"))
    };
    let iri = |v: &serde_json::Value, what: &str| {
        let t = v.as_str().ok_or(format!("{what} is missing"))?;
        let (scheme, rest) = t
            .split_once(':')
            .ok_or(format!("{what} is not an IRI: {t}"))?;
        let ok = !scheme.is_empty()
            && scheme.chars().next().unwrap().is_ascii_alphabetic()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && !rest.is_empty()
            && !t.contains(char::is_whitespace);
        if ok {
            Ok(())
        } else {
            Err(format!("{what} is not an IRI: {t}"))
        }
    };
    let language_map = |v: &serde_json::Value, what: &str| {
        let map = v
            .as_object()
            .ok_or(format!("{what} is not a language map"))?;
        for key in map.keys() {
            langid(key).ok_or(format!("{what}: `{key}` is not a language tag"))?;
        }
        Ok::<(), String>(())
    };
    uuid(&s["id"], "id")?;
    let actor = &s["actor"];
    if actor["objectType"] != "Agent" {
        return Err("actor is not an Agent".into());
    }
    let ifis = ["mbox", "mbox_sha1sum", "openid", "account"]
        .iter()
        .filter(|k| actor.get(**k).is_some())
        .count();
    if ifis != 1 {
        return Err(format!("actor has {ifis} identifiers, not exactly one"));
    }
    iri(&actor["account"]["homePage"], "account.homePage")?;
    if actor["account"]["name"].as_str().is_none_or(str::is_empty) {
        return Err("account.name is empty".into());
    }
    iri(&s["verb"]["id"], "verb.id")?;
    language_map(&s["verb"]["display"], "verb.display")?;
    iri(&s["object"]["id"], "object.id")?;
    if s["object"]["objectType"] != "Activity" {
        return Err("object is not an Activity".into());
    }
    iri(&s["object"]["definition"]["type"], "definition.type")?;
    language_map(&s["object"]["definition"]["name"], "definition.name")?;
    s["timestamp"]
        .as_str()
        .and_then(|t| t.parse::<Timestamp>().ok())
        .ok_or("timestamp is not ISO 8601")?;
    uuid(&s["context"]["registration"], "context.registration")?;
    langid(s["context"]["language"].as_str().unwrap_or("")).ok_or("context.language")?;
    for key in s["context"]["extensions"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, _)| k)
    {
        iri(&serde_json::json!(key), "context extension")?;
    }
    if let Some(result) = s.get("result") {
        if let Some(score) = result.get("score") {
            let get = |k: &str| score.get(k).and_then(|v| v.as_f64());
            if let Some(scaled) = get("scaled")
                && !(-1.0..=1.0).contains(&scaled)
            {
                return Err(format!("score.scaled {scaled} outside -1 to 1"));
            }
            if let (Some(raw), Some(min), Some(max)) = (get("raw"), get("min"), get("max"))
                && !(min <= raw && raw <= max)
            {
                return Err(format!("score.raw {raw} outside {min} to {max}"));
            }
        }
        for key in result["extensions"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            iri(&serde_json::json!(key), "result extension")?;
        }
        if let Some(d) = result.get("duration") {
            let d = d.as_str().unwrap_or("");
            if !(d.starts_with("PT") && d.ends_with('S')) {
                return Err(format!("duration {d} is not ISO 8601"));
            }
        }
    }
    Ok(())
}

#[test]
fn xapi_statements_follow_the_rules_and_keep_their_ids() {
    let cards = team();
    let all = Report::new(&cards, &Filter::default(), &[], TimeZone::UTC);
    let text = xapi::render(&all.cards, "https://lms.example.org/defuse");
    let statements: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    for s in &statements {
        check_statement(s).unwrap_or_else(|e| panic!("{e}\n{s:#}"));
    }
    let expected: usize = all
        .cards
        .iter()
        .map(|c| 1 + c.turns.len() + if c.is_abandoned() { 1 } else { 2 })
        .sum();
    assert_eq!(statements.len(), expected);
    let mut ids = std::collections::HashSet::new();
    assert!(
        statements
            .iter()
            .all(|s| ids.insert(s["id"].as_str().unwrap().to_owned())),
        "unique ids"
    );
    // The same scorecards give the same statements: a resend is recognised.
    assert_eq!(
        xapi::render(&all.cards, "https://lms.example.org/defuse/"),
        text
    );

    let card = all.cards[1];
    let mine = xapi::statements(card, xapi::DEFAULT_BASE);
    let verbs: Vec<&str> = mine
        .iter()
        .map(|s| s["verb"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(verbs[0], xapi::LAUNCHED);
    assert!(
        verbs[1..=card.turns.len()]
            .iter()
            .all(|v| *v == xapi::ANSWERED)
    );
    assert_eq!(verbs[card.turns.len() + 1], xapi::COMPLETED);
    let last = mine.last().unwrap();
    assert_eq!(
        last["verb"]["id"],
        if card.passed {
            xapi::PASSED
        } else {
            xapi::FAILED
        }
    );
    assert_eq!(last["result"]["score"]["raw"], card.overall.unwrap());
    assert_eq!(last["result"]["score"]["max"], 100);
    assert_eq!(last["result"]["success"], card.passed);
    let criteria = &last["result"]["extensions"]["http://defuse.local/extensions/criteria"];
    assert_eq!(criteria["empathy"], card.get(Criterion::Empathy).unwrap());
    assert_eq!(last["context"]["language"], "en");
    assert_eq!(last["actor"]["account"]["name"], card.trainee.trim());

    let abandoned = all.cards.iter().find(|c| c.is_abandoned()).unwrap();
    let theirs = xapi::statements(abandoned, xapi::DEFAULT_BASE);
    assert_eq!(theirs.last().unwrap()["verb"]["id"], xapi::ABANDONED);
    assert_eq!(theirs.last().unwrap()["result"]["completion"], false);
}

#[test]
fn a_summary_reading_makes_the_same_reports_as_a_whole_one() {
    use defuse_core::scorecard::Reading;
    let dir = temp();
    let store = Store::new(dir.path());
    for card in team().iter().chain(&some_cards(40)) {
        store.save(card).unwrap();
    }
    let whole = store.load_as(Reading::Whole, |_, _| {}).unwrap();
    let summary = store.load_as(Reading::Summary, |_, _| {}).unwrap();
    assert_eq!(whole.scorecards.len(), 45);
    assert_eq!(summary.scorecards.len(), 45);
    // The feedback is what a summary leaves out; the team view needs the rest.
    let turn = &summary.scorecards[0].turns[0];
    assert!(turn.feedback.is_empty() && !whole.scorecards[0].turns[0].feedback.is_empty());
    assert_eq!(
        turn.customer_line,
        whole.scorecards[0].turns[0].customer_line
    );
    assert_eq!(
        summary.scorecards[0].turns.len(),
        whole.scorecards[0].turns.len()
    );
    assert_eq!(summary.scorecards[0].criteria, whole.scorecards[0].criteria);
    // With the catalogue (the usual case) and without it (the principles on record).
    for principles in [catalogue().principles, Vec::new()] {
        let a = Report::new(
            &whole.scorecards,
            &Filter::default(),
            &principles,
            TimeZone::UTC,
        );
        let b = Report::new(
            &summary.scorecards,
            &Filter::default(),
            &principles,
            TimeZone::UTC,
        );
        assert_eq!(
            report::table::render(&english(), &a),
            report::table::render(&english(), &b)
        );
        assert_eq!(
            report::csv::render(&english(), &a).unwrap(),
            report::csv::render(&english(), &b).unwrap()
        );
        assert_eq!(
            report::html::render(&english(), &a, &[]),
            report::html::render(&english(), &b, &[])
        );
    }
}

/// How a reply sounded stays on the trainee's card: saved, but gone from everything read
/// back from the folder (reports, the manager, xAPI) until the trainee shares the session.
#[test]
fn a_spoken_turn_is_private_until_shared() {
    use defuse_core::scorecard::Spoken;
    use defuse_core::voice::{Rules, measure};
    let story = story("missed-delivery");
    let conversation = played(&story, &[2, 3], &[]);
    let mut card = Scorecard::from_conversation(
        &conversation,
        &info("Ada Voice", "2026-11-02T10:00:00Z"),
        at("2026-11-02T10:05:00Z"),
    );
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let rules = Rules::for_language(&locales, "en").unwrap();
    let tone = |amplitude: f32| defuse_core::voice::Take {
        samples: (0..32_000)
            .map(|i| amplitude * (i as f32 * 0.05).sin())
            .collect(),
        rate: 16_000,
    };
    let calm = measure(&tone(0.1), Some(8), rules.long_pause_s).unwrap();
    let loud = measure(&tone(0.4), Some(8), rules.long_pause_s).unwrap();
    let turn = &card.turns[0];
    let spoken = Spoken::new(
        rules.assess(&loud, &calm),
        turn.scores.calm_tone,
        turn.best.calm_tone,
    );
    assert!(spoken.delivery.calm_tone < 80);
    assert!(spoken.calm_tone < 100);
    card.turns[0].spoken = Some(spoken.clone());
    let words = card.get(Criterion::CalmTone).unwrap();
    let with_voice = card.calm_tone_with_voice().unwrap();
    assert!(with_voice < words, "{with_voice} vs {words}");

    let dir = temp();
    let data = Store::new(dir.path());
    let path = data.save(&card).unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("\"louder\"")
    );
    let read = store::read(&path).unwrap();
    assert!(read.turns.iter().all(|t| t.spoken.is_none()));
    assert!(read.calm_tone_with_voice().is_none());
    let statements = xapi::statements(&read, xapi::DEFAULT_BASE).to_vec();
    assert!(
        !serde_json::to_string(&statements)
            .unwrap()
            .contains("extensions/delivery")
    );

    card.voice_shared = true;
    data.save(&card).unwrap();
    let read = store::read(&path).unwrap();
    let shared = read.turns[0].spoken.as_ref().expect("shared");
    assert_eq!(shared.calm_tone, spoken.calm_tone);
    assert_eq!(shared.delivery.evidence, spoken.delivery.evidence);
    let statements = serde_json::to_string(&xapi::statements(&read, xapi::DEFAULT_BASE)).unwrap();
    assert!(statements.contains("extensions/delivery"), "{statements}");
    assert!(
        statements.contains("\"behaviour\":\"louder\""),
        "{statements}"
    );
}
