//! The window driven as a person drives it: real X input events (xdotool: clicks, the
//! wheel, keys, typing) into the trainer under Xvfb at 1280×720, in English and Hebrew,
//! with pictures of the screen before and after (xwd). Skipped where Xvfb, xdotool or
//! xwd is missing; `.ci/run` installs them and checks that this ran.

use crate::common::MANAGER_PASSPHRASE;
use crate::common::{a_team, needed, scorecard_files, which};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// An X server of the test's own, and the trainer in it.
struct Screen {
    display: String,
    xvfb: Child,
    app: Option<Child>,
    shots: PathBuf,
}

impl Drop for Screen {
    fn drop(&mut self) {
        if let Some(app) = &mut self.app {
            let _ = app.kill();
            let _ = app.wait();
        }
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

impl Screen {
    /// An X server on the first free display from `from`.
    fn start(from: u32, shots: &Path) -> Screen {
        let free = |n: &u32| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        };
        let number = (from..from + 200).find(free).expect("a free X display");
        let display = format!(":{number}");
        let xvfb = Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x720x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        let started = Instant::now();
        while !socket.exists() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "Xvfb did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Screen {
            display,
            xvfb,
            app: None,
            shots: shots.to_owned(),
        }
    }

    fn xdotool(&self, args: &[&str]) {
        let ok = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .status()
            .unwrap()
            .success();
        assert!(ok, "xdotool {args:?}");
    }

    fn wait(&self, seconds: f32) {
        std::thread::sleep(Duration::from_secs_f32(seconds));
    }

    /// A click where a person would click: move there, let the window see the pointer,
    /// press.
    fn click(&self, x: u32, y: u32) {
        self.xdotool(&["mousemove", &x.to_string(), &y.to_string()]);
        self.wait(0.4);
        self.xdotool(&["click", "1"]);
        self.wait(0.6);
    }

    fn key(&self, key: &str) {
        self.xdotool(&["key", key]);
        self.wait(0.4);
    }

    /// Types `text` as a person would, a key at a time.
    fn type_text(&self, text: &str) {
        self.xdotool(&["type", "--delay", "60", text]);
        self.wait(0.4);
    }

    /// Clicks until the screen shows something else than `before` (a loaded machine may
    /// miss the pointer's first arrival), and returns the new picture.
    fn click_until_changed(&self, x: u32, y: u32, before: &[[u8; 3]], name: &str) -> Vec<[u8; 3]> {
        for _ in 0..3 {
            self.click(x, y);
            self.wait(1.0);
            let now = self.shot(name);
            if changed(before, &now) > 0.05 {
                return now;
            }
        }
        panic!("clicking at ({x}, {y}) changed nothing ({name})");
    }

    /// The wheel turned `notches` towards the reader (down) over (x, y).
    fn wheel_down(&self, x: u32, y: u32, notches: usize) {
        self.xdotool(&["mousemove", &x.to_string(), &y.to_string()]);
        self.wait(0.3);
        for _ in 0..notches {
            self.xdotool(&["click", "5"]);
        }
        self.wait(0.8);
    }

    /// A picture taken once the screen has moved on from `before` (a loaded machine may
    /// draw late); the last picture when it has not after a few seconds.
    fn shot_changed(&self, before: &[[u8; 3]], name: &str) -> Vec<[u8; 3]> {
        let mut now = self.shot(name);
        for _ in 0..8 {
            if changed(before, &now) > 0.2 {
                break;
            }
            self.wait(0.5);
            now = self.shot(name);
        }
        now
    }

    /// A picture of the whole screen, kept as PNG; its pixels.
    fn shot(&self, name: &str) -> Vec<[u8; 3]> {
        // The window redraws on input: a small pointer move makes sure the last change
        // has been drawn.
        self.xdotool(&["mousemove_relative", "1", "1"]);
        self.wait(0.6);
        let out = Command::new("xwd")
            .args(["-root", "-silent", "-display", &self.display])
            .output()
            .unwrap();
        assert!(out.status.success(), "xwd failed");
        let (width, height, pixels) = xwd_pixels(&out.stdout);
        let path = self.shots.join(format!("{name}.png"));
        write_png(&path, width, height, &pixels);
        crate::common::keep(&path, &format!("x-{name}.png"));
        pixels
    }
}

/// The pixels of an XWD screen dump (TrueColor, 24 or 32 bits per pixel).
fn xwd_pixels(data: &[u8]) -> (u32, u32, Vec<[u8; 3]>) {
    let field = |k: usize| u32::from_be_bytes(data[k * 4..k * 4 + 4].try_into().unwrap());
    let (header, width, height) = (field(0) as usize, field(4), field(5));
    let (lsb_first, bits, line) = (field(7) == 0, field(11) as usize, field(12) as usize);
    let masks = [field(14), field(15), field(16)];
    let colours = field(19) as usize;
    let start = header + colours * 12;
    let bytes = bits / 8;
    let mut pixels = Vec::with_capacity((width * height) as usize);
    for y in 0..height as usize {
        for x in 0..width as usize {
            let at = start + y * line + x * bytes;
            let raw = &data[at..at + bytes];
            let mut word = [0u8; 4];
            word[..bytes].copy_from_slice(raw);
            let v = if lsb_first {
                u32::from_le_bytes(word)
            } else {
                u32::from_be_bytes(word) >> (8 * (4 - bytes))
            };
            let channel = |mask: u32| ((v & mask) >> mask.trailing_zeros()) as u8;
            pixels.push([channel(masks[0]), channel(masks[1]), channel(masks[2])]);
        }
    }
    (width, height, pixels)
}

fn write_png(path: &Path, width: u32, height: u32, pixels: &[[u8; 3]]) {
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut encoder = png::Encoder::new(file, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(pixels.as_flattened()).unwrap();
}

/// Share of pixels that differ between two pictures.
fn changed(a: &[[u8; 3]], b: &[[u8; 3]]) -> f64 {
    let n = a.iter().zip(b).filter(|(p, q)| p != q).count();
    n as f64 / a.len().max(1) as f64
}

/// The scenario ids and statuses of the sessions saved after the first `before`.
fn new_sessions(data: &Path, before: usize) -> Vec<(String, String)> {
    scorecard_files(data)
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .filter_map(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .map(|c| {
            (
                c["scenario"]["id"].as_str().unwrap_or_default().to_owned(),
                c["status"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .skip(before)
        .collect()
}

#[test]
fn a_person_scrolls_clicks_and_types_through_every_screen() {
    if !cfg!(feature = "gui") {
        eprintln!("skipped: built without the `gui` feature");
        return;
    }
    let tools = ["Xvfb", "xdotool", "xwd"].iter().all(|t| {
        needed(
            which(t).is_some(),
            t,
            "apt-get install xvfb xdotool x11-apps",
        )
    });
    if !tools {
        return;
    }
    for (k, lang) in ["en", "he"].into_iter().enumerate() {
        in_language(lang, 60 + (std::process::id() % 100) + 100 * k as u32);
    }
}

fn in_language(lang: &str, display: u32) {
    let shots = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    a_team(data.path());
    // The team's damaged file moves the manager's table by its path's length: not here.
    std::fs::remove_file(data.path().join("scorecards/broken.json")).unwrap();
    let team = new_sessions(data.path(), 0).len();
    let mut screen = Screen::start(display, shots.path());
    screen.app = Some(
        Command::new(env!("CARGO_BIN_EXE_defuse"))
            .args(["--lang", lang])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("DISPLAY", &screen.display)
            .env("DEFUSE_DATA_DIR", data.path())
            .env("DEFUSE_CONFIG_DIR", config.path())
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    // No window manager: give the window the keyboard as one would by clicking into it.
    let found = Command::new("xdotool")
        .args(["search", "--sync", "--name", "Defuse"])
        .env("DISPLAY", &screen.display)
        .output()
        .unwrap();
    let window = String::from_utf8_lossy(&found.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    screen.wait(3.0);
    screen.xdotool(&["windowfocus", "--sync", &window]);
    screen.wait(1.0);
    let shot = |name: &str| screen.shot(&format!("{lang}-{name}"));

    // The start screen: the name typed into its field (clicked into, as a person does
    // when a window has just opened), then Continue.
    screen.click(640, 279);
    screen.xdotool(&["type", "--delay", "60", "Dana"]);
    shot("0-start-typed");
    screen.click(640, 368);
    screen.wait(1.5);

    // The picker: the wheel reaches the last card, and a click on it starts it.
    let top = shot("1-picker-top");
    screen.wheel_down(640, 400, 15);
    let bottom = shot("2-picker-bottom");
    assert!(
        changed(&top, &bottom) > 0.3,
        "the wheel did not scroll the picker"
    );
    screen.click_until_changed(640, 600, &bottom, &format!("{lang}-3-last-card-started"));
    // The reply field has the keys: letters are words, not shortcuts.
    screen.xdotool(&["type", "--delay", "40", "hello"]);
    let typed = shot("4-typed");
    // Tab leaves the field; then the number keys choose, to the last decision.
    for _ in 0..30 {
        if !new_sessions(data.path(), team).is_empty() {
            break;
        }
        screen.key("Tab");
        screen.key("1");
        screen.wait(0.8);
    }
    let sessions = new_sessions(data.path(), team);
    assert_eq!(
        sessions,
        [("salon-running-late".to_owned(), "finished".to_owned())],
        "the last card's scenario, played to its end"
    );
    // Saved under the whole name typed, and the name is on the roster.
    let roster = std::fs::read_to_string(data.path().join("roster.json")).unwrap();
    assert!(roster.contains("\"name\": \"Dana\""), "{roster}");

    // The debrief: End reaches the bottom, Home the top with the buttons.
    let debrief = shot("5-debrief");
    assert!(changed(&typed, &debrief) > 0.3);
    screen.key("End");
    let end = shot("6-debrief-bottom");
    screen.key("Home");
    let home = shot("7-debrief-top");
    assert!(
        changed(&end, &home) > 0.2,
        "End and Home did not scroll the debrief"
    );
    // Try again, clicked where it stands (the row is mirrored in Hebrew).
    let try_again = if lang == "he" { (833, 38) } else { (447, 38) };
    screen.click_until_changed(
        try_again.0,
        try_again.1,
        &home,
        &format!("{lang}-8-tried-again"),
    );
    // Esc leaves the reply field if it has the keys, then the conversation (saved as
    // left half-way); a loaded machine may need a moment for each.
    for _ in 0..4 {
        if new_sessions(data.path(), team).len() == 2 {
            break;
        }
        screen.key("Escape");
        screen.wait(1.0);
    }
    let sessions = new_sessions(data.path(), team);
    assert_eq!(sessions.len(), 2, "{sessions:?}");
    assert_eq!(
        sessions[1].0, "salon-running-late",
        "Try again restarted it"
    );

    // The manager's review, behind the passphrase: set on first use, typed twice.
    screen.key("m");
    screen.wait(1.5);
    let door = shot("9-door");
    for _ in 0..2 {
        screen.type_text(MANAGER_PASSPHRASE);
        screen.key("Return");
    }
    screen.wait(1.0);
    let manager = shot("9-manager");
    assert!(
        changed(&door, &manager) > 0.1,
        "the passphrase did not open the review"
    );
    assert!(
        std::fs::read_to_string(data.path().join("manager.json"))
            .unwrap()
            .contains("$argon2id$")
    );
    // Then a trainee, then a session, scrolled to its bottom.
    // Anna Kis, the first of the team's table.
    let trainee = screen.click_until_changed(640, 194, &manager, &format!("{lang}-10-trainee"));
    // Her session of the washing machine (the second row: the café, left half-way, came
    // later), read to the bottom with PageDown and the wheel.
    let session = screen.click_until_changed(640, 416, &trainee, &format!("{lang}-11-session-top"));
    screen.key("Next");
    let paged = screen.shot_changed(&session, &format!("{lang}-12-session-paged"));
    assert!(
        changed(&session, &paged) > 0.2,
        "PageDown did not scroll the session"
    );
    screen.wheel_down(640, 400, 60);
    let bottom = screen.shot_changed(&paged, &format!("{lang}-13-session-bottom"));
    assert!(
        changed(&paged, &bottom) > 0.2,
        "the wheel did not scroll the session"
    );
    screen.key("End");
    let end = shot("14-session-end");
    assert!(
        changed(&bottom, &end) < 0.02,
        "the wheel had reached the bottom"
    );
}
