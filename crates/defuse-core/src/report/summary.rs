//! One trainee's record across the sessions a report covers, and the flags a manager acts
//! on: a criterion "needs work" when it is below the pass mark or far below the team,
//! never merely because it is a person's lowest of four.

use super::mean;
use crate::model::{Criterion, Principle};
use crate::scorecard::{PrincipleRef, Scorecard};
use serde::Serialize;
use std::collections::HashMap;

/// Points below the team's mean from which a criterion needs work even above the pass mark.
pub const FAR_BELOW_TEAM: u8 = 15;

/// One trainee's record across the sessions a report covers.
#[derive(Debug, Clone, Serialize)]
pub struct TraineeSummary {
    /// The trainee's name as written in their latest session.
    pub name: String,
    /// Sessions covered: finished, abandoned and practice runs.
    pub sessions: usize,
    /// Full, normal sessions played through to an ending: the ones scores count.
    pub finished: usize,
    /// Sessions left before reaching an ending; they have no score.
    pub abandoned: usize,
    /// Practice runs (playtests from the middle, at a set mood, in the file's order): shown,
    /// never counted in pass rates or averages.
    pub practice: usize,
    /// Finished sessions that passed.
    pub passed: usize,
    /// Share of finished sessions passed, 0–100; `None` before any finished session.
    pub pass_rate: Option<u8>,
    /// Mean per criterion over the finished sessions that tested it, in `Criterion::ALL`
    /// order.
    pub average: [Option<u8>; 4],
    /// Mean overall score of the finished sessions, 0–100; `None` before any.
    pub overall: Option<u8>,
    /// The mean pass mark of the scenarios finished, 0–100; `None` before any.
    pub pass_mark: Option<u8>,
    /// The mean overall score of the latest third of finished sessions minus that of the
    /// earliest third: positive is improving. `None` with fewer than two sessions.
    pub trend: Option<i32>,
    /// Each finished session, oldest first.
    pub history: Vec<Point>,
    /// The criteria to coach: below the pass mark, or `FAR_BELOW_TEAM` points or more below
    /// the mean of the rest of the team. Empty for a trainee doing well.
    pub needs_work: Vec<Criterion>,
    /// The coaching principle behind the best replies this trainee missed most.
    pub focus: Option<Focus>,
    /// Decisions answered in own words, of all decisions answered (not practice runs).
    pub own_words: (usize, usize),
    /// Sessions played with the expert setting (replies never listed).
    pub expert: usize,
    /// When the trainee's earliest covered session ended.
    pub first: Option<jiff::Timestamp>,
    /// When the trainee's latest covered session ended.
    pub last: Option<jiff::Timestamp>,
}

/// The principle a trainee (or the team) missed most, and how often.
#[derive(Debug, Clone, Serialize)]
pub struct Focus {
    /// The principle the missed best replies model.
    pub principle: PrincipleRef,
    /// Decisions at which its best reply was missed.
    pub missed: usize,
}

/// One finished session on a trend line.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    /// When the session ended.
    pub ended: jiff::Timestamp,
    /// The scenario played (its id).
    pub scenario: String,
    /// The session's overall score, 0–100.
    pub overall: u8,
    /// The scenario's pass mark at the time.
    pub pass_mark: i32,
    /// The session's score on each criterion, 0–100, in `Criterion::ALL` order; `None`
    /// where no decision tested it.
    pub criteria: [Option<u8>; 4],
}

/// The team's mean per criterion over every finished session.
pub fn team_means(cards: &[&Scorecard]) -> [Option<u8>; 4] {
    Criterion::ALL.map(|c| mean(cards.iter().filter(|k| k.counts()).filter_map(|k| k.get(c))))
}

/// Per criterion, the sum and count of the finished sessions' scores: the rest of the
/// team is these minus a trainee's own.
type Totals = [(u64, u64); 4];

fn totals<'a>(cards: impl Iterator<Item = &'a &'a Scorecard>) -> Totals {
    let mut totals = [(0, 0); 4];
    for card in cards.filter(|c| c.counts()) {
        for (k, c) in Criterion::ALL.into_iter().enumerate() {
            if let Some(v) = card.get(c) {
                totals[k].0 += u64::from(v);
                totals[k].1 += 1;
            }
        }
    }
    totals
}

/// The mean of the rest of the team on each criterion: `team` without `mine`.
fn rest_of_team(team: &Totals, mine: &Totals) -> [Option<u8>; 4] {
    std::array::from_fn(|k| {
        let (sum, n) = (team[k].0 - mine[k].0, team[k].1 - mine[k].1);
        (n > 0).then(|| ((sum * 2 + n) / (2 * n)) as u8)
    })
}

/// Groups the scorecards by trainee, in name order. `principles` (in the report's
/// language) give the wording of the principle to work on.
pub fn summarise(cards: &[&Scorecard], principles: &[Principle]) -> Vec<TraineeSummary> {
    let team = totals(cards.iter());
    let mut groups: HashMap<String, Vec<&Scorecard>> = HashMap::new();
    for card in cards {
        groups
            .entry(super::person_key(card))
            .or_default()
            .push(card);
    }
    let mut out: Vec<TraineeSummary> = groups
        .into_values()
        .map(|mut group| {
            group.sort_by_key(|c| c.ended);
            trainee_summary(&group, principles, &team)
        })
        .collect();
    out.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.name.cmp(&b.name))
    });
    out
}

fn trainee_summary(
    group: &[&Scorecard],
    principles: &[Principle],
    team: &Totals,
) -> TraineeSummary {
    let team = rest_of_team(team, &totals(group.iter()));
    let finished: Vec<&Scorecard> = group.iter().copied().filter(|c| c.counts()).collect();
    let real: Vec<&Scorecard> = group
        .iter()
        .copied()
        .filter(|c| c.practice_run.is_none())
        .collect();
    let passed = finished.iter().filter(|c| c.passed).count();
    let average = Criterion::ALL.map(|c| mean(finished.iter().filter_map(|k| k.get(c))));
    let history: Vec<Point> = finished
        .iter()
        .filter_map(|c| {
            Some(Point {
                ended: c.ended,
                scenario: c.scenario.id.clone(),
                overall: c.overall?,
                pass_mark: c.pass_mark,
                criteria: Criterion::ALL.map(|k| c.get(k)),
            })
        })
        .collect();
    let pass_mark = mean(finished.iter().map(|c| c.pass_mark.clamp(0, 100) as u8));
    let needs_work = Criterion::ALL
        .into_iter()
        .zip(average)
        .zip(team)
        .filter_map(|((c, mine), team)| {
            let mine = mine?;
            let below_mark = pass_mark.is_some_and(|p| mine < p);
            let below_team = team.is_some_and(|t| mine + FAR_BELOW_TEAM <= t);
            (below_mark || below_team).then_some(c)
        })
        .collect();
    TraineeSummary {
        // The name as written in the latest session.
        name: group
            .last()
            .map(|c| super::tidy_name(&c.trainee))
            .unwrap_or_default(),
        sessions: group.len(),
        finished: finished.len(),
        abandoned: group.iter().filter(|c| c.is_abandoned()).count(),
        practice: group.iter().filter(|c| c.practice_run.is_some()).count(),
        passed,
        pass_rate: crate::scoring::percent(passed as i32, finished.len() as i32),
        average,
        overall: mean(history.iter().map(|p| p.overall)),
        pass_mark,
        trend: trend(&history),
        needs_work,
        focus: missed_most(&real, principles).into_iter().next(),
        own_words: (
            real.iter().map(|c| c.own_words()).sum(),
            real.iter().map(|c| c.turns.len()).sum(),
        ),
        expert: real.iter().filter(|c| c.expert).count(),
        history,
        first: group.first().map(|c| c.ended),
        last: group.last().map(|c| c.ended),
    }
}

fn trend(history: &[Point]) -> Option<i32> {
    if history.len() < 2 {
        return None;
    }
    let third = history.len().div_ceil(3);
    let early = mean(history[..third].iter().map(|p| p.overall))?;
    let late = mean(history[history.len() - third..].iter().map(|p| p.overall))?;
    Some(i32::from(late) - i32::from(early))
}

/// The principles whose best replies were missed, most often first (ties by id): each
/// turn whose best reply went unchosen counts once for that reply's principle.
pub fn missed_most(cards: &[&Scorecard], principles: &[Principle]) -> Vec<Focus> {
    let mut counts: HashMap<&str, (usize, &PrincipleRef)> = HashMap::new();
    for card in cards {
        for turn in &card.turns {
            if turn.best_missed.is_some()
                && let Some(p) = &turn.best_principle
            {
                counts.entry(p.id.as_str()).or_insert((0, p)).0 += 1;
            }
        }
    }
    let mut out: Vec<(&str, usize, &PrincipleRef)> =
        counts.into_iter().map(|(id, (n, p))| (id, n, p)).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    out.into_iter()
        .map(|(_, missed, p)| Focus {
            // The catalogue's wording in the report's language, where it has the id.
            principle: principles
                .iter()
                .find(|c| c.id == p.id)
                .map(principle_ref)
                .unwrap_or_else(|| p.clone()),
            missed,
        })
        .collect()
}

fn principle_ref(p: &Principle) -> PrincipleRef {
    PrincipleRef {
        id: p.id.clone(),
        criterion: p.criterion,
        title: p.title.clone(),
        text: p.text.clone(),
    }
}
