//! Which side of the business's limit a typed reply is on, against `tests/eval/stances/`:
//! replies written by people who never saw the rubric's `stances` phrases, each labelled
//! as giving in, holding the limit or neither. The matching relies on it (giving in is
//! never taken as holding the limit) and so does ownership at a decision whose scenario
//! forbids giving in. A third of each file is held out: reported, never tuned on.

use defuse_core::rubric::{Rubric, Stance};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    text: String,
    stance: Stance,
    held_out: bool,
}

/// How one part of a language's set was read.
#[derive(Default)]
struct Reading {
    cases: usize,
    right: usize,
    /// Giving in read as holding the limit, or the reverse: the worst mistake.
    opposite: usize,
    /// Neither, read as one side.
    invented: usize,
    /// One side, read as neither.
    missed: usize,
    mistakes: Vec<String>,
}

impl Reading {
    fn add(&mut self, case: &Case, read: Stance) {
        self.cases += 1;
        if read == case.stance {
            self.right += 1;
            return;
        }
        if read.opposes(case.stance) {
            self.opposite += 1;
        } else if case.stance == Stance::Neither {
            self.invented += 1;
        } else {
            self.missed += 1;
        }
        self.mistakes.push(format!(
            "  {:?} read as {read:?}: {}",
            case.stance, case.text
        ));
    }

    fn row(&self) -> String {
        format!(
            "{:>4.0}% {:>8} {:>8} {:>8}",
            100.0 * self.right as f64 / self.cases.max(1) as f64,
            self.opposite,
            self.invented,
            self.missed
        )
    }
}

fn read(lang: &str) -> (Reading, Reading) {
    let root = super::root();
    let rubric = Rubric::for_language(&root.join("locales"), lang).unwrap();
    let path = root.join(format!("tests/eval/stances/{lang}.ron"));
    let text = std::fs::read_to_string(&path).unwrap();
    let cases: Vec<Case> =
        ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (mut tuning, mut held_out) = (Reading::default(), Reading::default());
    for case in &cases {
        let part = if case.held_out {
            &mut held_out
        } else {
            &mut tuning
        };
        part.add(case, rubric.stance(&case.text));
    }
    (tuning, held_out)
}

#[test]
fn giving_in_and_holding_the_limit_are_read_as_the_writers_meant() {
    println!("language  part      right opposite invented   missed");
    let mut report = String::new();
    let mut parts = Vec::new();
    for lang in ["en", "hu", "pl", "he"] {
        let (tuning, held_out) = read(lang);
        assert!(
            tuning.cases >= 60 && held_out.cases >= 30,
            "{lang}: too few cases"
        );
        println!("{lang:<9} tuning   {}", tuning.row());
        println!("{lang:<9} held-out {}", held_out.row());
        for m in &tuning.mistakes {
            report.push_str(&format!("{lang} {m}\n"));
        }
        parts.push((lang, tuning, held_out));
    }
    if std::env::var_os("DEFUSE_STANCE_MISTAKES").is_some() {
        println!("tuning part's mistakes:\n{report}");
    }
    for (lang, tuning, held_out) in &parts {
        // Rarely the opposite side: that is what would take "I'll refund you" as "I can't
        // refund you". Before the negations and the tenth pass's phrases, 1–5 per part.
        for (part, r) in [("tuning", tuning), ("held-out", held_out)] {
            assert!(r.opposite <= 1, "{lang} {part}: {}\n{report}", r.row());
            // 35–53 % before the tenth pass; 79–85 % on the held-out part after it.
            assert!(
                r.right as f64 >= 0.75 * r.cases as f64,
                "{lang} {part}: {}\n{report}",
                r.row()
            );
        }
    }
}
