//! A rubric file as a trainer writes it (`locales/<lang>/rubric.ron`), and the checks a
//! parsed file still has to pass.

use crate::locate::{Locator, Path as At};
use crate::model::Criterion;
use crate::problem::{Problem, SourceFile};
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::Arc;

/// The file name of a language's rubric, under `locales/<lang>/`.
pub const FILE: &str = "rubric.ron";

/// A rubric file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Rubric")]
pub struct RubricFile {
    pub language: String,
    pub stemmer: Stemmer,
    #[serde(default)]
    pub stop_words: Vec<String>,
    pub signals: Vec<Signal>,
}

/// How words are reduced to a stem before plain phrase words are compared.
#[derive(Debug, Clone, Deserialize)]
pub enum Stemmer {
    /// A Snowball stemmer (rust-stemmers), on folded text.
    Snowball(Snowball),
    /// Strip at most one prefix and then the longest suffix, keeping `min_stem` letters.
    Affixes {
        #[serde(default)]
        prefixes: Vec<String>,
        #[serde(default)]
        suffixes: Vec<String>,
        min_stem: usize,
    },
    /// Words are compared whole.
    None,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub enum Snowball {
    English,
    Hungarian,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub id: String,
    pub criterion: Criterion,
    /// Positive: the reply shows the criterion; negative: it violates it.
    pub points: i32,
    pub test: Test,
    /// Phrases that cancel the signal when any of them matches.
    #[serde(default)]
    pub unless: Vec<String>,
    #[serde(default)]
    pub principle: Option<String>,
    /// Why these words earn or lose points, said to the trainee.
    pub why: String,
}

#[derive(Debug, Clone, Deserialize)]
pub enum Test {
    /// Any of the phrases: words (compared by stem), `word*` (any word starting so),
    /// `...` (0 to 4 words).
    Phrases(Vec<String>),
    /// The reply reuses at least `share` of the content words of the customer's line.
    Echo { share: f32 },
    /// The reply asks a question.
    Question,
    /// The reply uses the customer's first or last name, in any inflected form.
    CustomerName,
    /// At least `share` of the letters in words of three or more letters are capitals.
    Capitals { share: f32 },
    /// A run of at least `run` exclamation marks.
    Exclamations { run: usize },
    /// A reply of at least `min_words` words in which no calm-tone fault (a calm-tone
    /// signal with negative points) was found: credit for steady wording.
    Steady { min_words: usize },
    /// The reply reuses none of the content words of the customer's line and asks no
    /// question: it answers past the customer.
    Ignores,
}

/// Problems a parsed rubric can still have: duplicate ids, points or shares out of range,
/// empty phrases.
pub(super) fn check(source: &Arc<SourceFile>, file: &RubricFile) -> Vec<Problem> {
    let locator = Locator::new(&source.text);
    let at = |path: At| locator.span(&path).unwrap_or(0..0);
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for (i, s) in file.signals.iter().enumerate() {
        let here = At::root().field("signals").index(i);
        if !ids.insert(s.id.as_str()) {
            problems.push(Problem::error(
                source,
                at(here.field("id")),
                format!("the signal id `{}` is used twice", s.id),
                "again here",
            ));
        }
        if !(-50..=50).contains(&s.points) || s.points == 0 {
            problems.push(Problem::error(
                source,
                at(here.field("points")),
                format!("signal `{}`: points must be -50 to 50, not 0", s.id),
                "here",
            ));
        }
        let bad_share = |v: f32| !(0.0..=1.0).contains(&v) || v == 0.0;
        match &s.test {
            Test::Phrases(list) if list.is_empty() => problems.push(Problem::error(
                source,
                at(here.field("test")),
                format!("signal `{}` has no phrases", s.id),
                "here",
            )),
            Test::Phrases(list) => {
                for p in list {
                    let words = p.split_whitespace().filter(|w| *w != "..." && *w != "…");
                    if words.count() == 0 || p.trim().starts_with("...") {
                        problems.push(Problem::error(
                            source,
                            at(here.field("test")),
                            format!("signal `{}`: the phrase `{p}` must start with a word", s.id),
                            "here",
                        ));
                    }
                }
            }
            Test::Echo { share } | Test::Capitals { share } if bad_share(*share) => {
                problems.push(Problem::error(
                    source,
                    at(here.field("test")),
                    format!("signal `{}`: share must be above 0 and at most 1", s.id),
                    "here",
                ))
            }
            _ => {}
        }
    }
    problems
}
