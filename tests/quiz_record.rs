//! Results files: `--record` on `quiz grade` and `quiz run`, thirty students at once, and
//! the errors a student must see.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use factquiz::quiz::record::Attempt;

const QUIZ: &str = env!("CARGO_BIN_EXE_quiz");
const BANK: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/every-kind.toml"
);

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quiz-record-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

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

fn attempts(path: &Path) -> Vec<Attempt> {
    let text = std::fs::read_to_string(path).expect("results written");
    assert!(text.ends_with('\n'), "every line is complete");
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// An answer sheet. Matching letters follow the printed right-hand column, sorted:
/// a) Japanese Foreign Minister, b) US President, c) US Secretary of State.
fn sheet(dir: &Path, name: &str, city: &str) -> PathBuf {
    let path = dir.join(format!("{name}.toml"));
    std::fs::write(
        &path,
        format!("name = \"{name}\"\n[answers]\ncity = \"{city}\"\ntf-tokyo = \"false\"\npause-days = \"ninety\"\noffices = \"1-b 2-a 3-c\"\n"),
    )
    .unwrap();
    path
}

#[test]
fn thirty_students_grading_at_once_lose_no_record() {
    let dir = temp_dir("thirty");
    let results = dir.join("class.jsonl");
    let children: Vec<_> = (0..30)
        .map(|k| {
            let name = format!("student{k:02}");
            let answers = sheet(&dir, &name, if k % 2 == 0 { "B" } else { "Tokyo" });
            Command::new(QUIZ)
                .args(["grade", "--bank", BANK, "--answers"])
                .arg(&answers)
                .arg("--record")
                .arg(&results)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("quiz runs")
        })
        .collect();
    for child in children {
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let all = attempts(&results);
    assert_eq!(all.len(), 30);
    let mut names: Vec<String> = all.iter().map(|a| a.student.clone()).collect();
    names.sort();
    let expected: Vec<String> = (0..30).map(|k| format!("student{k:02}")).collect();
    assert_eq!(names, expected);
    for a in &all {
        assert!(a.complete);
        assert_eq!(a.questions.len(), 7);
        assert_eq!(a.max_score, 8, "the matching question is worth 2");
        let right_city = a.student.ends_with(['0', '2', '4', '6', '8']);
        assert_eq!(a.questions[0].correct, right_city, "{}", a.student);
        assert_eq!(a.score, 2 + u32::from(right_city), "{}", a.student);
    }
}

#[test]
fn a_graded_sheet_records_the_bank_its_hash_and_each_answer_in_bank_terms() {
    let dir = temp_dir("grade");
    let results = dir.join("r.jsonl");
    let answers = sheet(&dir, "Ana", "b");
    let o = quiz(
        &[
            "grade",
            "--bank",
            BANK,
            "--answers",
            answers.to_str().unwrap(),
            "--record",
            results.to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a = &attempts(&results)[0];
    assert_eq!(a.student, "Ana");
    assert_eq!(a.bank, "Every kind: a test bank");
    assert_eq!(a.bank_hash.len(), 16);
    assert_eq!(a.time.len(), "2025-07-10T09:15:02Z".len());
    let city = &a.questions[0];
    assert_eq!(
        (city.response.as_str(), city.answer.as_str(), city.correct),
        ("b", "Kuala Lumpur", true)
    );
    let offices = a.questions.iter().find(|q| q.id == "offices").unwrap();
    assert_eq!(
        offices.answer, "Marco Rubio -> US President; Donald Trump -> US Secretary of State",
        "only the wrongly matched pairs"
    );
    let unanswered = a.questions.iter().find(|q| q.id == "secretary").unwrap();
    assert_eq!(
        (unanswered.response.as_str(), unanswered.correct),
        ("", false)
    );
}

#[test]
fn a_scripted_run_records_the_chosen_texts_not_the_shuffled_letters() {
    let dir = temp_dir("run");
    let results = dir.join("r.jsonl");
    let args = [
        "run", "--bank", BANK, "--seed", "3", "--count", "2", "--name", "Ben", "--record",
    ];
    let mut all: Vec<&str> = args.to_vec();
    all.push(results.to_str().unwrap());
    let o = quiz(&all, "a\nb\n");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a = &attempts(&results)[0];
    assert!(a.complete);
    assert_eq!(a.student, "Ben");
    assert_eq!(a.questions.len(), 2);
    for q in &a.questions {
        assert_eq!(q.response.len(), 1, "typed a letter");
        if q.id == "city" || q.id == "countries" {
            assert!(q.answer.len() > 1, "resolved to choice text: {q:?}");
        }
    }
    assert!(out.contains(&format!("Score: {}/", a.score)), "{out}");
}

#[test]
fn end_of_input_records_an_incomplete_attempt_out_of_every_planned_point() {
    let dir = temp_dir("eof");
    let results = dir.join("r.jsonl");
    let o = quiz(
        &[
            "run",
            "--bank",
            BANK,
            "--seed",
            "1",
            "--name",
            "Cleo",
            "--record",
            results.to_str().unwrap(),
        ],
        "x\n",
    );
    assert!(o.status.success());
    let a = &attempts(&results)[0];
    assert!(!a.complete);
    assert_eq!(a.questions.len(), 1);
    assert_eq!(a.max_score, 8);
}

#[cfg(unix)]
#[test]
fn ctrl_c_prints_the_score_records_the_attempt_so_far_and_exits_0() {
    let dir = temp_dir("ctrlc");
    let results = dir.join("r.jsonl");
    let mut child = Command::new(QUIZ)
        .args([
            "run", "--bank", BANK, "--seed", "1", "--name", "Dev", "--record",
        ])
        .arg(&results)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("quiz runs");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"x\n").unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let o = child.wait_with_output().unwrap();
    drop(stdin);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{:?}", o.status);
    assert!(out.contains("Quiz stopped."), "{out}");
    let a = &attempts(&results)[0];
    assert!(!a.complete);
    assert_eq!(a.questions.len(), 1);
    assert!(
        out.trim_end()
            .ends_with(&format!("Score: {}/{}", a.score, a.questions[0].max_points)),
        "{out}"
    );
}

#[test]
fn a_results_file_that_cannot_be_written_stops_the_quiz_before_it_starts() {
    let o = quiz(
        &[
            "run",
            "--bank",
            BANK,
            "--name",
            "Eva",
            "--record",
            "/no/such/folder/r.jsonl",
        ],
        "a\n",
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("quiz: error: /no/such/folder/r.jsonl: cannot record the result"),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "no question was asked");
}

#[test]
fn recording_needs_a_name() {
    let o = quiz(&["run", "--record", "r.jsonl"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--name"));
    let dir = temp_dir("noname");
    let answers = dir.join("s.toml");
    std::fs::write(&answers, "[answers]\ncity = \"b\"\n").unwrap();
    let results = dir.join("r.jsonl");
    let o = quiz(
        &[
            "grade",
            "--bank",
            BANK,
            "--answers",
            answers.to_str().unwrap(),
            "--record",
            results.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("s.toml: --record needs the student's name"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&results).unwrap_or_default(), "");
}
