//! `defuse trainee`: the manager keeps the roster straight. Rename, merge, hide, show,
//! set an e-mail for the learning record store, or delete a trainee and their sessions;
//! merging and deleting ask for a confirmation.

use super::{Out, Places, Reported};
use defuse_core::roster::{Roster, RosterError};
use defuse_core::store::Store;
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

/// What `defuse trainee` can do.
#[derive(Debug, clap::Subcommand)]
pub enum TraineeCommand {
    /// Everyone on the roster: id, name, other names, sessions, hidden or not.
    List {
        /// One JSON object for tools.
        #[arg(long)]
        json: bool,
    },
    /// Show a trainee under another name from now on (the old name still finds them).
    Rename { name: String, new_name: String },
    /// Count FROM's sessions as INTO's (the same person typed two ways).
    Merge {
        from: String,
        into: String,
        /// Do not ask for a confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Leave a trainee out of reports and the manager's review; the sessions are kept.
    Hide { name: String },
    /// Show a hidden trainee again.
    Show { name: String },
    /// Set (or, without ADDRESS, clear) the e-mail the LRS knows the trainee by.
    Email {
        name: String,
        address: Option<String>,
    },
    /// Delete a trainee and every session of theirs.
    Delete {
        name: String,
        /// Do not ask for a confirmation.
        #[arg(long)]
        yes: bool,
    },
}

pub fn run(out: &mut Out, places: &Places, command: &TraineeCommand) -> Result<ExitCode, Reported> {
    let store = Store::new(&places.data);
    let mut roster = Roster::read(&store)
        .map_err(|reason| out.err(&out.tf("error-roster", &[("reason", reason.into())])))?;
    // Everyone with sessions is on the roster, those from before it too.
    let loaded =
        super::report::load_with_progress(out, &store, defuse_core::scorecard::Reading::Summary)?;
    super::report::warn_skipped(out, &loaded.skipped);
    let before = roster.clone();
    for card in &loaded.scorecards {
        if roster.owner(card).is_none() {
            roster.enrol(&card.trainee);
        }
    }
    let sessions = |roster: &Roster, id: &str| {
        loaded
            .scorecards
            .iter()
            .enumerate()
            .filter(|(_, c)| roster.owner(c).is_some_and(|p| p.id == id))
            .map(|(k, _)| k)
            .collect::<Vec<_>>()
    };
    let changed = match command {
        TraineeCommand::List { json } => {
            list(out, &roster, *json, |id| sessions(&roster, id).len());
            false
        }
        TraineeCommand::Rename { name, new_name } => {
            let person = roster.rename(name, new_name).map_err(|e| refused(out, e))?;
            out.line(&out.tf("trainee-renamed", &[("name", person.name.as_str().into())]));
            true
        }
        TraineeCommand::Merge { from, into, yes } => {
            let (a, b) = (find(out, &roster, from)?, find(out, &roster, into)?);
            let count = sessions(&roster, &a.id).len();
            let question = out.tf(
                "trainee-confirm-merge",
                &[
                    ("from", a.name.as_str().into()),
                    ("into", b.name.as_str().into()),
                    ("count", count.into()),
                ],
            );
            confirm(out, &question, &b.name, *yes)?;
            let person = roster.merge(from, into).map_err(|e| refused(out, e))?;
            out.line(&out.tf("trainee-merged", &[("name", person.name.as_str().into())]));
            true
        }
        TraineeCommand::Hide { name } | TraineeCommand::Show { name } => {
            let hide = matches!(command, TraineeCommand::Hide { .. });
            let person = roster.hide(name, hide).map_err(|e| refused(out, e))?;
            let key = if hide {
                "trainee-hidden"
            } else {
                "trainee-shown"
            };
            out.line(&out.tf(key, &[("name", person.name.as_str().into())]));
            true
        }
        TraineeCommand::Email { name, address } => {
            if let Some(address) = address
                && !address.contains('@')
            {
                return Err(
                    out.err(&out.tf("error-email", &[("address", address.as_str().into())]))
                );
            }
            let person = roster
                .set_email(name, address.as_deref())
                .map_err(|e| refused(out, e))?;
            out.line(&out.tf(
                "trainee-email",
                &[
                    ("name", person.name.as_str().into()),
                    ("address", person.email.clone().unwrap_or_default().into()),
                ],
            ));
            true
        }
        TraineeCommand::Delete { name, yes } => {
            let person = find(out, &roster, name)?;
            let theirs = sessions(&roster, &person.id);
            let question = out.tf(
                "trainee-confirm-delete",
                &[
                    ("name", person.name.as_str().into()),
                    ("count", theirs.len().into()),
                ],
            );
            confirm(out, &question, &person.name, *yes)?;
            // The sessions first: should one fail, the trainee stays on the roster and
            // the command can be run again.
            for &k in &theirs {
                let path = &loaded.paths[k];
                std::fs::remove_file(path).map_err(|e| {
                    out.err(&out.tf(
                        "error-delete",
                        &[
                            ("file", path.display().to_string().into()),
                            ("reason", e.to_string().into()),
                        ],
                    ))
                })?;
            }
            roster.remove(name).map_err(|e| refused(out, e))?;
            out.line(&out.tf(
                "trainee-deleted",
                &[
                    ("name", person.name.as_str().into()),
                    ("count", theirs.len().into()),
                ],
            ));
            true
        }
    };
    if changed || roster != before {
        roster
            .write(&store)
            .map_err(|reason| out.err(&out.tf("error-roster", &[("reason", reason.into())])))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn list(out: &mut Out, roster: &Roster, json: bool, sessions: impl Fn(&str) -> usize) {
    if json {
        let people: Vec<serde_json::Value> = roster
            .trainees
            .iter()
            .map(|p| {
                let mut value = serde_json::to_value(p).unwrap_or_default();
                value["sessions"] = sessions(&p.id).into();
                value
            })
            .collect();
        out.line(&serde_json::to_string_pretty(&people).unwrap_or_default());
        return;
    }
    for p in &roster.trainees {
        let mut line = out.tf(
            "trainee-line",
            &[
                ("id", p.id.as_str().into()),
                ("name", p.name.as_str().into()),
                ("sessions", sessions(&p.id).into()),
            ],
        );
        if p.hidden {
            line.push_str(&format!(" · {}", out.t("trainee-is-hidden")));
        }
        if let Some(email) = &p.email {
            line.push_str(&format!(" · {email}"));
        }
        let names: Vec<&String> = p.also.iter().filter(|a| !a.starts_with("t-")).collect();
        if !names.is_empty() {
            let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
            line.push_str(&format!(
                " · {}",
                out.tf("trainee-also", &[("names", names.join(", ").into())])
            ));
        }
        out.line(&line);
    }
}

fn find(
    out: &mut Out,
    roster: &Roster,
    name: &str,
) -> Result<defuse_core::roster::Person, Reported> {
    match roster.find(name) {
        Some(p) => Ok(p.clone()),
        None => Err(refused(
            out,
            RosterError::NoSuchTrainee {
                given: name.to_owned(),
                nearest: roster.nearest(name).map(|p| p.name.clone()),
            },
        )),
    }
}

fn refused(out: &mut Out, error: RosterError) -> Reported {
    let message = match error {
        RosterError::NoSuchTrainee { given, nearest } => {
            let mut m = out.tf("error-no-trainee", &[("given", given.into())]);
            if let Some(nearest) = nearest {
                m.push(' ');
                m.push_str(&out.tf("error-did-you-mean", &[("nearest", nearest.into())]));
            }
            m
        }
        RosterError::NameTaken(name) => out.tf("error-name-taken", &[("name", name.into())]),
        RosterError::SamePerson(name) => out.tf("error-same-trainee", &[("name", name.into())]),
        RosterError::EmptyName => out.t("error-trainee-empty"),
    };
    out.err(&message)
}

/// Asks before a change that cannot be undone: the manager types the name shown. Without a
/// terminal, only `--yes` goes ahead.
fn confirm(out: &mut Out, question: &str, name: &str, yes: bool) -> Result<(), Reported> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(out.err(&out.tf("error-confirm-yes", &[("question", question.into())])));
    }
    let _ = write!(
        out.stdout,
        "{question} {} ",
        out.tf("trainee-type-name", &[("name", name.into())])
    );
    let _ = out.stdout.flush();
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    if defuse_core::report::same_name(&answer, name) {
        Ok(())
    } else {
        Err(out.err(&out.t("trainee-not-confirmed")))
    }
}
