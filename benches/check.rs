//! The per-claim costs on the built-in article: loading the article's prebuilt store (once per
//! process; building it from the text is measured beside it), checking one claim, and checking the 45 development claims as `factcheck
//! --batch` does. (The word lists cost nothing at start-up: they are static tables.)
//!
//! `cargo bench --bench check`

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factquiz::check::check;
use factquiz::store::FactStore;

mod common;

/// The built-in article's store: the prebuilt one loaded, as every `factcheck` run does, and
/// built from the article's text, as when the prebuilt one is stale. (Repeated in one process,
/// so every word is already interned: `benches/first_store.sh` measures a fresh process.)
fn builtin_store(c: &mut Criterion) {
    let mut group = c.benchmark_group("builtin_store");
    group.bench_function("prebuilt", |b| b.iter(FactStore::builtin));
    group.bench_function("built", |b| b.iter(FactStore::build_builtin));
    group.finish();
}

fn check_one_claim(c: &mut Criterion) {
    let store = FactStore::builtin();
    let mut group = c.benchmark_group("check_one_claim");
    for claim in [
        "Rubio met Wi",
        "Park is foreign minister",
        "Rubio likes Korean food",
        "Did the tariffs take effect on August 1?",
    ] {
        group.bench_with_input(BenchmarkId::from_parameter(claim), claim, |b, claim| {
            b.iter(|| check(&store, black_box(claim)).unwrap())
        });
    }
    group.finish();
}

fn batch_claims(c: &mut Criterion) {
    let store = FactStore::builtin();
    let claims = common::seed_claims();
    assert!(claims.len() >= 40, "only {} seed claims", claims.len());
    let mut group = c.benchmark_group("batch_claims");
    group.throughput(Throughput::Elements(claims.len() as u64));
    group.bench_function(format!("{}_seed_claims", claims.len()), |b| {
        b.iter(|| {
            for claim in &claims {
                black_box(check(&store, claim).unwrap());
            }
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = builtin_store, check_one_claim, batch_claims
}
criterion_main!(benches);
