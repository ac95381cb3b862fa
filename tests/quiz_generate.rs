//! Generated questions: enough of them, answerable from what they cite, false statements
//! confirmed by the checker, distractors never another name of the answer.

use std::collections::HashSet;
use std::path::Path;

use factquiz::check::{check, Verdict};
use factquiz::quiz::bank::format_number;
use factquiz::quiz::generate::{cites, generate};
use factquiz::quiz::grade::{answer_words, short_answer, Match};
use factquiz::quiz::{grade, Bank, Kind, Question, Shown};
use factquiz::store::FactStore;

fn seed_store() -> FactStore {
    FactStore::builtin()
}

fn other_store() -> FactStore {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles/quiz-malaria-vaccine.txt");
    FactStore::from_article_file(&path).expect("the test article loads")
}

fn distinct_prompts(qs: &[Question]) -> usize {
    qs.iter()
        .map(|q| q.prompt.as_str())
        .collect::<HashSet<_>>()
        .len()
}

#[test]
fn at_least_20_distinct_questions_for_the_seed_article() {
    let qs = generate(&seed_store());
    println!("generated for the seed article: {}", qs.len());
    assert!(distinct_prompts(&qs) >= 20, "{}", distinct_prompts(&qs));
    let kinds: HashSet<Kind> = qs.iter().map(|q| q.kind).collect();
    for k in [
        Kind::Short,
        Kind::Choice,
        Kind::TrueFalse,
        Kind::Cloze,
        Kind::Number,
    ] {
        assert!(kinds.contains(&k), "no {k:?} question");
    }
}

#[test]
fn at_least_10_questions_for_an_article_on_another_topic() {
    let qs = generate(&other_store());
    println!("generated for quiz-malaria-vaccine.txt: {}", qs.len());
    assert!(distinct_prompts(&qs) >= 10, "{}", distinct_prompts(&qs));
    assert!(qs
        .iter()
        .any(|q| q.prompt == "Who is the Kenyan Health Minister?"));
    assert!(qs
        .iter()
        .any(|q| q.prompt == "Where will the first doses be given?"));
}

fn statement(q: &Question) -> &str {
    q.prompt
        .strip_prefix("True or false: ")
        .expect("a true/false prompt")
}

#[test]
fn false_statements_are_refuted_and_true_ones_supported_by_the_checker() {
    for store in [seed_store(), other_store()] {
        let qs = generate(&store);
        let tf: Vec<&Question> = qs.iter().filter(|q| q.kind == Kind::TrueFalse).collect();
        assert!(
            tf.iter().any(|q| q.truth() == Some(false)),
            "some false statements"
        );
        for q in tf {
            let want = if q.truth() == Some(true) {
                Verdict::Supported
            } else {
                Verdict::Refuted
            };
            let got = check(&store, statement(q)).unwrap().verdict;
            assert_eq!(got, want, "{}", q.prompt);
        }
    }
}

#[test]
fn distractors_are_never_names_of_the_answer() {
    for store in [seed_store(), other_store()] {
        for q in generate(&store).iter().filter(|q| q.kind == Kind::Choice) {
            let answer = q.answer_texts()[0].clone();
            assert!(q.choices.contains(&answer), "{}", q.prompt);
            assert_eq!(
                q.choices.iter().collect::<HashSet<_>>().len(),
                q.choices.len(),
                "no repeated choice"
            );
            let names: Vec<Vec<String>> = match store.entity_named(&answer) {
                Some(id) => store.entities[id].names().map(answer_words).collect(),
                None => vec![answer_words(&answer)],
            };
            for c in q.choices.iter().filter(|c| **c != answer) {
                assert!(
                    !names.contains(&answer_words(c)),
                    "{c} is a name of {answer}"
                );
                assert_ne!(
                    short_answer(c, std::slice::from_ref(&answer), &store),
                    Match::Right,
                    "{c} grades as {answer}"
                );
            }
        }
    }
}

#[test]
fn every_question_cites_existing_sentences_that_hold_its_answer() {
    for store in [seed_store(), other_store()] {
        for q in generate(&store) {
            assert!(!q.source.is_empty(), "{} cites nothing", q.id);
            let text: Vec<&str> = q
                .source
                .iter()
                .map(|&n| {
                    store
                        .article
                        .sentence(n)
                        .map(|s| s.text.as_str())
                        .expect("the sentence exists")
                })
                .collect();
            let text = text.join(" ");
            assert!(!q.evidence.is_empty(), "{} has no evidence", q.id);
            match q.kind {
                Kind::Short | Kind::Cloze | Kind::Choice => {
                    let first = &q.answer_texts()[0];
                    assert!(
                        cites(&store, &text, first),
                        "{}: {first} not in [{}]",
                        q.prompt,
                        text
                    );
                }
                Kind::Number => {
                    let n = format_number(q.number().unwrap());
                    assert!(text.contains(&n), "{}: {n} not in {text}", q.prompt);
                }
                _ => {}
            }
        }
    }
}

/// The expected answer, as a student would type it.
fn right_response(q: &Question) -> String {
    match q.kind {
        Kind::TrueFalse => q.truth().unwrap().to_string(),
        Kind::Number => format_number(q.number().unwrap()),
        Kind::Multi => q.answer_texts().join(", "),
        _ => q.answer_texts()[0].clone(),
    }
}

#[test]
fn every_generated_question_accepts_its_own_answer_and_the_bank_reloads() {
    for store in [seed_store(), other_store()] {
        let qs = generate(&store);
        for q in &qs {
            let g = grade(q, &Shown::as_written(q), &right_response(q), &store);
            assert!(
                g.correct,
                "{}: {} -> {}",
                q.prompt,
                right_response(q),
                g.feedback
            );
            let g = grade(q, &Shown::as_written(q), "", &store);
            assert!(!g.correct);
        }
        let bank = Bank {
            title: Some("t".into()),
            article: None,
            questions: qs.clone(),
            source: "generated".into(),
            dir: None,
        };
        let again =
            Bank::parse("generated.toml", &bank.to_toml()).expect("the generated bank is valid");
        assert_eq!(again.questions, qs);
    }
}

#[test]
fn generation_is_reproducible() {
    assert_eq!(generate(&seed_store()), generate(&seed_store()));
}
