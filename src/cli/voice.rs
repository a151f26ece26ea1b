//! `defuse voice`: a spoken take scored for calm tone against the trainee's calm
//! baseline (`score`), and the customer's lines rendered with espeak-ng (`render`).

use super::{Out, Places, Reported};
use clap::Subcommand;
use defuse_core::i18n::Arg;
use defuse_core::voice::{self, DeliveryAssessment, Rules, Take, customer};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum VoiceCommand {
    /// Score how a take was said: pace, loudness, pitch, pauses and clipping against your
    /// calm baseline, as a calm-tone score with the measured reasons (never an emotion).
    Score {
        /// The take to score (WAV).
        take: PathBuf,
        /// Your calm baseline take (WAV): the language's baseline sentence read calmly.
        #[arg(long, value_name = "CALM.wav")]
        baseline: PathBuf,
        /// The words said in the take (for the pace in syllables per second).
        #[arg(long, value_name = "WORDS")]
        text: Option<String>,
        /// The words of the baseline take, if not the language's baseline sentence.
        #[arg(long, value_name = "WORDS")]
        baseline_text: Option<String>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Give the customer a voice: render every customer line without a recording with
    /// espeak-ng (run as a separate program) into the cache folder, in the tone of the line.
    Render {
        /// A scenario id or path (default: every scenario).
        scenario: Option<String>,
        /// Render again lines already in the cache.
        #[arg(long)]
        force: bool,
    },
}

pub fn run(out: &mut Out, places: &Places, command: &VoiceCommand) -> Result<ExitCode, Reported> {
    match command {
        VoiceCommand::Score {
            take,
            baseline,
            text,
            baseline_text,
            json,
        } => score(
            out,
            places,
            take,
            baseline,
            text.as_deref(),
            baseline_text.as_deref(),
            *json,
        ),
        VoiceCommand::Render { scenario, force } => {
            render(out, places, scenario.as_deref(), *force)
        }
    }
}

fn score(
    out: &mut Out,
    places: &Places,
    take: &Path,
    baseline: &Path,
    text: Option<&str>,
    baseline_text: Option<&str>,
    json: bool,
) -> Result<ExitCode, Reported> {
    let lang = places.lang.language.as_str();
    let rules = Rules::for_language(&places.locales, lang).map_err(|p| out.problems(&p))?;
    let read = |out: &mut Out, path: &Path| {
        Take::read_wav(path).map_err(|e| out.err(&format!("error: {e}")))
    };
    let calm_take = read(out, baseline)?;
    let this_take = read(out, take)?;
    let calm = voice::measure_baseline(&rules, &calm_take, baseline_text)
        .map_err(|e| out.err(&format!("error: {}", e.at(baseline))))?;
    let delivery = voice::measure(
        &this_take,
        text.map(|t| rules.syllables(t)),
        rules.long_pause_s,
    )
    .map_err(|e| out.err(&format!("error: {}", e.at(take))))?;
    let a = rules.assess(&delivery, &calm);
    if json {
        let json = serde_json::json!({
            "language": lang,
            "take": take,
            "baseline": baseline,
            "text": text,
            "scores": { "calm_tone": a.calm_tone },
            "delivery": a.delivery,
            "calm": a.baseline,
            "evidence": a.evidence,
        });
        out.line(&serde_json::to_string_pretty(&json).expect("JSON values always serialise"));
        return Ok(ExitCode::SUCCESS);
    }
    print(out, &a, text.is_some());
    Ok(ExitCode::SUCCESS)
}

fn print(out: &mut Out, a: &DeliveryAssessment, words_known: bool) {
    out.line(&format!(
        "{} {:>3}  {}",
        out.t("voice-calm-tone"),
        a.calm_tone,
        super::output::bar(a.calm_tone, 20)
    ));
    for e in &a.evidence {
        out.line(&format!("    {:+} {}", e.points, e.why));
    }
    let hz = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format!("{v:.0} Hz"));
    let (d, c) = (&a.delivery, &a.baseline);
    let words = words_known && c.syllables.is_some();
    let args: [(&str, Arg); 8] = [
        ("pace", format!("{:.1}", d.pace(words)).into()),
        ("calm_pace", format!("{:.1}", c.pace(words)).into()),
        ("loudness", format!("{:.1}", d.loudness_lufs).into()),
        ("calm_loudness", format!("{:.1}", c.loudness_lufs).into()),
        ("pitch", hz(d.pitch_median_hz).into()),
        ("calm_pitch", hz(c.pitch_median_hz).into()),
        ("range", format!("{:.1}", d.pitch_range_st).into()),
        ("pause", format!("{:.1}", d.longest_pause_s).into()),
    ];
    out.line(&out.tf("voice-measured", &args));
}

fn render(
    out: &mut Out,
    places: &Places,
    scenario: Option<&str>,
    force: bool,
) -> Result<ExitCode, Reported> {
    if let Err(why) = customer::espeak_available() {
        return Err(out.err(&out.tf("voice-no-espeak", &[("why", why.into())])));
    }
    let lang = places.lang.language.as_str().to_owned();
    let ids: Vec<String> = match scenario {
        Some(id) => vec![id.to_owned()],
        None => defuse_core::load::scenario_files(&places.scenarios)
            .map_err(|p| out.problems(&[p]))?
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
    };
    let cache = customer::cache_dir();
    let voices = voices_dir(places);
    let (mut rendered, mut kept, mut recorded) = (0usize, 0usize, 0usize);
    for reference in &ids {
        let story = super::load_localized(out, places, reference)?;
        let scenario = &story.scenario;
        for line in customer::lines(scenario) {
            if customer::recorded(&voices, &lang, &scenario.id, &line.id).is_some() {
                recorded += 1;
                continue;
            }
            for tone in customer::tones(&line) {
                let to = customer::rendered(&cache, &lang, &scenario.id, &line.id, tone);
                if to.is_file() && !force {
                    kept += 1;
                    continue;
                }
                customer::render(&line.words, &lang, tone, &to).map_err(|why| {
                    out.err(&out.tf(
                        "voice-render-failed",
                        &[("line", line.id.clone().into()), ("why", why.into())],
                    ))
                })?;
                rendered += 1;
            }
        }
    }
    out.line(&out.tf(
        "voice-rendered",
        &[
            ("rendered", rendered.into()),
            ("kept", kept.into()),
            ("recorded", recorded.into()),
            ("dir", cache.display().to_string().into()),
        ],
    ));
    if lang == "he" {
        out.line(&out.t("voice-hebrew-note"));
    }
    Ok(ExitCode::SUCCESS)
}

/// Trainers' recordings of the customer: `voices/` beside the scenarios folder.
pub fn voices_dir(places: &Places) -> PathBuf {
    places
        .scenarios
        .parent()
        .map_or_else(|| PathBuf::from("voices"), |p| p.join("voices"))
}
