//! The conversation as the trainee reads it: who said each line, the turn told after each
//! answer, and the pace the customer's words appear at.

use bevy::prelude::*;
use defuse_core::Tone;
use defuse_core::i18n::Texts;
use defuse_core::practice::Told;

/// Reading pace, in characters per second: how fast the customer's words appear.
#[derive(Resource, Debug, Clone, Copy)]
pub struct Pace(pub f32);

impl Default for Pace {
    fn default() -> Self {
        // About 200 words a minute: unhurried reading of speech.
        Pace(28.0)
    }
}

/// Who said a line of the transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Customer(Tone),
    Trainee,
    /// Feedback after a reply, or a note such as an interruption.
    Coach,
}

#[derive(Debug, Clone)]
pub struct Line {
    pub speaker: Speaker,
    pub text: String,
}

/// Tells an answered turn in the transcript: the trainee's words, an interruption, what
/// typed words were taken as, and the feedback. `revealed`: characters of the customer's
/// last line shown when the trainee answered.
pub fn tell(
    transcript: &mut Vec<Line>,
    told: &Told,
    interrupted: bool,
    revealed: usize,
    customer: &defuse_core::Customer,
    t: &Texts,
) {
    // The interrupted line stays as far as it got: that is what the trainee heard.
    if interrupted && let Some(last) = transcript.last_mut() {
        let heard: String = last.text.chars().take(revealed).collect();
        last.text = format!("{}…", heard.trim_end());
    }
    let turn = &told.turn;
    transcript.push(Line {
        speaker: Speaker::Trainee,
        text: turn.reply_text.clone(),
    });
    let name = customer.name.clone();
    let gender = defuse_core::Gender::fluent(customer.gender);
    if interrupted {
        transcript.push(Line {
            speaker: Speaker::Coach,
            text: t.format(
                "conversation-interrupted",
                &[("name", name.clone().into()), ("gender", gender.into())],
            ),
        });
    }
    if let Some(typed) = &turn.typed {
        // Say what the words were taken as, so the story's turn makes sense.
        use defuse_core::scorecard::Taken;
        let key = match typed.taken() {
            Taken::Certain => "conversation-taken-as",
            Taken::Closest => "conversation-closest",
            Taken::NoMatch => "conversation-no-match",
            Taken::NothingInCommon => "conversation-no-match-at-all",
        };
        let text = t.format(
            key,
            &[
                ("text", typed.taken_as.clone().unwrap_or_default().into()),
                ("closeness", typed.closeness.into()),
                ("nearest", typed.nearest.clone().unwrap_or_default().into()),
                ("needed", typed.needed.into()),
                ("name", name.clone().into()),
                ("gender", gender.into()),
            ],
        );
        transcript.push(Line {
            speaker: Speaker::Coach,
            text,
        });
    }
    if told.record.reply.is_some() && !turn.feedback.is_empty() {
        transcript.push(Line {
            speaker: Speaker::Coach,
            text: turn.feedback.clone(),
        });
    }
}
