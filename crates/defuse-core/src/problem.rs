//! Problems found in a trainer's files, each pinned to a file, line and column, and
//! rendered the way a compiler reports errors (through miette).

use miette::{Diagnostic, LabeledSpan, SourceSpan};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file as it was read, kept so that problems can quote it.
#[derive(Debug)]
pub struct SourceFile {
    /// The file's path as given, which problems name.
    pub path: PathBuf,
    /// The file's whole text, which problems' byte spans point into.
    pub text: String,
}

impl SourceFile {
    /// Holds `text` as the contents of `path` (which need not exist on disk), shared so
    /// that every problem about it can quote it.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Arc<SourceFile> {
        Arc::new(SourceFile {
            path: path.into(),
            text: text.into(),
        })
    }

    /// Reads a file that must be UTF-8 (a byte order mark is dropped); a UTF-16 or
    /// otherwise undecodable file is a problem that says so (and where), with help to save
    /// it as UTF-8.
    pub fn read(path: &Path) -> Result<Arc<SourceFile>, Problem> {
        let mut bytes = std::fs::read(path).map_err(|err| Problem::file(path, err.to_string()))?;
        // Word processors and some editors save UTF-16: say so, rather than "not UTF-8".
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Err(Problem::file(path, crate::i18n::tr("problem-utf16", &[]))
                .with_help(crate::i18n::tr("help-not-utf8", &[])));
        }
        // A UTF-8 byte order mark is invisible and harmless: drop it.
        if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            bytes.drain(..3);
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::new(path, text)),
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
                let source = SourceFile::new(path, text);
                Err(Problem::error(
                    &source,
                    offset..offset,
                    crate::i18n::tr("problem-not-utf8", &[]),
                    crate::i18n::tr("label-not-utf8", &[]),
                )
                .with_help(crate::i18n::tr("help-not-utf8", &[])))
            }
        }
    }

    /// The path as a problem report names it.
    pub fn name(&self) -> String {
        self.path.display().to_string()
    }
}

/// How serious a problem is; an error sorts after a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth fixing, but the file can still be used (the scenario plays).
    Warning,
    /// The file cannot be used (the scenario cannot be played) until it is fixed.
    Error,
}

/// A labelled place in the problem's file.
#[derive(Debug, Clone)]
pub struct Note {
    /// Byte range of the place in the file's text.
    pub span: Range<usize>,
    /// What to say at that place, drawn beside it in the report.
    pub label: String,
}

/// One thing wrong with a file.
#[derive(Debug, Clone)]
pub struct Problem {
    /// Whether the problem stops the file from being used or only warns.
    pub severity: Severity,
    /// What is wrong, in a sentence: the headline of the report.
    pub message: String,
    /// The file whose text the report quotes; `None` when there is no text to quote (an
    /// unreadable file).
    pub source: Option<Arc<SourceFile>>,
    /// The place the problem is, with what to say there.
    pub at: Option<Note>,
    /// Other places that explain it (say, where a duplicate id was first used).
    pub also: Vec<Note>,
    /// Advice on how to fix it, shown at the end of the report.
    pub help: Option<String>,
    /// For problems without a source (an unreadable file), the file concerned.
    pub path: Option<PathBuf>,
}

impl Problem {
    /// An error at byte range `span` of `source`: `message` heads the report and `label`
    /// marks the place.
    pub fn error(
        source: &Arc<SourceFile>,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> Problem {
        Problem {
            severity: Severity::Error,
            message: message.into(),
            source: Some(source.clone()),
            at: Some(Note {
                span,
                label: label.into(),
            }),
            also: Vec::new(),
            help: None,
            path: Some(source.path.clone()),
        }
    }

    /// A warning at byte range `span` of `source`, as `error` builds an error.
    pub fn warning(
        source: &Arc<SourceFile>,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> Problem {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(source, span, message, label)
        }
    }

    /// A file that could not be read at all.
    pub fn file(path: &Path, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            message: message.into(),
            source: None,
            at: None,
            also: Vec::new(),
            help: None,
            path: Some(path.to_path_buf()),
        }
    }

    /// Adds advice on how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }

    /// Adds another labelled place in the same file that explains the problem.
    pub fn with_note(mut self, span: Range<usize>, label: impl Into<String>) -> Problem {
        self.also.push(Note {
            span,
            label: label.into(),
        });
        self
    }

    /// Whether the problem is an error, which stops the file from being used.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// 1-based line and column of the problem, when it has a place.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let source = self.source.as_ref()?;
        let at = self.at.as_ref()?;
        Some(crate::locate::line_col(&source.text, at.span.start))
    }

    /// `file:line:col`, or just the file.
    pub fn location(&self) -> String {
        let file = self
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        match self.line_col() {
            Some((line, col)) => format!("{file}:{line}:{col}"),
            None => file,
        }
    }

    /// One line, for logs and machines: `file:line:col: error: message`.
    pub fn short(&self) -> String {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!("{}: {severity}: {}", self.location(), self.message)
    }

    /// The full report as miette draws it, excerpt and all.
    pub(crate) fn render_as_is(&self, colour: bool) -> String {
        let handler = if colour {
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode())
        } else {
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        };
        let mut out = String::new();
        if handler.render_report(&mut out, self).is_err() {
            return self.short();
        }
        if self.source.is_none() {
            // miette has no place to name: say which file it was.
            return format!("{}\n{out}", self.short());
        }
        out
    }

    /// The problem as one JSON object (severity, file, 1-based line and column, message,
    /// label, help), as `defuse validate --json` prints it.
    pub fn to_json(&self) -> serde_json::Value {
        let (line, column) = self.line_col().unzip();
        serde_json::json!({
            "severity": self.severity,
            "file": self.path.as_ref().map(|p| p.display().to_string()),
            "line": line,
            "column": column,
            "message": self.message,
            "label": self.at.as_ref().map(|a| a.label.clone()),
            "help": self.help,
        })
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Problem {}

impl Diagnostic for Problem {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source
            .as_ref()
            .map(|s| s.as_ref() as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let at = self.at.as_ref()?;
        let primary = LabeledSpan::new_primary_with_span(Some(at.label.clone()), span(&at.span));
        let also = self
            .also
            .iter()
            .map(|n| LabeledSpan::new_with_span(Some(n.label.clone()), span(&n.span)));
        Some(Box::new(std::iter::once(primary).chain(also)))
    }
}

fn span(range: &Range<usize>) -> SourceSpan {
    SourceSpan::new(range.start.into(), range.end.saturating_sub(range.start))
}

impl miette::SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name(),
            inner.data(),
            *inner.span(),
            inner.line(),
            inner.column(),
            inner.line_count(),
        )))
    }
}
