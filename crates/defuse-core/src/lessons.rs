//! What to do differently next time: the coaching principles a session missed, each at
//! the decision where missing it cost the most, with the reply that modelled it.

use crate::scorecard::{PrincipleRef, Scorecard};

/// One thing to do differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    /// The coaching principle the trainee missed, as the scorecard keeps it.
    pub principle: PrincipleRef,
    /// 1-based, as the debrief numbers the decisions.
    pub decision: usize,
    /// The best reply at that decision.
    pub best_reply: String,
    /// Points the reply given fell short of the best there, all criteria together.
    pub points_lost: i32,
}

/// At most `n` lessons, the costliest first, one per principle.
pub fn lessons(card: &Scorecard, n: usize) -> Vec<Lesson> {
    let mut found: Vec<Lesson> = Vec::new();
    for (k, turn) in card.turns.iter().enumerate() {
        let (Some(principle), Some(best)) = (&turn.best_principle, &turn.best_missed) else {
            continue;
        };
        let lost = turn.best.total() - turn.scores.total();
        let lesson = Lesson {
            principle: principle.clone(),
            decision: k + 1,
            best_reply: best.clone(),
            points_lost: lost,
        };
        match found.iter_mut().find(|l| l.principle.id == principle.id) {
            Some(kept) if kept.points_lost < lost => *kept = lesson,
            Some(_) => {}
            None => found.push(lesson),
        }
    }
    // Costliest first; among equals, the earlier decision.
    found.sort_by(|a, b| {
        b.points_lost
            .cmp(&a.points_lost)
            .then(a.decision.cmp(&b.decision))
    });
    found.truncate(n);
    found
}
