//! Benchmarks for the targets in the README: loading and validating scenarios, `stats` on
//! generated scenarios of growing size, and the conversation step.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use defuse_core::Catalogue;
use defuse_core::load::{check_parsed, parse_scenario, scenario_files};
use defuse_core::stats::stats;
use defuse_core::synth::{self, Shape};
use defuse_core::{Conversation, Event, SourceFile};
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

fn scenarios() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios")
}

fn load_and_validate(c: &mut Criterion) {
    let dir = scenarios();
    let catalogue = Catalogue::read(&dir).unwrap();
    let files: Vec<(std::path::PathBuf, String)> = scenario_files(&dir)
        .unwrap()
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            (f, text)
        })
        .collect();
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("load_and_validate");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("bundled scenarios", |b| {
        b.iter(|| {
            for (path, text) in &files {
                let (source, scenario) = parse_scenario(path, text).unwrap();
                let checked = check_parsed(source, scenario, &catalogue);
                black_box(checked.story.unwrap());
            }
        })
    });
    // One large generated file, to measure throughput away from per-file overheads.
    let big = synth::to_ron(&synth::scenario(
        Shape {
            turns: 2000,
            branches: 100,
            endings: 10,
            max_replies: 4,
            reach: 20,
        },
        7,
    ));
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("generated 2,110 nodes", |b| {
        b.iter(|| {
            let (source, scenario) = parse_scenario(Path::new("big.ron"), &big).unwrap();
            black_box(
                check_parsed(source, scenario, &Catalogue::default())
                    .story
                    .unwrap(),
            );
        })
    });
    group.finish();
}

fn stats_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("stats");
    group.sample_size(10);
    for nodes in [1_000usize, 10_000, 100_000] {
        let turns = nodes * 9 / 10;
        let branches = nodes / 20;
        let endings = nodes - turns - branches;
        let scenario = synth::scenario(
            Shape {
                turns,
                branches,
                endings,
                max_replies: 3,
                reach: 50,
            },
            nodes as u64,
        );
        let checked = check_parsed(
            SourceFile::new("generated.ron", String::new()),
            scenario,
            &Catalogue::default(),
        );
        let story = checked.story.expect("generated scenarios are valid");
        group.throughput(Throughput::Elements(nodes as u64));
        group.bench_with_input(BenchmarkId::from_parameter(nodes), &story, |b, story| {
            b.iter(|| black_box(stats(story)))
        });
    }
    group.finish();
}

fn conversation_steps(c: &mut Criterion) {
    let dir = scenarios();
    let catalogue = Catalogue::read(&dir).unwrap();
    let story =
        Arc::new(defuse_core::load_story(&dir.join("missed-delivery.ron"), &catalogue).unwrap());
    // Count the decisions on the first-reply path once, for the throughput figure.
    let play = |story: &Arc<Story>, seed: u64| {
        let mut conversation = Conversation::new(story.clone(), seed);
        let mut steps = 0u64;
        loop {
            match conversation.next_event() {
                Event::Line { .. } => {}
                Event::Choice { .. } => {
                    conversation.choose(0).unwrap();
                    steps += 1;
                }
                Event::End { .. } => return steps,
            }
        }
    };
    let steps = play(&story, 0);
    let mut group = c.benchmark_group("conversation");
    group.throughput(Throughput::Elements(steps));
    group.bench_function("step (line, choice, reply)", |b| {
        let mut seed = 0;
        b.iter(|| {
            seed += 1;
            black_box(play(&story, seed))
        })
    });
    group.finish();
}

use defuse_core::Story;

criterion_group!(
    benches,
    load_and_validate,
    stats_scaling,
    conversation_steps
);
criterion_main!(benches);
