//! The interface language: switched at once in the running app, and right-to-left
//! layout for Hebrew.

use crate::app::Library;
use bevy::prelude::*;
use defuse_core::i18n::Texts;
use unic_langid::LanguageIdentifier;

/// The words of the interface in the chosen language.
#[derive(Resource, Debug)]
pub struct Language {
    pub texts: Texts,
}

impl Language {
    pub fn new(lang: &LanguageIdentifier) -> Language {
        Language {
            texts: crate::bundled::texts(lang, "window.ftl").for_window(),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.texts.get(id)
    }

    pub fn is_rtl(&self) -> bool {
        self.texts.is_rtl()
    }

    pub fn direction(&self) -> InlineDirection {
        if self.is_rtl() {
            InlineDirection::Rtl
        } else {
            InlineDirection::Ltr
        }
    }
}

/// A node drawn the same way in every language (the parts of the customer's face:
/// mirroring would swap the brows and turn an angry face into a worried one).
#[derive(Component, Debug, Clone, Copy)]
pub struct KeepLeftToRight;

/// Asks for another interface language.
#[derive(Message, Debug, Clone)]
pub struct SwitchLanguage(pub LanguageIdentifier);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<SwitchLanguage>();
    app.add_systems(PreUpdate, switch_language);
    app.add_systems(PostUpdate, lay_out_in_reading_direction);
}

fn switch_language(
    mut requests: MessageReader<SwitchLanguage>,
    mut language: ResMut<Language>,
    mut library: ResMut<Library>,
) {
    let Some(SwitchLanguage(lang)) = requests.read().last() else {
        return;
    };
    if language.texts.lang() == lang {
        return;
    }
    *language = Language::new(lang);
    library.localize(language.texts.lang());
}

/// Right-to-left languages mirror every row and column start. Layout direction is not
/// inherited between UI nodes, so every node gets it; only nodes that differ are touched,
/// so an unchanged frame changes nothing.
fn lay_out_in_reading_direction(
    language: Res<Language>,
    mut nodes: Query<&mut Node, Without<KeepLeftToRight>>,
) {
    let direction = language.direction();
    for mut node in &mut nodes {
        if node.direction != direction {
            node.direction = direction;
        }
    }
}
