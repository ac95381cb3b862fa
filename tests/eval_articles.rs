//! The checker on articles other than the seed, and on FEVER's claims: each set runs as a
//! test with a threshold and prints its figures (`cargo test --test eval_articles -- --nocapture`).
//!
//! - tests/articles + tests/eval/*_claims.tsv: nine articles of our own, on other topics,
//!   which the checker was developed against.
//! - tests/heldout: six more articles, written by separate writers who never saw the engine's
//!   code, and only ever measured, never tuned on; their figure is the honest estimate for a
//!   new article.
//! - tests/fresh: five articles written this session by a writer who saw neither the code nor
//!   our other sets, measured when they arrived (46.7%, 56/120), then used as a development
//!   set: they are no longer unseen.
//! - tests/heldout2: four articles written after the WordNet lexicon, measured on arrival.
//! - tests/heldout3: four articles written at the start of the structure work (issue 12),
//!   measured on arrival and not tuned on.
//! - tests/eval/fever_symmetric_dev.jsonl: FEVER Symmetric dev, each claim against its own
//!   evidence sentence, two-way (not enough info counts as refuted).

use factquiz::article::Article;
use factquiz::eval::{evaluate, read_fever, read_tsv, Report, TwoWay};
use factquiz::store::FactStore;

fn read(rel: &str) -> String {
    let path = format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn run_article(article: &str, claims: &str) -> Report {
    let store = FactStore::build(Article::parse(article, &read(article)).unwrap());
    let cases = read_tsv(claims, &read(claims)).unwrap();
    assert!(cases.len() >= 20, "{claims}: at least 20 claims");
    let report = evaluate(&store, &cases, TwoWay::No);
    println!("{}", report.render(claims));
    report
}

/// Runs each named article of a folder against its claims file, prints every report and
/// the total, and returns (accuracy, false SUPPORTED) over all of them.
fn run_set(label: &str, article_dir: &str, claims_dir: &str, names: &[&str]) -> (f64, usize) {
    let reports: Vec<Report> = names
        .iter()
        .map(|t| {
            run_article(
                &format!("{article_dir}/{t}.txt"),
                &format!("{claims_dir}/{t}_claims.tsv"),
            )
        })
        .collect();
    let correct: usize = reports.iter().map(|r| r.correct).sum();
    let all: usize = reports.iter().map(|r| r.total).sum();
    let false_supported: usize = reports.iter().map(|r| r.false_supported).sum();
    let accuracy = correct as f64 / all as f64;
    println!(
        "{label}: {:.1}% ({correct}/{all}), false SUPPORTED {false_supported}",
        100.0 * accuracy
    );
    (accuracy, false_supported)
}

#[test]
fn own_articles_on_other_topics() {
    let names = [
        "council-tram",
        "science-comet",
        "sport-final",
        "business-merger",
        "election-styria",
        "court-bribery",
        "storm-danube",
        "flu-vaccination",
        "phone-launch",
    ];
    let (accuracy, false_supported) =
        run_set("own articles", "tests/articles", "tests/eval", &names);
    // The target is 90%, reached; the threshold guards it (see the README).
    assert!(
        accuracy >= 0.90,
        "own articles: accuracy {accuracy:.3} below 0.90"
    );
    assert!(
        false_supported == 0,
        "own articles: {false_supported} false SUPPORTED"
    );
}

#[test]
fn heldout_articles() {
    let names = [
        "health-clinic",
        "election-result",
        "weather-flood",
        "school-budget",
        "museum-repatriation",
        "heater-recall",
    ];
    let (accuracy, false_supported) = run_set(
        "held-out articles",
        "tests/heldout",
        "tests/heldout",
        &names,
    );
    assert!(
        accuracy >= 0.60,
        "held-out: accuracy {accuracy:.3} below 0.60"
    );
    assert!(
        false_supported <= 2,
        "held-out: {false_supported} false SUPPORTED"
    );
}

#[test]
fn fresh_articles() {
    let names = [
        "port-strike",
        "wildfire-evacuation",
        "library-funding",
        "trade-tariffs",
        "space-launch",
    ];
    let (accuracy, false_supported) =
        run_set("fresh articles", "tests/fresh", "tests/fresh", &names);
    assert!(
        accuracy >= 0.64,
        "fresh articles: accuracy {accuracy:.3} below 0.64"
    );
    assert!(
        false_supported == 0,
        "fresh articles: {false_supported} false SUPPORTED"
    );
}

/// Four articles (wildlife survey, bridge inquiry, film festival, sleep study) and 100 claims,
/// written after the WordNet lexicon by a writer who saw neither the code nor our sets. On
/// arrival: 45/100 with 5 false SUPPORTED before WordNet, 43/100 with it as first committed;
/// then used to find two general faults (a derivation reaching a synonym of the word instead
/// of the word; see the README), so no longer unseen.
#[test]
fn heldout2_articles() {
    let names = [
        "park-wildlife-count",
        "bridge-collapse-inquiry",
        "film-festival-ghent",
        "teen-sleep-study",
    ];
    let (accuracy, false_supported) =
        run_set("held-out set 2", "tests/heldout2", "tests/heldout2", &names);
    assert!(
        accuracy >= 0.45,
        "held-out set 2: accuracy {accuracy:.3} below 0.45"
    );
    assert!(
        false_supported <= 5,
        "held-out set 2: {false_supported} false SUPPORTED"
    );
}

/// Four articles (an archaeology find, a hospital merger, a water-price ruling, a shipwreck
/// salvage) and 100 claims, written at the start of the structure work by a writer who saw
/// neither the code nor our sets. On arrival: 54/100 with no false SUPPORTED. Not tuned on:
/// its misses are read only to report them.
#[test]
fn heldout3_articles() {
    let names = [
        "archaeology_hoard",
        "hospital_merger",
        "water_prices",
        "shipwreck_salvage",
    ];
    let (accuracy, false_supported) =
        run_set("held-out set 3", "tests/heldout3", "tests/heldout3", &names);
    assert!(
        accuracy >= 0.54,
        "held-out set 3: accuracy {accuracy:.3} below 0.54"
    );
    assert!(
        false_supported <= 1,
        "held-out set 3: {false_supported} false SUPPORTED"
    );
}

#[test]
fn fever_symmetric_dev() {
    let name = "tests/eval/fever_symmetric_dev.jsonl";
    let cases = read_fever(name, &read(name)).unwrap();
    assert_eq!(cases.len(), 708);
    let report = evaluate(&FactStore::builtin(), &cases, TwoWay::NotSupportedIsRefuted);
    let mut text = report.render(name);
    // The misses are long; the figures are what matters here.
    text.truncate(text.find("misses:").unwrap_or(text.len()));
    println!("{text}");
    // Published: BERT 57.5%, re-weighted 61.6%, word overlap about 65%; the target is 75%.
    assert!(
        report.accuracy() >= 0.76,
        "FEVER Symmetric dev accuracy {:.3} below 0.76",
        report.accuracy()
    );
}

/// FEVER as a user sees it: three verdicts, "not enough info" counted wrong.
#[test]
fn fever_symmetric_dev_three_way() {
    let name = "tests/eval/fever_symmetric_dev.jsonl";
    let cases = read_fever(name, &read(name)).unwrap();
    let report = evaluate(&FactStore::builtin(), &cases, TwoWay::No);
    let mut text = report.render(&format!("{name} (three-way)"));
    text.truncate(text.find("misses:").unwrap_or(text.len()));
    println!("{text}");
    assert!(
        report.accuracy() >= 0.185,
        "FEVER Symmetric dev three-way accuracy {:.3} below 0.185",
        report.accuracy()
    );
    assert!(
        report.false_supported <= 3,
        "{} false SUPPORTED",
        report.false_supported
    );
}
