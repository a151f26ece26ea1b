//! The manager's door on the command line: `report` and `trainee` read or change other
//! people's results, so they ask for the manager passphrase (set on first use). A script
//! gives it in `DEFUSE_MANAGER_PASSPHRASE`; a person types it, unseen.

use super::{Out, Reported};
use defuse_core::passphrase::{Door, MIN_LENGTH, PassphraseError};
use defuse_core::store::Store;
use std::io::IsTerminal;

/// The environment variable a script gives the passphrase in.
pub const ENV: &str = "DEFUSE_MANAGER_PASSPHRASE";

/// Opens the door, or says why not. The first time, the passphrase given becomes the
/// manager's.
pub fn open(out: &mut Out, store: &Store) -> Result<(), Reported> {
    let mut door = Door::read(store).map_err(|e| refused(out, e))?;
    let given = std::env::var(ENV).ok().filter(|p| !p.is_empty());
    let terminal = std::io::stdin().is_terminal();
    if !door.is_set() {
        let new = match given {
            Some(p) => p,
            None if terminal => {
                out.err(&out.tf("passphrase-first-use", &[("length", MIN_LENGTH.into())]));
                let first = ask(out, "passphrase-new")?;
                let again = ask(out, "passphrase-again")?;
                if first != again {
                    return Err(out.err(&out.t("error-passphrase-mismatch")));
                }
                first
            }
            None => {
                return Err(out.err(&out.tf("error-passphrase-not-set", &[("env", ENV.into())])));
            }
        };
        door.set(&new).map_err(|e| refused(out, e))?;
        out.err(&out.t("passphrase-set"));
        return Ok(());
    }
    let passphrase = match given {
        Some(p) => p,
        None if terminal => ask(out, "passphrase-prompt")?,
        None => return Err(out.err(&out.tf("error-passphrase-needed", &[("env", ENV.into())]))),
    };
    door.check(&passphrase).map_err(|e| refused(out, e))
}

fn ask(out: &mut Out, label: &str) -> Result<String, Reported> {
    rpassword::prompt_password(format!("{} ", out.t(label))).map_err(|e| {
        out.err(&out.tf(
            "error-cannot-read-reply",
            &[("reason", e.to_string().into())],
        ))
    })
}

fn refused(out: &mut Out, error: PassphraseError) -> Reported {
    match error {
        PassphraseError::TooShort => {
            out.err(&out.tf("error-passphrase-short", &[("length", MIN_LENGTH.into())]))
        }
        PassphraseError::Wrong => out.err(&out.t("error-passphrase-wrong")),
        PassphraseError::File(reason) => out.err(&format!("error: {reason}")),
    }
}
