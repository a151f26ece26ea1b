//! A problem as it can be shown: very long lines (a pasted 200 KB paragraph) and very long
//! messages cut to a window around the place, so the report stays readable and the
//! renderer is never asked to draw what it cannot.

use crate::problem::{Note, Problem, SourceFile};
use std::ops::Range;

/// Lines longer than this (in characters) are shown as a window around the place.
pub const LONG_LINE: usize = 300;
/// Characters of context kept before a place on a long line.
const BEFORE: usize = 60;
/// Characters kept from the place on.
const AFTER: usize = 160;
/// Messages and help longer than this are cut.
const LONG_TEXT: usize = 400;

/// The problem with its long lines and texts cut, or `None` when nothing is long.
pub fn shortened(problem: &Problem) -> Option<Problem> {
    let source = problem.source.as_ref();
    let long_line = source.is_some_and(|s| s.text.lines().any(|l| l.chars().count() > LONG_LINE));
    let long_text = problem.message.chars().count() > LONG_TEXT
        || problem
            .help
            .as_ref()
            .is_some_and(|h| h.chars().count() > LONG_TEXT);
    if !long_line && !long_text {
        return None;
    }
    let mut short = problem.clone();
    short.message = cut(&problem.message);
    short.help = problem.help.as_deref().map(cut);
    if let Some(source) = source.filter(|_| long_line) {
        let spans: Vec<Range<usize>> = problem
            .at
            .iter()
            .chain(&problem.also)
            .map(|n| n.span.clone())
            .collect();
        let (text, moved) = window(&source.text, &spans);
        // The window's columns are not the file's: say where the place really is.
        if let Some((line, column)) = problem.line_col() {
            let length = source
                .text
                .lines()
                .nth(line - 1)
                .map_or(0, |l| l.chars().count());
            if length > LONG_LINE {
                let note = crate::i18n::tr(
                    "note-long-line",
                    &[
                        ("line", line.into()),
                        ("length", length.into()),
                        ("column", column.into()),
                    ],
                );
                short.help = Some(match short.help {
                    Some(help) => format!("{help}\n{note}"),
                    None => note,
                });
            }
        }
        short.source = Some(SourceFile::new(source.path.clone(), text));
        let mut moved = moved.into_iter();
        let mut relabel = |note: &Note| Note {
            span: moved.next().unwrap_or(0..0),
            label: note.label.clone(),
        };
        short.at = problem.at.as_ref().map(&mut relabel);
        short.also = problem.also.iter().map(relabel).collect();
    }
    Some(short)
}

fn cut(text: &str) -> String {
    if text.chars().count() <= LONG_TEXT {
        return text.to_owned();
    }
    let kept: String = text.chars().take(LONG_TEXT).collect();
    format!("{kept}…")
}

/// The text with each long line cut to a window around the first span on it (or its
/// start), and the spans moved to where they stand in the new text.
fn window(text: &str, spans: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(text.len().min(64 * 1024));
    let mut moved: Vec<Range<usize>> = spans.iter().map(|_| 0..0).collect();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let here: Vec<usize> = (0..spans.len())
            .filter(|&k| spans[k].start >= line_start && spans[k].start <= line_end)
            .collect();
        if line.chars().count() <= LONG_LINE {
            for &k in &here {
                let start = out.len() + spans[k].start - line_start;
                let end = out.len() + spans[k].end.min(line_end) - line_start;
                moved[k] = start..end.max(start);
            }
            out.push_str(line);
        } else {
            // Byte offsets of char boundaries, so a window never splits a character.
            let anchor = here.first().map_or(0, |&k| spans[k].start - line_start);
            let from = floor_char(line, anchor, BEFORE);
            let to = ceil_char(line, anchor, AFTER);
            if from > 0 {
                out.push('…');
            }
            let base = out.len();
            out.push_str(&line[from..to]);
            for &k in &here {
                let start = base + (spans[k].start - line_start).clamp(from, to) - from;
                let end = base + (spans[k].end.min(line_end) - line_start).clamp(from, to) - from;
                moved[k] = start..end.max(start);
            }
            if to < line.trim_end_matches('\n').len() {
                out.push('…');
            }
            if line.ends_with('\n') {
                out.push('\n');
            }
        }
        line_start = line_end;
    }
    (out, moved)
}

/// The boundary `chars` characters before `anchor`.
fn floor_char(line: &str, anchor: usize, chars: usize) -> usize {
    let anchor = (0..=anchor.min(line.len()))
        .rev()
        .find(|&i| line.is_char_boundary(i))
        .unwrap_or(0);
    line[..anchor]
        .char_indices()
        .rev()
        .take(chars)
        .last()
        .map_or(anchor, |(i, _)| i)
}

/// The boundary `chars` characters after `anchor`.
fn ceil_char(line: &str, anchor: usize, chars: usize) -> usize {
    let anchor = (anchor.min(line.len())..=line.len())
        .find(|&i| line.is_char_boundary(i))
        .unwrap_or(line.len());
    line[anchor..]
        .char_indices()
        .nth(chars)
        .map_or(line.len(), |(i, _)| anchor + i)
}

impl Problem {
    /// The full report with the quoted source, as a compiler prints it.
    pub fn render(&self, colour: bool) -> String {
        match shortened(self) {
            Some(short) => short.render_as_is(colour),
            None => self.render_as_is(colour),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_cut_around_the_place_and_the_span_follows() {
        let long = format!("title: \"{}\", bogus: 1,\nnext\n", "é".repeat(100_000));
        let at = long.find("bogus").unwrap();
        let spans = vec![at..at + 5; 1];
        let (text, moved) = window(&long, &spans);
        assert!(text.len() < 1_000, "{}", text.len());
        assert_eq!(&text[moved[0].clone()], "bogus");
        assert!(text.starts_with('…') && text.ends_with("next\n"));
    }
}
