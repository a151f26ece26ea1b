//! How fast a typed reply is scored (it must keep up with the trainee's typing): replies
//! of the evaluation set scored one after another on one core, per language.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use defuse_core::rubric::{Context, Rubric};
use std::hint::black_box;
use std::path::Path;

fn replies(lang: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join(format!("tests/eval/{lang}.ron"))).unwrap();
    let cases: Vec<defuse_core::rubric::eval::Case> = ron::from_str(&text).unwrap();
    cases.into_iter().map(|c| (c.customer, c.reply)).collect()
}

fn scoring(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut group = c.benchmark_group("score reply");
    for lang in ["en", "hu", "pl", "he"] {
        let rubric = Rubric::for_language(&root, lang).unwrap();
        let replies = replies(lang);
        group.throughput(Throughput::Elements(replies.len() as u64));
        group.bench_function(lang, |b| {
            b.iter(|| {
                for (customer, reply) in &replies {
                    let context = Context {
                        customer_line: customer.clone(),
                        customer_name: "Eszter Kovács".into(),
                    };
                    black_box(rubric.assess(reply, &context));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, scoring);
criterion_main!(benches);
