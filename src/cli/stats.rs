//! `defuse stats`: the shape of a scenario.

use super::{Out, Places, Reported, load, load_localized};
use defuse_core::lint::{LENGTH_RATIO, decisions};
use defuse_core::naive::{PassRate, pass_rates};
use defuse_core::stats::stats;
use defuse_core::teaching::coverage;
use std::process::ExitCode;
use std::sync::Arc;

/// Seeds the naive players play with: enough that a 5 % pass rate shows.
pub const NAIVE_SEEDS: u64 = 100;

pub fn run(
    out: &mut Out,
    places: &Places,
    reference: &str,
    json: bool,
) -> Result<ExitCode, Reported> {
    // In the session language: the naive players judge replies by their length as shown.
    let story = Arc::new(load_localized(out, places, reference)?);
    let stats = stats(&story);
    let naive = pass_rates(&story, NAIVE_SEEDS);
    let shapes = decisions(&story.scenario);
    if json {
        let mut value = serde_json::to_value(&stats).map_err(|err| out.err(&err.to_string()))?;
        value["naive_players"] = naive
            .iter()
            .map(|r| {
                serde_json::json!({
                    "strategy": r.strategy.name(),
                    "runs": r.runs,
                    "passes": r.passes,
                })
            })
            .collect();
        value["content"] = serde_json::json!({
            "decisions_listed": shapes.len(),
            "best_longest": shapes.iter().filter(|d| d.best_longest).count(),
            "best_length_ratio_max": shapes.iter().map(|d| d.length_ratio).fold(0.0, f64::max),
            "second_defensible": shapes.iter().filter(|d| d.second_defensible).count(),
        });
        let text = serde_json::to_string_pretty(&value).map_err(|err| out.err(&err.to_string()))?;
        out.line(&text);
        return Ok(ExitCode::SUCCESS);
    }
    let t = &out.texts;
    let mut lines = vec![format!("{} — {}", stats.scenario, story.scenario.title)];
    lines.push(format!(
        "  {}",
        t.format(
            "stats-size",
            &[
                ("nodes", stats.nodes.into()),
                ("decisions", stats.decisions.into()),
                ("replies", stats.replies.into()),
            ],
        )
    ));
    let endings: Vec<String> = stats
        .endings
        .iter()
        .map(|e| format!("{} {}", e.count, t.outcome(&e.outcome)))
        .collect();
    lines.push(format!(
        "  {}",
        t.format("stats-endings", &[("list", endings.join(", ").into())])
    ));
    lines.push(format!(
        "  {}",
        match &stats.paths {
            Some(paths) => t.format("stats-paths", &[("paths", paths.to_string().into())]),
            None => t.get("stats-paths-unbounded"),
        }
    ));
    lines.push(format!(
        "  {}",
        t.format(
            "stats-lengths",
            &[
                ("shortest", t.count("decisions", stats.shortest).into()),
                (
                    "longest",
                    stats
                        .longest
                        .map_or(t.get("stats-unbounded"), |l| t.count("decisions", l))
                        .into()
                ),
            ],
        )
    ));
    let names: Vec<String> = stats
        .criteria
        .iter()
        .map(|r| t.criterion(r.criterion))
        .collect();
    let width = names
        .iter()
        .map(|n| n.chars().count())
        .chain([t.get("stats-reach").chars().count()])
        .max()
        .unwrap_or(18);
    let pad = |s: &str| format!("{s}{}", " ".repeat(width - s.chars().count()));
    lines.push(format!(
        "  {}  {}  {}",
        pad(&t.get("stats-reach")),
        t.get("stats-best"),
        t.get("stats-worst")
    ));
    let best_width = t.get("stats-best").chars().count();
    let worst_width = t.get("stats-worst").chars().count();
    for (reach, name) in stats.criteria.iter().zip(&names) {
        let show = |v: Option<u8>| v.map_or("–".to_owned(), |v| v.to_string());
        lines.push(format!(
            "  {}  {:>best_width$}  {:>worst_width$}",
            pad(name),
            show(reach.best),
            show(reach.worst)
        ));
    }
    if stats.has_loops {
        lines.push(format!("  {}", t.get("stats-loops-note")));
    }
    lines.push(format!("  {}", naive_line(out, &naive)));
    // A lucky run to replay, for each player that passed: what to fix is then plain to see.
    for rate in &naive {
        if let Some((seed, choices)) = &rate.first_pass {
            let choices: Vec<String> = choices.iter().map(usize::to_string).collect();
            lines.push(format!(
                "    {}",
                out.tf(
                    "stats-naive-replay",
                    &[
                        ("player", rate.strategy.name().into()),
                        ("seed", seed.to_string().into()),
                        ("id", story.scenario.id.as_str().into()),
                        ("choices", choices.join(",").into()),
                    ],
                )
            ));
        }
    }
    let ratio = shapes.iter().map(|d| d.length_ratio).fold(0.0, f64::max);
    lines.push(format!(
        "  {}",
        out.tf(
            "stats-content",
            &[
                ("decisions", shapes.len().into()),
                (
                    "longest",
                    shapes.iter().filter(|d| d.best_longest).count().into()
                ),
                ("ratio", format!("{ratio:.1}").into()),
                ("limit", format!("{LENGTH_RATIO:.1}").into()),
                (
                    "defensible",
                    shapes.iter().filter(|d| d.second_defensible).count().into()
                ),
            ],
        )
    ));
    for line in lines {
        out.line(&line);
    }
    Ok(ExitCode::SUCCESS)
}

/// The naive players' pass rates on one line.
fn naive_line(out: &Out, rates: &[PassRate]) -> String {
    let rate = |k: usize| format!("{:.0} %", rates[k].percent());
    out.tf(
        "stats-naive",
        &[
            ("seeds", (NAIVE_SEEDS as usize).into()),
            ("first", rate(0).into()),
            ("longest", rate(1).into()),
            ("shortest", rate(2).into()),
            ("random", rate(3).into()),
        ],
    )
}

/// `defuse stats --principles`: which decisions teach each coaching principle (the
/// principle of a best reply), for one scenario or the whole folder. Fails when a principle
/// is taught nowhere.
pub fn principles(
    out: &mut Out,
    places: &Places,
    reference: Option<&str>,
) -> Result<ExitCode, Reported> {
    let references: Vec<String> = match reference {
        Some(r) => vec![r.to_owned()],
        None => defuse_core::load::scenario_files(&places.scenarios)
            .map_err(|p| out.problems(&[p]))?
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
    };
    let mut stories = Vec::new();
    for r in &references {
        stories.push(load(out, places, r)?);
    }
    let catalogue =
        defuse_core::Catalogue::read(&places.scenarios).map_err(|p| out.problems(&p))?;
    let scenarios: Vec<&defuse_core::Scenario> = stories.iter().map(|s| &s.scenario).collect();
    let all = coverage(&catalogue.principles, &scenarios);
    let width = all.iter().map(|c| c.principle.id.len()).max().unwrap_or(10);
    out.line(&out.t("stats-principles-heading"));
    let mut untaught = 0;
    for c in &all {
        let taught: Vec<String> = c
            .taught()
            .map(|u| format!("{}/{}", u.scenario, u.node))
            .collect();
        let named = c.uses.len() - taught.len();
        let line = if taught.is_empty() {
            untaught += 1;
            out.tf("stats-principle-untaught", &[("named", named.into())])
        } else {
            out.tf(
                "stats-principle-taught",
                &[
                    ("count", taught.len().into()),
                    ("where", taught.join(", ").into()),
                    ("named", named.into()),
                ],
            )
        };
        out.line(&format!("  {:width$}  {line}", c.principle.id));
    }
    if untaught > 0 {
        return Err(out.err(&out.tf("stats-principles-missing", &[("count", untaught.into())])));
    }
    Ok(ExitCode::SUCCESS)
}
