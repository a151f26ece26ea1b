//! Fills a data folder with generated scorecards, for measuring reports by hand:
//! `cargo run --release -p defuse-core --features synth --example team -- DIR 100000`;
//! or a team of TRAINEES who learn over DAYS (`-- DIR 80 8 49`), for trying the
//! manager's review.

use defuse_core::library::Library;
use std::sync::Arc;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(n)) = (args.next(), args.next().and_then(|n| n.parse().ok())) else {
        eprintln!("usage: team DIR COUNT [TRAINEES DAYS]");
        std::process::exit(2);
    };
    let scenarios = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    let library = Library::read(&scenarios);
    let stories: Vec<_> = library.stories().into_iter().map(Arc::new).collect();
    let end: jiff::Timestamp = "2026-12-01T12:00:00Z".parse().expect("a time");
    let store = defuse_core::store::Store::new(&dir);
    let learning: Option<(usize, i64)> = args
        .next()
        .and_then(|t| t.parse().ok())
        .zip(args.next().and_then(|d| d.parse().ok()));
    let cards = match learning {
        Some((trainees, days)) => defuse_core::synth::team(&stories, n, trainees, days, end, 7),
        None => defuse_core::synth::scorecards(&stories, n, 40, end, n as u64),
    };
    for card in cards {
        if let Err(e) = store.save(&card) {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
    eprintln!("{n} scorecards in {dir}");
}
