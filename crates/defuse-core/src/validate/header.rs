//! The checks of a scenario's header: its id, title, brief, customer and pass mark, and
//! its own principles (and those of the shared catalogue).

use super::report::Report;
use crate::catalogue::Catalogue;
use crate::i18n::tr;
use crate::locate::{Locator, Path};
use crate::model::*;
use crate::problem::{Problem, SourceFile};
use std::collections::HashMap;
use std::sync::Arc;

/// Checks everything above the nodes.
pub(super) fn check_header(
    r: &mut Report,
    source: &Arc<SourceFile>,
    scenario: &Scenario,
    catalogue: &Catalogue,
) {
    let root = Path::root();
    r.id(&root.field("id"), &scenario.id, "what-scenario-id");
    r.text(&root.field("title"), &scenario.title, "what-title");
    r.text(&root.field("brief"), &scenario.brief, "what-brief");
    r.text(
        &root.field("customer").field("name"),
        &scenario.customer.name,
        "what-customer-name",
    );
    r.range(
        &root.field("customer").field("mood"),
        scenario.customer.mood,
        MOOD_MIN,
        MOOD_MAX,
        tr("what-starting-mood", &[]),
    );
    r.range(
        &root.field("pass_mark"),
        scenario.pass_mark,
        0,
        100,
        tr("what-pass-mark", &[]),
    );
    for (i, t) in scenario.customer.traits.iter().enumerate() {
        r.text(
            &root.field("customer").field("traits").index(i),
            t,
            "what-trait",
        );
    }

    r.problems.extend(validate_principles(
        source,
        &scenario.principles,
        r.locator,
        &root.field("principles"),
    ));
    // A scenario's own principle with a shared one's id replaces it in this scenario only:
    // allowed, but easy to do by mistake.
    for (k, own) in scenario.principles.iter().enumerate() {
        if catalogue.get(&own.id).is_some() {
            let p = r.warning(
                &root.field("principles").index(k).field("id"),
                tr(
                    "problem-principle-shadows",
                    &[("id", own.id.as_str().into())],
                ),
                &tr("label-principle-shadows", &[]),
            );
            Report::help(
                p,
                tr(
                    "help-principle-shadows",
                    &[("file", crate::catalogue::PRINCIPLES_FILE.into())],
                ),
            );
        }
    }
}

/// Checks a list of principles (the catalogue's, or a scenario's own).
pub fn validate_principles(
    source: &Arc<SourceFile>,
    principles: &[Principle],
    locator: &Locator,
    at: &Path,
) -> Vec<Problem> {
    let mut r = Report::new(source, locator);
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (k, principle) in principles.iter().enumerate() {
        let path = at.index(k);
        r.id(&path.field("id"), &principle.id, "what-principle-id");
        r.text(
            &path.field("title"),
            &principle.title,
            "what-principle-title",
        );
        r.text(&path.field("text"), &principle.text, "what-principle-text");
        if let Some(&first) = seen.get(principle.id.as_str()) {
            let first_span = r.span(&at.index(first).field("id"));
            let p = r.error(
                &path.field("id"),
                tr(
                    "problem-duplicate-principle",
                    &[("id", principle.id.as_str().into())],
                ),
                &tr("label-used-again", &[]),
            );
            p.also.push(crate::problem::Note {
                span: first_span,
                label: tr("label-first-used", &[]),
            });
        } else {
            seen.insert(&principle.id, k);
        }
    }
    r.problems
}
