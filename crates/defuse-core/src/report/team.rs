//! The team at a glance: the team's row and its trend week by week, the coaching
//! principles the team misses most, the hardest decisions of each scenario, and each
//! trainee's first attempt at a scenario against their latest.
//!
//! Scores come from finished, full sessions only; what was chosen at a decision counts
//! from every session that is not a practice run, abandoned ones included (the choice was
//! real even if the trainee left later).

use super::mean;
use super::summary::{Focus, missed_most};
use crate::model::{Criterion, Outcome, Principle};
use crate::scorecard::Scorecard;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How often a decision must be met before its share of missed best replies ranks it.
pub const OFTEN_ENOUGH: usize = 3;

/// Everything the team view shows.
#[derive(Debug, Clone, Serialize)]
pub struct Team {
    /// Sessions covered: finished, abandoned and practice runs.
    pub sessions: usize,
    /// Full, normal sessions played through to an ending: the ones scores count.
    pub finished: usize,
    /// Sessions left before an ending.
    pub abandoned: usize,
    /// Practice runs, never counted.
    pub practice: usize,
    /// Finished sessions that passed.
    pub passed: usize,
    /// Share of finished sessions passed, 0–100.
    pub pass_rate: Option<u8>,
    /// Mean per criterion over the finished sessions, in `Criterion::ALL` order.
    pub average: [Option<u8>; 4],
    /// Mean overall score of the finished sessions.
    pub overall: Option<u8>,
    /// Mean pass mark of the scenarios finished.
    pub pass_mark: Option<u8>,
    /// The team week by week (weeks start on Monday, in the report's time zone); weeks
    /// without a finished session are absent, so a chart shows them as gaps.
    pub weeks: Vec<Week>,
    /// The principles whose best replies the team missed, most often first.
    pub missed: Vec<MissedPrinciple>,
    /// Each scenario played, by title: its decisions, hardest first, and its endings.
    pub scenarios: Vec<ScenarioView>,
    /// Each trainee's first finished session of a scenario against their latest, for
    /// scenarios played at least twice.
    pub progress: Vec<Progress>,
}

/// One week of the team's finished sessions.
#[derive(Debug, Clone, Serialize)]
pub struct Week {
    /// The Monday the week starts on.
    pub start: Date,
    /// Finished sessions that week.
    pub sessions: usize,
    /// Their mean overall score.
    pub overall: u8,
    /// Their mean overall score minus their pass marks: above zero, the team passes on
    /// average, whatever mix of scenarios it played.
    pub margin: i32,
    /// The share passed, 0–100.
    pub pass_rate: u8,
}

/// A principle the team keeps missing.
#[derive(Debug, Clone, Serialize)]
pub struct MissedPrinciple {
    /// The principle and how many decisions missed its best reply.
    #[serde(flatten)]
    pub focus: Focus,
    /// How many trainees missed it.
    pub trainees: usize,
    /// The titles of the scenarios where it was missed.
    pub scenarios: Vec<String>,
}

/// One scenario as the team played it.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioView {
    /// The scenario's id.
    pub id: String,
    /// Its title as last played.
    pub title: String,
    /// Sessions of it that were not practice runs.
    pub sessions: usize,
    /// Its decisions, hardest first (`DecisionView::hardness`) among those met at least
    /// `OFTEN_ENOUGH` times, then the rest.
    pub decisions: Vec<DecisionView>,
    /// Where its sessions ended, most frequent first; abandoned sessions as `None`.
    pub endings: Vec<EndingCount>,
}

/// How the team did at one decision.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionView {
    /// The decision's node id.
    pub node: String,
    /// The customer's line it answers, as last heard.
    pub customer_line: String,
    /// How often the decision was met.
    pub met: usize,
    /// How often its best reply was missed.
    pub missed: usize,
    /// The best reply's text, where a session missed it.
    pub best: Option<String>,
    /// The reply given most often instead of the best, and how often.
    pub wrong: Option<WrongReply>,
}

impl DecisionView {
    /// The share of sessions that missed the best reply, 0–100.
    pub fn missed_share(&self) -> u8 {
        crate::scoring::percent(self.missed as i32, self.met as i32).unwrap_or(0)
    }

    /// How hard the decision surely is: the lower end of the 95 % Wilson interval of the
    /// share missed. One miss in three ranks below three in ten, so a decision met by a
    /// handful of sessions does not top the list by chance.
    pub fn hardness(&self) -> f64 {
        if self.met == 0 {
            return 0.0;
        }
        let (n, p, z) = (
            self.met as f64,
            self.missed as f64 / self.met as f64,
            1.96_f64,
        );
        let centre = p + z * z / (2.0 * n);
        let spread = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
        (centre - spread) / (1.0 + z * z / n)
    }
}

/// A reply chosen instead of the best.
#[derive(Debug, Clone, Serialize)]
pub struct WrongReply {
    /// The reply's text; `None` for own words that matched no reply.
    pub text: Option<String>,
    /// How often it was given.
    pub times: usize,
}

/// How many sessions reached one ending.
#[derive(Debug, Clone, Serialize)]
pub struct EndingCount {
    /// The ending node's id; `None` for sessions abandoned before any.
    pub node: Option<String>,
    /// What kind of ending it is.
    pub outcome: Option<Outcome>,
    /// The ending fails the run on its own.
    pub fails: bool,
    /// How many sessions reached it.
    pub count: usize,
}

/// A trainee's first finished session of a scenario against their latest.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    /// The trainee's name, as in their summary.
    pub trainee: String,
    /// The scenario's title.
    pub scenario: String,
    /// Finished sessions of it.
    pub attempts: usize,
    /// The first one's overall score.
    pub first: u8,
    /// The latest one's overall score.
    pub latest: u8,
}

/// The team view of `cards` (oldest first), days taken in `zone`.
pub fn team(cards: &[&Scorecard], principles: &[Principle], zone: &TimeZone) -> Team {
    let finished: Vec<&Scorecard> = cards.iter().copied().filter(|c| c.counts()).collect();
    let real: Vec<&Scorecard> = cards
        .iter()
        .copied()
        .filter(|c| c.practice_run.is_none())
        .collect();
    let passed = finished.iter().filter(|c| c.passed).count();
    Team {
        sessions: cards.len(),
        finished: finished.len(),
        abandoned: cards.iter().filter(|c| c.is_abandoned()).count(),
        practice: cards.iter().filter(|c| c.practice_run.is_some()).count(),
        passed,
        pass_rate: crate::scoring::percent(passed as i32, finished.len() as i32),
        average: Criterion::ALL.map(|c| mean(finished.iter().filter_map(|k| k.get(c)))),
        overall: mean(finished.iter().filter_map(|c| c.overall)),
        pass_mark: mean(finished.iter().map(|c| c.pass_mark.clamp(0, 100) as u8)),
        weeks: weeks(&finished, zone),
        missed: missed(&real, principles),
        scenarios: scenarios(&real),
        progress: progress(&finished),
    }
}

fn weeks(finished: &[&Scorecard], zone: &TimeZone) -> Vec<Week> {
    let mut by_week: BTreeMap<Date, Vec<&Scorecard>> = BTreeMap::new();
    for card in finished {
        let day = card.ended.to_zoned(zone.clone()).date();
        let monday = day
            .checked_sub(jiff::Span::new().days(day.weekday().to_monday_zero_offset()))
            .unwrap_or(day);
        by_week.entry(monday).or_default().push(card);
    }
    by_week
        .into_iter()
        .filter_map(|(start, cards)| {
            let scored: Vec<(u8, i32)> = cards
                .iter()
                .filter_map(|c| Some((c.overall?, c.pass_mark)))
                .collect();
            let overall = mean(scored.iter().map(|s| s.0))?;
            let margin = scored
                .iter()
                .map(|(o, p)| i32::from(*o) - p)
                .sum::<i32>()
                .checked_div(scored.len() as i32)?;
            let passed = cards.iter().filter(|c| c.passed).count();
            Some(Week {
                start,
                sessions: cards.len(),
                overall,
                margin,
                pass_rate: crate::scoring::percent(passed as i32, cards.len() as i32)?,
            })
        })
        .collect()
}

fn missed(real: &[&Scorecard], principles: &[Principle]) -> Vec<MissedPrinciple> {
    missed_most(real, principles)
        .into_iter()
        .map(|focus| {
            let mut trainees = BTreeSet::new();
            let mut scenarios = BTreeSet::new();
            for card in real {
                let missed_here = card.turns.iter().any(|t| {
                    t.best_missed.is_some()
                        && t.best_principle
                            .as_ref()
                            .is_some_and(|p| p.id == focus.principle.id)
                });
                if missed_here {
                    trainees.insert(super::person_key(card));
                    scenarios.insert(card.scenario.title.clone());
                }
            }
            MissedPrinciple {
                focus,
                trainees: trainees.len(),
                scenarios: scenarios.into_iter().collect(),
            }
        })
        .collect()
}

fn scenarios(real: &[&Scorecard]) -> Vec<ScenarioView> {
    let mut by_id: BTreeMap<&str, Vec<&Scorecard>> = BTreeMap::new();
    for card in real {
        by_id
            .entry(card.scenario.id.as_str())
            .or_default()
            .push(card);
    }
    let mut out: Vec<ScenarioView> = by_id
        .into_iter()
        .map(|(id, cards)| ScenarioView {
            id: id.to_owned(),
            title: cards
                .last()
                .map(|c| c.scenario.title.clone())
                .unwrap_or_default(),
            sessions: cards.len(),
            decisions: decisions(&cards),
            endings: endings(&cards),
        })
        .collect();
    out.sort_by(|a, b| a.title.cmp(&b.title));
    out
}

fn decisions(cards: &[&Scorecard]) -> Vec<DecisionView> {
    // Decisions in the order first met, so ties keep the story's order.
    let mut order: Vec<&str> = Vec::new();
    let mut views: HashMap<&str, DecisionView> = HashMap::new();
    let mut wrong: HashMap<&str, BTreeMap<usize, (usize, Option<String>)>> = HashMap::new();
    for card in cards {
        for turn in &card.turns {
            let view = views.entry(turn.node.as_str()).or_insert_with(|| {
                order.push(turn.node.as_str());
                DecisionView {
                    node: turn.node.clone(),
                    customer_line: String::new(),
                    met: 0,
                    missed: 0,
                    best: None,
                    wrong: None,
                }
            });
            view.met += 1;
            view.customer_line.clone_from(&turn.customer_line);
            if let Some(best) = &turn.best_missed {
                view.missed += 1;
                view.best.get_or_insert_with(|| best.clone());
                let text = match &turn.typed {
                    Some(typed) => typed.taken_as.clone(),
                    None => Some(turn.reply_text.clone()),
                };
                let slot = wrong
                    .entry(turn.node.as_str())
                    .or_default()
                    .entry(turn.reply)
                    .or_insert((0, None));
                slot.0 += 1;
                if slot.1.is_none() {
                    slot.1 = text;
                }
            }
        }
    }
    let mut out: Vec<DecisionView> = order
        .into_iter()
        .filter_map(|node| {
            let mut view = views.remove(node)?;
            view.wrong = wrong.get(node).and_then(|replies| {
                replies
                    .iter()
                    .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.0.cmp(a.0)))
                    .map(|(_, (times, text))| WrongReply {
                        text: text.clone(),
                        times: *times,
                    })
            });
            Some(view)
        })
        .collect();
    // Hardest first: among decisions met often enough to judge, the surest large share
    // missed; a decision met once or twice says little, so it comes after.
    out.sort_by(|a, b| {
        (b.met >= OFTEN_ENOUGH)
            .cmp(&(a.met >= OFTEN_ENOUGH))
            .then(b.hardness().total_cmp(&a.hardness()))
            .then(b.met.cmp(&a.met))
    });
    out
}

fn endings(cards: &[&Scorecard]) -> Vec<EndingCount> {
    let mut counts: Vec<EndingCount> = Vec::new();
    for card in cards {
        let node = card.ending.as_ref().map(|e| e.node.clone());
        match counts.iter_mut().find(|e| e.node == node) {
            Some(e) => e.count += 1,
            None => counts.push(EndingCount {
                outcome: card.ending.as_ref().map(|e| e.outcome.clone()),
                fails: card.ending.as_ref().is_some_and(|e| e.fails),
                node,
                count: 1,
            }),
        }
    }
    counts.sort_by(|a, b| b.count.cmp(&a.count).then(a.node.cmp(&b.node)));
    counts
}

fn progress(finished: &[&Scorecard]) -> Vec<Progress> {
    let mut by: BTreeMap<(String, String), Vec<&Scorecard>> = BTreeMap::new();
    for card in finished {
        by.entry((super::person_key(card), card.scenario.id.clone()))
            .or_default()
            .push(card);
    }
    let mut out: Vec<Progress> = by
        .into_values()
        .filter(|cards| cards.len() >= 2)
        .filter_map(|cards| {
            let (first, latest) = (cards.first()?, cards.last()?);
            Some(Progress {
                trainee: super::tidy_name(&latest.trainee),
                scenario: latest.scenario.title.clone(),
                attempts: cards.len(),
                first: first.overall?,
                latest: latest.overall?,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (a.trainee.to_lowercase(), &a.scenario).cmp(&(b.trainee.to_lowercase(), &b.scenario))
    });
    out
}
