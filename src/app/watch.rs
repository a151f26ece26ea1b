//! Live preview (`defuse play ID --gui --watch`): when the scenario's file, its
//! translations or the principles change, the window reads the scenario again and goes on
//! at the same decision with the same mood (or from the start, if that decision is gone).
//! A scenario that no longer validates keeps its last good version playing and shows its
//! problems, with file and line, until it is fixed: a bad save never closes the window.

use crate::app::Language;
use crate::app::Library;
use crate::app::session::{Line, Session, Speaker};
use crate::app::stages::AppSystems;
use crate::app::theme::{Fonts, widget};
use bevy::prelude::*;
use defuse_core::Conversation;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<ScenarioChanged>()
        .init_resource::<ReloadProblems>()
        .init_resource::<Reloads>()
        .add_systems(
            Update,
            (notice_changes, reload, show_problems)
                .chain()
                .in_set(AppSystems::Input),
        );
}

/// The watched scenario's files changed (sent by the watcher, or by a test).
#[derive(Message, Debug, Clone, Copy)]
pub struct ScenarioChanged;

/// What stops the changed scenario from validating: `file:line:col: error: ...` lines.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct ReloadProblems(pub Vec<String>);

/// How many times the scenario was read again (well or not), for scripted runs to wait on.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct Reloads(pub usize);

/// Editors save in bursts (write, rename, touch): wait this long for the last of them.
const SETTLE: Duration = Duration::from_millis(250);

/// The scenario file watched, and the file system's news about it.
#[derive(Resource)]
pub struct FileWatch {
    scenario: PathBuf,
    // Kept alive for as long as the watch lasts.
    _watcher: notify::RecommendedWatcher,
    news: Mutex<Receiver<PathBuf>>,
    pending: Option<Instant>,
}

impl FileWatch {
    /// Watches the scenario's folder and the translations folder: editors often replace a
    /// file rather than write into it, which a watch on the file itself would miss.
    pub fn start(scenario: &Path, locales: &Path) -> Result<FileWatch, String> {
        use notify::Watcher as _;
        let (send, news) = channel();
        let stem = scenario
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let names = [
            format!("{stem}.ron"),
            format!("{stem}.ftl"),
            "principles.ron".to_owned(),
            "principles.ftl".to_owned(),
        ];
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                // Reading the file is news too (an access); only writes count.
                if matches!(event.kind, notify::EventKind::Access(_)) {
                    return;
                }
                for path in event.paths {
                    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                    if name.is_some_and(|n| names.contains(&n)) {
                        let _ = send.send(path);
                    }
                }
            })
            .map_err(|e| e.to_string())?;
        let folder = scenario.parent().unwrap_or(Path::new("."));
        watcher
            .watch(folder, notify::RecursiveMode::NonRecursive)
            .map_err(|e| format!("{}: {e}", folder.display()))?;
        if locales.is_dir() {
            watcher
                .watch(locales, notify::RecursiveMode::Recursive)
                .map_err(|e| format!("{}: {e}", locales.display()))?;
        }
        Ok(FileWatch {
            scenario: scenario.to_path_buf(),
            _watcher: watcher,
            news: Mutex::new(news),
            pending: None,
        })
    }
}

/// Turns the watcher's news into one `ScenarioChanged` once a burst of saves has settled.
fn notice_changes(watch: Option<ResMut<FileWatch>>, mut changed: MessageWriter<ScenarioChanged>) {
    let Some(mut watch) = watch else { return };
    let news = watch
        .news
        .get_mut()
        .map(|rx| rx.try_iter().count())
        .unwrap_or(0);
    if news > 0 {
        watch.pending = Some(Instant::now());
    }
    if watch.pending.is_some_and(|at| at.elapsed() >= SETTLE) {
        watch.pending = None;
        changed.write(ScenarioChanged);
    }
}

#[allow(clippy::too_many_arguments)]
fn reload(
    mut changes: MessageReader<ScenarioChanged>,
    watch: Option<Res<FileWatch>>,
    mut library: ResMut<Library>,
    language: Res<Language>,
    session: Option<ResMut<Session>>,
    mut problems: ResMut<ReloadProblems>,
    mut reloads: ResMut<Reloads>,
) {
    if changes.read().count() == 0 {
        return;
    }
    let Some(watch) = watch else { return };
    let Some(index) = (0..library.stories.len()).find(|&i| {
        library
            .path(i)
            .is_some_and(|p| same_file(p, &watch.scenario))
    }) else {
        return;
    };
    reloads.0 += 1;
    let t = &language.texts;
    match library.reload(index, t.lang()) {
        Err(found) => {
            println!(
                "{}",
                t.format("watch-broken", &[("count", found.len().into())])
            );
            for line in &found {
                println!("  {line}");
            }
            problems.0 = found;
        }
        Ok(()) => {
            problems.0.clear();
            let story = library.stories[index].clone();
            let Some(mut session) = session.filter(|s| s.index == index) else {
                println!("{}", t.format("watch-reloaded", &[]));
                return;
            };
            // Where the trainee stands, in the new version if it still has that decision.
            let (node, mood) = (
                session.practice.conversation().current_node().to_owned(),
                session.practice.conversation().mood(),
            );
            let playing = session.practice.conversation();
            let (seed, shuffled) = (playing.seed(), playing.shuffled());
            let (conversation, at) =
                match Conversation::starting_at(story.clone(), &node, mood, seed) {
                    Ok(c) => (c, node),
                    Err(_) => (
                        Conversation::new(story.clone(), seed),
                        story.scenario.start.clone(),
                    ),
                };
            let conversation = if shuffled {
                conversation
            } else {
                conversation.in_file_order()
            };
            let note = t.format(
                "watch-went-on",
                &[
                    ("node", at.as_str().into()),
                    ("mood", conversation.mood().into()),
                ],
            );
            println!("{note}");
            session.story = story;
            session.practice.replace_conversation(conversation);
            session.transcript.push(Line {
                speaker: Speaker::Coach,
                text: note,
            });
            session.advance();
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The banner over every screen while the scenario does not validate.
#[derive(Component)]
struct ProblemsBanner;

fn show_problems(
    mut commands: Commands,
    problems: Res<ReloadProblems>,
    banners: Query<Entity, With<ProblemsBanner>>,
    fonts: Res<Fonts>,
    language: Res<Language>,
) {
    if !problems.is_changed() {
        return;
    }
    for banner in &banners {
        commands.entity(banner).despawn();
    }
    if problems.0.is_empty() {
        return;
    }
    let heading = language.texts.get("watch-banner");
    commands
        .spawn((
            Name::new("Reload problems"),
            ProblemsBanner,
            GlobalZIndex(50),
            Node {
                position_type: PositionType::Absolute,
                top: Val::Px(0.0),
                left: Val::Px(0.0),
                width: Val::Percent(100.0),
                flex_direction: FlexDirection::Column,
                row_gap: Val::Px(4.0),
                padding: UiRect::all(Val::Px(12.0)),
                ..default()
            },
            BackgroundColor(Color::srgb(0.62, 0.12, 0.12)),
        ))
        .with_children(|banner| {
            banner.spawn(widget::text(&fonts, heading, 16.0, Color::WHITE));
            for line in problems.0.iter().take(8) {
                banner.spawn(widget::paragraph(&fonts, line.clone(), 14.0, Color::WHITE));
            }
        });
}
