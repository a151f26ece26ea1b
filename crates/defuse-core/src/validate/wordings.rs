//! A reply's other wordings must say its own move: typed, a wording that reads as another
//! reply of the decision would send trainees down that reply's branch.

use super::report::Report;
use crate::i18n::tr;
use crate::locate::{Locator, Path};
use crate::model::{Node, Scenario, conceding, wordings};
use crate::problem::{Problem, SourceFile};
use crate::rubric::{Context, Match, Rubric};
use std::sync::Arc;

/// Every wording of `scenario` (in its own language, matched by `rubric`) that, typed at its
/// decision without it, is taken as another reply: a warning at the wording.
pub fn check_wordings(
    source: &Arc<SourceFile>,
    scenario: &Scenario,
    rubric: &Rubric,
) -> Vec<Problem> {
    let locator = Locator::new(&source.text);
    let mut r = Report::new(source, &locator);
    each_wording_typed(scenario, rubric, |at, taken| {
        let Some(t) = taken.reply.filter(|&t| t != at.reply) else {
            return;
        };
        let (k, j) = (at.reply, at.wording);
        let path = Path::node(at.node)
            .field("replies")
            .index(k)
            .field("wordings")
            .index(j);
        let p = r.warning(
            &path,
            tr(
                "problem-wording-reads-as-another",
                &[
                    ("id", at.id.into()),
                    ("wording", (j + 1).into()),
                    ("reply", (k + 1).into()),
                    ("other", (t + 1).into()),
                    ("closeness", taken.closeness[t].into()),
                ],
            ),
            &tr(
                "label-wording-reads-as-another",
                &[("other", (t + 1).into())],
            ),
        );
        Report::help(
            p,
            tr(
                "help-wording-reads-as-another",
                &[("other", (t + 1).into())],
            ),
        );
    });
    r.problems
}

/// Where a wording stands, all indices 0-based.
pub struct WordingAt<'a> {
    /// The decision's index among the scenario's nodes.
    pub node: usize,
    /// The decision's id.
    pub id: &'a str,
    /// The reply's index at the decision.
    pub reply: usize,
    /// The wording's index among the reply's other wordings.
    pub wording: usize,
}

/// Types every other wording of every reply of `scenario` at its decision, with that
/// wording left out, and tells `visit` what the matching took it as.
pub fn each_wording_typed(
    scenario: &Scenario,
    rubric: &Rubric,
    mut visit: impl FnMut(WordingAt, Match),
) {
    for (n, node) in scenario.nodes.iter().enumerate() {
        let Node::Turn {
            id, says, replies, ..
        } = node
        else {
            continue;
        };
        let context = Context {
            customer_line: says.first().cloned().unwrap_or_default(),
            customer_name: scenario.customer.name.clone(),
            conceding: conceding(replies),
            ..Context::default()
        };
        for (k, reply) in replies.iter().enumerate() {
            for (j, wording) in reply.wordings.iter().enumerate() {
                let mut others = wordings(replies);
                others[k].remove(j + 1);
                let taken = rubric.closest_among(wording, &others, &context);
                let at = WordingAt {
                    node: n,
                    id,
                    reply: k,
                    wording: j,
                };
                visit(at, taken);
            }
        }
    }
}
