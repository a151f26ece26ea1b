//! The customer speaks: each new line of the customer's, with voice practice on, is
//! voiced by a trainer's recording or espeak-ng's rendering in the line's tone, and its
//! words appear as fast as it is said. Without espeak-ng the customer speaks as text, and
//! the trainee is told why once.

use crate::app::Language;
use crate::app::session::{Line, Session, Speaker};
use crate::app::stages::AppSystems;
use crate::app::voice::{Talking, VoicePractice, Voices};
use bevy::prelude::*;
use defuse_core::voice::customer;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, customer_voice.in_set(AppSystems::Ui));
}

/// Gives each new customer line its voice: the pace of its words on screen follows the
/// recording, and with a speaker (feature `voice`) it is heard.
fn customer_voice(
    practice: Res<VoicePractice>,
    session: Option<ResMut<Session>>,
    voices: Res<Voices>,
    language: Res<Language>,
    mut talking: ResMut<Talking>,
) {
    let Some(mut session) = session else {
        talking.voiced = 0;
        return;
    };
    if !practice.0 || session.transcript.len() == talking.voiced {
        return;
    }
    talking.voiced = session.transcript.len();
    let Some(line) = session.transcript.last().cloned() else {
        return;
    };
    let Speaker::Customer(tone) = line.speaker else {
        return;
    };
    let lang = language.texts.lang().language.as_str().to_owned();
    let scenario = session.story.scenario.id.clone();
    let Some(id) = customer::lines(&session.story.scenario)
        .into_iter()
        .find(|l| l.words == line.text)
        .map(|l| l.id)
    else {
        return;
    };
    let mut file = customer::find(&voices.recorded, &voices.cache, &lang, &scenario, &id, tone);
    if file.is_none() {
        match customer::espeak_available() {
            Ok(()) => {
                let to = customer::rendered(&voices.cache, &lang, &scenario, &id, tone);
                match customer::render(&line.text, &lang, tone, &to) {
                    Ok(()) => file = Some(to),
                    Err(why) => warn!("espeak-ng could not voice {id}: {why}"),
                }
            }
            Err(why) => {
                if !talking.told {
                    talking.told = true;
                    let text = language
                        .texts
                        .format("voice-customer-text-only", &[("why", why.into())]);
                    let before_last = session.transcript.len() - 1;
                    session.transcript.insert(
                        before_last,
                        Line {
                            speaker: Speaker::Coach,
                            text,
                        },
                    );
                    talking.voiced = session.transcript.len();
                }
            }
        }
    }
    let Some(file) = file else {
        return;
    };
    // The line appears as fast as it is said (an Ogg file's length is read with the
    // `voice` feature, which can decode it).
    let seconds = defuse_core::voice::Take::wav_seconds(&file);
    #[cfg(feature = "voice")]
    let seconds = seconds.or_else(|| {
        crate::app::audio::read_sound(&file)
            .ok()
            .map(|t| t.seconds())
    });
    if let Some(seconds) = seconds {
        session.line_seconds = Some(seconds as f32);
    }
    #[cfg(feature = "voice")]
    if let Err(why) = crate::app::audio::play(&file) {
        warn!("the customer's voice cannot be played: {why}");
    }
}
