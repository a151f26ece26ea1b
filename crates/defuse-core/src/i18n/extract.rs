//! Creating and updating a translator's Fluent file from the source texts.
//!
//! Each message carries the source text in a comment (`# en: ...`). New messages get the
//! source text as a first value and the mark `# untranslated`; a message whose source
//! text changed keeps its translation and gets `# changed: the source was: ...`. A
//! translator deletes the mark when done. Messages no longer in the source are kept at the
//! end under an "obsolete" heading, so nothing a translator wrote is ever lost.

use super::scenario::Text;
use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};
use std::collections::HashMap;

/// The comment line (`# untranslated`) that marks a message still holding a copy of the
/// source text; the translator deletes it once the message is translated.
pub const UNTRANSLATED: &str = "untranslated";
/// Start of the comment line that marks a translation whose source text has changed since;
/// the old source text follows it, so the translator can see what differs.
pub const CHANGED: &str = "changed: the source was: ";
/// The section heading (`## ...`) under which messages no longer in the source are kept at
/// the end of the file.
pub const OBSOLETE_HEADING: &str =
    "Obsolete: no longer in the source. Kept so nothing is lost; delete when sure.";

/// What an extraction did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Messages new in the source, written as a marked-untranslated copy of the source text.
    pub added: usize,
    /// Messages carried over whose source text has not changed since the last extraction.
    pub kept: usize,
    /// Messages carried over whose source text changed since the last extraction.
    pub changed: usize,
    /// Messages no longer in the source, kept at the end under the obsolete heading.
    pub obsolete: usize,
}

/// A message of an existing file: its serialised form and the lines of its comment.
#[derive(Debug, Clone)]
pub struct Existing {
    /// The Fluent message id, as the source text's id (e.g. `t1-says-1`).
    pub id: String,
    /// `id = value` as Fluent writes it, without the comment.
    pub body: String,
    /// The source text recorded when it was last extracted.
    pub recorded_source: Option<String>,
    /// Whether the message is still marked `# untranslated`, i.e. holds a copy of the source.
    pub untranslated: bool,
    /// The source text before it changed, while the translator has not yet dealt with it.
    pub changed_from: Option<String>,
    /// The translator's own notes.
    pub notes: Vec<String>,
}

/// One line, as the source is recorded in a comment.
pub fn one_line(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n")
}

/// Reads the messages of a translator's file, with the marks in their comments.
pub fn read(ftl: &str, source_lang: &str) -> Result<Vec<Existing>, Vec<ParserError>> {
    let resource = parser::parse(ftl).map_err(|(_, errors)| errors)?;
    let prefix = format!("{source_lang}: ");
    let mut out = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let mut existing = Existing {
            id: message.id.name.to_owned(),
            body: String::new(),
            recorded_source: None,
            untranslated: false,
            changed_from: None,
            notes: Vec::new(),
        };
        if let Some(comment) = &message.comment {
            for line in &comment.content {
                if let Some(source) = line.strip_prefix(&prefix) {
                    existing.recorded_source = Some(source.to_owned());
                } else if line.trim() == UNTRANSLATED {
                    existing.untranslated = true;
                } else if let Some(old) = line.strip_prefix(CHANGED) {
                    existing.changed_from = Some(old.to_owned());
                } else {
                    existing.notes.push((*line).to_owned());
                }
            }
        }
        let bare = ast::Message {
            comment: None,
            ..message
        };
        existing.body = fluent_syntax::serializer::serialize(&ast::Resource {
            body: vec![ast::Entry::Message(bare)],
        });
        out.push(existing);
    }
    Ok(out)
}

/// A source text as a Fluent message value: braces escaped, lines indented.
fn ftl_value(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => escaped.push_str("{\"{\"}"),
            '}' => escaped.push_str("{\"}\"}"),
            c => escaped.push(c),
        }
    }
    let mut lines = escaped.lines();
    let mut out = lines.next().unwrap_or_default().trim_start().to_owned();
    for line in lines {
        out.push_str("\n    ");
        out.push_str(line);
    }
    out
}

/// Builds the translator's file for `texts`, keeping every translation in `existing`.
/// `header` becomes the file's opening comment. Refuses a file with syntax errors rather
/// than overwrite it.
pub fn extract(
    texts: &[Text],
    source_lang: &str,
    header: &str,
    existing: Option<&str>,
) -> Result<(String, Report), Vec<ParserError>> {
    let existing = match existing {
        Some(ftl) => read(ftl, source_lang)?,
        None => Vec::new(),
    };
    let by_id: HashMap<&str, &Existing> = existing.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut report = Report::default();
    let mut out = String::new();
    for line in header.lines() {
        out.push_str("### ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    for text in texts {
        let source = one_line(&text.source);
        out.push_str(&format!("# {source_lang}: {source}\n"));
        match by_id.get(text.id.as_str()) {
            None => {
                report.added += 1;
                out.push_str(&format!("# {UNTRANSLATED}\n"));
                out.push_str(&format!("{} = {}\n\n", text.id, ftl_value(&text.source)));
            }
            Some(old) => {
                let changed_now = old
                    .recorded_source
                    .as_ref()
                    .is_some_and(|recorded| *recorded != source);
                if old.untranslated {
                    // Never translated: follow the source, stay marked.
                    out.push_str(&format!("# {UNTRANSLATED}\n"));
                    if changed_now {
                        report.changed += 1;
                    } else {
                        report.kept += 1;
                    }
                    for note in &old.notes {
                        out.push_str(&format!("#{note}\n"));
                    }
                    out.push_str(&format!("{} = {}\n\n", text.id, ftl_value(&text.source)));
                    continue;
                }
                let changed_from = if changed_now {
                    old.changed_from.clone().or(old.recorded_source.clone())
                } else {
                    old.changed_from.clone()
                }
                // The source went back to what was translated: nothing to look at any more.
                .filter(|was| *was != source);
                if changed_from.is_some() && changed_now {
                    report.changed += 1;
                } else {
                    report.kept += 1;
                }
                if let Some(was) = changed_from {
                    out.push_str(&format!("# {CHANGED}{was}\n"));
                }
                for note in &old.notes {
                    out.push_str(&format!("#{note}\n"));
                }
                out.push_str(&old.body);
                out.push('\n');
            }
        }
    }
    let current: std::collections::HashSet<&str> = texts.iter().map(|t| t.id.as_str()).collect();
    let obsolete: Vec<&Existing> = existing
        .iter()
        .filter(|e| !current.contains(e.id.as_str()))
        .collect();
    if !obsolete.is_empty() {
        out.push_str(&format!("## {OBSOLETE_HEADING}\n\n"));
        for old in obsolete {
            report.obsolete += 1;
            if let Some(source) = &old.recorded_source {
                out.push_str(&format!("# {source_lang}: {source}\n"));
            }
            for note in &old.notes {
                out.push_str(&format!("#{note}\n"));
            }
            out.push_str(&old.body);
            out.push('\n');
        }
    }
    Ok((out, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(pairs: &[(&str, &str)]) -> Vec<Text> {
        pairs
            .iter()
            .map(|(id, source)| Text {
                id: (*id).to_owned(),
                source: (*source).to_owned(),
            })
            .collect()
    }

    #[test]
    fn round_trip_keeps_translations_and_flags_changes() {
        let v1 = texts(&[("title", "The late parcel"), ("t1-says-1", "Where is it?")]);
        let (first, report) = extract(&v1, "en", "test", None).unwrap();
        assert_eq!(report.added, 2);
        assert!(first.contains("# en: Where is it?\n# untranslated\nt1-says-1 = Where is it?\n"));

        // The translator translates both and removes the marks.
        let translated = first
            .replace("# untranslated\n", "")
            .replace("title = The late parcel", "title = A késő csomag")
            .replace("t1-says-1 = Where is it?", "t1-says-1 = Hol van?");

        // The source changes one text, drops none and adds one.
        let v2 = texts(&[
            ("title", "The late parcel"),
            ("t1-says-1", "Where is my parcel?"),
            ("t1-hint", "Ask for the number."),
        ]);
        let (second, report) = extract(&v2, "en", "test", Some(&translated)).unwrap();
        assert_eq!(
            report,
            Report {
                added: 1,
                kept: 1,
                changed: 1,
                obsolete: 0
            }
        );
        assert!(second.contains("title = A késő csomag\n"), "{second}");
        assert!(
            second.contains(
                "# en: Where is my parcel?\n# changed: the source was: Where is it?\nt1-says-1 = Hol van?\n"
            ),
            "{second}"
        );
        assert!(second.contains("# untranslated\nt1-hint = Ask for the number.\n"));

        // Extracting again changes nothing: the mark stays until a translator removes it.
        let (third, report) = extract(&v2, "en", "test", Some(&second)).unwrap();
        assert_eq!(third, second);
        assert_eq!(report.changed, 0);

        // The trainer reverts the edit: the translation fits again and the mark goes.
        let (reverted, report) = extract(&v1_again(), "en", "test", Some(&second)).unwrap();
        assert!(
            reverted.contains("# en: Where is it?\nt1-says-1 = Hol van?\n"),
            "{reverted}"
        );
        assert_eq!(report.changed, 0);

        fn v1_again() -> Vec<Text> {
            texts(&[
                ("title", "The late parcel"),
                ("t1-says-1", "Where is it?"),
                ("t1-hint", "Ask for the number."),
            ])
        }

        // A message dropped from the source is kept, under the obsolete heading.
        let v3 = texts(&[("title", "The late parcel")]);
        let (fourth, report) = extract(&v3, "en", "test", Some(&third)).unwrap();
        assert_eq!(report.obsolete, 2);
        let (_, rest) = fourth.split_once(OBSOLETE_HEADING).unwrap();
        assert!(rest.contains("t1-says-1 = Hol van?"), "{fourth}");
    }

    #[test]
    fn braces_and_lines_are_escaped() {
        let t = texts(&[("a", "Use {braces}\nand two lines")]);
        let (ftl, _) = extract(&t, "en", "h", None).unwrap();
        let resource = fluent_bundle::FluentResource::try_new(ftl.clone());
        assert!(resource.is_ok(), "{ftl}");
        assert!(
            ftl.contains("a = Use {\"{\"}braces{\"}\"}\n    and two lines\n"),
            "{ftl}"
        );
    }

    #[test]
    fn a_broken_file_is_refused_not_overwritten() {
        let t = texts(&[("a", "x")]);
        assert!(extract(&t, "en", "h", Some("a = {\n")).is_err());
    }
}
