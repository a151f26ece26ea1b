//! The `defuse` binary driven as a trainer drives it: the commands on the bundled
//! scenarios and the broken-input corpus, and the trainer window in a real X server.
//! One test binary on purpose: each file in `tests/` is linked separately.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn defuse() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_defuse"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env("NO_COLOR", "1");
    // English unless a test asks for another language, whatever the machine's locale.
    cmd.env("DEFUSE_LANG", "en");
    cmd
}

fn run(args: &[&str]) -> Output {
    defuse().args(args).stdin(Stdio::null()).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn validate_passes_the_bundled_scenarios() {
    let o = run(&["validate"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("0 errors"), "{}", stdout(&o));
}

#[test]
fn validate_reports_every_problem_with_file_line_and_column() {
    let o = run(&["validate", "tests/broken"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    // All files are reported in one run, each at its place.
    for expected in [
        "tests/broken/duplicate-node.ron:53:20",
        "tests/broken/missing-target.ron:41:27",
        "tests/broken/syntax-missing-comma.ron:",
        "tests/broken/not-utf8.ron:",
        "tests/broken/dead-end-loop.ron:",
    ] {
        assert!(err.contains(expected), "missing {expected} in\n{err}");
    }
    assert!(err.contains("did you mean `fine`?"), "{err}");
}

#[test]
fn validate_json_gives_one_object_per_problem() {
    let o = run(&["validate", "--json", "tests/broken/missing-target.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{}", stdout(&o));
    // The file has no neutral reaction for typed replies: a warning, first in file order.
    assert_eq!(lines[0]["severity"], "warning");
    assert_eq!(lines[0]["line"], 2);
    let lines = &lines[1..];
    assert_eq!(lines[0]["line"], 41);
    assert_eq!(lines[0]["column"], 27);
    assert_eq!(lines[0]["severity"], "error");
    assert_eq!(lines[0]["help"], "did you mean `fine`?");
    assert_eq!(
        lines[1]["message"],
        "`fine` cannot be reached from the start"
    );

    // A trainer reads the problems in their own language.
    let o = run(&[
        "validate",
        "--lang",
        "hu",
        "tests/broken/missing-target.ron",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("`fien` nem csomópont ebben a forgatókönyvben"),
        "{err}"
    );
    assert!(err.contains("erre gondolt: `fine`?"), "{err}");
    assert!(
        err.contains("tests/broken/missing-target.ron:41:27"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["validate", "--no-such-flag"]).status.code(), Some(2));
    assert_eq!(run(&["play"]).status.code(), Some(2));
    assert_eq!(
        run(&["graph", "missed-delivery", "--format", "png"])
            .status
            .code(),
        Some(2)
    );
}

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

/// The model path of `missed-delivery`, in the file's order (checked against the scenario's
/// own playtest below), for the many tests that need a finished, passed session.
const MISSED_DELIVERY_MODEL: &str = "2,3,4,2,3,3";

#[test]
fn the_model_path_the_tests_use_is_the_scenarios_own() {
    assert_eq!(MISSED_DELIVERY_MODEL, model_path("missed-delivery"));
}

/// The seed of the scripted window runs.
const WINDOW_SEED: u64 = 3;

/// Replies given in the file's order (`2,3,4`) as the numbers a session with `seed` shows
/// them under, for scripts that run shuffled as a trainee would.
fn as_shown(scenario: &str, seed: u64, in_file: &str) -> String {
    use defuse_core::{Conversation, Event};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let catalogue = defuse_core::Catalogue::read(&root).unwrap();
    let story = defuse_core::load_story(&root.join(format!("{scenario}.ron")), &catalogue)
        .expect("a bundled scenario");
    let mut conversation = Conversation::new(std::sync::Arc::new(story), seed);
    let mut shown = Vec::new();
    let mut replies = in_file.split(',').map(|n| n.parse::<usize>().unwrap() - 1);
    loop {
        match conversation.next_event() {
            Event::Line { .. } => {}
            Event::End { .. } => break,
            Event::Choice { .. } => {
                let Some(reply) = replies.next() else { break };
                shown.push(conversation.number_of(reply).unwrap().to_string());
                conversation.choose(reply).unwrap();
            }
        }
    }
    shown.join(",")
}

/// A scenario's model path (its first playtest that passes): reply numbers in the file's
/// order, for `--in-file-order --choices`.
fn model_path(scenario: &str) -> String {
    model_path_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenarios/{scenario}.ron")))
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
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("choice 9 at decision 2: there is no reply 9 at the decision `thursday`: it has replies 1 to 4"),
        "{}",
        stderr(&o)
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
fn a_scenario_path_and_an_unknown_id() {
    let o = run(&["stats", "scenarios/missed-delivery.ron"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["stats", "no-such-scenario"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("no scenario `no-such-scenario`"), "{err}");
    assert!(
        err.contains("missed-delivery"),
        "lists the known ids: {err}"
    );
    // A broken scenario cannot be played, and says why.
    let o = run(&["play", "tests/broken/missing-target.ron", "--choices", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("missing-target.ron:41:27]"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn stats_as_text_and_json() {
    let o = run(&["stats", "missed-delivery"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("distinct paths:"), "{out}");
    assert!(out.contains("longest: 10 decisions"), "{out}");

    let o = run(&["stats", "missed-delivery", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json["scenario"], "missed-delivery");
    assert_eq!(json["longest"], 10);
    assert_eq!(json["paths"]["exact"], 24706);
    assert_eq!(json["criteria"][0]["best"], 100);
}

#[test]
fn graph_as_dot_and_mermaid() {
    let o = run(&["graph", "missed-delivery"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dot = stdout(&o);
    assert!(dot.starts_with("digraph \"missed-delivery\""), "{dot}");
    assert!(
        dot.contains("\"opening\" -> \"thursday\" [color=\"#2e7d32\""),
        "{dot}"
    );
    // An ending that fails the run stands out in its own colour and says so.
    assert!(dot.contains(
        "\"walkout\" [shape=doubleoctagon, style=filled, fillcolor=\"#e57373\", label=\"walkout\\ncustomer left\\nfails the run\"]"
    ));
    assert!(dot.contains("\"resolved\" [shape=doubleoctagon, style=filled, fillcolor=\"#c8e6c9\""));
    // Every reply's edge carries its mood change.
    assert!(dot.contains("(17 / 20 · mood +20)"), "{dot}");
    assert!(dot.contains("\"early-temper\" -> \"walkout\" [style=dashed, label=\"mood < -85\"]"));

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("g.mmd");
    let o = run(&[
        "graph",
        "missed-delivery",
        "--format",
        "mermaid",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mermaid = std::fs::read_to_string(file).unwrap();
    assert!(mermaid.starts_with("flowchart TD\n"));
    assert!(
        mermaid.contains("n_opening -->|\"2. Mrs Kovács"),
        "{mermaid}"
    );
    assert!(mermaid.contains("linkStyle 2 stroke:#2e7d32"), "{mermaid}");
}

#[test]
fn scenarios_folder_can_be_moved() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&["--scenarios", dir.path().to_str().unwrap(), "validate"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("no scenario files"), "{}", stderr(&o));
    let o = run(&[
        "play",
        "missed-delivery",
        "--scenarios",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
}

/// The value of message `id` in a translation file, as a translator wrote it.
fn message(file: &str, id: &str) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("no {id} in {file}"))
        .to_owned()
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
fn extract_keeps_translations_and_flags_changed_sources() {
    let dir = tempfile::tempdir().unwrap();
    let scenarios = dir.path().join("scenarios");
    let locales = dir.path().join("locales");
    std::fs::create_dir_all(&scenarios).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for file in ["principles.ron", "missed-delivery.ron"] {
        std::fs::copy(source.join(file), scenarios.join(file)).unwrap();
    }
    let with = |args: &[&str]| {
        defuse()
            .args([
                "--scenarios",
                scenarios.to_str().unwrap(),
                "--locales",
                locales.to_str().unwrap(),
            ])
            .args(args)
            .output()
            .unwrap()
    };
    let o = with(&["extract", "missed-delivery", "--lang", "hu"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ftl = locales.join("hu/scenarios/missed-delivery.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    assert!(text.contains("# untranslated\ntitle = The washing machine that never came\n"));

    // The translator translates the title.
    let translated = text.replacen(
        "# untranslated\ntitle = The washing machine that never came",
        "title = A mosógép, amely sosem érkezett meg",
        1,
    );
    std::fs::write(&ftl, translated).unwrap();
    let o = with(&["play", "missed-delivery", "--lang", "hu", "--choices", "1"]);
    assert!(
        stdout(&o).starts_with("A mosógép, amely sosem érkezett meg"),
        "{}",
        stdout(&o)
    );
    // The rest is untranslated: a warning, not a failure, and the English text is shown.
    assert!(stderr(&o).contains("figyelmeztetés"), "{}", stderr(&o));

    // The trainer changes the title in the scenario.
    let ron = scenarios.join("missed-delivery.ron");
    let changed = std::fs::read_to_string(&ron).unwrap().replace(
        "The washing machine that never came",
        "The washing machine that did not come",
    );
    std::fs::write(&ron, changed).unwrap();
    let o = with(&["extract", "missed-delivery", "--lang", "hu"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // The summary is in the trainer's language (here English), not the one translated into.
    assert!(stdout(&o).contains("1 changed"), "{}", stdout(&o));
    let text = std::fs::read_to_string(&ftl).unwrap();
    assert!(
        text.contains("# en: The washing machine that did not come\n# changed: the source was: The washing machine that never came\ntitle = A mosógép, amely sosem érkezett meg\n"),
        "{text}"
    );
    // validate says so, with the file and line.
    let o = with(&["validate", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("the source text of `title` changed since it was translated"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("missed-delivery.ftl:7:1]"),
        "{}",
        stderr(&o)
    );

    // The trainer reverts the edit: the translation fits again, and the mark goes.
    let reverted = std::fs::read_to_string(&ron).unwrap().replace(
        "The washing machine that did not come",
        "The washing machine that never came",
    );
    std::fs::write(&ron, reverted).unwrap();
    let o = with(&["extract", "missed-delivery", "--lang", "hu"]);
    assert!(stdout(&o).contains("0 changed"), "{}", stdout(&o));
    let text = std::fs::read_to_string(&ftl).unwrap();
    assert!(
        text.contains("# en: The washing machine that never came\ntitle = A mosógép, amely sosem érkezett meg\n"),
        "{text}"
    );

    // A broken translation file is reported and never overwritten.
    std::fs::write(&ftl, "title = { $\n").unwrap();
    let o = with(&["extract", "missed-delivery", "--lang", "hu"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Fluent syntax error"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&ftl).unwrap(), "title = { $\n");
    let o = with(&["validate"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a syntax error in a translation is an error"
    );

    // Extracting into the scenario's own language makes no sense.
    let o = with(&["extract", "missed-delivery", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn coverage_table() {
    let o = run(&["validate", "--coverage"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let table = out
        .split_once("Translation coverage")
        .map(|(_, t)| t)
        .unwrap_or_else(|| panic!("{out}"));
    for row in [
        "interface",
        "principles",
        "missed-delivery",
        "phone-bill-charges",
    ] {
        let line = table
            .lines()
            .find(|l| l.starts_with(row))
            .unwrap_or_else(|| panic!("no {row} in {table}"));
        assert_eq!(line.matches("100%").count(), 3, "{line}");
        assert!(line.contains("source"), "{line}");
    }
}

/// Whether a tool a test needs is here; where it is not, the test is skipped with a note,
/// except in CI, which must install it (`.ci/run`).
fn needed(found: bool, what: &str, install: &str) -> bool {
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install {what} (see .ci/run)"
        );
        eprintln!("skipped: {what} is not installed ({install})");
    }
    found
}

/// Finds a program on the PATH.
fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    })
}

/// Runs `defuse ARGS` under Xvfb in a real window, or returns `None` (with a note) on a
/// machine without Xvfb. In CI a missing Xvfb is a failure, not a skip.
fn in_window(args: &[&std::ffi::OsStr]) -> Option<Output> {
    in_window_with(args, &[])
}

/// The same, with these environment variables set for the program.
fn in_window_with(args: &[&std::ffi::OsStr], envs: &[(&str, &Path)]) -> Option<Output> {
    if !cfg!(feature = "gui") {
        eprintln!("skipped: built without the `gui` feature");
        return None;
    }
    let Some(xvfb_run) = which("xvfb-run") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install xvfb (see .ci/run)"
        );
        eprintln!("skipped: xvfb-run not found; .ci/run installs it and runs this test");
        return None;
    };
    let mut child = Command::new(xvfb_run)
        .args(["-a", "-s", "-screen 0 1920x1080x24"])
        .arg(env!("CARGO_BIN_EXE_defuse"))
        .args(args)
        .envs(envs.iter().copied())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(300) {
            let _ = child.kill();
            panic!("the scripted window run did not finish within 5 minutes");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "exit {:?}\n{}", o.status, stderr(&o));
    Some(o)
}

/// A screenshot is the window's size and shows something: the background dominates, and
/// there is dark text and colour.
fn assert_not_blank(path: &Path) {
    assert_not_blank_at(path, (1280, 720));
}

fn assert_not_blank_at(path: &Path, size: (u32, u32)) {
    let (width, height, pixels) = read_png(path);
    assert_eq!((width, height), size, "{}", path.display());
    let dark = pixels.iter().filter(|p| p.iter().all(|&c| c < 90)).count();
    let distinct: std::collections::HashSet<[u8; 3]> = pixels.iter().copied().collect();
    assert!(
        dark > 2_000,
        "{}: only {dark} dark pixels: no text drawn?",
        path.display()
    );
    assert!(
        distinct.len() > 50,
        "{}: only {} colours",
        path.display(),
        distinct.len()
    );
}

/// Keeps a copy of a screenshot for people to look at.
fn keep(path: &Path, name: &str) {
    let kept = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::copy(path, &kept).unwrap();
    eprintln!("screenshot kept at {}", kept.display());
}

/// Width, height and RGB pixels of a PNG.
fn read_png(path: &Path) -> (u32, u32, Vec<[u8; 3]>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    (info.width, info.height, pixels)
}

#[test]
fn the_window_lists_the_scenarios() {
    for lang in ["en", "he"] {
        let dir = tempfile::tempdir().unwrap();
        let shot = dir.path().join("picker.png");
        let args = [
            "--data-dir".as_ref(),
            dir.path().as_os_str(),
            "--lang".as_ref(),
            lang.as_ref(),
            "--screenshot".as_ref(),
            shot.as_os_str(),
        ];
        if in_window(&args).is_none() {
            return;
        }
        assert_not_blank(&shot);
        keep(&shot, &format!("picker-{lang}.png"));
    }
    // A large window lays the same screen out with room to spare.
    let dir = tempfile::tempdir().unwrap();
    let shot = dir.path().join("picker-1080.png");
    let args = [
        "--data-dir".as_ref(),
        dir.path().as_os_str(),
        "--window-size".as_ref(),
        "1920x1080".as_ref(),
        "--lang".as_ref(),
        "hu".as_ref(),
        "--screenshot".as_ref(),
        shot.as_os_str(),
    ];
    if in_window(&args).is_some() {
        assert_not_blank_at(&shot, (1920, 1080));
        keep(&shot, "picker-hu-1920x1080.png");
    }
}

#[test]
fn a_scripted_playthrough_in_the_window() {
    // Replies are shuffled as a trainee sees them: the model path, as numbers shown.
    let shown = as_shown("missed-delivery", WINDOW_SEED, MISSED_DELIVERY_MODEL);
    let seed = WINDOW_SEED.to_string();
    for lang in ["en", "he"] {
        let dir = tempfile::tempdir().unwrap();
        // Earlier sessions by the team, for the manager's screen.
        let data = tempfile::tempdir().unwrap();
        a_team(data.path());
        let args = [
            "--data-dir".as_ref(),
            data.path().as_os_str(),
            "play".as_ref(),
            "missed-delivery".as_ref(),
            "--gui".as_ref(),
            "--lang".as_ref(),
            lang.as_ref(),
            "--trainee".as_ref(),
            "Anna Kis".as_ref(),
            "--seed".as_ref(),
            seed.as_ref(),
            "--choices".as_ref(),
            shown.as_ref(),
            "--screenshots".as_ref(),
            dir.path().as_os_str(),
        ];
        if in_window(&args).is_none() {
            return;
        }
        // The six decisions of the model path, then the debrief and the manager's pages.
        let expected = [
            "01-start.png",
            "02-picker.png",
            "03-conversation.png",
            "04-reply-1.png",
            "05-reply-2.png",
            "06-reply-3.png",
            "07-reply-4.png",
            "08-reply-5.png",
            "09-debrief.png",
            "10-manager.png",
            "11-manager-trainee.png",
            "12-manager-session.png",
            "13-settings.png",
        ];
        let mut found: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        found.sort();
        assert_eq!(found, expected, "{lang}");
        for name in expected {
            let path = dir.path().join(name);
            if name.ends_with("settings.png") {
                // Mostly light buttons and grey text: only the size is checked.
                assert_eq!(read_png(&path).0, 1280, "{name}");
            } else {
                assert_not_blank(&path);
            }
            keep(&path, &format!("{lang}-{name}"));
        }
        // The session played in the window was saved as Anna's scorecard.
        let cards: Vec<serde_json::Value> = scorecard_files(data.path())
            .iter()
            .filter_map(|f| serde_json::from_str(&std::fs::read_to_string(f).ok()?).ok())
            .collect();
        let windowed: Vec<&serde_json::Value> = cards
            .iter()
            .filter(|c| {
                // The team's own session of this scenario ran with seed 5.
                c["language"] == lang && c["trainee"] == "Anna Kis" && c["seed"] == WINDOW_SEED
            })
            .collect();
        assert_eq!(windowed.len(), 1, "{lang}: {cards:#?}");
        assert_eq!(windowed[0]["status"], "finished");
        assert_eq!(
            windowed[0]["passed"], true,
            "the model path, whatever order it was shown in"
        );
        assert_eq!(windowed[0]["turns"].as_array().unwrap().len(), 6);
    }
}

/// `defuse` on the scenarios in `folder`.
fn in_folder(folder: &Path, args: &[&str]) -> Output {
    defuse()
        .arg("--scenarios")
        .arg(folder)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// `defuse` with its scorecards in `data`.
fn with_data(data: &Path, args: &[&str]) -> Output {
    defuse()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn scorecard_files(data: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data.join("scorecards"))
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// Three sessions by two trainees, one of them abandoned, and a damaged file.
fn a_team(data: &Path) {
    let plays: [&[&str]; 3] = [
        &[
            "play",
            "missed-delivery",
            "--in-file-order",
            "--choices",
            MISSED_DELIVERY_MODEL,
            "--seed",
            "5",
            "--trainee",
            "Anna Kis",
        ],
        &[
            "play",
            "cafe-long-wait",
            "--choices",
            "1",
            "--trainee",
            "Anna Kis",
        ],
        &[
            "play",
            "missed-delivery",
            "--choices",
            "2,2,2,2,2,2,2,2",
            "--trainee",
            "Bálint Szabó",
            "--lang",
            "hu",
        ],
    ];
    for args in plays {
        let o = with_data(data, args);
        assert_eq!(o.status.code(), Some(0), "{args:?}\n{}", stderr(&o));
    }
    std::fs::write(
        data.join("scorecards/broken.json"),
        "{\"schema\": 1, \"trainee\":",
    )
    .unwrap();
}

#[test]
fn play_with_a_trainee_saves_a_scorecard() {
    let dir = tempfile::tempdir().unwrap();
    let o = with_data(
        dir.path(),
        &[
            "play",
            "missed-delivery",
            "--in-file-order",
            "--choices",
            MISSED_DELIVERY_MODEL,
            "--seed",
            "5",
            "--trainee",
            "Anna Kis",
        ],
    );
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
    assert!(card["turns"][0]["answered"].is_string());

    // Replies that run out leave an abandoned session, saved all the same.
    let o = with_data(
        dir.path(),
        &[
            "play",
            "cafe-long-wait",
            "--choices",
            "1",
            "--trainee",
            "Anna Kis",
        ],
    );
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
    let o = with_data(
        dir.path(),
        &[
            "play",
            "missed-delivery",
            "--in-file-order",
            "--choices",
            MISSED_DELIVERY_MODEL,
        ],
    );
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
    let Some(chromium) = which("chromium").or_else(|| which("chromium-browser")) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install chromium (see .ci/run)"
        );
        eprintln!("skipped: chromium not found; .ci/run installs it and runs this test");
        return;
    };
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
        let profile = tempfile::tempdir().unwrap();
        let o = Command::new(&chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=1100,1500",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!("--screenshot={}", shot.display()))
            .arg(format!("file://{}", html.display()))
            .stdin(Stdio::null())
            .output()
            .unwrap();
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

/// The Python that has Ralph (`DEFUSE_TEST_RALPH_PYTHON`, which .ci/run sets), else
/// `python3` if it can import Ralph; `None` (with a note) on a machine without it.
fn ralph_python() -> Option<PathBuf> {
    let python = std::env::var_os("DEFUSE_TEST_RALPH_PYTHON")
        .map(PathBuf::from)
        .or_else(|| which("python3"))?;
    let ok = Command::new(&python)
        .args(["-c", "import ralph.backends.lrs.fs, uvicorn"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install Ralph (see .ci/run)"
        );
        eprintln!(
            "skipped: Ralph not found; .ci/run installs it (pip install \"ralph-malph[backend-lrs,lrs,cli]\") and runs this test"
        );
        return None;
    }
    Some(python)
}

const LRS_USER: &str = "defuse";
const LRS_PASSWORD: &str = "s3cret-Pa55";

/// One Ralph LRS; stopped when dropped.
struct Ralph {
    python: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
    child: Option<std::process::Child>,
}

impl Ralph {
    fn start() -> Option<Ralph> {
        let python = ralph_python()?;
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        // `ralph auth ... -w` writes the user into RALPH_APP_DIR/auth.json.
        let auth = Command::new(&python)
            .args(["-m", "ralph", "auth", "-u", LRS_USER, "-p", LRS_PASSWORD])
            .args(["-s", "all", "-M", "mailto:defuse@example.org", "-w"])
            .env("RALPH_APP_DIR", dir.path().join("app"))
            .env("RALPH_RUNSERVER_BACKEND", "fs")
            .output()
            .unwrap();
        assert!(auth.status.success(), "ralph auth: {}", stderr(&auth));
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut ralph = Ralph {
            python,
            dir,
            port,
            child: None,
        };
        ralph.resume();
        Some(ralph)
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }

    /// Starts the server (again, with the same data) and waits until it answers.
    fn resume(&mut self) {
        // Killed mid-write, Ralph's file backend leaves half a line that it then fails to
        // read on every request (HTTP 500 for good). A real LRS recovers its journal on
        // restart; do that for it: the half-written statement was never confirmed, so the
        // sync sends it again.
        if let Ok(files) = std::fs::read_dir(self.dir.path().join("data")) {
            for file in files.flatten().map(|f| f.path()) {
                if let Ok(text) = std::fs::read(&file)
                    && !text.is_empty()
                    && text.last() != Some(&b'\n')
                {
                    let whole = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                    let _ = std::fs::write(&file, &text[..whole]);
                }
            }
        }
        // Ralph rewrites its whole history file (a log of its own reads, not statements)
        // on every request; killed mid-write it is half a JSON document, and every request
        // after fails. Start the restarted server without it.
        let history = self.dir.path().join("app/history.json");
        if std::fs::read(&history)
            .is_ok_and(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).is_err())
        {
            let _ = std::fs::remove_file(&history);
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lrs/ralph_lrs.py");
        let log = std::fs::File::create(self.dir.path().join("server.log")).unwrap();
        let child = Command::new(&self.python)
            .arg(script)
            .args(["127.0.0.1", &self.port.to_string()])
            .arg(self.dir.path().join("data"))
            .env("RALPH_APP_DIR", self.dir.path().join("app"))
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        self.child = Some(child);
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "Ralph did not start: {}",
                std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// What the server wrote, to explain a failure.
    fn log(&self) -> String {
        let log = std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default();
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every statement the LRS holds, read back with GET.
    fn statements(&self) -> Vec<serde_json::Value> {
        let config = defuse_core::lrs::Config {
            endpoint: self.endpoint(),
            user: LRS_USER.into(),
            password: defuse_core::lrs::Password::new(LRS_PASSWORD),
            xapi_base: defuse_core::report::xapi::DEFAULT_BASE.into(),
        };
        defuse_core::lrs::Lrs::new(&config, Duration::from_secs(60))
            .statements()
            .unwrap()
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `defuse` with scorecards in `data`, the LRS at `endpoint`, and a config folder of its
/// own (so the machine's lrs.toml never joins in).
fn syncing(data: &Path, endpoint: &str, password: &str) -> Command {
    let mut cmd = defuse();
    cmd.arg("--data-dir")
        .arg(data)
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env("DEFUSE_LRS_ENDPOINT", endpoint)
        .env("DEFUSE_LRS_USER", LRS_USER)
        .env("DEFUSE_LRS_PASSWORD", password)
        .stdin(Stdio::null());
    cmd
}

/// `n` generated scorecards (sessions played by random walks through the bundled
/// scenarios) saved in `data`; returns the ids of all their statements.
fn many_scorecards(data: &Path, n: usize) -> Vec<String> {
    use defuse_core::load::{Catalogue, check_file, scenario_files};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let catalogue = Catalogue::read(&dir).unwrap();
    let stories: Vec<_> = scenario_files(&dir)
        .unwrap()
        .iter()
        .map(|f| std::sync::Arc::new(check_file(f, &catalogue).story.unwrap()))
        .collect();
    let store = defuse_core::store::Store::new(data);
    let end: jiff::Timestamp = "2026-12-01T12:00:00Z".parse().unwrap();
    let mut ids = Vec::new();
    for card in defuse_core::synth::scorecards(&stories, n, 12, end, n as u64) {
        store.save(&card).unwrap();
        for s in
            defuse_core::report::xapi::statements(&card, defuse_core::report::xapi::DEFAULT_BASE)
        {
            ids.push(s["id"].as_str().unwrap().to_owned());
        }
    }
    ids
}

/// Every expected statement is in the LRS exactly once, and nothing else is.
fn assert_landed_once(ralph: &Ralph, expected: &[String]) {
    let held = ralph.statements();
    let mut counts = std::collections::HashMap::<String, usize>::new();
    for s in &held {
        *counts
            .entry(s["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let missing = expected
        .iter()
        .filter(|id| !counts.contains_key(*id))
        .count();
    let doubled = counts.values().filter(|&&c| c > 1).count();
    assert_eq!((missing, doubled), (0, 0), "missing, doubled");
    assert_eq!(held.len(), expected.len());
}

fn lines_in(path: &Path) -> usize {
    std::fs::read_to_string(path).map_or(0, |t| t.lines().count())
}

fn outbox_files(data: &Path) -> usize {
    std::fs::read_dir(data.join("outbox")).map_or(0, |d| {
        d.filter(|e| {
            let name = e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .into_owned();
            name.ends_with(".json") && name != "status.json" && !name.starts_with('.')
        })
        .count()
    })
}

#[test]
fn a_full_sync_lands_every_statement_once() {
    let Some(ralph) = Ralph::start() else { return };
    let data = tempfile::tempdir().unwrap();
    many_scorecards(data.path(), 120);
    // A session played on the command line is queued as it is saved.
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args([
            "play",
            "missed-delivery",
            "--in-file-order",
            "--choices",
            MISSED_DELIVERY_MODEL,
            "--trainee",
            "Anna Kis",
        ])
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("Queued for the learning record store"),
        "{}",
        stderr(&o)
    );
    assert_eq!(outbox_files(data.path()), 1);
    let xapi = with_data(data.path(), &["report", "--format", "xapi"]);
    let all: Vec<serde_json::Value> = serde_json::from_slice(&xapi.stdout).unwrap();
    let expected: Vec<String> = all
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(expected.len() > 800, "{}", expected.len());

    let started = Instant::now();
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--batch", "200"])
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Queued 120 new scorecards."), "{out}");
    assert!(
        out.contains(&format!(
            "Sent {} statements from 121 scorecards",
            expected.len()
        )),
        "{out}"
    );
    assert!(out.contains("Nothing waits"), "{out}");
    eprintln!(
        "synced {} statements in {:.2} s: {:.0} statements/s",
        expected.len(),
        elapsed.as_secs_f64(),
        expected.len() as f64 / elapsed.as_secs_f64()
    );
    assert_landed_once(&ralph, &expected);
    // The same statements as the report, byte for byte where it matters.
    let held = ralph.statements();
    let first = held.iter().find(|s| s["id"] == all[0]["id"]).unwrap();
    assert_eq!(first["verb"], all[0]["verb"]);
    assert_eq!(first["actor"], all[0]["actor"]);
    assert_eq!(outbox_files(data.path()), 0);

    // Syncing again sends nothing and doubles nothing; the status says so.
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .arg("sync")
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(!stdout(&o).contains("Sent"), "{}", stdout(&o));
    assert_landed_once(&ralph, &expected);
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--status"])
        .output()
        .unwrap();
    let status = stdout(&o);
    assert!(
        status.contains("Waiting: 0 statements from 0 scorecards"),
        "{status}"
    );
    assert!(
        status.contains("Last successful send:") && !status.contains("never"),
        "{status}"
    );
    assert!(status.contains("Last error: none"), "{status}");
    assert!(!status.contains(LRS_PASSWORD) && !stderr(&o).contains(LRS_PASSWORD));
}

#[test]
fn a_sync_killed_half_way_then_run_again_misses_and_doubles_nothing() {
    let Some(ralph) = Ralph::start() else { return };
    let data = tempfile::tempdir().unwrap();
    let expected = many_scorecards(data.path(), 200);
    let mut child = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--batch", "10"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches are confirmed and many are not.
    let ledger = data.path().join("outbox/sent.log");
    let started = Instant::now();
    while lines_in(&ledger) < 20 {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the sync did not start sending"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the sync ended before it was killed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let sent = lines_in(&ledger);
    assert!(sent < 200, "killed too late: {sent} of 200 sent");
    assert!(ralph.statements().len() < expected.len());
    // Killed between noting a batch as sent and clearing its files, a card is in both:
    // the ledger keeps it from being sent twice (checked below). None may be in neither.
    assert!(
        outbox_files(data.path()) + sent >= 200,
        "every unconfirmed scorecard waits"
    );

    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .arg("sync")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert_landed_once(&ralph, &expected);
}

#[test]
fn the_lrs_stopped_during_a_sync_then_started_again_gets_everything() {
    let Some(mut ralph) = Ralph::start() else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let expected = many_scorecards(data.path(), 150);

    // Down for longer than the sync waits: a clear message, and the outbox intact.
    ralph.stop();
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--retry-for", "1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "the LRS at {} cannot be reached",
            ralph.endpoint()
        )),
        "{err}"
    );
    assert!(
        err.contains("Nothing was lost") && err.contains("from 150 scorecards wait"),
        "{err}"
    );
    assert_eq!(outbox_files(data.path()), 150);
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--status"])
        .output()
        .unwrap();
    let status = stdout(&o);
    assert!(
        status.contains("cannot be reached") && status.contains("Next automatic try"),
        "{status}"
    );

    // Down in the middle of a sync, back a few seconds later: the sync waits it out.
    ralph.resume();
    let mut child = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        // Generous: on two loaded cores Ralph can take a while to come back.
        .args(["sync", "--batch", "10", "--retry-for", "180"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let ledger = data.path().join("outbox/sent.log");
    let started = Instant::now();
    while lines_in(&ledger) < 10 {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the sync did not start sending"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    ralph.stop();
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the sync gave up instead of waiting"
    );
    ralph.resume();
    let o = child.wait_with_output().unwrap();
    assert!(
        o.status.success(),
        "{}{}\nRalph's log:\n{}",
        stdout(&o),
        stderr(&o),
        ralph.log()
    );
    assert!(stdout(&o).contains("Nothing waits"), "{}", stdout(&o));
    assert_landed_once(&ralph, &expected);
}

#[test]
fn wrong_credentials_give_a_clear_error_and_keep_the_outbox() {
    let Some(ralph) = Ralph::start() else { return };
    let data = tempfile::tempdir().unwrap();
    let expected = many_scorecards(data.path(), 20);
    let wrong = "not-the-Pa55word";
    let o = syncing(data.path(), &ralph.endpoint(), wrong)
        .arg("sync")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("refused the user name or password (HTTP 401)"),
        "{err}"
    );
    assert!(err.contains("--lrs-password"), "{err}");
    assert!(
        !err.contains(wrong) && !stdout(&o).contains(wrong),
        "the password is never shown"
    );
    assert_eq!(outbox_files(data.path()), 20);
    assert!(ralph.statements().is_empty());
    // Nor does --help show the password from the environment.
    let help = syncing(data.path(), &ralph.endpoint(), wrong)
        .args(["sync", "--help"])
        .output()
        .unwrap();
    assert!(!stdout(&help).contains(wrong), "{}", stdout(&help));

    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .arg("sync")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_landed_once(&ralph, &expected);
}

/// `defuse` with scorecards in `data` and no LRS but what `data/config/defuse/lrs.toml` says.
fn unconfigured(data: &Path) -> Command {
    let mut cmd = defuse();
    cmd.arg("--data-dir")
        .arg(data)
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env_remove("DEFUSE_LRS_ENDPOINT");
    cmd
}

#[test]
fn sync_without_an_lrs_or_with_a_broken_config_says_what_to_do() {
    let data = tempfile::tempdir().unwrap();
    let o = unconfigured(data.path()).arg("sync").output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("no learning record store is configured"),
        "{err}"
    );
    assert!(err.contains("config/defuse/lrs.toml"), "{err}");
    // A config file with a mistake is named with its line.
    let config = data.path().join("config/defuse");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("lrs.toml"),
        "endpoint = \"http://127.0.0.1:9/xAPI/\"\nuser = defuse\n",
    )
    .unwrap();
    let o = unconfigured(data.path())
        .args(["sync", "--status"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("lrs.toml") && err.contains("line 2"), "{err}");
    // A complete file is used without any flag.
    std::fs::write(
        config.join("lrs.toml"),
        "endpoint = \"http://127.0.0.1:9/xAPI/\"\nuser = \"defuse\"\npassword = \"x\"\n",
    )
    .unwrap();
    let o = unconfigured(data.path())
        .args(["sync", "--status"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Learning record store: http://127.0.0.1:9/xAPI/ (user defuse)"));
}

#[test]
fn the_window_sends_each_session_to_the_lrs_in_the_background() {
    let Some(ralph) = Ralph::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let endpoint = ralph.endpoint();
    let args = [
        "--data-dir".as_ref(),
        data.path().as_os_str(),
        "--lrs-endpoint".as_ref(),
        endpoint.as_ref(),
        "--lrs-user".as_ref(),
        LRS_USER.as_ref(),
        "--lrs-password".as_ref(),
        LRS_PASSWORD.as_ref(),
        "play".as_ref(),
        "missed-delivery".as_ref(),
        "--gui".as_ref(),
        "--trainee".as_ref(),
        "Anna Kis".as_ref(),
        "--in-file-order".as_ref(),
        "--choices".as_ref(),
        MISSED_DELIVERY_MODEL.as_ref(),
        "--screenshots".as_ref(),
        dir.path().as_os_str(),
    ];
    let Some(o) = in_window(&args) else { return };
    assert!(
        !stderr(&o).contains(LRS_PASSWORD),
        "the password is never logged"
    );
    // Sent while the trainee read the debrief: the LRS has the session, once.
    let xapi = with_data(data.path(), &["report", "--format", "xapi"]);
    let all: Vec<serde_json::Value> = serde_json::from_slice(&xapi.stdout).unwrap();
    let expected: Vec<String> = all
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(!expected.is_empty());
    assert_landed_once(&ralph, &expected);
    assert_eq!(outbox_files(data.path()), 0);
    let shot = dir.path().join("10-manager.png");
    assert_not_blank(&shot);
    keep(&shot, "lrs-synced-manager.png");
}

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
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("`nowhere` is not a decision in missed-delivery"),
        "{}",
        stderr(&o)
    );
    let o = run(&["score"]);
    assert_eq!(o.status.code(), Some(1));
    // The agreement table over the evaluation set.
    let o = run(&["score", "--eval", "tests/eval"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("held-out"), "{}", stdout(&o));
}

#[test]
fn a_statement_the_lrs_rejects_is_named_and_kept_while_the_rest_land() {
    let Some(ralph) = Ralph::start() else { return };
    let data = tempfile::tempdir().unwrap();
    let expected = many_scorecards(data.path(), 30);
    // Queue everything (the LRS is not reachable on port 9), then spoil one statement.
    let o = syncing(data.path(), "http://127.0.0.1:9/xAPI/", LRS_PASSWORD)
        .args(["sync", "--retry-for", "0"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let mut files: Vec<PathBuf> = std::fs::read_dir(data.path().join("outbox"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("status.json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 30);
    let spoiled = &files[17];
    let mut statements: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(spoiled).unwrap()).unwrap();
    let bad_id = statements[0]["id"].as_str().unwrap().to_owned();
    // A statement without an actor is invalid in xAPI.
    statements[0].as_object_mut().unwrap().remove("actor");
    std::fs::write(spoiled, serde_json::to_vec(&statements).unwrap()).unwrap();

    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--batch", "100"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    let name = spoiled.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        err.contains(&name) && err.contains("rejected the statements"),
        "{err}"
    );
    assert!(err.contains("It stays in the outbox"), "{err}");
    assert_eq!(outbox_files(data.path()), 1);
    // Everything else landed, once; the spoiled scorecard's statements did not.
    let spoiled_ids: Vec<String> = statements
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    let rest: Vec<String> = expected
        .into_iter()
        .filter(|id| !spoiled_ids.contains(id))
        .collect();
    assert_landed_once(&ralph, &rest);
    assert!(
        !ralph
            .statements()
            .iter()
            .any(|s| s["id"] == bad_id.as_str())
    );
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--status"])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("rejected the statements"),
        "{}",
        stdout(&o)
    );
}

/// `defuse play` with these lines piped in as the trainee's typing.
fn play_typing(args: &[&str], typed: &str) -> Output {
    let mut child = defuse()
        .arg("play")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(typed.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
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
        out.contains("None of the replies comes close enough (0 % alike at most): Tamás Varga"),
        "{out}"
    );
    // The neutral reaction is one of the scenario's lines.
    assert!(
        out.contains("“Sorry, what? I've got a meeting at half nine.")
            || out.contains("“I didn't catch that."),
        "{out}"
    );
    // The model reply, second in the file.
    assert!(out.contains("Taken as reply 2 ("), "{out}");
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
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("this decision wants the trainee's own words"),
        "{}",
        stderr(&o)
    );
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
        stdout(&o).contains("A(z) 2. válaszként értelmezve"),
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
    }
}

/// The replies `play` lists at the first decision, in the order shown.
fn first_listing(out: &str) -> Vec<String> {
    out.lines()
        .skip_while(|l| !l.trim_start().starts_with("1. "))
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| {
            let l = l.trim_start();
            l.split_once(". ")
                .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
        })
        .map(|l| l.trim_start().split_once(". ").unwrap().1.to_owned())
        .collect()
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
fn stats_shows_the_naive_players_and_which_decisions_teach_each_principle() {
    let o = run(&["stats", "cafe-long-wait"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(
            "Naive players (100 seeds) pass: always the first shown 0 % · always the longest 0 % · always the shortest 0 %"
        ),
        "{out}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["stats", "cafe-long-wait", "--json"]))).unwrap();
    assert_eq!(json["naive_players"].as_array().unwrap().len(), 4);
    assert!(json["content"]["second_defensible"].as_u64().unwrap() >= 4);

    let o = run(&["stats", "--principles"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("let-them-finish"), "{out}");
    assert!(!out.contains("taught by no best reply"), "{out}");

    // A folder where one scenario teaches only some principles: named, and exit 1.
    let dir = tempfile::tempdir().unwrap();
    for file in ["principles.ron", "cafe-long-wait.ron"] {
        std::fs::copy(Path::new("scenarios").join(file), dir.path().join(file)).unwrap();
    }
    let o = in_folder(dir.path(), &["stats", "--principles"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("taught by no best reply"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("principles are taught by no best reply"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_path_played_is_recorded_as_the_playtest_the_scenario_carries() {
    let text = std::fs::read_to_string("scenarios/cafe-long-wait.ron").unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("(name: \"the model path\""))
        .expect("the scenario has a model path playtest")
        .trim()
        .to_owned();
    let replies = line
        .split("replies: [")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap()
        .replace(' ', "");
    let o = run(&[
        "play",
        "cafe-long-wait",
        "--in-file-order",
        "--choices",
        &replies,
        "--record-playtest",
        "the model path",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let recorded = stdout(&o).lines().last().unwrap().trim().to_owned();
    assert_eq!(recorded, line);
}

#[test]
fn the_readme_example_scenario_validates_and_its_playtests_hold() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme
        .find("```ron\n// Comments start with two slashes.")
        .expect("the README's example scenario");
    let body = &readme[start + "```ron\n".len()..];
    let example = &body[..body.find("```").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("parcel-where.ron"), example).unwrap();
    std::fs::copy(
        "scenarios/principles.ron",
        dir.path().join("principles.ron"),
    )
    .unwrap();
    let o = defuse()
        .arg("--scenarios")
        .arg(dir.path())
        .args(["validate", "--json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // Nothing wrong in the scenario itself (its translations are not written yet).
    for line in stdout(&o).lines() {
        assert!(!line.contains("parcel-where.ron"), "{line}");
    }
}

#[test]
fn a_trainer_starts_lists_and_checks_a_scenario_by_id() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "scenarios/principles.ron",
        dir.path().join("principles.ron"),
    )
    .unwrap();
    let with = |args: &[&str]| in_folder(dir.path(), args);
    let o = with(&["new", "bike-repair"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("bike-repair.ron"), "{}", stdout(&o));
    // The template validates (its playtests hold) and plays to a passing end.
    let o = with(&["validate", "bike-repair"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("0 errors"), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("all 4 playtests held"),
        "{}",
        stdout(&o)
    );
    // Three decisions are few: a lucky naive player passes now and then, and stats says
    // how to replay one such run.
    let stats = stdout(&with(&["stats", "bike-repair"]));
    let replay = stats
        .lines()
        .find(|l| l.contains("replays it"))
        .expect(&stats)
        .to_owned();
    let seed = replay
        .split("--seed ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    let choices = replay
        .split("--choices ")
        .nth(1)
        .unwrap()
        .split('`')
        .next()
        .unwrap();
    let o = with(&["play", "bike-repair", "--seed", seed, "--choices", choices]);
    assert!(stdout(&o).contains("pass (pass mark 75)"), "{}", stdout(&o));
    let model = model_path_in(&dir.path().join("bike-repair.ron"));
    let o = with(&[
        "play",
        "bike-repair",
        "--in-file-order",
        "--choices",
        &model,
    ]);
    assert!(stdout(&o).contains("pass (pass mark 75)"), "{}", stdout(&o));
    // Not twice, and not with an id that cannot be one.
    let o = with(&["new", "bike-repair"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("exists already"), "{}", stderr(&o));
    assert_eq!(with(&["new", "9 lives"]).status.code(), Some(1));
    // The list: title, decisions, endings and translations.
    let o = with(&["list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let row = stdout(&o)
        .lines()
        .find(|l| l.starts_with("bike-repair"))
        .map(str::to_owned)
        .expect("listed");
    assert!(row.contains("The repair that was promised"), "{row}");
    assert!(row.contains("source") && row.contains("0%"), "{row}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&with(&["list", "--json"]))).unwrap();
    assert_eq!(json[0]["decisions"], 3);
    assert_eq!(json[0]["endings"], 3);
    // An unknown id is named with the ones there are.
    let o = with(&["validate", "bike-repiar"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("scenarios found: bike-repair"),
        "{}",
        stderr(&o)
    );
}

/// The first passing playtest of a scenario file, as `--choices`.
fn model_path_in(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("(name: ") && l.contains("passes: true"))
        .expect("a playtest that passes");
    line.split("replies: [")
        .nth(1)
        .and_then(|r| r.split(']').next())
        .unwrap()
        .replace(' ', "")
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

/// Chromium, headless, as the HTML tests run it; `None` (a skip) where it is missing.
fn headless_chromium(args: &[String]) -> Option<Output> {
    let Some(chromium) = which("chromium").or_else(|| which("chromium-browser")) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install chromium (see .ci/run)"
        );
        eprintln!("skipped: chromium not found; .ci/run installs it and runs this test");
        return None;
    };
    let profile = tempfile::tempdir().unwrap();
    let o = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1400,900",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Some(o)
}

#[test]
fn the_graph_page_in_a_real_browser_with_what_trainees_did() {
    let data = tempfile::tempdir().unwrap();
    a_team(data.path());
    let page = data.path().join("graph.html");
    let o = with_data(
        data.path(),
        &[
            "graph",
            "missed-delivery",
            "--format",
            "html",
            "-o",
            page.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = std::fs::read_to_string(&page).unwrap();
    // One page, nothing fetched from anywhere.
    assert!(
        !html.contains("<script src") && !html.contains("<link"),
        "self-contained"
    );
    assert!(
        html.contains("Overlaid: what trainees did in 2 sessions"),
        "overlay"
    );
    // Without a data folder named, no overlay.
    let plain = run(&["graph", "missed-delivery", "--format", "html"]);
    assert!(!stdout(&plain).contains("Overlaid"));

    let url = |hash: &str| format!("file://{}#{hash}", page.display());
    // A click on a node shows its lines and replies (selected here through the address).
    let Some(o) = headless_chromium(&["--dump-dom".into(), url("select=opening")]) else {
        return;
    };
    let dom = stdout(&o);
    assert!(dom.contains("class=\"reply\""), "{dom}");
    assert!(
        dom.contains("chosen by trainees: "),
        "the overlay counts replies"
    );
    // An ending says how many sessions ended there; search finds a node by part of its id.
    let Some(o) = headless_chromium(&["--dump-dom".into(), url("select=resolved")]) else {
        return;
    };
    assert!(
        stdout(&o).contains("sessions that ended here: 1"),
        "{}",
        stdout(&o)
    );
    let Some(o) = headless_chromium(&["--dump-dom".into(), url("search=saturday")]) else {
        return;
    };
    assert!(
        stdout(&o).contains("<h2>saturday-doubt</h2>"),
        "{}",
        stdout(&o)
    );
    // Drawn: boxes, coloured edges, the panel.
    let shot = data.path().join("graph.png");
    let Some(o) = headless_chromium(&[
        format!("--screenshot={}", shot.display()),
        url("select=opening"),
    ]) else {
        return;
    };
    assert!(shot.exists(), "chromium made no picture:\n{}", stderr(&o));
    let (width, height, pixels) = read_png(&shot);
    assert_eq!((width, height), (1400, 900));
    let green = pixels
        .iter()
        .filter(|p| p[1] > 100 && p[0] < 90 && p[2] < 90)
        .count();
    assert!(green > 200, "only {green} green pixels: no edges drawn?");
    keep(&shot, "graph-page.png");
}

/// Waits (up to two minutes) until `file` exists.
fn wait_for(file: &Path) -> bool {
    let started = Instant::now();
    while !file.exists() {
        if started.elapsed() > Duration::from_secs(120) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    true
}

#[test]
fn live_preview_reloads_an_edited_scenario_and_shows_a_broken_one() {
    if !cfg!(feature = "gui") {
        return;
    }
    let Some(xvfb_run) = which("xvfb-run") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install xvfb (see .ci/run)"
        );
        eprintln!("skipped: xvfb-run not found; .ci/run installs it and runs this test");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let scenarios = dir.path().join("scenarios");
    let shots = dir.path().join("shots");
    std::fs::create_dir_all(&scenarios).unwrap();
    for file in ["principles.ron", "cafe-long-wait.ron"] {
        std::fs::copy(Path::new("scenarios").join(file), scenarios.join(file)).unwrap();
    }
    let scenario = scenarios.join("cafe-long-wait.ron");
    let child = Command::new(xvfb_run)
        .args(["-a", "-s", "-screen 0 1920x1080x24"])
        .arg(env!("CARGO_BIN_EXE_defuse"))
        .arg("--scenarios")
        .arg(&scenarios)
        .args(["--locales", "locales", "--lang", "en"])
        .args([
            "play",
            "cafe-long-wait",
            "--gui",
            "--watch",
            "--reloads",
            "2",
        ])
        .args(["--in-file-order", "--choices", "2", "--screenshots"])
        .arg(&shots)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The trainer edits the line the customer is about to say again, and saves.
    assert!(
        wait_for(&shots.join("04-reply-1.png")),
        "the first reply was not played"
    );
    std::thread::sleep(Duration::from_secs(1));
    let text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(
        &scenario,
        text.replace("Fine. It's a ten-minute walk", "EDITED. A ten-minute walk"),
    )
    .unwrap();
    assert!(
        wait_for(&shots.join("05-reload-1.png")),
        "no reload after the edit"
    );
    // Then saves a mistake: the window stays, and says what is wrong and where.
    std::thread::sleep(Duration::from_secs(1));
    let text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(
        &scenario,
        text.replacen("next: \"while-making\"", "next: \"while-makin\"", 1),
    )
    .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "exit {:?}\n{}", o.status, stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("going on at `while-making`, mood -15"),
        "{out}"
    );
    assert!(
        out.contains("cafe-long-wait.ron:72:27: error: `while-makin` is not a node"),
        "{out}"
    );
    for name in ["05-reload-1.png", "06-reload-2.png"] {
        assert_not_blank(&shots.join(name));
        keep(&shots.join(name), &format!("watch-{name}"));
    }
    // The banner over the screen is red: the problem is shown in the window, not only here.
    let (_, _, pixels) = read_png(&shots.join("06-reload-2.png"));
    let red = pixels
        .iter()
        .filter(|p| p[0] > 130 && p[1] < 50 && p[2] < 50)
        .count();
    assert!(red > 20_000, "only {red} red pixels: no problem banner?");
}

#[path = "end_to_end/voice.rs"]
mod voice;

#[path = "end_to_end/xinput.rs"]
mod xinput;

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
