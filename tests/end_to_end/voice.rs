//! `defuse voice`: takes rendered with espeak-ng scored from the command line, checked
//! against Praat, and the customer's lines rendered into the cache. Skipped (and said so)
//! where espeak-ng or praat-parselmouth is missing; `.ci/run` installs both.

use crate::common::{defuse, fails_saying, stderr, stdout, which};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BASELINE: &str =
    "Good morning, thank you for calling. Let me look at your order and tell you what I find.";
const REPLY: &str =
    "I am sorry your fridge is late. I will call the depot now and ring you back by three.";

fn espeak() -> bool {
    crate::common::needed(
        which("espeak-ng").is_some(),
        "espeak-ng",
        "apt-get install espeak-ng",
    )
}

/// espeak-ng's voice: words per minute, pitch 0–99, amplitude 0–200.
fn say(dir: &Path, name: &str, words: &str, (speed, pitch, amplitude): (u32, u32, u32)) -> PathBuf {
    let path = dir.join(format!("{name}.wav"));
    let ok = Command::new("espeak-ng")
        .args([
            "-v",
            "en",
            "-s",
            &speed.to_string(),
            "-p",
            &pitch.to_string(),
        ])
        .args(["-a", &amplitude.to_string(), "-w"])
        .arg(&path)
        .arg(words)
        .status()
        .unwrap()
        .success();
    assert!(ok);
    path
}

fn score(args: &[&std::ffi::OsStr]) -> Output {
    defuse()
        .args(["voice", "score", "--lang", "en"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_str(&stdout(o)).unwrap()
}

#[test]
fn voice_score_explains_a_hurried_loud_take_and_passes_a_calm_one() {
    if !espeak() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let calm = say(dir.path(), "calm", BASELINE, (150, 40, 60));
    let again = say(dir.path(), "again", REPLY, (152, 41, 60));
    let hurried = say(dir.path(), "hurried", REPLY, (240, 40, 150));
    let o = score(&[
        "--baseline".as_ref(),
        calm.as_os_str(),
        again.as_os_str(),
        "--text".as_ref(),
        REPLY.as_ref(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("Calm tone (delivery)"), "{text}");
    assert!(text.contains("close to your calm baseline"), "{text}");
    assert!(text.contains("Measured: pace"), "{text}");

    let o = score(&[
        "--baseline".as_ref(),
        calm.as_os_str(),
        hurried.as_os_str(),
        "--text".as_ref(),
        REPLY.as_ref(),
    ]);
    let text = stdout(&o);
    assert!(text.contains("faster than your calm pace"), "{text}");
    assert!(text.contains("dB louder than your calm level"), "{text}");

    let j = json(&score(&[
        "--baseline".as_ref(),
        calm.as_os_str(),
        hurried.as_os_str(),
        "--json".as_ref(),
    ]));
    let calm_tone = j["scores"]["calm_tone"].as_u64().unwrap();
    assert!(calm_tone <= 50, "{j}");
    let evidence = j["evidence"].as_array().unwrap();
    let louder = evidence
        .iter()
        .find(|e| e["behaviour"] == "louder")
        .expect("louder is evidence");
    // As in `defuse score --json`.
    assert_eq!(louder["criterion"], "CalmTone");
    assert_eq!(louder["unit"], "LU");
    assert!(louder["points"].as_i64().unwrap() < 0);
    assert_eq!(louder["principle"], "soft-answer");
    assert!(
        j["delivery"]["loudness_lufs"].as_f64().unwrap()
            > j["calm"]["loudness_lufs"].as_f64().unwrap()
    );
    // Behaviours only: no word for a feeling about the trainee anywhere in the output.
    let all = j.to_string().to_lowercase();
    for feeling in [
        "angry", "anger", "stress", "nervous", "emotion", "upset", "anxious",
    ] {
        assert!(!all.contains(feeling), "{feeling} in {all}");
    }
}

#[test]
fn voice_score_rejects_bad_takes_with_the_file_named() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.wav");
    std::fs::write(&notes, "not a recording").unwrap();
    let silent = dir.path().join("silent.wav");
    wav_by_hand(&silent, &[0i16; 32_000]);
    let short = dir.path().join("short.wav");
    let beep: Vec<i16> = (0..3200)
        .map(|i| ((i as f32 * 0.06).sin() * 8000.0) as i16)
        .collect();
    wav_by_hand(&short, &beep);
    for (take, expected) in [
        (&notes, "notes.wav: not a WAV recording"),
        (&silent, "silent.wav: the recording is silent"),
        (&short, "short.wav: the recording has 0.2 s of speech"),
        (
            &dir.path().join("none.wav"),
            "none.wav: cannot read the recording",
        ),
    ] {
        let o = score(&["--baseline".as_ref(), take.as_os_str(), take.as_os_str()]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(stderr(&o).contains(expected), "{expected}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"));
    }
}

/// A 16 kHz mono 16-bit WAV, written by hand so the test needs no WAV crate.
fn wav_by_hand(path: &Path, samples: &[i16]) {
    let data = samples.len() as u32 * 2;
    let mut b = Vec::new();
    b.extend(b"RIFF");
    b.extend((36 + data).to_le_bytes());
    b.extend(b"WAVEfmt ");
    b.extend(16u32.to_le_bytes());
    b.extend(1u16.to_le_bytes());
    b.extend(1u16.to_le_bytes());
    b.extend(16_000u32.to_le_bytes());
    b.extend(32_000u32.to_le_bytes());
    b.extend(2u16.to_le_bytes());
    b.extend(16u16.to_le_bytes());
    b.extend(b"data");
    b.extend(data.to_le_bytes());
    for s in samples {
        b.extend(s.to_le_bytes());
    }
    std::fs::write(path, b).unwrap();
}

/// The pitch and loudness Defuse reports agree with Praat's: median pitch within one
/// semitone, and the pitch and loudness differences between takes within 0.5 semitone
/// and 1 dB.
#[test]
fn pitch_and_loudness_agree_with_praat() {
    if !espeak() {
        return;
    }
    let python = std::env::var("DEFUSE_TEST_PRAAT_PYTHON").unwrap_or_else(|_| "python3".into());
    let has_praat = Command::new(&python)
        .args(["-c", "import parselmouth"])
        .status()
        .is_ok_and(|s| s.success());
    if !crate::common::needed(
        has_praat,
        "praat-parselmouth",
        "pip install praat-parselmouth",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let calm = say(dir.path(), "calm", BASELINE, (150, 40, 60));
    let takes = [
        say(dir.path(), "same", REPLY, (150, 40, 60)),
        say(dir.path(), "louder", REPLY, (150, 40, 160)),
        say(dir.path(), "higher", REPLY, (150, 85, 60)),
        say(dir.path(), "faster", REPLY, (240, 55, 100)),
    ];
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/voice/praat_check.py");
    let o = Command::new(&python)
        .arg(script)
        .arg(&calm)
        .args(&takes)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let praat: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let st = |a: f64, b: f64| 12.0 * (a / b).log2();
    let calm_praat = &praat[0];
    for (take, reference) in takes.iter().zip(&praat[1..]) {
        let ours = json(&score(&[
            "--json".as_ref(),
            "--baseline".as_ref(),
            calm.as_os_str(),
            take.as_os_str(),
        ]));
        let (d, c) = (&ours["delivery"], &ours["calm"]);
        let pitch = d["pitch_median_hz"].as_f64().unwrap();
        let praat_pitch = reference["pitch_median_hz"].as_f64().unwrap();
        eprintln!(
            "{}: pitch {pitch:.1} Hz (Praat {praat_pitch:.1}); loudness change {:.2} LU (Praat {:.2} dB); pitch change {:.2} st (Praat {:.2})",
            take.display(),
            d["loudness_lufs"].as_f64().unwrap() - c["loudness_lufs"].as_f64().unwrap(),
            reference["intensity_db"].as_f64().unwrap()
                - calm_praat["intensity_db"].as_f64().unwrap(),
            st(pitch, c["pitch_median_hz"].as_f64().unwrap()),
            st(praat_pitch, calm_praat["pitch_median_hz"].as_f64().unwrap()),
        );
        assert!(
            st(pitch, praat_pitch).abs() <= 1.0,
            "{}: {pitch} Hz, Praat {praat_pitch} Hz",
            take.display()
        );
        let ours_change =
            d["loudness_lufs"].as_f64().unwrap() - c["loudness_lufs"].as_f64().unwrap();
        let praat_change = reference["intensity_db"].as_f64().unwrap()
            - calm_praat["intensity_db"].as_f64().unwrap();
        assert!(
            (ours_change - praat_change).abs() <= 1.0,
            "{}: {ours_change} LU, Praat {praat_change} dB",
            take.display()
        );
        let ours_rise = st(pitch, c["pitch_median_hz"].as_f64().unwrap());
        let praat_rise = st(praat_pitch, calm_praat["pitch_median_hz"].as_f64().unwrap());
        assert!(
            (ours_rise - praat_rise).abs() <= 0.5,
            "{}: {ours_rise} st, Praat {praat_rise} st",
            take.display()
        );
    }
}

#[test]
fn voice_render_gives_every_customer_line_a_voice_and_keeps_recordings() {
    if !espeak() {
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // A copy of the bundled content, with one line recorded by a trainer.
    let copy = |from: &Path, to: &Path| {
        Command::new("cp")
            .arg("-r")
            .arg(from)
            .arg(to)
            .status()
            .unwrap();
    };
    copy(&root.join("scenarios"), folder.path());
    copy(&root.join("locales"), folder.path());
    let recorded = folder.path().join("voices/en/missed-delivery");
    std::fs::create_dir_all(&recorded).unwrap();
    std::fs::copy(
        say(cache.path(), "rec", "Where is my fridge?", (150, 50, 100)),
        recorded.join("opening-says-1.wav"),
    )
    .unwrap();
    let render = || {
        defuse()
            .current_dir(folder.path())
            .env("DEFUSE_CACHE_DIR", cache.path())
            .args([
                "voice",
                "render",
                "missed-delivery",
                "--lang",
                "en",
                "--scenarios",
                "scenarios",
            ])
            .output()
            .unwrap()
    };
    let o = render();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("0 already in the cache, 1 recorded by a trainer"),
        "{out}"
    );
    let dir = cache.path().join("voices/en/missed-delivery");
    let files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !files.iter().any(|f| f.starts_with("opening-says-1.")),
        "a recorded line is not rendered"
    );
    // A line whose tone follows the mood is there in every tone; the customer calms down.
    for tone in ["furious", "calm", "relieved"] {
        assert!(
            files
                .iter()
                .any(|f| f.ends_with(&format!("-says-1.{tone}.wav"))),
            "{tone}: {files:?}"
        );
    }
    let o = render();
    assert!(
        stdout(&o).starts_with("0 customer lines rendered"),
        "{}",
        stdout(&o)
    );

    let o = defuse()
        .current_dir(folder.path())
        .env("PATH", "/nonexistent")
        .env("DEFUSE_CACHE_DIR", cache.path())
        .args([
            "voice",
            "render",
            "--lang",
            "en",
            "--scenarios",
            "scenarios",
        ])
        .output()
        .unwrap();
    fails_saying(&o, "espeak-ng, which cannot be run here");
}

/// The replies of a terminal playthrough, as the trainee gave them, in order.
fn replies_given(output: &str) -> Vec<String> {
    let mut replies = Vec::new();
    let mut lines = output.lines();
    while let Some(line) = lines.next() {
        if !line.starts_with("You (") {
            continue;
        }
        let mut text = String::new();
        for next in lines.by_ref() {
            text.push(' ');
            text.push_str(next.trim());
            if next.trim_end().ends_with('”') {
                break;
            }
        }
        replies.push(text.trim().trim_matches(['“', '”']).to_owned());
    }
    replies
}

/// Voice practice in a real window under Xvfb, from takes rendered with espeak-ng: the
/// reply waits to be said, the meter moves while it is said, the debrief shows how each
/// reply sounded, and the saved card keeps it for the trainee only.
#[test]
fn voice_practice_in_the_window_from_recorded_takes() {
    if !espeak() {
        return;
    }
    let model = "2,3,4,2,3,3";
    let o = defuse()
        .args([
            "play",
            "missed-delivery",
            "--in-file-order",
            "--choices",
            model,
        ])
        .output()
        .unwrap();
    let replies = replies_given(&stdout(&o));
    assert_eq!(replies.len(), 6, "{}", stdout(&o));
    let takes = tempfile::tempdir().unwrap();
    say(takes.path(), "baseline", BASELINE, (150, 40, 60));
    for (n, words) in replies.iter().enumerate() {
        // The second reply is said fast and loud.
        let voice = if n == 1 {
            (240, 70, 170)
        } else {
            (152, 41, 60)
        };
        say(takes.path(), &(n + 1).to_string(), words, voice);
    }
    let shots = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let args = [
        "--data-dir".as_ref(),
        data.path().as_os_str(),
        "play".as_ref(),
        "missed-delivery".as_ref(),
        "--gui".as_ref(),
        "--in-file-order".as_ref(),
        "--choices".as_ref(),
        model.as_ref(),
        "--voice-takes".as_ref(),
        takes.path().as_os_str(),
        "--screenshots".as_ref(),
        shots.path().as_os_str(),
        "--trainee".as_ref(),
        "Voice Tester".as_ref(),
    ];
    let Some(_) = crate::common::in_window_with(&args, &[("DEFUSE_CACHE_DIR", cache.path())])
    else {
        return;
    };
    let shot = |name: &str| {
        std::fs::read_dir(shots.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.to_string_lossy().ends_with(&format!("-{name}.png")))
            .unwrap_or_else(|| panic!("no {name} screenshot"))
    };
    for name in ["say-it", "talking", "debrief"] {
        crate::common::assert_not_blank(&shot(name));
        crate::common::keep(&shot(name), &format!("voice-{name}.png"));
    }
    // The meter shows a level while the take runs: green pixels of its bar.
    let (_, _, pixels) = crate::common::read_png(&shot("talking"));
    let green = pixels
        .iter()
        .filter(|p| p[1] > 110 && p[0] < 100 && p[2] < 110)
        .count();
    let (_, _, before) = crate::common::read_png(&shot("say-it"));
    let green_before = before
        .iter()
        .filter(|p| p[1] > 110 && p[0] < 100 && p[2] < 110)
        .count();
    assert!(
        green > green_before + 300,
        "the level meter did not move: {green} vs {green_before}"
    );
    // The customer spoke: rendered lines in the cache.
    assert!(
        cache
            .path()
            .join("voices/en/missed-delivery")
            .read_dir()
            .unwrap()
            .count()
            >= 6
    );

    let files = crate::common::scorecard_files(data.path());
    let card: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    let turns = card["turns"].as_array().unwrap();
    assert!(
        turns.iter().all(|t| t["spoken"].is_object()),
        "every reply was said aloud"
    );
    let second = turns[1]["spoken"]["delivery"]["evidence"].to_string();
    assert!(
        second.contains("\"faster\"") && second.contains("\"louder\""),
        "{second}"
    );
    let calm = turns[0]["spoken"]["delivery"]["calm_tone"]
        .as_u64()
        .unwrap();
    assert!(calm >= 80, "{}", turns[0]["spoken"]);
    // What the manager reads has none of it.
    let o = crate::common::with_data(data.path(), &["report", "--format", "json"]);
    assert!(!stdout(&o).contains("\"spoken\""));
}
