//! `quiz report` figures, checked by hand on a small class (tests/fixtures/class-results.jsonl).
//!
//! The class: 8 students, a 4-question bank, each question 1 point. Cleo and Dev tried twice.
//! Best attempts (R right, W wrong, the wrong answer in quotes):
//!
//! | student | q1       | q2    | q3       | q4        | best | last | note                    |
//! |---------|----------|-------|----------|-----------|------|------|-------------------------|
//! | Ana     | R        | R     | R        | W "Tokyo" | 3/4  | 3/4  |                         |
//! | Ben     | R        | R     | R        | W "Tokyo" | 3/4  | 3/4  |                         |
//! | Cleo    | R        | R     | W ""     | W "tokyo "| 2/4  | 2/4  | 09:00 try 1/4, 09:30 2/4 |
//! | Dev     | R        | R     | W "Paris"| W "Seoul" | 2/4  | 1/4  | 09:05 2/4, 09:40 1/4     |
//! | Eva     | R        | W "B" | W "Paris"| R         | 2/4  | 2/4  |                         |
//! | Finn    | R        | W "b" | W "Seoul"| R         | 2/4  | 2/4  |                         |
//! | Gus     | R        | W "C" | W "Paris"| R         | 2/4  | 2/4  |                         |
//! | Hana    | W "1999" | W "B" | W ""     | R         | 1/4  | 1/4  |                         |
//!
//! Cleo's two lines are written later-first and spelled "Cleo" and "cleo ": one student, and
//! "last" goes by time, not by line. Two more lines are not attempts (line 4 is not JSON,
//! line 10 lacks fields): 12 lines, 10 attempts, 2 unread.
//!
//! Groups: 27% of 8 = 2.16, rounded half up = 2 students each. Ranked by best score, ties by
//! name: Ana 3, Ben 3, Cleo 2, Dev 2, Eva 2, Finn 2, Gus 2, Hana 1. Top = Ana, Ben;
//! bottom = Gus, Hana.
//!
//! | q  | right | p     | top   | bottom | d     | common wrong answers           |
//! |----|-------|-------|-------|--------|-------|--------------------------------|
//! | q1 | 7/8   | 0.875 | 2/2=1 | 1/2=.5 | +0.50 | "1999" x1                      |
//! | q2 | 4/8   | 0.5   | 2/2=1 | 0/2=0  | +1.00 | "B" x3 (B, b, B), "C" x1       |
//! | q3 | 2/8   | 0.25  | 2/2=1 | 0/2=0  | +1.00 | "Paris" x3, (no answer) x2, "Seoul" x1 |
//! | q4 | 4/8   | 0.5   | 0/2=0 | 2/2=1  | -1.00 | "Tokyo" x3 (Tokyo, Tokyo, tokyo), "Seoul" x1 |
//!
//! Distribution of best percents: 25% (bin 20-29) 1; 50% (bin 50-59) 5; 75% (bin 70-79) 2.

use std::process::Command;

use factquiz::quiz::report::{self, BankReport, Results};

const QUIZ: &str = env!("CARGO_BIN_EXE_quiz");
const CLASS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/class-results.jsonl"
);
const OTHER: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/other-bank-results.jsonl"
);

fn class() -> (Results, BankReport) {
    let results = Results::read_files(&[CLASS]).unwrap();
    let mut reports = report::build(&results.attempts);
    assert_eq!(reports.len(), 1);
    (results, reports.remove(0))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn reads_every_line_and_says_which_it_could_not() {
    let (results, r) = class();
    assert_eq!(results.lines, 12);
    assert_eq!(results.attempts.len(), 10);
    assert_eq!(r.attempts, 10);
    let places: Vec<String> = results
        .unread
        .iter()
        .map(|u| u.place.rsplit('/').next().unwrap().to_string())
        .collect();
    assert_eq!(places, ["class-results.jsonl:4", "class-results.jsonl:10"]);
    assert!(results.unread[0].why.starts_with("not a JSON attempt"));
    assert!(results.unread[1].why.contains("missing field"));
}

/// student, attempts, best, last, percent
type Row<'a> = (&'a str, usize, (u32, u32), (u32, u32), f64);

#[test]
fn gradebook_has_attempts_best_last_and_percent() {
    let (_, r) = class();
    let rows: Vec<Row> = r
        .gradebook
        .iter()
        .map(|s| (s.student.as_str(), s.attempts, s.best, s.last, s.percent))
        .collect();
    assert_eq!(
        rows,
        [
            ("Ana", 1, (3, 4), (3, 4), 75.0),
            ("Ben", 1, (3, 4), (3, 4), 75.0),
            ("Cleo", 2, (2, 4), (2, 4), 50.0),
            ("Dev", 2, (2, 4), (1, 4), 50.0),
            ("Eva", 1, (2, 4), (2, 4), 50.0),
            ("Finn", 1, (2, 4), (2, 4), 50.0),
            ("Gus", 1, (2, 4), (2, 4), 50.0),
            ("Hana", 1, (1, 4), (1, 4), 25.0),
        ]
    );
    assert_eq!(r.distribution, [0, 0, 1, 0, 0, 5, 0, 2, 0, 0]);
}

#[test]
fn facility_discrimination_and_wrong_answers_match_the_hand_figures() {
    let (_, r) = class();
    assert_eq!(r.group_size, 2);
    let expected = [
        ("q1", 7, 0.875, 0.5, (2, 2), (1, 2)),
        ("q2", 4, 0.5, 1.0, (2, 2), (0, 2)),
        ("q3", 2, 0.25, 1.0, (2, 2), (0, 2)),
        ("q4", 4, 0.5, -1.0, (0, 2), (2, 2)),
    ];
    assert_eq!(r.items.len(), 4);
    for (item, (id, right, p, d, top, bottom)) in r.items.iter().zip(expected) {
        assert_eq!(item.id, id);
        assert_eq!((item.right, item.answered), (right, 8), "{id}");
        assert!(close(item.facility, p), "{id}: p = {}", item.facility);
        assert!(close(item.discrimination.unwrap(), d), "{id}: d");
        assert_eq!((item.top, item.bottom), (top, bottom), "{id}");
    }
    let wrong = |k: usize| -> Vec<(&str, usize)> {
        r.items[k]
            .wrong
            .iter()
            .map(|(a, n)| (a.as_str(), *n))
            .collect()
    };
    assert_eq!(wrong(0), [("1999", 1)]);
    assert_eq!(wrong(1), [("B", 3), ("C", 1)]);
    assert_eq!(wrong(2), [("Paris", 3), ("(no answer)", 2), ("Seoul", 1)]);
    assert_eq!(wrong(3), [("Tokyo", 3), ("Seoul", 1)]);
    assert_eq!(r.items[2].note(), Some("hard"));
    assert!(r.items[3].note().unwrap().starts_with("check"));
    assert_eq!(r.items[0].note(), None);
}

#[test]
fn a_second_bank_gets_its_own_report() {
    let results = Results::read_files(&[CLASS, OTHER]).unwrap();
    let reports = report::build(&results.attempts);
    let banks: Vec<&str> = reports.iter().map(|r| r.bank.as_str()).collect();
    assert_eq!(banks, ["Fixture quiz", "Another quiz"]);
    assert_eq!(reports[1].gradebook.len(), 1);
    assert_eq!(reports[1].items[0].discrimination, None, "one student");
}

#[test]
fn the_report_command_prints_the_figures_and_writes_csv_and_html() {
    let dir = std::env::temp_dir().join(format!("quiz-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (csv, items, html) = (
        dir.join("grades.csv"),
        dir.join("items.csv"),
        dir.join("report.html"),
    );
    let o = Command::new(QUIZ)
        .args(["report", CLASS, "--csv"])
        .arg(&csv)
        .arg("--items-csv")
        .arg(&items)
        .arg("--html")
        .arg(&html)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    for line in [
        "Could not read 2 of 12 lines",
        "8 students, 10 attempts.",
        "  Dev             2    2/4    1/4      50%",
        "   50-59% |######################################## 5",
        "   20-29% |######## 1",
        "  q4          4/8  0.50  -1.00  \"Tokyo\" x3, \"Seoul\" x1",
        "  q3          2/8  0.25  +1.00  \"Paris\" x3, (no answer) x2, \"Seoul\" x1\n            ^ hard",
    ] {
        assert!(out.contains(line), "missing {line:?} in:\n{out}");
    }
    assert!(
        err.contains("class-results.jsonl:4: not a JSON attempt"),
        "{err}"
    );
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(csv.lines().count(), 9);
    assert!(
        csv.contains("Fixture quiz,5e1f0c2a9b7d3e41,Dev,2,2,4,1,4,50.0\n"),
        "{csv}"
    );
    let items = std::fs::read_to_string(&items).unwrap();
    assert!(items.contains(",q4,8,4,0.500,-1.000,0,2,2,2,"), "{items}");
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg"), "inline charts");
    assert!(!html.contains("<script"), "no scripts");
    assert!(!html.contains("src="), "nothing loaded from elsewhere");
    assert!(html.contains("Could not read 2 of 12 lines"));
}

#[test]
fn a_report_with_no_attempts_is_an_error() {
    let dir = std::env::temp_dir().join(format!("quiz-report-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("empty.jsonl");
    std::fs::write(&path, "garbage\n").unwrap();
    let o = Command::new(QUIZ)
        .arg("report")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("empty.jsonl:1: not a JSON attempt"), "{err}");
    assert!(err.contains("quiz: error: no attempts to report"), "{err}");
}
