//! Trains the rubric's learned layer for every language and writes it beside the rubric
//! (`locales/<lang>/rubric-model.ron`):
//!
//!     cargo run --release -p defuse-core --features train --example train
//!
//! Trained on the corpus's training part (`tests/eval/corpus/`, all but the cases a second
//! annotator labelled) and the tuning parts of the two scenario sets (`tests/eval/`,
//! `tests/eval/fresh/`); never on a held-out part. Per criterion, a multinomial logistic
//! regression (shows / no evidence / violates) over the features `Rubric::features` finds:
//! words, word pairs and the rule signals the model weighs. Features seen in fewer than two
//! training replies are left out, and weights too small to matter are dropped.

use defuse_core::model::Criterion;
use defuse_core::rubric::corpus::{self, Labelled};
use defuse_core::rubric::eval::{self, Call};
use defuse_core::rubric::learned::{Logits, Model};
use defuse_core::rubric::{FILE, MODEL_FILE, Rubric};
use linfa::prelude::*;
use linfa_logistic::MultiLogisticRegression;
use ndarray::{Array1, Array2};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// L2 penalty: chosen on the corpus training part by five-fold cross-validation (see
/// `--folds`), never on a held-out part.
const ALPHA: f64 = 3.0;
/// Fewest training replies a feature must appear in.
const MIN_COUNT: usize = 2;
/// Weights smaller than this (log-odds) are dropped from the shipped file.
const KEEP: f32 = 0.01;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let locales = root.join("locales");
    let folds = std::env::args().any(|a| a == "--folds");
    let library = defuse_core::library::Library::read(&root.join("scenarios"));
    for lang in ["en", "hu", "pl", "he"] {
        // The rules alone: the features must not depend on an earlier model.
        let rubric = Rubric::load(&locales.join(lang).join(FILE)).unwrap_or_else(|p| {
            panic!("{}", p.iter().map(|p| p.render(false)).collect::<String>())
        });
        let corpus = corpus::read(&root.join("tests/eval/corpus"), lang).unwrap();
        let names =
            |id: &str| eval::customer_name(&library, id, &locales, lang).unwrap_or_default();
        let mut training = corpus.training.clone();
        for set in [
            root.join(format!("tests/eval/{lang}.ron")),
            root.join(format!("tests/eval/fresh/eval-{lang}.ron")),
        ] {
            training.extend(corpus::tuning(&eval::read_set(&set).unwrap(), &names));
        }
        if folds {
            for alpha in [1.0, 3.0, 10.0] {
                let agree = cross_validate(&rubric, &corpus.training, alpha);
                println!("{lang} alpha {alpha}: {:.1}% (5 folds)", agree * 100.0);
            }
            continue;
        }
        let model = train(&rubric, &training, ALPHA, lang);
        let text = ron::ser::to_string_pretty(
            &model,
            ron::ser::PrettyConfig::new().depth_limit(2).indentor("  "),
        )
        .unwrap();
        let header = format!(
            "// The learned layer of the {lang} rubric, written by `cargo run --release -p defuse-core \
             --features train --example train`: do not edit by hand.\n// Trained on {} labelled replies; \
             per criterion the log-odds of shows / none / violates each feature adds.\n",
            model.trained_on
        );
        std::fs::write(locales.join(lang).join(MODEL_FILE), header + &text).unwrap();
        println!(
            "{lang}: {} replies, {} features kept",
            model.trained_on,
            model.features.len()
        );
    }
}

fn class(call: Call) -> usize {
    match call {
        Call::Shows => 0,
        Call::Neither => 1,
        Call::Violates => 2,
    }
}

fn train(rubric: &Rubric, cases: &[Labelled], alpha: f64, lang: &str) -> Model {
    let found: Vec<Vec<String>> = cases
        .iter()
        .map(|c| {
            rubric
                .features(&c.reply, &c.context)
                .into_iter()
                .map(|f| f.name)
                .collect()
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for f in found.iter().flatten() {
        *counts.entry(f.as_str()).or_default() += 1;
    }
    let mut vocabulary: Vec<&str> = counts
        .iter()
        .filter(|(_, n)| **n >= MIN_COUNT)
        .map(|(f, _)| *f)
        .collect();
    vocabulary.sort();
    let index: HashMap<&str, usize> = vocabulary
        .iter()
        .enumerate()
        .map(|(i, f)| (*f, i))
        .collect();
    let mut x = Array2::<f64>::zeros((cases.len(), vocabulary.len()));
    for (row, features) in found.iter().enumerate() {
        for f in features {
            if let Some(&col) = index.get(f.as_str()) {
                x[[row, col]] = 1.0;
            }
        }
    }
    let mut bias = [Logits::default(); 4];
    let mut weights: BTreeMap<String, [Logits; 4]> = BTreeMap::new();
    for (c, criterion) in Criterion::ALL.iter().enumerate() {
        let y: Array1<usize> = cases.iter().map(|case| class(case.calls[c])).collect();
        // A rule signal is weighed only on the criteria it speaks to: its column is empty
        // for the others, so its weight there stays 0.
        let mut xc = x.clone();
        for (i, name) in vocabulary.iter().enumerate() {
            if let Some(id) = name.strip_prefix("s:")
                && !rubric.signal_criteria(id).contains(criterion)
            {
                xc.column_mut(i).fill(0.0);
            }
        }
        let fitted = MultiLogisticRegression::default()
            .alpha(alpha)
            .max_iterations(300)
            .fit(&Dataset::new(xc, y))
            .unwrap_or_else(|e| panic!("{lang}: {e}"));
        // Columns follow the classes the fit saw, in its order.
        let column = |k: usize| fitted.classes().iter().position(|&cl| cl == k);
        let at =
            |row: &ndarray::ArrayView1<f64>, k: usize| column(k).map_or(0.0, |j| row[j] as f32);
        let intercept = fitted.intercept().view();
        bias[c] = Logits {
            shows: at(&intercept, 0),
            none: at(&intercept, 1),
            violates: at(&intercept, 2),
        };
        for (i, name) in vocabulary.iter().enumerate() {
            let row = fitted.params().row(i);
            let w = Logits {
                shows: round(at(&row, 0)),
                none: round(at(&row, 1)),
                violates: round(at(&row, 2)),
            };
            if w.shows.abs().max(w.none.abs()).max(w.violates.abs()) >= KEEP {
                weights
                    .entry((*name).to_owned())
                    .or_insert([Logits::default(); 4])[c] = w;
            }
        }
    }
    for b in &mut bias {
        b.shows = round(b.shows);
        b.none = round(b.none);
        b.violates = round(b.violates);
    }
    Model {
        language: lang.to_owned(),
        trained_on: cases.len(),
        bias,
        features: weights,
    }
}

fn round(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}

/// Agreement on the corpus training part, each fifth scored by a model of the other four.
fn cross_validate(rubric: &Rubric, cases: &[Labelled], alpha: f64) -> f64 {
    let (mut agree, mut all) = (0, 0);
    for fold in 0..5 {
        let (test, train_part): (Vec<_>, Vec<_>) =
            cases.iter().enumerate().partition(|(i, _)| i % 5 == fold);
        let train_part: Vec<Labelled> = train_part.into_iter().map(|(_, c)| c.clone()).collect();
        let model = train(rubric, &train_part, alpha, "cv");
        let scored = Rubric::load(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../locales")
                .join(&rubric.language)
                .join(FILE),
        )
        .unwrap()
        .with_model(Some(model));
        for (_, case) in test {
            let calls = corpus::rubric_calls(&scored, case);
            for (got, want) in calls.iter().zip(&case.calls) {
                all += 1;
                if got == want {
                    agree += 1;
                }
            }
        }
    }
    agree as f64 / all as f64
}
