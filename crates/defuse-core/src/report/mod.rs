//! The manager's view of the scorecards: filters, a summary per trainee, and the report
//! formats (`table`, `csv`, `html`, `json`, `xapi`). The command line and the app's
//! manager screen both build on [`summarise`].

pub mod csv;
pub mod html;
pub mod stream;
pub mod table;
pub mod xapi;

use crate::i18n::Texts;
use crate::model::{Criterion, Principle};
use crate::scorecard::{PrincipleRef, Scorecard};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Serialize;
use std::collections::HashMap;

/// Which sessions a report covers. Empty fields keep everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// A trainee's name, compared without regard to case.
    pub trainee: Option<String>,
    /// A scenario's id, which must match exactly.
    pub scenario: Option<String>,
    /// Sessions that ended on this day or later (in `zone`).
    pub since: Option<Date>,
    /// Sessions that ended on this day or earlier (in `zone`).
    pub until: Option<Date>,
}

impl Filter {
    /// Whether the report covers this session; its end day is taken in `zone`.
    pub fn keeps(&self, card: &Scorecard, zone: &TimeZone) -> bool {
        self.keeps_session(&card.trainee, &card.scenario.id, card.ended, zone)
    }

    /// The same, from the three things the filter looks at: who, which scenario, when.
    pub fn keeps_session(
        &self,
        trainee: &str,
        scenario: &str,
        ended: jiff::Timestamp,
        zone: &TimeZone,
    ) -> bool {
        if let Some(name) = &self.trainee
            && !same_name(name, trainee)
        {
            return false;
        }
        if let Some(id) = &self.scenario
            && id != scenario
        {
            return false;
        }
        if self.since.is_some() || self.until.is_some() {
            let day = ended.to_zoned(zone.clone()).date();
            if self.since.is_some_and(|since| day < since)
                || self.until.is_some_and(|until| day > until)
            {
                return false;
            }
        }
        true
    }
}

/// Trainees are the same person whatever the case or the spaces around the name.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// One trainee's record across the sessions a report covers.
#[derive(Debug, Clone, Serialize)]
pub struct TraineeSummary {
    /// The trainee's name as written in their latest session.
    pub name: String,
    /// Sessions covered, finished or abandoned.
    pub sessions: usize,
    /// Sessions played through to an ending.
    pub finished: usize,
    /// Sessions left before reaching an ending; they count toward no score.
    pub abandoned: usize,
    /// Finished sessions that reached their scenario's pass mark.
    pub passed: usize,
    /// Share of finished sessions passed, 0–100; `None` before any finished session.
    pub pass_rate: Option<u8>,
    /// Mean per criterion over the finished sessions that tested it, in `Criterion::ALL`
    /// order.
    pub average: [Option<u8>; 4],
    /// Mean overall score of the finished sessions, 0–100; `None` before any.
    pub overall: Option<u8>,
    /// The mean overall score of the latest third of finished sessions minus that of the
    /// earliest third: positive is improving. `None` with fewer than two sessions.
    pub trend: Option<i32>,
    /// Overall score of each finished session, oldest first.
    pub history: Vec<Point>,
    /// The criterion with the lowest average, the one to coach first; `None` when no
    /// finished session tested any.
    pub weakest: Option<Criterion>,
    /// The coaching principle to work on for the weakest criterion.
    pub focus: Option<PrincipleRef>,
    /// When the trainee's earliest covered session ended.
    pub first: Option<jiff::Timestamp>,
    /// When the trainee's latest covered session ended.
    pub last: Option<jiff::Timestamp>,
}

/// One finished session on a trend line.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    /// When the session ended.
    pub ended: jiff::Timestamp,
    /// The session's overall score, 0–100.
    pub overall: u8,
    /// The session's score on each criterion, 0–100, in `Criterion::ALL` order; `None`
    /// where no decision tested it.
    pub criteria: [Option<u8>; 4],
}

/// Groups the scorecards by trainee, in name order. `principles` (in the report's
/// language) supply the principle to work on when a trainee's own turns name none.
pub fn summarise(cards: &[&Scorecard], principles: &[Principle]) -> Vec<TraineeSummary> {
    let mut groups: HashMap<String, Vec<&Scorecard>> = HashMap::new();
    for card in cards {
        groups
            .entry(card.trainee.trim().to_lowercase())
            .or_default()
            .push(card);
    }
    let mut out: Vec<TraineeSummary> = groups
        .into_values()
        .map(|mut group| {
            group.sort_by_key(|c| c.ended);
            trainee_summary(&group, principles)
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

fn trainee_summary(group: &[&Scorecard], principles: &[Principle]) -> TraineeSummary {
    let finished: Vec<&Scorecard> = group
        .iter()
        .copied()
        .filter(|c| !c.is_abandoned())
        .collect();
    let passed = finished.iter().filter(|c| c.passed).count();
    let mut average = [None; 4];
    for (k, criterion) in Criterion::ALL.into_iter().enumerate() {
        average[k] = mean(finished.iter().filter_map(|c| c.get(criterion)));
    }
    let history: Vec<Point> = finished
        .iter()
        .map(|c| Point {
            ended: c.ended,
            overall: c.overall,
            criteria: Criterion::ALL.map(|k| c.get(k)),
        })
        .collect();
    let weakest = Criterion::ALL
        .into_iter()
        .zip(average)
        .filter_map(|(c, a)| a.map(|a| (c, a)))
        .min_by_key(|&(c, a)| (a, c))
        .map(|(c, _)| c);
    TraineeSummary {
        // The name as written in the latest session.
        name: group
            .last()
            .map(|c| c.trainee.trim().to_owned())
            .unwrap_or_default(),
        sessions: group.len(),
        finished: finished.len(),
        abandoned: group.len() - finished.len(),
        passed,
        pass_rate: crate::scoring::percent(passed as i32, finished.len() as i32),
        average,
        overall: mean(finished.iter().map(|c| c.overall)),
        trend: trend(&history),
        weakest,
        focus: weakest.and_then(|w| focus(group, w, principles)),
        history,
        first: group.first().map(|c| c.ended),
        last: group.last().map(|c| c.ended),
    }
}

/// A 0–100 score, or a dash when nothing tested it.
pub fn score(value: Option<u8>) -> String {
    value.map(|v| v.to_string()).unwrap_or_else(|| "–".into())
}

/// A share as `75%`, or a dash.
pub fn percent(value: Option<u8>) -> String {
    value.map(|v| format!("{v}%")).unwrap_or_else(|| "–".into())
}

/// A trend as `+12` or `-3`, or a dash.
pub fn change(value: Option<i32>) -> String {
    value
        .map(|d| format!("{d:+}"))
        .unwrap_or_else(|| "–".into())
}

/// The rounded mean, or `None` for no values.
pub(crate) fn mean(values: impl Iterator<Item = u8>) -> Option<u8> {
    let (sum, n) = values.fold((0u64, 0u64), |(s, n), v| (s + u64::from(v), n + 1));
    (n > 0).then(|| ((sum * 2 + n) / (2 * n)) as u8)
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

/// The principle behind the trainee's most frequent lost points on `weakest`; failing
/// that, the catalogue's first principle for it.
fn focus(
    group: &[&Scorecard],
    weakest: Criterion,
    principles: &[Principle],
) -> Option<PrincipleRef> {
    let mut counts: HashMap<&str, (usize, &PrincipleRef)> = HashMap::new();
    for card in group {
        for turn in &card.turns {
            if turn.scores.get(weakest) < turn.best.get(weakest)
                && let Some(p) = &turn.principle
                && p.criterion == weakest
            {
                counts.entry(p.id.as_str()).or_insert((0, p)).0 += 1;
            }
        }
    }
    if let Some((_, (_, p))) = counts
        .into_iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.0.cmp(a.0)))
    {
        // Prefer the catalogue's wording in the report's language, where it has the id.
        return Some(
            principles
                .iter()
                .find(|c| c.id == p.id)
                .map(principle_ref)
                .unwrap_or_else(|| p.clone()),
        );
    }
    principles
        .iter()
        .find(|p| p.criterion == weakest)
        .map(principle_ref)
}

fn principle_ref(p: &Principle) -> PrincipleRef {
    PrincipleRef {
        id: p.id.clone(),
        criterion: p.criterion,
        title: p.title.clone(),
        text: p.text.clone(),
    }
}

/// A day in the chosen language: "1 December 2026", "2026. december 1.", "1 grudnia 2026".
pub fn date(texts: &Texts, day: Date) -> String {
    texts.format(
        "date",
        &[
            ("day", i64::from(day.day()).into()),
            ("month", texts.get(&format!("month-{}", day.month())).into()),
            // A string, so no language groups the digits of a year.
            ("year", day.year().to_string().into()),
        ],
    )
}

/// A moment in the chosen language and time zone, to the minute.
pub fn date_time(texts: &Texts, at: jiff::Timestamp, zone: &TimeZone) -> String {
    let local = at.to_zoned(zone.clone());
    format!("{} {}", date(texts, local.date()), local.strftime("%H:%M"))
}

/// Parses a `--since`/`--until` day: `2026-12-01`.
pub fn parse_day(text: &str) -> Result<Date, String> {
    text.trim()
        .parse::<Date>()
        .map_err(|_| format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01"))
}

/// Everything a report needs, gathered once.
pub struct Report<'a> {
    /// The scorecards the filter keeps, oldest first (by when they ended).
    pub cards: Vec<&'a Scorecard>,
    /// Where each of `cards` is in the slice the report was made from, so a caller can
    /// find its file again (`Loaded::paths`) and stream it whole.
    pub order: Vec<usize>,
    /// One summary per trainee in `cards`, in name order.
    pub trainees: Vec<TraineeSummary>,
    /// The time zone days and times are shown in, and the filter's days are read in.
    pub zone: TimeZone,
}

impl<'a> Report<'a> {
    /// The cards the filter keeps, oldest first, and their trainees' summaries.
    pub fn new(
        all: &'a [Scorecard],
        filter: &Filter,
        principles: &[Principle],
        zone: TimeZone,
    ) -> Report<'a> {
        let mut order: Vec<usize> = (0..all.len())
            .filter(|&k| filter.keeps(&all[k], &zone))
            .collect();
        order.sort_by(|&a, &b| (all[a].ended, all[a].id).cmp(&(all[b].ended, all[b].id)));
        let cards: Vec<&Scorecard> = order.iter().map(|&k| &all[k]).collect();
        let trainees = summarise(&cards, principles);
        Report {
            cards,
            order,
            trainees,
            zone,
        }
    }

    /// Everything, for other tools.
    pub fn to_json(&self, skipped: &[crate::store::Unreadable]) -> String {
        let value = serde_json::json!({
            "generator": format!("defuse {}", env!("CARGO_PKG_VERSION")),
            "trainees": self.trainees,
            "sessions": self.cards,
            "skipped": skipped
                .iter()
                .map(|s| serde_json::json!({"file": s.path, "reason": s.reason}))
                .collect::<Vec<_>>(),
        });
        serde_json::to_string_pretty(&value).expect("JSON values always serialise")
    }
}
