//! The manager's view of the scorecards: filters, a summary per trainee, and the report
//! formats (`table`, `csv`, `html`, `json`, `xapi`). The command line and the app's
//! manager screen both build on [`summarise`].

pub mod chart;
pub mod csv;
mod escape;
pub mod html;
pub mod stream;
pub mod suggest;
pub mod summary;
pub mod table;
pub mod team;
pub mod team_html;
pub mod team_text;
pub mod xapi;

pub use summary::{Focus, Point, TraineeSummary, summarise};
pub use team::Team;

use crate::i18n::Texts;
use crate::model::Principle;
use crate::scorecard::Scorecard;
use jiff::civil::Date;
use jiff::tz::TimeZone;

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
    /// The ids of trainees left out (the roster's hidden ones).
    pub hidden: Vec<String>,
}

impl Filter {
    /// Whether the report covers this session; its end day is taken in `zone`.
    pub fn keeps(&self, card: &Scorecard, zone: &TimeZone) -> bool {
        self.keeps_session(
            (&card.trainee, card.trainee_id.as_deref()),
            &card.scenario.id,
            card.ended,
            zone,
        )
    }

    /// The same, from the things the filter looks at: who (name and roster id), which
    /// scenario, when.
    pub fn keeps_session(
        &self,
        (trainee, id): (&str, Option<&str>),
        scenario: &str,
        ended: jiff::Timestamp,
        zone: &TimeZone,
    ) -> bool {
        if id.is_some_and(|id| self.hidden.iter().any(|h| h == id)) {
            return false;
        }
        if let Some(name) = &self.trainee
            && !same_name(name, trainee)
            && id != Some(name.trim())
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

/// Trainees are the same person whatever the case or the spaces in the name.
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// Whom a card is grouped under: the roster's id, else the name as compared.
pub fn person_key(card: &Scorecard) -> String {
    card.trainee_id
        .clone()
        .unwrap_or_else(|| name_key(&card.trainee))
}

/// A name as compared: lower case, words separated by single spaces.
pub fn name_key(name: &str) -> String {
    tidy_name(name).to_lowercase()
}

/// A name as shown: words separated by single spaces, none around.
pub fn tidy_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
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
    /// The team view of `cards`.
    pub team: Team,
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
        let team = team::team(&cards, principles, &zone);
        Report {
            cards,
            order,
            trainees,
            team,
            zone,
        }
    }

    /// Everything, for other tools.
    pub fn to_json(&self, skipped: &[crate::store::Unreadable]) -> String {
        let value = serde_json::json!({
            "generator": format!("defuse {}", env!("CARGO_PKG_VERSION")),
            "team": self.team,
            "trainees": self.trainees,
            "sessions": self.cards.iter().map(|c| c.to_report_value()).collect::<Vec<_>>(),
            "skipped": skipped
                .iter()
                .map(|s| serde_json::json!({"file": s.path, "reason": s.reason}))
                .collect::<Vec<_>>(),
        });
        serde_json::to_string_pretty(&value).expect("JSON values always serialise")
    }
}
