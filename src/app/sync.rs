//! Results to the learning record store, in the background: after each session, and
//! again later (with a doubling wait) while anything waits. A line in the window's
//! corner says, unobtrusively, whether the results are synced.

use crate::app::Language;
use crate::app::records::{DataDir, Saved};
use crate::app::stages::AppSystems;
use crate::app::theme::{Fonts, palette, widget};
use bevy::prelude::*;
use bevy::tasks::{IoTaskPool, Task, futures::check_ready};
use bevy::window::RequestRedraw;
use defuse_core::lrs::{self, Config, Outbox, SendError, SyncStatus, Synced};
use defuse_core::store::Store;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LrsSync>();
    app.add_systems(Startup, spawn_indicator);
    app.add_systems(
        Update,
        (
            (queue_saved, start_sync, finish_sync)
                .chain()
                .in_set(AppSystems::Persist),
            show_indicator.in_set(AppSystems::Ui),
        ),
    );
}

/// The LRS this window sends to (`None`: not configured, nothing shows).
#[derive(Resource, Default)]
pub struct LrsSync {
    pub config: Option<Config>,
    /// What the last sync left: the state on disk and what waits.
    pub status: SyncStatus,
    pub waiting: usize,
    /// A session was just queued: send now, whatever the wait.
    due: bool,
    started: bool,
    task: Option<Task<Result<Synced, String>>>,
}

impl LrsSync {
    pub fn new(config: Option<Config>) -> LrsSync {
        LrsSync {
            config,
            ..Default::default()
        }
    }

    pub fn is_sending(&self) -> bool {
        self.task.is_some()
    }
}

/// A saved scorecard goes to the outbox at once; the send follows in the background.
fn queue_saved(mut saved: MessageReader<Saved>, mut sync: ResMut<LrsSync>) {
    if saved.read().any(|s| s.queued) {
        sync.due = true;
    }
}

fn start_sync(mut sync: ResMut<LrsSync>, dir: Res<DataDir>) {
    let (Some(config), Some(root)) = (sync.config.clone(), dir.0.clone()) else {
        return;
    };
    if sync.task.is_some() {
        return;
    }
    let waited = sync
        .status
        .next_attempt
        .is_none_or(|at| jiff::Timestamp::now() >= at);
    let retry = sync.waiting > 0 && waited;
    if !(sync.due || retry || !sync.started) {
        return;
    }
    sync.due = false;
    sync.started = true;
    let options = lrs::Options {
        // In the background the wait between tries is the status's backoff, not a loop.
        retry_for: std::time::Duration::ZERO,
        ..Default::default()
    };
    sync.task = Some(
        IoTaskPool::get()
            .spawn(async move { lrs::sync(&Store::new(root), &config, &options, |_, _| {}) }),
    );
}

fn finish_sync(
    mut sync: ResMut<LrsSync>,
    dir: Res<DataDir>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(task) = sync.bypass_change_detection().task.as_mut() else {
        return;
    };
    let Some(result) = check_ready(task) else {
        redraw.write(RequestRedraw);
        return;
    };
    sync.task = None;
    match result {
        Ok(synced) => {
            if let Some(err) = &synced.stopped {
                warn!("results not synced yet: {err}");
            } else if synced.statements_sent > 0 {
                info!("synced {} statements to the LRS", synced.statements_sent);
            }
            sync.waiting = synced.waiting_files;
        }
        Err(reason) => warn!("results not synced: {reason}"),
    }
    if let Some(root) = &dir.0 {
        sync.status = Outbox::new(&Store::new(root)).status();
    }
    redraw.write(RequestRedraw);
}

#[derive(Component)]
pub struct SyncIndicator;

fn spawn_indicator(mut commands: Commands, fonts: Res<Fonts>) {
    commands.spawn((
        Name::new("Sync indicator"),
        SyncIndicator,
        Node {
            position_type: PositionType::Absolute,
            bottom: Val::Px(6.0),
            right: Val::Px(10.0),
            ..default()
        },
        GlobalZIndex(10),
        widget::text(&fonts, "", 13.0, palette::MUTED),
    ));
}

/// The indicator's words for the current state, or nothing without an LRS.
pub fn indicator_text(sync: &LrsSync, texts: &defuse_core::i18n::Texts) -> String {
    if sync.config.is_none() {
        return String::new();
    }
    if sync.is_sending() {
        return texts.get("sync-indicator-sending");
    }
    match (&sync.status.last_error, sync.waiting) {
        (None, 0) if sync.status.last_success.is_some() => texts.get("sync-indicator-synced"),
        (None, 0) => String::new(),
        (None, waiting) => texts.format("sync-indicator-waiting", &[("count", waiting.into())]),
        (Some(err), waiting) => texts.format(
            "sync-indicator-error",
            &[
                ("count", waiting.into()),
                ("problem", texts.get(short_problem(err)).into()),
            ],
        ),
    }
}

fn short_problem(err: &SendError) -> &'static str {
    match err {
        SendError::Unreachable { .. } => "sync-problem-unreachable",
        SendError::Credentials { .. } => "sync-problem-credentials",
        SendError::Rejected { .. } => "sync-problem-rejected",
        SendError::Server { .. } => "sync-problem-server",
    }
}

fn show_indicator(
    sync: Res<LrsSync>,
    language: Res<Language>,
    mut indicator: Query<(&mut Text, &mut Node), With<SyncIndicator>>,
) {
    if !(sync.is_changed() || language.is_changed()) {
        return;
    }
    for (mut text, mut node) in &mut indicator {
        text.0 = indicator_text(&sync, &language.texts);
        // The reading end's corner: left in Hebrew.
        if language.texts.is_rtl() {
            (node.left, node.right) = (Val::Px(10.0), Val::Auto);
        } else {
            (node.left, node.right) = (Val::Auto, Val::Px(10.0));
        }
    }
}
