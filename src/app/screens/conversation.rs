//! The conversation: the customer with a face and a mood meter on one side, the
//! transcript and the replies on the other. Right-to-left languages swap the sides.

use super::Screen;
use crate::app::Language;
use crate::app::session::{ChooseReply, ReplyDraft, Session, Speaker, TakeHint, TypeReply};
use crate::app::settings::Expert;
use crate::app::stages::AppSystems;
use crate::app::theme::interaction::Activate;
use crate::app::theme::scroll::{FollowNewest, MainScroll, Scrolls};
use crate::app::theme::{Fonts, palette, widget};
use crate::app::voice::{StartTalking, StopTalking, Talking};
use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use bevy::text::{EditableText, TextEdit};
use defuse_core::Tone;

mod face;
mod reply;

use face::{face, mood_meter};
use reply::{keep_draft, own_words, say_it, settle_reply_field};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ShowBrief>();
    app.add_systems(OnEnter(Screen::Conversation), spawn_conversation);
    // Leaving before the end keeps what was played, marked abandoned.
    app.add_systems(
        OnExit(Screen::Conversation),
        crate::app::records::save_abandoned,
    );
    app.add_systems(
        Update,
        (
            (keep_draft, keys).chain().in_set(AppSystems::Input),
            (rebuild, show_reveal, settle_reply_field)
                .chain()
                .in_set(AppSystems::Ui)
                .run_if(resource_exists::<Session>),
        )
            .run_if(in_state(Screen::Conversation)),
    );
}

#[derive(Component)]
struct ConversationRoot;

/// The number keys that choose the replies listed first to ninth.
pub const DIGITS: [KeyCode; 9] = [
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
];

/// A reply's button, with the number it is listed under (1 first).
#[derive(Component, Debug, Clone, Copy)]
pub struct ReplyButton(pub usize);

/// The field where the trainee types a reply in their own words.
#[derive(Component)]
pub struct ReplyField;

/// The text of the customer's latest line, grown as it is revealed.
#[derive(Component)]
struct RevealingLine;

/// How many transcript lines and whether a hint was showing when the screen was built,
/// to rebuild only when something changed.
#[derive(Resource, Default, PartialEq, Clone)]
struct Built {
    lines: usize,
    hint: bool,
    /// A chosen reply waits to be said aloud, and why the last take failed.
    awaiting: bool,
    problem: Option<String>,
    brief: bool,
}

/// The scenario's brief and the customer's traits are shown beside the face.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct ShowBrief(pub bool);

#[allow(clippy::too_many_arguments)]
fn keys(
    input: Res<ButtonInput<KeyCode>>,
    focus: Option<ResMut<InputFocus>>,
    mut fields: Query<&mut EditableText, With<ReplyField>>,
    draft: Res<ReplyDraft>,
    session: Option<ResMut<Session>>,
    expert: Res<Expert>,
    mut choose: MessageWriter<ChooseReply>,
    mut typed: MessageWriter<TypeReply>,
    mut hint: MessageWriter<TakeHint>,
    mut talk: MessageWriter<StartTalking>,
    mut stop: MessageWriter<StopTalking>,
    mut next: ResMut<NextState<Screen>>,
) {
    // Saying a reply aloud: Space held is talking; Esc goes back to the replies.
    let mut session = session;
    if let Some(session) = session.as_mut().filter(|s| s.awaiting_voice.is_some()) {
        if input.just_pressed(KeyCode::Space) {
            talk.write(StartTalking);
        }
        if input.just_released(KeyCode::Space) {
            stop.write(StopTalking);
        }
        if input.just_pressed(KeyCode::Escape) {
            session.awaiting_voice = None;
        }
        return;
    }
    // While the field has the keys they are words: only Enter (say it), Shift+Enter (a
    // new line) and Esc (leave the field) mean something else.
    let field = focus
        .as_ref()
        .and_then(|f| f.get())
        .filter(|e| fields.contains(*e));
    if let Some(field) = field {
        // Shift may come and go within the frame that brings Enter (a quick press).
        let shifts = [KeyCode::ShiftLeft, KeyCode::ShiftRight];
        let shift = input.any_pressed(shifts)
            || input.any_just_pressed(shifts)
            || input.any_just_released(shifts);
        let enter = input.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter]);
        if enter && shift {
            if let Ok(mut text) = fields.get_mut(field) {
                text.queue_edit(TextEdit::Insert("\n".into()));
            }
        } else if enter {
            typed.write(TypeReply(draft.0.clone()));
        }
        if input.just_pressed(KeyCode::Escape)
            && let Some(mut focus) = focus
        {
            focus.clear();
        }
        return;
    }
    if input.just_pressed(KeyCode::Escape) {
        next.set(Screen::Picker);
    }
    // A reply that is not listed cannot be picked by its number either.
    let listed = !expert.0
        && session
            .as_ref()
            .is_some_and(|s| s.practice.prompt().is_none_or(|p| !p.typed));
    for (k, key) in DIGITS.iter().enumerate() {
        if listed && input.just_pressed(*key) {
            choose.write(ChooseReply(k + 1));
        }
    }
    if input.just_pressed(KeyCode::KeyH) {
        hint.write(TakeHint);
    }
}

fn spawn_conversation(mut commands: Commands) {
    commands.insert_resource(Built {
        lines: usize::MAX,
        ..default()
    });
}

#[allow(clippy::too_many_arguments)]
fn rebuild(
    mut commands: Commands,
    session: Res<Session>,
    mut built: ResMut<Built>,
    roots: Query<Entity, With<ConversationRoot>>,
    fonts: Res<Fonts>,
    language: Res<Language>,
    expert: Res<Expert>,
    draft: Res<ReplyDraft>,
    talking: Res<Talking>,
    transcripts: Query<(&ScrollPosition, &FollowNewest)>,
    brief: Res<ShowBrief>,
) {
    let now = Built {
        lines: session.transcript.len(),
        hint: session.practice.hint_taken(),
        awaiting: session.awaiting_voice.is_some(),
        problem: talking.problem.clone(),
        brief: brief.0,
    };
    if *built == now && !language.is_changed() {
        return;
    }
    // A new decision takes the keys into the reply field; a rebuild for a hint does not.
    let fresh = built.lines != now.lines;
    *built = now;
    // The rebuilt transcript keeps where the trainee had scrolled to.
    let kept = transcripts
        .iter()
        .next()
        .map_or((false, 0.0), |(position, follow)| (follow.held, position.y));
    for root in &roots {
        commands.entity(root).despawn();
    }
    spawn_screen(
        &mut commands,
        &session,
        &fonts,
        &language,
        expert.0,
        &draft.0,
        talking.problem.as_deref(),
        kept,
        fresh,
        brief.0,
    );
}

/// Grows the revealing line's text to what has been read out so far.
fn show_reveal(session: Res<Session>, mut lines: Query<&mut Text, With<RevealingLine>>) {
    let Some(last) = session.transcript.last() else {
        return;
    };
    let shown: String = last.text.chars().take(session.revealed as usize).collect();
    for mut text in &mut lines {
        if text.0 != shown {
            text.0 = shown.clone();
        }
    }
}

/// A reply button was pressed: choose the reply it carries.
fn choose_this_reply(
    activate: On<Activate>,
    buttons: Query<&ReplyButton>,
    mut choose: MessageWriter<ChooseReply>,
) {
    if let Ok(button) = buttons.get(activate.entity) {
        choose.write(ChooseReply(button.0));
    }
}

fn tone_label(language: &Language, tone: Tone, gender: Option<defuse_core::Gender>) -> String {
    language.texts.tone(tone, gender)
}

#[allow(clippy::too_many_arguments)]
fn spawn_screen(
    commands: &mut Commands,
    session: &Session,
    fonts: &Fonts,
    language: &Language,
    expert: bool,
    draft: &str,
    voice_problem: Option<&str>,
    (held, scrolled): (bool, f32),
    fresh: bool,
    brief: bool,
) {
    let story = session.story.clone();
    let s = &story.scenario;
    let t = &language.texts;
    let mood = session.practice.conversation().mood();
    // In the order shown: the session's shuffle, so a place on the list tells nothing.
    let (replies, hint, typed) = match session.practice.prompt() {
        Some(prompt) => (
            prompt.replies.into_iter().cloned().collect::<Vec<_>>(),
            prompt.hint.map(str::to_owned),
            prompt.typed,
        ),
        None => (Vec::new(), None, false),
    };
    // The scenario or the expert setting may want the trainee's own words only.
    let listed = !typed && !expert;
    // The label says what the mood meter shows (a line's own tone is how it is said).
    let tone = Tone::from_mood(mood);
    let last = session.transcript.len().saturating_sub(1);
    let speaking = session.customer_speaking();

    commands
        .spawn((
            Name::new("Conversation"),
            ConversationRoot,
            TabGroup::default(),
            DespawnOnExit(Screen::Conversation),
            Node {
                width: Val::Percent(100.0),
                height: Val::Percent(100.0),
                padding: UiRect::all(Val::Px(24.0)),
                column_gap: Val::Px(24.0),
                ..default()
            },
        ))
        .with_children(|ui| {
            // The customer.
            ui.spawn(Node {
                width: Val::Px(260.0),
                flex_shrink: 0.0,
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                row_gap: Val::Px(14.0),
                ..default()
            })
            .with_children(|side| {
                side.spawn(face(mood));
                side.spawn(widget::heading(fonts, s.customer.name.clone(), 20.0));
                side.spawn(widget::text(
                    fonts,
                    tone_label(language, tone, s.customer.gender),
                    16.0,
                    palette::MUTED,
                ));
                side.spawn(mood_meter(
                    fonts,
                    t.format("conversation-mood", &[("mood", mood.into())]),
                    mood,
                ));
                side.spawn(widget::note(fonts, s.title.clone()));
                // The brief and what is known of the customer, open at any time.
                let label = if brief {
                    "conversation-hide-brief"
                } else {
                    "conversation-show-brief"
                };
                side.spawn(widget::button(fonts, t.get(label), brief))
                    .observe(|_: On<Activate>, mut shown: ResMut<ShowBrief>| {
                        shown.0 = !shown.0;
                    });
                if brief {
                    side.spawn((
                        Name::new("Brief"),
                        Node {
                            flex_direction: FlexDirection::Column,
                            row_gap: Val::Px(6.0),
                            overflow: Overflow::scroll_y(),
                            min_height: Val::Px(0.0),
                            flex_shrink: 1.0,
                            ..default()
                        },
                        Scrolls,
                    ))
                    .with_children(|b| {
                        b.spawn(widget::paragraph(
                            fonts,
                            s.brief.clone(),
                            13.0,
                            palette::INK,
                        ));
                        for item in &s.customer.traits {
                            b.spawn(widget::paragraph(
                                fonts,
                                format!("• {item}"),
                                13.0,
                                palette::MUTED,
                            ));
                        }
                    });
                }
            });
            // The transcript and the replies.
            ui.spawn(Node {
                flex_grow: 1.0,
                flex_direction: FlexDirection::Column,
                row_gap: Val::Px(10.0),
                min_width: Val::Px(0.0),
                ..default()
            })
            .with_children(|main| {
                // The whole transcript, scrolled to the newest line unless the trainee
                // scrolled up to re-read.
                main.spawn((
                    Name::new("Transcript"),
                    Node {
                        flex_grow: 1.0,
                        flex_direction: FlexDirection::Column,
                        row_gap: Val::Px(8.0),
                        overflow: Overflow::scroll_y(),
                        min_height: Val::Px(0.0),
                        padding: UiRect::right(Val::Px(12.0)),
                        ..default()
                    },
                    Scrolls,
                    MainScroll,
                    FollowNewest { held },
                    ScrollPosition(Vec2::new(0.0, scrolled)),
                ))
                .with_children(|transcript| {
                    for (i, line) in session.transcript.iter().enumerate() {
                        let (colour, background, own) = match line.speaker {
                            Speaker::Customer(_) => (palette::INK, palette::CARD, false),
                            Speaker::Trainee => (Color::WHITE, palette::ACCENT, true),
                            Speaker::Coach => (palette::MUTED, Color::NONE, false),
                        };
                        let text = if i == last && speaking {
                            String::new()
                        } else if language.texts.is_rtl()
                            && !matches!(line.speaker, Speaker::Customer(_))
                        {
                            // Typed words may start with a Latin name; a right-to-left
                            // mark keeps the paragraph right to left all the same.
                            format!("\u{200F}{}", line.text)
                        } else {
                            line.text.clone()
                        };
                        let mut bubble = transcript.spawn((
                            Node {
                                max_width: Val::Percent(80.0),
                                padding: UiRect::axes(Val::Px(12.0), Val::Px(8.0)),
                                border_radius: BorderRadius::all(Val::Px(10.0)),
                                align_self: if own {
                                    AlignSelf::FlexEnd
                                } else {
                                    AlignSelf::FlexStart
                                },
                                flex_shrink: 0.0,
                                ..default()
                            },
                            BackgroundColor(background),
                        ));
                        bubble.with_children(|b| {
                            let mut text = b.spawn(widget::text(fonts, text, 16.0, colour));
                            if i == last && matches!(line.speaker, Speaker::Customer(_)) {
                                text.insert(RevealingLine);
                            }
                        });
                    }
                });
                if let Some(hint) = hint.as_ref().filter(|_| session.practice.hint_taken()) {
                    main.spawn(widget::paragraph(
                        fonts,
                        t.format("conversation-hint-text", &[("text", hint.as_str().into())]),
                        15.0,
                        palette::MEDIUM,
                    ));
                }
                if let Some(answer) = &session.awaiting_voice {
                    let words = match answer {
                        defuse_core::Answer::Words(w) => w.clone(),
                        defuse_core::Answer::Number(n) => replies
                            .get(n.saturating_sub(1))
                            .map(|r| r.text.clone())
                            .unwrap_or_default(),
                    };
                    say_it(main, fonts, t, words, voice_problem);
                } else if listed {
                    for (k, reply) in replies.iter().enumerate() {
                        main.spawn((
                            widget::reply_button(fonts, k + 1, reply.text.clone()),
                            ReplyButton(k + 1),
                        ))
                        .observe(choose_this_reply);
                    }
                } else if !replies.is_empty() {
                    main.spawn(widget::paragraph(
                        fonts,
                        t.get("conversation-own-words"),
                        15.0,
                        palette::INK,
                    ));
                }
                if !replies.is_empty() && session.awaiting_voice.is_none() {
                    own_words(main, fonts, t, draft, !listed, fresh);
                }
                let saying = session.awaiting_voice.is_some();
                main.spawn(widget::row(12.0)).with_children(|row| {
                    if saying {
                        return;
                    }
                    let keys = if listed {
                        t.format("conversation-keys", &[("count", replies.len().into())])
                    } else {
                        t.get("conversation-keys-words")
                    };
                    row.spawn(widget::text(fonts, keys, 13.0, palette::MUTED));
                    if hint.is_some() && !session.practice.hint_taken() {
                        row.spawn(widget::button(fonts, t.get("conversation-hint"), false))
                            .observe(widget::sends(TakeHint));
                    }
                });
            });
        });
}
