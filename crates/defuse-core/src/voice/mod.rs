//! Delivery: how a reply was said, scored for calm tone from the voice.
//!
//! A take (WAV) is measured against the trainee's own calm baseline take: pace, loudness
//! (EBU R128), pitch median and spread, a rise at the end, long pauses and clipping. The
//! language's rules (`locales/<lang>/voice.ron`) turn the differences into a 0–100 calm-tone
//! score with evidence in the text rubric's shape. Only behaviours are measured and named,
//! never an emotion of the trainee's.

pub mod customer;
mod measure;
mod rules;
mod source;
mod take;

pub use measure::{Delivery, MIN_SPEECH_S, measure};
pub use rules::{
    Band, Behaviour, DeliveryAssessment, DeliveryEvidence, FILE, Rule, Rules, Syllables,
};
pub use source::{AudioSource, WavTakes, level};
pub use take::{Take, TakeError};

/// Measures the calm `baseline` take (reading `baseline_words`, by default the
/// language's baseline sentence) and `take` (saying `words`, when known), and scores the
/// take's delivery.
pub fn assess_takes(
    rules: &Rules,
    baseline: &Take,
    baseline_words: Option<&str>,
    take: &Take,
    words: Option<&str>,
) -> Result<DeliveryAssessment, TakeError> {
    let calm = measure_baseline(rules, baseline, baseline_words)?;
    let delivery = measure(take, words.map(|w| rules.syllables(w)), rules.long_pause_s)?;
    Ok(rules.assess(&delivery, &calm))
}

/// Measures a calm baseline take.
pub fn measure_baseline(
    rules: &Rules,
    baseline: &Take,
    words: Option<&str>,
) -> Result<Delivery, TakeError> {
    let words = words.unwrap_or(&rules.baseline_sentence);
    measure(baseline, Some(rules.syllables(words)), rules.long_pause_s)
}

/// The calm tone of a spoken turn: the words' score and the delivery's, weighed equally,
/// since what is said and how it sounds matter alike to an angry customer.
pub fn spoken_calm_tone(words: u8, delivery: u8) -> u8 {
    (u16::from(words) + u16::from(delivery)).div_ceil(2) as u8
}
