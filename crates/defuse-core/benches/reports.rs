//! Benchmarks for the report targets in the README: reading a folder of scorecards and
//! summarising it, at 1,000, 10,000 and 100,000 generated scorecards (`defuse report`
//! over 100,000 must finish in a couple of seconds).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use defuse_core::Catalogue;
use defuse_core::load::{check_file, scenario_files};
use defuse_core::report::{self, Filter, Report};
use defuse_core::scorecard::Reading;
use defuse_core::store::Store;
use defuse_core::synth;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

fn stories() -> Vec<Arc<defuse_core::Story>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    let catalogue = Catalogue::read(&dir).unwrap();
    scenario_files(&dir)
        .unwrap()
        .iter()
        .map(|f| Arc::new(check_file(f, &catalogue).story.unwrap()))
        .collect()
}

fn reports(c: &mut Criterion) {
    let stories = stories();
    let end: jiff::Timestamp = "2026-12-01T12:00:00Z".parse().unwrap();
    let texts = defuse_core::i18n::Texts::new(&defuse_core::i18n::langid("en").unwrap());
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for n in [1_000usize, 10_000, 100_000] {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let mut bytes = 0u64;
        for card in synth::scorecards(&stories, n, 40, end, n as u64) {
            let path = store.save(&card).unwrap();
            bytes += std::fs::metadata(path).unwrap().len();
        }
        eprintln!("{n} scorecards: {} MB on disk", bytes / 1_000_000);
        group.throughput(Throughput::Elements(n as u64));
        // What `defuse report` does: read the folder (all but the turns' texts), then
        // summarise it as a table.
        group.bench_with_input(BenchmarkId::new("read and table", n), &store, |b, store| {
            b.iter(|| {
                let loaded = store.load_as(Reading::Summary, |_, _| {}).unwrap();
                let report = Report::new(
                    &loaded.scorecards,
                    &Filter::default(),
                    &[],
                    jiff::tz::TimeZone::UTC,
                );
                black_box(report::table::render(&texts, &report));
            })
        });
        // What `defuse report --format xapi` does: read what the filter and the order need,
        // then stream every statement out (here into a sink). The target is 100,000 cards
        // in at most 5 s and 300 MB.
        group.bench_with_input(BenchmarkId::new("xapi streamed", n), &store, |b, store| {
            b.iter(|| {
                let files = store.files().unwrap();
                let zone = jiff::tz::TimeZone::UTC;
                let (kept, _) = report::stream::index(
                    &files,
                    &Filter::default(),
                    &defuse_core::roster::Roster::default(),
                    &zone,
                    |_, _| {},
                );
                let sink = std::io::sink();
                black_box(
                    report::stream::write_xapi(
                        sink,
                        &kept,
                        "http://defuse.local/",
                        &defuse_core::roster::Roster::default(),
                    )
                    .unwrap(),
                );
            })
        });
        // The summary alone, once the scorecards are in memory (the manager's screen).
        let loaded = store.load(|_, _| {}).unwrap();
        group.bench_with_input(BenchmarkId::new("summarise", n), &loaded, |b, loaded| {
            b.iter(|| {
                let cards: Vec<_> = loaded.scorecards.iter().collect();
                black_box(report::summarise(&cards, &[]));
            })
        });
    }
    group.finish();
}

criterion_group!(benches, reports);
criterion_main!(benches);
