//! The delivery rules of a language (`locales/<lang>/voice.ron`): how far from the
//! trainee's calm baseline each behaviour may go before it costs points, and what the
//! trainee is told. Data, like the text rubric, so a trainer can read and tune it.

use super::measure::Delivery;
use crate::locate::{Locator, Path as At};
use crate::model::Criterion;
use crate::parse::parse;
use crate::problem::{Problem, SourceFile};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The file name of a language's delivery rules, under `locales/<lang>/`.
pub const FILE: &str = "voice.ron";

/// A measured behaviour of the voice, compared with the trainee's own calm baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
// snake_case in scorecards and JSON; the rules files name them as written here.
#[serde(rename_all = "snake_case")]
pub enum Behaviour {
    /// Pace above the calm pace, in per cent.
    #[serde(alias = "Faster")]
    Faster,
    /// Loudness above the calm take, in LU (dB).
    #[serde(alias = "Louder")]
    Louder,
    /// Median pitch above the calm median, in semitones.
    #[serde(alias = "Higher")]
    Higher,
    /// Pitch spread wider than the calm spread, in semitones.
    #[serde(alias = "WiderRange")]
    WiderRange,
    /// The voice rising at the end, in semitones above the take's median.
    #[serde(alias = "EndRise")]
    EndRise,
    /// The longest silence inside the reply, in seconds.
    #[serde(alias = "LongPause")]
    LongPause,
    /// Samples at full scale, in per cent.
    #[serde(alias = "Clipping")]
    Clipping,
}

impl Behaviour {
    /// The unit the measured value is given in.
    pub fn unit(self) -> &'static str {
        match self {
            Behaviour::Faster | Behaviour::Clipping => "%",
            Behaviour::Louder => "LU",
            Behaviour::Higher | Behaviour::WiderRange | Behaviour::EndRise => "st",
            Behaviour::LongPause => "s",
        }
    }

    /// How far the take goes in this behaviour, from its baseline.
    fn value(self, take: &Delivery, calm: &Delivery) -> Option<f64> {
        let semitones = |a: f64, b: f64| 12.0 * (a / b).log2();
        match self {
            Behaviour::Faster => {
                let words = take.syllables.is_some() && calm.syllables.is_some();
                Some((take.pace(words) / calm.pace(words) - 1.0) * 100.0)
            }
            Behaviour::Louder => Some(take.loudness_lufs - calm.loudness_lufs),
            Behaviour::Higher => Some(semitones(take.pitch_median_hz?, calm.pitch_median_hz?)),
            Behaviour::WiderRange => Some(take.pitch_range_st - calm.pitch_range_st),
            Behaviour::EndRise => Some(take.end_rise_st),
            Behaviour::LongPause => Some(take.longest_pause_s),
            Behaviour::Clipping => Some(take.clipped_share * 100.0),
        }
    }
}

/// How syllables are counted in the words of a language.
#[derive(Debug, Clone, Deserialize)]
pub enum Syllables {
    /// Each run of these vowel letters is one syllable (at least one per word).
    VowelGroups(String),
    /// A script that does not write its vowels: this many syllables per letter.
    PerLetter(f64),
}

/// A delivery rules file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Voice")]
pub struct Rules {
    /// The language the rules are for (`en`, `hu`, `pl`, `he`), as named by its folder
    /// under `locales/`.
    pub language: String,
    /// How the language's words are counted in syllables, for the pace of a take whose
    /// words are known.
    pub syllables: Syllables,
    /// A final "e" is not said (English): it adds no syllable.
    #[serde(default)]
    pub silent_final_e: bool,
    /// The neutral sentence a trainee reads for the calm baseline.
    pub baseline_sentence: String,
    /// Silences inside a reply at least this long (seconds) are long pauses.
    pub long_pause_s: f64,
    /// One rule per scored behaviour; a behaviour without a rule never costs points.
    pub rules: Vec<Rule>,
    /// Said when no behaviour went beyond its first band.
    pub steady: String,
}

/// One behaviour's bands: the highest band reached gives its points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The behaviour this rule measures.
    pub behaviour: Behaviour,
    /// The bands, from the smallest `from` to the largest; a take below the first band
    /// costs nothing.
    pub bands: Vec<Band>,
    /// The coaching principle the rule teaches (its id in the principles catalogue, e.g.
    /// `soft-answer`), if any.
    #[serde(default)]
    pub principle: Option<String>,
    /// Told to the trainee; `{value}` is the measured value.
    pub why: String,
}

/// One step of a rule: a take measured at `from` or more costs `points`, unless it also
/// reaches a higher band.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The value the band starts at, in the behaviour's unit (`Behaviour::unit`): most
    /// are measured against the calm baseline, pauses, end rise and clipping on their own.
    pub from: f64,
    /// Points taken off the calm-tone score of 100: zero or less.
    pub points: i32,
}

/// One measured behaviour that moved the score, in the same shape as the text rubric's
/// evidence: what was measured, its value, the points, why, and the principle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryEvidence {
    /// The criterion the points count for: always calm tone.
    pub criterion: Criterion,
    /// The behaviour that reached a band; `None` for the single "steady" entry given when
    /// none did.
    pub behaviour: Option<Behaviour>,
    /// The value measured, in `unit`, relative to the calm baseline where that applies.
    pub measured: f64,
    /// The unit of `measured` (`%`, `LU`, `st`, `s`); empty for the "steady" entry.
    pub unit: String,
    /// Points taken off the calm-tone score of 100 by this behaviour: zero or less.
    pub points: i32,
    /// What the trainee is told, with the measured value in place of `{value}`.
    pub why: String,
    /// The coaching principle behind it (its id in the principles catalogue), when the rule
    /// names one.
    pub principle: Option<String>,
}

/// A take's calm-tone delivery score, 0–100 (100: as calm as the baseline), with the
/// measured values and the reasons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryAssessment {
    /// The delivery's calm-tone score, 0–100: 100 plus the evidence's points, kept within
    /// range.
    pub calm_tone: u8,
    /// The scored take as measured.
    pub delivery: Delivery,
    /// The trainee's calm baseline take as measured, which the take is compared with.
    pub baseline: Delivery,
    /// Every behaviour that reached a band, or the single "steady" entry when none did.
    pub evidence: Vec<DeliveryEvidence>,
}

impl Rules {
    /// Reads and checks a rules file; every problem names the file, line and column.
    pub fn load(path: &Path) -> Result<Rules, Vec<Problem>> {
        let source = SourceFile::read(path).map_err(|p| vec![p])?;
        let rules: Rules = parse(&source).map_err(|p| vec![p])?;
        let problems = check(&source, &rules);
        if problems.is_empty() {
            Ok(rules)
        } else {
            Err(problems)
        }
    }

    /// The rules of `lang` under `locales/`.
    pub fn for_language(locales: &Path, lang: &str) -> Result<Rules, Vec<Problem>> {
        Rules::load(&locales.join(lang).join(FILE))
    }

    /// Syllables in `words`, counted as the language writes them.
    pub fn syllables(&self, words: &str) -> u32 {
        let count: f64 = words
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(|w| match &self.syllables {
                Syllables::VowelGroups(vowels) => {
                    let mut lower = w.to_lowercase();
                    // A written final e that is not said (English "late", "three" keeps it).
                    if self.silent_final_e
                        && lower.len() > 2
                        && lower.ends_with('e')
                        && !lower.ends_with("ee")
                        && !lower.ends_with("le")
                    {
                        lower.pop();
                    }
                    let mut groups = 0;
                    let mut in_vowel = false;
                    for c in lower.chars() {
                        let v = vowels.contains(c);
                        if v && !in_vowel {
                            groups += 1;
                        }
                        in_vowel = v;
                    }
                    f64::from(groups.max(1))
                }
                Syllables::PerLetter(per) => (w.chars().count() as f64 * per).max(1.0),
            })
            .sum();
        count.round() as u32
    }

    /// Scores `take` against the trainee's calm `baseline`.
    pub fn assess(&self, take: &Delivery, baseline: &Delivery) -> DeliveryAssessment {
        let mut evidence = Vec::new();
        for rule in &self.rules {
            let Some(value) = rule.behaviour.value(take, baseline) else {
                continue;
            };
            let Some(band) = rule.bands.iter().rev().find(|b| value >= b.from) else {
                continue;
            };
            let shown = if rule.behaviour == Behaviour::LongPause {
                format!("{value:.1}")
            } else {
                format!("{value:.0}")
            };
            evidence.push(DeliveryEvidence {
                criterion: Criterion::CalmTone,
                behaviour: Some(rule.behaviour),
                measured: (value * 10.0).round() / 10.0,
                unit: rule.behaviour.unit().to_owned(),
                points: band.points,
                why: rule.why.replace("{value}", &shown),
                principle: rule.principle.clone(),
            });
        }
        let total: i32 = evidence.iter().map(|e| e.points).sum();
        if evidence.is_empty() {
            evidence.push(DeliveryEvidence {
                criterion: Criterion::CalmTone,
                behaviour: None,
                measured: 0.0,
                unit: String::new(),
                points: 0,
                why: self.steady.clone(),
                principle: None,
            });
        }
        DeliveryAssessment {
            calm_tone: (100 + total).clamp(0, 100) as u8,
            delivery: take.clone(),
            baseline: baseline.clone(),
            evidence,
        }
    }
}

fn check(source: &std::sync::Arc<SourceFile>, rules: &Rules) -> Vec<Problem> {
    let locator = Locator::new(&source.text);
    let mut problems = Vec::new();
    let mut at = |path: At, message: String| {
        let span = locator.span(&path).unwrap_or(0..0);
        problems.push(Problem::error(source, span, message, "here"));
    };
    for (k, rule) in rules.rules.iter().enumerate() {
        let here = || At::root().field("rules").index(k);
        if rule.bands.is_empty() {
            at(
                here().field("bands"),
                "a rule needs at least one band".into(),
            );
        }
        for (b, pair) in rule.bands.windows(2).enumerate() {
            if pair[1].from <= pair[0].from {
                at(
                    here().field("bands").index(b + 1),
                    format!(
                        "bands go from small to large: {} comes after {}",
                        pair[1].from, pair[0].from
                    ),
                );
            }
        }
        if let Some(b) = rule.bands.iter().position(|b| b.points > 0) {
            at(
                here().field("bands").index(b),
                "delivery bands only take points away (the calm baseline is 100)".into(),
            );
        }
        if !rule.why.contains("{value}") {
            at(
                here().field("why"),
                "the reason should say what was measured: put {value} where the number goes".into(),
            );
        }
    }
    if rules.long_pause_s <= 0.0 {
        at(
            At::root().field("long_pause_s"),
            "long_pause_s must be above 0 seconds".into(),
        );
    }
    problems
}
