//! Which decision teaches which coaching principle: a principle is taught where it is the
//! principle of a decision's best reply (a model to copy), and only warned about where it
//! names a mistake. Every principle in the catalogue should be taught somewhere.

use crate::model::{Node, Principle, Scenario, best_reply};

/// Where a principle appears at one decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Use {
    /// Id of the scenario the decision is in.
    pub scenario: String,
    /// Id of the decision (a turn node) within that scenario.
    pub node: String,
    /// True when it is the principle of the decision's best reply.
    pub best: bool,
}

/// One principle and every decision that names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// The principle, shared or a scenario's own.
    pub principle: Principle,
    /// Every decision with a reply that names the principle, each once, in scenario and
    /// file order.
    pub uses: Vec<Use>,
}

impl Coverage {
    /// The decisions whose best reply models it.
    pub fn taught(&self) -> impl Iterator<Item = &Use> {
        self.uses.iter().filter(|u| u.best)
    }
}

/// Coverage of every principle (the shared ones, then each scenario's own) by `scenarios`.
pub fn coverage(shared: &[Principle], scenarios: &[&Scenario]) -> Vec<Coverage> {
    let mut all: Vec<Coverage> = shared
        .iter()
        .chain(scenarios.iter().flat_map(|s| s.principles.iter()))
        .map(|p| Coverage {
            principle: p.clone(),
            uses: Vec::new(),
        })
        .collect();
    for scenario in scenarios {
        for node in &scenario.nodes {
            let Node::Turn { id, replies, .. } = node else {
                continue;
            };
            let best = best_reply(replies);
            for (k, reply) in replies.iter().enumerate() {
                let Some(principle) = &reply.principle else {
                    continue;
                };
                if let Some(c) = all.iter_mut().find(|c| c.principle.id == *principle) {
                    let use_ = Use {
                        scenario: scenario.id.clone(),
                        node: id.clone(),
                        best: best == Some(k),
                    };
                    if !c.uses.contains(&use_) {
                        c.uses.push(use_);
                    }
                }
            }
        }
    }
    all
}
