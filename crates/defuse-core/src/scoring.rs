//! Turning the replies a trainee chose into a result per criterion.
//!
//! Each criterion is scored as what the trainee earned over the best they could have
//! earned at the decisions they actually met, so a short path through a scenario is judged
//! as fairly as a long one.

use crate::model::{Criterion, Scores};
use serde::{Deserialize, Serialize};

/// Points earned against points possible on one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Tally {
    /// Points the chosen replies scored on the criterion (0–5 per decision), summed.
    pub earned: i32,
    /// The best points on offer on the criterion at the same decisions, summed.
    pub possible: i32,
}

impl Tally {
    /// 0–100, or `None` when no decision met offered anything on this criterion.
    pub fn percent(self) -> Option<u8> {
        percent(self.earned, self.possible)
    }
}

/// `earned / possible` as a rounded percentage, clamped to 0–100.
pub fn percent(earned: i32, possible: i32) -> Option<u8> {
    if possible <= 0 {
        return None;
    }
    let earned = earned.clamp(0, possible) as i64;
    let possible = possible as i64;
    Some(((earned * 200 + possible) / (possible * 2)) as u8)
}

/// A trainee's result on one of the four criteria over the decisions they met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionResult {
    /// The criterion scored: listening, empathy, ownership or calm tone.
    pub criterion: Criterion,
    /// Points the chosen replies scored on the criterion (0–5 per decision), summed.
    pub earned: i32,
    /// The best points on offer on the criterion at the same decisions, summed.
    pub possible: i32,
    /// 0–100; absent when the path met no decision that tests this criterion.
    pub percent: Option<u8>,
}

/// A run's scorecard in numbers: the result per criterion, the overall score and whether it
/// passes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScoreSummary {
    /// One result per criterion, in the order of `Criterion::ALL`.
    pub criteria: Vec<CriterionResult>,
    /// The mean of the criteria that were tested, 0–100.
    pub overall: u8,
    /// The overall score (0–100) the scenario needs to pass.
    pub pass_mark: i32,
    /// The overall score reached the pass mark with at least one criterion tested, and the
    /// ending does not fail the run.
    pub passed: bool,
    /// The ending reached fails the run on its own (`fails: true` in the scenario).
    pub failed_by_ending: bool,
}

impl ScoreSummary {
    /// The result on `criterion`, 0–100, or `None` when no decision met tested it.
    pub fn get(&self, criterion: Criterion) -> Option<u8> {
        self.criteria
            .iter()
            .find(|c| c.criterion == criterion)
            .and_then(|c| c.percent)
    }
}

/// Sums each (earned, best on offer) pair and scores the result against the pass mark.
pub fn summarise(
    decisions: impl IntoIterator<Item = (Scores, Scores)>,
    pass_mark: i32,
) -> ScoreSummary {
    let mut tallies = [Tally::default(); 4];
    for (earned, best) in decisions {
        for (k, c) in Criterion::ALL.into_iter().enumerate() {
            tallies[k].earned += earned.get(c);
            tallies[k].possible += best.get(c);
        }
    }
    let criteria: Vec<CriterionResult> = Criterion::ALL
        .into_iter()
        .zip(tallies)
        .map(|(criterion, t)| CriterionResult {
            criterion,
            earned: t.earned,
            possible: t.possible,
            percent: t.percent(),
        })
        .collect();
    let tested: Vec<u32> = criteria
        .iter()
        .filter_map(|c| c.percent.map(u32::from))
        .collect();
    let overall = if tested.is_empty() {
        0
    } else {
        let n = tested.len() as u32;
        ((tested.iter().sum::<u32>() * 2 + n) / (2 * n)) as u8
    };
    ScoreSummary {
        criteria,
        overall,
        pass_mark,
        passed: !tested.is_empty() && i32::from(overall) >= pass_mark,
        failed_by_ending: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(l: i32, e: i32, o: i32, c: i32) -> Scores {
        Scores {
            listening: l,
            empathy: e,
            ownership: o,
            calm_tone: c,
        }
    }

    #[test]
    fn shares_of_the_best_available() {
        let summary = summarise(
            [
                (s(5, 2, 0, 5), s(5, 4, 5, 5)),
                (s(3, 4, 5, 5), s(5, 4, 5, 5)),
            ],
            70,
        );
        assert_eq!(summary.get(Criterion::Listening), Some(80));
        assert_eq!(summary.get(Criterion::Empathy), Some(75));
        assert_eq!(summary.get(Criterion::Ownership), Some(50));
        assert_eq!(summary.get(Criterion::CalmTone), Some(100));
        assert_eq!(summary.overall, 76); // (80 + 75 + 50 + 100) / 4 = 76.25
        assert!(summary.passed);
    }

    #[test]
    fn untested_criteria_do_not_count() {
        let summary = summarise([(s(0, 3, 0, 0), s(0, 4, 0, 0))], 80);
        assert_eq!(summary.get(Criterion::Listening), None);
        assert_eq!(summary.overall, 75);
        assert!(!summary.passed);
    }

    #[test]
    fn no_decisions_is_a_fail_not_a_division_by_zero() {
        let summary = summarise([], 0);
        assert_eq!(summary.overall, 0);
        assert!(!summary.passed);
    }

    #[test]
    fn rounding_is_half_up() {
        assert_eq!(percent(1, 8), Some(13)); // 12.5
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(0, 0), None);
    }
}
