//! Checking translations: Fluent syntax errors, missing, untranslated, changed and
//! obsolete messages, and variables that do not match the source; and how complete each
//! translation is.

use super::extract::{self, Existing};
use super::scenario::Text;
use super::tr;
use crate::problem::{Problem, SourceFile};
use fluent_syntax::ast;
use fluent_syntax::parser;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// How complete one translation is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Messages in the source that the translation should have.
    pub total: usize,
    /// Source messages translated and up to date with the source text.
    pub translated: usize,
    /// Source messages present but still marked untranslated (a copy of the source).
    pub untranslated: usize,
    /// Source messages translated from an older source text that has since changed.
    pub changed: usize,
    /// Source messages the translation lacks altogether (all of them when the file does
    /// not parse).
    pub missing: usize,
    /// Messages in the translation that the source no longer has.
    pub obsolete: usize,
}

impl Coverage {
    /// Adds another file's counts to these, for one figure over several files.
    pub fn add(&mut self, other: &Coverage) {
        self.total += other.total;
        self.translated += other.translated;
        self.untranslated += other.untranslated;
        self.changed += other.changed;
        self.missing += other.missing;
        self.obsolete += other.obsolete;
    }

    /// Share of the source's messages that are translated and up to date, 0–100.
    pub fn percent(&self) -> u8 {
        crate::scoring::percent(self.translated as i32, self.total as i32).unwrap_or(100)
    }
}

/// Byte range of the line that defines message `id`, for pointing at it.
fn message_span(text: &str, id: &str) -> std::ops::Range<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return offset..offset + id.len();
        }
        offset += line.len();
    }
    0..0
}

/// The parser notices some mistakes (a `{` left open at the end of a line) only after
/// skipping the blank lines that follow: point at what was written last instead.
fn where_it_went_wrong(text: &str, pos: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let Some(before) = text.get(..pos.start) else {
        return pos;
    };
    let written = before.trim_end();
    if !before[written.len()..].contains('\n') {
        return pos;
    }
    match written.char_indices().next_back() {
        Some((at, c)) => at..at + c.len_utf8(),
        None => pos,
    }
}

/// Fluent syntax errors as problems, each where the mistake was made.
pub fn syntax_problems(source: &Arc<SourceFile>, errors: &[parser::ParserError]) -> Vec<Problem> {
    errors
        .iter()
        .map(|e| {
            Problem::error(
                source,
                where_it_went_wrong(&source.text, e.pos.clone()),
                tr(
                    "problem-fluent-syntax",
                    &[("reason", e.kind.to_string().into())],
                ),
                tr("label-here", &[]),
            )
            .with_help(tr("help-fluent-syntax", &[]))
        })
        .collect()
}

/// The variables other than `$gender`, which translations may add for agreement.
fn without_gender<'s>(vars: &BTreeSet<&'s str>) -> BTreeSet<&'s str> {
    vars.iter().copied().filter(|v| *v != GENDER).collect()
}

/// The grammatical variable a translation may use beyond the source's.
pub const GENDER: &str = "gender";

/// Names of the variables (`{ $name }`) a pattern uses, in selectors and variants too.
fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut BTreeSet<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, out: &mut BTreeSet<&'s str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut BTreeSet<&'s str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Each message's variables, from a parsed resource.
fn variables<'s>(resource: &ast::Resource<&'s str>) -> HashMap<&'s str, BTreeSet<&'s str>> {
    let mut out = HashMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_variables(value, &mut vars);
            }
            for a in &m.attributes {
                pattern_variables(&a.value, &mut vars);
            }
            out.insert(m.id.name, vars);
        }
    }
    out
}

fn list(ids: &[&str]) -> String {
    const SHOWN: usize = 6;
    let mut shown = ids
        .iter()
        .take(SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > SHOWN {
        shown.push_str(&tr(
            "list-and-more",
            &[("count", (ids.len() - SHOWN).into())],
        ));
    }
    shown
}

/// Checks a translation of scenario (or principles) texts. `fix` is the command that
/// brings the file up to date, for the advice in problems.
pub fn check_texts(
    texts: &[Text],
    source_lang: &str,
    translation: &Arc<SourceFile>,
    fix: &str,
) -> (Vec<Problem>, Coverage) {
    let mut coverage = Coverage {
        total: texts.len(),
        ..Coverage::default()
    };
    let ftl = translation.text.as_str();
    let existing: Vec<Existing> = match extract::read(ftl, source_lang) {
        Ok(existing) => existing,
        Err(errors) => {
            coverage.missing = texts.len();
            return (syntax_problems(translation, &errors), coverage);
        }
    };
    let resource = parser::parse(ftl).unwrap_or_else(|(res, _)| res);
    let vars = variables(&resource);
    let by_id: HashMap<&str, &Existing> = existing.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    let mut untranslated = Vec::new();
    for text in texts {
        let Some(found) = by_id.get(text.id.as_str()) else {
            missing.push(text.id.as_str());
            continue;
        };
        let span = message_span(ftl, &text.id);
        if let Some(names) = vars.get(text.id.as_str())
            && !names.is_empty()
        {
            let names: Vec<String> = names.iter().map(|n| format!("${n}")).collect();
            problems.push(
                Problem::error(
                    translation,
                    span.clone(),
                    tr(
                        "problem-extra-variable",
                        &[
                            ("id", text.id.as_str().into()),
                            ("names", names.join(", ").into()),
                        ],
                    ),
                    tr("label-extra-variable", &[]),
                )
                .with_help(tr("help-extra-variable", &[])),
            );
        }
        if found.untranslated {
            untranslated.push(text.id.as_str());
        } else if found.changed_from.is_some()
            || found
                .recorded_source
                .as_ref()
                .is_some_and(|r| *r != extract::one_line(&text.source))
        {
            coverage.changed += 1;
            problems.push(
                Problem::warning(
                    translation,
                    span,
                    tr("problem-source-changed", &[("id", text.id.as_str().into())]),
                    tr("label-source-changed", &[]),
                )
                .with_help(tr(
                    "help-source-changed",
                    &[("source", text.source.as_str().into()), ("fix", fix.into())],
                )),
            );
        } else {
            coverage.translated += 1;
        }
    }
    coverage.missing = missing.len();
    coverage.untranslated = untranslated.len();
    if !missing.is_empty() {
        problems.push(
            Problem::warning(
                translation,
                0..0,
                tr(
                    "problem-missing-messages",
                    &[
                        ("count", missing.len().into()),
                        ("total", texts.len().into()),
                        ("ids", list(&missing).into()),
                    ],
                ),
                tr("label-in-this-file", &[]),
            )
            .with_help(tr("help-missing-messages", &[("fix", fix.into())])),
        );
    }
    if !untranslated.is_empty() {
        problems.push(
            Problem::warning(
                translation,
                0..0,
                tr(
                    "problem-untranslated",
                    &[
                        ("count", untranslated.len().into()),
                        ("total", texts.len().into()),
                        ("ids", list(&untranslated).into()),
                    ],
                ),
                tr("label-in-this-file", &[]),
            )
            .with_help(tr("help-untranslated", &[])),
        );
    }
    let known: BTreeSet<&str> = texts.iter().map(|t| t.id.as_str()).collect();
    for e in &existing {
        if !known.contains(e.id.as_str()) {
            coverage.obsolete += 1;
            problems.push(
                Problem::warning(
                    translation,
                    message_span(ftl, &e.id),
                    tr("problem-obsolete", &[("id", e.id.as_str().into())]),
                    tr("label-obsolete", &[]),
                )
                .with_help(tr("help-obsolete", &[("fix", fix.into())])),
            );
        }
    }
    (problems, coverage)
}

/// Checks an interface translation against the English source file.
pub fn check_interface(translation: &Arc<SourceFile>, english: &str) -> (Vec<Problem>, Coverage) {
    let source = parser::parse(english).unwrap_or_else(|(res, _)| res);
    let source_vars = variables(&source);
    let mut coverage = Coverage {
        total: source_vars.len(),
        ..Coverage::default()
    };
    let ftl = translation.text.as_str();
    let resource = match parser::parse(ftl) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            coverage.missing = coverage.total;
            return (syntax_problems(translation, &errors), coverage);
        }
    };
    let vars = variables(&resource);
    let mut problems = Vec::new();
    let mut missing: Vec<&str> = Vec::new();
    let mut ids: Vec<&&str> = source_vars.keys().collect();
    ids.sort();
    for id in ids {
        let wanted = &source_vars[*id];
        match vars.get(*id) {
            None => missing.push(id),
            // `$gender` is passed wherever a message speaks of the customer: a language
            // that inflects for it may use it where English has no need to.
            Some(found) if without_gender(found) != without_gender(wanted) => {
                let show = |set: &BTreeSet<&str>| {
                    if set.is_empty() {
                        tr("variables-none", &[])
                    } else {
                        set.iter()
                            .map(|v| format!("${v}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                };
                problems.push(Problem::error(
                    translation,
                    message_span(ftl, id),
                    tr(
                        "problem-variables-differ",
                        &[
                            ("id", (**id).into()),
                            ("found", show(found).into()),
                            ("wanted", show(wanted).into()),
                        ],
                    ),
                    tr("label-variables-differ", &[]),
                ));
            }
            Some(_) => coverage.translated += 1,
        }
    }
    coverage.missing = missing.len();
    if !missing.is_empty() {
        problems.push(Problem::warning(
            translation,
            0..0,
            tr(
                "problem-missing-interface",
                &[
                    ("count", missing.len().into()),
                    ("total", coverage.total.into()),
                    ("ids", list(&missing).into()),
                ],
            ),
            tr("label-in-this-file", &[]),
        ));
    }
    let mut extra: Vec<&&str> = vars
        .keys()
        .filter(|id| !source_vars.contains_key(*id))
        .collect();
    extra.sort();
    for id in extra {
        coverage.obsolete += 1;
        problems.push(Problem::warning(
            translation,
            message_span(ftl, id),
            tr("problem-not-in-english", &[("id", (**id).into())]),
            tr("label-obsolete", &[]),
        ));
    }
    (problems, coverage)
}

#[cfg(test)]
mod tests;
