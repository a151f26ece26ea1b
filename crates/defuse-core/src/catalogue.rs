//! The coaching principles shared by every scenario in a folder (`principles.ron`).
//! Reading it is `Catalogue::read`, in `load`.

use crate::model::Principle;

/// The shared catalogue of coaching principles in a scenarios folder.
pub const PRINCIPLES_FILE: &str = "principles.ron";

/// The coaching principles shared by every scenario in a folder.
#[derive(Debug, Default, Clone)]
pub struct Catalogue {
    /// The shared principles, in the file's order.
    pub principles: Vec<Principle>,
    /// The catalogue file could not be read: its problems are reported on their own, and
    /// references to principles are not checked, rather than each shown as unknown.
    pub unreadable: bool,
}

impl Catalogue {
    /// Stands in for a catalogue whose file has errors.
    pub fn unreadable() -> Catalogue {
        Catalogue {
            principles: Vec::new(),
            unreadable: true,
        }
    }

    /// The shared principle with this id (a scenario's own principles are not here: see
    /// `Story::principle`).
    pub fn get(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }
}
