//! Problems collected as the checks go, each placed in the file.

use crate::i18n::{Arg, tr};
use crate::locate::{Locator, Path};
use crate::problem::{Problem, SourceFile};
use std::sync::Arc;

/// Collects problems, finding each one's place in the file.
pub(crate) struct Report<'a> {
    pub(crate) source: &'a Arc<SourceFile>,
    pub(crate) locator: &'a Locator,
    pub(crate) problems: Vec<Problem>,
}

impl<'a> Report<'a> {
    /// An empty report on `source`, placing problems with `locator` (made from its text).
    pub(crate) fn new(source: &'a Arc<SourceFile>, locator: &'a Locator) -> Report<'a> {
        Report {
            source,
            locator,
            problems: Vec::new(),
        }
    }

    pub(crate) fn span(&self, path: &Path) -> std::ops::Range<usize> {
        self.locator.span(path).unwrap_or(0..0)
    }

    pub(crate) fn error(&mut self, path: &Path, message: String, label: &str) -> &mut Problem {
        let span = self.span(path);
        self.problems
            .push(Problem::error(self.source, span, message, label));
        self.problems.last_mut().expect("just pushed")
    }

    pub(crate) fn warning(&mut self, path: &Path, message: String, label: &str) -> &mut Problem {
        let span = self.span(path);
        self.problems
            .push(Problem::warning(self.source, span, message, label));
        self.problems.last_mut().expect("just pushed")
    }

    pub(crate) fn help(problem: &mut Problem, help: impl Into<String>) {
        problem.help = Some(help.into());
    }

    /// `what` names the field, as a message id (`what-title`).
    pub(crate) fn text(&mut self, path: &Path, text: &str, what: &str) {
        if text.trim().is_empty() {
            let what = tr(what, &[]);
            let p = self.error(
                path,
                tr("problem-empty", &[("what", what.into())]),
                &tr("label-empty", &[]),
            );
            Report::help(p, tr("help-empty", &[]));
        }
    }

    pub(crate) fn id(&mut self, path: &Path, id: &str, what: &str) {
        let what = tr(what, &[]);
        let args = [("what", Arg::from(what.clone())), ("id", id.into())];
        if id.is_empty() {
            let p = self.error(
                path,
                tr("problem-empty", &args[..1]),
                &tr("label-empty", &[]),
            );
            Report::help(p, tr("help-id", &[]));
        } else if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let p = self.error(
                path,
                tr("problem-id-start", &args),
                &tr("label-plain-id", &[]),
            );
            Report::help(p, tr("help-id", &[]));
        } else if !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            let p = self.error(
                path,
                tr("problem-id-chars", &args),
                &tr("label-plain-id", &[]),
            );
            Report::help(p, tr("help-id", &[]));
        }
    }

    pub(crate) fn range(&mut self, path: &Path, value: i32, min: i32, max: i32, what: String) {
        if !(min..=max).contains(&value) {
            self.error(
                path,
                tr(
                    "problem-range",
                    &[
                        ("what", what.into()),
                        ("value", value.to_string().into()),
                        ("min", min.to_string().into()),
                        ("max", max.to_string().into()),
                    ],
                ),
                &tr("label-range", &[]),
            );
        }
    }
}
