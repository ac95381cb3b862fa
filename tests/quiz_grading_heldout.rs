//! Grading on articles the grader was not developed on: tests/grading/race-day and ferry-vote,
//! 100 responses written and marked by a teacher who saw neither the grader nor its code.
//! Each article's responses are graded against a store built from that article, and the
//! agreement with the teacher is printed (`cargo test --test quiz_grading_heldout -- --nocapture`).

use factquiz::article::Article;
use factquiz::store::FactStore;

mod common;
use common::grade_row;

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
        let (g, expected) = grade_row(line, &store);
        total += 1;
        if g.correct != expected {
            accepted_wrong += usize::from(g.correct);
            misses.push(format!("{line}  -> graded {}", u8::from(g.correct)));
        }
    }
    (total, misses, accepted_wrong)
}

/// Grades a set of articles' responses, prints every miss and the figure, and checks it: at
/// least `threshold` agreement over at least 100 responses, and no wrong answer accepted.
fn check_set(label: &str, names: &[&str], threshold: f64) {
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
    let agreement = (total - wrong) as f64 / total as f64;
    println!(
        "{label}: {:.1}% ({}/{total}), {accepted_wrong} wrong answers accepted",
        100.0 * agreement,
        total - wrong
    );
    assert!(total >= 100, "{label}: {total} responses");
    assert!(
        agreement >= threshold,
        "{label}: agreement {agreement:.3} below {threshold}"
    );
    assert_eq!(accepted_wrong, 0, "{label}: wrong answers accepted");
}

/// race-day, ferry-vote: 88.0% (88/100) when they arrived; 95.0% after grader work that never
/// saw them; 100% once four kinds of their misses (a typo in a choice, letters without accents,
/// a description before the answer, compass adjectives) were fixed by general rules, so they
/// are no longer unseen. Guarded at the target.
#[test]
fn grading_agrees_with_a_teacher_on_unseen_articles() {
    check_set("held-out grading", &["race-day", "ferry-vote"], 0.98);
}

/// robot-contest, library-reopens, by another teacher who saw neither the grader nor any of
/// our sets: 95.0% (95/100) on arrival, no wrong answer accepted; 99.0% once four kinds of its
/// misses (an explanation after the answer, a true/false with a reason, the question's scale
/// on a number, a doubled letter in a very short name) were fixed by general rules.
#[test]
fn grading_agrees_with_a_teacher_on_a_second_unseen_set() {
    check_set(
        "held-out grading, second set",
        &["robot-contest", "library-reopens"],
        0.98,
    );
}

/// chess-open, battery-factory, by a third teacher, written after every grading rule of issue
/// 20 and measured once on arrival: 96.0% (96/100), no wrong answer accepted.
#[test]
fn grading_agrees_with_a_teacher_on_a_third_unseen_set() {
    check_set(
        "held-out grading, third set",
        &["chess-open", "battery-factory"],
        0.96,
    );
}
