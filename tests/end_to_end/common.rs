//! What every end-to-end test shares: running `defuse`, the bundled scenarios' model paths,
//! a team of saved sessions, and the real-window and browser harnesses.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn defuse() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_defuse"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env("NO_COLOR", "1");
    // English unless a test asks for another language, whatever the machine's locale.
    cmd.env("DEFUSE_LANG", "en");
    // The manager's passphrase (set on first use in each test's data folder).
    cmd.env("DEFUSE_MANAGER_PASSPHRASE", MANAGER_PASSPHRASE);
    cmd
}

/// The manager passphrase every test's `report` and `trainee` run with.
pub const MANAGER_PASSPHRASE: &str = "the team's own door";

pub fn run(args: &[&str]) -> Output {
    defuse().args(args).stdin(Stdio::null()).output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The command failed (exit 1) and said `text` on standard error.
pub fn fails_saying(o: &Output, text: &str) {
    assert_eq!(o.status.code(), Some(1), "{}", stderr(o));
    assert!(stderr(o).contains(text), "{}", stderr(o));
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The model path of `missed-delivery`, in the file's order (checked against the scenario's
/// own playtest below), for the many tests that need a finished, passed session.
pub const MISSED_DELIVERY_MODEL: &str = "2,3,4,2,3,3";

/// `play` of `missed-delivery` along its model path, seed 5: a finished, passed session.
pub const MODEL_PLAY: [&str; 7] = [
    "play",
    "missed-delivery",
    "--in-file-order",
    "--choices",
    MISSED_DELIVERY_MODEL,
    "--seed",
    "5",
];

/// The same model path as a trainee plays it, replies shuffled (seed 5): the numbers as
/// shown. A session played `--in-file-order` is a trainer's practice run, which reports
/// keep out of pass rates; this one counts.
pub const TRAINEE_PLAY: [&str; 6] = [
    "play",
    "missed-delivery",
    "--choices",
    "1,2,2,3,4,3",
    "--seed",
    "5",
];

/// `play` of `cafe-long-wait` with one reply: the replies run out, the session is left.
pub const CAFE_LEFT: [&str; 4] = ["play", "cafe-long-wait", "--choices", "1"];

/// `args` after `before`, e.g. `MODEL_PLAY` with a trainee.
pub fn with<'a>(before: &[&'a str], args: &[&'a str]) -> Vec<&'a str> {
    [before, args].concat()
}

/// The seed of the scripted window runs.
pub const WINDOW_SEED: u64 = 3;

/// Replies given in the file's order (`2,3,4`) as the numbers a session with `seed` shows
/// them under, for scripts that run shuffled as a trainee would.
pub fn as_shown(scenario: &str, seed: u64, in_file: &str) -> String {
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
pub fn model_path(scenario: &str) -> String {
    model_path_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenarios/{scenario}.ron")))
}

/// The value of message `id` in a translation file, as a translator wrote it.
pub fn message(file: &str, id: &str) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("no {id} in {file}"))
        .to_owned()
}

/// Whether a tool a test needs is here; where it is not, the test is skipped with a note,
/// except in CI, which must install it (`.ci/run`).
pub fn needed(found: bool, what: &str, install: &str) -> bool {
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
pub fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    })
}

/// Runs `defuse ARGS` under Xvfb in a real window, or returns `None` (with a note) on a
/// machine without Xvfb. In CI a missing Xvfb is a failure, not a skip.
pub fn in_window(args: &[&std::ffi::OsStr]) -> Option<Output> {
    in_window_with(args, &[])
}

/// The same, with these environment variables set for the program.
pub fn in_window_with(args: &[&std::ffi::OsStr], envs: &[(&str, &Path)]) -> Option<Output> {
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
        // The manager's review opens as it would for a manager who knows the passphrase.
        .env("DEFUSE_MANAGER_PASSPHRASE", MANAGER_PASSPHRASE)
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
pub fn assert_not_blank(path: &Path) {
    assert_not_blank_at(path, (1280, 720));
}

pub fn assert_not_blank_at(path: &Path, size: (u32, u32)) {
    let (width, height, pixels) = read_png(path);
    assert_eq!((width, height), size, "{}", path.display());
    let dark = pixels.iter().filter(|p| p.iter().all(|&c| c < 90)).count();
    let distinct: std::collections::HashSet<[u8; 3]> = pixels.iter().copied().collect();
    // A blank or unstyled screen has next to none; the sparsest real screen (the
    // manager's table of two trainees in 15 px text) about 1,700.
    assert!(
        dark > 1_200,
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
pub fn keep(path: &Path, name: &str) {
    let kept = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::copy(path, &kept).unwrap();
    eprintln!("screenshot kept at {}", kept.display());
}

/// Width, height and RGB pixels of a PNG.
pub fn read_png(path: &Path) -> (u32, u32, Vec<[u8; 3]>) {
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

/// `defuse` on the scenarios in `folder`.
pub fn in_folder(folder: &Path, args: &[&str]) -> Output {
    defuse()
        .arg("--scenarios")
        .arg(folder)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// `defuse` with its scorecards in `data`.
pub fn with_data(data: &Path, args: &[&str]) -> Output {
    defuse()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub fn scorecard_files(data: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data.join("scorecards"))
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// Three sessions by two trainees, one of them abandoned, and a damaged file.
pub fn a_team(data: &Path) {
    let anna = with(&TRAINEE_PLAY, &["--trainee", "Anna Kis"]);
    let plays: [&[&str]; 3] = [
        &anna,
        &with(&CAFE_LEFT, &["--trainee", "Anna Kis"]),
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

/// `defuse play` with these lines piped in as the trainee's typing.
pub fn play_typing(args: &[&str], typed: &str) -> Output {
    let mut cmd = defuse();
    cmd.arg("play").args(args);
    with_stdin(cmd, typed)
}

/// Runs `cmd` with `typed` on its standard input.
pub fn with_stdin(mut cmd: Command, typed: &str) -> Output {
    let mut child = cmd
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

/// The replies `play` lists at the first decision, in the order shown.
pub fn first_listing(out: &str) -> Vec<String> {
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

/// The first passing playtest of a scenario file, as `--choices`.
pub fn model_path_in(file: &Path) -> String {
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

/// Chromium, headless, as the HTML tests run it; `None` (a skip) where it is missing.
pub fn headless_chromium(args: &[String]) -> Option<Output> {
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
        ])
        .args(
            (!args.iter().any(|a| a.starts_with("--window-size")))
                .then_some("--window-size=1400,900"),
        )
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Some(o)
}

/// Waits (up to two minutes) until `file` exists.
pub fn wait_for(file: &Path) -> bool {
    let started = Instant::now();
    while !file.exists() {
        if started.elapsed() > Duration::from_secs(120) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    true
}
