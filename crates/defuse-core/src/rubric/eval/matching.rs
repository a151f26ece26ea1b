//! How the matching takes typed replies against a judge's labels: `tests/eval/matching/`,
//! typed replies to decisions of the bundled scenarios, each labelled with the authored
//! reply it means, or none.

use super::*;
use std::collections::HashMap;

mod second;
use second::second_annotator;

/// A typed reply labelled with the authored reply it means, for measuring the matching.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Match")]
pub struct MatchCase {
    /// The case's id (`en-m01`), unique within the set, that a miss names.
    pub id: String,
    /// Id of the bundled scenario the decision belongs to.
    pub scenario: String,
    /// Id of the decision (a turn) whose authored replies the typed one is matched against.
    pub node: String,
    /// The typed reply, in the trainee's own words.
    pub reply: String,
    /// The judge's label: the authored reply the words mean, or none.
    pub expect: Expect,
    /// True for the held-out part, never used to tune the matching; false for the tuning part.
    pub held_out: bool,
    /// For a reply meaning none: which kind of none it is, so that off-topic words taken as
    /// an authored reply are counted apart.
    #[serde(default)]
    pub none_kind: Option<NoneKind>,
}

/// What a typed reply meaning none of the authored ones is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum NoneKind {
    /// Not about the customer's problem or the conversation at all: small talk, an
    /// unrelated pitch.
    OffTopic,
    /// About the problem, but a move none of the authored replies makes.
    OtherMove,
    /// Too short or empty to be any move ("ok", "hmm").
    Vague,
}

/// The authored reply (1-based) a typed one means, or none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Expect {
    /// The authored reply at this position, 1-based in the scenario file's order.
    Reply(usize),
    /// None of them: off-topic, a move no listed reply makes, or too vague.
    None,
}

/// How often the matching takes a typed reply as the judge does, in one language.
#[derive(Debug, Clone, Default)]
pub struct MatchResult {
    /// The language's code (`en`, `hu`, `pl`, `he`): its rubric, set and translated scenarios.
    pub language: String,
    /// (agreeing, cases) on the tuning part and on the held-out part.
    pub tuning: (usize, usize),
    /// (agreeing, cases) on the held-out part, never used to tune the matching.
    pub held_out: (usize, usize),
    /// Held-out cases the judge says match none: what always answering "none" would get.
    pub held_out_none: usize,
    /// Held-out cases the judge says match none because they are off-topic.
    pub held_out_off_topic: usize,
    /// (agreeing, labelled): held-out cases a second annotator labelled
    /// (`second/<lang>.ron` beside the set) and those labelled as the set labels them.
    pub annotators: Option<(usize, usize)>,
    /// Every case, in either part, where the matching and the judge disagree, in file order.
    pub misses: Vec<MatchMiss>,
}

impl MatchResult {
    /// Held-out replies the judge says mean none of the authored ones (off-topic, another
    /// move, too vague) that the matching took as one.
    pub fn none_taken_as_one(&self) -> usize {
        self.misses
            .iter()
            .filter(|m| m.held_out && m.expected == Expect::None && m.got != Expect::None)
            .count()
    }

    /// Held-out off-topic replies that the matching took as an authored one.
    pub fn off_topic_taken_as_one(&self) -> usize {
        self.misses
            .iter()
            .filter(|m| m.held_out && m.none_kind == Some(NoneKind::OffTopic))
            .filter(|m| m.got != Expect::None)
            .count()
    }
}

/// A typed reply the matching takes otherwise than the judge does.
#[derive(Debug, Clone)]
pub struct MatchMiss {
    /// The id of the case.
    pub id: String,
    /// What the judge says the words mean.
    pub expected: Expect,
    /// What the matching took them as.
    pub got: Expect,
    /// Closeness to each authored reply, 0–100.
    pub closeness: Vec<u8>,
    /// From the held-out part: `defuse score --misses` lists only the tuning part's misses.
    pub held_out: bool,
    /// The kind of none the judge says it is, for a reply meaning none.
    pub none_kind: Option<NoneKind>,
}

/// Runs the matching over `matching/<lang>.ron` under `eval_dir`, against the bundled
/// scenarios translated into each language.
pub fn evaluate_matching(
    eval_dir: &Path,
    locales: &Path,
    scenarios: &Path,
) -> Result<Vec<MatchResult>, String> {
    evaluate_matching_set(&eval_dir.join("matching"), locales, scenarios)
}

/// Runs the matching over one set of labelled typed replies (`set_dir/<lang>.ron`): the
/// matching set, or the fresh one (`matching-fresh`).
pub fn evaluate_matching_set(
    set_dir: &Path,
    locales: &Path,
    scenarios: &Path,
) -> Result<Vec<MatchResult>, String> {
    let mut results: Vec<MatchResult> = Vec::new();
    let mut held_out: HashMap<String, Expect> = HashMap::new();
    walk(
        set_dir,
        locales,
        scenarios,
        |lang, rubric, case, replies, context| {
            if case.held_out {
                held_out.insert(case.id.clone(), case.expect);
            }
            let texts = crate::model::wordings(replies);
            if results.last().is_none_or(|r| r.language != lang) {
                results.push(MatchResult {
                    language: lang.to_owned(),
                    ..MatchResult::default()
                });
            }
            let result = results.last_mut().expect("pushed");
            let matched = rubric.closest_among(&case.reply, &texts, context);
            let got = matched.reply.map_or(Expect::None, |k| Expect::Reply(k + 1));
            let part = if case.held_out {
                if case.expect == Expect::None {
                    result.held_out_none += 1;
                    if case.none_kind == Some(NoneKind::OffTopic) {
                        result.held_out_off_topic += 1;
                    }
                }
                &mut result.held_out
            } else {
                &mut result.tuning
            };
            part.1 += 1;
            if got == case.expect {
                part.0 += 1;
            } else {
                result.misses.push(MatchMiss {
                    id: case.id.clone(),
                    expected: case.expect,
                    got,
                    closeness: matched.closeness,
                    held_out: case.held_out,
                    none_kind: case.none_kind,
                });
            }
        },
    )?;
    for result in &mut results {
        result.annotators = second_annotator(set_dir, &result.language, &held_out)?;
    }
    Ok(results)
}

/// A labelled typed reply with what the matching weighs of it: the rows the matching's
/// threshold and margin are chosen on (`examples/train.rs --dump-matching`).
#[derive(Debug, Clone)]
pub struct MatchRow {
    /// The language's code.
    pub language: String,
    /// The labelled case.
    pub case: MatchCase,
    /// Their likeness to each authored reply at the decision, in order.
    pub likeness: Vec<crate::rubric::Likeness>,
    /// Each authored reply's text, then its other wordings, in the session's language.
    pub wordings: Vec<Vec<String>>,
}

/// What the matching weighs of every case in `matching/<lang>.ron` under `eval_dir`, then
/// in the other sets of [`MATCHING_SETS`] that are present.
pub fn matching_rows(
    eval_dir: &Path,
    locales: &Path,
    scenarios: &Path,
) -> Result<Vec<MatchRow>, String> {
    let mut rows = Vec::new();
    for (k, (set, _)) in MATCHING_SETS.iter().enumerate() {
        let set_dir = eval_dir.join(set);
        if k > 0 && !set_dir.is_dir() {
            continue;
        }
        walk(
            &set_dir,
            locales,
            scenarios,
            |lang, rubric, case, replies, context| {
                let texts = crate::model::wordings(replies);
                let likeness = rubric.likeness(&case.reply, &texts, context);
                rows.push(MatchRow {
                    language: lang.to_owned(),
                    case: case.clone(),
                    likeness,
                    wordings: texts
                        .iter()
                        .map(|w| w.iter().map(|s| (*s).to_owned()).collect())
                        .collect(),
                });
            },
        )?;
    }
    Ok(rows)
}

/// Calls `visit` with every case of a matching set (the folder with `<lang>.ron`), language
/// by language, with the language's rubric, the decision's authored replies and its context.
pub(super) fn walk(
    set_dir: &Path,
    locales: &Path,
    scenarios: &Path,
    mut visit: impl FnMut(&str, &Rubric, &MatchCase, &[crate::model::Reply], &Context),
) -> Result<(), String> {
    let library = Library::read(scenarios);
    if !library.catalogue_problems.is_empty() {
        let problems = library.catalogue_problems.iter();
        return Err(problems.map(|p| p.render(false)).collect::<String>());
    }
    for lang in ["en", "hu", "pl", "he"] {
        let file = set_dir.join(format!("{lang}.ron"));
        let cases: Vec<MatchCase> = read_cases(&file)?;
        let rubric = Rubric::for_language(locales, lang)
            .map_err(|problems| problems.iter().map(|p| p.render(false)).collect::<String>())?;
        let langid = crate::i18n::langid(lang).ok_or_else(|| format!("no language {lang}"))?;
        // Each scenario translated once per language, not once per case.
        let mut localized: HashMap<String, crate::model::Scenario> = HashMap::new();
        for case in &cases {
            if case.none_kind.is_some() && case.expect != Expect::None {
                return Err(format!(
                    "{}: {}: `none_kind` is for a reply meaning none, and this one means {:?}",
                    file.display(),
                    case.id,
                    case.expect
                ));
            }
            let entry = library
                .position(&case.scenario)
                .map(|k| &library.entries[k]);
            let Some((entry, (_, scenario))) =
                entry.and_then(|e| e.parsed.as_ref().map(|parsed| (e, parsed)))
            else {
                return Err(format!(
                    "{}: {}: no scenario {} to read",
                    file.display(),
                    case.id,
                    case.scenario
                ));
            };
            let scenario = localized.entry(case.scenario.clone()).or_insert_with(|| {
                localize(scenario.clone(), &entry.catalogue, locales, &langid).scenario
            });
            let Some((says, replies)) = scenario.nodes.iter().find_map(|n| match n {
                crate::model::Node::Turn {
                    id, says, replies, ..
                } if *id == case.node => Some((says, replies)),
                _ => None,
            }) else {
                return Err(format!(
                    "{}: {}: `{}` is not a decision of {}",
                    file.display(),
                    case.id,
                    case.node,
                    case.scenario
                ));
            };
            let context = Context {
                customer_line: says.first().cloned().unwrap_or_default(),
                customer_name: scenario.customer.name.clone(),
                conceding: crate::model::conceding(replies),
                ..Context::default()
            };
            visit(lang, &rubric, case, replies, &context);
        }
    }
    Ok(())
}

/// The matching set's table title.
pub const MATCHING_TITLE: &str =
    "Typed replies taken as the judge takes them (the authored reply meant, or none)";
/// The fresh matching set's table title.
pub const FRESH_MATCHING_TITLE: &str =
    "The same on the fresh set (tests/eval/matching-fresh), its writers' labels";
/// The table title of the set of replies written to trip the matching.
pub const OFF_TOPIC_MATCHING_TITLE: &str =
    "The same on replies meaning none, written to trip it (tests/eval/matching-offtopic)";

/// The table title of the second fresh set, in Hebrew only.
pub const HEBREW_MATCHING_TITLE: &str =
    "The same on a second fresh set in Hebrew (tests/eval/matching-hebrew), no held-out part";

/// The table title of the sealed set: all held out, read only after a matcher change chosen
/// elsewhere, in aggregate.
pub const SEALED_MATCHING_TITLE: &str =
    "The same on a sealed set (tests/eval/matching-sealed), all held out, read after changes only";

/// The table title of the second sealed set: all held out, read once.
pub const SECOND_SEALED_MATCHING_TITLE: &str =
    "The same on a second sealed set (tests/eval/matching-sealed-2), all held out, read once";

/// The matching sets under the evaluation folder, with their tables' titles: the first is
/// the one the goal was first measured on; the others, where present, measure the same again.
pub const MATCHING_SETS: [(&str, &str); 6] = [
    ("matching", MATCHING_TITLE),
    ("matching-fresh", FRESH_MATCHING_TITLE),
    ("matching-offtopic", OFF_TOPIC_MATCHING_TITLE),
    ("matching-hebrew", HEBREW_MATCHING_TITLE),
    ("matching-sealed", SEALED_MATCHING_TITLE),
    ("matching-sealed-2", SECOND_SEALED_MATCHING_TITLE),
];

/// The matching table, as the README shows it, under `title`.
pub fn matching_table(title: &str, results: &[MatchResult]) -> String {
    let mut out = format!("{title}\n\n");
    let _ = writeln!(
        out,
        "{:<9}{:>8}{:>10}{:>10}{:>16}{:>18}{:>21}{:>13}",
        "language",
        "tuning",
        "held-out",
        "cases",
        "all-none base",
        "none taken as one",
        "off-topic taken",
        "annotators"
    );
    let pct = |(a, n): (usize, usize)| {
        if n == 0 {
            "–".to_owned()
        } else {
            format!("{:.0}%", a as f64 * 100.0 / n as f64)
        }
    };
    for r in results {
        let _ = writeln!(
            out,
            "{:<9}{:>8}{:>10}{:>10}{:>16}{:>18}{:>21}{:>13}",
            r.language,
            pct(r.tuning),
            pct(r.held_out),
            r.tuning.1 + r.held_out.1,
            pct((r.held_out_none, r.held_out.1)),
            format!("{} of {}", r.none_taken_as_one(), r.held_out_none),
            format!("{} of {}", r.off_topic_taken_as_one(), r.held_out_off_topic),
            r.annotators.map_or("–".to_owned(), pct)
        );
    }
    out
}
