//! The trainer's commands: `validate`, `stats`, `graph`, `extract`, `list`, `new`.

use crate::common::*;
use std::path::Path;

#[test]
fn validate_passes_the_bundled_scenarios() {
    let o = run(&["validate"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Not even a warning: a stale translation or a wording read as another reply is
    // something a trainer would have to mend.
    assert!(
        stdout(&o).contains("0 errors, 0 warnings"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
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
    fails_saying(&o, "missing-target.ron:41:27]");
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
    fails_saying(&o, "scenarios found: bike-repair");
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

/// Every message id the command line or the window asks for is in its own Fluent file or
/// the core's, in every shipped language: the core embeds only its own words.
#[test]
fn each_front_end_finds_its_words_in_its_own_file_or_the_cores() {
    use std::collections::BTreeSet;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ids_in = |file: &Path| -> BTreeSet<String> {
        std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_owned()))
            .filter(|id| {
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .collect()
    };
    fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    for lang in ["en", "hu", "pl", "he"] {
        let locales = root.join("locales").join(lang);
        let core = ids_in(&locales.join("defuse.ftl"));
        let all: BTreeSet<String> = ["defuse.ftl", "cli.ftl", "window.ftl"]
            .iter()
            .flat_map(|f| ids_in(&locales.join(f)))
            .collect();
        for (front, file) in [("src/cli", "cli.ftl"), ("src/app", "window.ftl")] {
            let own = ids_in(&locales.join(file));
            let mut files = Vec::new();
            sources(&root.join(front), &mut files);
            for source in files {
                let text = std::fs::read_to_string(&source).unwrap();
                // Every string literal that names a message of any interface file.
                for literal in text.split('"').skip(1).step_by(2) {
                    if all.contains(literal) {
                        assert!(
                            own.contains(literal) || core.contains(literal),
                            "{}: `{literal}` is in neither locales/{lang}/{file} nor defuse.ftl",
                            source.display()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_wording_that_reads_as_another_reply_is_warned_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "scenarios/principles.ron",
        dir.path().join("principles.ron"),
    )
    .unwrap();
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let with = |args: &[&str]| {
        let mut all = vec!["--locales", locales.to_str().unwrap()];
        all.extend_from_slice(args);
        in_folder(dir.path(), &all)
    };
    assert_eq!(with(&["new", "bike-repair"]).status.code(), Some(0));
    // The template's wordings each say their own reply's move (its translations are not
    // written yet: a warning for each language).
    let o = with(&["validate", "bike-repair"]);
    assert!(
        stdout(&o).contains("0 errors, 3 warnings"),
        "{}",
        stdout(&o)
    );
    assert!(!stderr(&o).contains("reads as"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("has no hu translation yet"),
        "{}",
        stderr(&o)
    );
    // A trainer adds, under the apology, words that ask for the ticket number as the
    // third reply does.
    let file = dir.path().join("bike-repair.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "\"Sorry, we broke our Friday promise.\",",
        "\"Sorry, we broke our Friday promise.\",\n                        \"Let me look that up, what's your ticket number?\",",
        1,
    );
    std::fs::write(&file, &text).unwrap();
    let line = 1 + text
        .lines()
        .position(|l| l.contains("what's your ticket number?"))
        .unwrap();
    let o = with(&["validate", "bike-repair"]);
    // A warning, not an error: the scenario still plays.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(
        said.contains("⚠ wording 3 of reply 2 at `opening` reads as reply 3"),
        "{said}"
    );
    assert!(
        said.contains(&format!("bike-repair.ron:{line}:25]")),
        "{said}"
    );
    assert!(
        stdout(&o).contains("0 errors, 4 warnings"),
        "{}",
        stdout(&o)
    );
    // An empty wording is an error at its place: the scenario does not play until mended.
    std::fs::write(
        &file,
        text.replacen("\"Sorry, we broke our Friday promise.\",", "\"  \",", 1),
    )
    .unwrap();
    let o = with(&["validate", "bike-repair"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stderr(&o).contains("another wording of the reply is empty"),
        "{}",
        stderr(&o)
    );
}
