//! What a take's delivery measures: pace, loudness, pitch, pauses, clipping. Only
//! behaviours are measured, never an emotion.

use super::take::{Take, TakeError};
use pitch_detection::detector::PitchDetector;
use pitch_detection::detector::mcleod::McLeodDetector;
use serde::{Deserialize, Serialize};

/// Frames of 20 ms every 10 ms: short enough to follow syllables.
const HOP_S: f64 = 0.010;
const FRAME_S: f64 = 0.020;
/// Silences shorter than this are the gaps between syllables, not pauses.
const GAP_S: f64 = 0.3;
/// Speech needed for a measure worth giving.
pub const MIN_SPEECH_S: f64 = 0.6;
/// Quieter than this (dBFS) is silence whatever the noise.
const SILENCE_DB: f64 = -55.0;
/// Pitch is looked for in speech between these (Hz).
const PITCH_MIN_HZ: f64 = 60.0;
const PITCH_MAX_HZ: f64 = 600.0;
/// Pitch is measured at about this rate: enough for voices, and quick.
const PITCH_RATE: u32 = 16_000;

/// A take's delivery, as measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delivery {
    /// The take's length.
    pub seconds: f64,
    /// Time spent speaking: from the first sound to the last, pauses left out.
    pub speech_seconds: f64,
    /// Syllables counted in the words said, when they are known.
    pub syllables: Option<u32>,
    /// Syllable beats found in the sound itself (used when the words are not known).
    pub beats: u32,
    /// Integrated loudness, EBU R128 (LUFS).
    pub loudness_lufs: f64,
    /// Median pitch of the voiced frames.
    pub pitch_median_hz: Option<f64>,
    /// Spread of the pitch, 10th to 90th percentile, in semitones.
    pub pitch_range_st: f64,
    /// How far the last fifth of the voiced frames lies above the take's median (st).
    pub end_rise_st: f64,
    /// Silences inside the speech of at least `long_pause_s`.
    pub long_pauses: u32,
    /// The longest pause inside the speech, in seconds; 0 when no silence between the first
    /// sound and the last reached 0.3 s (shorter ones are gaps between syllables).
    pub longest_pause_s: f64,
    /// Share of samples at full scale: the microphone overloaded (shouting, or too close).
    pub clipped_share: f64,
}

impl Delivery {
    /// Syllables (or beats) per second of speech, from words when both takes have them.
    pub fn pace(&self, words_known: bool) -> f64 {
        let count = match (words_known, self.syllables) {
            (true, Some(n)) => n,
            _ => self.beats,
        };
        f64::from(count) / self.speech_seconds.max(0.1)
    }
}

/// Measures a take; `syllables` when the words said are known; silences of at least
/// `long_pause_s` count as long pauses.
pub fn measure(
    take: &Take,
    syllables: Option<u32>,
    long_pause_s: f64,
) -> Result<Delivery, TakeError> {
    let rate = take.rate.max(1);
    let hop = ((f64::from(rate) * HOP_S) as usize).max(1);
    let frame = ((f64::from(rate) * FRAME_S) as usize).max(1);
    let energies: Vec<f64> = (0..take.samples.len().saturating_sub(frame) / hop + 1)
        .map(|k| {
            let s = &take.samples[(k * hop).min(take.samples.len())..];
            let s = &s[..frame.min(s.len())];
            let sum: f64 = s.iter().map(|v| f64::from(*v) * f64::from(*v)).sum();
            db(sum / s.len().max(1) as f64)
        })
        .collect();
    let active = speech_frames(&energies);
    let Some(first) = active.iter().position(|a| *a) else {
        return Err(TakeError::Silent { path: None });
    };
    let last = active.iter().rposition(|a| *a).unwrap_or(first);
    let pauses = silences(&active[first..=last]);
    let span = (last + 1 - first) as f64 * HOP_S;
    let paused: f64 = pauses.iter().sum();
    let speech_seconds = span - paused;
    if speech_seconds < MIN_SPEECH_S {
        return Err(TakeError::TooShort {
            path: None,
            seconds: speech_seconds.max(0.0),
            needed: MIN_SPEECH_S,
        });
    }
    let pitches = pitch_track(take, &active, hop);
    let voiced: Vec<f64> = pitches.iter().flatten().copied().collect();
    let (pitch_median_hz, pitch_range_st, end_rise_st) = if voiced.len() >= 10 {
        let median = percentile(&voiced, 0.5);
        let range = 12.0 * (percentile(&voiced, 0.9) / percentile(&voiced, 0.1)).log2();
        let tail = &voiced[voiced.len() * 4 / 5..];
        let rise = 12.0 * (percentile(tail, 0.5) / median).log2();
        (Some(median), range, rise.max(0.0))
    } else {
        (None, 0.0, 0.0)
    };
    let speech_samples = take.samples
        [(first * hop).min(take.samples.len())..((last * hop + frame).min(take.samples.len()))]
        .len()
        .max(1);
    let clipped = take.samples.iter().filter(|s| s.abs() >= 0.999).count();
    // Three decimals: more than any behaviour needs, and short in a scorecard.
    let r = |v: f64| (v * 1000.0).round() / 1000.0;
    Ok(Delivery {
        seconds: r(take.seconds()),
        speech_seconds: r(speech_seconds),
        syllables,
        beats: beats(&energies[first..=last], &active[first..=last]),
        loudness_lufs: r(loudness(take)),
        pitch_median_hz: pitch_median_hz.map(r),
        pitch_range_st: r(pitch_range_st),
        end_rise_st: r(end_rise_st),
        long_pauses: pauses.iter().filter(|p| **p >= long_pause_s).count() as u32,
        longest_pause_s: r(pauses.iter().copied().fold(0.0, f64::max)),
        clipped_share: (clipped as f64 / speech_samples as f64 * 1e5).round() / 1e5,
    })
}

fn db(power: f64) -> f64 {
    10.0 * power.max(1e-12).log10()
}

/// Which frames hold speech: above the noise floor by a margin, and not far below the
/// loudest speech (so steady background noise and breaths are left out).
fn speech_frames(energies: &[f64]) -> Vec<bool> {
    if energies.is_empty() {
        return Vec::new();
    }
    let floor = percentile(energies, 0.1);
    let loud = percentile(energies, 0.95);
    if loud < SILENCE_DB {
        return vec![false; energies.len()];
    }
    // A take with no quiet part at all (speaking from the first sample) has its floor at
    // the speech itself: then everything within 6 dB of the loudest counts.
    let threshold = (floor + 6.0)
        .min(loud - 6.0)
        .max(loud - 30.0)
        .max(SILENCE_DB);
    energies.iter().map(|e| *e > threshold).collect()
}

/// The silences inside speech at least `GAP_S` long (seconds); shorter ones are the gaps
/// between syllables.
fn silences(active: &[bool]) -> Vec<f64> {
    let mut pauses = Vec::new();
    let mut k = 0;
    while k < active.len() {
        if active[k] {
            k += 1;
            continue;
        }
        let start = k;
        while k < active.len() && !active[k] {
            k += 1;
        }
        let length = (k - start) as f64 * HOP_S;
        if length >= GAP_S {
            pauses.push(length);
        }
    }
    pauses
}

/// Syllable beats: peaks of the smoothed energy inside speech, each at least 3 dB above
/// the dip before it and 80 ms after the last.
fn beats(energies: &[f64], active: &[bool]) -> u32 {
    let smooth: Vec<f64> = (0..energies.len())
        .map(|k| {
            let lo = k.saturating_sub(2);
            let hi = (k + 3).min(energies.len());
            energies[lo..hi].iter().sum::<f64>() / (hi - lo) as f64
        })
        .collect();
    let mut count = 0;
    let mut dip = f64::INFINITY;
    let mut last_peak: Option<usize> = None;
    for k in 1..smooth.len().saturating_sub(1) {
        dip = dip.min(smooth[k]);
        if !active[k] {
            continue;
        }
        let peak = smooth[k] >= smooth[k - 1] && smooth[k] > smooth[k + 1];
        let apart = last_peak.is_none_or(|p| k - p >= 8);
        if peak && apart && smooth[k] - dip >= 3.0 {
            count += 1;
            last_peak = Some(k);
            dip = smooth[k];
        }
    }
    count.max(1)
}

/// Integrated loudness (EBU R128); a take too quiet to gate reads as −70 LUFS.
fn loudness(take: &Take) -> f64 {
    let Ok(mut meter) = ebur128::EbuR128::new(1, take.rate, ebur128::Mode::I) else {
        return -70.0;
    };
    if meter.add_frames_f32(&take.samples).is_err() {
        return -70.0;
    }
    match meter.loudness_global() {
        Ok(l) if l.is_finite() => l,
        _ => -70.0,
    }
}

/// The pitch of each speech frame (None where unvoiced), measured on a copy taken down
/// to about 16 kHz.
fn pitch_track(take: &Take, active: &[bool], hop: usize) -> Vec<Option<f64>> {
    let factor = (take.rate / PITCH_RATE).max(1) as usize;
    let low: Vec<f32> = take
        .samples
        .chunks(factor)
        .map(|c| c.iter().sum::<f32>() / c.len() as f32)
        .collect();
    let rate = (take.rate as usize) / factor;
    let window = if rate > 24_000 { 2048 } else { 1024 };
    let mut detector = McLeodDetector::<f32>::new(window, window / 2);
    let step = hop / factor;
    active
        .iter()
        .enumerate()
        .map(|(k, speech)| {
            let start = k * step;
            if !speech || start + window > low.len() {
                return None;
            }
            let signal = &low[start..start + window];
            let p = detector.get_pitch(signal, rate, 0.0, 0.7)?;
            let f = f64::from(p.frequency);
            (PITCH_MIN_HZ..=PITCH_MAX_HZ).contains(&f).then_some(f)
        })
        .collect()
}

/// The `q` quantile (0–1) of the values, by nearest rank.
fn percentile(values: &[f64], q: f64) -> f64 {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return 0.0;
    }
    sorted.sort_by(f64::total_cmp);
    let k = ((sorted.len() - 1) as f64 * q.clamp(0.0, 1.0)).round() as usize;
    sorted[k]
}
