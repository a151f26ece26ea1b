//! Voice practice: the trainee says the chosen reply aloud; how it sounded is measured
//! against their own calm baseline and counts in the turn's calm tone, and talking while
//! the customer is still speaking (`customer_voice.rs`) is interrupting. Takes come from the microphone
//! (feature `voice`) or from a folder of WAV files (`play --gui --voice-takes DIR`), so
//! everything runs without a microphone. No audio is kept.

use crate::app::Language;
use crate::app::session::{ReplyDraft, SayAloud, Session, give};
use crate::app::stages::AppSystems;
use crate::app::theme::{Fonts, palette, widget};
use bevy::prelude::*;
use defuse_core::Answer;
use defuse_core::scorecard::Spoken;
use defuse_core::voice::{self, AudioSource, Delivery, Rules};
use std::path::PathBuf;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<StartTalking>()
        .add_message::<StopTalking>()
        .add_message::<SetVoice>()
        .add_message::<RecordBaseline>()
        .init_resource::<VoicePractice>()
        .init_resource::<Talking>()
        .init_resource::<Baseline>()
        .add_systems(
            Update,
            (
                (set_voice, ready).chain().in_set(AppSystems::Input),
                (talk, show_level).chain().in_set(AppSystems::Persist),
            ),
        );
}

/// The level meter's bar, on whichever screen shows one.
#[derive(Component)]
pub struct LevelBar;

/// What to say aloud and how: the prompt (`label` and the `words`), why the last take
/// failed, the talk button with the meter, and the keys (`keys`), all message ids.
pub fn say_aloud(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &defuse_core::i18n::Texts,
    (label, keys): (&str, &str),
    words: String,
    problem: Option<&str>,
) {
    ui.spawn(widget::text(fonts, t.get(label), 15.0, palette::MUTED));
    ui.spawn(widget::paragraph(fonts, words, 18.0, palette::INK));
    if let Some(why) = problem {
        ui.spawn(widget::paragraph(
            fonts,
            t.format("voice-take-problem", &[("why", why.into())]),
            15.0,
            palette::HARD,
        ));
    }
    talk_controls(ui, fonts, t.get("voice-talk"));
    ui.spawn(widget::text(fonts, t.get(keys), 13.0, palette::MUTED));
}

/// The talk button, held while speaking, and the level meter beside it.
fn talk_controls(ui: &mut ChildSpawnerCommands, fonts: &Fonts, label: String) {
    ui.spawn(widget::row(12.0)).with_children(|row| {
        row.spawn((Name::new("Talk"), widget::button(fonts, label, true)))
            .observe(
                |_: On<Pointer<Press>>, mut talk: MessageWriter<StartTalking>| {
                    talk.write(StartTalking);
                },
            )
            .observe(
                |_: On<Pointer<Release>>, mut stop: MessageWriter<StopTalking>| {
                    stop.write(StopTalking);
                },
            );
        row.spawn((Name::new("Level meter"), widget::meter(LevelBar)));
    });
}

/// The meter follows the level while the trainee speaks.
fn show_level(talking: Res<Talking>, mut bars: Query<&mut Node, With<LevelBar>>) {
    if !talking.is_changed() {
        return;
    }
    for mut bar in &mut bars {
        bar.width = Val::Percent(talking.level * 100.0);
    }
}

/// The setting: practise out loud.
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VoicePractice(pub bool);

/// Turn voice practice on or off.
#[derive(Message, Debug, Clone, Copy)]
pub struct SetVoice(pub bool);

/// The trainee starts speaking (Space or the talk button held down).
#[derive(Message, Debug, Clone, Copy)]
pub struct StartTalking;

/// The trainee stops speaking: the take is measured.
#[derive(Message, Debug, Clone, Copy)]
pub struct StopTalking;

/// The next take is the calm baseline (settings: "record my calm baseline").
#[derive(Message, Debug, Clone, Copy)]
pub struct RecordBaseline(pub bool);

/// The trainee's calm baseline, as measured (never the recording itself).
#[derive(Resource, Debug, Clone, Default)]
pub struct Baseline(pub Option<Delivery>);

/// Where takes come from, or why there is none.
#[derive(Resource)]
pub struct Microphone {
    pub source: Option<Box<dyn AudioSource>>,
    pub why_not: Option<String>,
    /// Open the real microphone when voice practice is turned on.
    pub real: bool,
}

/// Where the customer's voices are: trainers' recordings, and espeak-ng's cache.
#[derive(Resource, Debug, Clone)]
pub struct Voices {
    pub recorded: PathBuf,
    pub cache: PathBuf,
    pub locales: PathBuf,
    /// The trainee's own settings folder: the calm baseline is kept there.
    pub config: Option<PathBuf>,
}

/// How fast the meter falls back when the voice drops, in full scales per second.
const METER_RELEASE_PER_SECOND: f32 = 1.5;

/// The meter's next reading: it rises at once and falls back slowly, as a level meter
/// does, so that a word shows on the screen and not only between two frames.
fn meter(shown: f32, now: f32, seconds: f32) -> f32 {
    now.max(shown - METER_RELEASE_PER_SECOND * seconds)
        .clamp(0.0, 1.0)
}

/// What the talk controls are doing.
#[derive(Resource, Debug, Default)]
pub struct Talking {
    /// A take is running.
    pub on: bool,
    /// The next take is the calm baseline.
    pub baseline: bool,
    /// The take began while the customer was still speaking.
    pub interrupted: bool,
    /// The meter: 0–1.
    pub level: f32,
    /// The last take could not be used: why, for the screen.
    pub problem: Option<String>,
    /// Customer lines voiced so far (to voice each new one once).
    pub(super) voiced: usize,
    /// The trainee was told once why the customer has no voice.
    pub(super) told: bool,
}

/// What the settings screen shows of voice practice.
#[derive(bevy::ecs::system::SystemParam)]
pub struct VoiceView<'w> {
    pub practice: Res<'w, VoicePractice>,
    pub baseline: Res<'w, Baseline>,
    pub mic: Res<'w, Microphone>,
    pub talking: Res<'w, Talking>,
    pub voices: Res<'w, Voices>,
}

impl VoiceView<'_> {
    /// What changes the screen (the meter's level moves on its own).
    pub fn state(&self) -> (bool, bool, bool, bool, Option<String>, Option<String>) {
        (
            self.practice.0,
            self.baseline.0.is_some(),
            self.talking.baseline,
            self.talking.on,
            self.talking.problem.clone(),
            self.mic.why_not.clone(),
        )
    }
}

/// The file the calm baseline of `trainee` is kept in.
pub fn baseline_file(config: &std::path::Path, trainee: &str) -> PathBuf {
    config.join("voice").join(format!(
        "{}.baseline.json",
        defuse_core::store::safe_name(trainee, 60)
    ))
}

/// Voice practice on or off (saved with the other settings as it changes).
fn set_voice(
    mut sets: MessageReader<SetVoice>,
    mut practice: ResMut<VoicePractice>,
    mut mic: ResMut<Microphone>,
) {
    let Some(&SetVoice(on)) = sets.read().last() else {
        return;
    };
    practice.set_if_neq(VoicePractice(on));
    // Turning it on again tries the microphone again.
    if on && mic.source.is_none() {
        mic.why_not = None;
    }
}

#[cfg(feature = "voice")]
fn open_microphone(mic: &mut Microphone) {
    match crate::app::audio::Microphone::open() {
        Ok(m) => {
            mic.source = Some(Box::new(m));
            mic.why_not = None;
        }
        Err(why) => mic.why_not = Some(why),
    }
}

/// Why there is no microphone in a build without the `voice` feature (the screen says it
/// in the trainee's language).
pub const NOT_BUILT_IN: &str = "not built in";

#[cfg(not(feature = "voice"))]
fn open_microphone(mic: &mut Microphone) {
    mic.why_not = Some(NOT_BUILT_IN.to_owned());
}

/// A chosen reply waits to be said only when practice is on and a take can be made.
fn ready(
    practice: Res<VoicePractice>,
    mut baseline: ResMut<Baseline>,
    mut mic: ResMut<Microphone>,
    trainee: Res<crate::app::trainee::Trainee>,
    voices: Res<Voices>,
    mut recalled: Local<String>,
    mut aloud: ResMut<SayAloud>,
) {
    if practice.0 && mic.source.is_none() && mic.real && mic.why_not.is_none() {
        open_microphone(&mut mic);
    }
    // A returning trainee's calm baseline, once they have said who they are.
    if baseline.0.is_none() && !trainee.name.is_empty() && *recalled != trainee.name {
        recalled.clone_from(&trainee.name);
        if let Some(config) = &voices.config {
            baseline.0 = load_baseline(config, &trainee.name);
        }
    }
    let on = practice.0 && baseline.0.is_some() && mic.source.is_some();
    aloud.set_if_neq(SayAloud(on));
}

#[allow(clippy::too_many_arguments)]
fn talk(
    mut starts: MessageReader<StartTalking>,
    mut stops: MessageReader<StopTalking>,
    mut records: MessageReader<RecordBaseline>,
    mut talking: ResMut<Talking>,
    mut mic: ResMut<Microphone>,
    mut baseline: ResMut<Baseline>,
    session: Option<ResMut<Session>>,
    voices: Res<Voices>,
    trainee: Res<crate::app::trainee::Trainee>,
    language: Res<Language>,
    mut draft: ResMut<ReplyDraft>,
    mut ended: MessageWriter<crate::app::session::ConversationEnded>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    mut loaded: Local<Option<(String, Rules)>>,
    time: Res<Time>,
) {
    if let Some(&RecordBaseline(on)) = records.read().last() {
        talking.baseline = on;
        talking.problem = None;
    }
    let Some(source) = mic.source.as_mut() else {
        starts.clear();
        stops.clear();
        return;
    };
    let mut session = session;
    let waiting = session.as_ref().is_some_and(|s| s.awaiting_voice.is_some());
    if starts.read().last().is_some() && !talking.on && (waiting || talking.baseline) {
        match source.start() {
            Ok(()) => {
                talking.on = true;
                talking.problem = None;
                talking.interrupted =
                    !talking.baseline && session.as_ref().is_some_and(|s| s.customer_speaking());
            }
            Err(e) => talking.problem = Some(e.to_string()),
        }
    }
    if talking.on {
        // The meter moves while nothing else happens: keep frames coming.
        redraw.write(bevy::window::RequestRedraw);
        let level = meter(talking.level, source.level(), time.delta_secs());
        if (talking.level - level).abs() > 0.01 {
            talking.level = level;
        }
    }
    if stops.read().last().is_none() || !talking.on {
        return;
    }
    talking.on = false;
    talking.level = 0.0;
    let take = match source.finish() {
        Ok(take) => take,
        Err(e) => {
            talking.problem = Some(e.to_string());
            return;
        }
    };
    let lang = language.texts.lang().language.as_str().to_owned();
    // The language's rules, read once per language (a broken file is said each take).
    if loaded.as_ref().is_none_or(|(l, _)| *l != lang) {
        match Rules::for_language(&voices.locales, &lang) {
            Ok(rules) => *loaded = Some((lang.clone(), rules)),
            Err(problems) => {
                let text: Vec<String> = problems.iter().map(defuse_core::Problem::short).collect();
                talking.problem = Some(text.join("\n"));
                return;
            }
        }
    }
    let Some((_, rules)) = loaded.as_ref() else {
        return;
    };
    if talking.baseline {
        match voice::measure_baseline(rules, &take, None) {
            Ok(calm) => {
                if let Some(config) = &voices.config {
                    save_baseline(config, &trainee.name, &calm);
                }
                baseline.0 = Some(calm);
                talking.baseline = false;
            }
            Err(e) => talking.problem = Some(e.to_string()),
        }
        return;
    }
    let (Some(session), Some(calm)) = (session.as_mut(), baseline.0.as_ref()) else {
        return;
    };
    let Some(answer) = session.awaiting_voice.clone() else {
        return;
    };
    let words = match &answer {
        Answer::Words(words) => words.clone(),
        Answer::Number(n) => reply_text(session, *n).unwrap_or_default(),
    };
    let delivery = match voice::measure(&take, Some(rules.syllables(&words)), rules.long_pause_s) {
        Ok(d) => d,
        Err(e) => {
            // The reply still waits: the trainee says it again.
            talking.problem = Some(e.to_string());
            return;
        }
    };
    let assessment = rules.assess(&delivery, calm);
    if let Some(told) = give(session, &answer, talking.interrupted, &language, &mut draft) {
        let (scores, best) = (told.record.scores, told.record.best);
        let spoken = Spoken::new(assessment, scores.calm_tone, best.calm_tone);
        let k = session.practice.info().answered.len().saturating_sub(1);
        session.practice.set_spoken(k, spoken);
        if session.practice.conversation().is_over() {
            ended.write(crate::app::session::ConversationEnded);
        }
    }
}

/// The text of the reply listed as number `n`.
fn reply_text(session: &Session, n: usize) -> Option<String> {
    let prompt = session.practice.prompt()?;
    prompt
        .replies
        .get(n.checked_sub(1)?)
        .map(|r| r.text.clone())
}

fn save_baseline(config: &std::path::Path, trainee: &str, calm: &Delivery) {
    let file = baseline_file(config, trainee);
    let saved = file
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .map_err(|e| e.to_string())
        .and_then(|()| serde_json::to_vec_pretty(calm).map_err(|e| e.to_string()))
        .and_then(|bytes| defuse_core::store::write_atomically(&file, &bytes));
    if let Err(err) = saved {
        warn!("{}: cannot keep the calm baseline: {err}", file.display());
    }
}

/// The calm baseline kept for `trainee`, if any; a damaged file is reported and ignored.
pub fn load_baseline(config: &std::path::Path, trainee: &str) -> Option<Delivery> {
    let file = baseline_file(config, trainee);
    let bytes = std::fs::read(&file).ok()?;
    serde_json::from_slice(&bytes)
        .inspect_err(|err| warn!("{}: cannot read the calm baseline ({err})", file.display()))
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_meter_rises_at_once_and_falls_back_slowly() {
        assert_eq!(super::meter(0.1, 0.8, 0.016), 0.8);
        // A pause between words: a tenth of a second later it still shows most of it.
        let after = super::meter(0.8, 0.0, 0.1);
        assert!((after - 0.65).abs() < 1e-6, "{after}");
        // Silence long enough brings it to rest, never below.
        assert_eq!(super::meter(0.8, 0.0, 2.0), 0.0);
    }
}
