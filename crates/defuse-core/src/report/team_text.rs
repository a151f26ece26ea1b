//! The team view as text, under the table of `--format table`: the principles missed
//! most, the hardest decisions of each scenario, the team week by week, and first
//! attempts against latest.

use super::Report;
use super::team::{DecisionView, EndingCount, ScenarioView};
use crate::i18n::Texts;
use std::fmt::Write;

/// Principles listed; the rest are in the JSON report.
pub const PRINCIPLES: usize = 5;
/// Decisions listed per scenario, hardest first.
pub const DECISIONS: usize = 3;

/// The team view, starting with a blank line; empty when no session was a real one.
pub fn render(texts: &Texts, report: &Report) -> String {
    let team = &report.team;
    let mut out = String::new();
    if team.missed.is_empty() && team.scenarios.is_empty() {
        return out;
    }
    let _ = writeln!(out, "\n{}", heading(&texts.get("report-team-title")));
    if !team.missed.is_empty() {
        let _ = writeln!(out, "\n{}", texts.get("report-missed-title"));
        for m in shown_principles(&team.missed) {
            let _ = writeln!(out, "  {}", missed_line(texts, m));
        }
    }
    if !team.scenarios.is_empty() {
        let _ = writeln!(out, "\n{}", texts.get("report-hardest-title"));
        for scenario in &team.scenarios {
            out.push_str(&scenario_text(texts, scenario));
        }
    }
    if !team.weeks.is_empty() {
        let _ = writeln!(out, "\n{}", texts.get("report-weeks-title"));
        for week in &team.weeks {
            let _ = writeln!(
                out,
                "  {}",
                texts.format(
                    "report-week-line",
                    &[
                        ("date", super::date(texts, week.start).into()),
                        ("sessions", week.sessions.into()),
                        ("overall", week.overall.into()),
                        ("margin", format!("{:+}", week.margin).into()),
                        ("rate", format!("{}%", week.pass_rate).into()),
                    ],
                )
            );
        }
    }
    if !team.progress.is_empty() {
        let _ = writeln!(out, "\n{}", texts.get("report-progress-title"));
        for p in &team.progress {
            let _ = writeln!(
                out,
                "  {}",
                texts.format(
                    "report-progress-line",
                    &[
                        ("trainee", p.trainee.as_str().into()),
                        ("scenario", p.scenario.as_str().into()),
                        ("first", p.first.into()),
                        ("latest", p.latest.into()),
                        (
                            "change",
                            format!("{:+}", i32::from(p.latest) - i32::from(p.first)).into()
                        ),
                        ("attempts", p.attempts.into()),
                    ],
                )
            );
        }
    }
    out
}

fn heading(text: &str) -> String {
    format!("{text}\n{}", "═".repeat(text.chars().count()))
}

fn scenario_text(texts: &Texts, scenario: &ScenarioView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "  {}", scenario_heading(texts, scenario));
    for d in hard_decisions(scenario).take(DECISIONS) {
        for line in decision_lines(texts, d) {
            let _ = writeln!(out, "    {line}");
        }
    }
    let _ = writeln!(
        out,
        "    {}",
        texts.format(
            "report-endings",
            &[("list", endings(texts, &scenario.endings).into())]
        )
    );
    out
}

/// A hard decision: how often its best reply was missed, the line it answers, the best
/// reply and the one given most often instead.
pub fn decision_lines(texts: &Texts, d: &DecisionView) -> Vec<String> {
    let mut lines = vec![texts.format(
        "report-hardest-line",
        &[
            ("node", d.node.as_str().into()),
            ("missed", d.missed.into()),
            ("met", d.met.into()),
            ("line", d.customer_line.as_str().into()),
        ],
    )];
    if let Some(best) = &d.best {
        lines.push(format!(
            "  {}",
            texts.format("report-hardest-best", &[("text", best.as_str().into())])
        ));
    }
    if let Some(wrong) = &d.wrong {
        lines.push(format!(
            "  {}",
            match &wrong.text {
                Some(text) => texts.format(
                    "report-hardest-wrong",
                    &[
                        ("text", text.as_str().into()),
                        ("times", wrong.times.into())
                    ],
                ),
                None => texts.format(
                    "report-hardest-wrong-none",
                    &[("times", wrong.times.into())]
                ),
            }
        ));
    }
    lines
}

/// "resolved 7, customer left (fails the run) 3, abandoned 2"; an ending's id only where
/// two share an outcome.
pub fn endings(texts: &Texts, endings: &[EndingCount]) -> String {
    endings
        .iter()
        .map(|e| {
            // The ending's id only where two endings share an outcome.
            let twin = endings
                .iter()
                .filter(|o| o.outcome == e.outcome && o.node.is_some())
                .count()
                > 1;
            let name = match (&e.outcome, &e.node) {
                (Some(outcome), Some(node)) => {
                    let named = if twin {
                        texts.format(
                            "report-ending-named",
                            &[
                                ("outcome", texts.outcome(outcome).into()),
                                ("node", node.as_str().into()),
                            ],
                        )
                    } else {
                        texts.outcome(outcome)
                    };
                    if e.fails {
                        texts.format("report-ending-fails", &[("ending", named.into())])
                    } else {
                        named
                    }
                }
                _ => texts.get("report-abandoned"),
            };
            format!("{name} {}", e.count)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The principles missed most: the first `PRINCIPLES`, and any tied with the last of them.
pub fn shown_principles(
    missed: &[super::team::MissedPrinciple],
) -> &[super::team::MissedPrinciple] {
    let Some(last) = missed.get(PRINCIPLES.saturating_sub(1)) else {
        return missed;
    };
    let end = missed
        .iter()
        .position(|m| m.focus.missed < last.focus.missed)
        .unwrap_or(missed.len());
    &missed[..end]
}

/// "12 × “Open and close the conversation well” (empathy) — 6 trainees; …".
pub fn missed_line(texts: &Texts, m: &super::team::MissedPrinciple) -> String {
    texts.format(
        "report-missed-line",
        &[
            ("count", m.focus.missed.into()),
            ("title", m.focus.principle.title.as_str().into()),
            (
                "criterion",
                texts.criterion(m.focus.principle.criterion).into(),
            ),
            ("trainees", m.trainees.into()),
            ("scenarios", m.scenarios.join(", ").into()),
        ],
    )
}

/// "The call that came too late (12 sessions)".
pub fn scenario_heading(texts: &Texts, scenario: &ScenarioView) -> String {
    texts.format(
        "report-hardest-scenario",
        &[
            ("title", scenario.title.as_str().into()),
            ("sessions", scenario.sessions.into()),
        ],
    )
}

/// A scenario's decisions whose best reply was missed at all, hardest first.
pub fn hard_decisions(scenario: &ScenarioView) -> impl Iterator<Item = &DecisionView> {
    scenario.decisions.iter().filter(|d| d.missed > 0)
}

/// "3 abandoned sessions … count toward no score or pass rate", or `None` when every
/// session counts.
pub fn not_counted(texts: &Texts, team: &super::team::Team) -> Option<String> {
    (team.abandoned + team.practice > 0).then(|| {
        texts.format(
            "report-not-counted",
            &[
                ("abandoned", team.abandoned.into()),
                ("practice", team.practice.into()),
            ],
        )
    })
}
