//! GIFT exchange with Moodle: a file with every construct imports; every question kind
//! survives an export and import; malformed GIFT is an error with file and line.

use std::process::Command;

use factquiz::quiz::bank::Answer;
use factquiz::quiz::{gift, Bank, Kind, Question};

const QUIZ: &str = env!("CARGO_BIN_EXE_quiz");
const EVERY_CONSTRUCT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/every-construct.gift"
);
const EVERY_KIND: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/every-kind.toml"
);

fn imported() -> gift::Imported {
    let text = std::fs::read_to_string(EVERY_CONSTRUCT).unwrap();
    gift::parse("every-construct.gift", &text).unwrap()
}

fn find<'a>(bank: &'a Bank, id: &str) -> &'a Question {
    bank.questions
        .iter()
        .find(|q| q.id == id)
        .unwrap_or_else(|| panic!("no question {id}"))
}

#[test]
fn every_construct_imports() {
    let imp = imported();
    let b = &imp.bank;
    assert_eq!(b.title.as_deref(), Some("Trilateral talks"), "$CATEGORY");
    assert_eq!(b.questions.len(), 15, "essay and description left out");

    let q = find(b, "secretary-of-state");
    assert_eq!(q.kind, Kind::Choice);
    assert_eq!(q.answer, Some(Answer::Text("Marco Rubio".into())));
    assert_eq!(q.choices, ["Marco Rubio", "Donald Trump", "Takeshi Iwaya"]);
    assert_eq!(
        q.explanation.as_deref(),
        Some("Sentence 10 names \"US Secretary of State Marco Rubio\".")
    );

    let q = find(b, "three-countries");
    assert_eq!(q.kind, Kind::Multi);
    assert_eq!(q.answer_texts(), ["South Korea", "United States", "Japan"]);
    assert_eq!(q.choices.len(), 4);
    assert_eq!(
        find(b, "two-ties").answer_texts(),
        ["North Korea", "Russia"]
    );

    assert_eq!(find(b, "tf-short").truth(), Some(false));
    assert_eq!(find(b, "tf-long").truth(), Some(true));
    assert_eq!(find(b, "tf-false-long").truth(), Some(false));

    let q = find(b, "short");
    assert_eq!(q.kind, Kind::Short);
    assert_eq!(
        q.answer_texts(),
        ["Kuala Lumpur", "KL"],
        "the 50% answer is not accepted"
    );

    for (id, value, tolerance) in [
        ("number-exact", 90.0, 0.0),
        ("number-tolerance", 90.0, 5.0),
        ("number-range", 90.0, 1.0),
        ("number-several", 90.0, 0.0),
    ] {
        let q = find(b, id);
        assert_eq!(q.kind, Kind::Number, "{id}");
        assert_eq!((q.number(), q.tolerance), (Some(value), tolerance), "{id}");
    }

    let q = find(b, "missing-word");
    assert_eq!(q.kind, Kind::Cloze);
    assert_eq!(
        q.prompt,
        "Wi wants a _____ agreement, which Rubio supported."
    );
    assert_eq!(q.answer_texts(), ["mutually beneficial"]);

    let q = find(b, "missing-word-choice");
    assert_eq!(q.kind, Kind::Choice);
    assert_eq!(q.prompt, "The talks are _____ talks.");
    assert_eq!(q.answer_texts(), ["trilateral"]);

    let q = find(b, "matching");
    assert_eq!(q.kind, Kind::Matching);
    assert_eq!(q.pairs.len(), 3);
    assert_eq!(
        q.pairs[1],
        [
            "Takeshi Iwaya".to_string(),
            "Japanese Foreign Minister".to_string()
        ]
    );

    let q = find(b, "q15");
    assert_eq!(q.prompt, "Escapes: 2 = 1 + 1, {braces}, #hash and ~tilde.");
    assert_eq!(q.answer_texts(), ["yes"]);
}

#[test]
fn what_the_bank_cannot_hold_is_reported_by_title_and_line() {
    let notes = imported().notes;
    let expected = [
        (
            "every-construct.gift:7: \"Secretary of State\"",
            "feedback on 2 answers",
        ),
        ("every-construct.gift:23: \"Two ties\"", "unequal weights"),
        (
            "every-construct.gift:31: \"TF long\"",
            "feedback on the answer",
        ),
        (
            "every-construct.gift:35: \"Short\"",
            "partial credit 50% for \"Malaysia\"",
        ),
        (
            "every-construct.gift:43: \"Number several\"",
            "the other answer 90:10",
        ),
        (
            "every-construct.gift:49: \"Matching\"",
            "extra right-hand item \"South Korean President\"",
        ),
        ("every-construct.gift:59: \"Essay\"", "an essay question"),
        (
            "every-construct.gift:61: \"This line has no answer block",
            "a description",
        ),
    ];
    assert_eq!(notes.len(), expected.len(), "{notes:#?}");
    for (note, (start, what)) in notes.iter().zip(expected) {
        assert!(note.starts_with(start), "{note} should start with {start}");
        assert!(note.contains(what), "{note} should say {what}");
    }
}

/// What must survive GIFT: everything but points, sources and evidence. The right answers
/// of a multi question are a set (GIFT marks them in the choices' order).
fn essentials(q: &Question) -> String {
    let mut answer = q.answer_texts();
    if q.kind == Kind::Multi {
        answer.sort();
    }
    format!(
        "{} {:?} {:?} answer={:?} truth={:?} number={:?} ±{} choices={:?} pairs={:?} why={:?}",
        q.id,
        q.kind,
        q.prompt,
        answer,
        q.truth(),
        q.number(),
        q.tolerance,
        q.choices,
        q.pairs,
        q.explanation
    )
}

fn round_trip(bank: &Bank) {
    let (text, _) = gift::write(bank);
    let back = gift::parse("exported.gift", &text)
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
        .bank;
    assert_eq!(back.title, bank.title);
    assert_eq!(back.questions.len(), bank.questions.len());
    for (a, b) in bank.questions.iter().zip(&back.questions) {
        assert_eq!(essentials(a), essentials(b), "\n{text}");
    }
}

#[test]
fn every_kind_survives_export_and_import() {
    let bank = Bank::load(std::path::Path::new(EVERY_KIND)).unwrap();
    let kinds: Vec<Kind> = bank.questions.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Choice,
            Kind::Multi,
            Kind::TrueFalse,
            Kind::Short,
            Kind::Number,
            Kind::Cloze,
            Kind::Matching
        ]
    );
    round_trip(&bank);
}

#[test]
fn the_builtin_bank_survives_export_and_import() {
    round_trip(&Bank::builtin().unwrap());
}

#[test]
fn an_import_of_an_export_survives_again() {
    round_trip(&imported().bank);
}

#[test]
fn export_says_what_gift_cannot_hold() {
    let bank = Bank::load(std::path::Path::new(EVERY_KIND)).unwrap();
    let (_, notes) = gift::write(&bank);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].starts_with("offices: 2 points"), "{notes:?}");
}

fn error(text: &str) -> String {
    gift::parse("bad.gift", text).unwrap_err().to_string()
}

#[test]
fn malformed_gift_is_an_error_with_file_and_line() {
    let cases = [
        (
            "// c\n::T::Who?\n{=a\n",
            "bad.gift:3: the answer block opened here with { is not closed",
        ),
        (
            "\n\n::T::Who? {=a} and {=b}\n",
            "bad.gift:3: a second answer block",
        ),
        (
            "::T Who? {=a}\n",
            "bad.gift:1: the title opened with :: is not closed",
        ),
        (
            "::T::How many?\n{#ninety}\n",
            "bad.gift:2: \"ninety\" is not a number",
        ),
        (
            "::T::How many? {#91..89}\n",
            "bad.gift:1: the range 91..89 is empty",
        ),
        ("::T::Pick {\n~a\n~b\n}\n", "bad.gift:1: no right answer"),
        (
            "::T::Pick {\nwhat\n=a\n}\n",
            "bad.gift:2: cannot read the answer block at \"what\"",
        ),
        (
            "::T::Pick {~%50 a =b}\n",
            "bad.gift:1: a weight opened with % is not closed",
        ),
        (
            "::T::Match {=a -> 1 =b}\n",
            "bad.gift:1: \"b\" is not a pair",
        ),
        (
            "::T::Pick {=only}\n\n::U::{=x}\n",
            "bad.gift:3: question \"U\": the prompt is empty",
        ),
        ("// nothing but a comment\n", "bad.gift: no questions found"),
    ];
    for (text, expected) in cases {
        let e = error(text);
        assert!(e.starts_with(expected), "{text:?}: got {e}");
    }
}

#[test]
fn the_cli_exports_and_imports_gift_and_names_a_bad_file() {
    let dir = std::env::temp_dir().join(format!("quiz-gift-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gift_path = dir.join("bank.gift");
    let toml_path = dir.join("bank.toml");
    let o = Command::new(QUIZ)
        .args(["export", "--bank", EVERY_KIND, "--format", "gift", "-o"])
        .arg(&gift_path)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not exported: offices: 2 points"));
    let o = Command::new(QUIZ)
        .arg("import")
        .arg(&gift_path)
        .arg("-o")
        .arg(&toml_path)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bank = Bank::load(&toml_path).unwrap();
    assert_eq!(bank.questions.len(), 7);

    let bad = dir.join("bad.gift");
    std::fs::write(&bad, "::Q::Who?\n{=a\n").unwrap();
    let o = Command::new(QUIZ).arg("import").arg(&bad).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with("quiz: error: "), "{err}");
    assert!(err.contains("bad.gift:2: the answer block"), "{err}");
}
