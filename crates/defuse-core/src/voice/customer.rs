//! The customer's voice: a sound file per line and language, found by the line's Fluent
//! message id. Recordings (`voices/<lang>/<scenario>/<message-id>.wav` or `.ogg`) come
//! first; otherwise lines rendered by espeak-ng into a cache folder, one file per tone, so
//! the trainee hears the customer calm down. espeak-ng is GPL: it is run as a separate
//! program, never linked.

use crate::i18n::scenario::texts;
use crate::model::{Node, Scenario, Tone};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every tone, for lines whose tone follows the customer's mood.
pub const TONES: [Tone; 7] = [
    Tone::Calm,
    Tone::Tense,
    Tone::Annoyed,
    Tone::Angry,
    Tone::Furious,
    Tone::Relieved,
    Tone::Pleased,
];

/// One line the customer says: its message id, words and set tone (None: the tone
/// follows the mood when it is said).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The line's Fluent message id (e.g. `t1-says-1`, the node's id first), which also
    /// names its sound files.
    pub id: String,
    /// What the customer says, in the scenario's language.
    pub words: String,
    /// The tone the node sets for the line; `None` when it follows the customer's mood as
    /// the line is said.
    pub tone: Option<Tone>,
}

/// The customer's lines of a (localized) scenario, in file order.
pub fn lines(scenario: &Scenario) -> Vec<Line> {
    let tone_of = |id: &str| {
        let node = id.split("-says-").next().unwrap_or_default();
        scenario.nodes.iter().find_map(|n| match n {
            Node::Turn { id, tone, .. } | Node::Ending { id, tone, .. } if id == node => *tone,
            _ => None,
        })
    };
    texts(scenario)
        .into_iter()
        .filter(|t| t.id.contains("says-"))
        .map(|t| Line {
            tone: tone_of(&t.id),
            id: t.id,
            words: t.source,
        })
        .collect()
}

/// The tones a line is rendered in: its own, or every tone.
pub fn tones(line: &Line) -> Vec<Tone> {
    line.tone.map_or_else(|| TONES.to_vec(), |t| vec![t])
}

/// A recording of the line, if a trainer made one.
pub fn recorded(voices: &Path, lang: &str, scenario: &str, id: &str) -> Option<PathBuf> {
    ["wav", "ogg"]
        .iter()
        .map(|ext| voices.join(lang).join(scenario).join(format!("{id}.{ext}")))
        .find(|p| p.is_file())
}

/// Where espeak-ng's rendering of a line in a tone is kept.
pub fn rendered(cache: &Path, lang: &str, scenario: &str, id: &str, tone: Tone) -> PathBuf {
    cache
        .join(lang)
        .join(scenario)
        .join(format!("{id}.{}.wav", tone.name()))
}

/// The file that speaks a line in a tone: the recording, else the rendering, if any.
pub fn find(
    voices: &Path,
    cache: &Path,
    lang: &str,
    scenario: &str,
    id: &str,
    tone: Tone,
) -> Option<PathBuf> {
    recorded(voices, lang, scenario, id)
        .or_else(|| Some(rendered(cache, lang, scenario, id, tone)).filter(|p| p.is_file()))
}

/// The folder rendered voices are cached in: `voices/` in the cache folder.
pub fn cache_dir() -> PathBuf {
    crate::places::cache_dir().join("voices")
}

/// espeak-ng's pace (words per minute), pitch (0–99) and amplitude (0–200) for a tone: an
/// angry customer speaks faster, higher and louder; a relieved one slower and lower.
pub fn espeak_voice(tone: Tone) -> (u32, u32, u32) {
    match tone {
        Tone::Furious => (205, 75, 170),
        Tone::Angry => (190, 68, 150),
        Tone::Annoyed => (178, 60, 130),
        Tone::Tense => (168, 54, 115),
        Tone::Calm => (158, 48, 100),
        Tone::Relieved => (150, 44, 95),
        Tone::Pleased => (155, 50, 100),
    }
}

/// Whether espeak-ng can be run, and if not, why.
pub fn espeak_available() -> Result<(), String> {
    match Command::new("espeak-ng").arg("--version").output() {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(String::from_utf8_lossy(&o.stderr).trim().to_owned()),
        Err(e) => Err(format!("espeak-ng could not be started ({e})")),
    }
}

/// Renders `words` in `lang` and `tone` to the WAV file `to` with espeak-ng.
pub fn render(words: &str, lang: &str, tone: Tone, to: &Path) -> Result<(), String> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let (speed, pitch, amplitude) = espeak_voice(tone);
    let output = Command::new("espeak-ng")
        .args([
            "-v",
            lang,
            "-s",
            &speed.to_string(),
            "-p",
            &pitch.to_string(),
        ])
        .args(["-a", &amplitude.to_string(), "-w"])
        .arg(to)
        .arg("--")
        .arg(words)
        .output()
        .map_err(|e| format!("espeak-ng could not be started ({e})"))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
    }
    Ok(())
}
