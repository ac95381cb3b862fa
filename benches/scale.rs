//! How cost grows with the article: building the store of the seed article repeated to about
//! 1 MB and 4 MB, and checking a claim against a 10 MB store once built (the size of issue #6's
//! target: under 1 ms a claim).
//!
//! `cargo bench --bench scale` (about a minute and a half on 2 cores: one 4 MB build takes
//! about a second, so these take 10 samples each).

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use factquiz::article::Article;
use factquiz::check::check;
use factquiz::store::FactStore;

mod common;

const MB: usize = 1_000_000;

fn build(text: &str) -> FactStore {
    FactStore::build(Article::parse("bench", text).unwrap())
}

fn build_large_article(c: &mut Criterion) {
    let mut group = c.benchmark_group("build_large_article");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_secs(3));
    for mb in [1, 4] {
        let text = common::article_of_size(mb * MB);
        group.throughput(Throughput::BytesDecimal(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{mb}MB")),
            &text,
            |b, t| b.iter(|| build(black_box(t))),
        );
    }
    group.finish();
}

fn check_on_large_article(c: &mut Criterion) {
    let store = build(&common::article_of_size(10 * MB));
    let mut group = c.benchmark_group("check_on_large_article");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for claim in [
        "Rubio met Wi",
        "Park is foreign minister",
        "Rubio likes Korean food",
    ] {
        group.bench_with_input(BenchmarkId::new("10MB", claim), claim, |b, claim| {
            b.iter(|| check(&store, black_box(claim)).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, build_large_article, check_on_large_article);
criterion_main!(benches);
