//! Typed against clicked: on the matching set's replies that mean an authored reply, the
//! turn's scores a trainee gets for typing them beside what clicking that reply gets. A good
//! paraphrase should not score systematically below the click.

use super::matching::{Expect, walk};
use crate::conversation::score_typed;
use crate::model::Criterion;
use std::fmt::Write;
use std::path::Path;

/// Typed against clicked in one part of one language's matching set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fairness {
    /// Typed replies that mean an authored reply.
    pub cases: usize,
    /// Per criterion, the sum over cases of typed minus clicked (the turn's 0–5 points).
    pub difference: [i32; 4],
    /// Cases whose four scores add up to less than the click's.
    pub below: usize,
    /// Cases whose four scores add up to more than the click's.
    pub above: usize,
    /// Cases taken as the reply they mean (and so starting from its scores).
    pub taken_as_meant: usize,
}

impl Fairness {
    /// The mean difference per case on criterion `c`.
    pub fn mean(&self, c: Criterion) -> f64 {
        let k = Criterion::ALL
            .iter()
            .position(|x| *x == c)
            .expect("a criterion");
        f64::from(self.difference[k]) / self.cases.max(1) as f64
    }

    /// The mean difference per case, over the four criteria together.
    pub fn mean_total(&self) -> f64 {
        f64::from(self.difference.iter().sum::<i32>()) / self.cases.max(1) as f64
    }
}

/// One language's typed-against-clicked figures.
#[derive(Debug, Clone, Default)]
pub struct FairnessResult {
    /// The language's code.
    pub language: String,
    /// The tuning part.
    pub tuning: Fairness,
    /// The held-out part.
    pub held_out: Fairness,
    /// The tuning part's replies that mean their decision's best reply (highest total).
    pub tuning_best: Fairness,
    /// The held-out part's replies that mean their decision's best reply.
    pub held_out_best: Fairness,
}

/// Types every matching-set reply that means an authored reply, as a trainee would at its
/// decision, and compares the turn's scores with clicking that reply.
pub fn evaluate_fairness(
    eval_dir: &Path,
    locales: &Path,
    scenarios: &Path,
) -> Result<Vec<FairnessResult>, String> {
    let mut results: Vec<FairnessResult> = Vec::new();
    walk(
        &eval_dir.join("matching"),
        locales,
        scenarios,
        |lang, rubric, case, replies, context| {
            if results.last().is_none_or(|r| r.language != lang) {
                results.push(FairnessResult {
                    language: lang.to_owned(),
                    ..FairnessResult::default()
                });
            }
            let Expect::Reply(n) = case.expect else {
                return;
            };
            let Some(k) = n.checked_sub(1) else {
                return;
            };
            let Some(meant) = replies.get(k) else {
                return;
            };
            let result = results.last_mut().expect("pushed");
            // The debrief's choice of best (highest total, the first on a tie).
            let best = crate::model::best_reply(replies) == Some(k);
            let typed = score_typed(&case.reply, replies, rubric, context);
            let (all, best_part) = if case.held_out {
                (&mut result.held_out, &mut result.held_out_best)
            } else {
                (&mut result.tuning, &mut result.tuning_best)
            };
            let mut parts = vec![all];
            if best {
                parts.push(best_part);
            }
            for part in parts {
                part.cases += 1;
                let mut sum = 0;
                for (k, c) in Criterion::ALL.iter().enumerate() {
                    let d = typed.scores.get(*c) - meant.scores.get(*c);
                    part.difference[k] += d;
                    sum += d;
                }
                part.below += usize::from(sum < 0);
                part.above += usize::from(sum > 0);
                part.taken_as_meant += usize::from(typed.matched.reply == Some(k));
            }
        },
    )?;
    Ok(results)
}

/// The typed-against-clicked table, as the README shows it.
pub fn fairness_table(results: &[FairnessResult]) -> String {
    let mut out = String::from(
        "Typed against clicked: replies that mean an authored reply, the turn's points (0–5) \
         typed minus clicking it\n\n",
    );
    let _ = writeln!(
        out,
        "{:<9}{:<16}{:>6}{:>11}{:>9}{:>11}{:>11}{:>8}{:>8}{:>8}{:>13}",
        "language",
        "part",
        "cases",
        "listening",
        "empathy",
        "ownership",
        "calm tone",
        "all 4",
        "below",
        "above",
        "taken as it"
    );
    let share = |k: usize, n: usize| format!("{:.0}%", k as f64 * 100.0 / n.max(1) as f64);
    for r in results {
        let parts = [
            ("tuning", &r.tuning),
            ("held-out", &r.held_out),
            ("tuning, best", &r.tuning_best),
            ("held-out, best", &r.held_out_best),
        ];
        for (name, f) in parts {
            let _ = write!(out, "{:<9}{:<16}{:>6}", r.language, name, f.cases);
            for (c, width) in Criterion::ALL.iter().zip([11, 9, 11, 11]) {
                let _ = write!(out, "{:>width$}", format!("{:+.2}", f.mean(*c)));
            }
            let _ = writeln!(
                out,
                "{:>8}{:>8}{:>8}{:>13}",
                format!("{:+.2}", f.mean_total()),
                share(f.below, f.cases),
                share(f.above, f.cases),
                share(f.taken_as_meant, f.cases)
            );
        }
    }
    out
}
