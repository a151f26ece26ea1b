//! `defuse score`: a reply in the trainee's own words, scored on the four criteria with
//! the words that earned or lost the points; `--eval` measures the rubric against the
//! labelled replies.

use super::{Out, Places, Reported};
use defuse_core::Criterion;
use defuse_core::model::Node;
use defuse_core::rubric::{Context, Rubric, eval};
use std::process::ExitCode;

/// What `defuse score` was asked for.
pub type Options = super::ScoreArgs;

pub fn run(out: &mut Out, places: &Places, options: &Options) -> Result<ExitCode, Reported> {
    if let Some(dir) = &options.eval {
        return evaluate(out, places, dir, options.misses);
    }
    let lang = places.lang.language.as_str().to_owned();
    let rubric = Rubric::for_language(&places.locales, &lang).map_err(|p| out.problems(&p))?;
    let context = context(out, places, options)?;
    let Some(reply) = &options.reply else {
        return Err(out.err(&out.t("score-no-reply")));
    };
    let a = rubric.assess(reply, &context);
    if options.json {
        let json = serde_json::json!({
            "language": lang,
            "reply": reply,
            "customer": context.customer_line,
            "scores": {
                "listening": a.listening,
                "empathy": a.empathy,
                "ownership": a.ownership,
                "calm_tone": a.calm_tone,
            },
            "evidence": a.evidence,
        });
        out.line(&serde_json::to_string_pretty(&json).expect("JSON values always serialise"));
        return Ok(ExitCode::SUCCESS);
    }
    let width = Criterion::ALL
        .iter()
        .map(|c| out.texts.criterion(*c).chars().count())
        .max()
        .unwrap_or(0);
    for c in Criterion::ALL {
        let score = a.get(c);
        let verdict = match eval::call(score) {
            eval::Call::Shows => out.t("score-shows"),
            eval::Call::Violates => out.t("score-violates"),
            eval::Call::Neither => out.t("score-no-evidence"),
        };
        out.line(&format!(
            "{:<width$} {:>3}  {}  {verdict}",
            out.texts.criterion(c),
            score,
            super::output::bar(score, 20)
        ));
        for e in a.evidence.iter().filter(|e| e.criterion == c) {
            out.line(&format!(
                "    {:+} {} “{}”: {}",
                e.points, e.signal, e.words, e.why
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The customer's line the reply answers: given, or a scenario's node.
fn context(out: &mut Out, places: &Places, options: &Options) -> Result<Context, Reported> {
    if let Some(line) = &options.customer {
        return Ok(Context {
            customer_line: line.clone(),
            customer_name: String::new(),
            customer_before: options.customer_before.clone(),
            replies_before: options.reply_before.clone(),
            conceding: Vec::new(),
        });
    }
    let (Some(scenario), Some(node)) = (&options.scenario, &options.node) else {
        return Ok(Context {
            customer_before: options.customer_before.clone(),
            replies_before: options.reply_before.clone(),
            ..Context::default()
        });
    };
    let story = super::load_localized(out, places, scenario)?;
    let said = story.scenario.nodes.iter().find_map(|n| match n {
        Node::Turn {
            id, says, replies, ..
        } if id == node => Some((
            says.first().cloned(),
            defuse_core::model::conceding(replies),
        )),
        _ => None,
    });
    let Some((Some(line), conceding)) = said else {
        return Err(out.err(&out.tf(
            "score-unknown-node",
            &[
                ("node", node.as_str().into()),
                ("scenario", scenario.as_str().into()),
            ],
        )));
    };
    Ok(Context {
        customer_line: line,
        customer_name: story.scenario.customer.name.clone(),
        customer_before: options.customer_before.clone(),
        replies_before: options.reply_before.clone(),
        conceding,
    })
}

fn evaluate(
    out: &mut Out,
    places: &Places,
    dir: &std::path::Path,
    misses: bool,
) -> Result<ExitCode, Reported> {
    let results = eval::evaluate(dir, &places.locales, &places.scenarios)
        .map_err(|reason| out.err(&format!("error: {reason}")))?;
    out.line(&eval::table(&results));
    // The matching of typed replies to authored ones, where its labelled set is present.
    let matching = if dir.join("matching").is_dir() {
        let results = eval::evaluate_matching(dir, &places.locales, &places.scenarios)
            .map_err(|reason| out.err(&format!("error: {reason}")))?;
        out.line(&eval::matching_table(eval::MATCHING_TITLE, &results));
        let fairness = eval::evaluate_fairness(dir, &places.locales, &places.scenarios)
            .map_err(|reason| out.err(&format!("error: {reason}")))?;
        out.line(&eval::fairness_table(&fairness));
        results
    } else {
        Vec::new()
    };
    // The other matching sets, where they are present: further measures of the same.
    let mut others = Vec::new();
    for (set, title) in eval::MATCHING_SETS.iter().skip(1) {
        if dir.join(set).is_dir() {
            let results =
                eval::evaluate_matching_set(&dir.join(set), &places.locales, &places.scenarios)
                    .map_err(|reason| out.err(&format!("error: {reason}")))?;
            out.line(&eval::matching_table(title, &results));
            others.extend(results);
        }
    }
    // The bundled replies' other wordings typed back, beside the typed replies' sets.
    if dir.join("matching").is_dir() {
        let results = eval::evaluate_wordings(&places.locales, &places.scenarios)
            .map_err(|reason| out.err(&format!("error: {reason}")))?;
        out.line(&eval::wordings_table(&results));
    }
    // The learned layer's corpus, where it is present: the held-out part only.
    if dir.join("corpus").is_dir() {
        let results = defuse_core::rubric::corpus::evaluate(&dir.join("corpus"), &places.locales)
            .map_err(|reason| out.err(&format!("error: {reason}")))?;
        out.line(&defuse_core::rubric::corpus::table(&results));
    }
    if misses {
        for r in matching.iter().chain(&others) {
            for m in r.misses.iter().filter(|m| !m.held_out) {
                let kind = m.none_kind.map(|k| format!(" ({k:?})")).unwrap_or_default();
                out.line(&format!(
                    "{}: judge {:?}{kind}, matching {:?}, closeness {:?}",
                    m.id, m.expected, m.got, m.closeness
                ));
            }
        }
        // Only the tuning part: the held-out replies are never looked at one by one.
        for r in &results {
            for m in r.misses.iter().filter(|m| !m.held_out) {
                out.line(&format!(
                    "{} {:?}: judge {:?}, rubric {}",
                    m.id, m.criterion, m.judge, m.score
                ));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
