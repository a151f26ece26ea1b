//! RON text into the model's types, with a located problem a trainer can act on when it
//! does not parse: curly quotes, stray commas and ron's own errors in plain words.

use crate::i18n::tr;
use crate::locate::offset_of;
use crate::problem::{Problem, SourceFile};
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;
use std::sync::Arc;

fn ron_options() -> ron::Options {
    // Trainers may write `hint: "..."` instead of `hint: Some("...")`.
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Parses RON text into `T`, turning a syntax or shape error into a located problem.
pub(crate) fn parse<T: DeserializeOwned>(source: &Arc<SourceFile>) -> Result<T, Problem> {
    ron_options().from_str(&source.text).map_err(|err| {
        let start = offset_of(&source.text, err.span.start.line, err.span.start.col);
        let end = offset_of(&source.text, err.span.end.line, err.span.end.col).max(start);
        let (start, end, (message, help)) = match typography(&source.text, start) {
            Some((at, found)) => {
                let width = source.text[at..].chars().next().map_or(1, char::len_utf8);
                (at, at + width, found)
            }
            None => (start, end, explain(&err.code)),
        };
        let problem = Problem::error(source, start..end, message, tr("label-here", &[]));
        match help {
            Some(help) => problem.with_help(help),
            None => problem,
        }
    })
}

/// What a paste from a word processor leaves where the parser stopped: curly quotes for
/// straight ones, or a comma doubled.
fn typography(text: &str, at: usize) -> Option<(usize, (String, Option<String>))> {
    // The parser may stop on the space before the mark.
    let rest = text.get(at..)?;
    let skipped = rest.len() - rest.trim_start().len();
    let here = rest.trim_start().chars().next()?;
    let at = at + skipped;
    if "“”„‟‘’‚«»″".contains(here) {
        let quote = here.to_string();
        return Some((
            at,
            (
                tr("problem-curly-quote", &[("quote", quote.into())]),
                Some(tr("help-curly-quote", &[])),
            ),
        ));
    }
    let before = text.get(..at)?.trim_end();
    if here == ',' && text.get(at + 1..)?.trim().is_empty() {
        return Some((
            at,
            (
                tr("problem-comma-at-end", &[]),
                Some(tr("help-stray-comma", &[])),
            ),
        ));
    }
    if here == ',' && before.ends_with([',', '(', '[', ':']) {
        return Some((
            at,
            (
                tr("problem-stray-comma", &[]),
                Some(tr("help-stray-comma", &[])),
            ),
        ));
    }
    None
}

/// Turns ron's error into a sentence for a trainer, with advice where there is some.
fn explain(code: &ron::Error) -> (String, Option<String>) {
    use ron::Error as E;
    let outer = |o: &Option<String>| o.clone().unwrap_or_else(|| "Scenario".to_owned());
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer: o,
        } => (
            tr(
                "problem-unknown-field",
                &[("field", found.as_str().into()), ("where", outer(o).into())],
            ),
            Some(tr("help-fields", &[("list", expected.join(", ").into())])),
        ),
        E::MissingStructField { field, outer: o } => (
            tr(
                "problem-missing-field",
                &[("field", (*field).into()), ("where", outer(o).into())],
            ),
            Some(tr("help-missing-field", &[("field", (*field).into())])),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer: o,
        } => (
            tr(
                "problem-unknown-value",
                &[("value", found.as_str().into()), ("where", outer(o).into())],
            ),
            Some(tr("help-values", &[("list", expected.join(", ").into())])),
        ),
        E::DuplicateStructField { field, .. } => (
            tr("problem-field-twice", &[("field", (*field).into())]),
            Some(tr("help-field-twice", &[])),
        ),
        E::ExpectedComma => (
            tr("problem-expected-comma", &[]),
            Some(tr("help-expected-comma", &[])),
        ),
        E::Eof => (tr("problem-eof", &[]), Some(tr("help-eof", &[]))),
        other => (
            tr("problem-ron", &[("reason", other.to_string().into())]),
            None,
        ),
    }
}
