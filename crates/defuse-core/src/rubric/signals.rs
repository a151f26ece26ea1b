//! What each of a rubric's tests looks for in a reply: the words of its phrases, echoing
//! the customer (now or earlier), a question, the name, capitals, exclamation marks, saying
//! it again, asking again, a flood, no words at all.

use super::phrase::{self, find};
use super::text::{Token, fold, tokens};
use super::{Compiled, CompiledTest, Context, Rubric};
use std::collections::HashSet;

impl Rubric {
    /// The words that matched, or `None`.
    pub(super) fn test(
        &self,
        compiled: &Compiled,
        reply: &str,
        words: &[Token],
        stems: &[String],
        context: &Context,
    ) -> Option<String> {
        let surface = |range: std::ops::RangeInclusive<usize>| {
            let (a, b) = (words[*range.start()].start, words[*range.end()].end);
            reply[a..b].to_owned()
        };
        match &compiled.test {
            CompiledTest::Phrases(phrases) => phrases
                .iter()
                .find_map(|p| find(p, words, stems))
                .map(surface),
            CompiledTest::Echo(share) => {
                let (echoed, of) = self.echo(reply, words, stems, context);
                (of > 0 && echoed.len() as f32 / of as f32 >= *share).then(|| echoed.join(", "))
            }
            CompiledTest::Ignores => {
                let (echoed, of) = self.echo(reply, words, stems, context);
                (of > 0 && echoed.is_empty() && !reply.contains('?') && !words.is_empty())
                    .then(|| reply.trim().to_owned())
            }
            CompiledTest::Steady(_) => None,
            CompiledTest::Repeats(share) => {
                let mine = self.content(reply);
                context
                    .replies_before
                    .iter()
                    .any(|before| {
                        let theirs = self.content(before);
                        let shared = mine.intersection(&theirs).count() as f32;
                        let both = (mine.len() + theirs.len()) as f32;
                        // Bare marks or one-word replies said again count too ("OK.", "OK.").
                        (both == 0.0 && fold(reply.trim()) == fold(before.trim()))
                            || both > 0.0 && 2.0 * shared / both >= *share
                    })
                    .then(|| reply.trim().to_owned())
            }
            CompiledTest::AsksAgain(share, asking) => {
                let said: HashSet<String> = std::iter::once(&context.customer_line)
                    .chain(&context.customer_before)
                    .flat_map(|line| self.content(line))
                    .collect();
                questions(reply).into_iter().find_map(|question| {
                    let q_words = tokens(question);
                    let q_stems: Vec<String> = q_words
                        .iter()
                        .map(|t| self.stemmer.stem(&t.folded))
                        .collect();
                    // Opened within its first words: "Anna, what was...?" asks too.
                    let opens = asking.iter().any(|p| {
                        (0..2).any(|i| phrase::matches_at(p, &q_words, &q_stems, i).is_some())
                    });
                    let content = self.content(question);
                    let known = content.iter().filter(|s| said.contains(*s)).count();
                    (opens && !content.is_empty() && known as f32 / content.len() as f32 >= *share)
                        .then(|| question.trim().to_owned())
                })
            }
            CompiledTest::Long(limit) => (words.len() > *limit).then(|| {
                let cut = words[(*limit).min(words.len() - 1)].start;
                let opening: Vec<&str> = reply[..cut].split_whitespace().take(8).collect();
                format!("{}…", opening.join(" "))
            }),
            CompiledTest::GivesIn => (!context.conceding.is_empty())
                .then(|| self.giving_in(reply, words, stems))
                .flatten()
                .map(surface),
            CompiledTest::NoWords => (!reply.trim().is_empty()
                && !reply.chars().any(char::is_alphabetic))
            .then(|| reply.trim().to_owned()),
            // The first question: from the start of its sentence to the mark.
            CompiledTest::Question => questions(reply).first().map(|q| (*q).to_owned()),
            CompiledTest::CustomerName => {
                let names: Vec<String> = tokens(&context.customer_name)
                    .into_iter()
                    .filter(|t| t.folded.chars().count() >= 3)
                    .map(|t| {
                        // The name without its last letter: Anna → Ann-o, Kovács → Kovács-né.
                        let n = t.folded.chars().count();
                        t.folded.chars().take((n - 1).max(3)).collect()
                    })
                    .collect();
                words
                    .iter()
                    .find(|t| names.iter().any(|n| t.folded.starts_with(n.as_str())))
                    .map(|t| reply[t.start..t.end].to_owned())
            }
            CompiledTest::Capitals(share) => {
                let (mut upper, mut letters) = (0usize, 0usize);
                let mut loud = Vec::new();
                for t in words {
                    let word = &reply[t.start..t.end];
                    let n = word.chars().filter(|c| c.is_alphabetic()).count();
                    if n < 3
                        || !word.chars().any(char::is_uppercase)
                            && !word.chars().any(char::is_lowercase)
                    {
                        continue;
                    }
                    let u = word.chars().filter(|c| c.is_uppercase()).count();
                    upper += u;
                    letters += n;
                    if u == n {
                        loud.push(word);
                    }
                }
                (letters >= 6 && upper as f32 / letters as f32 >= *share && !loud.is_empty())
                    .then(|| loud.join(" "))
            }
            CompiledTest::Exclamations(run) => {
                let mut longest = 0;
                let mut current = 0;
                for c in reply.chars() {
                    if c == '!' {
                        current += 1;
                        longest = longest.max(current);
                    } else if !c.is_whitespace() {
                        current = 0;
                    }
                }
                (longest >= (*run).max(1)).then(|| "!".repeat(longest))
            }
        }
    }
}

impl Rubric {
    /// The reply's words that echo the customer's line, and how many content words the
    /// line has.
    fn echo<'r>(
        &self,
        reply: &'r str,
        words: &[Token],
        stems: &[String],
        context: &Context,
    ) -> (Vec<&'r str>, usize) {
        let line = self.content(&context.customer_line);
        // A detail the customer gave earlier, picked up now, is heard as well.
        let earlier: HashSet<String> = context
            .customer_before
            .iter()
            .flat_map(|l| self.content(l))
            .collect();
        let mut echoed = Vec::new();
        let mut seen = HashSet::new();
        for (t, s) in words.iter().zip(stems) {
            if (line.contains(s) || earlier.contains(s))
                && !self.stop_words.contains(&t.folded)
                && seen.insert(s)
            {
                echoed.push(&reply[t.start..t.end]);
            }
        }
        // A last line with no details of its own ("So? Well?") is measured against the
        // customer's earlier ones.
        let of = if line.is_empty() {
            earlier.len()
        } else {
            line.len()
        };
        (echoed, of)
    }

    /// The stems of a text's content words (stop words left out).
    fn content(&self, text: &str) -> HashSet<String> {
        tokens(text)
            .into_iter()
            .filter(|t| !self.stop_words.contains(&t.folded))
            .map(|t| self.stemmer.stem(&t.folded))
            .collect()
    }
}

/// The reply's questions: each from the start of its sentence to its question mark.
fn questions(reply: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    for (i, c) in reply.char_indices() {
        match c {
            '?' => {
                found.push(reply[start..=i].trim());
                start = i + 1;
            }
            '.' | '!' | '\n' => start = i + c.len_utf8(),
            _ => {}
        }
    }
    found
}
