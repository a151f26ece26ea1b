//! A validated scenario, with its ids resolved to indices so that playing and analysing it
//! never looks a string up.

use crate::catalogue::Catalogue;
use crate::model::{Neutral, Node, Principle, Scenario, Scores};
use crate::problem::SourceFile;
use std::collections::HashMap;
use std::sync::Arc;

/// A scenario ready to play: validated, with every id resolved to a node index and every
/// principle it can name gathered in one place.
#[derive(Debug)]
pub struct Story {
    /// The scenario being played, its texts possibly translated into the trainee's
    /// language.
    pub scenario: Scenario,
    /// The file the scenario was read from; the scorecard keeps a hash of its text to tell
    /// which version was played.
    pub source: Arc<SourceFile>,
    /// For each node, the index of every node it leads to: one per reply for a turn, one
    /// per route and then `otherwise` for a branch.
    edges: Vec<Vec<usize>>,
    /// For each turn, the best score on offer per criterion; zero elsewhere.
    best: Vec<Scores>,
    /// For each turn, where its neutral reaction leads, if anywhere.
    neutral_next: Vec<Option<usize>>,
    start: usize,
    /// The ending the customer walks out to, if the scenario has one.
    walk_out: Option<usize>,
    index: HashMap<String, usize>,
    principles: HashMap<String, Principle>,
}

impl Story {
    /// Builds the story from a scenario that validation passed without errors.
    /// Links that do not resolve (which validation reports) lead to the start, so even a
    /// misuse cannot panic.
    pub fn new(scenario: Scenario, source: Arc<SourceFile>, catalogue: &Catalogue) -> Story {
        let mut index = HashMap::new();
        for (i, node) in scenario.nodes.iter().enumerate() {
            index.entry(node.id().to_owned()).or_insert(i);
        }
        let start = index.get(&scenario.start).copied().unwrap_or(0);
        let edges = scenario
            .nodes
            .iter()
            .map(|node| {
                node.targets()
                    .iter()
                    .map(|t| index.get(*t).copied().unwrap_or(start))
                    .collect()
            })
            .collect();
        let best = scenario
            .nodes
            .iter()
            .map(|node| match node {
                Node::Turn { replies, .. } => Scores::best_of(replies.iter().map(|r| &r.scores)),
                _ => Scores::default(),
            })
            .collect();
        let neutral_next = scenario
            .nodes
            .iter()
            .map(|node| {
                neutral_of(&scenario, node)
                    .and_then(|n| n.next.as_deref())
                    .map(|t| index.get(t).copied().unwrap_or(start))
            })
            .collect();
        let walk_out = walk_out_of(&scenario).and_then(|id| index.get(id).copied());
        let mut principles: HashMap<String, Principle> = catalogue
            .principles
            .iter()
            .map(|p| (p.id.clone(), p.clone()))
            .collect();
        for p in &scenario.principles {
            principles.insert(p.id.clone(), p.clone());
        }
        Story {
            scenario,
            source,
            edges,
            best,
            neutral_next,
            start,
            walk_out,
            index,
            principles,
        }
    }

    /// The ending the customer walks out to when their patience runs out or their mood
    /// hits the bottom, if the scenario has one.
    pub fn walk_out(&self) -> Option<usize> {
        self.walk_out
    }

    /// How many unmatched typed replies in a row the customer puts up with.
    pub fn patience(&self) -> usize {
        usize::from(
            self.scenario
                .patience
                .unwrap_or(crate::model::DEFAULT_PATIENCE)
                .max(1),
        )
    }

    /// Index of the node the conversation starts at.
    pub fn start(&self) -> usize {
        self.start
    }

    /// The node at index `i`, which must be below `len()`.
    pub fn node(&self, i: usize) -> &Node {
        &self.scenario.nodes[i]
    }

    /// How many nodes the scenario has.
    pub fn len(&self) -> usize {
        self.scenario.nodes.len()
    }

    /// Whether the scenario has no nodes (which validation refuses).
    pub fn is_empty(&self) -> bool {
        self.scenario.nodes.is_empty()
    }

    /// Indices of the nodes node `i` can lead to: one per reply, in file order, for a turn;
    /// one per route and then `otherwise` for a branch; none for an ending.
    pub fn edges(&self, i: usize) -> &[usize] {
        &self.edges[i]
    }

    /// The best score on offer at turn `i` on each criterion (the best on each may come
    /// from different replies); zero for a branch or an ending.
    pub fn best(&self, i: usize) -> Scores {
        self.best[i]
    }

    /// How the customer reacts at turn `i` to typed words that match no reply: the
    /// turn's own reaction, else the scenario's, else none.
    pub fn neutral(&self, i: usize) -> Option<&Neutral> {
        neutral_of(&self.scenario, self.node(i))
    }

    /// Where the neutral reaction at turn `i` leads; `None` asks the same decision again.
    pub fn neutral_next(&self, i: usize) -> Option<usize> {
        self.neutral_next[i]
    }

    /// Index of the node with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The coaching principle with this id: the scenario's own, else the shared
    /// catalogue's.
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.get(id)
    }

    /// Every principle the story knows (the catalogue's and the scenario's own), in no
    /// particular order.
    pub fn principles(&self) -> impl Iterator<Item = &Principle> {
        self.principles.values()
    }

    /// Every node's id, in file order.
    pub fn node_ids(&self) -> impl Iterator<Item = &str> {
        self.scenario.nodes.iter().map(Node::id)
    }
}

fn neutral_of<'a>(scenario: &'a Scenario, node: &'a Node) -> Option<&'a Neutral> {
    match node {
        Node::Turn { neutral, .. } => neutral.as_ref().or(scenario.neutral.as_ref()),
        _ => None,
    }
}

/// The id of the ending the customer walks out to: the scenario's `walk_out`, else its
/// first ending where the customer leaves and the run fails.
pub(crate) fn walk_out_of(scenario: &Scenario) -> Option<&str> {
    if let Some(id) = &scenario.walk_out {
        return Some(id);
    }
    scenario.nodes.iter().find_map(|node| match node {
        Node::Ending {
            id,
            outcome: crate::model::Outcome::CustomerLeft,
            fails: true,
            ..
        } => Some(id.as_str()),
        _ => None,
    })
}
