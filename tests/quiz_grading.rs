//! Grading like a fair teacher, on the questions of the built-in bank.

use factquiz::quiz::{grade, Bank, Question, Shown};
use factquiz::store::FactStore;

fn question(bank: &Bank, id: &str) -> Question {
    bank.questions
        .iter()
        .find(|q| q.id == id)
        .cloned()
        .unwrap_or_else(|| panic!("no question {id}"))
}

/// Grades each response to the question with the bank's choice order.
fn check(id: &str, cases: &[(&str, bool)]) {
    let bank = Bank::builtin().unwrap();
    let store = FactStore::builtin();
    let q = question(&bank, id);
    for (response, right) in cases {
        let g = grade(&q, &Shown::as_written(&q), response, &store);
        assert_eq!(g.correct, *right, "{id}: {response:?} -> {}", g.feedback);
    }
}

#[test]
fn names_aliases_demonyms_and_typos() {
    check(
        "meeting-city",
        &[
            ("in Kuala Lumpur", true),
            ("kuala lumpur.", true),
            ("Kuala Lumpur, Malaysia", true),
            ("Tokyo", false),
        ],
    );
    check(
        "who-met-wi",
        &[
            ("Mr Rubio", true),
            ("Rubio", true),
            ("Rubbio", true),
            ("Marco Polo", false),
            ("Marco", false),
        ],
    );
    check(
        "korea-representative",
        &[
            ("Park", true),
            ("Park Yoonjoo", true),
            ("Park or Wi", false),
            ("Park and Wi", false),
        ],
    );
    check(
        "meeting-country",
        &[
            ("Malasia", true),
            ("the Malaysian capital", false),
            ("Indonesia", false),
        ],
    );
    check(
        "wi-job",
        &[
            ("National Security Advisor", true),
            ("South Korea's national security adviser", true),
            ("foreign minister", false),
        ],
    );
    check(
        "park-stands-in-for",
        &[
            ("the foreign minister", true),
            ("Foreign Minister", true),
            ("the president", false),
        ],
    );
}

#[test]
fn values_must_be_equal() {
    check(
        "tariffs-take-effect",
        &[
            ("Aug. 1", true),
            ("1 August", true),
            ("August 1st", true),
            ("August 10", false),
            ("July 9", false),
        ],
    );
    check(
        "initial-deadline",
        &[("9 July", true), ("July 19", false), ("June 9", false)],
    );
    check(
        "pause-days",
        &[
            ("90", true),
            ("ninety", true),
            ("ninety days", true),
            ("90 or 80", false),
            ("nine", false),
            ("", false),
        ],
    );
    check(
        "lee-administration",
        &[
            ("in early June", true),
            ("early July", false),
            ("late June", false),
        ],
    );
    check(
        "letters-day",
        &[
            ("B", true),
            ("Tuesday", true),
            ("tues", true),
            ("Thursday", false),
            ("C", false),
        ],
    );
}

#[test]
fn choices_letters_truth_and_lists() {
    check(
        "secretary-of-state",
        &[
            ("C", true),
            ("c)", true),
            ("(c)", true),
            ("Marco Rubio", true),
            ("Rubio", true),
            ("A", false),
            ("Z", false),
            ("", false),
        ],
    );
    check(
        "park-title",
        &[
            ("B", true),
            ("First Vice Foreign Minister", true),
            ("Second Vice Foreign Minister", false),
            ("Foreign Minister", false),
        ],
    );
    check(
        "tf-tokyo",
        &[
            ("false", true),
            ("F", true),
            ("no", true),
            ("n", true),
            ("yes", false),
            ("maybe", false),
        ],
    );
    check(
        "tf-wi-visit",
        &[("True", true), ("yes", true), ("y", true), ("f", false)],
    );
    check(
        "military-ties",
        &[
            ("B, D", true),
            ("d and b", true),
            ("Russia, North Korea", true),
            ("North Korea and China", false),
            ("B", false),
            ("B, C, D", false),
        ],
    );
    check(
        "three-countries",
        &[
            ("A, C, E", true),
            ("Japan, South Korea and the US", true),
            ("A, C", false),
        ],
    );
    check(
        "offices",
        &[
            ("1-a, 2-b, 3-c, 4-d, 5-e", true),
            ("1A 2B 3C 4D 5E", true),
            ("a b c d e", true),
            ("5-e, 4-d, 3-c, 2-b, 1-a", true),
            ("1-b, 2-a, 3-c, 4-d, 5-e", false),
            ("whatever", false),
        ],
    );
    check(
        "cloze-strait",
        &[
            ("Taiwan Strait", true),
            ("the Taiwan Strait", true),
            ("Strait of Malacca", false),
        ],
    );
}

#[test]
fn near_misses_show_the_difference() {
    let bank = Bank::builtin().unwrap();
    let store = FactStore::builtin();
    let q = question(&bank, "initial-deadline");
    let g = grade(&q, &Shown::as_written(&q), "July 19", &store);
    assert!(!g.correct);
    assert_eq!(g.expected, "July 9");
    assert_eq!(
        g.difference.as_deref(),
        Some("\"July 19\" vs \"July 9\": extra \"1\"")
    );
    let g = grade(&q, &Shown::as_written(&q), "Kuala Lumpur", &store);
    assert!(
        g.difference.is_none(),
        "no difference for an answer that is not close"
    );
}
