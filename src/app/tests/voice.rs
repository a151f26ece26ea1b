//! Voice practice driven headless, with takes from a folder as `play --gui --voice-takes`
//! feeds them: a chosen reply waits to be said, Space held is talking, the delivery counts
//! in calm tone, talking over the customer is interrupting, and how it sounded stays the
//! trainee's own until they share it.

use super::*;
use defuse_core::voice::Take;

/// A voice-like take: harmonics at `f0` in syllable bursts, at `amplitude`.
fn voice_like(seconds: f64, f0: f64, amplitude: f32) -> Take {
    let rate = 16_000;
    let mut phase = 0.0f64;
    let samples = (0..(seconds * f64::from(rate)) as usize)
        .map(|i| {
            let t = i as f64 / f64::from(rate);
            phase += std::f64::consts::TAU * f0 * (1.0 + 0.05 * (t * 1.7).sin()) / f64::from(rate);
            let envelope = (t * 4.0 * std::f64::consts::PI).sin().max(0.0).sqrt();
            let buzz: f64 = (1..=5)
                .map(|h| (phase * f64::from(h)).sin() / f64::from(h))
                .sum();
            (f64::from(amplitude) * envelope * buzz) as f32
        })
        .collect();
    Take { samples, rate }
}

/// Syllables said per second in these takes, calm or not.
const PACE: f64 = 4.0;

/// A folder of takes: the calm baseline (the English baseline sentence at `PACE`), and
/// calm replies of three seconds.
fn takes() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules();
    let seconds = f64::from(rules.syllables(&rules.baseline_sentence)) / PACE;
    voice_like(seconds, 120.0, 0.1)
        .write_wav(&dir.path().join("baseline.wav"))
        .unwrap();
    for n in 1..=8 {
        voice_like(3.0, 121.0, 0.1)
            .write_wav(&dir.path().join(format!("{n}.wav")))
            .unwrap();
    }
    dir
}

fn rules() -> defuse_core::voice::Rules {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    defuse_core::voice::Rules::for_language(&locales, "en").unwrap()
}

/// Take `n` says the reply at the calm pace, in a calm voice or a loud, high one.
fn take_for(dir: &std::path::Path, n: usize, words: &str, calm: bool) {
    let seconds = f64::from(rules().syllables(words)) / PACE;
    let take = if calm {
        voice_like(seconds, 121.0, 0.1)
    } else {
        voice_like(seconds, 190.0, 0.45)
    };
    take.write_wav(&dir.join(format!("{n}.wav"))).unwrap();
}

/// The text of the reply numbered `number` (in the file's order) at the current decision.
fn reply_words(app: &App, number: usize) -> String {
    let session = the_session(app);
    let story = &session.story;
    match story.node(
        story
            .find(session.practice.conversation().current_node())
            .unwrap(),
    ) {
        defuse_core::Node::Turn { replies, .. } => replies[number - 1].text.clone(),
        _ => panic!("not at a decision"),
    }
}

fn voice_app(takes: &std::path::Path, data: PathBuf) -> App {
    let order = defuse_core::ReplyOrder {
        seed: Some(1),
        in_file_order: true,
    };
    let mut launch = launch("en", Some(data), None, order);
    launch.voice_takes = Some(takes.to_owned());
    let mut app = headless_from(launch);
    // The customer's rendered voices go to a folder of the test's own.
    app.world_mut()
        .resource_mut::<crate::app::voice::Voices>()
        .cache = takes.join("cache");
    app
}

/// Holds Space for a few frames, as a trainee holds it while speaking.
fn say(app: &mut App) {
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(KeyCode::Space);
    app.update();
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .clear();
    app.update();
    let mut input = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    input.release(KeyCode::Space);
    app.update();
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .clear();
    app.update();
}

/// Some text on screen starts with `prefix`.
fn shows(app: &mut App, prefix: &str) -> bool {
    texts(app).iter().any(|t| t.starts_with(prefix))
}

#[test]
fn a_reply_said_aloud_counts_its_delivery_and_stays_the_trainees_own() {
    let takes = takes();
    let data = tempfile::tempdir().unwrap();
    let mut app = voice_app(takes.path(), data.path().to_owned());
    assert!(
        app.world()
            .resource::<crate::app::voice::Baseline>()
            .0
            .is_some()
    );
    let path = model_path(&app, "missed-delivery");
    let index = scenario_index(&app, "missed-delivery");
    app.world_mut().write_message(session::StartScenario(index));
    app.update();
    app.update();
    assert!(app.world().resource::<session::SayAloud>().0);

    // Chosen, the reply waits to be said: nothing is scored yet.
    quiet(&mut app);
    take_for(takes.path(), 1, &reply_words(&app, path[0]), true);
    press(&mut app, digit(path[0]));
    assert_eq!(turn_count(&app), 0);
    assert!(the_session(&app).awaiting_voice.is_some());
    assert!(
        shows(&mut app, "Now say it aloud:"),
        "{:?}",
        texts(&mut app)
    );
    // Letters and digits are not answers while it waits; Space is talking.
    press(&mut app, digit(path[1]));
    assert_eq!(turn_count(&app), 0);
    say(&mut app);
    assert_eq!(turn_count(&app), 1);
    let spoken = the_session(&app).practice.spoken()[0].clone().unwrap();
    assert!(spoken.delivery.calm_tone >= 80, "{spoken:#?}");

    // Said loud and high: calm tone drops, with the measured reasons.
    quiet(&mut app);
    take_for(takes.path(), 2, &reply_words(&app, path[1]), false);
    press(&mut app, digit(path[1]));
    say(&mut app);
    let spoken = the_session(&app).practice.spoken()[1].clone().unwrap();
    assert!(spoken.delivery.calm_tone <= 50, "{spoken:#?}");
    let behaviours: Vec<_> = spoken
        .delivery
        .evidence
        .iter()
        .filter_map(|e| e.behaviour)
        .collect();
    assert!(
        behaviours.contains(&defuse_core::voice::Behaviour::Louder),
        "{behaviours:?}"
    );
    assert!(
        behaviours.contains(&defuse_core::voice::Behaviour::Higher),
        "{behaviours:?}"
    );
    assert!(spoken.calm_tone < 100);

    // Talking while the customer is still speaking is interrupting.
    {
        let mut session = app.world_mut().resource_mut::<session::Session>();
        session.revealed = 0.0;
        session.line_seconds = Some(60.0);
    }
    take_for(takes.path(), 3, &reply_words(&app, path[2]), true);
    press(&mut app, digit(path[2]));
    say(&mut app);
    assert!(
        transcript(&app)
            .iter()
            .any(|(who, text)| *who == session::Speaker::Coach && text.contains("had finished")),
        "{:?}",
        transcript(&app)
    );

    for (k, &reply) in path.iter().enumerate().skip(3) {
        quiet(&mut app);
        take_for(takes.path(), k + 1, &reply_words(&app, reply), true);
        press(&mut app, digit(reply));
        say(&mut app);
    }
    app.update();
    assert_eq!(screen(&app), Screen::Debrief);
    open_every_decision(&mut app);
    assert!(
        shows(&mut app, "Calm tone with your voice:"),
        "{:?}",
        texts(&mut app)
    );
    assert!(shows(
        &mut app,
        "Your pace, loudness and pitch stayed close"
    ));
    assert!(shows(&mut app, "-40 Your voice was"));

    // On disk the card keeps how it sounded; everyone else reads it without.
    let file = std::fs::read_to_string(
        std::fs::read_dir(data.path().join("scorecards"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path(),
    )
    .unwrap();
    assert!(file.contains("\"spoken\""));
    assert!(!file.contains("voice_shared"));
    let cards = saved(data.path());
    assert!(cards[0].turns.iter().all(|t| t.spoken.is_none()));
    let records = app.world().resource::<records::Records>();
    assert!(
        records
            .cards
            .iter()
            .all(|c| c.turns.iter().all(|t| t.spoken.is_none()))
    );
    assert!(cards[0].turns[2].interrupted);

    // Shared: the manager sees it too.
    let label = {
        let mut query = app.world_mut().query::<(&Text, &ChildOf)>();
        query
            .iter(app.world())
            .find(|(t, _)| t.0 == "Share how it sounded with my manager")
            .map(|(_, parent)| parent.parent())
            .expect("the share button")
    };
    app.world_mut()
        .trigger(theme::interaction::Activate { entity: label });
    app.update();
    let cards = saved(data.path());
    assert!(cards[0].voice_shared);
    assert!(cards[0].turns.iter().all(|t| t.spoken.is_some()));
    assert!(shows(&mut app, "Shared with your manager"));
}

#[test]
fn a_silent_take_is_said_again_and_nothing_is_lost() {
    let takes = takes();
    Take {
        samples: vec![0.0; 32_000],
        rate: 16_000,
    }
    .write_wav(&takes.path().join("1.wav"))
    .unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut app = voice_app(takes.path(), data.path().to_owned());
    let index = scenario_index(&app, "missed-delivery");
    app.world_mut().write_message(session::StartScenario(index));
    app.update();
    app.update();
    quiet(&mut app);
    press(&mut app, KeyCode::Digit1);
    say(&mut app);
    assert_eq!(turn_count(&app), 0, "a silent take is not an answer");
    let problem = app
        .world()
        .resource::<crate::app::voice::Talking>()
        .problem
        .clone()
        .unwrap();
    assert!(problem.contains("silent"), "{problem}");
    assert!(shows(&mut app, "That take could not be used"));
    // The reply still waits; the next take says it.
    say(&mut app);
    assert_eq!(turn_count(&app), 1);
}

#[test]
fn the_calm_baseline_is_recorded_in_settings_and_kept_as_measures() {
    let takes = takes();
    let config = tempfile::tempdir().unwrap();
    let mut app = voice_app(takes.path(), config.path().join("data"));
    app.world_mut()
        .resource_mut::<crate::app::voice::Voices>()
        .config = Some(config.path().to_owned());
    app.world_mut()
        .resource_mut::<crate::app::voice::Baseline>()
        .0 = None;
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Settings);
    app.update();
    app.update();
    assert!(shows(&mut app, "No calm baseline yet"));
    app.world_mut()
        .write_message(crate::app::voice::RecordBaseline(true));
    app.update();
    app.update();
    assert!(shows(&mut app, "Good morning, thank you for calling"));
    say(&mut app);
    app.update();
    assert!(
        app.world()
            .resource::<crate::app::voice::Baseline>()
            .0
            .is_some()
    );
    assert!(shows(&mut app, "Your calm baseline is recorded."));
    let kept = crate::app::voice::baseline_file(config.path(), "Test Trainee");
    let text = std::fs::read_to_string(&kept).unwrap();
    assert!(text.contains("loudness_lufs"), "{text}");
    // Measures only: no samples.
    assert!(text.len() < 2_000);
    assert!(crate::app::voice::load_baseline(config.path(), "Test Trainee").is_some());
}

/// With the `voice` feature, turning practice on opens the real microphone; on a machine
/// without one (CI) the settings say why, and nothing waits to be said.
#[cfg(feature = "voice")]
#[test]
fn without_a_microphone_the_settings_say_why() {
    let mut app = headless("en");
    app.world_mut()
        .write_message(crate::app::voice::SetVoice(true));
    app.update();
    app.update();
    let mic = app.world().resource::<crate::app::voice::Microphone>();
    match (&mic.source, &mic.why_not) {
        (Some(_), _) => eprintln!("this machine has a microphone"),
        (None, Some(why)) => {
            assert!(!why.is_empty());
            // No baseline yet either way: replies are not held back.
            assert!(!app.world().resource::<session::SayAloud>().0);
        }
        (None, None) => panic!("neither a microphone nor a reason"),
    }
}
