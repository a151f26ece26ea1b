//! `defuse stats`: the shape of a scenario.

use super::{Out, Places, Reported, load};
use defuse_core::stats::stats;
use std::process::ExitCode;

pub fn run(
    out: &mut Out,
    places: &Places,
    reference: &str,
    json: bool,
) -> Result<ExitCode, Reported> {
    let story = load(out, places, reference)?;
    let stats = stats(&story);
    if json {
        let text = serde_json::to_string_pretty(&stats).map_err(|err| out.err(&err.to_string()))?;
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
    for line in lines {
        out.line(&line);
    }
    Ok(ExitCode::SUCCESS)
}
