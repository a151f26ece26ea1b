//! Where takes come from: the microphone in the window (behind the `voice` feature), or
//! a folder of WAV files, so scripted runs and tests need no microphone.

use super::take::{Take, TakeError};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A source of takes: `start` when the trainee begins to speak, `level` while they speak
/// (for the meter), `finish` when they stop.
pub trait AudioSource: Send + Sync {
    /// Begins a take.
    fn start(&mut self) -> Result<(), TakeError>;
    /// The level of the last 50 ms, 0–1 (a meter's reading), while a take runs.
    fn level(&self) -> f32;
    /// Ends the take and hands it over.
    fn finish(&mut self) -> Result<Take, TakeError>;
}

/// Takes read from a folder: `baseline.wav` for the calm baseline, then `1.wav`,
/// `2.wav`, … for the spoken replies, in order.
pub struct WavTakes {
    dir: PathBuf,
    next: usize,
    running: Option<(Take, Instant)>,
}

impl WavTakes {
    /// Takes from the WAV files in `dir`; the first reply taken is `1.wav`.
    pub fn new(dir: &Path) -> WavTakes {
        WavTakes {
            dir: dir.to_owned(),
            next: 1,
            running: None,
        }
    }

    /// The calm baseline take of the folder.
    pub fn baseline(&self) -> Result<Take, TakeError> {
        Take::read_wav(&self.dir.join("baseline.wav"))
    }
}

impl AudioSource for WavTakes {
    fn start(&mut self) -> Result<(), TakeError> {
        let take = Take::read_wav(&self.dir.join(format!("{}.wav", self.next)))?;
        self.next += 1;
        self.running = Some((take, Instant::now()));
        Ok(())
    }

    fn level(&self) -> f32 {
        // As the file would sound if it were being spoken now.
        let Some((take, started)) = &self.running else {
            return 0.0;
        };
        let at = (started.elapsed().as_secs_f64() * f64::from(take.rate)) as usize;
        let at = at % take.samples.len().max(1);
        level(
            &take.samples[..at.max(1).min(take.samples.len())],
            take.rate,
        )
    }

    fn finish(&mut self) -> Result<Take, TakeError> {
        self.running
            .take()
            .map(|(take, _)| take)
            .ok_or(TakeError::Silent { path: None })
    }
}

/// A meter's reading of the last 50 ms of `samples`: 0 at −60 dBFS or below, 1 at full
/// scale.
pub fn level(samples: &[f32], rate: u32) -> f32 {
    let n = (rate as usize / 20).max(1).min(samples.len());
    let tail = &samples[samples.len() - n..];
    if tail.is_empty() {
        return 0.0;
    }
    let power = tail.iter().map(|s| s * s).sum::<f32>() / tail.len() as f32;
    let db = 10.0 * power.max(1e-12).log10();
    ((db + 60.0) / 60.0).clamp(0.0, 1.0)
}
