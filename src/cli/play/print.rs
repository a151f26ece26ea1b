//! How `play` prints a turn's evidence and scores, the scorecard, the lessons for next
//! time and why a branch went where it went.

use super::WIDTH;
use crate::cli::output::{bar, wrap};
use crate::cli::{Out, Reported};
use defuse_core::practice::{Practice, Saved};
use defuse_core::{Conversation, Criterion, Scores, Story};

/// The signals that earned or lost points, under each criterion's rubric score.
pub(super) fn evidence_lines(out: &Out, typed: &defuse_core::scorecard::Typed) -> Vec<String> {
    let mut lines = Vec::new();
    for c in Criterion::ALL {
        let found: Vec<_> = typed.evidence.iter().filter(|e| e.criterion == c).collect();
        if found.is_empty() {
            continue;
        }
        lines.push(format!(
            "  {} {}",
            out.texts.criterion(c),
            typed.rubric.get(c)
        ));
        for e in found {
            let text = if e.words.is_empty() {
                format!("{:+} {}", e.points, e.why)
            } else {
                format!(
                    "{:+} {}: {}",
                    e.points,
                    out.tf("quoted", &[("text", e.words.as_str().into())]),
                    e.why
                )
            };
            lines.push(wrap(&text, WIDTH, "    "));
        }
    }
    lines
}

pub(super) fn score_line(out: &Out, scores: &Scores, best: &Scores) -> String {
    Criterion::ALL
        .iter()
        .map(|&c| {
            format!(
                "{} {}/{}",
                out.texts.criterion(c),
                scores.get(c),
                best.get(c)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

pub(super) fn scorecard(
    out: &mut Out,
    story: &Story,
    conversation: &Conversation,
    outcome: Option<&str>,
) {
    let summary = conversation.summary();
    let t = &out.texts;
    let names: Vec<String> = summary
        .criteria
        .iter()
        .map(|r| t.criterion(r.criterion))
        .collect();
    let overall = t.get("scorecard-overall");
    let outcome_label = t.get("scorecard-outcome");
    // Pad labels to one column, by characters, whatever the language.
    let width = names
        .iter()
        .chain([&overall, &outcome_label])
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(10);
    let pad = |s: &str| format!("{s}{}", " ".repeat(width - s.chars().count()));
    let mut lines = vec![t.get("scorecard")];
    for (result, name) in summary.criteria.iter().zip(&names) {
        lines.push(match result.percent {
            Some(p) => format!("  {} {:>3}  {}", pad(name), p, bar(p, 20)),
            None => format!("  {}   –  {}", pad(name), t.get("scorecard-not-tested")),
        });
    }
    let verdict = match (outcome, summary.passed) {
        (None, _) => t.get("verdict-unfinished"),
        (Some(_), true) => t.get("verdict-pass"),
        (Some(_), _) if summary.failed_by_ending => t.get("verdict-fail-ending"),
        (Some(_), false) => t.get("verdict-fail"),
    };
    let pass_mark = t.format(
        "scorecard-pass-mark",
        &[("mark", story.scenario.pass_mark.into())],
    );
    lines.push(format!(
        "  {} {:>3}  {verdict} {pass_mark}",
        pad(&overall),
        summary.overall
    ));
    let unfinished = t.get("verdict-unfinished");
    let result = t.format(
        "scorecard-summary",
        &[
            ("outcome", outcome.unwrap_or(&unfinished).into()),
            (
                "decisions",
                t.count("decisions", conversation.turns().len()).into(),
            ),
            ("mood", conversation.mood().into()),
        ],
    );
    lines.push(format!("  {} {result}", pad(&outcome_label)));
    for line in lines {
        out.line(&line);
    }
}

/// The three things to do differently, as the window's debrief has them.
pub(super) fn next_time(out: &mut Out, practice: &Practice) {
    let card = practice.scorecard(jiff::Timestamp::now());
    let lessons = defuse_core::lessons::lessons(&card, 3);
    out.line("");
    out.line(&out.t("debrief-next-time"));
    if lessons.is_empty() {
        out.line(&format!("  {}", out.t("debrief-no-lessons")));
    }
    for (k, lesson) in lessons.iter().enumerate() {
        let line = out.tf(
            "debrief-lesson",
            &[
                ("n", (k + 1).into()),
                ("principle", lesson.principle.title.as_str().into()),
                ("number", lesson.decision.into()),
                ("text", lesson.best_reply.as_str().into()),
            ],
        );
        out.line(&wrap(&line, WIDTH, "  "));
    }
}

/// A branch followed, as a trainer reads it: `mood -35 is below -30: → escalate`.
pub(super) fn route_line(out: &Out, routing: &defuse_core::Routing) -> String {
    use defuse_core::MoodTest;
    let why = match routing.held {
        Some(MoodTest::Below(limit)) => out.tf(
            "play-route-below",
            &[("mood", routing.mood.into()), ("limit", limit.into())],
        ),
        Some(MoodTest::AtLeast(limit)) => out.tf(
            "play-route-at-least",
            &[("mood", routing.mood.into()), ("limit", limit.into())],
        ),
        None => {
            let tests: Vec<String> = routing
                .tested
                .iter()
                .map(|t| match t {
                    MoodTest::Below(limit) => {
                        out.tf("graph-mood-below", &[("limit", limit.to_string().into())])
                    }
                    MoodTest::AtLeast(limit) => out.tf(
                        "graph-mood-at-least",
                        &[("limit", limit.to_string().into())],
                    ),
                })
                .collect();
            out.tf(
                "play-route-otherwise",
                &[
                    ("mood", routing.mood.into()),
                    ("tests", tests.join(", ").into()),
                ],
            )
        }
    };
    format!(
        "  {}",
        out.tf(
            "play-route",
            &[
                ("branch", routing.branch.as_str().into()),
                ("why", why.into()),
                ("to", routing.to.as_str().into()),
            ],
        )
    )
}

/// Where the scorecard went, or why it could not be saved; and whether it waits for the LRS.
pub(super) fn saved_lines(out: &mut Out, saved: Saved) -> Result<(), Reported> {
    let path = saved.path.map_err(|reason| {
        out.err(&out.tf("error-scorecard-not-saved", &[("reason", reason.into())]))
    })?;
    let id = if saved.card.is_abandoned() {
        "scorecard-saved-abandoned"
    } else {
        "scorecard-saved"
    };
    out.err(&out.tf(id, &[("path", path.display().to_string().into())]));
    if let Err(reason) = saved.roster {
        out.err(&out.tf("warning-roster", &[("reason", reason.into())]));
    }
    match saved.queued {
        Some(Ok(())) => {
            out.err(&out.t("scorecard-queued"));
        }
        Some(Err(reason)) => {
            out.err(&out.tf(
                "report-skipped-file",
                &[("file", "outbox".into()), ("reason", reason.into())],
            ));
        }
        None => {}
    }
    Ok(())
}
