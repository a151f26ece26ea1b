//! The trainees' scorecards in the window: read in the background at start (a team's
//! folder may hold a hundred thousand), saved when a conversation ends or is left, and
//! kept in memory for the picker's best results and the manager's screen.

use crate::app::session::Session;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy::tasks::{IoTaskPool, Task, futures::check_ready};
use bevy::window::RequestRedraw;
use defuse_core::roster::Roster;
use defuse_core::scorecard::{Scorecard, Uuid};
use defuse_core::store::{Loaded, Store, Unreadable};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Records>();
    app.add_message::<Saved>();
    app.add_systems(Startup, start_loading);
    app.add_systems(Update, finish_loading);
    app.add_systems(Last, save_on_exit.run_if(on_message::<AppExit>));
}

/// Where scorecards are kept; `None` keeps nothing (some tests).
#[derive(Resource, Clone, Debug, Default)]
pub struct DataDir(pub Option<PathBuf>);

/// Every scorecard read or written in this run, each named as the roster has the trainee.
#[derive(Resource, Default)]
pub struct Records {
    pub cards: Vec<Scorecard>,
    /// Where each card's file is, by session id (for deleting a trainee's sessions).
    pub files: HashMap<Uuid, PathBuf>,
    /// Who is who: the data folder's roster.
    pub roster: Roster,
    /// The roster file could not be read: why (the names typed are shown meanwhile, and
    /// the file is left as it is).
    pub roster_error: Option<String>,
    /// Files in the folder that could not be read, by name.
    pub skipped: Vec<Unreadable>,
    /// The last save failed: why, for the screen to say.
    pub save_error: Option<String>,
    loading: Option<Loading>,
}

struct Loading {
    task: Task<(Result<Loaded, String>, Result<Roster, String>)>,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
}

impl Records {
    /// Still reading: (files read, files in all).
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.loading.as_ref().map(|l| {
            (
                l.done.load(Ordering::Relaxed),
                l.total.load(Ordering::Relaxed),
            )
        })
    }

    /// Reads the roster again (after a session enrolled someone, or a change) and names
    /// every card by it.
    pub fn reread_roster(&mut self, store: &Store) {
        match Roster::read(store) {
            Ok(roster) => {
                self.roster = roster;
                self.roster_error = None;
            }
            Err(reason) => {
                warn!("{reason}");
                self.roster_error = Some(reason);
            }
        }
        self.roster.name_all(&mut self.cards);
    }

    /// The trainee's best finished session of a scenario.
    pub fn best(&self, trainee: &str, scenario: &str) -> Option<&Scorecard> {
        let trainee = self
            .roster
            .find(trainee)
            .map(|p| p.name.as_str())
            .unwrap_or(trainee);
        self.cards
            .iter()
            .filter(|c| {
                !c.is_abandoned()
                    && c.scenario.id == scenario
                    && defuse_core::report::same_name(&c.trainee, trainee)
            })
            .max_by_key(|c| (c.passed, c.overall, c.ended))
    }
}

/// A scorecard was just saved (or failed to be), and queued for the LRS or not.
#[derive(Message, Debug, Clone)]
pub struct Saved {
    pub path: Result<PathBuf, String>,
    pub queued: bool,
}

fn start_loading(mut records: ResMut<Records>, dir: Option<Res<DataDir>>) {
    let Some(root) = dir.and_then(|d| d.0.clone()) else {
        return;
    };
    let done = Arc::new(AtomicUsize::new(0));
    let total = Arc::new(AtomicUsize::new(0));
    let (d, t) = (done.clone(), total.clone());
    let task = IoTaskPool::get().spawn(async move {
        let store = Store::new(root);
        let loaded = store.load(|read, all| {
            t.store(all, Ordering::Relaxed);
            d.store(read, Ordering::Relaxed);
        });
        (loaded, Roster::read(&store))
    });
    records.loading = Some(Loading { task, done, total });
}

fn finish_loading(mut records: ResMut<Records>, mut redraw: MessageWriter<RequestRedraw>) {
    // Polling is not a change: screens rebuild only when the records really change.
    let Some(loading) = records.bypass_change_detection().loading.as_mut() else {
        return;
    };
    let Some((result, roster)) = check_ready(&mut loading.task) else {
        // Keep frames coming while the progress moves.
        redraw.write(RequestRedraw);
        return;
    };
    records.loading = None;
    match roster {
        Ok(roster) => records.roster = roster,
        Err(reason) => {
            warn!("{reason}");
            records.roster_error = Some(reason);
        }
    }
    match result {
        Ok(loaded) => {
            for skipped in &loaded.skipped {
                warn!("skipped the scorecard {skipped}");
            }
            // Sessions saved while loading are already in `cards`; keep them.
            let mut cards = loaded.scorecards;
            for (card, path) in cards.iter().zip(&loaded.paths) {
                records.files.insert(card.id, path.clone());
            }
            let fresh: Vec<Scorecard> = records
                .cards
                .drain(..)
                .filter(|c| !cards.iter().any(|k| k.id == c.id))
                .collect();
            cards.extend(fresh);
            records.roster.name_all(&mut cards);
            records.cards = cards;
            records.skipped = loaded.skipped;
        }
        Err(reason) => {
            warn!("cannot read the scorecards: {reason}");
            records.save_error = Some(reason);
        }
    }
}

/// The learning record store saved sessions are queued for (`None`: not configured).
#[derive(Resource, Clone, Debug, Default)]
pub struct LrsTarget(pub Option<defuse_core::lrs::Config>);

/// What saving a scorecard needs, beside the session.
#[derive(SystemParam)]
pub struct Saver<'w> {
    dir: Res<'w, DataDir>,
    lrs: Option<Res<'w, LrsTarget>>,
    records: ResMut<'w, Records>,
    saved: MessageWriter<'w, Saved>,
}

impl Saver<'_> {
    /// Makes the session's scorecard and writes it, once per session.
    fn save(&mut self, session: &mut Session) {
        if session.saved {
            return;
        }
        session.saved = true;
        let now = jiff::Timestamp::now();
        let Some(root) = &self.dir.0 else {
            session.card = Some(session.practice.scorecard(now));
            return;
        };
        let lrs = self.lrs.as_ref().and_then(|l| l.0.as_ref());
        let store = Store::new(root);
        let saved = session.practice.save(&store, lrs, now);
        if let Err(reason) = &saved.roster {
            warn!("{reason}");
        }
        let card = saved.card;
        session.card = Some(card.clone());
        let result = saved.path;
        match &saved.queued {
            // A failed queue loses nothing: the next sync queues it from the scorecard.
            Some(Err(reason)) => warn!("the scorecard is not queued for the LRS yet: {reason}"),
            Some(Ok(())) => {}
            None => {}
        }
        let queued = matches!(saved.queued, Some(Ok(())));
        match &result {
            Ok(path) => {
                info!("scorecard saved: {}", path.display());
                self.records.save_error = None;
            }
            Err(reason) => {
                error!("the scorecard could not be saved: {reason}");
                self.records.save_error = Some(reason.clone());
            }
        }
        // What others see: how the replies sounded stays the trainee's own.
        if let Ok(path) = &result {
            self.records.files.insert(card.id, path.clone());
        }
        self.records.cards.push(card.for_manager());
        // The session may have added the trainee to the roster.
        self.records.reread_roster(&store);
        self.saved.write(Saved {
            path: result,
            queued,
        });
    }
}

pub fn save_finished(session: Option<ResMut<Session>>, mut saver: Saver) {
    if let Some(mut session) = session {
        saver.save(&mut session);
    }
}

/// Leaving a conversation before its end keeps what was played, marked abandoned.
pub fn save_abandoned(session: Option<ResMut<Session>>, mut saver: Saver) {
    if let Some(mut session) = session
        && !session.practice.conversation().is_over()
    {
        saver.save(&mut session);
    }
}

/// Closing the window mid-conversation saves it too (a session is saved once).
fn save_on_exit(session: Option<ResMut<Session>>, mut saver: Saver) {
    if let Some(mut session) = session {
        saver.save(&mut session);
    }
}
