//! Scoring a reply in the trainee's own words on the four criteria, with the reasons.
//!
//! The rubric is data, one RON file per language (`locales/<lang>/rubric.ron`), that a
//! trainer can read and extend: signals, each a test on the reply (phrases, echoing the
//! customer, a question, the customer's name, capitals, exclamation marks) worth points on
//! one criterion. Every criterion starts at 50, "no evidence"; matched signals move it up
//! (the reply shows the criterion) or down (it violates it), kept within 0–100. Nothing is
//! hidden: each point comes with the words that earned it and the signal's reason.

pub mod eval;
mod file;
pub mod matching;
mod phrase;
mod text;

use crate::model::Criterion;
use crate::parse::parse;
use crate::problem::{Problem, SourceFile};
pub use matching::{MATCH_THRESHOLD, Match, turn_score};
use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;

use file::check;
pub use file::{FILE, RubricFile, Signal, Snowball, Stemmer, Test};
use phrase::{Part, Phrase, Stem, find};
use text::{Token, fold, tokens};

/// What the reply answers: the customer's last line, and who they are.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The customer's last words, which the reply answers: echoing (and answering past them) is
    /// measured against them.
    pub customer_line: String,
    /// The customer's name as the scenario gives it, for the test of whether the reply uses
    /// their first or last name.
    pub customer_name: String,
}

/// One matched signal, with the words of the reply that matched it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Id of the signal that matched, the same in every language's rubric.
    pub signal: String,
    /// The criterion the points count towards.
    pub criterion: Criterion,
    /// Points added to the criterion, -50 to 50: positive shows it, negative violates it.
    pub points: i32,
    /// The reply's own words (or the marks) that matched, as typed.
    pub words: String,
    /// The signal's reason, said to the trainee.
    pub why: String,
    /// Id of the coaching principle the signal points the trainee to, if any.
    pub principle: Option<String>,
}

/// A reply's scores, 0–100 per criterion (50: no evidence), and their reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// How well the reply shows the customer was heard, 0–100 (50: no evidence).
    pub listening: u8,
    /// How well it accepts the customer's feeling, 0–100 (50: no evidence).
    pub empathy: u8,
    /// How far it takes the case on with a concrete next step, 0–100 (50: no evidence).
    pub ownership: u8,
    /// How steady its wording stays (no shouting, blaming or sarcasm), 0–100 (50: no evidence).
    pub calm_tone: u8,
    /// Every signal that matched, in the order found (steadiness last): the reasons for the
    /// scores.
    pub evidence: Vec<Evidence>,
}

impl Assessment {
    /// The score on one criterion, 0–100 (50: no evidence).
    pub fn get(&self, criterion: Criterion) -> u8 {
        match criterion {
            Criterion::Listening => self.listening,
            Criterion::Empathy => self.empathy,
            Criterion::Ownership => self.ownership,
            Criterion::CalmTone => self.calm_tone,
        }
    }
}

/// A rubric ready to score: phrases tokenised and stemmed once.
pub struct Rubric {
    /// The language the rubric scores, as its file names it (`en`, `hu`, `pl`, `he`).
    pub language: String,
    stemmer: Stem,
    stop_words: HashSet<String>,
    signals: Vec<Compiled>,
}

struct Compiled {
    signal: Signal,
    test: CompiledTest,
    unless: Vec<Phrase>,
}

enum CompiledTest {
    Phrases(Vec<Phrase>),
    Echo(f32),
    Question,
    CustomerName,
    Capitals(f32),
    Exclamations(usize),
    Steady(usize),
    Ignores,
}

impl Rubric {
    /// Reads and checks a rubric file; every problem names the file, line and column.
    pub fn load(path: &Path) -> Result<Rubric, Vec<Problem>> {
        let text = std::fs::read_to_string(path).map_err(|err| {
            vec![Problem::file(
                path,
                format!("cannot read the rubric {}: {err}", path.display()),
            )]
        })?;
        Rubric::parse(path, &text)
    }

    /// Reads and checks a rubric from its text; `path` names the file in the problems.
    pub fn parse(path: &Path, text: &str) -> Result<Rubric, Vec<Problem>> {
        let source = SourceFile::new(path, text);
        let file: RubricFile = parse(&source).map_err(|p| vec![p])?;
        let problems = check(&source, &file);
        if problems.is_empty() {
            Ok(Rubric::compile(file))
        } else {
            Err(problems)
        }
    }

    /// The rubric of `lang` under `locales/`.
    pub fn for_language(locales: &Path, lang: &str) -> Result<Rubric, Vec<Problem>> {
        Rubric::load(&locales.join(lang).join(FILE))
    }

    fn compile(file: RubricFile) -> Rubric {
        let stemmer = match file.stemmer {
            Stemmer::Snowball(Snowball::English) => Stem::Snowball(rust_stemmers::Stemmer::create(
                rust_stemmers::Algorithm::English,
            )),
            Stemmer::Snowball(Snowball::Hungarian) => Stem::Snowball(
                rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Hungarian),
            ),
            Stemmer::Affixes {
                prefixes,
                suffixes,
                min_stem,
            } => Stem::Affixes {
                prefixes: prefixes.iter().map(|p| fold(p)).collect(),
                suffixes: suffixes.iter().map(|s| fold(s)).collect(),
                min_stem,
            },
            Stemmer::None => Stem::None,
        };
        let phrase = |text: &str| -> Phrase {
            text.split_whitespace()
                .filter_map(|w| {
                    if w == "..." || w == "…" {
                        return Some(Part::Gap);
                    }
                    let star = w.ends_with('*');
                    let t = tokens(w.trim_end_matches('*')).into_iter().next()?;
                    Some(if star {
                        Part::Prefix(t.folded)
                    } else {
                        Part::Stem(stemmer.stem(&t.folded))
                    })
                })
                .collect()
        };
        let signals = file
            .signals
            .into_iter()
            .map(|signal| {
                let test = match &signal.test {
                    Test::Phrases(list) => {
                        CompiledTest::Phrases(list.iter().map(|p| phrase(p)).collect())
                    }
                    Test::Echo { share } => CompiledTest::Echo(*share),
                    Test::Question => CompiledTest::Question,
                    Test::CustomerName => CompiledTest::CustomerName,
                    Test::Capitals { share } => CompiledTest::Capitals(*share),
                    Test::Exclamations { run } => CompiledTest::Exclamations(*run),
                    Test::Steady { min_words } => CompiledTest::Steady(*min_words),
                    Test::Ignores => CompiledTest::Ignores,
                };
                let unless = signal.unless.iter().map(|p| phrase(p)).collect();
                Compiled {
                    signal,
                    test,
                    unless,
                }
            })
            .collect();
        Rubric {
            language: file.language,
            stop_words: file.stop_words.iter().map(|w| fold(w)).collect(),
            stemmer,
            signals,
        }
    }

    /// Scores a reply to the customer's line.
    pub fn assess(&self, reply: &str, context: &Context) -> Assessment {
        let words = tokens(reply);
        let stems: Vec<String> = words.iter().map(|t| self.stemmer.stem(&t.folded)).collect();
        let mut evidence: Vec<Evidence> = Vec::new();
        // Steadiness is judged last: it needs to know whether any tone fault was found.
        let (steady, rest): (Vec<&Compiled>, Vec<&Compiled>) = self
            .signals
            .iter()
            .partition(|c| matches!(c.test, CompiledTest::Steady(_)));
        for compiled in rest.into_iter().chain(steady) {
            let found = match compiled.test {
                CompiledTest::Steady(min_words) => {
                    let faulty = evidence
                        .iter()
                        .any(|e| e.criterion == Criterion::CalmTone && e.points < 0);
                    (words.len() >= min_words && !faulty).then(String::new)
                }
                _ => self.test(compiled, reply, &words, &stems, context),
            };
            let Some(found) = found else {
                continue;
            };
            if compiled
                .unless
                .iter()
                .any(|p| find(p, &words, &stems).is_some())
            {
                continue;
            }
            let s = &compiled.signal;
            evidence.push(Evidence {
                signal: s.id.clone(),
                criterion: s.criterion,
                points: s.points,
                words: found,
                why: s.why.clone(),
                principle: s.principle.clone(),
            });
        }
        let score = |c: Criterion| {
            let sum: i32 = evidence
                .iter()
                .filter(|e| e.criterion == c)
                .map(|e| e.points)
                .sum();
            (50 + sum).clamp(0, 100) as u8
        };
        Assessment {
            listening: score(Criterion::Listening),
            empathy: score(Criterion::Empathy),
            ownership: score(Criterion::Ownership),
            calm_tone: score(Criterion::CalmTone),
            evidence,
        }
    }

    /// The words that matched, or `None`.
    fn test(
        &self,
        compiled: &Compiled,
        reply: &str,
        words: &[Token],
        stems: &[String],
        context: &Context,
    ) -> Option<String> {
        let surface = |range: std::ops::RangeInclusive<usize>| {
            let (a, b) = (words[*range.start()].start, words[*range.end()].end);
            reply[a..b].to_owned()
        };
        match &compiled.test {
            CompiledTest::Phrases(phrases) => phrases
                .iter()
                .find_map(|p| find(p, words, stems))
                .map(surface),
            CompiledTest::Echo(share) => {
                let (echoed, of) = self.echo(reply, words, stems, context);
                (of > 0 && echoed.len() as f32 / of as f32 >= *share).then(|| echoed.join(", "))
            }
            CompiledTest::Ignores => {
                let (echoed, of) = self.echo(reply, words, stems, context);
                (of > 0 && echoed.is_empty() && !reply.contains('?') && !words.is_empty())
                    .then(|| reply.trim().to_owned())
            }
            CompiledTest::Steady(_) => None,
            CompiledTest::Question => reply
                .contains(['?', '¿', ';'])
                .then(|| {
                    // The question itself: from the start of its sentence to the mark.
                    let end = reply.find('?').map_or(reply.len(), |i| i + 1);
                    let start = reply[..end.saturating_sub(1)]
                        .rfind(['.', '!', '?', '\n'])
                        .map_or(0, |i| i + 1);
                    reply[start..end].trim().to_owned()
                })
                .filter(|q| q.ends_with('?')),
            CompiledTest::CustomerName => {
                let names: Vec<String> = tokens(&context.customer_name)
                    .into_iter()
                    .filter(|t| t.folded.chars().count() >= 3)
                    .map(|t| {
                        // The name without its last letter: Anna → Ann-o, Kovács → Kovács-né.
                        let n = t.folded.chars().count();
                        t.folded.chars().take((n - 1).max(3)).collect()
                    })
                    .collect();
                words
                    .iter()
                    .find(|t| names.iter().any(|n| t.folded.starts_with(n.as_str())))
                    .map(|t| reply[t.start..t.end].to_owned())
            }
            CompiledTest::Capitals(share) => {
                let (mut upper, mut letters) = (0usize, 0usize);
                let mut loud = Vec::new();
                for t in words {
                    let word = &reply[t.start..t.end];
                    let n = word.chars().filter(|c| c.is_alphabetic()).count();
                    if n < 3
                        || !word.chars().any(char::is_uppercase)
                            && !word.chars().any(char::is_lowercase)
                    {
                        continue;
                    }
                    let u = word.chars().filter(|c| c.is_uppercase()).count();
                    upper += u;
                    letters += n;
                    if u == n {
                        loud.push(word);
                    }
                }
                (letters >= 6 && upper as f32 / letters as f32 >= *share && !loud.is_empty())
                    .then(|| loud.join(" "))
            }
            CompiledTest::Exclamations(run) => {
                let mut longest = 0;
                let mut current = 0;
                for c in reply.chars() {
                    if c == '!' {
                        current += 1;
                        longest = longest.max(current);
                    } else if !c.is_whitespace() {
                        current = 0;
                    }
                }
                (longest >= (*run).max(1)).then(|| "!".repeat(longest))
            }
        }
    }
}

impl Rubric {
    /// The reply's words that echo the customer's line, and how many content words the
    /// line has.
    fn echo<'r>(
        &self,
        reply: &'r str,
        words: &[Token],
        stems: &[String],
        context: &Context,
    ) -> (Vec<&'r str>, usize) {
        let line: HashSet<String> = tokens(&context.customer_line)
            .into_iter()
            .filter(|t| !self.stop_words.contains(&t.folded))
            .map(|t| self.stemmer.stem(&t.folded))
            .collect();
        let mut echoed = Vec::new();
        let mut seen = HashSet::new();
        for (t, s) in words.iter().zip(stems) {
            if line.contains(s) && !self.stop_words.contains(&t.folded) && seen.insert(s) {
                echoed.push(&reply[t.start..t.end]);
            }
        }
        (echoed, line.len())
    }
}

#[cfg(test)]
mod tests;
