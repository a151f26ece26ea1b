//! The trainer's exports, for exploring models and choosing the matching's rule outside Rust.

use super::class;
use defuse_core::model::Criterion;
use defuse_core::rubric::Rubric;
use defuse_core::rubric::corpus::{self, Labelled};
use defuse_core::rubric::eval;
use std::path::Path;

/// Writes every labelled reply's features and calls as JSON lines, for exploring models
/// outside Rust: `<dir>/<lang>.jsonl`, each with its part (`training`, `held-out`,
/// `fresh-held-out`, `older-held-out`).
pub fn dump(
    rubric: &Rubric,
    corpus: &corpus::Corpus,
    training: &[Labelled],
    lang: &str,
    root: &Path,
    names: &dyn Fn(&str) -> String,
    dir: &Path,
) {
    use std::io::Write;
    std::fs::create_dir_all(dir).unwrap();
    let mut out = std::fs::File::create(dir.join(format!("{lang}.jsonl"))).unwrap();
    let held = |set: &str| -> Vec<Labelled> {
        let cases = eval::read_set(&root.join(set)).unwrap();
        let held: Vec<_> = cases
            .into_iter()
            .filter(|c| c.held_out)
            .map(|mut c| {
                c.held_out = false;
                c
            })
            .collect();
        corpus::tuning(&held, names)
    };
    let parts = [
        ("training", training.to_vec()),
        ("held-out", corpus.held_out.clone()),
        (
            "fresh-held-out",
            held(&format!("tests/eval/fresh/eval-{lang}.ron")),
        ),
        ("older-held-out", held(&format!("tests/eval/{lang}.ron"))),
    ];
    for (part, cases) in parts {
        for c in cases {
            let a = rubric.assess(&c.reply, &c.context);
            let kept: Vec<i32> = Criterion::ALL
                .iter()
                .map(|cr| {
                    a.evidence
                        .iter()
                        .filter(|e| e.criterion == *cr && rubric.kept(&e.signal))
                        .map(|e| e.points)
                        .sum()
                })
                .collect();
            let line = serde_json::json!({
                "part": part,
                "id": c.id,
                "reply": c.reply,
                "customer": c.context.customer_line,
                "features": rubric.features(&c.reply, &c.context).into_iter().map(|f| f.name).collect::<Vec<_>>(),
                "calls": c.calls.iter().map(|&k| class(k)).collect::<Vec<_>>(),
                "kept": kept,
                "rules": a.evidence.iter().map(|e| (e.signal.clone(), Criterion::ALL.iter().position(|c| *c == e.criterion), e.points)).collect::<Vec<_>>(),
            });
            writeln!(out, "{line}").unwrap();
        }
    }
}

/// Writes what the matching weighs of every labelled typed reply as JSON lines, for
/// choosing its threshold and margin on the tuning part outside Rust.
pub fn dump_matching(root: &Path, file: &Path) {
    use std::io::Write;
    let rows = eval::matching_rows(
        &root.join("tests/eval"),
        &root.join("locales"),
        &root.join("scenarios"),
    )
    .unwrap();
    let mut out = std::fs::File::create(file).unwrap();
    for row in rows {
        let line = serde_json::json!({
            "language": row.language,
            "id": row.case.id,
            "held_out": row.case.held_out,
            "typed": row.case.reply,
            "wordings": row.wordings,
            "expect": match row.case.expect { eval::Expect::Reply(n) => n as i64, eval::Expect::None => 0 },
            "none_kind": row.case.none_kind,
            "likeness": row.likeness.iter().map(|l| serde_json::json!({"wording": l.wording, "meaning": l.meaning, "opposed": l.opposed, "by_wording": l.by_wording, "closeness": l.closeness()})).collect::<Vec<_>>(),
        });
        writeln!(out, "{line}").unwrap();
    }
}
