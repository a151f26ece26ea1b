//! Every translatable text of a scenario under a stable Fluent message id, and a
//! scenario's texts replaced by a translation.
//!
//! Ids come from the scenario's own ids: `title`, `brief`, `customer-name`,
//! `customer-trait-2`, `opening-says-1`, `opening-hint`, `opening-reply-2`,
//! `opening-reply-2-feedback`, `neutral-says-1` (the scenario's neutral reaction),
//! `opening-neutral-says-1` (a decision's own), `walkout-summary`, `gave-in-outcome` (an outcome of the
//! scenario's own), `principle-own-the-case-title`.

use crate::model::{Node, Principle, Scenario};
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

/// One translatable text: its message id and the words in the scenario's own language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The Fluent message id, built from the scenario's own ids (e.g. `opening-reply-2`).
    pub id: String,
    /// The text as written in the scenario, in its own language.
    pub source: String,
}

/// Calls `f` with the id and a mutable reference to every translatable text, in file
/// order.
pub fn visit(scenario: &mut Scenario, mut f: impl FnMut(String, &mut String)) {
    f("title".into(), &mut scenario.title);
    f("brief".into(), &mut scenario.brief);
    f("customer-name".into(), &mut scenario.customer.name);
    for (k, t) in scenario.customer.traits.iter_mut().enumerate() {
        f(format!("customer-trait-{}", k + 1), t);
    }
    if let Some(neutral) = &mut scenario.neutral {
        for (k, line) in neutral.says.iter_mut().enumerate() {
            f(format!("neutral-says-{}", k + 1), line);
        }
    }
    visit_principles(&mut scenario.principles, &mut f);
    for node in &mut scenario.nodes {
        match node {
            Node::Turn {
                id,
                says,
                hint,
                neutral,
                replies,
                ..
            } => {
                for (k, line) in says.iter_mut().enumerate() {
                    f(format!("{id}-says-{}", k + 1), line);
                }
                if let Some(hint) = hint {
                    f(format!("{id}-hint"), hint);
                }
                if let Some(neutral) = neutral {
                    for (k, line) in neutral.says.iter_mut().enumerate() {
                        f(format!("{id}-neutral-says-{}", k + 1), line);
                    }
                }
                for (k, reply) in replies.iter_mut().enumerate() {
                    f(format!("{id}-reply-{}", k + 1), &mut reply.text);
                    for (j, wording) in reply.wordings.iter_mut().enumerate() {
                        f(format!("{id}-reply-{}-wording-{}", k + 1, j + 1), wording);
                    }
                    f(
                        format!("{id}-reply-{}-feedback", k + 1),
                        &mut reply.feedback,
                    );
                }
            }
            Node::Branch { .. } => {}
            Node::Ending {
                id,
                says,
                summary,
                outcome,
                ..
            } => {
                // A scenario's own kind of outcome is its words to translate.
                if let crate::model::Outcome::Other(name) = outcome {
                    f(format!("{id}-outcome"), name);
                }
                for (k, line) in says.iter_mut().enumerate() {
                    f(format!("{id}-says-{}", k + 1), line);
                }
                f(format!("{id}-summary"), summary);
            }
        }
    }
}

/// The same for a list of coaching principles.
pub fn visit_principles(principles: &mut [Principle], f: &mut impl FnMut(String, &mut String)) {
    for p in principles {
        f(format!("principle-{}-title", p.id), &mut p.title);
        f(format!("principle-{}-text", p.id), &mut p.text);
    }
}

/// Every translatable text of a scenario, in file order.
pub fn texts(scenario: &Scenario) -> Vec<Text> {
    let mut copy = scenario.clone();
    let mut out = Vec::new();
    visit(&mut copy, |id, text| {
        out.push(Text {
            id,
            source: text.clone(),
        })
    });
    out
}

/// Every translatable text of a principles catalogue.
pub fn principle_texts(principles: &[Principle]) -> Vec<Text> {
    let mut copy = principles.to_vec();
    let mut out = Vec::new();
    visit_principles(&mut copy, &mut |id, text: &mut String| {
        out.push(Text {
            id,
            source: text.clone(),
        })
    });
    out
}

/// A Fluent file's messages, ready to replace texts. Scenario texts have no variables,
/// so Unicode isolation marks are not needed and would only add invisible characters.
pub struct Translation {
    bundle: FluentBundle<FluentResource>,
}

impl Translation {
    /// Loads the messages of Fluent file text `ftl` for `lang`; a file with syntax errors
    /// still gives the messages that parse.
    pub fn new(lang: &unic_langid::LanguageIdentifier, ftl: &str) -> Translation {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(resource);
        Translation { bundle }
    }

    fn get(&self, id: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, None, &mut errors);
        (errors.is_empty() && !text.trim().is_empty()).then(|| text.into_owned())
    }
}

/// Replaces every text that the translation has; the rest stay in the scenario's own
/// language. Returns the ids that had no translation.
pub fn translate(scenario: &mut Scenario, translation: &Translation) -> Vec<String> {
    let mut missing = Vec::new();
    visit(scenario, |id, text| match translation.get(&id) {
        Some(translated) => *text = translated,
        None => missing.push(id),
    });
    missing
}

/// The same for the shared principles.
pub fn translate_principles(
    principles: &mut [Principle],
    translation: &Translation,
) -> Vec<String> {
    let mut missing = Vec::new();
    visit_principles(
        principles,
        &mut |id, text: &mut String| match translation.get(&id) {
            Some(translated) => *text = translated,
            None => missing.push(id),
        },
    );
    missing
}
