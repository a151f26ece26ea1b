//! Keeping the roster straight from the window: rename, hide or show, merge into someone,
//! delete with their sessions. Merging and deleting ask first; everything goes through the
//! core's roster, as `defuse trainee` does, and nothing else is touched.

use super::View;
use crate::app::records::{DataDir, Records};
use crate::app::screens::Screen;
use bevy::prelude::*;
use bevy::text::EditableText;
use defuse_core::roster::Roster;
use defuse_core::store::Store;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Pending>();
    app.init_resource::<RenameDraft>();
    app.add_message::<Manage>();
    app.add_systems(
        Update,
        (keep_draft, manage)
            .chain()
            .run_if(in_state(Screen::Manager)),
    );
    app.add_systems(OnExit(Screen::Manager), |mut pending: ResMut<Pending>| {
        *pending = Pending::Nothing;
    });
}

/// A step in keeping the roster: buttons send these.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Manage {
    /// Show the field to rename this trainee.
    StartRename(String),
    /// Rename the trainee to what the field holds.
    Rename(String),
    Hide(String, bool),
    /// Show whom this trainee could be merged into.
    ChooseMerge(String),
    /// Ask before merging `from` into `into`.
    AskMerge {
        from: String,
        into: String,
    },
    Merge {
        from: String,
        into: String,
    },
    AskDelete(String),
    Delete(String),
    Cancel,
}

/// A change waiting for the manager: a name being typed, a merge target being chosen, a
/// confirmation.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub enum Pending {
    #[default]
    Nothing,
    Rename(String),
    ChooseMerge(String),
    ConfirmMerge {
        from: String,
        into: String,
    },
    ConfirmDelete(String),
    /// The last change could not be made: why.
    Failed(String),
}

/// The new name as typed (kept apart, so typing does not rebuild the screen).
#[derive(Resource, Debug, Clone, Default)]
pub struct RenameDraft(pub String);

/// The rename field.
#[derive(Component)]
pub struct RenameField;

fn keep_draft(
    fields: Query<&EditableText, (With<RenameField>, Changed<EditableText>)>,
    mut draft: ResMut<RenameDraft>,
) {
    for field in &fields {
        draft.0 = field.value().to_string();
    }
}

fn manage(
    mut steps: MessageReader<Manage>,
    mut pending: ResMut<Pending>,
    mut records: ResMut<Records>,
    mut view: ResMut<View>,
    mut draft: ResMut<RenameDraft>,
    dir: Res<DataDir>,
    language: Res<crate::app::Language>,
) {
    for step in steps.read() {
        let next = match step {
            Manage::StartRename(name) => {
                draft.0.clone_from(name);
                Pending::Rename(name.clone())
            }
            Manage::ChooseMerge(name) => Pending::ChooseMerge(name.clone()),
            Manage::AskMerge { from, into } => Pending::ConfirmMerge {
                from: from.clone(),
                into: into.clone(),
            },
            Manage::AskDelete(name) => Pending::ConfirmDelete(name.clone()),
            Manage::Cancel => Pending::Nothing,
            change => match apply(change, &mut records, &draft.0, &dir, &language.texts) {
                Ok(shown) => {
                    view.trainee = shown;
                    view.session = None;
                    view.page = 0;
                    Pending::Nothing
                }
                Err(reason) => Pending::Failed(reason),
            },
        };
        if *pending != next {
            *pending = next;
        }
    }
}

/// Makes a change on the roster in the data folder; the trainee to show after it.
fn apply(
    change: &Manage,
    records: &mut Records,
    draft: &str,
    dir: &DataDir,
    t: &defuse_core::i18n::Texts,
) -> Result<Option<String>, String> {
    let Some(root) = &dir.0 else {
        return Err("no data folder".into());
    };
    let store = Store::new(root);
    // The file as it is now: another machine on a shared folder may have changed it.
    let mut roster = Roster::read(&store)?;
    // Someone from before the roster is added to it the first time they are managed.
    let enrol = |roster: &mut Roster, name: &str| {
        if roster.find(name).is_none() {
            roster.enrol(name);
        }
    };
    let refused = |e: defuse_core::roster::RosterError| {
        use defuse_core::roster::RosterError;
        match e {
            RosterError::NoSuchTrainee { given, .. } => {
                t.format("manager-error-no-trainee", &[("name", given.into())])
            }
            RosterError::NameTaken(name) => {
                t.format("manager-error-name-taken", &[("name", name.into())])
            }
            RosterError::SamePerson(name) => {
                t.format("manager-error-same", &[("name", name.into())])
            }
            RosterError::EmptyName => t.get("manager-error-empty"),
        }
    };
    let shown = match change {
        Manage::Rename(name) => {
            enrol(&mut roster, name);
            Some(roster.rename(name, draft).map_err(refused)?.name.clone())
        }
        Manage::Hide(name, hidden) => {
            enrol(&mut roster, name);
            roster.hide(name, *hidden).map_err(refused)?;
            if *hidden { None } else { Some(name.clone()) }
        }
        Manage::Merge { from, into } => {
            enrol(&mut roster, from);
            enrol(&mut roster, into);
            Some(roster.merge(from, into).map_err(refused)?.name.clone())
        }
        Manage::Delete(name) => {
            enrol(&mut roster, name);
            let person = roster.remove(name).map_err(refused)?;
            // The sessions first; a file that cannot go keeps the trainee on the roster.
            let theirs: Vec<_> = records
                .cards
                .iter()
                .filter(|c| {
                    c.trainee_id.as_deref() == Some(person.id.as_str())
                        || defuse_core::report::same_name(&c.trainee, &person.name)
                })
                .map(|c| c.id)
                .collect();
            for id in &theirs {
                if let Some(path) = records.files.get(id) {
                    std::fs::remove_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
                }
            }
            records.cards.retain(|c| !theirs.contains(&c.id));
            None
        }
        _ => return Ok(None),
    };
    roster.write(&store)?;
    records.reread_roster(&store);
    Ok(shown)
}
