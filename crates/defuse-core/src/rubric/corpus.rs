//! The labelled corpus the learned layer is trained on and measured against
//! (`tests/eval/corpus/`): 600 replies per language to angry customers of many trades, each
//! labelled by its writer (annotator 1). The 120 per language that a second annotator
//! labelled without seeing the first's labels (`second-<lang>.ron`) are the held-out part:
//! never trained on, and the two annotators' agreement on them is the ceiling.

use super::eval::{Agreement, Call, Case, Label, Said, call, history, read_cases};
use super::{Context, Rubric};
use crate::model::Criterion;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::Path;

/// One labelled reply of the corpus.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Case", deny_unknown_fields)]
pub struct CorpusCase {
    /// The case's id (`en-c0001`).
    pub id: String,
    /// The customer's name, for the test of whether the reply uses it.
    pub customer_name: String,
    /// The customer's line the reply answers.
    pub customer: String,
    /// The conversation before that line, when the case needs it.
    #[serde(default)]
    pub history: Vec<Said>,
    /// The reply as a trainee typed it.
    pub reply: String,
    /// Criteria the writer says the reply clearly shows.
    pub shows: Vec<Criterion>,
    /// Criteria the writer says the reply clearly violates.
    pub violates: Vec<Criterion>,
    /// The writer's category ("sarcasm", "history: asks again").
    #[serde(default)]
    pub note: String,
}

/// A labelled reply ready to score or train on: what it answers, and the call per
/// criterion (in the order of [`Criterion::ALL`]).
#[derive(Debug, Clone)]
pub struct Labelled {
    /// The case's id.
    pub id: String,
    /// What the reply answers.
    pub context: Context,
    /// The reply.
    pub reply: String,
    /// The judge's call per criterion.
    pub calls: [Call; 4],
    /// The writer's category ("sarcasm", "good; a question"); empty where there is none.
    pub note: String,
}

fn calls(shows: &[Criterion], violates: &[Criterion]) -> [Call; 4] {
    Criterion::ALL.map(|c| {
        if shows.contains(&c) {
            Call::Shows
        } else if violates.contains(&c) {
            Call::Violates
        } else {
            Call::Neither
        }
    })
}

/// A language's corpus, split into the part to train on and the held-out part (the cases
/// the second annotator labelled), with the second annotator's labels.
pub struct Corpus {
    /// The replies to train on.
    pub training: Vec<Labelled>,
    /// The held-out replies, with the first annotator's calls.
    pub held_out: Vec<Labelled>,
    /// The second annotator's calls on the held-out replies, in the same order.
    pub second: Vec<[Call; 4]>,
}

/// Reads `<lang>-*.ron` and `second-<lang>.ron` in `dir`; every problem names its file. A
/// folder without `second-<lang>.ron` (the later files) has no held-out part.
pub fn read(dir: &Path, lang: &str) -> Result<Corpus, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|err| format!("cannot read {}: {err}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{lang}-")) && n.ends_with(".ron"))
        })
        .collect();
    files.sort();
    let mut cases: Vec<CorpusCase> = Vec::new();
    for file in &files {
        cases.extend(read_cases::<CorpusCase>(file)?);
    }
    let second_file = dir.join(format!("second-{lang}.ron"));
    let labels: Vec<Label> = if second_file.exists() {
        read_cases(&second_file)?
    } else {
        Vec::new()
    };
    let held: HashSet<&str> = labels.iter().map(|l| l.id.as_str()).collect();
    let labelled = |c: &CorpusCase| {
        let (customer_before, replies_before) = history(&c.history);
        Labelled {
            id: c.id.clone(),
            context: Context {
                customer_line: c.customer.clone(),
                customer_name: c.customer_name.clone(),
                customer_before,
                replies_before,
                conceding: Vec::new(),
            },
            reply: c.reply.clone(),
            calls: calls(&c.shows, &c.violates),
            note: c.note.clone(),
        }
    };
    let mut held_out = Vec::new();
    let mut second = Vec::new();
    for label in &labels {
        let case = cases
            .iter()
            .find(|c| c.id == label.id)
            .ok_or_else(|| format!("second-{lang}.ron: no case {}", label.id))?;
        held_out.push(labelled(case));
        second.push(calls(&label.shows, &label.violates));
    }
    Ok(Corpus {
        training: cases
            .iter()
            .filter(|c| !held.contains(c.id.as_str()))
            .map(labelled)
            .collect(),
        held_out,
        second,
    })
}

/// The tuning part (never the held-out part) of a scenario set (`tests/eval/<lang>.ron`,
/// `tests/eval/fresh/eval-<lang>.ron`), with each scenario's customer as the language
/// names them.
pub fn tuning(cases: &[Case], names: &dyn Fn(&str) -> String) -> Vec<Labelled> {
    cases
        .iter()
        .filter(|c| !c.held_out)
        .map(|c| {
            let (customer_before, replies_before) = history(&c.history);
            Labelled {
                id: c.id.clone(),
                context: Context {
                    customer_line: c.customer.clone(),
                    customer_name: names(&c.scenario),
                    customer_before,
                    replies_before,
                    conceding: Vec::new(),
                },
                reply: c.reply.clone(),
                calls: calls(&c.shows, &c.violates),
                note: String::new(),
            }
        })
        .collect()
}

/// How one language's rubric does on the corpus's held-out part, beside the two annotators.
#[derive(Debug, Clone)]
pub struct CorpusResult {
    /// The language's code.
    pub language: String,
    /// The rubric against the first annotator, on the part trained on.
    pub training: Agreement,
    /// The rubric against the first annotator, on the held-out part.
    pub held_out: Agreement,
    /// The second annotator against the first, on the held-out part: the ceiling.
    pub annotators: Agreement,
}

fn agreement(pairs: impl Iterator<Item = ([Call; 4], [Call; 4])>) -> Agreement {
    let mut a = Agreement::default();
    for (x, y) in pairs {
        a.cases += 1;
        for i in 0..4 {
            if x[i] == y[i] {
                a.agree[i] += 1;
            }
        }
    }
    a
}

/// The rubric's calls on a labelled reply.
pub fn rubric_calls(rubric: &Rubric, case: &Labelled) -> [Call; 4] {
    let a = rubric.assess(&case.reply, &case.context);
    Criterion::ALL.map(|c| call(a.get(c)))
}

/// Scores the corpus of every language with its rubric.
pub fn evaluate(dir: &Path, locales: &Path) -> Result<Vec<CorpusResult>, String> {
    let mut out = Vec::new();
    for lang in ["en", "hu", "pl", "he"] {
        let corpus = read(dir, lang)?;
        // A language the folder has no replies in is left out; one without the second
        // annotator's labels has no held-out part to measure, which must not read as 0 %.
        if corpus.training.is_empty() && corpus.held_out.is_empty() {
            continue;
        }
        if corpus.held_out.is_empty() {
            return Err(format!(
                "{}: no second-{lang}.ron beside the {lang}-*.ron files: the held-out part is \
                 the replies a second annotator labelled there",
                dir.display()
            ));
        }
        let rubric = Rubric::for_language(locales, lang)
            .map_err(|problems| problems.iter().map(|p| p.render(false)).collect::<String>())?;
        out.push(CorpusResult {
            language: lang.to_owned(),
            training: agreement(
                corpus
                    .training
                    .iter()
                    .map(|c| (c.calls, rubric_calls(&rubric, c))),
            ),
            held_out: agreement(
                corpus
                    .held_out
                    .iter()
                    .map(|c| (c.calls, rubric_calls(&rubric, c))),
            ),
            annotators: agreement(
                corpus
                    .held_out
                    .iter()
                    .zip(&corpus.second)
                    .map(|(c, s)| (c.calls, *s)),
            ),
        });
    }
    Ok(out)
}

/// The trainer's call on a criterion from an authored reply's 0–5 score: 4 or 5 shows it,
/// 0 or 1 violates it, 2 or 3 neither.
fn trainer_call(score: i32) -> Call {
    match score {
        4.. => Call::Shows,
        ..=1 => Call::Violates,
        _ => Call::Neither,
    }
}

/// How far the rubric's calls on the bundled scenarios' authored replies (each answering its
/// decision's first line, in each language) agree with the scores their trainer set. The
/// rubric never learned from these replies, so this checks its weights against the
/// trainers' without refitting them.
pub fn authored(scenarios: &Path, locales: &Path) -> Result<Vec<AuthoredResult>, String> {
    let library = crate::library::Library::read(scenarios);
    let mut out = Vec::new();
    for lang in ["en", "hu", "pl", "he"] {
        let rubric = Rubric::for_language(locales, lang)
            .map_err(|problems| problems.iter().map(|p| p.render(false)).collect::<String>())?;
        let langid = crate::i18n::langid(lang).ok_or_else(|| format!("no language {lang}"))?;
        let mut pairs = Vec::new();
        for entry in &library.entries {
            let Some((_, scenario)) = entry.parsed.as_ref() else {
                continue;
            };
            let scenario = crate::i18n::localize::localize(
                scenario.clone(),
                &entry.catalogue,
                locales,
                &langid,
            )
            .scenario;
            for node in &scenario.nodes {
                let crate::model::Node::Turn { says, replies, .. } = node else {
                    continue;
                };
                let context = Context {
                    customer_line: says.first().cloned().unwrap_or_default(),
                    customer_name: scenario.customer.name.clone(),
                    ..Context::default()
                };
                for reply in replies {
                    let a = rubric.assess(&reply.text, &context);
                    pairs.push((
                        Criterion::ALL.map(|c| trainer_call(reply.scores.get(c))),
                        Criterion::ALL.map(|c| call(a.get(c))),
                    ));
                }
            }
        }
        let calls = 4 * pairs.len().max(1);
        let neither = pairs
            .iter()
            .flat_map(|(trainer, _)| trainer.iter())
            .filter(|c| **c == Call::Neither)
            .count();
        out.push(AuthoredResult {
            language: lang.to_owned(),
            agreement: agreement(pairs.into_iter()),
            neither: neither as f64 / calls as f64,
        });
    }
    Ok(out)
}

/// The rubric against the trainers' scores of one language's authored replies.
#[derive(Debug, Clone)]
pub struct AuthoredResult {
    /// The language's code.
    pub language: String,
    /// The rubric's calls against the trainers'.
    pub agreement: Agreement,
    /// The share of the trainers' calls that are "neither" (a score of 2 or 3): what a
    /// rubric that finds no evidence in anything would agree on.
    pub neither: f64,
}

/// The corpus table, as the README and `defuse score --eval` show it: per language, the
/// held-out cases, the two annotators' agreement, the rubric's, and the rubric's per
/// criterion.
pub fn table(results: &[CorpusResult]) -> String {
    use std::fmt::Write;
    let mut out = String::from(
        "The corpus's held-out part (tests/eval/corpus/): the rubric beside the two annotators\n\n",
    );
    let _ = writeln!(
        out,
        "{:<9}{:>6}{:>12}{:>8}{:>11}{:>9}{:>11}{:>11}",
        "language",
        "cases",
        "annotators",
        "rubric",
        "listening",
        "empathy",
        "ownership",
        "calm tone"
    );
    let pct = |v: f64| format!("{:.0}%", v * 100.0);
    for r in results {
        let _ = write!(
            out,
            "{:<9}{:>6}{:>12}{:>8}",
            r.language,
            r.held_out.cases,
            pct(r.annotators.overall()),
            pct(r.held_out.overall())
        );
        for (c, width) in Criterion::ALL.iter().zip([11, 9, 11, 11]) {
            let _ = write!(out, "{:>width$}", pct(r.held_out.share(*c)));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::evaluate;
    use std::path::Path;

    const CASE: &str = r#"[Case(id: "en-c0001", customer_name: "Ann", customer: "Where is my parcel?",
        history: [], reply: "I'm checking it now.", shows: [Ownership], violates: [], note: "good")]"#;

    #[test]
    fn a_corpus_without_the_second_annotators_labels_is_an_error_not_zero_cases() {
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let dir = tempfile::tempdir().unwrap();
        // No replies in any language: nothing to report, and no error.
        assert!(evaluate(dir.path(), &locales).unwrap().is_empty());
        std::fs::write(dir.path().join("en-1.ron"), CASE).unwrap();
        let err = evaluate(dir.path(), &locales).unwrap_err();
        assert!(err.contains("no second-en.ron"), "{err}");
        assert!(err.contains(&dir.path().display().to_string()), "{err}");
        std::fs::write(
            dir.path().join("second-en.ron"),
            r#"[Label(id: "en-c0001", shows: [Ownership], violates: [])]"#,
        )
        .unwrap();
        let results = evaluate(dir.path(), &locales).unwrap();
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].language, "en");
        assert_eq!(results[0].annotators.cases, 1);
        assert_eq!(results[0].annotators.agree, [1; 4]);
    }
}
