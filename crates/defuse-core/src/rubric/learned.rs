//! The learned layer of the rubric: a linear model over the reply's words, word pairs and
//! the rule signals it set off, trained on labelled replies (`tests/eval/corpus/`) and
//! shipped as data beside `rubric.ron` (`rubric-model.ron`). It stays explainable: a
//! criterion's call is the sum of its features' weights, and the points go to the features
//! that carried it, each shown with the trainee's own words.
//!
//! First the model reads what kind of reply it is (the labelled replies' categories: a good
//! one, a mixed one, sarcasm, blame, a refusal...), as shares that add up to 1. Then, per
//! criterion, three calls (shows it, no evidence, violates it) each get a log-odds: the bias
//! plus the weights of the features present plus each kind's weight times its share. The
//! likeliest call decides; when it is not "no evidence", the score moves from 50 by
//! 50 × (P(shows) − P(violates)). The points go to the words and signals that carried the
//! call, directly and through the kind they made the reply read as.

use super::text::Token;
use super::{Evidence, Rubric};
use crate::model::Criterion;
use crate::problem::{Problem, SourceFile};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The file name of a language's learned model, under `locales/<lang>/`.
pub const MODEL_FILE: &str = "rubric-model.ron";
/// Features whose share of the points is shown, the strongest first.
const SHOWN: usize = 5;

/// The log-odds a feature adds to each of the three calls on one criterion.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Logits {
    /// Towards "the reply shows the criterion".
    pub shows: f32,
    /// Towards "no evidence either way".
    pub none: f32,
    /// Towards "the reply violates the criterion".
    pub violates: f32,
}

/// A trained model: per criterion (in the order of [`Criterion::ALL`]) a bias and the
/// weights of every feature it knows.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename = "Model", deny_unknown_fields)]
pub struct Model {
    /// The language the model scores.
    pub language: String,
    /// How many labelled replies it was trained on.
    pub trained_on: usize,
    /// The log-odds before any feature, per criterion.
    pub bias: [Logits; 4],
    /// `w:<stem>` a word, `b:<stem> <stem>` two words in a row, `s:<signal>` a rule signal.
    pub features: BTreeMap<String, [Logits; 4]>,
    /// The kinds of reply the model reads first; empty when it reads none.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// The log-odds of each kind before any feature.
    #[serde(default)]
    pub kind_bias: Vec<f32>,
    /// Per feature, the log-odds it adds to each kind (in the order of `kinds`).
    #[serde(default)]
    pub kind_features: BTreeMap<String, Vec<f32>>,
    /// Per kind, what its share (times `kind_scale`) adds to each call, per criterion.
    #[serde(default)]
    pub kind_weights: Vec<[Logits; 4]>,
    /// What a kind's share of 1 counts as, against a feature's presence (1).
    #[serde(default)]
    pub kind_scale: f32,
}

/// A feature found in a reply, with the words of the reply it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// The feature's name, as the model knows it.
    pub name: String,
    /// The reply's own words (or the rule signal's) behind it.
    pub words: String,
}

impl Model {
    /// Reads `locales/<lang>/rubric-model.ron`; `Ok(None)` when the language has none.
    pub fn for_language(locales: &Path, lang: &str) -> Result<Option<Model>, Vec<Problem>> {
        let path = locales.join(lang).join(MODEL_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => {
                return Err(vec![Problem::file(
                    &path,
                    format!("cannot read the rubric's model {}: {err}", path.display()),
                )]);
            }
        };
        let source = SourceFile::new(&path, &text);
        let model: Model = crate::parse::parse(&source).map_err(|p| vec![p])?;
        // Every kind needs its bias, its weights and a weight from every feature that has
        // any: a model cut short would read replies as kinds it has no weights for.
        let n = model.kinds.len();
        let short = (model.kind_bias.len() != n || model.kind_weights.len() != n)
            .then(|| "kind_bias or kind_weights".to_owned())
            .or_else(|| {
                model
                    .kind_features
                    .iter()
                    .find(|(_, w)| w.len() != n)
                    .map(|(name, _)| format!("kind_features \"{name}\""))
            });
        match short {
            Some(what) => Err(vec![Problem::file(
                &path,
                format!(
                    "the rubric's model {}: {what} must have one number per kind ({n}); train it again",
                    path.display()
                ),
            )]),
            None => Ok(Some(model)),
        }
    }
}

/// The features of a reply: its words and word pairs (by stem) and the rule signals it
/// set off that the model weighs.
pub(super) fn features(
    reply: &str,
    words: &[Token],
    stems: &[String],
    signals: &[Evidence],
) -> Vec<Feature> {
    let mut found: Vec<Feature> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |name: String, words: String| {
        if seen.insert(name.clone()) {
            found.push(Feature { name, words });
        }
    };
    for e in signals {
        add(format!("s:{}", e.signal), e.words.clone());
    }
    for (k, (t, s)) in words.iter().zip(stems).enumerate() {
        add(format!("w:{s}"), reply[t.start..t.end].to_owned());
        if let (Some(next), Some(next_stem)) = (words.get(k + 1), stems.get(k + 1)) {
            add(
                format!("b:{s} {next_stem}"),
                reply[t.start..next.end].to_owned(),
            );
        }
    }
    found
}

/// The model's call on one criterion: the points it moves the score by, and which features
/// carried them.
pub(super) struct Call {
    pub carried: Vec<(usize, i32)>,
}

/// What the model read a reply as: each kind's share, and each feature's weights.
pub(super) struct Reading<'m> {
    shares: Vec<f32>,
    weights: Vec<Option<&'m [Logits; 4]>>,
    kind_weights: Vec<Option<&'m Vec<f32>>>,
}

impl Model {
    /// Reads `features`: the shares of the kinds, and the weights of the features known.
    pub(super) fn read(&self, features: &[Feature]) -> Reading<'_> {
        let kind_weights: Vec<Option<&Vec<f32>>> = features
            .iter()
            .map(|f| self.kind_features.get(&f.name))
            .collect();
        let mut logits = self.kind_bias.clone();
        for w in kind_weights.iter().flatten() {
            for (l, x) in logits.iter_mut().zip(w.iter()) {
                *l += x;
            }
        }
        let top = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let exp: Vec<f32> = logits.iter().map(|l| (l - top).exp()).collect();
        let total: f32 = exp.iter().sum();
        Reading {
            shares: exp.iter().map(|e| e / total).collect(),
            weights: features
                .iter()
                .map(|f| self.features.get(&f.name))
                .collect(),
            kind_weights,
        }
    }

    /// The model's call on criterion `c` (index into [`Criterion::ALL`]) for `features`, as
    /// read by [`Model::read`]. `telling` says which features a trainee can read meaning
    /// into: the points go to those when any pulls the same way, not to "the" or "a".
    pub(super) fn call(
        &self,
        c: usize,
        features: &[Feature],
        reading: &Reading,
        telling: &dyn Fn(&Feature) -> bool,
    ) -> Call {
        let weights = &reading.weights;
        let mut sum = self.bias[c];
        for w in weights.iter().flatten() {
            sum.shows += w[c].shows;
            sum.none += w[c].none;
            sum.violates += w[c].violates;
        }
        for (w, share) in self.kind_weights.iter().zip(&reading.shares) {
            let x = share * self.kind_scale;
            sum.shows += w[c].shows * x;
            sum.none += w[c].none * x;
            sum.violates += w[c].violates * x;
        }
        let top = sum.shows.max(sum.none).max(sum.violates);
        let (s, n, v) = (
            (sum.shows - top).exp(),
            (sum.none - top).exp(),
            (sum.violates - top).exp(),
        );
        let total = s + n + v;
        let (shows, none, violates) = (s / total, n / total, v / total);
        if none >= shows && none >= violates {
            return Call {
                carried: Vec::new(),
            };
        }
        let points = (50.0 * (shows - violates)).round() as i32;
        // Each feature's pull towards the call made, its own and through the kinds it made
        // the reply read as (how much the call would move with it, at these shares); the
        // strongest carry the points.
        let kind_pull: Vec<f32> = self
            .kind_weights
            .iter()
            .map(|w| (w[c].shows - w[c].violates) * self.kind_scale)
            .collect();
        let mut pulls: Vec<(usize, f32)> = (0..features.len())
            .map(|k| {
                let own = weights[k].map_or(0.0, |w| w[c].shows - w[c].violates);
                // A rule signal is credited only on its own criteria, with its own reason:
                // "steady wording" never explains an empathy score.
                if features[k].name.starts_with("s:") {
                    return (k, own);
                }
                let through = reading.kind_weights[k].map_or(0.0, |w| {
                    let mean: f32 = reading.shares.iter().zip(w).map(|(p, x)| p * x).sum();
                    reading
                        .shares
                        .iter()
                        .zip(w)
                        .zip(&kind_pull)
                        .map(|((p, x), d)| p * (x - mean) * d)
                        .sum()
                });
                (k, own + through)
            })
            .filter(|(_, d)| (*d > 0.0) == (points > 0) && *d != 0.0)
            .collect();
        if pulls.iter().any(|(k, _)| telling(&features[*k])) {
            pulls.retain(|(k, _)| telling(&features[*k]));
        }
        pulls.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        pulls.truncate(SHOWN);
        Call {
            carried: apportion(points, &pulls),
        }
    }
}

/// `points` shared out in proportion to the pulls, by largest remainder, so the shares add
/// up exactly; features that get nothing are left out.
fn apportion(points: i32, pulls: &[(usize, f32)]) -> Vec<(usize, i32)> {
    let total: f32 = pulls.iter().map(|(_, d)| d.abs()).sum();
    if total == 0.0 || points == 0 {
        return Vec::new();
    }
    let exact: Vec<f32> = pulls
        .iter()
        .map(|(_, d)| points.abs() as f32 * d.abs() / total)
        .collect();
    let mut shares: Vec<i32> = exact.iter().map(|x| x.floor() as i32).collect();
    let mut left = points.abs() - shares.iter().sum::<i32>();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    for k in order {
        if left == 0 {
            break;
        }
        shares[k] += 1;
        left -= 1;
    }
    pulls
        .iter()
        .zip(shares)
        .filter(|(_, share)| *share > 0)
        .map(|((k, _), share)| (*k, share * points.signum()))
        .collect()
}

impl Rubric {
    /// The features the model weighs for a reply, as the trainer computes them.
    pub fn features(&self, reply: &str, context: &super::Context) -> Vec<Feature> {
        let words = super::text::tokens(reply);
        let stems: Vec<String> = words.iter().map(|t| self.stemmer.stem(&t.folded)).collect();
        let rules = self.rules(reply, &words, &stems, context);
        let weighed: Vec<Evidence> = rules
            .into_iter()
            .filter(|e| !self.kept(&e.signal))
            .collect();
        features(reply, &words, &stems, &weighed)
    }

    /// The criteria a rule signal speaks to: its own and those of its `also`. The model
    /// weighs a signal only on these, so that "steady wording" never counts for or
    /// against ownership.
    pub fn signal_criteria(&self, id: &str) -> Vec<Criterion> {
        self.signals
            .iter()
            .filter(|c| c.signal.id == id)
            .flat_map(|c| {
                std::iter::once(c.signal.criterion).chain(c.signal.also.iter().map(|a| a.0))
            })
            .collect()
    }

    /// Whether a signal's points always count as written, whatever the model says.
    pub fn kept(&self, signal: &str) -> bool {
        self.learned
            .as_ref()
            .is_some_and(|l| l.kept.iter().any(|k| k == signal))
    }

    /// The evidence of the model's calls on every criterion for `features`.
    pub(super) fn learned_evidence(
        &self,
        model: &Model,
        features: &[Feature],
        rules: &HashMap<&str, &Evidence>,
    ) -> Vec<Evidence> {
        let Some(learned) = &self.learned else {
            return Vec::new();
        };
        let mut evidence = Vec::new();
        let reading = model.read(features);
        for (c, criterion) in Criterion::ALL.into_iter().enumerate() {
            // Day words, greetings and fillers say as little about the skill as "the": the
            // points go to other words when any pulls the same way.
            let telling = |f: &Feature| {
                f.name.starts_with("s:")
                    || super::text::tokens(&f.words)
                        .iter()
                        .any(|t| !self.match_ignores.contains(&t.folded))
            };
            let call = model.call(c, features, &reading, &telling);
            for (k, points) in call.carried {
                let feature = &features[k];
                // A rule signal keeps its own reason and principle; words get the model's.
                let rule = feature.name.strip_prefix("s:").and_then(|id| rules.get(id));
                evidence.push(match rule {
                    Some(rule) => Evidence {
                        signal: rule.signal.clone(),
                        criterion,
                        points,
                        words: feature.words.clone(),
                        why: rule.why.clone(),
                        principle: rule.principle.clone(),
                    },
                    None => Evidence {
                        signal: "learned".to_owned(),
                        criterion,
                        points,
                        words: feature.words.clone(),
                        why: if points > 0 {
                            learned.shows.clone()
                        } else {
                            learned.violates.clone()
                        },
                        principle: None,
                    },
                });
            }
        }
        evidence
    }
}

#[cfg(test)]
mod tests {
    use super::{Feature, Logits, Model, apportion};
    use std::collections::BTreeMap;

    fn feature(name: &str, words: &str) -> Feature {
        Feature {
            name: name.to_owned(),
            words: words.to_owned(),
        }
    }

    /// A model whose only way to see empathy is through the kind "good", which the word
    /// "sorry" makes a reply read as; the signal "steady" leans to "good" as well.
    fn through_a_kind() -> Model {
        let shows = Logits {
            shows: 1.0,
            none: 0.0,
            violates: 0.0,
        };
        let mut kind_features = BTreeMap::new();
        kind_features.insert("w:sorri".to_owned(), vec![4.0, 0.0]);
        kind_features.insert("s:steady".to_owned(), vec![1.0, 0.0]);
        Model {
            language: "en".to_owned(),
            trained_on: 0,
            bias: [Logits::default(); 4],
            features: BTreeMap::new(),
            kinds: vec!["good".to_owned(), "blame".to_owned()],
            kind_bias: vec![-2.0, 0.0],
            kind_features,
            kind_weights: vec![[shows; 4], [Logits::default(); 4]],
            kind_scale: 6.0,
        }
    }

    #[test]
    fn a_kind_the_words_made_the_reply_read_as_gives_them_the_points() {
        let model = through_a_kind();
        let features = [feature("w:sorri", "sorry"), feature("s:steady", "")];
        let reading = model.read(&features);
        assert!((reading.shares.iter().sum::<f32>() - 1.0).abs() < 1e-5);
        assert!(reading.shares[0] > 0.9, "{:?}", reading.shares);
        let call = model.call(1, &features, &reading, &|_| true);
        // The word carried the call through the kind; the rule signal, which has no weight
        // of its own on empathy, gets none of the points.
        assert_eq!(call.carried.len(), 1, "{:?}", call.carried);
        assert_eq!(call.carried[0].0, 0);
        assert!(call.carried[0].1 > 0);
        // Without the word, only the signal leans to "good": no feature of the reply earned
        // empathy points, so none are given (every point comes with the words behind it).
        let alone = [feature("s:steady", "")];
        let reading = model.read(&alone);
        assert!(
            model
                .call(1, &alone, &reading, &|_| true)
                .carried
                .is_empty()
        );
    }

    #[test]
    fn shares_add_up_to_the_points_and_follow_the_pulls() {
        let shares = apportion(-23, &[(0, -2.0), (3, -1.0), (5, -1.0)]);
        assert_eq!(shares.iter().map(|(_, p)| p).sum::<i32>(), -23);
        assert_eq!(shares, vec![(0, -11), (3, -6), (5, -6)]);
        assert!(apportion(0, &[(0, 1.0)]).is_empty());
        assert!(apportion(5, &[]).is_empty());
    }
}
