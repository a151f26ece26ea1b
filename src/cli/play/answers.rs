//! Where `play` gets the trainee's answers: a script, or the keyboard (or a pipe), with
//! `h` for the hint, `?` for the keys and `q` to stop.

use super::WIDTH;
use crate::cli::output::wrap;
use crate::cli::{Out, Reported};
use defuse_core::Answer;
use std::io::{BufRead, Write};

/// Where the trainee's replies come from.
pub(super) enum Replies {
    Scripted(std::vec::IntoIter<Answer>),
    Typed {
        input: Box<dyn BufRead>,
        prompt: bool,
    },
}

/// What the decision asks for: how many replies, whether they are listed, its hint.
pub(super) struct Asking<'a> {
    pub count: usize,
    pub listed: bool,
    pub hint: Option<&'a str>,
}

/// `h` (the hint) and `?` (the keys) are answered on the spot; anything else is an answer.
fn key(out: &mut Out, answer: &str, asking: &Asking, took_hint: &mut bool) -> bool {
    match answer {
        "h" | "H" => {
            match asking.hint {
                Some(hint) => {
                    *took_hint = true;
                    out.line(&wrap(
                        &out.tf("play-hint", &[("text", hint.into())]),
                        WIDTH,
                        "  ",
                    ));
                }
                None => out.line(&format!("  {}", out.t("play-no-hint"))),
            }
            true
        }
        "?" => {
            let keys = if asking.listed {
                out.tf("play-keys", &[("count", asking.count.into())])
            } else {
                out.t("play-keys-words")
            };
            out.line(&wrap(&keys, WIDTH, "  "));
            true
        }
        _ => false,
    }
}

/// The next answer, or `None` when the replies have run out. With the replies not
/// listed, only words will do.
pub(super) fn next_answer(
    out: &mut Out,
    replies: &mut Replies,
    asking: &Asking,
    took_hint: &mut bool,
) -> Result<Option<Answer>, Reported> {
    let (count, listed) = (asking.count, asking.listed);
    match replies {
        // A script may pick by number anywhere: trainers playtest the branches that way.
        Replies::Scripted(answers) => loop {
            match answers.next() {
                Some(Answer::Words(w)) if key(out, &w, asking, took_hint) => continue,
                next => return Ok(next),
            }
        },
        Replies::Typed { input, prompt } => loop {
            if *prompt {
                let ask = if listed {
                    out.tf("play-prompt", &[("count", count.into())])
                } else {
                    out.t("play-prompt-words")
                };
                let _ = write!(out.stdout, "{ask} ");
                let _ = out.stdout.flush();
            }
            let mut line = String::new();
            match input.read_line(&mut line) {
                Ok(0) => return Ok(None),
                Ok(_) => {}
                Err(err) => {
                    return Err(out.err(&out.tf(
                        "error-cannot-read-reply",
                        &[("reason", err.to_string().into())],
                    )));
                }
            }
            let answer = line.trim();
            if answer.eq_ignore_ascii_case("q") {
                return Ok(None);
            }
            if key(out, answer, asking, took_hint) {
                continue;
            }
            // Words need at least one letter; a stray mark is a typo, not a reply.
            let problem = match Answer::parse(answer) {
                Answer::Number(n) if listed && (1..=count).contains(&n) => {
                    return Ok(Some(Answer::Number(n)));
                }
                Answer::Words(words) if words.chars().any(char::is_alphabetic) => {
                    return Ok(Some(Answer::Words(words)));
                }
                Answer::Number(_) if !listed => "words",
                _ => "number",
            };
            // A typo at the keyboard is asked again; in a piped script it is an error.
            match (problem, *prompt) {
                ("words", true) => out.line(&out.t("play-type-words")),
                ("words", false) => {
                    return Err(
                        out.err(&out.tf("error-words-wanted", &[("answer", answer.into())]))
                    );
                }
                (_, true) => out.line(&out.tf("play-type-a-number", &[("count", count.into())])),
                (_, false) => {
                    return Err(out.err(&out.tf(
                        "error-not-a-number",
                        &[("answer", answer.into()), ("count", count.into())],
                    )));
                }
            }
        },
    }
}
