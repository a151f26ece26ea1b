//! The trainer window under Xvfb: the scenario list, a scripted playthrough, live preview.

use crate::common::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

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
            // Kept first, so that a failing screen can be looked at.
            keep(&path, &format!("{lang}-{name}"));
            if name.ends_with("settings.png") {
                // Mostly light buttons and grey text: only the size is checked.
                assert_eq!(read_png(&path).0, 1280, "{name}");
            } else {
                assert_not_blank(&path);
            }
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
    let line = 1 + text
        .lines()
        .position(|l| l.contains("next: \"while-making\""))
        .unwrap();
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
        out.contains(&format!(
            "cafe-long-wait.ron:{line}:27: error: `while-makin` is not a node"
        )),
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

#[test]
fn the_window_numbers_replies_from_one_as_the_terminal_does() {
    let o = run(&["play", "cafe-long-wait", "--gui", "--choices", "2,0"]);
    fails_saying(&o, "reply numbers start at 1, but choice 2 is 0");
}
