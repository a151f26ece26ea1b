//! `defuse play`: a scenario in the terminal, typed or scripted, in the chosen language.

use super::output::wrap;
use super::{Out, Places, PlayArgs, Reported, load_localized};
use defuse_core::practice::{AnswerError, Practice, Rubrics};
use defuse_core::scorecard::SessionInfo;
use defuse_core::store::Store;
use defuse_core::{Answer, Event, Story};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

mod answers;
mod print;
use answers::{Asking, Replies, next_answer};
use print::{evidence_lines, next_time, route_line, saved_lines, score_line, scorecard};

const WIDTH: usize = 78;

pub fn run(out: &mut Out, places: &Places, options: &PlayArgs) -> Result<ExitCode, Reported> {
    let choices = options.answers();
    if let Some(choices) = &choices
        && let Some(k) = choices.iter().position(|c| *c == Answer::Number(0))
    {
        return Err(out.err(&out.tf("error-choice-zero", &[("position", (k + 1).into())])));
    }
    if let Some(name) = &options.trainee {
        check_trainee(out, places, name, options.new_trainee)?;
    }
    let story = Arc::new(load_localized(out, places, &options.scenario)?);
    let seed = options.seed.unwrap_or_else(rand::random);
    let order = defuse_core::ReplyOrder {
        seed: Some(seed),
        ..options.order()
    };
    let conversation = order
        .start_at(story.clone(), &options.start_at())
        .map_err(|message| out.err(&format!("error: {message}")))?;
    let mut replies = match choices {
        Some(choices) => Replies::Scripted(choices.into_iter()),
        None => {
            let stdin = std::io::stdin();
            let prompt = stdin.is_terminal();
            Replies::Typed {
                input: Box::new(stdin.lock()),
                prompt,
            }
        }
    };
    let info = SessionInfo {
        trainee: options.trainee.clone().unwrap_or_default(),
        language: places.lang.language.as_str().to_owned(),
        started: jiff::Timestamp::now(),
        answered: Vec::new(),
        expert: options.expert,
    };
    let mut practice = Practice::new(conversation, info, Rubrics::new(&places.locales));
    let result = play(
        out,
        &story,
        &mut practice,
        &mut replies,
        seed,
        options.expert,
    );
    // Saved even when play stopped on a bad reply number: what was played is kept.
    if options.trainee.is_some() {
        save(out, places, &practice)?;
    }
    if let Some(name) = &options.record_playtest {
        out.line(&defuse_core::playtest::record(
            name,
            practice.conversation(),
        ));
    }
    result
}

/// A name close to someone on the roster but not theirs is likelier a typo than a new
/// trainee: refused, with the name meant, unless `--new-trainee` says otherwise.
fn check_trainee(out: &mut Out, places: &Places, name: &str, new: bool) -> Result<(), Reported> {
    if !name.chars().any(char::is_alphanumeric) {
        return Err(out.err(&out.t("error-trainee-empty")));
    }
    let roster = super::report::read_roster(out, &Store::new(&places.data));
    if new || roster.find(name).is_some() {
        return Ok(());
    }
    match roster.nearest(name) {
        Some(person) => Err(out.err(&out.tf(
            "error-trainee-did-you-mean",
            &[
                ("given", name.trim().into()),
                ("nearest", person.name.as_str().into()),
            ],
        ))),
        None => Ok(()),
    }
}

/// Saves the scorecard (finished, or abandoned when the replies ran out), and queues it
/// for `defuse sync` when an LRS is configured.
fn save(out: &mut Out, places: &Places, practice: &Practice) -> Result<(), Reported> {
    let store = Store::new(&places.data);
    let lrs = places.lrs.clone().ok().flatten();
    let saved = practice.save(&store, lrs.as_ref(), jiff::Timestamp::now());
    saved_lines(out, saved)
}

fn play(
    out: &mut Out,
    story: &Story,
    practice: &mut Practice,
    replies: &mut Replies,
    seed: u64,
    expert: bool,
) -> Result<ExitCode, Reported> {
    let s = &story.scenario;
    let t = &out.texts;
    let header = format!(
        "{}  ·  {}  ·  {}",
        s.title,
        t.setting(&s.setting),
        t.difficulty(s.difficulty)
    );
    let customer = t.format(
        "play-customer",
        &[
            ("name", s.customer.name.as_str().into()),
            (
                "gender",
                defuse_core::Gender::fluent(s.customer.gender).into(),
            ),
            ("mood", practice.conversation().mood().into()),
            ("seed", seed.to_string().into()),
        ],
    );
    out.line(&header);
    out.line(&wrap(&s.brief, WIDTH, ""));
    out.line(&customer);
    out.line("");

    let name = s.customer.name.clone();
    let gender = s.customer.gender;
    let mut decision = 0usize;
    loop {
        // Why the story went where it went, for the trainer checking the thresholds.
        for routing in practice.conversation_mut().follow_branches() {
            out.line(&route_line(out, &routing));
        }
        match practice.conversation_mut().next_event() {
            Event::Line { text, tone, .. } => {
                let says = out.tf(
                    "play-customer-says",
                    &[
                        ("name", name.as_str().into()),
                        ("tone", out.texts.tone(tone, gender).into()),
                    ],
                );
                out.line(&says);
                out.line(&wrap(
                    &out.tf("quoted", &[("text", text.into())]),
                    WIDTH,
                    "  ",
                ));
                out.line("");
            }
            Event::Choice {
                node,
                replies: options,
                order,
                typed,
                hint,
            } => {
                let node = node.to_owned();
                let hint = hint.map(str::to_owned);
                let listed = !typed && !expert;
                if listed {
                    for (shown, &k) in order.iter().enumerate() {
                        let numbered = wrap(&options[k].text, WIDTH - 5, "     ");
                        out.line(&format!("  {}. {}", shown + 1, numbered.trim_start()));
                    }
                } else {
                    out.line(&format!("  {}", out.t("play-own-words")));
                }
                let count = options.len();
                decision += 1;
                let mut took_hint = false;
                let asking = Asking {
                    count,
                    listed,
                    hint: hint.as_deref(),
                };
                let Some(answer) = next_answer(out, replies, &asking, &mut took_hint)? else {
                    out.line("");
                    out.line(&out.tf(
                        "play-stopped",
                        &[("number", decision.into()), ("node", node.as_str().into())],
                    ));
                    scorecard(out, story, practice.conversation(), None);
                    return Ok(ExitCode::SUCCESS);
                };
                if took_hint {
                    practice.take_hint();
                }
                let told = match practice.answer(&answer, false, jiff::Timestamp::now()) {
                    Ok(told) => told,
                    Err(AnswerError::NoSuchReply {
                        number, available, ..
                    }) => {
                        return Err(out.err(&out.tf(
                            "error-no-such-reply",
                            &[
                                ("choice", number.into()),
                                ("decision", decision.into()),
                                ("node", node.as_str().into()),
                                ("count", available.into()),
                            ],
                        )));
                    }
                    Err(AnswerError::Rubric(problems)) => return Err(out.problems(&problems)),
                    Err(AnswerError::OtherLanguage(found)) => {
                        out.line(&out.tf("answer-other-language", &[("found", found.into())]));
                        // The same decision is asked again.
                        decision -= 1;
                        continue;
                    }
                    Err(AnswerError::OwnWordsOnly) => {
                        let number = match &answer {
                            Answer::Number(n) => n.to_string(),
                            Answer::Words(w) => w.clone(),
                        };
                        return Err(
                            out.err(&out.tf("error-words-wanted", &[("answer", number.into())]))
                        );
                    }
                    Err(AnswerError::NotAwaiting | AnswerError::Empty) => continue,
                };
                let (record, turn, shown) = (&told.record, &told.turn, told.shown);
                out.line("");
                match &turn.typed {
                    None => out.line(&out.tf("play-you", &[("number", shown.into())])),
                    Some(_) => out.line(&out.t("play-you-typed")),
                }
                out.line(&wrap(
                    &out.tf("quoted", &[("text", turn.reply_text.as_str().into())]),
                    WIDTH,
                    "  ",
                ));
                if let Some(typed) = &turn.typed {
                    use defuse_core::scorecard::Taken;
                    let key = match typed.taken() {
                        Taken::Certain => "play-taken-as",
                        Taken::Closest => "play-closest",
                        Taken::NoMatch => "play-no-match",
                        Taken::NothingInCommon => "play-no-match-at-all",
                    };
                    let taken = out.tf(
                        key,
                        &[
                            ("number", shown.into()),
                            ("closeness", typed.closeness.into()),
                            ("text", typed.taken_as.as_deref().unwrap_or("").into()),
                            ("nearest", typed.nearest.as_deref().unwrap_or("").into()),
                            ("needed", typed.needed.into()),
                            ("name", name.as_str().into()),
                            ("gender", defuse_core::Gender::fluent(gender).into()),
                        ],
                    );
                    out.line(&wrap(&taken, WIDTH, "  "));
                }
                let mood = out.tf(
                    "play-mood",
                    &[
                        ("before", record.mood_before.into()),
                        ("after", record.mood_after.into()),
                    ],
                );
                out.line(&format!(
                    "  {} · {mood}",
                    score_line(out, &record.scores, &record.best)
                ));
                if let Some(moved) = turn.typed.as_ref().and_then(|t| t.moved) {
                    out.line(&wrap(&moved.told(&out.texts), WIDTH, "  "));
                }
                if let Some(typed) = &turn.typed {
                    for line in evidence_lines(out, typed) {
                        out.line(&line);
                    }
                }
                if !turn.feedback.is_empty() {
                    out.line(&wrap(
                        &out.tf("play-feedback", &[("text", turn.feedback.as_str().into())]),
                        WIDTH,
                        "  ",
                    ));
                }
                if let Some(p) = &turn.principle {
                    let principle = out.tf(
                        "play-principle",
                        &[
                            ("criterion", out.texts.criterion(p.criterion).into()),
                            ("title", p.title.as_str().into()),
                            ("text", p.text.as_str().into()),
                        ],
                    );
                    out.line(&wrap(&principle, WIDTH, "  "));
                }
                out.line("");
            }
            Event::End {
                node,
                outcome,
                summary,
            } => {
                let outcome = out.texts.outcome(outcome);
                let summary = summary.to_owned();
                let ending = out.tf(
                    "play-ending",
                    &[("outcome", outcome.as_str().into()), ("id", node.into())],
                );
                out.line(&ending);
                out.line(&wrap(&summary, WIDTH, ""));
                out.line("");
                scorecard(out, story, practice.conversation(), Some(&outcome));
                next_time(out, practice);
                if let Replies::Scripted(rest) = replies {
                    let left: Vec<String> = rest.map(|c| c.to_string()).collect();
                    if !left.is_empty() {
                        out.err(&out.tf(
                            "play-leftover",
                            &[
                                ("count", left.len().into()),
                                ("choices", left.join(",").into()),
                            ],
                        ));
                    }
                }
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
}
