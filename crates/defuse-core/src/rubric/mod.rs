//! Scoring a reply in the trainee's own words on the four criteria, with the reasons.
//!
//! The rubric is data, one RON file per language (`locales/<lang>/rubric.ron`), that a
//! trainer can read and extend: signals, each a test on the reply (phrases, echoing the
//! customer, a question, the customer's name, capitals, exclamation marks) worth points on
//! one criterion. Every criterion starts at 50, "no evidence"; matched signals move it up
//! (the reply shows the criterion) or down (it violates it), kept within 0–100. Nothing is
//! hidden: each point comes with the words that earned it and the signal's reason.

pub mod corpus;
pub mod eval;
mod file;
mod language;
pub mod learned;
pub mod matching;
mod moves;
mod phrase;
mod signals;
mod text;

use crate::model::Criterion;
use crate::parse::parse;
use crate::problem::{Problem, SourceFile};
pub use language::other_language;
pub use matching::{Likeness, MATCH_THRESHOLD, Match, turn_score};
pub use moves::Stance;
use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;

use file::check;
pub use file::{FILE, Learned, RubricFile, Signal, Snowball, Stances, Stemmer, Test};
pub use learned::{MODEL_FILE, Model};
use phrase::{Part, Phrase, Stem, find};
use text::{Token, fold, tokens};

/// What the reply answers: the customer's last line, who they are, and the conversation
/// so far.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The customer's last words, which the reply answers: echoing (and answering past them) is
    /// measured against them.
    pub customer_line: String,
    /// The customer's name as the scenario gives it, for the test of whether the reply uses
    /// their first or last name.
    pub customer_name: String,
    /// What the customer said before their last words, oldest first: echoing a detail from
    /// earlier counts, and asking for it again is caught.
    pub customer_before: Vec<String>,
    /// What the trainee already replied, oldest first: saying it again is caught.
    pub replies_before: Vec<String>,
    /// The decision's authored replies (0-based) its trainer marked as giving in
    /// (`kind: "give-in"`): giving the customer what the business cannot is wrong at this
    /// decision, so a reply that gives in costs ownership (the `GivesIn` test), and typed
    /// words that give in are taken only as one of these.
    pub conceding: Vec<usize>,
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
    /// Stop words and the words that say nothing about a reply's move: left out when
    /// matching typed words to authored replies.
    match_ignores: HashSet<String>,
    /// Letters of a stem that decide whether two words are alike when matching.
    match_prefix: Option<usize>,
    /// Whether matching cuts each stem once more.
    match_stem_again: bool,
    gives_in: Vec<Phrase>,
    holds_limit: Vec<Phrase>,
    /// Folded words that negate a phrase of giving in next to them.
    negations: HashSet<String>,
    /// Phrases whose negation words negate nothing ("no problem").
    not_negating: Vec<Phrase>,
    signals: Vec<Compiled>,
    /// How the learned layer is explained, and the signals it leaves to the rules.
    learned: Option<Learned>,
    /// The learned layer, when the language has one (`rubric-model.ron`).
    model: Option<Model>,
    /// Stems of `match_ignores`: their inflected forms are ignored too.
    ignored_stems: HashSet<String>,
    /// Authored replies as the matching read them, kept for the next answer.
    authored: moves::AuthoredReads,
}

struct Compiled {
    signal: Signal,
    test: CompiledTest,
    unless: Vec<Phrase>,
}

impl Compiled {
    /// One of its `unless` phrases is in the reply: the signal does not count.
    fn excused(&self, words: &[Token], stems: &[String]) -> bool {
        self.unless.iter().any(|p| find(p, words, stems).is_some())
    }

    /// The criteria it moves and by how many points: its own, then its `also`.
    fn criteria(&self) -> impl Iterator<Item = (Criterion, i32)> + '_ {
        let s = &self.signal;
        std::iter::once((s.criterion, s.points)).chain(s.also.iter().copied())
    }
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
    Repeats(f32),
    AsksAgain(f32, Vec<Phrase>),
    Long(usize),
    NoWords,
    GivesIn,
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

    /// The rubric of `lang` under `locales/`, with its learned layer when it has one.
    pub fn for_language(locales: &Path, lang: &str) -> Result<Rubric, Vec<Problem>> {
        let rubric = Rubric::load(&locales.join(lang).join(FILE))?;
        Ok(rubric.with_model(Model::for_language(locales, lang)?))
    }

    /// The same rubric scoring with `model` as its learned layer, or by its rules alone.
    pub fn with_model(mut self, model: Option<Model>) -> Rubric {
        self.model = model;
        self
    }

    /// Whether a learned layer scores with the rules.
    pub fn has_model(&self) -> bool {
        self.model.is_some()
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
                short_stems,
            } => Stem::Affixes {
                prefixes: prefixes.iter().map(|p| fold(p)).collect(),
                suffixes: suffixes.iter().map(|s| fold(s)).collect(),
                min_stem,
                short_stems: short_stems.iter().map(|s| fold(s)).collect(),
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
                    Test::Repeats { share } => CompiledTest::Repeats(*share),
                    Test::AsksAgain { share, asking } => {
                        CompiledTest::AsksAgain(*share, asking.iter().map(|p| phrase(p)).collect())
                    }
                    Test::Long { words } => CompiledTest::Long(*words),
                    Test::NoWords => CompiledTest::NoWords,
                    Test::GivesIn => CompiledTest::GivesIn,
                };
                let unless = signal.unless.iter().map(|p| phrase(p)).collect();
                Compiled {
                    signal,
                    test,
                    unless,
                }
            })
            .collect();
        let stop_words: HashSet<String> = file.stop_words.iter().map(|w| fold(w)).collect();
        let match_ignores: HashSet<String> = stop_words
            .iter()
            .cloned()
            .chain(file.match_ignores.iter().map(|w| fold(w)))
            .collect();
        let ignored_stems = match_ignores.iter().map(|w| stemmer.stem(w)).collect();
        Rubric {
            learned: file.learned,
            model: None,
            ignored_stems,
            authored: moves::AuthoredReads::default(),
            language: file.language,
            gives_in: file.stances.gives_in.iter().map(|p| phrase(p)).collect(),
            holds_limit: file.stances.holds_limit.iter().map(|p| phrase(p)).collect(),
            negations: file.stances.negations.iter().map(|w| fold(w)).collect(),
            not_negating: file
                .stances
                .not_negating
                .iter()
                .map(|p| phrase(p))
                .collect(),
            stop_words,
            match_ignores,
            match_prefix: file.match_prefix,
            match_stem_again: file.match_stem_again,
            stemmer,
            signals,
        }
    }

    /// Scores a reply to the customer's line: by the rules, or, with a learned layer, by
    /// the model over the words and the rules' signals, plus the signals it leaves to the
    /// rules.
    pub fn assess(&self, reply: &str, context: &Context) -> Assessment {
        let words = tokens(reply);
        let stems: Vec<String> = words.iter().map(|t| self.stemmer.stem(&t.folded)).collect();
        let rules = self.rules(reply, &words, &stems, context);
        let evidence = match &self.model {
            None => rules,
            Some(model) => {
                let (kept, weighed): (Vec<Evidence>, Vec<Evidence>) =
                    rules.into_iter().partition(|e| self.kept(&e.signal));
                let found = learned::features(reply, &words, &stems, &weighed);
                let by_id = weighed.iter().map(|e| (e.signal.as_str(), e)).collect();
                let mut evidence = self.learned_evidence(model, &found, &by_id);
                evidence.extend(kept);
                evidence
            }
        };
        self.scored(evidence)
    }

    fn scored(&self, evidence: Vec<Evidence>) -> Assessment {
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

    /// The rule signals a reply sets off, each with the words that matched.
    fn rules(
        &self,
        reply: &str,
        words: &[Token],
        stems: &[String],
        context: &Context,
    ) -> Vec<Evidence> {
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
                _ => self.test(compiled, reply, words, stems, context),
            };
            let Some(found) = found else {
                continue;
            };
            if compiled.excused(words, stems) {
                continue;
            }
            let s = &compiled.signal;
            for (criterion, points) in compiled.criteria() {
                evidence.push(Evidence {
                    signal: s.id.clone(),
                    criterion,
                    points,
                    words: found.clone(),
                    why: s.why.clone(),
                    principle: s.principle.clone(),
                });
            }
        }
        evidence
    }
}

#[cfg(test)]
mod tests;
