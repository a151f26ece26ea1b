//! The manager's review headless: the door, the team at a glance, a trainee's page, and
//! keeping the roster, as a manager would use them.

use super::*;
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use defuse_core::roster::Roster;
use defuse_core::store::Store;
use screens::manager::{Manage, Navigate};

/// Types `text` at the keyboard, then Enter.
pub fn type_line(app: &mut App, text: &str) {
    for c in text.chars() {
        app.world_mut().write_message(KeyboardInput {
            key_code: KeyCode::KeyA,
            logical_key: Key::Character(c.to_string().into()),
            state: ButtonState::Pressed,
            text: Some(c.to_string().into()),
            repeat: false,
            window: Entity::PLACEHOLDER,
        });
        app.update();
    }
    app.world_mut().write_message(KeyboardInput {
        key_code: KeyCode::Enter,
        logical_key: Key::Enter,
        state: ButtonState::Pressed,
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
    app.update();
    app.update();
}

/// Sets the passphrase at the door on first use (typed twice), which opens it.
pub fn open_door_first_time(app: &mut App, passphrase: &str) {
    assert!(
        texts(app).iter().any(|t| t.contains("Choose one now")),
        "{:?}",
        texts(app)
    );
    type_line(app, passphrase);
    type_line(app, passphrase);
    assert!(app.world().resource::<screens::manager::door::Door>().open);
}

fn shows(app: &mut App, text: &str) -> bool {
    texts(app).iter().any(|t| t.contains(text))
}

#[test]
fn the_door_opens_only_with_the_managers_passphrase() {
    let data = tempfile::tempdir().unwrap();
    let mut app = headless_with("en", Some(data.path().to_path_buf()));
    until_loaded(&mut app);
    app.insert_resource(session::Pace(1.0e9));
    play_to_debrief(&mut app, "missed-delivery");
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyM);
    assert_eq!(screen(&app), Screen::Manager);
    // Closed: nobody's results on show.
    assert!(!shows(&mut app, "Test Trainee"), "{:?}", texts(&mut app));
    type_line(&mut app, "short");
    assert!(shows(&mut app, "at least 8 characters"));
    type_line(&mut app, "a good passphrase");
    assert!(shows(&mut app, "The same passphrase again"));
    type_line(&mut app, "a different one");
    assert!(shows(&mut app, "The two passphrases differ"));
    open_door_first_time(&mut app, "a good passphrase");
    assert!(shows(&mut app, "Test Trainee"));
    let stored = std::fs::read_to_string(data.path().join("manager.json")).unwrap();
    assert!(stored.contains("$argon2id$") && !stored.contains("a good passphrase"));

    // The next run of the window asks again, and only the passphrase opens it.
    let mut app = headless_with("en", Some(data.path().to_path_buf()));
    until_loaded(&mut app);
    press(&mut app, KeyCode::KeyM);
    assert!(shows(&mut app, "Manager passphrase:"));
    type_line(&mut app, "not the passphrase");
    assert!(shows(&mut app, "That is not the manager passphrase."));
    assert!(!shows(&mut app, "Test Trainee"));
    type_line(&mut app, "a good passphrase");
    assert!(shows(&mut app, "Test Trainee"), "{:?}", texts(&mut app));
}

/// A team of `n` sessions saved in `data` as the window saves them (on the roster).
fn a_team(data: &std::path::Path, n: usize) -> Vec<defuse_core::scorecard::Scorecard> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let library = defuse_core::library::Library::read(&root.join("scenarios"));
    let stories: Vec<_> = library
        .stories()
        .into_iter()
        .map(std::sync::Arc::new)
        .collect();
    let end = jiff::Timestamp::now();
    let store = Store::new(data);
    let mut roster = Roster::default();
    let mut cards = defuse_core::synth::team(&stories, n, 4, 49, end, 3);
    for card in &mut cards {
        card.trainee_id = Some(roster.enrol(&card.trainee).0);
        store.save(card).unwrap();
    }
    roster.write(&store).unwrap();
    cards
}

#[test]
fn the_team_at_a_glance_then_a_trainee_then_who_is_who() {
    let data = tempfile::tempdir().unwrap();
    let cards = a_team(data.path(), 40);
    let mut app = headless_with("en", Some(data.path().to_path_buf()));
    until_loaded(&mut app);
    press(&mut app, KeyCode::KeyM);
    open_door_first_time(&mut app, "the team's door");

    // The team at a glance: the team's row, its chart, what it misses, where it trips.
    let report = defuse_core::report::Report::new(
        &cards,
        &Default::default(),
        &[],
        jiff::tz::TimeZone::system(),
    );
    for text in [
        "The team week by week (finished sessions)",
        "Principles the team missed most (best reply not chosen)",
        "Hardest decisions",
        "First attempt and latest, per trainee and scenario",
    ] {
        assert!(shows(&mut app, text), "{text}: {:?}", texts(&mut app));
    }
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "Team"), "{shown:?}");
    let top = &report.team.missed[0];
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with(&format!("{} × ", top.focus.missed))),
        "{shown:?}"
    );
    for scenario in &report.team.scenarios {
        assert!(
            shown.iter().any(|t| t.starts_with(&scenario.title)),
            "{}",
            scenario.title
        );
    }

    // The scenario filter opens its choices under the title's row; a choice closes them.
    // ("All" alone is the first choice; the button itself reads "Scenario: All ▾".)
    assert!(
        !texts(&mut app).iter().any(|t| t == "All"),
        "closed at first"
    );
    app.world_mut()
        .write_message(Navigate::Choose(screens::manager::Choosing::Scenario));
    app.update();
    app.update();
    assert!(texts(&mut app).iter().any(|t| t == "All"));
    app.world_mut()
        .write_message(Navigate::Scenario(Some("agent-never-called".into())));
    app.update();
    app.update();
    assert!(shows(&mut app, "Scenario: The call that came too late"));
    assert!(
        app.world()
            .resource::<screens::manager::View>()
            .choosing
            .is_none()
    );
    app.world_mut().write_message(Navigate::Scenario(None));
    app.update();
    app.update();

    // A trainee's page: the chart, and their sessions with the result's reason.
    let anna = report.trainees[0].name.clone();
    app.world_mut()
        .write_message(Navigate::OpenTrainee(anna.clone()));
    app.update();
    app.update();
    assert!(shows(
        &mut app,
        "Overall score over time, against the pass mark"
    ));
    if cards
        .iter()
        .any(|c| c.trainee == anna && c.failure().is_some())
    {
        assert!(shows(&mut app, "failed: "), "{:?}", texts(&mut app));
    }

    // Rename: the field, then the new name everywhere; the roster keeps the old one.
    app.world_mut()
        .write_message(Manage::StartRename(anna.clone()));
    app.update();
    app.update();
    assert!(shows(&mut app, "New name:"));
    app.world_mut()
        .resource_mut::<screens::manager::manage::RenameDraft>()
        .0 = "Anna K. Kis".into();
    app.world_mut().write_message(Manage::Rename(anna.clone()));
    app.update();
    app.update();
    assert!(shows(&mut app, "Anna K. Kis"), "{:?}", texts(&mut app));
    let roster = Roster::read(&Store::new(data.path())).unwrap();
    let person = roster.find("Anna K. Kis").unwrap();
    assert!(person.is(&anna));

    // Hide: out of the review; the sessions stay on disk.
    let files = saved(data.path()).len();
    app.world_mut()
        .write_message(Manage::Hide("Anna K. Kis".into(), true));
    app.update();
    app.update();
    assert!(!shows(&mut app, "Anna K. Kis"));
    assert_eq!(saved(data.path()).len(), files);

    // Delete asks first, then takes the trainee and their sessions, nobody else's.
    let other = report.trainees[1].name.clone();
    let theirs = cards.iter().filter(|c| c.trainee == other).count();
    app.world_mut()
        .write_message(Navigate::OpenTrainee(other.clone()));
    app.world_mut()
        .write_message(Manage::AskDelete(other.clone()));
    app.update();
    app.update();
    assert!(shows(
        &mut app,
        &format!("Delete “{other}” and {theirs} sessions for good?")
    ));
    assert_eq!(
        saved(data.path()).len(),
        files,
        "nothing deleted before the answer"
    );
    app.world_mut().write_message(Manage::Delete(other.clone()));
    app.update();
    app.update();
    assert_eq!(saved(data.path()).len(), files - theirs);
    assert!(
        Roster::read(&Store::new(data.path()))
            .unwrap()
            .find(&other)
            .is_none()
    );
    assert!(!shows(&mut app, &other));
}

/// The window on its start screen, over a data folder whose roster has `name`.
fn on_the_start_screen_with(name: &str) -> (tempfile::TempDir, App) {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(data.path());
    let mut roster = Roster::default();
    roster.enrol(name);
    roster.write(&store).unwrap();
    let mut app = app_from(launch(
        "en",
        Some(data.path().to_path_buf()),
        None,
        defuse_core::ReplyOrder::default(),
    ));
    until_loaded(&mut app);
    (data, app)
}

#[test]
fn a_name_close_to_someone_on_the_roster_is_asked_about() {
    let (_data, mut app) = on_the_start_screen_with("Marcus Johnson");
    // A near miss: asked once, with the name meant offered.
    app.world_mut()
        .write_message(screens::start::Begin("Marcus Jonson".into()));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Start);
    assert!(
        shows(&mut app, "Did you mean Marcus Johnson?"),
        "{:?}",
        texts(&mut app)
    );
    assert!(texts(&mut app).iter().any(|t| t == "I am Marcus Johnson"));
    // The same person whatever the case and spacing: the roster's name is used.
    app.world_mut()
        .write_message(screens::start::Begin("  marcus   JOHNSON ".into()));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Picker);
    assert_eq!(
        app.world().resource::<trainee::Trainee>().name,
        "Marcus Johnson"
    );
}

#[test]
fn continuing_again_starts_as_someone_new() {
    let (_data, mut app) = on_the_start_screen_with("Marcus Johnson");
    for _ in 0..2 {
        app.world_mut()
            .write_message(screens::start::Begin("Marcus Jonson".into()));
        app.update();
        app.update();
    }
    assert_eq!(screen(&app), Screen::Picker);
    assert_eq!(
        app.world().resource::<trainee::Trainee>().name,
        "Marcus Jonson"
    );
}
