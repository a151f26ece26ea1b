//! Every check a scenario must pass before it is played, reported all at once.

use crate::catalogue::Catalogue;
use crate::i18n::tr;
use crate::locate::{Locator, Path};
use crate::model::*;
use crate::problem::{Problem, SourceFile};
use std::collections::HashMap;
use std::sync::Arc;

mod header;
mod nodes;
mod playtests;
mod report;
mod shape;
mod wordings;

pub use header::validate_principles;
use nodes::{check_neutral, suggestion};
use report::Report;
use shape::check_shape;
pub use wordings::{WordingAt, check_wordings, each_wording_typed};

/// Checks one scenario against itself and the shared catalogue.
pub fn validate(
    source: &Arc<SourceFile>,
    scenario: &Scenario,
    catalogue: &Catalogue,
) -> Vec<Problem> {
    let locator = Locator::new(&source.text);
    let mut r = Report::new(source, &locator);
    let root = Path::root();

    header::check_header(&mut r, source, scenario, catalogue);

    // Ids, and where each was first defined.
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (n, node) in scenario.nodes.iter().enumerate() {
        let path = Path::node(n).field("id");
        r.id(&path, node.id(), "what-node-id");
        if let Some(&first) = index.get(node.id()) {
            let first_span = r.span(&Path::node(first).field("id"));
            let p = r.error(
                &path,
                tr("problem-duplicate-node", &[("id", node.id().into())]),
                &tr("label-used-again", &[]),
            );
            p.also.push(crate::problem::Note {
                span: first_span,
                label: tr("label-first-used", &[]),
            });
            Report::help(p, tr("help-duplicate-node", &[]));
        } else {
            index.insert(node.id(), n);
        }
    }

    if scenario.nodes.is_empty() {
        r.error(
            &root.field("nodes"),
            tr("problem-no-nodes", &[]),
            &tr("label-empty", &[]),
        );
    }
    let start = index.get(scenario.start.as_str()).copied();
    if start.is_none() {
        let p = r.error(
            &root.field("start"),
            tr(
                "problem-no-start",
                &[("id", scenario.start.as_str().into())],
            ),
            &tr("label-no-such-node", &[]),
        );
        Report::help(p, suggestion(&scenario.start, &index));
    }

    let principle_known = |id: &str| {
        catalogue.unreadable
            || scenario.principles.iter().any(|p| p.id == id)
            || catalogue.get(id).is_some()
    };

    for (n, node) in scenario.nodes.iter().enumerate() {
        nodes::check_node(&mut r, scenario, n, node, &index, &principle_known);
    }

    match &scenario.neutral {
        Some(neutral) => check_neutral(&mut r, &root.field("neutral"), neutral, &index),
        // Any decision can be answered in the trainee's own words.
        None if !scenario.nodes.iter().any(|n| {
            matches!(
                n,
                Node::Turn { typed: true, .. }
                    | Node::Turn {
                        neutral: Some(_),
                        ..
                    }
            )
        }) =>
        {
            let p = r.warning(
                &root.field("id"),
                tr("problem-no-neutral", &[("id", scenario.id.as_str().into())]),
                &tr("label-no-neutral", &[]),
            );
            Report::help(p, tr("help-no-neutral", &[]));
        }
        None => {}
    }
    check_walk_out(&mut r, scenario, &index);
    if let Some(start) = start {
        check_shape(&mut r, scenario, &index, start);
    }
    for lint in crate::lint::lint(scenario) {
        let path = match lint.place {
            crate::lint::Place::Reply { node, reply } => {
                Path::node(node).field("replies").index(reply).field("text")
            }
            crate::lint::Place::Node(node) => Path::node(node).field("id"),
        };
        let p = r.warning(&path, lint.message, &lint.label);
        Report::help(p, lint.help);
    }
    // Playtests need a story that plays, so only a scenario without errors runs them.
    if !r.problems.iter().any(Problem::is_error) && !scenario.playtests.is_empty() {
        let story = std::sync::Arc::new(crate::story::Story::new(
            scenario.clone(),
            source.clone(),
            catalogue,
        ));
        playtests::check(&mut r, &story, &index);
    }
    // In file order, as a compiler reports them.
    r.problems
        .sort_by_key(|p| p.at.as_ref().map_or(0, |at| at.span.start));
    r.problems
}

/// Problems across a whole folder: two files claiming the same scenario id.
pub fn duplicate_ids<'a>(
    scenarios: impl IntoIterator<Item = (&'a Arc<SourceFile>, &'a Scenario)>,
) -> Vec<Problem> {
    let mut seen: HashMap<&str, &Arc<SourceFile>> = HashMap::new();
    let mut problems = Vec::new();
    for (source, scenario) in scenarios {
        if let Some(first) = seen.get(scenario.id.as_str()) {
            let span = Locator::new(&source.text)
                .span(&Path::root().field("id"))
                .unwrap_or(0..0);
            problems.push(
                Problem::error(
                    source,
                    span,
                    tr(
                        "problem-duplicate-scenario",
                        &[("id", scenario.id.as_str().into())],
                    ),
                    tr("label-used-again", &[]),
                )
                .with_help(tr(
                    "help-duplicate-scenario",
                    &[("file", first.name().into())],
                )),
            );
        } else {
            seen.insert(&scenario.id, source);
        }
    }
    problems
}

/// The ending the customer walks out to: one that exists, is an ending and fails the run;
/// without one, a customer out of patience has nowhere to go.
fn check_walk_out(r: &mut Report, scenario: &Scenario, index: &HashMap<&str, usize>) {
    let root = Path::root();
    if scenario.patience == Some(0) {
        let p = r.error(
            &root.field("patience"),
            tr("problem-no-patience", &[]),
            &tr("label-no-patience", &[]),
        );
        Report::help(p, tr("help-patience", &[]));
    }
    match &scenario.walk_out {
        Some(id) => match index.get(id.as_str()).map(|&n| &scenario.nodes[n]) {
            None => {
                let p = r.error(
                    &root.field("walk_out"),
                    tr("problem-unknown-target", &[("id", id.as_str().into())]),
                    &tr("label-leads-nowhere", &[]),
                );
                Report::help(p, suggestion(id, index));
            }
            Some(Node::Ending { fails: true, .. }) => {}
            Some(_) => {
                let p = r.error(
                    &root.field("walk_out"),
                    tr(
                        "problem-walk-out-not-failing",
                        &[("id", id.as_str().into())],
                    ),
                    &tr("label-walk-out", &[]),
                );
                Report::help(p, tr("help-walk-out", &[]));
            }
        },
        None if crate::story::walk_out_of(scenario).is_none() => {
            let p = r.warning(
                &root.field("id"),
                tr(
                    "problem-no-walk-out",
                    &[("id", scenario.id.as_str().into())],
                ),
                &tr("label-walk-out", &[]),
            );
            Report::help(p, tr("help-walk-out", &[]));
        }
        None => {}
    }
}
