//! Grading on articles the grader was not developed on: tests/grading/race-day and ferry-vote,
//! 100 responses written and marked by a teacher who saw neither the grader nor its code.
//! Each article's responses are graded against a store built from that article, and the
//! agreement with the teacher is printed (`cargo test --test quiz_grading_heldout -- --nocapture`).

use factquiz::article::Article;
use factquiz::quiz::bank::{Answer, Kind, Question};
use factquiz::quiz::{grade, Shown};
use factquiz::store::FactStore;

/// The question a row describes: `answer` is `a|b` (accepted answers) or, for a choice,
/// `right;;c1|c2|c3` (the same columns as tests/eval/answers_dev.tsv).
fn question(kind: &str, prompt: &str, answer: &str) -> Question {
    let kind = match kind {
        "short" => Kind::Short,
        "number" => Kind::Number,
        "true_false" => Kind::TrueFalse,
        "choice" => Kind::Choice,
        "multi" => Kind::Multi,
        "cloze" => Kind::Cloze,
        other => panic!("unknown kind {other}"),
    };
    let (right, choices) = match answer.split_once(";;") {
        Some((right, choices)) => (right, choices.split('|').map(str::to_string).collect()),
        None => (answer, Vec::new()),
    };
    let texts: Vec<String> = right.split('|').map(str::to_string).collect();
    let answer = match kind {
        Kind::Number => Answer::Number(texts[0].parse().expect("a number answer")),
        Kind::TrueFalse => Answer::Truth(texts[0] == "true"),
        Kind::Choice => Answer::Text(texts[0].clone()),
        _ => Answer::Texts(texts),
    };
    Question {
        id: "heldout".into(),
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

/// (responses, disagreements, wrong answers accepted) for one article's file.
fn run(name: &str) -> (usize, Vec<String>, usize) {
    let dir = format!("{}/tests/grading", env!("CARGO_MANIFEST_DIR"));
    let read = |f: String| std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{f}: {e}"));
    let article = Article::parse(name, &read(format!("{dir}/{name}.txt"))).unwrap();
    let store = FactStore::build(article);
    let (mut total, mut misses, mut accepted_wrong) = (0, Vec::new(), 0);
    for line in read(format!("{dir}/{name}_answers.tsv"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "bad row: {line}");
        let q = question(cols[0], cols[1], cols[2]);
        let g = grade(&q, &Shown::as_written(&q), cols[3], &store);
        let expected = cols[4].trim() == "1";
        total += 1;
        if g.correct != expected {
            accepted_wrong += usize::from(g.correct);
            misses.push(format!("{line}  -> graded {}", u8::from(g.correct)));
        }
    }
    (total, misses, accepted_wrong)
}

/// The figures over a set of articles: (responses, disagreements, wrong answers accepted).
fn run_set(names: &[&str]) -> (usize, usize, usize) {
    let (mut total, mut wrong, mut accepted_wrong) = (0, 0, 0);
    for name in names {
        let (t, misses, a) = run(name);
        println!("{name}: {}/{t} agree", t - misses.len());
        for m in &misses {
            println!("  miss: {m}");
        }
        total += t;
        wrong += misses.len();
        accepted_wrong += a;
    }
    (total, wrong, accepted_wrong)
}

#[test]
fn grading_agrees_with_a_teacher_on_unseen_articles() {
    let (total, wrong, accepted_wrong) = run_set(&["race-day", "ferry-vote"]);
    let agreement = (total - wrong) as f64 / total as f64;
    println!(
        "held-out grading: {:.1}% ({}/{total}), {accepted_wrong} wrong answers accepted",
        100.0 * agreement,
        total - wrong
    );
    assert!(total >= 100, "{total} responses");
    assert!(
        agreement >= THRESHOLD,
        "agreement {agreement:.3} below {THRESHOLD}"
    );
}

/// The target. The set gave 88.0% (88/100) when it arrived; 95.0% after grader work
/// that never saw it; 100% once four kinds of its misses (a typo in a choice, letters without
/// accents, a description before the answer, compass adjectives) were fixed by general rules,
/// so it is no longer unseen.
const THRESHOLD: f64 = 0.98;

/// A second set (robot-contest, library-reopens: 100 responses), written by another teacher
/// who saw neither the grader nor any of our sets, after all the grading work of issue 20.
#[test]
fn grading_agrees_with_a_teacher_on_a_second_unseen_set() {
    let (total, wrong, accepted_wrong) = run_set(&["robot-contest", "library-reopens"]);
    let agreement = (total - wrong) as f64 / total as f64;
    println!(
        "held-out grading, second set: {:.1}% ({}/{total}), {accepted_wrong} wrong answers accepted",
        100.0 * agreement,
        total - wrong
    );
    assert!(total >= 100, "{total} responses");
    assert!(agreement >= SECOND_THRESHOLD, "agreement {agreement:.3}");
    assert_eq!(accepted_wrong, 0, "wrong answers accepted");
}

/// On arrival, measured once before any change aimed at it: 95.0% (95/100), no wrong answer
/// accepted; 99.0% once four kinds of its misses (an explanation after the answer, a true/false
/// with a reason, the question's scale on a number, a doubled letter in a very short name) were
/// fixed by general rules, so it is no longer unseen.
const SECOND_THRESHOLD: f64 = 0.98;

/// A third set (chess-open, battery-factory: 100 responses), by a third teacher who saw
/// neither the grader nor any of our sets, written after every grading rule of issue 20.
#[test]
fn grading_agrees_with_a_teacher_on_a_third_unseen_set() {
    let (total, wrong, accepted_wrong) = run_set(&["chess-open", "battery-factory"]);
    let agreement = (total - wrong) as f64 / total as f64;
    println!(
        "held-out grading, third set: {:.1}% ({}/{total}), {accepted_wrong} wrong answers accepted",
        100.0 * agreement,
        total - wrong
    );
    assert!(total >= 100, "{total} responses");
    assert!(agreement >= THIRD_THRESHOLD, "agreement {agreement:.3}");
    assert_eq!(accepted_wrong, 0, "wrong answers accepted");
}

/// Its figure on arrival, measured once, before any change aimed at it: 96.0% (96/100), no
/// wrong answer accepted.
const THIRD_THRESHOLD: f64 = 0.96;
