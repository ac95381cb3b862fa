//! The labelled development claims about the seed article, run as a test with thresholds.
//! `cargo test --test eval_seed -- --nocapture` prints the full report.

use factquiz::eval::{evaluate, read_tsv, TwoWay};
use factquiz::store::FactStore;

fn manifest_file(rel: &str) -> String {
    let path = format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn seed_claims_dev_accuracy_and_no_false_support() {
    let cases = read_tsv(
        "seed_claims_dev.tsv",
        &manifest_file("tests/eval/seed_claims_dev.tsv"),
    )
    .unwrap();
    assert!(cases.len() >= 45);
    let report = evaluate(&FactStore::builtin(), &cases, TwoWay::No);
    println!("{}", report.render("seed_claims_dev"));
    assert!(
        report.accuracy() >= 1.0,
        "accuracy {:.3} below 1.0",
        report.accuracy()
    );
    assert_eq!(report.false_supported, 0, "a false claim was supported");
    assert_eq!(
        report.bad_evidence, 0,
        "evidence or correction lacks the listed words"
    );
}

#[test]
fn seed_claims_extra_accuracy_and_no_false_support() {
    let cases = read_tsv(
        "seed_claims_extra.tsv",
        &manifest_file("tests/eval/seed_claims_extra.tsv"),
    )
    .unwrap();
    assert!(cases.len() >= 40);
    let report = evaluate(&FactStore::builtin(), &cases, TwoWay::No);
    println!("{}", report.render("seed_claims_extra"));
    assert!(
        report.accuracy() >= 0.95,
        "accuracy {:.3} below 0.95",
        report.accuracy()
    );
    assert_eq!(report.false_supported, 0, "a false claim was supported");
}
