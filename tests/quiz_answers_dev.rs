//! The teacher-judged grading cases in tests/eval/answers_dev.tsv (the project's evaluation
//! set), tests/eval/answers_more.tsv (the team's own) and tests/eval/grading_pairs.tsv (pairs
//! for each grading rule, about articles of our own in tests/grading/): the grader must agree
//! with every row.

use factquiz::article::Article;
use factquiz::quiz::bank::{Answer, Kind, Question};
use factquiz::quiz::{grade, Shown};
use factquiz::store::FactStore;

/// Builds the question a row describes. `answer` is `a|b` (accepted answers) or, for a choice,
/// `right;;c1|c2|c3`.
fn question(kind: &str, prompt: &str, answer: &str) -> Question {
    let kind = match kind {
        "short" => Kind::Short,
        "number" => Kind::Number,
        "true_false" => Kind::TrueFalse,
        "choice" => Kind::Choice,
        "multi" => Kind::Multi,
        "cloze" => Kind::Cloze,
        other => panic!("unknown kind {other} in answers_dev.tsv"),
    };
    let (answer, choices) = match answer.split_once(";;") {
        Some((right, choices)) => (
            Answer::Texts(right.split('|').map(str::to_string).collect()),
            choices.split('|').map(str::to_string).collect(),
        ),
        None => (
            Answer::Texts(answer.split('|').map(str::to_string).collect()),
            Vec::new(),
        ),
    };
    let answer = match kind {
        Kind::Number => Answer::Number(answer.texts()[0].parse().expect("a number answer")),
        Kind::TrueFalse => Answer::Truth(answer.texts()[0] == "true"),
        Kind::Choice => Answer::Text(answer.texts()[0].clone()),
        _ => answer,
    };
    Question {
        id: "dev".into(),
        kind,
        prompt: prompt.into(),
        answer: Some(answer),
        choices,
        tolerance: 0.0,
        pairs: Vec::new(),
        points: 1,
        source: Vec::new(),
        evidence: String::new(),
        explanation: None,
    }
}

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
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "bad row: {line}");
        let q = question(cols[0], cols[1], cols[2]);
        let g = grade(&q, &Shown::as_written(&q), cols[3], &store);
        let expected = cols[4].trim() == "1";
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
