//! Every check a scenario must pass before it is played, reported all at once.

use crate::load::Catalogue;
use crate::locate::{Locator, Path};
use crate::model::*;
use crate::problem::{Problem, SourceFile};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

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

    fn text(&mut self, path: &Path, text: &str, what: &str) {
        if text.trim().is_empty() {
            let p = self.error(path, format!("{what} is empty"), "empty text");
            Report::help(p, "write the words, or remove the entry");
        }
    }

    fn id(&mut self, path: &Path, id: &str, what: &str) {
        if id.is_empty() {
            self.error(path, format!("{what} is empty"), "empty id");
        } else if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let p = self.error(
                path,
                format!("{what} `{id}` does not start with a letter"),
                "not a plain id",
            );
            Report::help(
                p,
                "ids become names in translation files, which start with a letter",
            );
        } else if !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            let p = self.error(
                path,
                format!("{what} `{id}` has characters other than letters, digits, - and _"),
                "not a plain id",
            );
            Report::help(
                p,
                "ids become names in translation files: use letters a–z, digits, - and _",
            );
        }
    }

    fn range(&mut self, path: &Path, value: i32, min: i32, max: i32, what: &str) {
        if !(min..=max).contains(&value) {
            self.error(
                path,
                format!("{what} {value} is outside the allowed range {min} to {max}"),
                "out of range",
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

    r.id(&root.field("id"), &scenario.id, "the scenario id");
    r.text(&root.field("title"), &scenario.title, "the title");
    r.text(&root.field("brief"), &scenario.brief, "the brief");
    r.text(
        &root.field("customer").field("name"),
        &scenario.customer.name,
        "the customer's name",
    );
    r.range(
        &root.field("customer").field("mood"),
        scenario.customer.mood,
        MOOD_MIN,
        MOOD_MAX,
        "the starting mood",
    );
    r.range(
        &root.field("pass_mark"),
        scenario.pass_mark,
        0,
        100,
        "the pass mark",
    );
    for (i, t) in scenario.customer.traits.iter().enumerate() {
        r.text(
            &root.field("customer").field("traits").index(i),
            t,
            "a customer trait",
        );
    }

    r.problems.extend(validate_principles(
        source,
        &scenario.principles,
        &locator,
        &root.field("principles"),
    ));

    // Ids, and where each was first defined.
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (n, node) in scenario.nodes.iter().enumerate() {
        let path = Path::node(n).field("id");
        r.id(&path, node.id(), "the node id");
        if let Some(&first) = index.get(node.id()) {
            let first_span = r.span(&Path::node(first).field("id"));
            let p = r.error(
                &path,
                format!("the node id `{}` is used twice", node.id()),
                "used again here",
            );
            p.also.push(crate::problem::Note {
                span: first_span,
                label: "first used here".to_owned(),
            });
            Report::help(p, "give every node its own id");
        } else {
            index.insert(node.id(), n);
        }
    }

    if scenario.nodes.is_empty() {
        r.error(
            &root.field("nodes"),
            "the scenario has no nodes".to_owned(),
            "empty",
        );
    }
    let start = index.get(scenario.start.as_str()).copied();
    if start.is_none() {
        let p = r.error(
            &root.field("start"),
            format!("the start node `{}` does not exist", scenario.start),
            "no node has this id",
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
                ..
            } => {
                check_says(&mut r, &at, says, true);
                if let Some(hint) = hint {
                    r.text(&at.field("hint"), hint, "the hint");
                }
                if replies.len() < 2 {
                    let p = r.error(
                        &at.field("replies"),
                        format!(
                            "the decision `{}` has {} {}; a decision needs at least two",
                            node.id(),
                            replies.len(),
                            if replies.len() == 1 {
                                "reply"
                            } else {
                                "replies"
                            }
                        ),
                        "too few replies",
                    );
                    Report::help(
                        p,
                        "add a plausible mistake beside the best reply, or make this an Ending",
                    );
                }
                for (k, reply) in replies.iter().enumerate() {
                    let rp = at.field("replies").index(k);
                    r.text(&rp.field("text"), &reply.text, "the reply text");
                    r.text(&rp.field("feedback"), &reply.feedback, "the feedback");
                    for c in Criterion::ALL {
                        r.range(
                            &rp.field("scores").field(c.field()),
                            reply.scores.get(c),
                            SCORE_MIN,
                            SCORE_MAX,
                            &format!("the {} score", c.name()),
                        );
                    }
                    r.range(
                        &rp.field("mood"),
                        reply.mood,
                        -(MOOD_MAX - MOOD_MIN),
                        MOOD_MAX - MOOD_MIN,
                        "the mood change",
                    );
                    check_target(&mut r, &rp.field("next"), &reply.next, &index);
                    if let Some(principle) = &reply.principle
                        && !principle_known(principle)
                    {
                        let p = r.error(
                            &rp.field("principle"),
                            format!("the coaching principle `{principle}` does not exist"),
                            "unknown principle",
                        );
                        Report::help(
                            p,
                            format!(
                                "define it in the scenario's `principles` or in {}",
                                crate::load::PRINCIPLES_FILE
                            ),
                        );
                    }
                }
                if replies.len() >= 2 && replies.iter().all(|x| x.scores == replies[0].scores) {
                    let p = r.warning(
                        &at.field("replies"),
                        format!(
                            "every reply at the decision `{}` scores the same",
                            node.id()
                        ),
                        "no reply is better than another",
                    );
                    Report::help(
                        p,
                        "the trainee learns nothing from this choice: score the replies apart",
                    );
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
                        MOOD_MAX + 1,
                        "the mood limit",
                    );
                    check_target(&mut r, &rp.field("goto"), &route.goto, &index);
                }
                check_target(&mut r, &at.field("otherwise"), otherwise, &index);
                if routes.is_empty() {
                    let p = r.warning(
                        &at.field("routes"),
                        format!("the branch `{}` has no routes", node.id()),
                        "always goes to `otherwise`",
                    );
                    Report::help(p, "point the replies straight at the `otherwise` node");
                }
            }
            Node::Ending { says, summary, .. } => {
                check_says(&mut r, &at, says, false);
                r.text(&at.field("summary"), summary, "the ending's summary");
            }
        }
    }

    if let Some(start) = start {
        check_shape(&mut r, scenario, &index, start);
    }
    // In file order, as a compiler reports them.
    r.problems
        .sort_by_key(|p| p.at.as_ref().map_or(0, |at| at.span.start));
    r.problems
}

fn check_says(r: &mut Report, at: &Path, says: &[String], required: bool) {
    if required && says.is_empty() {
        let p = r.error(
            &at.field("says"),
            "the customer says nothing here".to_owned(),
            "no words",
        );
        Report::help(p, "give at least one line, e.g. says: [\"...\"]");
    }
    for (k, line) in says.iter().enumerate() {
        r.text(&at.field("says").index(k), line, "the customer's line");
    }
}

fn check_target(r: &mut Report, path: &Path, target: &str, index: &HashMap<&str, usize>) {
    if !index.contains_key(target) {
        let p = r.error(
            path,
            format!("`{target}` is not a node in this scenario"),
            "leads nowhere",
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
        Some((d, id)) if d <= 3.max(target.len() / 3) => format!("did you mean `{id}`?"),
        _ => {
            let mut ids: Vec<&str> = index.keys().copied().collect();
            ids.sort();
            format!("the nodes are: {}", ids.join(", "))
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
            node.targets()
                .iter()
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
                format!(
                    "the {} `{}` cannot be reached from the start",
                    node.kind(),
                    node.id()
                ),
                "unreachable",
            );
            Report::help(p, "no reply or branch leads here: link it in, or remove it");
        } else if !finishes[i] {
            let p = r.error(
                &path,
                format!(
                    "from the {} `{}` no ending can be reached",
                    node.kind(),
                    node.id()
                ),
                "dead end",
            );
            Report::help(
                p,
                "every way on from here stops or loops without an exit: lead one reply to an Ending",
            );
        }
    }

    // Loops: allowed when they have a way out, but a loop of branches alone would spin
    // forever at a steady mood, since only replies change the mood.
    let cycle_edge = find_back_edge(&edges, start);
    if let Some((from, to)) = cycle_edge {
        let p = r.warning(
            &Path::node(from).field("id"),
            format!(
                "the conversation can loop: `{}` leads back to `{}`",
                scenario.nodes[from].id(),
                scenario.nodes[to].id()
            ),
            "loops back",
        );
        Report::help(
            p,
            "loops are allowed, but `defuse stats` then counts each loop once and path counts are unbounded",
        );
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
                format!(
                    "the branches `{}` and `{}` can route into each other forever",
                    scenario.nodes[from].id(),
                    scenario.nodes[to].id()
                ),
                "loop of branches",
            );
            Report::help(
                p,
                "the mood does not change between branches: put a customer turn inside the loop",
            );
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
        r.id(&path.field("id"), &principle.id, "the principle id");
        r.text(
            &path.field("title"),
            &principle.title,
            "the principle's title",
        );
        r.text(&path.field("text"), &principle.text, "the principle's text");
        if let Some(&first) = seen.get(principle.id.as_str()) {
            let first_span = r.span(&at.index(first).field("id"));
            let p = r.error(
                &path.field("id"),
                format!("the principle id `{}` is used twice", principle.id),
                "used again here",
            );
            p.also.push(crate::problem::Note {
                span: first_span,
                label: "first used here".to_owned(),
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
                    format!("the scenario id `{}` is used twice", scenario.id),
                    "used again here",
                )
                .with_help(format!("{} already uses this id", first.name())),
            );
        } else {
            seen.insert(&scenario.id, source);
        }
    }
    problems
}
