//! `defuse stats`: the shape of a scenario.

use super::{Out, Reported, load};
use defuse_core::stats::stats;
use std::path::Path;
use std::process::ExitCode;

pub fn run(
    out: &mut Out,
    scenarios: &Path,
    reference: &str,
    json: bool,
) -> Result<ExitCode, Reported> {
    let story = load(out, scenarios, reference)?;
    let stats = stats(&story);
    if json {
        let text = serde_json::to_string_pretty(&stats).map_err(|err| out.err(&err.to_string()))?;
        out.line(&text);
        return Ok(ExitCode::SUCCESS);
    }
    out.line(&format!("{} — {}", stats.scenario, story.scenario.title));
    out.line(&format!(
        "  nodes {} · decisions {} · replies {}",
        stats.nodes, stats.decisions, stats.replies
    ));
    let endings: Vec<String> = stats
        .endings
        .iter()
        .map(|e| format!("{} {}", e.count, e.outcome))
        .collect();
    out.line(&format!("  endings: {}", endings.join(", ")));
    match &stats.paths {
        Some(paths) => out.line(&format!("  distinct paths: {paths}")),
        None => out.line("  distinct paths: unbounded (the conversation can loop)"),
    }
    out.line(&format!(
        "  shortest path: {} decisions · longest: {}",
        stats.shortest,
        stats
            .longest
            .map_or("unbounded".to_owned(), |l| format!("{l} decisions"))
    ));
    out.line("  reachable result     best  worst");
    for reach in &stats.criteria {
        let show = |v: Option<u8>| v.map_or("–".to_owned(), |v| v.to_string());
        out.line(&format!(
            "    {:<18} {:>4}  {:>5}",
            reach.criterion.name(),
            show(reach.best),
            show(reach.worst)
        ));
    }
    if stats.has_loops {
        out.line("  (loops are counted once for the best and worst results)");
    }
    Ok(ExitCode::SUCCESS)
}
