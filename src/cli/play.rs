//! `defuse play`: a scenario in the terminal, typed or scripted.

use super::report::{bar, wrap};
use super::{Out, Reported, load};
use defuse_core::{Conversation, Criterion, Event, Node, Scores, Story};
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

pub struct Options {
    pub scenario: String,
    pub choices: Option<Vec<usize>>,
    pub seed: Option<u64>,
    pub from: Option<String>,
    pub mood: Option<i32>,
}

const WIDTH: usize = 78;

/// Where the trainee's replies come from.
enum Replies {
    Scripted(std::vec::IntoIter<usize>),
    Typed {
        input: Box<dyn BufRead>,
        prompt: bool,
    },
}

pub fn run(out: &mut Out, scenarios: &Path, options: &Options) -> Result<ExitCode, Reported> {
    if let Some(choices) = &options.choices
        && let Some(k) = choices.iter().position(|&c| c == 0)
    {
        out.err(&format!(
            "error: --choices: reply numbers start at 1, but choice {} is 0",
            k + 1
        ));
        return Err(Reported);
    }
    let story = Arc::new(load(out, scenarios, &options.scenario)?);
    let seed = options.seed.unwrap_or_else(rand::random);
    let mut conversation = match (&options.from, options.mood) {
        (None, None) => Conversation::new(story.clone(), seed),
        (from, mood) => {
            let node = from.clone().unwrap_or_else(|| story.scenario.start.clone());
            let mood = mood.unwrap_or(story.scenario.customer.mood);
            Conversation::starting_at(story.clone(), &node, mood, seed)
                .map_err(|message| out.err(&format!("error: {message}")))?
        }
    };
    let mut replies = match &options.choices {
        Some(choices) => Replies::Scripted(choices.clone().into_iter()),
        None => {
            let stdin = std::io::stdin();
            let prompt = stdin.is_terminal();
            Replies::Typed {
                input: Box::new(stdin.lock()),
                prompt,
            }
        }
    };
    play(out, &story, &mut conversation, &mut replies, seed)
}

fn play(
    out: &mut Out,
    story: &Story,
    conversation: &mut Conversation,
    replies: &mut Replies,
    seed: u64,
) -> Result<ExitCode, Reported> {
    let s = &story.scenario;
    out.line(&format!(
        "{}  ·  {}  ·  {}",
        s.title, s.setting, s.difficulty
    ));
    out.line(&wrap(&s.brief, WIDTH, ""));
    out.line(&format!(
        "Customer: {} · mood {} · seed {seed}",
        s.customer.name,
        conversation.mood()
    ));
    out.line("");

    let name = s.customer.name.clone();
    let mut decision = 0usize;
    loop {
        match conversation.next_event() {
            Event::Line { text, tone, .. } => {
                out.line(&format!("{name} ({}):", tone.name()));
                out.line(&wrap(&format!("“{text}”"), WIDTH, "  "));
                out.line("");
            }
            Event::Choice {
                node,
                replies: options,
                ..
            } => {
                let node = node.to_owned();
                for (k, reply) in options.iter().enumerate() {
                    let numbered = wrap(&reply.text, WIDTH - 5, "     ");
                    out.line(&format!("  {}. {}", k + 1, numbered.trim_start()));
                }
                let count = options.len();
                decision += 1;
                let Some(choice) = next_choice(out, replies, count)? else {
                    out.line("");
                    out.line(&format!(
                        "The conversation stops here, unfinished: no reply was given at decision {decision} (`{node}`)."
                    ));
                    scorecard(out, story, conversation, None);
                    return Ok(ExitCode::SUCCESS);
                };
                let story_node = story.find(&node).map(|i| story.node(i));
                let record = conversation.choose(choice - 1).map_err(|err| {
                    out.err(&format!(
                        "error: choice {choice} at decision {decision}: {err}"
                    ))
                })?;
                let Some(Node::Turn {
                    replies: options, ..
                }) = story_node
                else {
                    continue;
                };
                let reply = &options[choice - 1];
                out.line("");
                out.line(&format!("You ({choice}):"));
                out.line(&wrap(&format!("“{}”", reply.text), WIDTH, "  "));
                out.line(&format!(
                    "  {} · mood {} → {}",
                    score_line(&record.scores, &record.best),
                    record.mood_before,
                    record.mood_after
                ));
                out.line(&wrap(&format!("Feedback: {}", reply.feedback), WIDTH, "  "));
                if let Some(p) = reply
                    .principle
                    .as_deref()
                    .and_then(|id| story.principle(id))
                {
                    out.line(&wrap(
                        &format!("Principle ({}): {}. {}", p.criterion, p.title, p.text),
                        WIDTH,
                        "  ",
                    ));
                }
                out.line("");
            }
            Event::End {
                node,
                outcome,
                summary,
            } => {
                let outcome = outcome.to_string();
                let summary = summary.to_owned();
                out.line(&format!("── Ending: {outcome} ({node}) ──"));
                out.line(&wrap(&summary, WIDTH, ""));
                out.line("");
                scorecard(out, story, conversation, Some(&outcome));
                if let Replies::Scripted(rest) = replies {
                    let left: Vec<String> = rest.map(|c| c.to_string()).collect();
                    if !left.is_empty() {
                        out.err(&format!(
                            "warning: the conversation ended with {} choice{} left over: {}",
                            left.len(),
                            if left.len() == 1 { "" } else { "s" },
                            left.join(",")
                        ));
                    }
                }
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
}

/// The next reply number (1-based), or `None` when the replies have run out.
fn next_choice(
    out: &mut Out,
    replies: &mut Replies,
    count: usize,
) -> Result<Option<usize>, Reported> {
    match replies {
        Replies::Scripted(choices) => Ok(choices.next()),
        Replies::Typed { input, prompt } => loop {
            if *prompt {
                let _ = write!(out.stdout, "Your reply (1-{count}, q to stop): ");
                let _ = out.stdout.flush();
            }
            let mut line = String::new();
            match input.read_line(&mut line) {
                Ok(0) => return Ok(None),
                Ok(_) => {}
                Err(err) => {
                    out.err(&format!("error: cannot read the reply: {err}"));
                    return Err(Reported);
                }
            }
            let answer = line.trim();
            if answer.eq_ignore_ascii_case("q") {
                return Ok(None);
            }
            match answer.parse::<usize>() {
                Ok(n) if (1..=count).contains(&n) => return Ok(Some(n)),
                // A typo at the keyboard is asked again; in a piped script it is an error.
                _ if *prompt => out.line(&format!("Please type a number from 1 to {count}.")),
                _ => {
                    out.err(&format!(
                        "error: `{answer}` is not a reply number from 1 to {count}"
                    ));
                    return Err(Reported);
                }
            }
        },
    }
}

fn score_line(scores: &Scores, best: &Scores) -> String {
    Criterion::ALL
        .iter()
        .map(|&c| format!("{} {}/{}", c.name(), scores.get(c), best.get(c)))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn scorecard(out: &mut Out, story: &Story, conversation: &Conversation, outcome: Option<&str>) {
    let summary = conversation.summary();
    out.line("Scorecard");
    for result in &summary.criteria {
        match result.percent {
            Some(p) => out.line(&format!(
                "  {:<10} {:>3}  {}",
                result.criterion.name(),
                p,
                bar(p, 20)
            )),
            None => out.line(&format!(
                "  {:<10}   –  not tested on this path",
                result.criterion.name()
            )),
        }
    }
    let verdict = match (outcome, summary.passed) {
        (None, _) => "unfinished",
        (Some(_), true) => "pass",
        (Some(_), _) if summary.failed_by_ending => "fail: this ending fails the run",
        (Some(_), false) => "fail",
    };
    out.line(&format!(
        "  overall    {:>3}  {verdict} (pass mark {})",
        summary.overall, story.scenario.pass_mark
    ));
    out.line(&format!(
        "  outcome    {} after {} decision{}, customer's mood {}",
        outcome.unwrap_or("unfinished"),
        conversation.turns().len(),
        if conversation.turns().len() == 1 {
            ""
        } else {
            "s"
        },
        conversation.mood()
    ));
}
