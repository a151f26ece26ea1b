//! Playtests, run as part of validation: each that does not hold is an error at its place
//! in the file, with the path the run took instead.

use super::{Report, suggestion};
use crate::i18n::tr;
use crate::locate::Path;
use crate::story::Story;
use std::collections::HashMap;
use std::sync::Arc;

/// Plays every playtest and reports each that does not hold, at its place in the file.
pub(super) fn check(r: &mut Report, story: &Arc<Story>, index: &HashMap<&str, usize>) {
    use crate::playtest::Failure;
    let endings = crate::playtest::ending_ids(story);
    for (i, test) in story.scenario.playtests.iter().enumerate() {
        let at = Path::root().field("playtests").index(i);
        let name = test.name.as_str();
        r.text(&at.field("name"), name, "what-playtest-name");
        if let Some(expected) = &test.ending
            && !endings.contains(&expected.as_str())
        {
            let p = r.error(
                &at.field("ending"),
                tr(
                    "problem-playtest-unknown-ending",
                    &[("name", name.into()), ("id", expected.as_str().into())],
                ),
                &tr("label-playtest", &[]),
            );
            Report::help(p, suggestion(expected, index));
            continue;
        }
        let Err(failure) = crate::playtest::run(story, test) else {
            continue;
        };
        let (field, message, run) = match failure {
            Failure::NoSuchReply {
                decision,
                number,
                available,
            } => (
                "replies",
                tr(
                    "problem-playtest-no-reply",
                    &[
                        ("name", name.into()),
                        ("decision", decision.into()),
                        ("number", number.into()),
                        ("available", available.into()),
                    ],
                ),
                None,
            ),
            Failure::RanOut { at, run } => (
                "replies",
                tr(
                    "problem-playtest-ran-out",
                    &[("name", name.into()), ("at", at.into())],
                ),
                Some(run),
            ),
            Failure::LeftOver { count, run } => (
                "replies",
                tr(
                    "problem-playtest-left-over",
                    &[
                        ("name", name.into()),
                        ("count", count.into()),
                        ("ending", run.ending.clone().unwrap_or_default().into()),
                    ],
                ),
                Some(run),
            ),
            Failure::OtherEnding { expected, run } => (
                "ending",
                tr(
                    "problem-playtest-ending",
                    &[
                        ("name", name.into()),
                        ("ending", run.ending.clone().unwrap_or_default().into()),
                        ("expected", expected.into()),
                    ],
                ),
                Some(run),
            ),
            Failure::Verdict { expected, run } => (
                "passes",
                tr(
                    "problem-playtest-verdict",
                    &[
                        ("name", name.into()),
                        ("passed", run.passed.to_string().into()),
                        ("overall", run.overall.into()),
                        ("expected", expected.to_string().into()),
                    ],
                ),
                Some(run),
            ),
        };
        let p = r.error(&at.field(field), message, &tr("label-playtest", &[]));
        if let Some(run) = run {
            let mut path = run.decisions.join(" → ");
            if let Some(ending) = &run.ending {
                path.push_str(&format!(" → {ending}"));
            }
            Report::help(p, tr("help-playtest-path", &[("path", path.into())]));
        }
    }
}
