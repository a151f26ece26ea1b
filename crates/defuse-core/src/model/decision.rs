//! What a decision's replies say together: the best of them, the ones that give in, and
//! each one as the matching takes it.

use super::Reply;

/// The replies at a decision (0-based) that give in to what the business cannot give
/// (`kind: "give-in"`).
pub fn conceding(replies: &[Reply]) -> Vec<usize> {
    replies
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind.as_deref() == Some("give-in"))
        .map(|(k, _)| k)
        .collect()
}

/// Each reply at a decision as the matching takes it: its text, then its other wordings.
pub fn wordings(replies: &[Reply]) -> Vec<Vec<&str>> {
    replies
        .iter()
        .map(|r| {
            std::iter::once(r.text.as_str())
                .chain(r.wordings.iter().map(String::as_str))
                .collect()
        })
        .collect()
}

/// The best reply at a decision: the highest total score, the first in the file on a tie.
/// The debrief, the scorecard, the lints and the principle coverage all mean this one.
pub fn best_reply(replies: &[Reply]) -> Option<usize> {
    replies
        .iter()
        .enumerate()
        .max_by_key(|(k, r)| (r.scores.total(), std::cmp::Reverse(*k)))
        .map(|(k, _)| k)
}
