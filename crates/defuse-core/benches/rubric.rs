//! How fast a typed reply is scored (it must keep up with the trainee's typing): replies
//! of the fresh evaluation set, each with the conversation before it, scored one after
//! another on one core, per language.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use defuse_core::rubric::{Context, Rubric};
use std::hint::black_box;
use std::path::Path;

fn replies(lang: &str) -> Vec<(String, String)> {
    cases(lang)
        .into_iter()
        .map(|c| (c.customer, c.reply))
        .collect()
}

fn cases(lang: &str) -> Vec<defuse_core::rubric::eval::Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text =
        std::fs::read_to_string(root.join(format!("tests/eval/fresh/eval-{lang}.ron"))).unwrap();
    ron::from_str(&text).unwrap()
}

/// A case's reply with everything said before it.
fn context(case: &defuse_core::rubric::eval::Case) -> Context {
    let (customer_before, replies_before) = defuse_core::rubric::eval::history(&case.history);
    Context {
        customer_line: case.customer.clone(),
        customer_name: "Eszter Kovács".into(),
        customer_before,
        replies_before,
        conceding: Vec::new(),
    }
}

fn scoring(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut group = c.benchmark_group("score reply");
    for lang in ["en", "hu", "pl", "he"] {
        let rubric = Rubric::for_language(&root, lang).unwrap();
        let cases: Vec<(Context, String)> = cases(lang)
            .iter()
            .map(|c| (context(c), c.reply.clone()))
            .collect();
        group.throughput(Throughput::Elements(cases.len() as u64));
        group.bench_function(lang, |b| {
            b.iter(|| {
                for (context, reply) in &cases {
                    black_box(rubric.assess(reply, context));
                }
            })
        });
    }
    group.finish();
}

/// A typed reply at a decision as the conversation handles it: scored, then matched
/// against the decision's authored replies (each of them scored too).
fn answering(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let rubric = Rubric::for_language(&root.join("locales"), "en").unwrap();
    let path = root.join("scenarios/cafe-long-wait.ron");
    let (_, scenario) =
        defuse_core::load::parse_scenario(&path, &std::fs::read_to_string(&path).unwrap()).unwrap();
    let (says, authored) = scenario
        .nodes
        .iter()
        .find_map(|n| match n {
            defuse_core::Node::Turn { says, replies, .. } => Some((says[0].clone(), replies)),
            _ => None,
        })
        .unwrap();
    // Each reply with its other wordings, as the conversation matches them.
    let texts = defuse_core::model::wordings(authored);
    let context = Context {
        customer_line: says,
        customer_name: scenario.customer.name.clone(),
        ..Context::default()
    };
    let replies = replies("en");
    let mut group = c.benchmark_group("answer in own words");
    group.throughput(Throughput::Elements(replies.len() as u64));
    group.bench_function("en, 3 replies", |b| {
        b.iter(|| {
            for (_, reply) in &replies {
                let assessment = rubric.assess(reply, &context);
                black_box(&assessment);
                black_box(rubric.closest_among(reply, &texts, &context));
            }
        })
    });
    group.finish();

    // The whole answer as the conversation gives it, with the authored reply's own scores
    // as the base when the words are close to it: one reply at a time, from a fresh decision.
    let catalogue = defuse_core::Catalogue::read(&root.join("scenarios")).unwrap();
    let story = std::sync::Arc::new(defuse_core::load_story(&path, &catalogue).unwrap());
    let start = story.scenario.start.clone();
    let mood = story.scenario.customer.mood;
    let mut group = c.benchmark_group("answer in own words");
    group.throughput(Throughput::Elements(1));
    group.bench_function("en, conversation, one reply", |b| {
        let mut next = replies.iter().cycle();
        b.iter_batched(
            || {
                let mut c =
                    defuse_core::Conversation::starting_at(story.clone(), &start, mood, 1).unwrap();
                while !matches!(c.next_event(), defuse_core::Event::Choice { .. }) {}
                (c, next.next().unwrap().1.clone())
            },
            |(mut c, words)| {
                black_box(
                    c.answer_in_words(&words, &rubric, defuse_core::Conduct::default())
                        .map(|r| r.scores),
                )
                .ok();
            },
            criterion::BatchSize::SmallInput,
        )
    });
    // A session reads its scenario's authored replies and their wordings when it starts
    // (`Rubric::prepare`), so that no answer waits for them: a rubric fresh from its files.
    group.sample_size(20);
    group.bench_function(
        "en, a session's start, reading the scenario's replies",
        |b| {
            b.iter_batched(
                || Rubric::for_language(&root.join("locales"), "en").unwrap(),
                |rubric| {
                    rubric.prepare(&story.scenario);
                    // Dropped after the timing.
                    rubric
                },
                criterion::BatchSize::PerIteration,
            )
        },
    );
    group.finish();
}

criterion_group!(benches, scoring, answering);
criterion_main!(benches);
