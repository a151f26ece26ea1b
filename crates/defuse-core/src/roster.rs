//! Who is who: each trainee once, with a stable id, a display name, the other names
//! they were typed as (or merged from), an optional e-mail for the learning record store,
//! and whether the manager hid them. Kept as `roster.json` in the data folder beside the
//! scorecards, written crash-safely.
//!
//! Scorecards keep the name as typed and, from this version, the trainee's id; the roster
//! decides whom a card belongs to, so a rename or a merge never rewrites a scorecard, and
//! "marcus johnson", "Marcus  Johnson" and "Marcus Johnson" are one person everywhere.

use crate::report::{name_key, tidy_name};
use crate::scorecard::Scorecard;
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The roster's file name in the data folder.
pub const FILE: &str = "roster.json";

/// Everyone who has trained, in the order first seen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Roster {
    /// The trainees.
    #[serde(default)]
    pub trainees: Vec<Person>,
}

/// One trainee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Stable for ever: scorecards and xAPI statements name the trainee by it.
    pub id: String,
    /// The name shown everywhere.
    pub name: String,
    /// Other names typed for this person, and the ids of trainees merged into them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// Sent to the learning record store as the trainee's `mbox`, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Hidden from reports and the manager's review (a demo run, someone who left); their
    /// scorecards are kept.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

impl Person {
    /// Whether `name` (compared without regard to case or spaces) or `id` is this person.
    pub fn is(&self, name_or_id: &str) -> bool {
        let key = name_key(name_or_id);
        self.id == name_or_id.trim()
            || name_key(&self.name) == key
            || self
                .also
                .iter()
                .any(|a| a == name_or_id.trim() || name_key(a) == key)
    }
}

/// What a roster change did not do, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RosterError {
    /// No trainee has this name or id; the nearest name there is, if one is close.
    NoSuchTrainee {
        /// The name or id given.
        given: String,
        /// The nearest trainee's name.
        nearest: Option<String>,
    },
    /// Another trainee already has the name.
    NameTaken(String),
    /// A trainee cannot be merged into themselves.
    SamePerson(String),
    /// The new name has no letters.
    EmptyName,
}

impl Roster {
    /// The roster of `store`'s data folder: empty when there is none yet; a damaged file is
    /// an error naming it and the place, so that nothing is overwritten.
    pub fn read(store: &Store) -> Result<Roster, String> {
        let path = Roster::path(store);
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                format!(
                    "{}: not a readable roster (line {}, column {}): {e}",
                    path.display(),
                    e.line(),
                    e.column()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Roster::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    /// Writes the roster crash-safely.
    pub fn write(&self, store: &Store) -> Result<(), String> {
        let path = Roster::path(store);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let text = serde_json::to_string_pretty(self).expect("a roster always serialises");
        crate::store::write_atomically(&path, text.as_bytes())
    }

    /// Where the roster of `store` lives.
    pub fn path(store: &Store) -> PathBuf {
        store.root.join(FILE)
    }

    /// The person with this name (any they were typed as) or id.
    pub fn find(&self, name_or_id: &str) -> Option<&Person> {
        // An id or a current name first: an alias never shadows someone's own name.
        self.trainees
            .iter()
            .find(|p| p.id == name_or_id.trim() || name_key(&p.name) == name_key(name_or_id))
            .or_else(|| self.trainees.iter().find(|p| p.is(name_or_id)))
    }

    /// The trainee a scorecard belongs to: by its id (or an id merged into someone), else
    /// by the name typed.
    pub fn owner(&self, card: &Scorecard) -> Option<&Person> {
        self.owner_of(card.trainee_id.as_deref(), &card.trainee)
    }

    /// The same from a card's id (if it has one) and the name typed.
    pub fn owner_of(&self, id: Option<&str>, typed: &str) -> Option<&Person> {
        match id {
            Some(id) => self.trainees.iter().find(|p| p.id == id).or_else(|| {
                self.trainees
                    .iter()
                    .find(|p| p.also.iter().any(|a| a == id))
            }),
            None => self.find(typed),
        }
    }

    /// The ids of the hidden trainees, for a report's filter to leave out.
    pub fn hidden(&self) -> Vec<String> {
        self.trainees
            .iter()
            .filter(|p| p.hidden)
            .map(|p| p.id.clone())
            .collect()
    }

    /// The nearest trainee to a name that matches nobody, when one is close enough to be
    /// what was meant ("Did you mean Marcus Johnson?").
    pub fn nearest(&self, name: &str) -> Option<&Person> {
        let key = name_key(name);
        self.trainees
            .iter()
            .map(|p| (strsim::normalized_levenshtein(&key, &name_key(&p.name)), p))
            .filter(|(score, _)| *score >= 0.75)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, p)| p)
    }

    /// The id of the trainee called `name`, adding them when nobody is; `true` when added.
    pub fn enrol(&mut self, name: &str) -> (String, bool) {
        if let Some(p) = self.find(name) {
            return (p.id.clone(), false);
        }
        let id = format!("t-{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
        self.trainees.push(Person {
            id: id.clone(),
            name: tidy_name(name),
            also: Vec::new(),
            email: None,
            hidden: false,
        });
        (id, true)
    }

    fn index(&self, who: &str) -> Result<usize, RosterError> {
        let found = self.find(who).map(|p| p.id.clone());
        found
            .and_then(|id| self.trainees.iter().position(|p| p.id == id))
            .ok_or_else(|| RosterError::NoSuchTrainee {
                given: who.to_owned(),
                nearest: self.nearest(who).map(|p| p.name.clone()),
            })
    }

    /// Shows `who` as `name` from now on; the old name still finds them.
    pub fn rename(&mut self, who: &str, name: &str) -> Result<&Person, RosterError> {
        let k = self.index(who)?;
        let name = tidy_name(name);
        if !name.chars().any(char::is_alphanumeric) {
            return Err(RosterError::EmptyName);
        }
        if let Some(other) = self.find(&name)
            && other.id != self.trainees[k].id
        {
            return Err(RosterError::NameTaken(other.name.clone()));
        }
        let person = &mut self.trainees[k];
        let old = std::mem::replace(&mut person.name, name);
        if name_key(&old) != name_key(&person.name) && !person.also.contains(&old) {
            person.also.push(old);
        }
        Ok(&self.trainees[k])
    }

    /// Makes `from` part of `into`: their sessions, names and id count as `into`'s.
    pub fn merge(&mut self, from: &str, into: &str) -> Result<&Person, RosterError> {
        let (a, b) = (self.index(from)?, self.index(into)?);
        if a == b {
            return Err(RosterError::SamePerson(self.trainees[a].name.clone()));
        }
        let gone = self.trainees.remove(a);
        let b = if a < b { b - 1 } else { b };
        let person = &mut self.trainees[b];
        person.also.push(gone.id);
        person.also.push(gone.name);
        person.also.extend(gone.also);
        if person.email.is_none() {
            person.email = gone.email;
        }
        Ok(&self.trainees[b])
    }

    /// Hides `who` from reports and the manager's review, or shows them again.
    pub fn hide(&mut self, who: &str, hidden: bool) -> Result<&Person, RosterError> {
        let k = self.index(who)?;
        self.trainees[k].hidden = hidden;
        Ok(&self.trainees[k])
    }

    /// Sets or clears the e-mail the learning record store knows `who` by.
    pub fn set_email(&mut self, who: &str, email: Option<&str>) -> Result<&Person, RosterError> {
        let k = self.index(who)?;
        self.trainees[k].email = email.map(|e| e.trim().to_owned()).filter(|e| !e.is_empty());
        Ok(&self.trainees[k])
    }

    /// Takes `who` off the roster; their scorecards are the caller's to delete.
    pub fn remove(&mut self, who: &str) -> Result<Person, RosterError> {
        let k = self.index(who)?;
        Ok(self.trainees.remove(k))
    }

    /// Names each card by its owner as the roster has them: display name, id, and e-mail
    /// for the LRS. Cards of nobody on the roster (older data) keep the name typed.
    pub fn name_all(&self, cards: &mut [Scorecard]) {
        for card in cards {
            self.name(card);
        }
    }

    /// Names one card by its owner.
    pub fn name(&self, card: &mut Scorecard) {
        if let Some(p) = self.owner(card) {
            card.trainee.clone_from(&p.name);
            card.trainee_id = Some(p.id.clone());
            card.trainee_email.clone_from(&p.email);
        }
    }
}
