//! Measuring the rubric against replies labelled by a human judge (`tests/eval/<lang>.ron`).
//!
//! For each reply and criterion the judge says "shows", "violates" or neither; the rubric
//! says the same by its score: above 50, below 50, or 50. Agreement is the share of those
//! calls that match, reported separately for the part used to tune the rubric and the
//! held-out part that never was.

use super::{Context, Rubric};
use crate::i18n::localize::localize;
use crate::library::Library;
use crate::model::Criterion;
use serde::Deserialize;
use std::fmt::Write;
use std::path::Path;

mod fairness;
mod matching;
mod wordings;
pub use fairness::{Fairness, FairnessResult, evaluate_fairness, fairness_table};
pub use matching::{
    Expect, FRESH_MATCHING_TITLE, HEBREW_MATCHING_TITLE, MATCHING_SETS, MATCHING_TITLE, MatchCase,
    MatchMiss, MatchResult, MatchRow, NoneKind, OFF_TOPIC_MATCHING_TITLE, SEALED_MATCHING_TITLE,
    SECOND_SEALED_MATCHING_TITLE, evaluate_matching, evaluate_matching_set, matching_rows,
    matching_table,
};
pub use wordings::{WordingsResult, evaluate_wordings, wordings_table};

/// One reply from a labelled set (`tests/eval/<lang>.ron`): the customer's line, the
/// trainee's reply, and the criteria the human judge says it shows or violates.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Case", deny_unknown_fields)]
pub struct Case {
    /// The case's id (`en-01`), unique within the set, that a miss names.
    pub id: String,
    /// Id of the bundled scenario the reply was given in; the customer's name comes from it.
    pub scenario: String,
    /// Id of the decision in that scenario the reply answers; for the reader only, the scoring
    /// does not use it.
    pub node: String,
    /// The customer's line the reply answers: what the rubric measures echoing against.
    pub customer: String,
    /// The conversation before that line, when the case needs it (a detail asked for
    /// again, an excuse repeated, a detail echoed from earlier); empty otherwise.
    #[serde(default)]
    pub history: Vec<Said>,
    /// The reply in the trainee's own words, as the rubric scores it.
    pub reply: String,
    /// Criteria the judge says the reply clearly demonstrates.
    pub shows: Vec<Criterion>,
    /// Criteria the judge says the reply clearly breaks; a criterion in neither list has no
    /// evidence either way.
    pub violates: Vec<Criterion>,
    /// True for the held-out part, never used to tune the rubric; false for the tuning part.
    pub held_out: bool,
    /// The judge's remark on the case ("hard: apology with blame"); empty when there is none.
    #[serde(default)]
    pub note: String,
}

/// One earlier line of a case's conversation.
#[derive(Debug, Clone, Deserialize)]
pub enum Said {
    /// What the customer said.
    Customer(String),
    /// What the trainee said.
    Trainee(String),
}

/// The conversation before a line, split into the customer's lines and the trainee's.
pub fn history(said: &[Said]) -> (Vec<String>, Vec<String>) {
    let (mut customer, mut trainee) = (Vec::new(), Vec::new());
    for s in said {
        match s {
            Said::Customer(line) => customer.push(line.clone()),
            Said::Trainee(line) => trainee.push(line.clone()),
        }
    }
    (customer, trainee)
}

/// A second annotator's labels for one case, given without seeing the first's.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Label", deny_unknown_fields)]
pub struct Label {
    /// The case's id.
    pub id: String,
    /// Criteria the reply clearly shows.
    pub shows: Vec<Criterion>,
    /// Criteria the reply clearly breaks.
    pub violates: Vec<Criterion>,
}

/// How far two annotators agree on the held-out cases of one language: the ceiling a
/// rubric can be held to.
#[derive(Debug, Clone, Default)]
pub struct Annotators {
    /// The language's code.
    pub language: String,
    /// Calls on which the two agree, per criterion, over `cases` replies.
    pub agreement: Agreement,
}

/// The agreement between the first annotator (`<set>-<lang>.ron`, the cases' own labels)
/// and a second one (`second-<lang>.ron`) on the cases the second labelled.
pub fn annotators(dir: &Path, set: &str) -> Result<Vec<Annotators>, String> {
    let mut out = Vec::new();
    for lang in ["en", "hu", "pl", "he"] {
        let cases: Vec<Case> = read_cases(&dir.join(format!("{set}-{lang}.ron")))?;
        let labels: Vec<Label> = read_cases(&dir.join(format!("second-{lang}.ron")))?;
        let mut agreement = Agreement::default();
        for label in &labels {
            let case = cases
                .iter()
                .find(|c| c.id == label.id)
                .ok_or_else(|| format!("second-{lang}.ron: no case {}", label.id))?;
            let second = Case {
                shows: label.shows.clone(),
                violates: label.violates.clone(),
                ..case.clone()
            };
            agreement.cases += 1;
            for (i, c) in Criterion::ALL.iter().enumerate() {
                if case.label(*c) == second.label(*c) {
                    agreement.agree[i] += 1;
                }
            }
        }
        out.push(Annotators {
            language: lang.to_owned(),
            agreement,
        });
    }
    Ok(out)
}

/// A verdict on one criterion of one reply, by the judge or from the rubric's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// The reply shows the criterion (a rubric score above 50).
    Shows,
    /// The reply violates the criterion (a rubric score below 50).
    Violates,
    /// No evidence either way (a rubric score of exactly 50).
    Neither,
}

impl Case {
    /// The judge's call on criterion `c`: neither when the case lists it in neither list.
    pub fn label(&self, c: Criterion) -> Call {
        if self.shows.contains(&c) {
            Call::Shows
        } else if self.violates.contains(&c) {
            Call::Violates
        } else {
            Call::Neither
        }
    }
}

/// The rubric's call from its 0–100 score on a criterion: above 50 shows, 50 neither,
/// below 50 violates.
pub fn call(score: u8) -> Call {
    match score {
        51.. => Call::Shows,
        50 => Call::Neither,
        _ => Call::Violates,
    }
}

/// Matching calls per criterion.
#[derive(Debug, Clone, Default)]
pub struct Agreement {
    /// Calls that match the judge's, per criterion in the order of `Criterion::ALL`.
    pub agree: [usize; 4],
    /// Replies scored in this part; each gives one call per criterion.
    pub cases: usize,
}

impl Agreement {
    /// The share (0–1) of the replies whose call on `c` matches the judge's.
    pub fn share(&self, c: Criterion) -> f64 {
        let i = Criterion::ALL.iter().position(|k| *k == c).unwrap_or(0);
        self.agree[i] as f64 / self.cases.max(1) as f64
    }

    /// The share (0–1) of all calls, on the four criteria together, that match the judge's.
    pub fn overall(&self) -> f64 {
        self.agree.iter().sum::<usize>() as f64 / (4 * self.cases).max(1) as f64
    }
}

/// A case where the rubric and the judge disagree on a criterion.
#[derive(Debug, Clone)]
pub struct Miss {
    /// The id of the case the calls differ on.
    pub id: String,
    /// The criterion the rubric and the judge disagree on.
    pub criterion: Criterion,
    /// The judge's call on it.
    pub judge: Call,
    /// The rubric's score on it, 0–100 (50: no evidence), whose call differs.
    pub score: u8,
    /// From the held-out part: `defuse score --misses` lists only the tuning part's misses.
    pub held_out: bool,
}

/// How well one language's rubric agrees with the judge, on the tuning and held-out parts.
#[derive(Debug, Clone)]
pub struct LanguageResult {
    /// The language's code (`en`, `hu`, `pl`, `he`): its rubric and its labelled set.
    pub language: String,
    /// Labelled replies in the language's set, both parts together.
    pub cases: usize,
    /// Agreement on the part the rubric was tuned on.
    pub tuning: Agreement,
    /// Agreement on the held-out part, never used to tune the rubric: the honest figure.
    pub held_out: Agreement,
    /// Held-out calls where the judge saw no evidence (what an all-50 rubric would match).
    pub held_out_neither: usize,
    /// Every call, in either part, where the rubric and the judge disagree, in file order.
    pub misses: Vec<Miss>,
}

/// Scores every labelled reply in `eval_dir` with the rubric of its language.
pub fn evaluate(
    eval_dir: &Path,
    locales: &Path,
    scenarios: &Path,
) -> Result<Vec<LanguageResult>, String> {
    evaluate_set(eval_dir, "", locales, scenarios)
}

/// The same over the sets named `<prefix><lang>.ron` in `eval_dir` (`eval-` for the
/// fresh set in `tests/eval/fresh/`).
pub fn evaluate_set(
    eval_dir: &Path,
    prefix: &str,
    locales: &Path,
    scenarios: &Path,
) -> Result<Vec<LanguageResult>, String> {
    let library = Library::read(scenarios);
    let mut results = Vec::new();
    for lang in ["en", "hu", "pl", "he"] {
        let file = eval_dir.join(format!("{prefix}{lang}.ron"));
        let cases: Vec<Case> = read_cases(&file)?;
        let rubric = Rubric::for_language(locales, lang)
            .map_err(|problems| problems.iter().map(|p| p.render(false)).collect::<String>())?;
        let mut result = LanguageResult {
            language: lang.to_owned(),
            cases: cases.len(),
            tuning: Agreement::default(),
            held_out: Agreement::default(),
            held_out_neither: 0,
            misses: Vec::new(),
        };
        // Each scenario's customer, in this language, looked up once.
        let mut names: std::collections::HashMap<&str, String> = Default::default();
        for case in &cases {
            let name = names
                .entry(case.scenario.as_str())
                .or_insert_with(|| {
                    customer_name(&library, &case.scenario, locales, lang).unwrap_or_default()
                })
                .clone();
            let (customer_before, replies_before) = history(&case.history);
            let context = Context {
                customer_line: case.customer.clone(),
                customer_name: name,
                customer_before,
                replies_before,
                conceding: Vec::new(),
            };
            let assessment = rubric.assess(&case.reply, &context);
            let part = if case.held_out {
                &mut result.held_out
            } else {
                &mut result.tuning
            };
            part.cases += 1;
            for (i, c) in Criterion::ALL.iter().enumerate() {
                if case.held_out && case.label(*c) == Call::Neither {
                    result.held_out_neither += 1;
                }
                let score = assessment.get(*c);
                if call(score) == case.label(*c) {
                    part.agree[i] += 1;
                } else {
                    result.misses.push(Miss {
                        id: case.id.clone(),
                        criterion: *c,
                        judge: case.label(*c),
                        score,
                        held_out: case.held_out,
                    });
                }
            }
        }
        results.push(result);
    }
    Ok(results)
}

/// The cases of a labelled set, or a message naming the file, line and column of what is
/// wrong.
pub fn read_set(file: &Path) -> Result<Vec<Case>, String> {
    read_cases(file)
}

/// A labelled set, or a message naming the file, line and column of what is wrong.
pub(crate) fn read_cases<T: serde::de::DeserializeOwned>(file: &Path) -> Result<Vec<T>, String> {
    read_ron(file)
}

/// A RON file, or a message naming the file, line and column of what is wrong.
pub(crate) fn read_ron<T: serde::de::DeserializeOwned>(file: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|err| format!("cannot read {}: {err}", file.display()))?;
    ron::from_str(&text).map_err(|err| {
        format!(
            "{}:{}:{}: {}",
            file.display(),
            err.span.start.line,
            err.span.start.col,
            err.code
        )
    })
}

/// The customer's name as a trainee in `lang` sees it (a Hebrew session names her in
/// Hebrew letters), as the conversation gives it to the rubric in play.
pub fn customer_name(library: &Library, id: &str, locales: &Path, lang: &str) -> Option<String> {
    let entry = &library.entries[library.position(id)?];
    let (_, scenario) = entry.parsed.as_ref()?;
    let langid = crate::i18n::langid(lang)?;
    let localized = localize(scenario.clone(), &entry.catalogue, locales, &langid);
    Some(localized.scenario.customer.name)
}

/// The agreement table, as the README shows it.
pub fn table(results: &[LanguageResult]) -> String {
    let mut out = String::from(
        "Agreement with the judge: the share of calls (shows / violates / no evidence) that match\n\n",
    );
    let _ = writeln!(
        out,
        "{:<9}{:<10}{:>6}{:>11}{:>9}{:>11}{:>11}{:>7}",
        "language", "part", "cases", "listening", "empathy", "ownership", "calm tone", "all"
    );
    let pct = |v: f64| format!("{:.0}%", v * 100.0);
    for r in results {
        for (name, part) in [("tuning", &r.tuning), ("held-out", &r.held_out)] {
            let _ = writeln!(
                out,
                "{:<9}{:<10}{:>6}{:>11}{:>9}{:>11}{:>11}{:>7}",
                r.language,
                name,
                part.cases,
                pct(part.share(Criterion::Listening)),
                pct(part.share(Criterion::Empathy)),
                pct(part.share(Criterion::Ownership)),
                pct(part.share(Criterion::CalmTone)),
                pct(part.overall())
            );
        }
    }
    out
}
