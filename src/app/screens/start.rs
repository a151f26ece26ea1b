//! The start screen: the trainee gives their name (a returning trainee finds it filled
//! in), picks a language, and continues.

use super::Screen;
use crate::app::Language;
use crate::app::theme::interaction::Activate;
use crate::app::theme::{Fonts, palette, widget};
use crate::app::trainee::Trainee;
use bevy::input_focus::AutoFocus;
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use bevy::text::EditableText;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Begin>();
    app.init_resource::<NameDraft>();
    app.init_resource::<Suggestion>();
    app.add_systems(OnEnter(Screen::Start), spawn_start);
    app.add_systems(
        Update,
        (
            keep_draft,
            enter_continues,
            show_note.after(begin),
            super::rebuild::<StartRoot, _>(spawn_start)
                .run_if(resource_changed::<Language>.or_else(resource_changed::<Suggestion>)),
        )
            .run_if(in_state(Screen::Start)),
    );
    app.add_systems(Update, begin);
}

/// Start training under this name.
#[derive(Message, Debug, Clone)]
pub struct Begin(pub String);

/// A name close to someone on the roster but not theirs: likelier a typo than a new
/// trainee. The start screen asks "Did you mean …?"; Continue again goes on as typed.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Suggestion {
    /// The name typed.
    pub typed: String,
    /// The roster's name it is close to.
    pub nearest: String,
}

/// The name as typed so far, kept across a rebuild of the screen.
#[derive(Resource, Debug, Clone, Default)]
pub struct NameDraft {
    pub text: String,
    /// The trainee pressed Continue with no name.
    pub missing: bool,
    /// The name came from an earlier run.
    pub returning: bool,
}

#[derive(Component)]
struct StartRoot;

#[derive(Component)]
struct NameField;

/// The line under the name field: a welcome back, or why the trainee cannot go on yet.
#[derive(Component)]
struct Note;

fn note(language: &Language, draft: &NameDraft) -> String {
    if draft.missing {
        language.t("start-name-needed")
    } else if draft.returning && !draft.text.is_empty() {
        language.t("start-returning")
    } else {
        String::new()
    }
}

fn show_note(
    draft: Res<NameDraft>,
    language: Res<Language>,
    mut notes: Query<(&mut Text, &mut TextColor), With<Note>>,
) {
    if !draft.is_changed() {
        return;
    }
    for (mut text, mut colour) in &mut notes {
        let wanted = note(&language, &draft);
        if text.0 != wanted {
            text.0 = wanted;
        }
        colour.0 = if draft.missing {
            palette::WARNING
        } else {
            palette::MUTED
        };
    }
}

fn keep_draft(
    fields: Query<&EditableText, (With<NameField>, Changed<EditableText>)>,
    mut draft: ResMut<NameDraft>,
) {
    for field in &fields {
        let text = field.value().to_string();
        if text != draft.text {
            draft.text = text;
        }
    }
}

/// Enter in the name field continues (on a button, Enter presses that button instead).
fn enter_continues(
    input: Res<ButtonInput<KeyCode>>,
    focus: Option<Res<bevy::input_focus::InputFocus>>,
    fields: Query<(Entity, &EditableText), With<NameField>>,
    mut begin: MessageWriter<Begin>,
) {
    let in_field = focus.and_then(|f| f.get());
    if let Some((_, field)) = fields.iter().find(|(e, _)| Some(*e) == in_field)
        && (input.just_pressed(KeyCode::Enter) || input.just_pressed(KeyCode::NumpadEnter))
    {
        begin.write(Begin(field.value().to_string()));
    }
}

/// The name as it stands in the field now: the draft may be a frame behind the last key.
fn typed_name(fields: &Query<&EditableText, With<NameField>>, draft: &NameDraft) -> String {
    fields
        .iter()
        .next()
        .map(|f| f.value().to_string())
        .unwrap_or_else(|| draft.text.clone())
}

fn begin(
    mut requests: MessageReader<Begin>,
    mut draft: ResMut<NameDraft>,
    mut trainee: ResMut<Trainee>,
    mut next: ResMut<NextState<Screen>>,
    records: Option<Res<crate::app::records::Records>>,
    mut suggestion: ResMut<Suggestion>,
) {
    let Some(Begin(name)) = requests.read().last() else {
        return;
    };
    let name = name.trim();
    if name.is_empty() {
        draft.missing = true;
        return;
    }
    // Someone on the roster is that person, whatever the case or spacing; a near miss is
    // asked about once.
    let roster = records.as_ref().map(|r| &r.roster);
    let name = match roster.and_then(|r| r.find(name)) {
        Some(person) => person.name.clone(),
        None => {
            let nearest = roster.and_then(|r| r.nearest(name)).map(|p| p.name.clone());
            if let Some(nearest) = nearest
                && suggestion.typed != name
            {
                *suggestion = Suggestion {
                    typed: name.to_owned(),
                    nearest,
                };
                return;
            }
            defuse_core::report::tidy_name(name)
        }
    };
    *suggestion = Suggestion::default();
    trainee.name = name;
    draft.missing = false;
    // The settings remember the name with the rest (see `settings::remember`).
    next.set(Screen::Picker);
}

fn spawn_start(
    mut commands: Commands,
    fonts: Res<Fonts>,
    language: Res<Language>,
    draft: Res<NameDraft>,
    suggestion: Res<Suggestion>,
) {
    spawn(&mut commands, &fonts, &language, &draft, &suggestion);
}

fn spawn(
    commands: &mut Commands,
    fonts: &Fonts,
    language: &Language,
    draft: &NameDraft,
    suggestion: &Suggestion,
) {
    let t = &language.texts;
    commands
        .spawn((
            widget::ui_root("Start"),
            StartRoot,
            TabGroup::default(),
            DespawnOnExit(Screen::Start),
        ))
        .with_children(|ui| {
            ui.spawn(Node {
                height: Val::Px(60.0),
                ..default()
            });
            ui.spawn(widget::heading(fonts, t.get("picker-title"), 48.0));
            ui.spawn(widget::text(
                fonts,
                t.get("start-tagline"),
                18.0,
                palette::MUTED,
            ));
            ui.spawn(widget::card(520.0)).with_children(|card| {
                card.spawn(widget::text(fonts, t.get("start-name"), 16.0, palette::INK));
                card.spawn((
                    Name::new("Name field"),
                    NameField,
                    widget::text_field(fonts, &draft.text, 18.0),
                    AutoFocus,
                ));
                card.spawn((
                    widget::text(fonts, note(language, draft), 14.0, palette::MUTED),
                    Note,
                ));
                if !suggestion.nearest.is_empty() {
                    card.spawn(widget::paragraph(
                        fonts,
                        t.format(
                            "start-did-you-mean",
                            &[
                                ("nearest", suggestion.nearest.as_str().into()),
                                ("typed", suggestion.typed.as_str().into()),
                            ],
                        ),
                        15.0,
                        palette::WARNING,
                    ));
                    card.spawn(widget::button(
                        fonts,
                        t.format(
                            "start-i-am",
                            &[("name", suggestion.nearest.as_str().into())],
                        ),
                        false,
                    ))
                    .observe(widget::sends(Begin(suggestion.nearest.clone())));
                }
                widget::language_row(card, fonts, t);
                card.spawn(widget::button(fonts, t.get("start-continue"), true))
                    .observe(
                        |_: On<Activate>,
                         fields: Query<&EditableText, With<NameField>>,
                         draft: Res<NameDraft>,
                         mut begin: MessageWriter<Begin>| {
                            begin.write(Begin(typed_name(&fields, &draft)));
                        },
                    );
            });
        });
}
