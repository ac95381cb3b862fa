//! What the grading tests share: the question a row of a graded-responses file describes.
//! (Each test binary that uses it says `mod common;`.)

use factquiz::quiz::bank::{Answer, Kind, Question};
use factquiz::quiz::{grade, Grade, Shown};
use factquiz::store::FactStore;

/// Grades one row (KIND, PROMPT, ANSWER, RESPONSE, EXPECTED) against `store`: the grade, and
/// whether the teacher gave full credit.
pub fn grade_row(line: &str, store: &FactStore) -> (Grade, bool) {
    let cols: Vec<&str> = line.split('\t').collect();
    assert_eq!(cols.len(), 5, "bad row: {line}");
    let q = question(cols[0], cols[1], cols[2]);
    let g = grade(&q, &Shown::as_written(&q), cols[3], store);
    (g, cols[4].trim() == "1")
}

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
        other => panic!("unknown kind {other} in a graded-responses file"),
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
