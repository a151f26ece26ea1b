//! Where the command line writes, and how it lays text out for a terminal.

use defuse_core::Problem;
use defuse_core::i18n::{Arg, Texts};
use std::io::{IsTerminal, Write};

/// A failure that has already been explained to the user on standard error; the command
/// only has to exit with status 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported;

/// Standard output and error, with whether to colour diagnostics.
pub struct Out {
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    pub colour: bool,
    /// The words, in the chosen language.
    pub texts: Texts,
}

impl Out {
    pub fn stdio(texts: Texts) -> Out {
        let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Out {
            stdout: Box::new(std::io::stdout()),
            stderr: Box::new(std::io::stderr()),
            colour,
            texts,
        }
    }

    /// A message in the chosen language.
    pub fn t(&self, id: &str) -> String {
        self.texts.get(id)
    }

    /// A message with variables.
    pub fn tf(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.texts.format(id, args)
    }

    /// A line on standard output. A closed pipe (`defuse stats x | head`) is not an error
    /// worth a panic, so write failures are ignored.
    pub fn line(&mut self, text: &str) {
        let _ = writeln!(self.stdout, "{text}");
    }

    /// A line on standard error. Returns [`Reported`], so that a failure can be told to
    /// the user and passed up in one step.
    pub fn err(&mut self, text: &str) -> Reported {
        let _ = writeln!(self.stderr, "{text}");
        Reported
    }

    /// Renders problems on standard error, compiler style.
    pub fn problems(&mut self, problems: &[Problem]) -> Reported {
        for problem in problems {
            let rendered = problem.render(self.colour);
            let _ = write!(self.stderr, "{rendered}");
            if !rendered.ends_with('\n') {
                let _ = writeln!(self.stderr);
            }
        }
        Reported
    }
}

/// Wraps `text` to `width` columns, indenting every line by `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(indent);
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
    out.pop();
    out
}

/// A bar of `width` cells for a 0–100 value.
pub fn bar(percent: u8, width: usize) -> String {
    let filled = (usize::from(percent) * width + 50) / 100;
    format!("{}{}", "█".repeat(filled), "·".repeat(width - filled))
}

/// A progress bar on a terminal; `None` when standard error is piped, so scripts stay quiet.
pub fn progress_bar(message: String) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(message);
    Some(bar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(
            wrap("one two three four", 9, "  "),
            "  one two\n  three\n  four"
        );
        assert_eq!(wrap("", 9, "  "), "");
    }

    #[test]
    fn bars_scale() {
        assert_eq!(bar(0, 4), "····");
        assert_eq!(bar(50, 4), "██··");
        assert_eq!(bar(100, 4), "████");
    }
}
