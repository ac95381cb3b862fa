//! Times building the built-in article's store once, the first thing in a fresh process: what
//! every `factcheck` run pays before it checks anything (every word of the article is stemmed
//! and interned for the first time). `benches/first_store.sh` runs it many times.
//!
//!     cargo run --release --example first_store

use std::time::Instant;

fn main() {
    let start = Instant::now();
    let store = factquiz::store::FactStore::builtin();
    let first = start.elapsed();
    let start = Instant::now();
    let again = factquiz::store::FactStore::builtin();
    let repeated = start.elapsed();
    println!(
        "{} {} ({} sentences)",
        first.as_micros(),
        repeated.as_micros(),
        store.items.len().min(again.items.len())
    );
}
