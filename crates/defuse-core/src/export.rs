//! The conversation as a graph a trainer can render: Graphviz DOT or Mermaid.
//! Customer turns are boxes, replies are edges coloured by quality, endings are coloured
//! by outcome, branches on mood are diamonds.

pub mod page;

use crate::i18n::Texts;
use crate::model::{MoodTest, Node, Outcome, SCORE_MAX};
use crate::story::Story;
use std::fmt::Write;

/// The text format `render` writes the conversation graph in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    /// Graphviz DOT, for `dot -Tsvg` and the like.
    Dot,
    /// A Mermaid flowchart, which Markdown viewers such as GitHub's draw.
    Mermaid,
}

/// How good a reply is, from its total score: the share of the maximum possible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quality {
    /// At least 70 % of the maximum total (14 of 20): drawn green.
    Good,
    /// From 40 % up to 70 % of the maximum total (8 to 13 of 20): drawn orange.
    Mixed,
    /// Under 40 % of the maximum total (7 of 20 or less): drawn red.
    Poor,
}

impl Quality {
    /// The quality of a reply whose four criterion scores add up to `total` (0–20).
    pub fn of(total: i32) -> Quality {
        let share = f64::from(total) / f64::from(4 * SCORE_MAX);
        if share >= 0.7 {
            Quality::Good
        } else if share >= 0.4 {
            Quality::Mixed
        } else {
            Quality::Poor
        }
    }

    fn colour(self) -> &'static str {
        match self {
            Quality::Good => "#2e7d32",
            Quality::Mixed => "#ef6c00",
            Quality::Poor => "#c62828",
        }
    }
}

/// An ending's fill: a failing ending in its own strong red, whatever its outcome, so a
/// trainer never mistakes it for a success.
fn ending_colour(outcome: &Outcome, fails: bool) -> &'static str {
    if fails {
        return FAILS_COLOUR;
    }
    outcome_colour(outcome)
}

const FAILS_COLOUR: &str = "#e57373";

fn outcome_colour(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Resolved => "#c8e6c9",
        Outcome::Escalated => "#fff3c4",
        Outcome::CustomerLeft => "#ffcdd2",
        Outcome::Other(_) => "#e0e0e0",
    }
}

/// A reply's change to the mood, signed: `mood +20`.
fn mood_change(change: i32, texts: &Texts) -> String {
    texts.format("graph-mood", &[("change", format!("{change:+}").into())])
}

/// Shortens a line for a graph label.
fn clip(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        text
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The graph, with its labels (outcomes, mood tests, "otherwise") in the language of
/// `texts`; the scenario's own texts are shown as the story has them.
pub fn render(story: &Story, format: GraphFormat, texts: &Texts) -> String {
    match format {
        GraphFormat::Dot => dot(story, texts),
        GraphFormat::Mermaid => mermaid(story, texts),
    }
}

fn mood_test(test: MoodTest, texts: &Texts) -> String {
    let (id, limit) = match test {
        MoodTest::Below(limit) => ("graph-mood-below", limit),
        MoodTest::AtLeast(limit) => ("graph-mood-at-least", limit),
    };
    texts.format(id, &[("limit", limit.to_string().into())])
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

fn dot(story: &Story, texts: &Texts) -> String {
    let mut out = String::new();
    let s = &story.scenario;
    let _ = writeln!(out, "digraph \"{}\" {{", dot_escape(&s.id));
    let _ = writeln!(
        out,
        "  label=\"{}\";\n  labelloc=t;\n  rankdir=TB;",
        dot_escape(&s.title)
    );
    let _ = writeln!(
        out,
        "  node [fontname=\"DejaVu Sans\", fontsize=10];\n  edge [fontname=\"DejaVu Sans\", fontsize=9];"
    );
    for (i, node) in s.nodes.iter().enumerate() {
        let id = dot_escape(node.id());
        match node {
            Node::Turn { says, .. } => {
                let line = says.first().map(|l| clip(l, 60)).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  \"{id}\" [shape=box, style=rounded, label=\"{id}\\n{}\"];",
                    dot_escape(&line)
                );
            }
            Node::Branch { routes, .. } => {
                let _ = writeln!(out, "  \"{id}\" [shape=diamond, label=\"{id}\"];");
                let targets = story.edges(i);
                for (k, route) in routes.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "  \"{id}\" -> \"{}\" [style=dashed, label=\"{}\"];",
                        dot_escape(story.node(targets[k]).id()),
                        dot_escape(&mood_test(route.when, texts))
                    );
                }
                let _ = writeln!(
                    out,
                    "  \"{id}\" -> \"{}\" [style=dashed, label=\"{}\"];",
                    dot_escape(story.node(targets[routes.len()]).id()),
                    dot_escape(&texts.get("graph-otherwise"))
                );
            }
            Node::Ending { outcome, fails, .. } => {
                let mut label = format!(
                    "{}\\n{}",
                    dot_escape(node.id()),
                    dot_escape(&texts.outcome(outcome))
                );
                if *fails {
                    label.push_str(&format!("\\n{}", dot_escape(&texts.get("graph-fails"))));
                }
                let _ = writeln!(
                    out,
                    "  \"{id}\" [shape=doubleoctagon, style=filled, fillcolor=\"{}\", label=\"{label}\"];",
                    ending_colour(outcome, *fails),
                );
            }
        }
        if let Node::Turn { replies, .. } = node {
            for (k, (reply, &to)) in replies.iter().zip(story.edges(i)).enumerate() {
                let quality = Quality::of(reply.scores.total());
                let _ = writeln!(
                    out,
                    "  \"{id}\" -> \"{}\" [color=\"{c}\", fontcolor=\"{c}\", label=\"{}. {}\\n({} / {} · {})\"];",
                    dot_escape(story.node(to).id()),
                    k + 1,
                    dot_escape(&clip(&reply.text, 40)),
                    reply.scores.total(),
                    4 * SCORE_MAX,
                    dot_escape(&mood_change(reply.mood, texts)),
                    c = quality.colour()
                );
            }
            if let Some(to) = story.neutral_next(i) {
                let _ = writeln!(
                    out,
                    "  \"{id}\" -> \"{}\" [style=dotted, label=\"{}\"];",
                    dot_escape(story.node(to).id()),
                    dot_escape(&texts.get("graph-no-match"))
                );
            }
        }
    }
    let _ = writeln!(
        out,
        "  \"__start\" [shape=point];\n  \"__start\" -> \"{}\";",
        dot_escape(&s.start)
    );
    out.push_str("}\n");
    out
}

/// Mermaid node names must be plain; ids already are (validation checks), but prefix
/// them so that ids like `end` do not clash with Mermaid keywords.
fn mermaid_id(id: &str) -> String {
    format!("n_{}", id.replace('-', "_"))
}

fn mermaid_text(text: &str) -> String {
    text.replace('"', "#quot;")
}

fn mermaid(story: &Story, texts: &Texts) -> String {
    let mut out = String::from("flowchart TD\n");
    let s = &story.scenario;
    let _ = writeln!(out, "  start((start)) --> {}", mermaid_id(&s.start));
    let mut edge_colours = Vec::new();
    let mut edge = 1; // the start arrow is edge 0
    for (i, node) in s.nodes.iter().enumerate() {
        let id = mermaid_id(node.id());
        match node {
            Node::Turn { says, replies, .. } => {
                let line = says.first().map(|l| clip(l, 60)).unwrap_or_default();
                let _ = writeln!(out, "  {id}(\"{}: {}\")", node.id(), mermaid_text(&line));
                for (k, (reply, &to)) in replies.iter().zip(story.edges(i)).enumerate() {
                    let _ = writeln!(
                        out,
                        "  {id} -->|\"{}. {} ({}/{} · {})\"| {}",
                        k + 1,
                        mermaid_text(&clip(&reply.text, 40)),
                        reply.scores.total(),
                        4 * SCORE_MAX,
                        mermaid_text(&mood_change(reply.mood, texts)),
                        mermaid_id(story.node(to).id())
                    );
                    edge_colours.push((edge, Quality::of(reply.scores.total()).colour()));
                    edge += 1;
                }
                if let Some(to) = story.neutral_next(i) {
                    let _ = writeln!(
                        out,
                        "  {id} -.->|\"{}\"| {}",
                        mermaid_text(&texts.get("graph-no-match")),
                        mermaid_id(story.node(to).id())
                    );
                    edge += 1;
                }
            }
            Node::Branch { routes, .. } => {
                let _ = writeln!(out, "  {id}{{\"{}\"}}", node.id());
                let targets = story.edges(i);
                for (k, route) in routes.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "  {id} -.->|\"{}\"| {}",
                        mermaid_text(&mood_test(route.when, texts)),
                        mermaid_id(story.node(targets[k]).id())
                    );
                    edge += 1;
                }
                let _ = writeln!(
                    out,
                    "  {id} -.->|\"{}\"| {}",
                    mermaid_text(&texts.get("graph-otherwise")),
                    mermaid_id(story.node(targets[routes.len()]).id())
                );
                edge += 1;
            }
            Node::Ending { outcome, fails, .. } => {
                let fails_note = if *fails {
                    format!(" ({})", texts.get("graph-fails"))
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "  {id}[[\"{}: {}{}\"]]",
                    node.id(),
                    mermaid_text(&texts.outcome(outcome)),
                    mermaid_text(&fails_note)
                );
                let _ = writeln!(
                    out,
                    "  style {id} fill:{},stroke:#555",
                    ending_colour(outcome, *fails)
                );
            }
        }
    }
    for (edge, colour) in edge_colours {
        let _ = writeln!(out, "  linkStyle {edge} stroke:{colour},color:{colour}");
    }
    out
}
