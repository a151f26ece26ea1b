//! The window's logic driven headless: no renderer, no window, written messages.
use super::*;
use bevy::asset::AssetPlugin;
use bevy::state::app::StatesPlugin;

fn headless(lang: &str) -> App {
    headless_with(lang, None)
}

fn headless_with(lang: &str, data: Option<PathBuf>) -> App {
    headless_syncing(lang, data, None)
}

fn headless_syncing(
    lang: &str,
    data: Option<PathBuf>,
    lrs: Option<defuse_core::lrs::Config>,
) -> App {
    // The file's order, so that scripted numbers name the replies they always did.
    let order = defuse_core::ReplyOrder {
        seed: Some(1),
        in_file_order: true,
    };
    headless_app(lang, data, lrs, order)
}

fn headless_app(
    lang: &str,
    data: Option<PathBuf>,
    lrs: Option<defuse_core::lrs::Config>,
    shuffle: defuse_core::ReplyOrder,
) -> App {
    headless_from(launch(lang, data, lrs, shuffle))
}

/// What the command line would hand the window, for the bundled scenarios.
fn launch(
    lang: &str,
    data: Option<PathBuf>,
    lrs: Option<defuse_core::lrs::Config>,
    shuffle: defuse_core::ReplyOrder,
) -> Launch {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    Launch {
        scenarios: root.join("scenarios"),
        locales: root.join("locales"),
        lang: defuse_core::i18n::langid(lang).unwrap(),
        lang_given: true,
        config: None,
        script: None,
        data,
        window: (1280, 720),
        lrs,
        expert: false,
        shuffle,
        watch: None,
        open: None,
        voice_takes: None,
        trainee: None,
    }
}

/// The app headless (no window, no renderer), on its first screen.
fn app_from(launch: Launch) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, AssetPlugin::default()));
    app.init_asset::<Font>();
    app.init_asset::<Image>();
    app.init_resource::<UiScale>();
    app.add_plugins(AppPlugin { launch });
    app.update();
    app
}

/// The app headless, through the start screen under a name.
fn headless_from(launch: Launch) -> App {
    let mut app = app_from(launch);
    app.world_mut()
        .write_message(screens::start::Begin("Test Trainee".to_owned()));
    app.update();
    app.update();
    app
}

fn press(app: &mut App, key: KeyCode) {
    // No input plugin headless: press, run a frame, and clear as it would.
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(key);
    app.update();
    let mut input = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    input.release(key);
    input.clear();
    app.update();
}

/// The app as launched, after the trainee continued under a name: in `launch.open`'s
/// conversation.
fn begun(launch: Launch) -> App {
    let mut app = app_from(launch);
    app.world_mut()
        .write_message(screens::start::Begin("Test Trainee".to_owned()));
    for _ in 0..4 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Conversation);
    app
}

#[test]
fn play_gui_goes_from_the_name_straight_into_the_scenario_named() {
    let mut launch = launch("en", None, None, defuse_core::ReplyOrder::default());
    launch.open = Some(("cafe-long-wait".to_owned(), defuse_core::StartAt::default()));
    let app = begun(launch);
    let session = the_session(&app);
    assert_eq!(session.story.scenario.id, "cafe-long-wait");
    // Back on the picker later, nothing opens by itself again.
    assert!(
        app.world()
            .resource::<screens::picker::OpenFirst>()
            .0
            .is_none()
    );
}

#[test]
fn play_gui_from_a_node_with_a_mood_starts_there_and_other_scenarios_as_usual() {
    let mut launch = launch("en", None, None, defuse_core::ReplyOrder::default());
    let at = defuse_core::StartAt {
        node: Some("while-making".to_owned()),
        mood: Some(-55),
    };
    launch.open = Some(("cafe-long-wait".to_owned(), at));
    let mut app = begun(launch);
    let conversation = the_session(&app).practice.conversation();
    assert_eq!(conversation.began(), ("while-making", -55));
    assert_eq!(conversation.current_node(), "while-making");
    // A playtest from a node is saved as one, never as a full session.
    let run = defuse_core::scorecard::PracticeRun::of(conversation).expect("a practice run");
    assert_eq!(run.from.as_deref(), Some("while-making"));
    assert_eq!(run.mood, Some(-55));
    // Its debrief says so: a reply that ends it (in the file's order, the excuse that sends
    // a customer this angry out), then the debrief.
    let order = the_session(&app).practice.conversation().order().to_vec();
    let excuse = order.iter().position(|&k| k == 3).unwrap() + 1;
    quiet(&mut app);
    press(&mut app, digit(excuse));
    for _ in 0..40 {
        quiet(&mut app);
        app.update();
    }
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t == "practice run (from while-making, mood set to -55)"),
        "{:?}",
        texts(&mut app)
    );

    // Another scenario started in the same run begins at its own start and mood.
    let library = app.world().resource::<Library>();
    let other = library
        .stories
        .iter()
        .position(|s| s.scenario.id == "missed-delivery")
        .unwrap();
    let (start, mood) = (
        library.stories[other].scenario.start.clone(),
        library.stories[other].scenario.customer.mood,
    );
    app.world_mut().write_message(session::StartScenario(other));
    app.update();
    let conversation = the_session(&app).practice.conversation();
    assert_eq!(conversation.began(), (start.as_str(), mood));
}

#[test]
fn the_replies_are_listed_in_the_sessions_shuffled_order() {
    // A seed whose first decision is not listed in the file's order.
    let library = defuse_core::Catalogue::read(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"),
    )
    .unwrap();
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/missed-delivery.ron");
    let story = std::sync::Arc::new(defuse_core::load_story(&file, &library).unwrap());
    let seed = (0..100)
        .find(|&seed| {
            let mut c = defuse_core::Conversation::new(story.clone(), seed);
            while !matches!(c.next_event(), defuse_core::Event::Choice { .. }) {}
            c.order().windows(2).any(|w| w[0] > w[1])
        })
        .unwrap();
    let order = defuse_core::ReplyOrder {
        seed: Some(seed),
        in_file_order: false,
    };
    let mut app = headless_app("en", None, None, order);
    app.init_resource::<ButtonInput<KeyCode>>();
    app.insert_resource(session::Pace(1.0e9));
    let index = scenario_index(&app, "missed-delivery");
    app.world_mut().write_message(session::StartScenario(index));
    app.update();
    app.update();
    app.update();
    let (shown, replies) = {
        let session = the_session(&app);
        let order = session.practice.conversation().order().to_vec();
        let defuse_core::Node::Turn { replies, .. } = session.story.node(session.story.start())
        else {
            panic!("the scenario starts at a decision")
        };
        (order, replies.clone())
    };
    assert_ne!(shown, (0..shown.len()).collect::<Vec<_>>());
    // Top to bottom, the buttons show the replies in the session's order.
    let on_screen = texts(&mut app);
    let places: Vec<usize> = shown
        .iter()
        .map(|&k| {
            on_screen
                .iter()
                .position(|t| *t == replies[k].text)
                .expect("every reply is on screen")
        })
        .collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{places:?}");
    // Key 1 takes the reply listed first, and the record keeps which reply that was.
    press(&mut app, KeyCode::Digit1);
    let session = the_session(&app);
    assert_eq!(
        session.practice.conversation().turns()[0].reply,
        Some(shown[0])
    );
}

/// How many replies the session in progress has recorded.
/// The customer's lines shown in full at once, as if read.
fn quiet(app: &mut App) {
    let mut session = app.world_mut().resource_mut::<session::Session>();
    session.revealed = f32::MAX;
}

fn turn_count(app: &App) -> usize {
    the_session(app).practice.conversation().turns().len()
}

/// The conversation in progress.
fn the_session(app: &App) -> &session::Session {
    app.world().resource::<session::Session>()
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

#[test]
fn a_conversation_by_keys_with_interrupting_hints_and_retry() {
    let mut app = headless("en");
    app.init_resource::<ButtonInput<KeyCode>>();
    let index = app
        .world()
        .resource::<Library>()
        .stories
        .iter()
        .position(|s| s.scenario.id == "missed-delivery")
        .unwrap();
    app.world_mut().write_message(session::StartScenario(index));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Conversation);
    assert!(the_session(&app).customer_speaking());

    // Answering while she is still talking is interrupting.
    let first = model_path(&app, "missed-delivery")[0];
    press(&mut app, digit(first));
    {
        let session = the_session(&app);
        let turn = &session.practice.conversation().turns()[0];
        assert!(turn.conduct.interrupted);
        let defuse_core::Node::Turn { replies, .. } = session.story.node(session.story.start())
        else {
            panic!("the scenario starts at a decision")
        };
        let listening = replies[first - 1].scores.listening;
        assert_eq!(turn.scores.listening, (listening - 2).max(0));
        assert!(
            session.transcript.iter().any(|l| l
                .text
                .contains("answered before Eszter Kovács had finished")),
            "the interruption is pointed out"
        );
    }

    // Let her finish, take the hint, then answer with the mouse's number key 1.
    app.insert_resource(session::Pace(1.0e9));
    app.update();
    assert!(!the_session(&app).customer_speaking());
    press(&mut app, KeyCode::KeyH);
    assert!(the_session(&app).practice.hint_taken());
    press(&mut app, KeyCode::Digit1);
    {
        let turn = &the_session(&app).practice.conversation().turns()[1];
        assert!(turn.conduct.hint && !turn.conduct.interrupted);
    }
    // A button pressed by click or by Enter on the focused one: the same Activate.
    let mut buttons = app
        .world_mut()
        .query::<(Entity, &screens::conversation::ReplyButton)>();
    let second = buttons
        .iter(app.world())
        .find(|(_, b)| b.0 == 2)
        .map(|(e, _)| e)
        .unwrap();
    app.world_mut()
        .trigger(theme::interaction::Activate { entity: second });
    app.update();
    app.update();
    {
        let turns = the_session(&app).practice.conversation().turns().to_vec();
        assert_eq!(turns.len(), 3);
        assert_eq!(turns[2].reply, Some(1), "the second reply was chosen");
    }
    // A key with no reply does nothing.
    press(&mut app, KeyCode::Digit9);
    assert_eq!(turn_count(&app), 3);
    // Answer the first reply until the conversation ends.
    for _ in 0..10 {
        if screen(&app) == Screen::Debrief {
            break;
        }
        press(&mut app, KeyCode::Digit1);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    open_every_decision(&mut app);
    let shown = texts(&mut app);
    assert!(
        shown.iter().any(|t| t.contains("passed")),
        "the verdict shows: {shown:?}"
    );

    // Retry starts afresh; Esc goes back to the picker.
    press(&mut app, KeyCode::KeyR);
    app.update();
    assert_eq!(screen(&app), Screen::Conversation);
    assert!(the_session(&app).practice.conversation().turns().is_empty());
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
}

/// Clicks every decision's line on the debrief, opening its detail.
fn open_every_decision(app: &mut App) {
    loop {
        let closed = {
            let mut query = app.world_mut().query::<(&Text, &ChildOf)>();
            query
                .iter(app.world())
                .find(|(t, _)| t.0.starts_with("▸ "))
                .map(|(_, parent)| parent.parent())
        };
        let Some(line) = closed else {
            return;
        };
        app.world_mut()
            .trigger(theme::interaction::Activate { entity: line });
        app.update();
        app.update();
    }
}

fn texts(app: &mut App) -> Vec<String> {
    let mut query = app.world_mut().query::<&Text>();
    query.iter(app.world()).map(|t| t.0.clone()).collect()
}

/// Plays a scenario's model path (its first playtest that passes) by number keys, up to
/// its debrief.
fn play_to_debrief(app: &mut App, scenario: &str) {
    let path = model_path(app, scenario);
    let index = scenario_index(app, scenario);
    app.world_mut().write_message(session::StartScenario(index));
    app.update();
    app.update();
    for reply in path {
        app.update();
        press(app, digit(reply));
    }
    assert_eq!(screen(app), Screen::Debrief);
}

/// The replies of a scenario's model path, 1-based in the file's order (the order these
/// headless sessions list them in).
fn model_path(app: &App, scenario: &str) -> Vec<usize> {
    let library = app.world().resource::<Library>();
    let story = &library.stories[scenario_index(app, scenario)];
    story
        .scenario
        .playtests
        .iter()
        .find(|p| p.passes == Some(true))
        .expect("a playtest that passes")
        .replies
        .clone()
}

fn digit(number: usize) -> KeyCode {
    screens::conversation::DIGITS[number - 1]
}

/// The text of the one entity marked `C`.
fn text_of<C: Component>(app: &mut App) -> String {
    let mut query = app.world_mut().query_filtered::<&Text, With<C>>();
    query.single(app.world()).unwrap().0.clone()
}

#[test]
fn the_start_screen_wants_a_name() {
    let config = std::env::temp_dir().join(format!("defuse-start-{}", std::process::id()));
    let file = config.join(trainee::FILE_NAME);
    let _ = std::fs::remove_dir_all(&config);
    let order = defuse_core::ReplyOrder {
        seed: Some(1),
        in_file_order: true,
    };
    let mut launch = launch("en", None, None, order);
    launch.lang_given = false;
    launch.config = Some(file.clone());
    let mut app = app_from(launch.clone());
    assert_eq!(screen(&app), Screen::Start);
    // No name, no way on: the screen says why.
    app.world_mut()
        .write_message(screens::start::Begin("   ".to_owned()));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Start);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.contains("Please type your name"))
    );
    // Switch to Polish, then continue under a name: both are remembered.
    app.world_mut()
        .write_message(SwitchLanguage(defuse_core::i18n::langid("pl").unwrap()));
    app.update();
    app.world_mut()
        .write_message(screens::start::Begin("Anna Kowalska".to_owned()));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Picker);
    assert_eq!(
        app.world().resource::<trainee::Trainee>().name,
        "Anna Kowalska"
    );
    let remembered = trainee::recall(&file).expect("saved");
    assert_eq!(remembered.name, "Anna Kowalska");
    assert_eq!(remembered.language, "pl");

    // Next time, the name and the language are offered back.
    let mut again = app_from(launch);
    again.update();
    assert_eq!(
        again.world().resource::<screens::start::NameDraft>().text,
        "Anna Kowalska"
    );
    assert_eq!(
        again
            .world()
            .resource::<Language>()
            .texts
            .lang()
            .language
            .as_str(),
        "pl"
    );
    assert!(
        texts(&mut again)
            .iter()
            .any(|t| t.contains("Witaj ponownie"))
    );

    // `play --gui --trainee NAME`: that name is filled in, over the remembered one.
    let mut named = launch_for("Ada Lovelace", &file);
    named.update();
    assert_eq!(
        named.world().resource::<screens::start::NameDraft>().text,
        "Ada Lovelace"
    );
    let mut fields = named.world_mut().query::<&bevy::text::EditableText>();
    let shown: Vec<String> = fields
        .iter(named.world())
        .map(|f| f.value().to_string())
        .collect();
    assert_eq!(shown, ["Ada Lovelace"], "the name field");
    let _ = std::fs::remove_dir_all(&config);
}

/// The app as `play --gui --trainee NAME` opens it, with settings remembered in `file`.
fn launch_for(name: &str, file: &std::path::Path) -> App {
    let mut launch = launch("en", None, None, defuse_core::ReplyOrder::default());
    launch.lang_given = false;
    launch.config = Some(file.to_owned());
    launch.trainee = Some(name.to_owned());
    app_from(launch)
}

#[test]
fn the_picker_lists_every_scenario() {
    let mut app = headless("en");
    let shown = texts(&mut app);
    let library = app.world().resource::<Library>();
    assert_eq!(library.stories.len(), 6);
    for story in &library.stories {
        assert!(shown.contains(&story.scenario.title), "{shown:?}");
    }
    assert!(shown.iter().any(|t| t == "Language"), "{shown:?}");

    // Settings apply at once: the whole interface scales, the pace changes.
    app.world_mut().write_message(settings::SetTextSize(1.2));
    app.world_mut().write_message(settings::SetPace(45.0));
    app.update();
    assert_eq!(app.world().resource::<UiScale>().0, 1.2);
    assert_eq!(app.world().resource::<session::Pace>().0, 45.0);
}

#[test]
fn switching_language_relabels_and_mirrors_at_once() {
    let mut app = headless("en");
    let english_title = app.world().resource::<Library>().stories[0]
        .scenario
        .title
        .clone();

    app.world_mut()
        .write_message(SwitchLanguage(defuse_core::i18n::langid("he").unwrap()));
    app.update();
    app.update();

    assert!(app.world().resource::<Language>().is_rtl());
    let shown = texts(&mut app);
    assert!(
        shown.iter().any(|t| t == "שפה"),
        "the interface is in Hebrew: {shown:?}"
    );
    assert!(
        !shown.iter().any(|t| t == "Language"),
        "no English left: {shown:?}"
    );
    let hebrew_title = app.world().resource::<Library>().stories[0]
        .scenario
        .title
        .clone();
    assert_ne!(
        hebrew_title, english_title,
        "the scenarios are translated too"
    );
    assert!(shown.contains(&hebrew_title), "{shown:?}");
    // Every node lays out right to left.
    let mut nodes = app.world_mut().query::<&Node>();
    let directions: Vec<InlineDirection> = nodes.iter(app.world()).map(|n| n.direction).collect();
    assert!(!directions.is_empty());
    assert!(directions.iter().all(|d| *d == InlineDirection::Rtl));

    // And back.
    app.world_mut()
        .write_message(SwitchLanguage(defuse_core::i18n::langid("en").unwrap()));
    app.update();
    app.update();
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "Language"), "{shown:?}");
    let mut nodes = app.world_mut().query::<&Node>();
    assert!(
        nodes
            .iter(app.world())
            .all(|n| n.direction == InlineDirection::Ltr)
    );
}

fn scenario_index(app: &App, id: &str) -> usize {
    app.world()
        .resource::<Library>()
        .stories
        .iter()
        .position(|s| s.scenario.id == id)
        .unwrap()
}

/// Runs frames until the scorecards are read.
fn until_loaded(app: &mut App) {
    for _ in 0..500 {
        if app
            .world()
            .resource::<records::Records>()
            .progress()
            .is_none()
        {
            return;
        }
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the scorecards were never read");
}

fn saved(data: &std::path::Path) -> Vec<defuse_core::scorecard::Scorecard> {
    defuse_core::store::Store::new(data)
        .load(|_, _| {})
        .unwrap()
        .scorecards
}

#[test]
fn results_wait_in_the_outbox_while_the_lrs_cannot_be_reached() {
    let data = tempfile::tempdir().unwrap();
    // Nothing listens on the discard port of loopback.
    let config = defuse_core::lrs::Config {
        endpoint: "http://127.0.0.1:9/xAPI/".into(),
        user: "defuse".into(),
        password: defuse_core::lrs::Password::new("secret"),
        xapi_base: defuse_core::report::xapi::DEFAULT_BASE.into(),
    };
    let mut app = headless_syncing("en", Some(data.path().to_path_buf()), Some(config));
    until_loaded(&mut app);
    app.insert_resource(session::Pace(1.0e9));
    play_to_debrief(&mut app, "missed-delivery");
    // The session is queued at once and the send tried in the background.
    let outbox = data.path().join("outbox");
    let queued: Vec<_> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && n != "status.json")
        .collect();
    assert_eq!(queued.len(), 1, "{queued:?}");
    let started = std::time::Instant::now();
    loop {
        app.update();
        let sync = app.world().resource::<sync::LrsSync>();
        if !sync.is_sending() && sync.status.last_error.is_some() {
            break;
        }
        assert!(started.elapsed().as_secs() < 30, "the send never ended");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    app.update();
    let sync = app.world().resource::<sync::LrsSync>();
    assert_eq!(sync.waiting, 1);
    assert!(sync.status.next_attempt.is_some(), "a later try is planned");
    let shown = text_of::<sync::SyncIndicator>(&mut app);
    assert_eq!(
        shown,
        "1 result not synced yet: the LRS cannot be reached; retrying later"
    );
    // The scorecard itself is safe, whatever the LRS does.
    assert_eq!(saved(data.path()).len(), 1);
}

#[test]
fn sessions_are_saved_and_the_manager_reviews_them() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("scorecards");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("damaged.json"), "{ not json").unwrap();
    let mut app = headless_with("en", Some(data.path().to_path_buf()));
    until_loaded(&mut app);
    app.insert_resource(session::Pace(1.0e9));

    // A finished conversation is saved when the debrief opens.
    play_to_debrief(&mut app, "missed-delivery");
    let cards = saved(data.path());
    assert_eq!(cards.len(), 1);
    let finished = cards[0].clone();
    assert_eq!(finished.trainee, "Test Trainee");
    assert_eq!(finished.scenario.id, "missed-delivery");
    assert!(!finished.is_abandoned() && finished.passed);
    assert_eq!(
        finished.turns.len(),
        finished
            .turns
            .iter()
            .filter(|t| t.answered.is_some())
            .count()
    );

    // Back on the picker, the card shows the best result.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
    let best = format!("Your best: {} (passed)", finished.overall.unwrap());
    assert!(texts(&mut app).contains(&best), "{:?}", texts(&mut app));

    // Leaving a conversation half-way saves it as abandoned.
    let cafe = scenario_index(&app, "cafe-long-wait");
    app.world_mut().write_message(session::StartScenario(cafe));
    app.update();
    app.update();
    press(&mut app, KeyCode::Digit1);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
    let cards = saved(data.path());
    assert_eq!(cards.len(), 2);
    let abandoned = cards.iter().find(|c| c.is_abandoned()).expect("abandoned");
    assert_eq!(abandoned.turns.len(), 1);

    // The manager's review: trainees, a trainee's sessions, one session in full.
    press(&mut app, KeyCode::KeyM);
    assert_eq!(screen(&app), Screen::Manager);
    manager::open_door_first_time(&mut app, "a good passphrase");
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "Test Trainee"), "{shown:?}");
    assert!(
        shown.iter().any(|t| t.contains("2 sessions by 1 trainee")),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(|t| t.contains("damaged.json")),
        "the damaged file is named: {shown:?}"
    );
    app.world_mut()
        .write_message(screens::manager::Navigate::OpenTrainee(
            "Test Trainee".into(),
        ));
    app.update();
    app.update();
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "abandoned"), "{shown:?}");
    assert!(shown.contains(&finished.scenario.title), "{shown:?}");
    app.world_mut()
        .write_message(screens::manager::Navigate::OpenSession(finished.id));
    app.update();
    app.update();
    let shown = texts(&mut app);
    assert!(
        shown.contains(&finished.turns[0].feedback),
        "the session reads as its debrief: {shown:?}"
    );
    // Under who played it and when.
    let when = defuse_core::report::date_time(
        &defuse_core::i18n::Texts::new(&defuse_core::i18n::langid("en").unwrap()),
        finished.ended,
        &jiff::tz::TimeZone::system(),
    );
    assert!(
        shown.contains(&format!("Test Trainee · {when} · en")),
        "{shown:?}"
    );
    // Filters: a scenario with no sessions empties the list.
    app.world_mut()
        .write_message(screens::manager::Navigate::Back);
    app.world_mut()
        .write_message(screens::manager::Navigate::Back);
    app.world_mut()
        .write_message(screens::manager::Navigate::Scenario(Some(
            "haircut-on-purpose".into(),
        )));
    app.update();
    app.update();
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.contains("No scorecards match"))
    );
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);

    // The settings screen, and back.
    press(&mut app, KeyCode::KeyS);
    assert_eq!(screen(&app), Screen::Settings);
    assert!(texts(&mut app).iter().any(|t| t == "Reading pace"));
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Picker);
}

fn transcript(app: &App) -> Vec<(session::Speaker, String)> {
    the_session(app)
        .transcript
        .iter()
        .map(|l| (l.speaker, l.text.clone()))
        .collect()
}

fn count<C: Component>(app: &mut App) -> usize {
    let mut query = app.world_mut().query_filtered::<(), With<C>>();
    query.iter(app.world()).count()
}

#[test]
fn typed_replies_are_taken_as_a_reply_or_met_neutrally_and_explained_in_the_debrief() {
    use screens::conversation::{ReplyButton, ReplyField};
    use session::{Speaker, TypeReply};
    let data = tempfile::tempdir().unwrap();
    let mut app = headless_with("en", Some(data.path().to_path_buf()));
    until_loaded(&mut app);
    app.insert_resource(session::Pace(1.0e9));
    let cafe = scenario_index(&app, "cafe-long-wait");
    app.world_mut().write_message(session::StartScenario(cafe));
    app.update();
    app.update();
    // Listed replies, and the field to type in beside them.
    let (listed, model) = {
        let story = &app.world().resource::<Library>().stories[cafe];
        let defuse_core::Node::Turn { replies, .. } = story.node(story.start()) else {
            panic!("the scenario starts at a decision")
        };
        let model = defuse_core::model::best_reply(replies).unwrap();
        (replies.len(), (model, replies[model].text.clone()))
    };
    assert_eq!(count::<ReplyButton>(&mut app), listed);
    assert_eq!(count::<ReplyField>(&mut app), 1);

    // Blank words are no reply.
    app.world_mut().write_message(TypeReply("   ".into()));
    app.update();
    assert_eq!(transcript(&app).len(), 1);

    app.world_mut()
        .write_message(TypeReply("Lovely weather today, isn't it?".into()));
    app.update();
    app.update();
    let lines = transcript(&app);
    assert_eq!(
        lines[1],
        (Speaker::Trainee, "Lovely weather today, isn't it?".into())
    );
    assert_eq!(lines[2].0, Speaker::Coach);
    assert!(
        lines[2].1.starts_with("None of the replies here"),
        "{lines:?}"
    );
    // The customer's neutral reaction, then the same decision again.
    let neutral = &app.world().resource::<Library>().stories[cafe]
        .scenario
        .neutral
        .clone()
        .unwrap();
    assert!(matches!(lines[3].0, Speaker::Customer(_)));
    assert!(neutral.says.contains(&lines[3].1), "{lines:?}");
    assert_eq!(screen(&app), Screen::Conversation);
    assert_eq!(count::<ReplyButton>(&mut app), listed);

    let words = "Tamás, I'm so sorry you've waited half an hour. I'll make your oat flat white myself right now.";
    app.world_mut().write_message(TypeReply(words.into()));
    app.update();
    app.update();
    let lines = transcript(&app);
    assert_eq!(lines[4], (Speaker::Trainee, words.into()));
    // A paraphrase: taken as the best reply, told as certain or as the closest.
    assert!(
        lines[5].1.starts_with(&format!("Taken as: “{}", model.1))
            || lines[5]
                .1
                .starts_with(&format!("Your words were closest to: “{}", model.1)),
        "{lines:?}"
    );
    assert!(app.world().resource::<session::ReplyDraft>().0.is_empty());

    // Expert: the replies are no longer listed, and their number keys do nothing.
    app.world_mut().write_message(settings::SetExpert(true));
    app.update();
    app.world_mut()
        .resource_mut::<session::Session>()
        .transcript
        .push(session::Line {
            speaker: Speaker::Coach,
            text: String::new(),
        });
    app.update();
    assert_eq!(count::<ReplyButton>(&mut app), 0);
    assert_eq!(count::<ReplyField>(&mut app), 1);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("Answer in your own words"))
    );
    let turns = turn_count(&app);
    press(&mut app, KeyCode::Digit1);
    assert_eq!(turn_count(&app), turns);
    app.world_mut().write_message(settings::SetExpert(false));
    app.update();

    // The rest by the listed replies, to the debrief.
    for _ in 0..12 {
        if screen(&app) == Screen::Debrief {
            break;
        }
        app.world_mut().write_message(session::ChooseReply(1));
        app.update();
        app.update();
    }
    assert_eq!(screen(&app), Screen::Debrief);
    open_every_decision(&mut app);
    let shown = texts(&mut app);
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("In your own words; they matched none")
                || t.starts_with("In your own words; they have nothing in common")),
        "{shown:?}"
    );
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("In your own words, taken as: “Tamás")
                || t.starts_with("In your own words, closest to: “Tamás")),
        "{shown:?}"
    );
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("listening: ") && t.ends_with(" of 100"))
    );
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("+10  “Tamás”:") && t.contains("(principle: ")),
        "{shown:?}"
    );
    // The scorecard keeps the same.
    let card = saved(data.path()).pop().unwrap();
    assert_eq!(card.turns[0].reply, 0);
    assert_eq!(card.turns[1].reply, model.0 + 1);
    assert_eq!(card.turns[1].reply_text, words);
    assert!(!card.turns[1].typed.as_ref().unwrap().evidence.is_empty());
}

#[test]
fn a_broken_rubric_is_named_and_the_typed_words_are_kept() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let locales = tempfile::tempdir().unwrap();
    for lang in ["en", "hu", "pl", "he"] {
        let dir = locales.path().join(lang);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(
            root.join("locales").join(lang).join("defuse.ftl"),
            dir.join("defuse.ftl"),
        )
        .unwrap();
    }
    std::fs::write(
        locales.path().join("en").join("rubric.ron"),
        "Rubric(language: \"en\", stemmer: None, signals: [\n  (id: 3)\n])",
    )
    .unwrap();
    let mut app = headless("en");
    app.insert_resource(session::Rubrics::new(locales.path().to_path_buf()));
    app.insert_resource(session::Pace(1.0e9));
    let cafe = scenario_index(&app, "cafe-long-wait");
    app.world_mut().write_message(session::StartScenario(cafe));
    app.update();
    app.update();
    // Typed into the field, as the keyboard would.
    let mut fields = app
        .world_mut()
        .query_filtered::<&mut bevy::text::EditableText, With<screens::conversation::ReplyField>>();
    fields
        .single_mut(app.world_mut())
        .unwrap()
        .editor_mut()
        .set_text("I'm so sorry");
    app.update();
    let draft = app.world().resource::<session::ReplyDraft>().0.clone();
    assert_eq!(draft, "I'm so sorry");
    app.world_mut().write_message(session::TypeReply(draft));
    app.update();
    app.update();
    let lines = transcript(&app);
    let last = &lines.last().unwrap().1;
    assert!(last.starts_with("Your words cannot be scored"), "{lines:?}");
    assert!(last.contains("rubric.ron:2:"), "{last}");
    assert_eq!(
        app.world().resource::<session::ReplyDraft>().0,
        "I'm so sorry"
    );
    assert!(the_session(&app).practice.conversation().turns().is_empty());
    // The listed replies still work.
    app.world_mut().write_message(session::ChooseReply(1));
    app.update();
    assert_eq!(turn_count(&app), 1);
}

mod manager;
mod voice;
mod window;

#[test]
fn words_in_another_language_get_a_notice_and_stay_in_the_field() {
    use session::{Speaker, TypeReply};
    let mut app = headless_with("hu", None);
    until_loaded(&mut app);
    app.insert_resource(session::Pace(1.0e9));
    let cafe = scenario_index(&app, "cafe-long-wait");
    app.world_mut().write_message(session::StartScenario(cafe));
    for _ in 0..4 {
        app.update();
    }
    let turns = turn_count(&app);
    let english = "I am so sorry about the wait, I will make your coffee myself right now.";
    app.world_mut().write_message(TypeReply(english.into()));
    app.update();
    app.update();
    let lines = transcript(&app);
    let last = lines.last().unwrap();
    assert_eq!(last.0, Speaker::Coach);
    assert!(last.1.starts_with("Szavai angolul vannak"), "{lines:?}");
    // Nothing was scored, and the decision is still waiting.
    assert_eq!(turn_count(&app), turns);
    assert_eq!(screen(&app), Screen::Conversation);
}
