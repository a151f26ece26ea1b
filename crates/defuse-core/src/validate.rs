//! Every check a scenario must pass before it is played, reported all at once.

use crate::catalogue::Catalogue;
use crate::i18n::{Arg, tr};
use crate::locate::{Locator, Path};
use crate::model::*;
use crate::problem::{Problem, SourceFile};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

mod playtests;

/// Collects problems, finding each one's place in the file.
struct Report<'a> {
    source: &'a Arc<SourceFile>,
    locator: &'a Locator,
    problems: Vec<Problem>,
}

impl Report<'_> {
    fn span(&self, path: &Path) -> std::ops::Range<usize> {
        self.locator.span(path).unwrap_or(0..0)
    }

    fn error(&mut self, path: &Path, message: String, label: &str) -> &mut Problem {
        let span = self.span(path);
        self.problems
            .push(Problem::error(self.source, span, message, label));
        self.problems.last_mut().expect("just pushed")
    }

    fn warning(&mut self, path: &Path, message: String, label: &str) -> &mut Problem {
        let span = self.span(path);
        self.problems
            .push(Problem::warning(self.source, span, message, label));
        self.problems.last_mut().expect("just pushed")
    }

    fn help(problem: &mut Problem, help: impl Into<String>) {
        problem.help = Some(help.into());
    }

    /// `what` names the field, as a message id (`what-title`).
    fn text(&mut self, path: &Path, text: &str, what: &str) {
        if text.trim().is_empty() {
            let what = tr(what, &[]);
            let p = self.error(
                path,
                tr("problem-empty", &[("what", what.into())]),
                &tr("label-empty", &[]),
            );
            Report::help(p, tr("help-empty", &[]));
        }
    }

    fn id(&mut self, path: &Path, id: &str, what: &str) {
        let what = tr(what, &[]);
        let args = [("what", Arg::from(what.clone())), ("id", id.into())];
        if id.is_empty() {
            let p = self.error(
                path,
                tr("problem-empty", &args[..1]),
                &tr("label-empty", &[]),
            );
            Report::help(p, tr("help-id", &[]));
        } else if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let p = self.error(
                path,
                tr("problem-id-start", &args),
                &tr("label-plain-id", &[]),
            );
            Report::help(p, tr("help-id", &[]));
        } else if !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            let p = self.error(
                path,
                tr("problem-id-chars", &args),
                &tr("label-plain-id", &[]),
            );
            Report::help(p, tr("help-id", &[]));
        }
    }

    fn range(&mut self, path: &Path, value: i32, min: i32, max: i32, what: String) {
        if !(min..=max).contains(&value) {
            self.error(
                path,
                tr(
                    "problem-range",
                    &[
                        ("what", what.into()),
                        ("value", value.to_string().into()),
                        ("min", min.to_string().into()),
                        ("max", max.to_string().into()),
                    ],
                ),
                &tr("label-range", &[]),
            );
        }
    }
}

/// Checks one scenario against itself and the shared catalogue.
pub fn validate(
    source: &Arc<SourceFile>,
    scenario: &Scenario,
    catalogue: &Catalogue,
) -> Vec<Problem> {
    let locator = Locator::new(&source.text);
    let mut r = Report {
        source,
        locator: &locator,
        problems: Vec::new(),
    };
    let root = Path::root();

    r.id(&root.field("id"), &scenario.id, "what-scenario-id");
    r.text(&root.field("title"), &scenario.title, "what-title");
    r.text(&root.field("brief"), &scenario.brief, "what-brief");
    r.text(
        &root.field("customer").field("name"),
        &scenario.customer.name,
        "what-customer-name",
    );
    r.range(
        &root.field("customer").field("mood"),
        scenario.customer.mood,
        MOOD_MIN,
        MOOD_MAX,
        tr("what-starting-mood", &[]),
    );
    r.range(
        &root.field("pass_mark"),
        scenario.pass_mark,
        0,
        100,
        tr("what-pass-mark", &[]),
    );
    for (i, t) in scenario.customer.traits.iter().enumerate() {
        r.text(
            &root.field("customer").field("traits").index(i),
            t,
            "what-trait",
        );
    }

    r.problems.extend(validate_principles(
        source,
        &scenario.principles,
        &locator,
        &root.field("principles"),
    ));
    // A scenario's own principle with a shared one's id replaces it in this scenario only:
    // allowed, but easy to do by mistake.
    for (k, own) in scenario.principles.iter().enumerate() {
        if catalogue.get(&own.id).is_some() {
            let p = r.warning(
                &root.field("principles").index(k).field("id"),
                tr(
                    "problem-principle-shadows",
                    &[("id", own.id.as_str().into())],
                ),
                &tr("label-principle-shadows", &[]),
            );
            Report::help(
                p,
                tr(
                    "help-principle-shadows",
                    &[("file", crate::catalogue::PRINCIPLES_FILE.into())],
                ),
            );
        }
    }

    // Ids, and where each was first defined.
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (n, node) in scenario.nodes.iter().enumerate() {
        let path = Path::node(n).field("id");
        r.id(&path, node.id(), "what-node-id");
        if let Some(&first) = index.get(node.id()) {
            let first_span = r.span(&Path::node(first).field("id"));
            let p = r.error(
                &path,
                tr("problem-duplicate-node", &[("id", node.id().into())]),
                &tr("label-used-again", &[]),
            );
            p.also.push(crate::problem::Note {
                span: first_span,
                label: tr("label-first-used", &[]),
            });
            Report::help(p, tr("help-duplicate-node", &[]));
        } else {
            index.insert(node.id(), n);
        }
    }

    if scenario.nodes.is_empty() {
        r.error(
            &root.field("nodes"),
            tr("problem-no-nodes", &[]),
            &tr("label-empty", &[]),
        );
    }
    let start = index.get(scenario.start.as_str()).copied();
    if start.is_none() {
        let p = r.error(
            &root.field("start"),
            tr(
                "problem-no-start",
                &[("id", scenario.start.as_str().into())],
            ),
            &tr("label-no-such-node", &[]),
        );
        Report::help(p, suggestion(&scenario.start, &index));
    }

    let principle_known = |id: &str| {
        catalogue.unreadable
            || scenario.principles.iter().any(|p| p.id == id)
            || catalogue.get(id).is_some()
    };

    for (n, node) in scenario.nodes.iter().enumerate() {
        let at = Path::node(n);
        match node {
            Node::Turn {
                says,
                hint,
                replies,
                typed,
                neutral,
                ..
            } => {
                check_says(&mut r, &at, says, true);
                if let Some(hint) = hint {
                    r.text(&at.field("hint"), hint, "what-hint");
                }
                if let Some(neutral) = neutral {
                    check_neutral(&mut r, &at.field("neutral"), neutral, &index);
                }
                if *typed && neutral.is_none() && scenario.neutral.is_none() {
                    let p = r.error(
                        &at.field("typed"),
                        tr("problem-typed-no-neutral", &[("id", node.id().into())]),
                        &tr("label-typed-no-neutral", &[]),
                    );
                    Report::help(p, tr("help-no-neutral", &[]));
                }
                if replies.len() < 2 {
                    let p = r.error(
                        &at.field("replies"),
                        tr(
                            "problem-few-replies",
                            &[("id", node.id().into()), ("count", replies.len().into())],
                        ),
                        &tr("label-few-replies", &[]),
                    );
                    Report::help(p, tr("help-few-replies", &[]));
                }
                for (k, reply) in replies.iter().enumerate() {
                    let rp = at.field("replies").index(k);
                    r.text(&rp.field("text"), &reply.text, "what-reply-text");
                    r.text(&rp.field("feedback"), &reply.feedback, "what-feedback");
                    for c in Criterion::ALL {
                        r.range(
                            &rp.field("scores").field(c.field()),
                            reply.scores.get(c),
                            SCORE_MIN,
                            SCORE_MAX,
                            tr(
                                "what-score",
                                &[("criterion", tr(criterion_id(c), &[]).into())],
                            ),
                        );
                    }
                    r.range(
                        &rp.field("mood"),
                        reply.mood,
                        MOOD_CHANGE_MIN,
                        MOOD_CHANGE_MAX,
                        tr("what-mood-change", &[]),
                    );
                    check_target(&mut r, &rp.field("next"), &reply.next, &index);
                    if let Some(kind) = &reply.kind
                        && crate::kinds::find(kind).is_none()
                    {
                        let p = r.error(
                            &rp.field("kind"),
                            tr("problem-unknown-kind", &[("id", kind.as_str().into())]),
                            &tr("label-unknown-kind", &[]),
                        );
                        let ids: Vec<&str> = crate::kinds::KINDS.iter().map(|k| k.id).collect();
                        Report::help(p, tr("help-kinds-are", &[("ids", ids.join(", ").into())]));
                    }
                    if let Some(principle) = &reply.principle
                        && !principle_known(principle)
                    {
                        let p = r.error(
                            &rp.field("principle"),
                            tr(
                                "problem-unknown-principle",
                                &[("id", principle.as_str().into())],
                            ),
                            &tr("label-unknown-principle", &[]),
                        );
                        Report::help(
                            p,
                            tr(
                                "help-unknown-principle",
                                &[("file", crate::catalogue::PRINCIPLES_FILE.into())],
                            ),
                        );
                    }
                }
                if replies.len() >= 2 && replies.iter().all(|x| x.scores == replies[0].scores) {
                    let p = r.warning(
                        &at.field("replies"),
                        tr("problem-same-scores", &[("id", node.id().into())]),
                        &tr("label-same-scores", &[]),
                    );
                    Report::help(p, tr("help-same-scores", &[]));
                }
            }
            Node::Branch {
                routes, otherwise, ..
            } => {
                for (k, route) in routes.iter().enumerate() {
                    let rp = at.field("routes").index(k);
                    r.range(
                        &rp.field("when"),
                        route.when.limit(),
                        MOOD_MIN,
                        MOOD_MAX,
                        tr("what-mood-limit", &[]),
                    );
                    check_target(&mut r, &rp.field("goto"), &route.goto, &index);
                }
                check_target(&mut r, &at.field("otherwise"), otherwise, &index);
                if routes.is_empty() {
                    let p = r.warning(
                        &at.field("routes"),
                        tr("problem-no-routes", &[("id", node.id().into())]),
                        &tr("label-no-routes", &[]),
                    );
                    Report::help(p, tr("help-no-routes", &[]));
                }
            }
            Node::Ending { says, summary, .. } => {
                check_says(&mut r, &at, says, false);
                r.text(&at.field("summary"), summary, "what-summary");
            }
        }
    }

    match &scenario.neutral {
        Some(neutral) => check_neutral(&mut r, &root.field("neutral"), neutral, &index),
        // Any decision can be answered in the trainee's own words.
        None if !scenario.nodes.iter().any(|n| {
            matches!(
                n,
                Node::Turn { typed: true, .. }
                    | Node::Turn {
                        neutral: Some(_),
                        ..
                    }
            )
        }) =>
        {
            let p = r.warning(
                &root.field("id"),
                tr("problem-no-neutral", &[("id", scenario.id.as_str().into())]),
                &tr("label-no-neutral", &[]),
            );
            Report::help(p, tr("help-no-neutral", &[]));
        }
        None => {}
    }
    if let Some(start) = start {
        check_shape(&mut r, scenario, &index, start);
    }
    for lint in crate::lint::lint(scenario) {
        let path = match lint.place {
            crate::lint::Place::Reply { node, reply } => {
                Path::node(node).field("replies").index(reply).field("text")
            }
            crate::lint::Place::Node(node) => Path::node(node).field("id"),
        };
        let p = r.warning(&path, lint.message, &lint.label);
        Report::help(p, lint.help);
    }
    // Playtests need a story that plays, so only a scenario without errors runs them.
    if !r.problems.iter().any(Problem::is_error) && !scenario.playtests.is_empty() {
        let story = std::sync::Arc::new(crate::story::Story::new(
            scenario.clone(),
            source.clone(),
            catalogue,
        ));
        playtests::check(&mut r, &story, &index);
    }
    // In file order, as a compiler reports them.
    r.problems
        .sort_by_key(|p| p.at.as_ref().map_or(0, |at| at.span.start));
    r.problems
}

/// A neutral reaction: words to say, a mood change in range, and a place to go that exists.
fn check_neutral(r: &mut Report, at: &Path, neutral: &Neutral, index: &HashMap<&str, usize>) {
    check_says(r, at, &neutral.says, true);
    r.range(
        &at.field("mood"),
        neutral.mood,
        MOOD_CHANGE_MIN,
        MOOD_CHANGE_MAX,
        tr("what-mood-change", &[]),
    );
    if let Some(next) = &neutral.next {
        check_target(r, &at.field("next"), next, index);
    }
}

fn check_says(r: &mut Report, at: &Path, says: &[String], required: bool) {
    if required && says.is_empty() {
        let p = r.error(
            &at.field("says"),
            tr("problem-says-nothing", &[]),
            &tr("label-no-words", &[]),
        );
        Report::help(p, tr("help-says-nothing", &[]));
    }
    for (k, line) in says.iter().enumerate() {
        r.text(&at.field("says").index(k), line, "what-line");
    }
}

fn check_target(r: &mut Report, path: &Path, target: &str, index: &HashMap<&str, usize>) {
    if !index.contains_key(target) {
        let p = r.error(
            path,
            tr("problem-unknown-target", &[("id", target.into())]),
            &tr("label-leads-nowhere", &[]),
        );
        Report::help(p, suggestion(target, index));
    }
}

/// Names the nearest existing id, to catch typos.
fn suggestion(target: &str, index: &HashMap<&str, usize>) -> String {
    let nearest = index
        .keys()
        .map(|id| (edit_distance(target, id), *id))
        .min();
    match nearest {
        Some((d, id)) if d <= 3.max(target.len() / 3) => {
            tr("help-did-you-mean", &[("id", (*id).into())])
        }
        _ => {
            let mut ids: Vec<&str> = index.keys().copied().collect();
            ids.sort();
            tr("help-nodes-are", &[("ids", ids.join(", ").into())])
        }
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Reachability, dead ends and loops: the shape of the conversation as a graph.
fn check_shape(r: &mut Report, scenario: &Scenario, index: &HashMap<&str, usize>, start: usize) {
    let n = scenario.nodes.len();
    let edges: Vec<Vec<usize>> = scenario
        .nodes
        .iter()
        .map(|node| {
            // A neutral reaction that leads on is a way through the story too.
            let neutral = match node {
                Node::Turn { neutral, .. } => neutral.as_ref().or(scenario.neutral.as_ref()),
                _ => None,
            };
            node.targets()
                .into_iter()
                .chain(neutral.and_then(|n| n.next.as_deref()))
                .filter_map(|t| index.get(t).copied())
                .collect()
        })
        .collect();
    // Only the first node with a given id takes part; duplicates are reported already.
    let canonical: HashSet<usize> = index.values().copied().collect();

    let mut reached = vec![false; n];
    let mut queue = VecDeque::from([start]);
    reached[start] = true;
    while let Some(at) = queue.pop_front() {
        for &next in &edges[at] {
            if !reached[next] {
                reached[next] = true;
                queue.push_back(next);
            }
        }
    }

    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets {
            reverse[to].push(from);
        }
    }
    let mut finishes = vec![false; n];
    let mut queue: VecDeque<usize> = (0..n)
        .filter(|&i| matches!(scenario.nodes[i], Node::Ending { .. }) && canonical.contains(&i))
        .collect();
    for &i in &queue {
        finishes[i] = true;
    }
    while let Some(at) = queue.pop_front() {
        for &prev in &reverse[at] {
            if !finishes[prev] {
                finishes[prev] = true;
                queue.push_back(prev);
            }
        }
    }

    for i in (0..n).filter(|i| canonical.contains(i)) {
        let node = &scenario.nodes[i];
        let path = Path::node(i).field("id");
        if !reached[i] {
            let p = r.error(
                &path,
                tr("problem-unreachable", &[("id", node.id().into())]),
                &tr("label-unreachable", &[]),
            );
            Report::help(p, tr("help-unreachable", &[]));
        } else if !finishes[i] {
            let p = r.error(
                &path,
                tr("problem-dead-end", &[("id", node.id().into())]),
                &tr("label-dead-end", &[]),
            );
            Report::help(p, tr("help-dead-end", &[]));
        }
    }

    // Loops: allowed when they have a way out, but a loop of branches alone would spin
    // forever at a steady mood, since only replies change the mood.
    let cycle_edge = find_back_edge(&edges, start);
    if let Some((from, to)) = cycle_edge {
        let p = r.warning(
            &Path::node(from).field("id"),
            tr(
                "problem-loop",
                &[
                    ("from", scenario.nodes[from].id().into()),
                    ("to", scenario.nodes[to].id().into()),
                ],
            ),
            &tr("label-loop", &[]),
        );
        Report::help(p, tr("help-loop", &[]));
    }
    let branch_only: Vec<Vec<usize>> = edges
        .iter()
        .enumerate()
        .map(|(i, targets)| {
            if matches!(scenario.nodes[i], Node::Branch { .. }) {
                targets
                    .iter()
                    .copied()
                    .filter(|&t| matches!(scenario.nodes[t], Node::Branch { .. }))
                    .collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    for i in 0..n {
        if matches!(scenario.nodes[i], Node::Branch { .. })
            && let Some((from, to)) = find_back_edge(&branch_only, i)
        {
            let p = r.error(
                &Path::node(from).field("id"),
                tr(
                    "problem-branch-loop",
                    &[
                        ("from", scenario.nodes[from].id().into()),
                        ("to", scenario.nodes[to].id().into()),
                    ],
                ),
                &tr("label-branch-loop", &[]),
            );
            Report::help(p, tr("help-branch-loop", &[]));
            break;
        }
    }
}

/// An edge that closes a loop, found by depth-first search from `start`.
fn find_back_edge(edges: &[Vec<usize>], start: usize) -> Option<(usize, usize)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut mark = vec![Mark::New; edges.len()];
    let mut stack = vec![(start, 0usize)];
    mark[start] = Mark::Open;
    while let Some(&mut (at, ref mut next)) = stack.last_mut() {
        if let Some(&to) = edges[at].get(*next) {
            *next += 1;
            match mark[to] {
                Mark::Open => return Some((at, to)),
                Mark::New => {
                    mark[to] = Mark::Open;
                    stack.push((to, 0));
                }
                Mark::Done => {}
            }
        } else {
            mark[at] = Mark::Done;
            stack.pop();
        }
    }
    None
}

/// Checks a list of principles (the catalogue's, or a scenario's own).
pub fn validate_principles(
    source: &Arc<SourceFile>,
    principles: &[Principle],
    locator: &Locator,
    at: &Path,
) -> Vec<Problem> {
    let mut r = Report {
        source,
        locator,
        problems: Vec::new(),
    };
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (k, principle) in principles.iter().enumerate() {
        let path = at.index(k);
        r.id(&path.field("id"), &principle.id, "what-principle-id");
        r.text(
            &path.field("title"),
            &principle.title,
            "what-principle-title",
        );
        r.text(&path.field("text"), &principle.text, "what-principle-text");
        if let Some(&first) = seen.get(principle.id.as_str()) {
            let first_span = r.span(&at.index(first).field("id"));
            let p = r.error(
                &path.field("id"),
                tr(
                    "problem-duplicate-principle",
                    &[("id", principle.id.as_str().into())],
                ),
                &tr("label-used-again", &[]),
            );
            p.also.push(crate::problem::Note {
                span: first_span,
                label: tr("label-first-used", &[]),
            });
        } else {
            seen.insert(&principle.id, k);
        }
    }
    r.problems
}

/// Problems across a whole folder: two files claiming the same scenario id.
pub fn duplicate_ids<'a>(
    scenarios: impl IntoIterator<Item = (&'a Arc<SourceFile>, &'a Scenario)>,
) -> Vec<Problem> {
    let mut seen: HashMap<&str, &Arc<SourceFile>> = HashMap::new();
    let mut problems = Vec::new();
    for (source, scenario) in scenarios {
        if let Some(first) = seen.get(scenario.id.as_str()) {
            let span = Locator::new(&source.text)
                .span(&Path::root().field("id"))
                .unwrap_or(0..0);
            problems.push(
                Problem::error(
                    source,
                    span,
                    tr(
                        "problem-duplicate-scenario",
                        &[("id", scenario.id.as_str().into())],
                    ),
                    tr("label-used-again", &[]),
                )
                .with_help(tr(
                    "help-duplicate-scenario",
                    &[("file", first.name().into())],
                )),
            );
        } else {
            seen.insert(&scenario.id, source);
        }
    }
    problems
}

/// The message id of a criterion's name.
fn criterion_id(c: Criterion) -> &'static str {
    match c {
        Criterion::Listening => "criterion-listening",
        Criterion::Empathy => "criterion-empathy",
        Criterion::Ownership => "criterion-ownership",
        Criterion::CalmTone => "criterion-calm-tone",
    }
}
