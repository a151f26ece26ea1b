//! Kinds of reply and the scores each kind earns, so that the same kind of reply (a polite
//! transfer, "calm down" in any wording, a warm over-promise) scores alike in every
//! scenario. A reply names its kind with `kind: "policy-answer"`; validation warns when its
//! scores fall outside the kind's ranges. The authoring guide prints this table.

use crate::model::{Criterion, Scores};
use std::ops::RangeInclusive;

/// One kind of reply: its id in a scenario file, what it is, and the score range on each
/// criterion (listening, empathy, ownership, calm tone).
#[derive(Debug, Clone)]
pub struct Kind {
    /// The id a reply names it by, `kind: "policy-answer"`.
    pub id: &'static str,
    /// What a reply of this kind does, in a phrase, for the authoring guide's table.
    pub what: &'static str,
    /// The scores this kind may earn on each criterion, in `Criterion::ALL` order
    /// (listening, empathy, ownership, calm tone), each within 0–5.
    pub ranges: [RangeInclusive<i32>; 4],
}

impl Kind {
    /// The range this kind allows on one criterion.
    pub fn range(&self, criterion: Criterion) -> &RangeInclusive<i32> {
        let i = Criterion::ALL
            .iter()
            .position(|&c| c == criterion)
            .expect("every criterion is in ALL");
        &self.ranges[i]
    }

    /// The criteria on which `scores` fall outside this kind's ranges.
    pub fn outside(&self, scores: &Scores) -> Vec<Criterion> {
        Criterion::ALL
            .into_iter()
            .filter(|&c| !self.range(c).contains(&scores.get(c)))
            .collect()
    }
}

macro_rules! kind {
    ($id:literal, $what:literal, $l:expr, $e:expr, $o:expr, $c:expr) => {
        Kind {
            id: $id,
            what: $what,
            ranges: [$l, $e, $o, $c],
        }
    };
}

/// Every known kind, in the order the authoring guide lists them.
pub const KINDS: &[Kind] = &[
    kind!(
        "calm-down",
        "tells the customer to calm down, in any wording",
        0..=2,
        0..=1,
        0..=2,
        0..=1
    ),
    kind!(
        "polite-brush-off",
        "courteous words that do nothing",
        1..=2,
        1..=2,
        0..=1,
        3..=4
    ),
    kind!(
        "policy-answer",
        "hides behind the rule (\"I understand, but that's our policy\")",
        1..=2,
        0..=2,
        0..=2,
        2..=4
    ),
    kind!(
        "over-promise",
        "a warm promise the speaker does not control",
        2..=4,
        3..=4,
        0..=2,
        3..=5
    ),
    kind!(
        "premature-solution",
        "jumps to a fix before the customer feels heard",
        1..=2,
        1..=2,
        2..=4,
        3..=5
    ),
    kind!(
        "excuse",
        "explains why it went wrong instead of fixing it",
        1..=3,
        1..=2,
        1..=2,
        2..=4
    ),
    kind!(
        "deflecting-apology",
        "an apology that points elsewhere (\"I'm sorry, but the courier...\")",
        1..=2,
        1..=2,
        0..=1,
        2..=4
    ),
    kind!(
        "conditional-apology",
        "\"I'm sorry if you feel...\"",
        1..=3,
        1..=2,
        0..=2,
        2..=4
    ),
    kind!(
        "blame-others",
        "blames a colleague, the courier, another department",
        1..=2,
        0..=2,
        0..=1,
        1..=3
    ),
    kind!(
        "blame-customer",
        "\"you should have checked...\"",
        0..=2,
        0..=1,
        0..=1,
        0..=2
    ),
    kind!(
        "argue",
        "contradicts the customer about who is right",
        0..=2,
        0..=1,
        0..=2,
        0..=1
    ),
    kind!(
        "sarcasm",
        "sarcastic or mocking",
        0..=1,
        0..=1,
        0..=2,
        0..=1
    ),
    kind!(
        "cold-transfer",
        "passes the customer on without owning anything",
        0..=2,
        0..=2,
        0..=1,
        2..=4
    ),
    kind!(
        "warm-transfer",
        "hands over well: explains, introduces, stays until taken over",
        3..=5,
        3..=5,
        4..=5,
        4..=5
    ),
    kind!(
        "give-in",
        "caves in to a demand the business should not meet",
        1..=3,
        2..=4,
        0..=2,
        2..=4
    ),
    kind!(
        "interrupt",
        "cuts in before the customer has finished",
        0..=1,
        0..=2,
        0..=3,
        1..=3
    ),
];

/// The kind with this id.
pub fn find(id: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.id == id)
}

/// The table as Markdown, for the authoring guide (a test keeps the guide in step).
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| kind | what it is | listening | empathy | ownership | calm tone |\n|---|---|---|---|---|---|\n",
    );
    for k in KINDS {
        let r: Vec<String> = k
            .ranges
            .iter()
            .map(|r| format!("{}–{}", r.start(), r.end()))
            .collect();
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            k.id,
            k.what,
            r.join(" | ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_unique_id_and_sane_ranges() {
        for (i, k) in KINDS.iter().enumerate() {
            assert!(KINDS[..i].iter().all(|o| o.id != k.id), "{} twice", k.id);
            for r in &k.ranges {
                assert!(r.start() <= r.end() && *r.end() <= 5, "{}", k.id);
            }
        }
        let calm_down = find("calm-down").unwrap();
        let scores = Scores {
            listening: 1,
            empathy: 3,
            ownership: 1,
            calm_tone: 0,
        };
        assert_eq!(calm_down.outside(&scores), vec![Criterion::Empathy]);
        assert!(find("shouting").is_none());
    }
}
