//! Trains the rubric's learned layer for every language and writes it beside the rubric
//! (`locales/<lang>/rubric-model.ron`):
//!
//!     cargo run --release -p defuse-core --features train --example train
//!
//! Trained on the corpus's training part (`tests/eval/corpus/`, all but the cases a second
//! annotator labelled), its later files (`tests/eval/corpus-later/`, all training) and the
//! tuning parts of the two scenario sets (`tests/eval/`, `tests/eval/fresh/`); never on a
//! held-out part. Files 7 on were labelled to a sparer standard than files 1–6: features
//! of their own take the difference in training (see `LATER_STANDARD`). Per criterion, a multinomial logistic
//! regression (shows / no evidence / violates) over the features `Rubric::features` finds:
//! words, word pairs and the rule signals the model weighs. Features seen in fewer than two
//! training replies are left out, and weights too small to matter are dropped.
//!
//! `--lang xx` does one language only. `--folds` chooses the L2 penalty by five-fold
//! cross-validation on the training part. `--folds-before ID` asks whether later replies
//! help on the labels of earlier ones (five folds of the replies before ID, trained with and
//! without the later ones); `--with DIR` (repeatable) takes the later replies from DIR
//! instead, one run per folder (it holds `<lang>-*.ron` and a `second-<lang>.ron`, which
//! may be `[]`), and `--no-base` skips the run without them. `--without-relabelled` leaves
//! out `tests/eval/corpus-relabelled/` (replies labelled again to files 1–6's standard), and
//! `--relabelled DIR` takes them from DIR instead.

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

// The exports live beside it; a file directly in examples/ would be taken for an example.
#[path = "train/dump.rs"]
mod dump;
#[path = "train/standards.rs"]
mod standards;
use standards::{FIRST_STANDARD, LATER_STANDARD, later_standard, relabelled, with_relabelled};

/// L2 penalty, one for every language. Chosen again (issue 14, eighth pass) among 1, 3, 10
/// and 30 by five-fold cross-validation on files 1–6's training replies with the later ones
/// added (`--folds-before c0601 --with DIR --alpha X`), the held-out part's labelling
/// standard: en 84.4 / 84.8 / 84.2 (1, 3, 10); hu 80.9 / 81.4 / 80.5 (3, 10, 30); pl 83.6 /
/// 84.2 / 83.0 (3, 10, 30); he 80.7 / 81.1 / 81.8 / 79.3 (1, 3, 10, 30). At 10 the Hungarian
/// and Polish models read two of the examples as faults ("Dehogy, szó sincs róla…",
/// "Głupio mi, że tak wyszło…"), so 3 stays: the best of the values every language passes
/// them at.
const ALPHA: f64 = 3.0;
/// Fewest training replies a feature must appear in.
const MIN_COUNT: usize = 2;
/// Weights smaller than this (log-odds) are dropped from the shipped file.
const KEEP: f32 = 0.01;
/// What a kind's share of 1 counts as in the criteria's calls, against a feature's presence:
/// chosen by cross-validation on the training part (1, 3, 6, 10 were tried).
const KIND_SCALE: f32 = 6.0;
/// The kinds of reply the model reads first, from the writers' categories (`note`): the
/// first whose words start the category wins, in this order.
const KINDS: [(&str, &[&str]); 14] = [
    ("good", &["good"]),
    ("mixed", &["mixed"]),
    ("blame", &["blame", "deflect"]),
    ("dismissive", &["dismiss", "closer"]),
    ("refusal", &["refusal"]),
    ("sarcasm", &["sarcas", "lectur"]),
    ("history", &["history"]),
    ("past", &["past", "answers past"]),
    ("give-in", &["over-promise", "give-in"]),
    ("off-topic", &["off-topic", "nonsense", "emoji", "wall"]),
    ("shouting", &["shout", "rude"]),
    ("neutral", &["neutral"]),
    ("conditional", &["conditional", "non-apology"]),
    ("calm-down", &["calm", "minimis"]),
];

/// The kind of a labelled reply, by its writer's category; `None` when it has none.
fn kind(note: &str) -> Option<usize> {
    let note = note.to_lowercase();
    KINDS
        .iter()
        .position(|(_, starts)| starts.iter().any(|s| note.contains(s)))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let locales = root.join("locales");
    let folds = std::env::args().any(|a| a == "--folds");
    if let Some(file) = option("--dump-matching") {
        dump::dump_matching(&root, Path::new(&file));
        return;
    }
    let library = defuse_core::library::Library::read(&root.join("scenarios"));
    let relabelled: HashMap<&str, Vec<Labelled>> = ["en", "hu", "pl", "he"]
        .into_iter()
        .map(|lang| (lang, relabelled(&root, lang)))
        .collect();
    FIRST_STANDARD
        .set(
            relabelled
                .values()
                .flatten()
                .map(|c| c.id.clone())
                .collect(),
        )
        .expect("set once");
    // `--lang xx` trains (or validates) one language only.
    let only = option("--lang");
    for lang in ["en", "hu", "pl", "he"] {
        if only.as_deref().is_some_and(|o| o != lang) {
            continue;
        }
        // The rules alone: the features must not depend on an earlier model.
        let rubric = Rubric::load(&locales.join(lang).join(FILE)).unwrap_or_else(|p| {
            panic!("{}", p.iter().map(|p| p.render(false)).collect::<String>())
        });
        let mut corpus = corpus::read(&root.join("tests/eval/corpus"), lang).unwrap();
        corpus.training = with_relabelled(corpus.training, &relabelled[lang]);
        let names =
            |id: &str| eval::customer_name(&library, id, &locales, lang).unwrap_or_default();
        let mut training = corpus.training.clone();
        // The later files (10 on), all training, labelled to the later standard like 7–9.
        training.extend(
            corpus::read(&root.join("tests/eval/corpus-later"), lang)
                .unwrap()
                .training,
        );
        for set in [
            root.join(format!("tests/eval/{lang}.ron")),
            root.join(format!("tests/eval/fresh/eval-{lang}.ron")),
        ] {
            training.extend(corpus::tuning(&eval::read_set(&set).unwrap(), &names));
        }
        if let Some(dir) = option("--dump") {
            dump::dump(
                &rubric,
                &corpus,
                &training,
                lang,
                &root,
                &names,
                Path::new(&dir),
            );
            continue;
        }
        if folds {
            for penalty in [1.0, 3.0, 10.0, 30.0] {
                let agree = cross_validate(&rubric, &corpus.training, &[], penalty);
                println!("{lang} alpha {penalty}: {:.1}% (5 folds)", agree * 100.0);
            }
            continue;
        }
        if let Some(first) = option("--folds-before") {
            // Whether later files help on the labels of the earlier ones: folds of the
            // replies before `first` (an id), trained with or without every later reply.
            let (before, after): (Vec<Labelled>, Vec<Labelled>) = corpus
                .training
                .iter()
                .cloned()
                .partition(|c| c.id.as_str() < format!("{lang}-{first}").as_str());
            // `--with DIR` (repeatable): later replies from another folder instead, one
            // run per folder, to compare labelings of the same replies.
            let args: Vec<String> = std::env::args().collect();
            let mut extras: Vec<(String, Vec<Labelled>)> =
                vec![("none".into(), Vec::new()), ("later".into(), after)];
            let dirs: Vec<&String> = args
                .windows(2)
                .filter(|w| w[0] == "--with")
                .map(|w| &w[1])
                .collect();
            if !dirs.is_empty() {
                extras.truncate(usize::from(!args.iter().any(|a| a == "--no-base")));
                for dir in dirs {
                    let later = corpus::read(Path::new(dir), lang).unwrap().training;
                    let later = with_relabelled(later, &relabelled[lang]);
                    extras.push((dir.clone(), later));
                }
            }
            // `--alpha X`: another L2 penalty, to choose it on files 1–6's labels.
            let penalty = option("--alpha")
                .and_then(|a| a.parse().ok())
                .unwrap_or(ALPHA);
            for (name, extra) in &extras {
                let agree = cross_validate(&rubric, &before, extra, penalty);
                println!(
                    "{lang}: {:.1}% on {} replies (5 folds), {} later replies added ({name})",
                    agree * 100.0,
                    before.len(),
                    extra.len()
                );
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

/// The value after `name` on the command line (`--lang hu`), if given.
fn option(name: &str) -> Option<String> {
    std::env::args().skip_while(|a| a != name).nth(1)
}

/// The model of `cases`, the later standard told apart by features of its own
/// (`LATER_STANDARD`).
fn train(rubric: &Rubric, cases: &[Labelled], alpha: f64, lang: &str) -> Model {
    let found: Vec<Vec<String>> = cases
        .iter()
        .map(|c| {
            let mut names: Vec<String> = rubric
                .features(&c.reply, &c.context)
                .into_iter()
                .map(|f| f.name)
                .collect();
            if later_standard(&c.id) {
                names.push(LATER_STANDARD.to_owned());
            }
            names
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
    // The kinds first: the criteria learn from shares the kind model gave each reply
    // without having seen it (five folds), as they will meet them in use.
    let kinds: Vec<Option<usize>> = cases.iter().map(|c| kind(&c.note)).collect();
    let mut shares = Array2::<f64>::zeros((cases.len(), KINDS.len()));
    for fold in 0..5 {
        let (inside, outside): (Vec<usize>, Vec<usize>) =
            (0..cases.len()).partition(|i| i % 5 == fold);
        let fitted = fit_kinds(&x, &kinds, &outside, alpha, lang);
        let rows = x.select(ndarray::Axis(0), &inside);
        let probabilities = fitted.predict_probabilities(&rows);
        for (r, &i) in inside.iter().enumerate() {
            for (j, &k) in fitted.classes().iter().enumerate() {
                shares[[i, k]] = probabilities[[r, j]];
            }
        }
    }
    let fitted_kinds = fit_kinds(
        &x,
        &kinds,
        &(0..cases.len()).collect::<Vec<_>>(),
        alpha,
        lang,
    );
    let kind_column = |k: usize| fitted_kinds.classes().iter().position(|&cl| cl == k);
    let kind_bias: Vec<f32> = (0..KINDS.len())
        .map(|k| kind_column(k).map_or(-30.0, |j| round(fitted_kinds.intercept()[j] as f32)))
        .collect();
    let mut kind_features: BTreeMap<String, Vec<f32>> = BTreeMap::new();
    for (i, name) in vocabulary.iter().enumerate() {
        let row = fitted_kinds.params().row(i);
        let w: Vec<f32> = (0..KINDS.len())
            .map(|k| kind_column(k).map_or(0.0, |j| round(row[j] as f32)))
            .collect();
        if w.iter().any(|v| v.abs() >= KEEP) && *name != LATER_STANDARD {
            kind_features.insert((*name).to_owned(), w);
        }
    }
    // The later standard per kind of reply, after the kinds: its own shift for each kind's
    // calls, in columns that are not shipped.
    let mut later = &shares * f64::from(KIND_SCALE);
    for (i, c) in cases.iter().enumerate() {
        if !later_standard(&c.id) {
            later.row_mut(i).fill(0.0);
        }
    }
    let kinds_x = &shares * f64::from(KIND_SCALE);
    let columns = vec![x.view(), kinds_x.view(), later.view()];
    let x = ndarray::concatenate(ndarray::Axis(1), &columns).expect("same rows");
    let mut kind_weights = vec![[Logits::default(); 4]; KINDS.len()];
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
            if w.shows.abs().max(w.none.abs()).max(w.violates.abs()) >= KEEP
                && *name != LATER_STANDARD
            {
                weights
                    .entry((*name).to_owned())
                    .or_insert([Logits::default(); 4])[c] = w;
            }
        }
        for (k, kind_weight) in kind_weights.iter_mut().enumerate() {
            let row = fitted.params().row(vocabulary.len() + k);
            kind_weight[c] = Logits {
                shows: round(at(&row, 0)),
                none: round(at(&row, 1)),
                violates: round(at(&row, 2)),
            };
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
        kinds: KINDS.iter().map(|(k, _)| (*k).to_owned()).collect(),
        kind_bias,
        kind_features,
        kind_weights,
        kind_scale: KIND_SCALE,
    }
}

/// The kind model over the rows `rows` that have a kind.
fn fit_kinds(
    x: &Array2<f64>,
    kinds: &[Option<usize>],
    rows: &[usize],
    alpha: f64,
    lang: &str,
) -> linfa_logistic::MultiFittedLogisticRegression<f64, usize> {
    let rows: Vec<usize> = rows
        .iter()
        .copied()
        .filter(|&i| kinds[i].is_some())
        .collect();
    let y: Array1<usize> = rows.iter().map(|&i| kinds[i].expect("filtered")).collect();
    MultiLogisticRegression::default()
        .alpha(alpha)
        .max_iterations(300)
        .fit(&Dataset::new(x.select(ndarray::Axis(0), &rows), y))
        .unwrap_or_else(|e| panic!("{lang}: kinds: {e}"))
}

fn round(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}

/// Agreement on the corpus training part, each fifth scored by a model of the other four.
fn cross_validate(rubric: &Rubric, cases: &[Labelled], extra: &[Labelled], alpha: f64) -> f64 {
    let (mut agree, mut all) = (0, 0);
    for fold in 0..5 {
        let (test, train_part): (Vec<_>, Vec<_>) =
            cases.iter().enumerate().partition(|(i, _)| i % 5 == fold);
        let train_part: Vec<Labelled> = train_part
            .into_iter()
            .map(|(_, c)| c.clone())
            .chain(extra.iter().cloned())
            .collect();
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
