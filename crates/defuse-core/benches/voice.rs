//! Delivery analysis speed: a 10-second take at 48 kHz, measured and scored against a
//! baseline (target: ≤ 100 ms on one core).

use criterion::{Criterion, criterion_group, criterion_main};
use defuse_core::voice::{self, Rules, Take};
use std::hint::black_box;
use std::path::Path;

/// A voice-like take: a buzz of harmonics whose pitch glides, in syllable bursts of
/// 200 ms with short gaps, at 48 kHz.
fn voice_like(seconds: f64, f0: f64) -> Take {
    let rate = 48_000;
    let n = (seconds * f64::from(rate)) as usize;
    let mut phase = 0.0f64;
    let samples = (0..n)
        .map(|i| {
            let t = i as f64 / f64::from(rate);
            let f = f0 * (1.0 + 0.1 * (t * 1.3).sin());
            phase += std::f64::consts::TAU * f / f64::from(rate);
            let envelope = ((t * 5.0 * std::f64::consts::PI).sin()).max(0.0).powf(0.5);
            let buzz: f64 = (1..=6).map(|h| (phase * h as f64).sin() / h as f64).sum();
            (0.2 * envelope * buzz) as f32
        })
        .collect();
    Take { samples, rate }
}

fn bench(c: &mut Criterion) {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let rules = Rules::for_language(&locales, "en").expect("the English rules load");
    let baseline = voice::measure_baseline(&rules, &voice_like(5.0, 140.0), None).unwrap();
    let take = voice_like(10.0, 170.0);
    let words =
        "I am sorry your fridge is late. I will call the depot now and ring you back by three.";
    c.bench_function("voice: analyse and score a 10 s take", |b| {
        b.iter(|| {
            let delivery = voice::measure(
                black_box(&take),
                Some(rules.syllables(words)),
                rules.long_pause_s,
            )
            .unwrap();
            black_box(rules.assess(&delivery, &baseline))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
