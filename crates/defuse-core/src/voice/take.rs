//! A take: one recording of the trainee's voice, as mono samples, read from or written to
//! a WAV file.

use std::fmt;
use std::path::{Path, PathBuf};

/// One recording, mono, samples in −1…1.
#[derive(Debug, Clone, PartialEq)]
pub struct Take {
    /// The sound, one mono sample per tick of `rate`, each in −1…1 (full scale at ±1).
    pub samples: Vec<f32>,
    /// Samples per second.
    pub rate: u32,
}

/// Why a take cannot be analysed; every message names the file when there is one.
#[derive(Debug, Clone, PartialEq)]
pub enum TakeError {
    /// The file could not be opened or read.
    Unreadable {
        /// The recording's file.
        path: PathBuf,
        /// What the system said went wrong (no such file, no permission...).
        reason: String,
    },
    /// The file is not a WAV file (or a WAV encoding hound does not read).
    NotWav {
        /// The file that is not a WAV recording.
        path: PathBuf,
        /// What the WAV reader found wrong with its header.
        reason: String,
    },
    /// The WAV header is fine but the samples stop or break part-way.
    Damaged {
        /// The damaged recording's file.
        path: PathBuf,
        /// What the WAV reader found wrong in the samples.
        reason: String,
    },
    /// Fewer than 8,000 samples per second, or no channel.
    Unsupported {
        /// The recording's file.
        path: PathBuf,
        /// The channel count and sample rate found, and what is needed.
        reason: String,
    },
    /// Nothing above the noise: the microphone was off or muted.
    Silent {
        /// The recording's file; `None` for a take measured before it was saved
        /// (`TakeError::at` names it later).
        path: Option<PathBuf>,
    },
    /// Less speech than the analysis needs.
    TooShort {
        /// The recording's file; `None` for a take measured before it was saved
        /// (`TakeError::at` names it later).
        path: Option<PathBuf>,
        /// The speech found in the take, in seconds, pauses left out.
        seconds: f64,
        /// The speech the analysis needs, in seconds (`MIN_SPEECH_S`).
        needed: f64,
    },
}

impl TakeError {
    /// The same error, naming `path` (for takes analysed after they were read).
    pub fn at(self, path: &Path) -> TakeError {
        match self {
            TakeError::Silent { path: None } => TakeError::Silent {
                path: Some(path.to_owned()),
            },
            TakeError::TooShort {
                path: None,
                seconds,
                needed,
            } => TakeError::TooShort {
                path: Some(path.to_owned()),
                seconds,
                needed,
            },
            other => other,
        }
    }
}

impl fmt::Display for TakeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |p: &Option<PathBuf>| match p {
            Some(p) => format!("{}: ", p.display()),
            None => String::new(),
        };
        match self {
            TakeError::Unreadable { path, reason } => {
                write!(f, "{}: cannot read the recording: {reason}", path.display())
            }
            TakeError::NotWav { path, reason } => write!(
                f,
                "{}: not a WAV recording ({reason}); record or convert it as WAV (PCM or float)",
                path.display()
            ),
            TakeError::Damaged { path, reason } => write!(
                f,
                "{}: the recording is damaged part-way ({reason}); record it again",
                path.display()
            ),
            TakeError::Unsupported { path, reason } => {
                write!(f, "{}: {reason}", path.display())
            }
            TakeError::Silent { path } => write!(
                f,
                "{}the recording is silent: check that the microphone is on and not muted",
                name(path)
            ),
            TakeError::TooShort {
                path,
                seconds,
                needed,
            } => write!(
                f,
                "{}the recording has {seconds:.1} s of speech; at least {needed:.1} s is needed",
                name(path)
            ),
        }
    }
}

impl std::error::Error for TakeError {}

impl Take {
    /// Reads a WAV file (PCM 8–32 bit or 32-bit float, any channel count, mixed to mono).
    pub fn read_wav(path: &Path) -> Result<Take, TakeError> {
        let file = std::fs::File::open(path).map_err(|e| TakeError::Unreadable {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
        // The file opens: whatever hound cannot make of its header, it is not a WAV.
        let reader = hound::WavReader::new(std::io::BufReader::new(file)).map_err(|err| {
            TakeError::NotWav {
                path: path.to_owned(),
                reason: err.to_string(),
            }
        })?;
        let spec = reader.spec();
        if spec.channels == 0 || spec.sample_rate < 8000 {
            return Err(TakeError::Unsupported {
                path: path.to_owned(),
                reason: format!(
                    "{} channels at {} samples per second; at least one channel at 8,000 is needed",
                    spec.channels, spec.sample_rate
                ),
            });
        }
        let damaged = |e: hound::Error| TakeError::Damaged {
            path: path.to_owned(),
            reason: e.to_string(),
        };
        let interleaved: Vec<f32> = match spec.sample_format {
            hound::SampleFormat::Float => reader
                .into_samples::<f32>()
                .collect::<Result<_, _>>()
                .map_err(damaged)?,
            hound::SampleFormat::Int => {
                let full = (1u64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
                reader
                    .into_samples::<i32>()
                    .map(|s| s.map(|v| v as f32 / full))
                    .collect::<Result<_, _>>()
                    .map_err(damaged)?
            }
        };
        let channels = usize::from(spec.channels);
        let samples = interleaved
            .chunks(channels)
            .map(|frame| {
                let sum: f32 = frame
                    .iter()
                    .map(|s| if s.is_finite() { *s } else { 0.0 })
                    .sum();
                (sum / channels as f32).clamp(-1.0, 1.0)
            })
            .collect();
        Ok(Take {
            samples,
            rate: spec.sample_rate,
        })
    }

    /// Writes the take as 16-bit PCM WAV.
    pub fn write_wav(&self, path: &Path) -> Result<(), TakeError> {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: self.rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let fail = |e: hound::Error| TakeError::Unreadable {
            path: path.to_owned(),
            reason: e.to_string(),
        };
        let mut writer = hound::WavWriter::create(path, spec).map_err(fail)?;
        for s in &self.samples {
            writer
                .write_sample((s.clamp(-1.0, 1.0) * f32::from(i16::MAX)) as i16)
                .map_err(fail)?;
        }
        writer.finalize().map_err(fail)
    }

    /// The length of a WAV file in seconds, from its header alone.
    pub fn wav_seconds(path: &Path) -> Option<f64> {
        let reader = hound::WavReader::open(path).ok()?;
        let rate = f64::from(reader.spec().sample_rate.max(1));
        Some(f64::from(reader.duration()) / rate)
    }

    /// Length in seconds.
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / f64::from(self.rate.max(1))
    }
}
