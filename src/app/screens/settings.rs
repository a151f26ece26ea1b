//! The settings screen: language (switched at once; Hebrew mirrors the layout), text size,
//! reading pace, and whether replies are listed or always typed (expert). What is chosen
//! is remembered with the trainee's name.

use super::Screen;
use crate::app::Language;
use crate::app::session::Pace;
use crate::app::settings::{self, Expert, SetExpert, SetPace, SetTextSize};
use crate::app::theme::interaction::Activate;
use crate::app::theme::{Fonts, palette, widget};
use crate::app::voice::{RecordBaseline, SetVoice, StartTalking, StopTalking, VoiceView};
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use defuse_core::i18n::Texts;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn_settings);
    app.add_systems(
        Update,
        (
            keys,
            super::rebuild::<SettingsRoot, _>(spawn_settings).run_if(
                resource_changed::<Language>
                    .or_else(resource_changed::<UiScale>)
                    .or_else(resource_changed::<Pace>)
                    .or_else(resource_changed::<Expert>)
                    .or_else(voice_changed),
            ),
        )
            .run_if(in_state(Screen::Settings)),
    );
}

#[derive(Component)]
struct SettingsRoot;

fn keys(
    input: Res<ButtonInput<KeyCode>>,
    voice: VoiceView,
    mut talk: MessageWriter<StartTalking>,
    mut stop: MessageWriter<StopTalking>,
    mut record: MessageWriter<RecordBaseline>,
    mut next: ResMut<NextState<Screen>>,
) {
    // Recording the calm baseline: Space held is talking, Esc stops recording.
    if voice.talking.baseline {
        if input.just_pressed(KeyCode::Space) {
            talk.write(StartTalking);
        }
        if input.just_released(KeyCode::Space) {
            stop.write(StopTalking);
        }
        if input.just_pressed(KeyCode::Escape) {
            record.write(RecordBaseline(false));
        }
        return;
    }
    if input.just_pressed(KeyCode::Escape) {
        next.set(Screen::Picker);
    }
}

/// Voice practice's state changed in a way the screen shows.
#[allow(clippy::type_complexity)]
fn voice_changed(
    voice: VoiceView,
    mut last: Local<Option<(bool, bool, bool, bool, Option<String>, Option<String>)>>,
) -> bool {
    let now = voice.state();
    let changed = last.as_ref() != Some(&now);
    *last = Some(now);
    changed
}

#[allow(clippy::too_many_arguments)]
fn spawn_settings(
    mut commands: Commands,
    fonts: Res<Fonts>,
    language: Res<Language>,
    scale: Res<UiScale>,
    pace: Res<Pace>,
    expert: Res<Expert>,
    voice: VoiceView,
) {
    let t = &language.texts;
    commands
        .spawn((
            widget::ui_root("Settings"),
            TabGroup::default(),
            SettingsRoot,
            DespawnOnExit(Screen::Settings),
        ))
        .with_children(|ui| {
            ui.spawn(widget::heading(&fonts, t.get("settings-title"), 34.0));
            ui.spawn(widget::card(700.0)).with_children(|card| {
                widget::language_row(card, &fonts, t);
                let sizes = settings::TEXT_SIZES
                    .map(|(label, size)| (label, (scale.0 - size).abs() < 0.01, SetTextSize(size)));
                choices(card, &fonts, t, "settings-text-size", sizes);
                let paces = settings::PACES
                    .map(|(label, cps)| (label, (pace.0 - cps).abs() < 0.01, SetPace(cps)));
                choices(card, &fonts, t, "settings-pace", paces);
                card.spawn(widget::note(&fonts, t.get("settings-pace-note")));
                let replies = [
                    ("settings-replies-listed", !expert.0, SetExpert(false)),
                    ("settings-replies-own-words", expert.0, SetExpert(true)),
                ];
                choices(card, &fonts, t, "settings-replies", replies);
                card.spawn(widget::note(&fonts, t.get("settings-expert-note")));
                voice_settings(card, &fonts, t, &voice);
            });
            ui.spawn(widget::button(&fonts, t.get("manager-back"), true))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                    next.set(Screen::Picker);
                });
        });
}

/// A labelled row of buttons, one per option, the current one selected; a press sends
/// the option's message.
fn choices<M: Message + Copy>(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &Texts,
    label: &str,
    options: impl IntoIterator<Item = (&'static str, bool, M)>,
) {
    ui.spawn(widget::row(8.0)).with_children(|row| {
        row.spawn(widget::label_text(fonts, t.get(label)));
        for (name, selected, message) in options {
            row.spawn(widget::button(fonts, t.get(name), selected))
                .observe(widget::sends(message));
        }
    });
}

/// Voice practice on or off, and the calm baseline: recorded by reading one neutral
/// sentence aloud, kept (as measures, not sound) for this trainee.
fn voice_settings(ui: &mut ChildSpawnerCommands, fonts: &Fonts, t: &Texts, voice: &VoiceView) {
    let on = voice.practice.0;
    let options = [
        ("settings-voice-off", !on, SetVoice(false)),
        ("settings-voice-on", on, SetVoice(true)),
    ];
    choices(ui, fonts, t, "settings-voice", options);
    if !on {
        ui.spawn(widget::note(fonts, t.get("settings-voice-note")));
        return;
    }
    if let Some(why) = &voice.mic.why_not {
        let text = if why == crate::app::voice::NOT_BUILT_IN {
            t.get("settings-voice-not-built-in")
        } else {
            t.format(
                "settings-voice-no-microphone",
                &[("why", why.as_str().into())],
            )
        };
        ui.spawn(widget::paragraph(fonts, text, 14.0, palette::HARD));
        return;
    }
    if voice.talking.baseline {
        let lang = t.lang().language.as_str().to_owned();
        let sentence = defuse_core::voice::Rules::for_language(&voice.voices.locales, &lang)
            .map(|r| r.baseline_sentence)
            .unwrap_or_default();
        let prompt = ("settings-baseline-read", "settings-baseline-keys");
        let problem = voice.talking.problem.as_deref();
        crate::app::voice::say_aloud(ui, fonts, t, prompt, sentence, problem);
        return;
    }
    let status = if voice.baseline.0.is_some() {
        "settings-baseline-done"
    } else {
        "settings-baseline-none"
    };
    ui.spawn(widget::row(12.0)).with_children(|row| {
        row.spawn(widget::text(fonts, t.get(status), 15.0, palette::INK));
        row.spawn(widget::button(
            fonts,
            t.get("settings-baseline-record"),
            false,
        ))
        .observe(widget::sends(RecordBaseline(true)));
    });
    ui.spawn(widget::note(fonts, t.get("settings-voice-privacy")));
}
