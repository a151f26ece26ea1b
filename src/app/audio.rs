//! The microphone and the speaker, with cpal directly (feature `voice`), so sound does
//! not need Bevy's audio and turning it on does not rebuild Bevy. cpal's streams may not
//! cross threads, so each lives on a thread of its own.

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use defuse_core::voice::{AudioSource, Take, TakeError, level};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

/// The default input device, recording while a take runs.
pub struct Microphone {
    buffer: Arc<Mutex<Vec<f32>>>,
    recording: Arc<AtomicBool>,
    rate: u32,
    /// Dropped with the microphone: the stream's thread then ends.
    _alive: mpsc::Sender<()>,
}

impl Microphone {
    /// Opens the default microphone, or says why it cannot.
    pub fn open() -> Result<Microphone, String> {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let recording = Arc::new(AtomicBool::new(false));
        let (alive, until_dropped) = mpsc::channel::<()>();
        let (ready, opened) = mpsc::channel();
        let (buf, rec) = (buffer.clone(), recording.clone());
        std::thread::spawn(move || match input_stream(buf, rec) {
            Ok((stream, rate)) => {
                let _ = ready.send(Ok(rate));
                let _ = until_dropped.recv();
                drop(stream);
            }
            Err(why) => {
                let _ = ready.send(Err(why));
            }
        });
        let rate = opened
            .recv_timeout(Duration::from_secs(5))
            .map_err(|_| "the microphone did not answer".to_owned())??;
        Ok(Microphone {
            buffer,
            recording,
            rate,
            _alive: alive,
        })
    }
}

fn input_stream(
    buffer: Arc<Mutex<Vec<f32>>>,
    recording: Arc<AtomicBool>,
) -> Result<(cpal::Stream, u32), String> {
    let device = cpal::default_host()
        .default_input_device()
        .ok_or("no microphone found")?;
    let config = device.default_input_config().map_err(|e| e.to_string())?;
    let channels = usize::from(config.channels()).max(1);
    let rate = config.sample_rate();
    let keep = move |mono: &mut dyn Iterator<Item = f32>| {
        if recording.load(Ordering::Relaxed)
            && let Ok(mut b) = buffer.lock()
        {
            b.extend(mono);
        }
    };
    let error = |e| eprintln!("microphone: {e}");
    let stream = match config.sample_format() {
        cpal::SampleFormat::F32 => device.build_input_stream::<f32, _, _>(
            config.config(),
            move |data, _| keep(&mut data.chunks(channels).map(|f| f[0])),
            error,
            None,
        ),
        cpal::SampleFormat::I16 => device.build_input_stream::<i16, _, _>(
            config.config(),
            move |data, _| keep(&mut data.chunks(channels).map(|f| f32::from(f[0]) / 32768.0)),
            error,
            None,
        ),
        other => {
            return Err(format!(
                "the microphone gives {other} samples, which Defuse does not read"
            ));
        }
    }
    .map_err(|e| e.to_string())?;
    stream.play().map_err(|e| e.to_string())?;
    Ok((stream, rate))
}

impl AudioSource for Microphone {
    fn start(&mut self) -> Result<(), TakeError> {
        if let Ok(mut b) = self.buffer.lock() {
            b.clear();
        }
        self.recording.store(true, Ordering::Relaxed);
        Ok(())
    }

    fn level(&self) -> f32 {
        self.buffer
            .lock()
            .map(|b| level(&b, self.rate))
            .unwrap_or(0.0)
    }

    fn finish(&mut self) -> Result<Take, TakeError> {
        self.recording.store(false, Ordering::Relaxed);
        let samples = self
            .buffer
            .lock()
            .map(|mut b| std::mem::take(&mut *b))
            .unwrap_or_default();
        Ok(Take {
            samples,
            rate: self.rate,
        })
    }
}

/// Which playback is current: a new line stops the one before.
static PLAYING: AtomicU64 = AtomicU64::new(0);

/// Plays a customer's line (WAV or Ogg Vorbis) on the default output device, in the
/// background; a later call cuts it off.
pub fn play(path: &Path) -> Result<(), String> {
    let take = read_sound(path)?;
    let generation = PLAYING.fetch_add(1, Ordering::Relaxed) + 1;
    std::thread::spawn(move || {
        if let Err(why) = play_take(&take, generation) {
            eprintln!("the customer's voice cannot be played: {why}");
        }
    });
    Ok(())
}

fn play_take(take: &Take, generation: u64) -> Result<(), String> {
    let device = cpal::default_host()
        .default_output_device()
        .ok_or("no speaker found")?;
    let config = device.default_output_config().map_err(|e| e.to_string())?;
    let channels = usize::from(config.channels()).max(1);
    let step = f64::from(take.rate) / f64::from(config.sample_rate());
    let samples = take.samples.clone();
    let mut at = 0.0f64;
    let done = Arc::new(AtomicBool::new(false));
    let finished = done.clone();
    let stream = device
        .build_output_stream::<f32, _, _>(
            config.config(),
            move |out, _| {
                for frame in out.chunks_mut(channels) {
                    let s = samples.get(at as usize).copied().unwrap_or(0.0);
                    frame.iter_mut().for_each(|v| *v = s);
                    at += step;
                }
                if at as usize >= samples.len() || PLAYING.load(Ordering::Relaxed) != generation {
                    finished.store(true, Ordering::Relaxed);
                }
            },
            |e| eprintln!("speaker: {e}"),
            None,
        )
        .map_err(|e| e.to_string())?;
    stream.play().map_err(|e| e.to_string())?;
    while !done.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(())
}

/// A WAV or Ogg Vorbis file as mono samples.
pub fn read_sound(path: &Path) -> Result<Take, String> {
    let is_ogg = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ogg"));
    if !is_ogg {
        return Take::read_wav(path).map_err(|e| e.to_string());
    }
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut ogg = lewton::inside_ogg::OggStreamReader::new(std::io::BufReader::new(file))
        .map_err(|e| format!("{}: not an Ogg Vorbis file ({e})", path.display()))?;
    let channels = usize::from(ogg.ident_hdr.audio_channels).max(1);
    let rate = ogg.ident_hdr.audio_sample_rate;
    let mut samples = Vec::new();
    while let Some(packet) = ogg
        .read_dec_packet_itl()
        .map_err(|e| format!("{}: damaged part-way ({e})", path.display()))?
    {
        samples.extend(
            packet
                .chunks(channels)
                .map(|f| f.iter().map(|s| f32::from(*s) / 32768.0).sum::<f32>() / channels as f32),
        );
    }
    Ok(Take { samples, rate })
}
