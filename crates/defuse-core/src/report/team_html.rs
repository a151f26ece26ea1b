//! The team view in the HTML report: the team week by week over real time, the
//! principles missed most, the hardest decisions of each scenario, and first attempts
//! against latest.

use super::Report;
use super::chart::{self, Dot};
use super::escape::esc;
use super::team_text::{decision_lines, endings, hard_decisions, scenario_heading};
use crate::i18n::Texts;
use std::fmt::Write;

/// Decisions shown per scenario, hardest first.
const DECISIONS: usize = 5;

/// Appends the team section; nothing when no session was a real one.
pub fn render(h: &mut String, texts: &Texts, report: &Report) {
    let team = &report.team;
    if team.missed.is_empty() && team.scenarios.is_empty() {
        return;
    }
    let _ = writeln!(
        h,
        "<section id=\"team\">\n<h2>{}</h2>",
        esc(&texts.get("report-team-title"))
    );
    if !team.weeks.is_empty() {
        // A week's dot sits at the end of its Monday; it passes when the team's mean
        // reached the mean pass mark that week.
        let dots: Vec<Dot> = team
            .weeks
            .iter()
            .filter_map(|w| {
                let at = w.start.to_zoned(report.zone.clone()).ok()?.timestamp();
                Some(Dot {
                    at,
                    overall: w.overall,
                    passed: w.margin >= 0,
                })
            })
            .collect();
        let _ = writeln!(
            h,
            "<figure><figcaption>{}</figcaption>{}</figure>",
            esc(&texts.get("report-weeks-title")),
            chart::overall("team-trend", texts, &dots, team.pass_mark, &report.zone)
        );
    }
    if !team.missed.is_empty() {
        let _ = writeln!(
            h,
            "<h3>{}</h3>\n<table class=\"missed\">\n<tbody>",
            esc(&texts.get("report-missed-title"))
        );
        for m in team.missed.iter().take(10) {
            let _ = writeln!(
                h,
                "<tr><td class=\"n\"><b>{}</b></td><td><b>{}</b> <span class=\"muted\">({})</span></td><td>{}</td></tr>",
                m.focus.missed,
                esc(&m.focus.principle.title),
                esc(&texts.criterion(m.focus.principle.criterion)),
                esc(&texts.format(
                    "report-missed-who",
                    &[
                        ("trainees", m.trainees.into()),
                        ("scenarios", m.scenarios.join(", ").into()),
                    ],
                ))
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    if !team.scenarios.is_empty() {
        let _ = writeln!(h, "<h3>{}</h3>", esc(&texts.get("report-hardest-title")));
        for scenario in &team.scenarios {
            let _ = writeln!(
                h,
                "<div class=\"scenario\"><h4>{}</h4>\n<ol>",
                esc(&scenario_heading(texts, scenario))
            );
            for d in hard_decisions(scenario).take(DECISIONS) {
                let lines = decision_lines(texts, d);
                let _ = write!(h, "<li><b>{}</b>", esc(&lines[0]));
                for line in &lines[1..] {
                    let _ = write!(h, "<br><span class=\"muted\">{}</span>", esc(line.trim()));
                }
                h.push_str("</li>\n");
            }
            let _ = writeln!(
                h,
                "</ol>\n<p>{}</p></div>",
                esc(&texts.format(
                    "report-endings",
                    &[("list", endings(texts, &scenario.endings).into())]
                ))
            );
        }
    }
    if !team.progress.is_empty() {
        let _ = writeln!(
            h,
            "<h3>{}</h3>\n<table class=\"progress\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            esc(&texts.get("report-progress-title")),
            esc(&texts.get("report-trainee")),
            esc(&texts.get("report-scenario")),
            esc(&texts.get("report-first-attempt")),
            esc(&texts.get("report-latest-attempt")),
            esc(&texts.get("report-attempts")),
        );
        for p in &team.progress {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{} ({:+})</td><td class=\"n\">{}</td></tr>",
                esc(&p.trainee),
                esc(&p.scenario),
                p.first,
                p.latest,
                i32::from(p.latest) - i32::from(p.first),
                p.attempts
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    h.push_str("</section>\n");
}
