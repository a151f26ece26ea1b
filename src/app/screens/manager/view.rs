//! What the manager is looking at (a trainee, a session, a page, the filters), the steps
//! that change it, and the sessions it keeps.

use crate::app::records::Records;
use crate::app::screens::Screen;
use bevy::prelude::*;
use defuse_core::report;
use defuse_core::scorecard::Scorecard;

/// What the manager is looking at.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct View {
    /// The trainee opened, by name.
    pub trainee: Option<String>,
    /// The session opened, by id.
    pub session: Option<defuse_core::scorecard::Uuid>,
    /// The page of the list on show, from 0.
    pub page: usize,
    pub scenario: Option<String>,
    pub period: Period,
    /// A filter whose choices are open under the title's row.
    pub choosing: Option<Choosing>,
}

/// Which filter's choices are open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choosing {
    Scenario,
    Period,
}

/// How far back the sessions shown go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Period {
    #[default]
    All,
    Week,
    Month,
    Year,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::All, Period::Week, Period::Month, Period::Year];

    pub fn days(self) -> Option<i64> {
        match self {
            Period::All => None,
            Period::Week => Some(7),
            Period::Month => Some(30),
            Period::Year => Some(365),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Period::All => "manager-period-all",
            Period::Week => "manager-period-week",
            Period::Month => "manager-period-month",
            Period::Year => "manager-period-year",
        }
    }
}

/// A step through the screen: buttons, keys and tests all send these.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Navigate {
    OpenTrainee(String),
    OpenSession(defuse_core::scorecard::Uuid),
    /// Up a level: session → trainee → all trainees → picker.
    Back,
    Page(isize),
    Scenario(Option<String>),
    Period(Period),
    /// Open a filter's choices (or close them, when they are open).
    Choose(Choosing),
}

pub(super) fn navigate(
    mut steps: MessageReader<Navigate>,
    mut view: ResMut<View>,
    mut next: ResMut<NextState<Screen>>,
) {
    for step in steps.read() {
        let mut v = view.clone();
        match step {
            Navigate::OpenTrainee(name) => {
                v.trainee = Some(name.clone());
                v.session = None;
                v.page = 0;
            }
            Navigate::OpenSession(id) => v.session = Some(*id),
            Navigate::Back => {
                if v.choosing.is_some() {
                    v.choosing = None;
                } else if v.session.is_some() {
                    v.session = None;
                } else if v.trainee.is_some() {
                    v.trainee = None;
                    v.page = 0;
                } else {
                    next.set(Screen::Picker);
                }
            }
            Navigate::Page(delta) => v.page = v.page.saturating_add_signed(*delta),
            Navigate::Scenario(id) => {
                v.scenario = id.clone();
                v.page = 0;
                v.choosing = None;
            }
            Navigate::Period(p) => {
                v.period = *p;
                v.page = 0;
                v.choosing = None;
            }
            Navigate::Choose(which) => {
                v.choosing = (v.choosing != Some(*which)).then_some(*which);
            }
        }
        if v != *view {
            *view = v;
        }
    }
}

/// The sessions the filters keep.
pub fn filtered<'a>(records: &'a Records, view: &View) -> Vec<&'a Scorecard> {
    let zone = jiff::tz::TimeZone::system();
    // The period as the reports count it: whole days, the first one included.
    let since = view.period.days().map(|d| {
        let start = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * d);
        start.to_zoned(zone.clone()).date()
    });
    let filter = report::Filter {
        scenario: view.scenario.clone(),
        since,
        hidden: records.roster.hidden(),
        ..Default::default()
    };
    records
        .cards
        .iter()
        .filter(|c| filter.keeps(c, &zone))
        .collect()
}
