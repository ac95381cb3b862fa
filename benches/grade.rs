//! Grading a class: 30 answer sheets against the built-in bank, each read from TOML and graded
//! as `quiz grade` does.
//!
//! `cargo bench --bench grade`

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factquiz::quiz::sheet::{grade_sheet, AnswerSheet};
use factquiz::quiz::{Bank, Kind};

const CLASS: usize = 30;

/// Student `k`'s sheet: right answers written a little differently, some wrong, some blank.
fn sheet(bank: &Bank, k: usize) -> String {
    let mut text = format!("name = \"Student {k}\"\n[answers]\n");
    for (i, q) in bank.questions.iter().enumerate() {
        let right = q.answer_texts();
        let response = match (k + i) % 5 {
            0 => continue,
            1 => "I am not sure".to_string(),
            _ => match q.kind {
                Kind::Choice | Kind::Multi => {
                    let letters: Vec<String> = right
                        .iter()
                        .filter_map(|r| q.choices.iter().position(|c| c == r))
                        .map(|p| char::from(b'A' + p as u8).to_string())
                        .collect();
                    letters.join(", ")
                }
                Kind::Matching => q
                    .pairs
                    .iter()
                    .map(|p| p[1].clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                _ if k.is_multiple_of(2) => {
                    right.first().cloned().unwrap_or_default().to_lowercase()
                }
                _ => right.first().cloned().unwrap_or_default(),
            },
        };
        writeln!(text, "{:?} = {:?}", q.id, response).unwrap();
    }
    text
}

fn grade_class_of_30(c: &mut Criterion) {
    let bank = Bank::builtin().unwrap();
    let store = bank.load_store().unwrap();
    let sheets: Vec<String> = (0..CLASS).map(|k| sheet(&bank, k)).collect();
    let mut group = c.benchmark_group("grade_class_of_30");
    group.sample_size(20);
    group.throughput(Throughput::Elements(CLASS as u64));
    group.bench_function("read_and_grade", |b| {
        b.iter(|| {
            for (k, text) in sheets.iter().enumerate() {
                let sheet = AnswerSheet::parse(&format!("sheet{k}.toml"), text, &bank).unwrap();
                black_box(grade_sheet(&bank, &sheet, &store));
            }
        })
    });
    // As 30 separate `quiz grade` runs do: each reads the bank and builds the store first.
    group.bench_function("each_loads_bank_and_store", |b| {
        b.iter(|| {
            for (k, text) in sheets.iter().enumerate() {
                let bank = Bank::builtin().unwrap();
                let store = bank.load_store().unwrap();
                let sheet = AnswerSheet::parse(&format!("sheet{k}.toml"), text, &bank).unwrap();
                black_box(grade_sheet(&bank, &sheet, &store));
            }
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = grade_class_of_30
}
criterion_main!(benches);
