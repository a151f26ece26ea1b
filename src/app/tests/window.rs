//! The window as a person uses it: scrolling with the wheel and keys, the focus kept in
//! view, and typing that never turns into a shortcut.

use super::*;
use crate::app::theme::scroll::MainScroll;
use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::input::touch::TouchPhase;
use bevy::input_focus::InputFocus;
use bevy::math::Affine2;

/// Gives the screen's scrolling area the size a 1280×720 window would: 2,000 px of
/// content in 720 px of view (headless there is no layout to measure it).
fn sized_main(app: &mut App) -> Entity {
    for _ in 0..3 {
        app.update();
    }
    let main = {
        let mut query = app.world_mut().query_filtered::<Entity, With<MainScroll>>();
        query.single(app.world()).expect("one scrolling screen")
    };
    app.world_mut().entity_mut(main).insert((
        ComputedNode {
            size: Vec2::new(1280.0, 720.0),
            content_size: Vec2::new(1280.0, 2000.0),
            inverse_scale_factor: 1.0,
            ..default()
        },
        UiGlobalTransform::from(Affine2::from_translation(Vec2::new(640.0, 360.0))),
    ));
    main
}

fn scrolled(app: &App, entity: Entity) -> f32 {
    app.world().get::<ScrollPosition>(entity).unwrap().y
}

#[test]
fn the_wheel_and_the_keys_scroll_the_screen() {
    let mut app = headless("en");
    assert_eq!(screen(&app), Screen::Picker);
    let main = sized_main(&mut app);
    app.world_mut().write_message(MouseWheel {
        unit: MouseScrollUnit::Line,
        x: 0.0,
        y: -3.0,
        window: Entity::PLACEHOLDER,
        phase: TouchPhase::Moved,
    });
    app.update();
    assert_eq!(scrolled(&app, main), 120.0, "three lines down");
    press(&mut app, KeyCode::PageDown);
    assert!(scrolled(&app, main) > 700.0);
    press(&mut app, KeyCode::End);
    assert_eq!(scrolled(&app, main), 1280.0, "the very bottom");
    press(&mut app, KeyCode::ArrowUp);
    assert_eq!(scrolled(&app, main), 1240.0);
    press(&mut app, KeyCode::Home);
    assert_eq!(scrolled(&app, main), 0.0);
    // Never past the ends.
    app.world_mut().write_message(MouseWheel {
        unit: MouseScrollUnit::Pixel,
        x: 0.0,
        y: 500.0,
        window: Entity::PLACEHOLDER,
        phase: TouchPhase::Moved,
    });
    app.update();
    assert_eq!(scrolled(&app, main), 0.0);
}

#[test]
fn the_focused_element_is_scrolled_into_view() {
    let mut app = headless("en");
    let main = sized_main(&mut app);
    // A card far below the fold gets the focus, as Tab would give it.
    let card = {
        let mut query = app
            .world_mut()
            .query_filtered::<Entity, With<bevy::input_focus::tab_navigation::TabIndex>>();
        query.iter(app.world()).last().unwrap()
    };
    app.world_mut().entity_mut(card).insert((
        ComputedNode {
            size: Vec2::new(900.0, 160.0),
            inverse_scale_factor: 1.0,
            ..default()
        },
        UiGlobalTransform::from(Affine2::from_translation(Vec2::new(640.0, 1500.0))),
    ));
    app.world_mut()
        .insert_resource(InputFocus::from_entity(card));
    app.update();
    // Its bottom edge (1,580) comes up to the view's bottom, less a margin.
    let y = scrolled(&app, main);
    assert_eq!(y, 1580.0 - 720.0 + 12.0);
}

#[test]
fn letters_typed_in_the_reply_field_are_words_not_shortcuts() {
    let mut app = headless("en");
    let index = scenario_index(&app, "cafe-long-wait");
    app.world_mut().write_message(session::StartScenario(index));
    app.update();
    app.update();
    let field = {
        let mut query = app
            .world_mut()
            .query_filtered::<Entity, With<screens::conversation::ReplyField>>();
        query.single(app.world()).unwrap()
    };
    app.world_mut()
        .insert_resource(InputFocus::from_entity(field));
    // "h" and "3" while the field has the keys: no hint, no reply.
    press(&mut app, KeyCode::KeyH);
    press(&mut app, KeyCode::Digit3);
    assert_eq!(turn_count(&app), 0);
    assert!(!the_session(&app).practice.hint_taken());
    // Esc leaves the field (and stays on the conversation); then the shortcuts work.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Conversation);
    assert_eq!(app.world().resource::<InputFocus>().get(), None);
    press(&mut app, KeyCode::KeyH);
    assert!(the_session(&app).practice.hint_taken());
    press(&mut app, KeyCode::Digit1);
    assert_eq!(turn_count(&app), 1);
    // The key help says which keys do what where.
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("In the field: Enter sends")),
        "{:?}",
        texts(&mut app)
    );
}

#[test]
fn the_debrief_teaches_at_a_glance() {
    let mut app = headless("en");
    let index = scenario_index(&app, "cafe-long-wait");
    app.world_mut().write_message(session::StartScenario(index));
    app.update();
    app.update();
    for _ in 0..12 {
        if screen(&app) == Screen::Debrief {
            break;
        }
        // The third reply, in the file's order, each time: a run that misses a lot.
        press(&mut app, KeyCode::Digit3);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    let shown = texts(&mut app);
    // The verdict with its reason, the buttons, and three principles to work on.
    assert!(
        shown.iter().any(|t| t.starts_with("Not passed: ")),
        "{shown:?}"
    );
    for button in [
        "Try again (R)",
        "Next scenario",
        "Back to the scenarios (Esc)",
    ] {
        assert!(shown.iter().any(|t| t == button), "{button}");
    }
    let lessons: Vec<&String> = shown
        .iter()
        .filter(|t| t.starts_with("1. ") || t.starts_with("2. ") || t.starts_with("3. "))
        .collect();
    assert_eq!(lessons.len(), 3, "{shown:?}");
    let titles: std::collections::HashSet<&str> = lessons
        .iter()
        .map(|l| l.split(" — ").next().unwrap())
        .collect();
    assert_eq!(titles.len(), 3, "three different principles: {lessons:?}");
    assert!(lessons.iter().all(|l| l.contains("the best reply was: “")));
    // Each decision is one line until opened.
    assert!(!shown.iter().any(|t| t.starts_with("Feedback")));
    let decisions = shown
        .iter()
        .filter(|t| t.starts_with("▸ Decision "))
        .count();
    assert!(decisions >= 3);
    open_every_decision(&mut app);
    let shown = texts(&mut app);
    assert_eq!(
        shown
            .iter()
            .filter(|t| t.starts_with("▾ Decision "))
            .count(),
        decisions
    );
    // "Next scenario" starts the next one.
    let next = {
        let mut query = app.world_mut().query::<(&Text, &ChildOf)>();
        query
            .iter(app.world())
            .find(|(t, _)| t.0 == "Next scenario")
            .map(|(_, p)| p.parent())
            .unwrap()
    };
    app.world_mut()
        .trigger(theme::interaction::Activate { entity: next });
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Conversation);
    let session = the_session(&app);
    assert_eq!(session.index, (index + 1) % 6);
}

#[test]
fn settings_are_saved_the_moment_they_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(crate::app::trainee::FILE_NAME);
    let order = defuse_core::ReplyOrder::default();
    let mut launch = launch("en", None, None, order);
    launch.config = Some(file.clone());
    let mut app = headless_from(launch);
    app.world_mut()
        .write_message(crate::app::settings::SetTextSize(1.2));
    app.update();
    app.update();
    // No exit, no continue: the file already has it, as a window killed now would leave it.
    let kept = crate::app::trainee::recall(&file).expect("saved at once");
    assert_eq!(kept.name, "Test Trainee");
    assert!((kept.text_size - 1.2).abs() < 1e-6);
    app.world_mut()
        .write_message(crate::app::voice::SetVoice(true));
    app.update();
    app.update();
    assert!(crate::app::trainee::recall(&file).unwrap().voice);
}

#[test]
fn the_tone_label_follows_the_mood_meter() {
    let mut app = headless("en");
    let index = scenario_index(&app, "missed-delivery");
    app.world_mut().write_message(session::StartScenario(index));
    app.update();
    app.update();
    let mood = the_session(&app).practice.conversation().mood();
    let label = app
        .world()
        .resource::<Language>()
        .texts
        .tone(defuse_core::Tone::from_mood(mood), session_gender(&app));
    assert!(texts(&mut app).contains(&label), "{label} for mood {mood}");
}

fn session_gender(app: &App) -> Option<defuse_core::Gender> {
    the_session(app).story.scenario.customer.gender
}
