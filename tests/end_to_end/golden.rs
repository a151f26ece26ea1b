//! The command line's output on the bundled scenarios, byte for byte: `play`, `score`,
//! `stats` and `report` say exactly what they said before, whatever is restructured
//! underneath. Each case is kept in `tests/golden/cli/<case>.txt` (exit code, standard
//! output, standard error). After an intended change, `DEFUSE_BLESS=1 cargo test golden`
//! rewrites the files; `git diff` then shows what changed.

use crate::common::*;
use std::path::Path;
use std::process::{Output, Stdio};
use std::sync::Arc;

fn golden_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/cli")
}

/// A team's folder made the same way on every run: 24 generated sessions of 4 trainees,
/// with fixed ids and times.
fn team(data: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let catalogue = defuse_core::Catalogue::read(&root).unwrap();
    let stories: Vec<_> = defuse_core::load::scenario_files(&root)
        .unwrap()
        .iter()
        .map(|f| Arc::new(defuse_core::load_story(f, &catalogue).unwrap()))
        .collect();
    let end: jiff::Timestamp = "2026-12-01T12:00:00Z".parse().unwrap();
    let store = defuse_core::store::Store::new(data);
    for card in defuse_core::synth::scorecards(&stories, 24, 4, end, 7) {
        store.save(&card).unwrap();
    }
}

fn shown(o: &Output, data: Option<&Path>) -> String {
    let mut text = format!(
        "exit: {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        stdout(o),
        stderr(o)
    );
    if let Some(data) = data {
        text = text.replace(&data.display().to_string(), "<DATA>");
    }
    text
}

/// Every case: its name and what the command printed.
fn cases() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut case = |name: &str, args: &[&str]| {
        let o = run(args);
        out.push((name.to_owned(), shown(&o, None)));
    };
    for scenario in [
        "agent-never-called",
        "cafe-long-wait",
        "haircut-on-purpose",
        "missed-delivery",
        "phone-bill-charges",
        "salon-running-late",
    ] {
        let model = model_path(scenario);
        let mut args = vec!["play", scenario, "--in-file-order", "--seed", "1"];
        // A decision that wants own words takes no number: the model reply, typed.
        let typed = typed_decision(scenario);
        for (k, reply) in model.split(',').enumerate() {
            args.push("--reply");
            args.push(match typed {
                Some((at, words)) if at == k => words,
                _ => reply,
            });
        }
        case(&format!("play-{scenario}"), &args);
    }
    for lang in ["hu", "pl", "he"] {
        case(
            &format!("play-missed-delivery-{lang}"),
            &[
                "--lang",
                lang,
                "play",
                "missed-delivery",
                "--choices",
                "2,1,3,1,2,4,1,2",
                "--seed",
                "4",
            ],
        );
    }
    case(
        "play-from-a-node",
        &[
            "play",
            "missed-delivery",
            "--from",
            "opening",
            "--mood",
            "-20",
            "--choices",
            "1,1,1",
            "--seed",
            "2",
        ],
    );
    case(
        "play-bad-choice",
        &["play", "cafe-long-wait", "--choices", "9", "--seed", "3"],
    );
    case(
        "score-en",
        &[
            "score",
            "--customer",
            "My washing machine was due two weeks ago and nobody called!",
            "I'm sorry, two weeks with no washing machine and no call. I'll ring the depot now and call you back by 3.",
        ],
    );
    case(
        "score-en-json",
        &[
            "score",
            "--json",
            "--scenario",
            "cafe-long-wait",
            "--node",
            "opening",
            "Calm down, it's busy.",
        ],
    );
    case(
        "score-pl",
        &[
            "--lang",
            "pl",
            "score",
            "--scenario",
            "missed-delivery",
            "--node",
            "opening",
            "Przepraszam, sprawdzę to teraz i oddzwonię do 15:00.",
        ],
    );
    case(
        "score-he",
        &[
            "--lang",
            "he",
            "score",
            "--scenario",
            "cafe-long-wait",
            "--node",
            "opening",
            "אני מצטער שחיכית. אני מכין לך את הקפה עכשיו.",
        ],
    );
    case("stats", &["stats", "haircut-on-purpose"]);
    // Typed replies, then numbers, in a seeded session.
    let typed = with_stdin(
        {
            let mut cmd = defuse();
            cmd.args(["play", "cafe-long-wait", "--seed", "1"]);
            cmd
        },
        "Tamás, I'm so sorry, you've waited half an hour. I'll make your flat white myself right now.\n1\n1\n1\n1\n1\n1\n1\n1\n",
    );
    out.push(("play-typed".to_owned(), shown(&typed, None)));

    let dir = tempfile::tempdir().unwrap();
    team(dir.path());
    for (name, args) in [
        ("report-table", vec!["report"]),
        ("report-csv", vec!["report", "--format", "csv"]),
        ("report-html", vec!["report", "--format", "html"]),
        ("report-json", vec!["report", "--format", "json"]),
        ("report-xapi", vec!["report", "--format", "xapi"]),
        (
            "report-anna",
            vec!["report", "--trainee", "anna kis", "--since", "2026-06-01"],
        ),
        ("report-hu", vec!["--lang", "hu", "report"]),
    ] {
        let o = defuse()
            .env("TZ", "UTC")
            .arg("--data-dir")
            .arg(dir.path())
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        out.push((name.to_owned(), shown(&o, Some(dir.path()))));
    }
    out
}

#[test]
fn the_command_lines_output_is_what_it_was() {
    let dir = golden_dir();
    let bless = std::env::var_os("DEFUSE_BLESS").is_some();
    let mut changed = Vec::new();
    for (name, text) in cases() {
        let file = dir.join(format!("{name}.txt"));
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&file, &text).unwrap();
            continue;
        }
        let kept = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("{}: {e} (DEFUSE_BLESS=1 writes it)", file.display()));
        if kept != text {
            let line = kept
                .lines()
                .zip(text.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(kept.lines().count().min(text.lines().count()));
            changed.push(format!(
                "{name}: first difference at line {}:\n  kept: {:?}\n  now:  {:?}",
                line + 1,
                kept.lines().nth(line).unwrap_or(""),
                text.lines().nth(line).unwrap_or("")
            ));
        }
    }
    assert!(changed.is_empty(), "{}", changed.join("\n"));
}

/// Where a scenario's model path meets a decision that wants own words (0-based), and the
/// model reply's words to type there.
fn typed_decision(scenario: &str) -> Option<(usize, &'static str)> {
    match scenario {
        "haircut-on-purpose" => Some((
            4,
            "I'm sorry it doesn't feel like you yet, with the wedding so close. The bill stands, but Dóra will soften it for free.",
        )),
        _ => None,
    }
}
