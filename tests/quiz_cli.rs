//! The `quiz` binary end to end: scripted runs, grading sheets, listing, generating, errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const QUIZ: &str = env!("CARGO_BIN_EXE_quiz");

fn quiz(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(QUIZ)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("quiz runs");
    let written = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    // A process that stops early (an error before it reads) closes its input: not a failure.
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    child.wait_with_output().expect("quiz finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("quiz-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn scripted_run_with_seed_7_grades_each_answer_and_ends_with_the_score() {
    let answers = "A, D, E\nyes\nJuly 19\nninety days\nc, b\n";
    let o = quiz(
        &["run", "--seed", "7", "--count", "5", "--name", "Ana"],
        answers,
    );
    let out = stdout(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    for line in [
        "Three-way talks in Kuala Lumpur: 5 questions",
        "Good luck, Ana!",
        "Question 1 of 5 (1 point)",
        "Which countries are planning the three-way talks?",
        "  A) South Korea",
        "> A, D, E\nRight!",
        "> July 19\nNot quite. The answer is: July 9",
        "  Close: \"July 19\" vs \"July 9\": extra \"1\"",
        "  [16] On Tuesday, US President Donald Trump",
        "> ninety days\nRight!",
        "Question 5 of 5 (1 point)",
        "Score: 4/5",
    ] {
        assert!(out.contains(line), "missing {line:?} in:\n{out}");
    }
}

#[test]
fn the_same_seed_gives_the_same_quiz() {
    let a = stdout(&quiz(&["run", "--seed", "3"], ""));
    let b = stdout(&quiz(&["run", "--seed", "3"], ""));
    let c = stdout(&quiz(&["run", "--seed", "4"], ""));
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn end_of_input_mid_quiz_prints_the_score_so_far() {
    let o = quiz(&["run", "--seed", "7", "--count", "5"], "A, D, E\ntrue\n");
    let out = stdout(&o);
    assert!(o.status.success());
    assert!(out.contains("Question 3 of 5"), "{out}");
    assert!(!out.contains("Question 4 of 5"), "{out}");
    assert!(
        out.contains("Quiz stopped after 2 of 5 questions."),
        "{out}"
    );
    assert!(out.trim_end().ends_with("Score: 2/2"), "{out}");
}

#[test]
fn every_builtin_question_is_asked_by_default() {
    let out = stdout(&quiz(&["run", "--seed", "1"], ""));
    assert!(
        out.contains("Three-way talks in Kuala Lumpur: 27 questions"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_ends_the_quiz_with_the_score_so_far() {
    let mut child = Command::new(QUIZ)
        .args(["run", "--seed", "7"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("quiz runs");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"A, D, E\n").expect("answer");
    stdin.flush().expect("flush");
    // Let it grade the answer and wait at the next question.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let o = child.wait_with_output().expect("quiz finishes");
    drop(stdin);
    let out = stdout(&o);
    assert!(o.status.success(), "status {:?}", o.status);
    assert!(out.contains("Quiz stopped."), "{out}");
    assert!(out.trim_end().ends_with("Score: 1/1"), "{out}");
}

#[test]
fn grade_json_has_the_documented_shape() {
    let dir = temp_dir("grade");
    let sheet = dir.join("ana.toml");
    std::fs::write(
        &sheet,
        "name = \"Ana\"\n[answers]\nmeeting-city = \"in Kuala Lumpur\"\nsecretary-of-state = \"C\"\npause-days = 80\ntf-tokyo = \"f\"\n",
    )
    .unwrap();
    let bank = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/trilateral-talks.toml"
    );
    let o = quiz(
        &[
            "grade",
            "--bank",
            bank,
            "--answers",
            sheet.to_str().unwrap(),
            "--json",
        ],
        "",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("one JSON object");
    assert_eq!(v["name"], "Ana");
    assert_eq!(v["score"], 3);
    assert_eq!(v["max_score"], 27);
    let questions = v["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), 27);
    let find = |id: &str| {
        questions
            .iter()
            .find(|q| q["id"] == id)
            .expect("question present")
            .clone()
    };
    let city = find("meeting-city");
    assert_eq!(city["response"], "in Kuala Lumpur");
    assert_eq!(city["correct"], true);
    assert_eq!(city["points"], 1);
    assert_eq!(city["max_points"], 1);
    assert_eq!(city["expected"], "Kuala Lumpur");
    assert!(city["feedback"].is_string());
    let pause = find("pause-days");
    assert_eq!(pause["correct"], false);
    assert_eq!(pause["points"], 0);
    assert_eq!(pause["expected"], "90");
    assert_eq!(find("secretary-of-state")["correct"], true);
    assert_eq!(find("wi-job")["response"], "");
    for key in [
        "id",
        "response",
        "correct",
        "points",
        "max_points",
        "expected",
        "feedback",
    ] {
        assert!(
            questions.iter().all(|q| q.get(key).is_some()),
            "every question has {key}"
        );
    }
}

#[test]
fn grade_without_json_prints_the_score() {
    let dir = temp_dir("grade-text");
    let sheet = dir.join("ben.toml");
    std::fs::write(
        &sheet,
        "name = \"Ben\"\n[answers]\nwi-job = \"National Security Advisor\"\n",
    )
    .unwrap();
    let bank = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/trilateral-talks.toml"
    );
    let o = quiz(
        &[
            "grade",
            "--bank",
            bank,
            "--answers",
            sheet.to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Score: 1/27"), "{}", stdout(&o));
}

#[test]
fn an_answer_for_an_unknown_question_is_an_error() {
    let dir = temp_dir("grade-unknown");
    let sheet = dir.join("sheet.toml");
    std::fs::write(
        &sheet,
        "[answers]\nmeeting-city = \"Kuala Lumpur\"\nno-such-question = \"x\"\n",
    )
    .unwrap();
    let bank = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/trilateral-talks.toml"
    );
    let o = quiz(
        &[
            "grade",
            "--bank",
            bank,
            "--answers",
            sheet.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.starts_with("quiz: error: "), "{err}");
    assert!(
        err.contains("sheet.toml:3: no question \"no-such-question\""),
        "{err}"
    );
}

#[test]
fn list_shows_questions_without_answers() {
    let o = quiz(&["list"], "");
    let out = stdout(&o);
    assert!(o.status.success());
    assert!(out.contains("Who is the US Secretary of State?"));
    assert!(out.contains("  C) Marco Rubio"));
    assert!(out.contains("id: meeting-city"));
    assert!(
        !out.contains("Sentence 10 names"),
        "explanations are not listed"
    );
}

#[test]
fn a_bad_bank_exits_2_with_file_line_and_value() {
    let dir = temp_dir("bad-bank");
    let bank = dir.join("bad.toml");
    std::fs::write(
        &bank,
        "[[question]]\nid = \"q1\"\nkind = \"mcq\"\nprompt = \"?\"\n",
    )
    .unwrap();
    let o = quiz(&["run", "--bank", bank.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.starts_with("quiz: error: "), "{err}");
    assert!(err.contains("bad.toml:3:"), "{err}");
    assert!(err.contains("mcq"), "{err}");
    assert!(stdout(&o).is_empty());
}

#[test]
fn generate_writes_a_bank_that_runs_against_its_article() {
    let dir = temp_dir("generate");
    let article = dir.join("malaria.txt");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/articles/quiz-malaria-vaccine.txt"
        ),
        &article,
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("banks")).unwrap();
    let bank = dir.join("banks").join("malaria.toml");
    let o = quiz(
        &[
            "generate",
            "--article",
            article.to_str().unwrap(),
            "-o",
            bank.to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&bank).unwrap();
    assert!(text.contains("article = \"../malaria.txt\""), "{text}");
    assert!(text.contains("[[question]]"));
    let o = quiz(
        &[
            "run",
            "--bank",
            bank.to_str().unwrap(),
            "--seed",
            "2",
            "--count",
            "3",
        ],
        "x\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Kenya Expands Malaria Vaccine Programme to Eight More Counties: 3 questions"),
        "{out}"
    );
    assert!(out.contains("Score: "), "{out}");
}

#[test]
fn generate_without_an_article_uses_the_builtin_one() {
    let o = quiz(&["generate"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        !out.contains("\narticle = "),
        "the built-in article is the default"
    );
    assert!(out.matches("[[question]]").count() >= 20);
}

#[test]
fn zero_questions_is_refused() {
    let o = quiz(&["run", "--count", "0"], "");
    assert_eq!(o.status.code(), Some(2));
}
