//! The manager's passphrase: the door to everyone's results. Set on first use and kept in
//! the data folder as an Argon2id hash (`manager.json`), so every machine pointed at a
//! shared folder asks for the same one. See `docs/threat-model.md` for what it does and
//! does not protect against: it is a door on a shared desktop, not a lock on a server.

use crate::store::Store;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The file in the data folder.
pub const FILE: &str = "manager.json";

/// The shortest passphrase accepted, in characters.
pub const MIN_LENGTH: usize = 8;

#[derive(Serialize, Deserialize)]
struct Stored {
    /// The PHC string: algorithm, parameters, salt and hash.
    passphrase: String,
}

/// Why a passphrase was not set or not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PassphraseError {
    /// Shorter than `MIN_LENGTH` characters.
    TooShort,
    /// Not the passphrase set.
    Wrong,
    /// The file cannot be read or written: the path and the reason.
    File(String),
}

/// The data folder's manager passphrase, as far as it is set.
pub struct Door {
    path: PathBuf,
    hash: Option<String>,
}

impl Door {
    /// The door of `store`'s data folder; a damaged file is an error naming it, never
    /// taken as "no passphrase yet".
    pub fn read(store: &Store) -> Result<Door, PassphraseError> {
        let path = store.root.join(FILE);
        let hash = match std::fs::read_to_string(&path) {
            Ok(text) => {
                let stored: Stored = serde_json::from_str(&text).map_err(|e| {
                    PassphraseError::File(format!("{}: not readable: {e}", path.display()))
                })?;
                PasswordHash::new(&stored.passphrase).map_err(|e| {
                    PassphraseError::File(format!("{}: not a passphrase hash: {e}", path.display()))
                })?;
                Some(stored.passphrase)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(PassphraseError::File(format!("{}: {e}", path.display()))),
        };
        Ok(Door { path, hash })
    }

    /// Whether a passphrase has been set.
    pub fn is_set(&self) -> bool {
        self.hash.is_some()
    }

    /// Sets the passphrase (the first use, or a change after `check`), stored hashed.
    pub fn set(&mut self, passphrase: &str) -> Result<(), PassphraseError> {
        if passphrase.chars().count() < MIN_LENGTH {
            return Err(PassphraseError::TooShort);
        }
        // 16 bytes from the system's random source (a v4 UUID is 122 random bits).
        let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
            .map_err(|e| PassphraseError::File(e.to_string()))?;
        let hash = Argon2::default()
            .hash_password(passphrase.as_bytes(), &salt)
            .map_err(|e| PassphraseError::File(e.to_string()))?
            .to_string();
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| PassphraseError::File(format!("{}: {e}", dir.display())))?;
        }
        let text = serde_json::to_string_pretty(&Stored {
            passphrase: hash.clone(),
        })
        .expect("a string always serialises");
        crate::store::write_atomically(&self.path, text.as_bytes())
            .map_err(PassphraseError::File)?;
        self.hash = Some(hash);
        Ok(())
    }

    /// Whether `passphrase` opens the door; with none set, nothing does.
    pub fn check(&self, passphrase: &str) -> Result<(), PassphraseError> {
        let Some(hash) = &self.hash else {
            return Err(PassphraseError::Wrong);
        };
        let parsed = PasswordHash::new(hash).map_err(|e| PassphraseError::File(e.to_string()))?;
        Argon2::default()
            .verify_password(passphrase.as_bytes(), &parsed)
            .map_err(|_| PassphraseError::Wrong)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_once_then_only_that_passphrase_opens() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let mut door = Door::read(&store).unwrap();
        assert!(!door.is_set());
        assert_eq!(door.check("anything at all"), Err(PassphraseError::Wrong));
        assert_eq!(door.set("short"), Err(PassphraseError::TooShort));
        door.set("correct horse battery").unwrap();
        let text = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert!(
            text.contains("$argon2id$") && !text.contains("correct horse"),
            "{text}"
        );
        let door = Door::read(&store).unwrap();
        assert!(door.is_set());
        assert_eq!(door.check("correct horse battery"), Ok(()));
        assert_eq!(
            door.check("correct horse batterY"),
            Err(PassphraseError::Wrong)
        );
        std::fs::write(dir.path().join(FILE), "{ broken").unwrap();
        assert!(matches!(Door::read(&store), Err(PassphraseError::File(m)) if m.contains(FILE)));
    }
}
