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
    /// The language the rubric scores (`en`, `hu`, `pl`, `he`), as its folder under `locales/`
    /// names it.
    pub language: String,
    /// How this language's words are reduced to a stem before phrase words are compared.
    pub stemmer: Stemmer,
    /// Words left out when measuring how much of the customer's line a reply echoes (case and
    /// accents ignored).
    #[serde(default)]
    pub stop_words: Vec<String>,
    /// Words that say nothing about which move a reply makes (days, greetings, fillers):
    /// left out, with the stop words, when telling which authored reply typed words mean.
    #[serde(default)]
    pub match_ignores: Vec<String>,
    /// When telling which authored reply typed words mean, two words count as the same when
    /// their stems start with the same this many letters: for languages whose words take
    /// many endings the stemmer does not remove ("működik", "működött"). `None`: whole stems.
    #[serde(default)]
    pub match_prefix: Option<usize>,
    /// When telling which authored reply typed words mean, each stem is cut once more: for
    /// stemmers that cut one proclitic, so that a word carrying two ("והמספר") reads as the
    /// same word with one ("מספר") or none.
    #[serde(default)]
    pub match_stem_again: bool,
    /// Phrases that say whether a reply gives the customer what the business cannot, or
    /// holds that limit: a reply on one side is never taken as one on the other.
    #[serde(default)]
    pub stances: Stances,
    /// How the learned layer (`rubric-model.ron` beside this file) is explained, and which
    /// signals it never overrides.
    #[serde(default)]
    pub learned: Option<Learned>,
    /// Everything the rubric looks for, each signal counted at most once per reply.
    pub signals: Vec<Signal>,
}

/// The learned layer's words to the trainee, and the signals left to the rules.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Learned {
    /// Why words the model learned count for a criterion, said to the trainee.
    pub shows: String,
    /// Why words the model learned count against a criterion, said to the trainee.
    pub violates: String,
    /// Signals whose points always count as written, whatever the model says: what a
    /// model should never decide alone (threats, "calm down", rudeness) and what its
    /// training replies rarely show (the conversation so far, floods, emoji).
    pub kept: Vec<String>,
}

/// Phrases that place a reply on one side of a limit the business holds; holding the limit
/// wins when a reply has both.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stances {
    /// Giving in: a refund, a free service, an exception ("for free", "I'll make an
    /// exception").
    #[serde(default)]
    pub gives_in: Vec<String>,
    /// Holding the limit ("I can't refund", "the normal price").
    #[serde(default)]
    pub holds_limit: Vec<String>,
    /// Words that turn giving in into refusing it when they stand in the same clause, up
    /// to six words before the phrase or two after ("I'm not allowed to make an
    /// exception", "kawy na koszt firmy nie mogę"). Compared as written, without accents.
    #[serde(default)]
    pub negations: Vec<String>,
    /// Phrases whose negation negates nothing ("no problem", "אין בעיה"): "no problem I'll
    /// refund you" gives in.
    #[serde(default)]
    pub not_negating: Vec<String>,
}

/// How words are reduced to a stem before plain phrase words are compared.
#[derive(Debug, Clone, Deserialize)]
pub enum Stemmer {
    /// A Snowball stemmer (rust-stemmers), on folded text.
    Snowball(Snowball),
    /// Strip at most one prefix and then the longest suffix, keeping `min_stem` letters.
    Affixes {
        /// Prefixes of which the longest that fits, if any, is stripped first (Hebrew ו, ה, ב...).
        #[serde(default)]
        prefixes: Vec<String>,
        /// Suffixes of which the longest that fits is then stripped.
        #[serde(default)]
        suffixes: Vec<String>,
        /// The fewest letters a stem keeps: an affix is stripped only when this many remain.
        min_stem: usize,
        /// Shorter stems a prefix may still be cut down to: Hebrew "לא" (not), so that
        /// "ולא" (and not) and "שלא" (that not) read as it does.
        #[serde(default)]
        short_stems: Vec<String>,
    },
    /// Words are compared whole.
    None,
}

/// The languages whose Snowball stemmer a rubric can name.
#[derive(Debug, Clone, Copy, Deserialize)]
pub enum Snowball {
    /// Snowball's English (Porter2) stemmer: "frustrating" and "frustrated" share a stem.
    English,
    /// Snowball's Hungarian stemmer, which does not reduce verb endings reliably: the Hungarian
    /// rubric writes verbs as `word*`.
    Hungarian,
}

/// One thing the rubric looks for: a test on the reply worth points on one criterion, with
/// the reason told to the trainee.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    /// The signal's id, unique in the file and the same for the same signal in every language,
    /// named in the evidence.
    pub id: String,
    /// The criterion the points count towards.
    pub criterion: Criterion,
    /// Positive: the reply shows the criterion; negative: it violates it.
    pub points: i32,
    /// Points the same words count on other criteria: blaming the customer costs empathy
    /// as well as ownership.
    #[serde(default)]
    pub also: Vec<(Criterion, i32)>,
    /// What in the reply sets the signal off.
    pub test: Test,
    /// Phrases that cancel the signal when any of them matches.
    #[serde(default)]
    pub unless: Vec<String>,
    /// Id of the coaching principle the evidence points the trainee to: one from
    /// `principles.ron` or the scenario's own.
    #[serde(default)]
    pub principle: Option<String>,
    /// Why these words earn or lose points, said to the trainee.
    pub why: String,
}

/// What a signal looks for in a reply.
#[derive(Debug, Clone, Deserialize)]
pub enum Test {
    /// The reply gives in (a phrase of the rubric's `stances.gives_in` and none of
    /// `holds_limit`) at a decision whose trainer marked giving in as wrong there (a reply
    /// of kind `give-in`): what the business cannot give differs from scenario to scenario.
    GivesIn,
    /// Any of the phrases: words (compared by stem), `word*` (any word starting so),
    /// `...` (0 to 4 words).
    Phrases(Vec<String>),
    /// The reply reuses at least `share` of the content words of the customer's line.
    Echo {
        /// The least share of the line's content words (stop words left out) the reply must
        /// reuse: above 0, at most 1.
        share: f32,
    },
    /// The reply asks a question.
    Question,
    /// The reply uses the customer's first or last name, in any inflected form.
    CustomerName,
    /// At least `share` of the letters in words of three or more letters are capitals.
    Capitals {
        /// The least share of capitals that counts as shouting: above 0, at most 1.
        share: f32,
    },
    /// A run of at least `run` exclamation marks.
    Exclamations {
        /// The fewest exclamation marks in a row that count (spaces between them allowed; 0
        /// counts as 1).
        run: usize,
    },
    /// A reply of at least `min_words` words in which no calm-tone fault (a calm-tone
    /// signal with negative points) was found: credit for steady wording.
    Steady {
        /// The fewest words the reply needs for the credit, so that a bare "OK" earns none.
        min_words: usize,
    },
    /// The reply reuses none of the content words of the customer's line and asks no
    /// question: it answers past the customer.
    Ignores,
    /// The reply says again what the trainee already said earlier in the conversation: at
    /// least `share` of its content words, or all of it.
    Repeats {
        /// The least share of content words shared with one earlier reply: above 0, at most 1.
        share: f32,
    },
    /// A question, opened by one of `asking`, about what the customer already said: at
    /// least `share` of its content words are the customer's own from earlier lines.
    AsksAgain {
        /// The least share of the question's content words the customer already used.
        share: f32,
        /// Words or phrases that open a question asking for a detail ("what", "when").
        asking: Vec<String>,
    },
    /// More than `words` words: a flood the customer cannot take in.
    Long {
        /// The most words a reply can have before it counts as a flood.
        words: usize,
    },
    /// Nothing a customer could read as words: emoji, marks or digits alone.
    NoWords,
}

/// Problems a parsed rubric can still have: duplicate ids, points or shares out of range,
/// empty phrases.
pub(super) fn check(source: &Arc<SourceFile>, file: &RubricFile) -> Vec<Problem> {
    let locator = Locator::new(&source.text);
    let at = |path: At| locator.span(&path).unwrap_or(0..0);
    let mut problems = Vec::new();
    // Fewer letters than three would make most words alike ("me", "men", "mention").
    if file.match_prefix.is_some_and(|n| n < 3) {
        problems.push(Problem::error(
            source,
            at(At::root().field("match_prefix")),
            "`match_prefix` must be at least 3 letters (or left out to compare whole stems)",
            "here",
        ));
    }
    // Lists of single words, each told at its place when it is not one word.
    let mut one_word_each = |list: &[String], field: At, what: &str| {
        for (k, w) in list.iter().enumerate() {
            if w.split_whitespace().count() != 1 {
                problems.push(Problem::error(
                    source,
                    at(field.index(k)),
                    format!("the {what} `{w}` must be one word"),
                    "here",
                ));
            }
        }
    };
    // A short stem is what a whole word becomes: an empty one would make a lone prefix
    // ("ו") a word of no letters.
    if let Stemmer::Affixes { short_stems, .. } = &file.stemmer {
        let field = At::root().field("stemmer").field("short_stems");
        one_word_each(short_stems, field, "short stem");
    }
    // A negation is one word, compared with each word of a reply: "can not" would match
    // nothing, and no one would know.
    let field = At::root().field("stances").field("negations");
    one_word_each(&file.stances.negations, field, "negation");
    for (side, list) in [
        ("gives_in", &file.stances.gives_in),
        ("holds_limit", &file.stances.holds_limit),
        ("not_negating", &file.stances.not_negating),
    ] {
        for (k, p) in list.iter().enumerate() {
            if !starts_with_a_word(p) {
                problems.push(Problem::error(
                    source,
                    at(At::root().field("stances").field(side).index(k)),
                    format!("`stances.{side}`: the phrase `{p}` must start with a word"),
                    "here",
                ));
            }
        }
    }
    if let Some(learned) = &file.learned {
        for (k, id) in learned.kept.iter().enumerate() {
            if !file.signals.iter().any(|s| &s.id == id) {
                problems.push(Problem::error(
                    source,
                    at(At::root().field("learned").field("kept").index(k)),
                    format!("`kept` names the signal `{id}`, which this rubric does not have"),
                    "no such signal",
                ));
            }
        }
    }
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
        for (k, (criterion, points)) in s.also.iter().enumerate() {
            if !(-50..=50).contains(points) || *points == 0 || *criterion == s.criterion {
                problems.push(Problem::error(
                    source,
                    at(here.field("also").index(k)),
                    format!(
                        "signal `{}`: `also` needs another criterion than its own and points -50 to 50, not 0",
                        s.id
                    ),
                    "here",
                ));
            }
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
                    if !starts_with_a_word(p) {
                        problems.push(Problem::error(
                            source,
                            at(here.field("test")),
                            format!("signal `{}`: the phrase `{p}` must start with a word", s.id),
                            "here",
                        ));
                    }
                }
            }
            Test::Echo { share }
            | Test::Capitals { share }
            | Test::Repeats { share }
            | Test::AsksAgain { share, .. }
                if bad_share(*share) =>
            {
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

/// A phrase has a word, and a word first: a gap at the start would match anywhere.
fn starts_with_a_word(phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| !w.starts_with("...") && !w.starts_with('…'))
}
