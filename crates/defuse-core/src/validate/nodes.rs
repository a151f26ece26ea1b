//! The checks of each node: its words, its replies' scores, kinds and targets, its
//! neutral reaction; and the nearest id for a reference that names none.

use super::report::Report;
use crate::i18n::tr;
use crate::locate::Path;
use crate::model::*;
use std::collections::HashMap;

/// Checks node `n` of `scenario`: `index` maps node ids to their place, `principle_known`
/// says whether a principle id can be found.
pub(super) fn check_node(
    r: &mut Report,
    scenario: &Scenario,
    n: usize,
    node: &Node,
    index: &HashMap<&str, usize>,
    principle_known: &dyn Fn(&str) -> bool,
) {
    let at = Path::node(n);
    match node {
        Node::Turn {
            says,
            hint,
            replies,
            typed,
            neutral,
            ..
        } => {
            check_says(r, &at, says, true);
            if let Some(hint) = hint {
                r.text(&at.field("hint"), hint, "what-hint");
            }
            if let Some(neutral) = neutral {
                check_neutral(r, &at.field("neutral"), neutral, index);
            }
            if *typed && neutral.is_none() && scenario.neutral.is_none() {
                let p = r.error(
                    &at.field("typed"),
                    tr("problem-typed-no-neutral", &[("id", node.id().into())]),
                    &tr("label-typed-no-neutral", &[]),
                );
                Report::help(p, tr("help-no-neutral", &[]));
            }
            if replies.len() < 2 {
                let p = r.error(
                    &at.field("replies"),
                    tr(
                        "problem-few-replies",
                        &[("id", node.id().into()), ("count", replies.len().into())],
                    ),
                    &tr("label-few-replies", &[]),
                );
                Report::help(p, tr("help-few-replies", &[]));
            }
            for (k, reply) in replies.iter().enumerate() {
                let rp = at.field("replies").index(k);
                r.text(&rp.field("text"), &reply.text, "what-reply-text");
                for (j, wording) in reply.wordings.iter().enumerate() {
                    r.text(&rp.field("wordings").index(j), wording, "what-wording");
                }
                r.text(&rp.field("feedback"), &reply.feedback, "what-feedback");
                for c in Criterion::ALL {
                    r.range(
                        &rp.field("scores").field(c.field()),
                        reply.scores.get(c),
                        SCORE_MIN,
                        SCORE_MAX,
                        tr(
                            "what-score",
                            &[("criterion", tr(criterion_id(c), &[]).into())],
                        ),
                    );
                }
                r.range(
                    &rp.field("mood"),
                    reply.mood,
                    MOOD_CHANGE_MIN,
                    MOOD_CHANGE_MAX,
                    tr("what-mood-change", &[]),
                );
                check_target(r, &rp.field("next"), &reply.next, index);
                if let Some(kind) = &reply.kind
                    && crate::kinds::find(kind).is_none()
                {
                    let p = r.error(
                        &rp.field("kind"),
                        tr("problem-unknown-kind", &[("id", kind.as_str().into())]),
                        &tr("label-unknown-kind", &[]),
                    );
                    let ids: Vec<&str> = crate::kinds::KINDS.iter().map(|k| k.id).collect();
                    Report::help(p, tr("help-kinds-are", &[("ids", ids.join(", ").into())]));
                }
                if let Some(principle) = &reply.principle
                    && !principle_known(principle)
                {
                    let p = r.error(
                        &rp.field("principle"),
                        tr(
                            "problem-unknown-principle",
                            &[("id", principle.as_str().into())],
                        ),
                        &tr("label-unknown-principle", &[]),
                    );
                    Report::help(
                        p,
                        tr(
                            "help-unknown-principle",
                            &[("file", crate::catalogue::PRINCIPLES_FILE.into())],
                        ),
                    );
                }
            }
            if replies.len() >= 2 && replies.iter().all(|x| x.scores == replies[0].scores) {
                let p = r.warning(
                    &at.field("replies"),
                    tr("problem-same-scores", &[("id", node.id().into())]),
                    &tr("label-same-scores", &[]),
                );
                Report::help(p, tr("help-same-scores", &[]));
            }
        }
        Node::Branch {
            routes, otherwise, ..
        } => {
            for (k, route) in routes.iter().enumerate() {
                let rp = at.field("routes").index(k);
                r.range(
                    &rp.field("when"),
                    route.when.limit(),
                    MOOD_MIN,
                    MOOD_MAX,
                    tr("what-mood-limit", &[]),
                );
                check_target(r, &rp.field("goto"), &route.goto, index);
            }
            check_target(r, &at.field("otherwise"), otherwise, index);
            if routes.is_empty() {
                let p = r.warning(
                    &at.field("routes"),
                    tr("problem-no-routes", &[("id", node.id().into())]),
                    &tr("label-no-routes", &[]),
                );
                Report::help(p, tr("help-no-routes", &[]));
            }
        }
        Node::Ending { says, summary, .. } => {
            check_says(r, &at, says, false);
            r.text(&at.field("summary"), summary, "what-summary");
        }
    }
}

/// A neutral reaction: words to say, a mood change in range, and a place to go that exists.
pub(super) fn check_neutral(
    r: &mut Report,
    at: &Path,
    neutral: &Neutral,
    index: &HashMap<&str, usize>,
) {
    check_says(r, at, &neutral.says, true);
    r.range(
        &at.field("mood"),
        neutral.mood,
        MOOD_CHANGE_MIN,
        MOOD_CHANGE_MAX,
        tr("what-mood-change", &[]),
    );
    if let Some(next) = &neutral.next {
        check_target(r, &at.field("next"), next, index);
    }
}

fn check_says(r: &mut Report, at: &Path, says: &[String], required: bool) {
    if required && says.is_empty() {
        let p = r.error(
            &at.field("says"),
            tr("problem-says-nothing", &[]),
            &tr("label-no-words", &[]),
        );
        Report::help(p, tr("help-says-nothing", &[]));
    }
    for (k, line) in says.iter().enumerate() {
        r.text(&at.field("says").index(k), line, "what-line");
    }
}

fn check_target(r: &mut Report, path: &Path, target: &str, index: &HashMap<&str, usize>) {
    if !index.contains_key(target) {
        let p = r.error(
            path,
            tr("problem-unknown-target", &[("id", target.into())]),
            &tr("label-leads-nowhere", &[]),
        );
        Report::help(p, suggestion(target, index));
    }
}

/// Names the nearest existing id, to catch typos.
pub(super) fn suggestion(target: &str, index: &HashMap<&str, usize>) -> String {
    let nearest = index
        .keys()
        .map(|id| (edit_distance(target, id), *id))
        .min();
    match nearest {
        Some((d, id)) if d <= 3.max(target.len() / 3) => {
            tr("help-did-you-mean", &[("id", (*id).into())])
        }
        _ => {
            let mut ids: Vec<&str> = index.keys().copied().collect();
            ids.sort();
            tr("help-nodes-are", &[("ids", ids.join(", ").into())])
        }
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The message id of a criterion's name.
fn criterion_id(c: Criterion) -> &'static str {
    match c {
        Criterion::Listening => "criterion-listening",
        Criterion::Empathy => "criterion-empathy",
        Criterion::Ownership => "criterion-ownership",
        Criterion::CalmTone => "criterion-calm-tone",
    }
}
