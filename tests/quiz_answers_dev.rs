//! The teacher-judged grading cases in tests/eval/answers_dev.tsv (the project's evaluation
//! set), tests/eval/answers_more.tsv (the team's own) and tests/eval/grading_pairs.tsv (pairs
//! for each grading rule, about articles of our own in tests/grading/): the grader must agree
//! with every row.

use factquiz::article::Article;
use factquiz::store::FactStore;

mod common;
use common::grade_row;

/// The store of the article a `# article: PATH` line names (relative to the crate), or of the
/// built-in article for "builtin".
fn store_of(article: &str) -> FactStore {
    if article == "builtin" {
        return FactStore::builtin();
    }
    let path = format!("{}/{article}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    FactStore::build(Article::parse(article, &text).unwrap_or_else(|e| panic!("{path}: {e}")))
}

/// The grader's disagreements with the teacher on a file of cases, after printing the figure.
/// Rows are about the built-in article until a `# article: PATH` line names another.
fn disagreements(file: &str) -> (usize, Vec<String>) {
    let path = format!("{}/tests/eval/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut store = FactStore::builtin();
    let mut total = 0;
    let mut misses = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        if let Some(article) = line.strip_prefix("# article:") {
            store = store_of(article.trim());
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (g, expected) = grade_row(line, &store);
        total += 1;
        if g.correct != expected {
            misses.push(format!(
                "{line}  -> graded {} ({})",
                u8::from(g.correct),
                g.feedback
            ));
        }
    }
    println!("{file} agreement: {}/{total}", total - misses.len());
    for m in &misses {
        println!("  miss: {m}");
    }
    (total, misses)
}

#[test]
fn answers_dev_agreement_is_total() {
    let (total, misses) = disagreements("answers_dev.tsv");
    assert!(total >= 36, "answers_dev.tsv has {total} rows");
    assert!(
        misses.is_empty(),
        "{} disagreements:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn answers_more_agreement_is_total() {
    let (total, misses) = disagreements("answers_more.tsv");
    assert!(total >= 50, "answers_more.tsv has {total} rows");
    assert!(
        misses.is_empty(),
        "{} disagreements:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn grading_pairs_agreement_is_total() {
    let (total, misses) = disagreements("grading_pairs.tsv");
    assert!(total >= 60, "grading_pairs.tsv has {total} rows");
    assert!(
        misses.is_empty(),
        "{} disagreements:\n{}",
        misses.len(),
        misses.join("\n")
    );
}
