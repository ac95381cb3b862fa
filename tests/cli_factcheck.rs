//! The `factcheck` binary as users and other tools run it: verdicts and exit codes, JSON
//! shape, batch mode, the fact store commands, and every error case.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn factcheck() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_factcheck"));
    // Run from another folder: the built-in article must not depend on the working directory.
    c.current_dir(std::env::temp_dir());
    c.env("NO_COLOR", "1");
    c
}

fn run(args: &[&str]) -> Output {
    factcheck().args(args).output().expect("factcheck runs")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = factcheck()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("factcheck runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_file(name: &str, content: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// An error is one line on stderr, exit code 2, nothing on stdout.
fn assert_error(o: &Output, must_contain: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(must_contain), "{err:?} lacks {must_contain:?}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn issue_examples_give_their_exit_codes() {
    let o = run(&["Park is foreign minister"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.starts_with("REFUTED"), "{out}");
    assert!(out.contains("First Vice Foreign Minister"), "{out}");
    assert!(out.contains("[10]") && out.contains("[19]"), "{out}");

    let o = run(&["Rubio met Wi"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("[14]"));

    let o = run(&["Rubio likes Korean food"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stdout(&o).contains("does not say whether Rubio likes Korean food"));
}

#[test]
fn json_output_has_the_documented_shape() {
    let o = run(&["--json", "The tariffs take effect on July 1."]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["claim"], "The tariffs take effect on July 1.");
    assert_eq!(v["verdict"], "refuted");
    let ev = v["evidence"].as_array().unwrap();
    assert!(!ev.is_empty());
    assert!(ev[0]["sentence"].as_u64().unwrap() >= 1);
    assert!(ev[0]["text"].as_str().unwrap().contains("August 1"));
    assert!(v["correction"].as_str().unwrap().contains("August 1"));
    assert!(v["explanation"].is_string());

    let o = run(&["--json", "Rubio likes Korean food"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["verdict"], "not_enough_info");
    assert!(v["correction"].is_null());
    assert_eq!(v["evidence"].as_array().unwrap().len(), 0);
}

#[test]
fn batch_answers_in_order_and_skips_comments() {
    let input = b"# a comment\nRubio met Wi\n\nPark is foreign minister\nRubio likes Korean food\n";
    let o = run_stdin(&["--json", "--batch", "-"], input);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let verdicts: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["verdict"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(verdicts, ["supported", "refuted", "not_enough_info"]);
}

#[test]
fn batch_survives_binary_bytes_and_huge_lines() {
    let mut input = vec![0xff, 0xfe, 0x00, b'\n'];
    input.extend(std::iter::repeat_n(b'a', 1_000_000));
    input.extend(b"\nRubio met Wi\n");
    let o = run_stdin(&["--json", "--batch", "-"], &input);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("<stdin>:1: not UTF-8"), "{err}");
    assert!(err.contains("<stdin>:2: the claim is"), "{err}");
    assert!(!err.contains("panicked"));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "one answer per line, errors included");
    assert!(lines[2].contains("\"supported\""));
}

#[test]
fn questions_are_checked_as_statements() {
    assert_eq!(run(&["Did Rubio meet Wi?"]).status.code(), Some(0));
    assert_eq!(
        run(&["Is Park the foreign minister?"]).status.code(),
        Some(1)
    );
}

#[test]
fn error_cases_are_one_line_and_exit_2() {
    assert_error(&run(&[""]), "the claim is empty");
    assert_error(&run(&["   "]), "the claim is empty");
    assert_error(&run(&[]), "no claim given");
    assert_error(
        &run(&["--article", "/no/such/file.txt", "x"]),
        "/no/such/file.txt: cannot read: no such file",
    );
    let dir = std::env::temp_dir();
    assert_error(
        &run(&["--article", dir.to_str().unwrap(), "x"]),
        "is a folder",
    );
    let empty = temp_file("empty.txt", b"\n  \n");
    assert_error(
        &run(&["--article", empty.to_str().unwrap(), "x"]),
        "the article is empty",
    );
    let binary = temp_file("binary.txt", &[0x66, 0xff, 0xfe]);
    assert_error(
        &run(&["--article", binary.to_str().unwrap(), "x"]),
        "not UTF-8",
    );
    let bad_store = temp_file("bad.toml", b"[article]\nsource = \"x\"\nsentences = [\n");
    let o = run(&["--store", bad_store.to_str().unwrap(), "x"]);
    assert_error(&o, "bad.toml:");
    assert!(
        stderr(&o).contains(":4:") || stderr(&o).contains(":3:"),
        "{}",
        stderr(&o)
    );
    assert_error(
        &run(&["--batch", "/no/such/claims.txt"]),
        "/no/such/claims.txt",
    );
}

#[test]
fn build_saves_a_store_that_loads_and_checks_the_same() {
    let article = temp_file(
        "council.txt",
        b"Council approves tram line\nRiverton, March 3 (Valley News) The Riverton city council approved the new tram line on Tuesday by a 7-2 vote.\nMayor Elena Vasquez, who campaigned on the project, welcomed the decision.\n",
    );
    let store = article.with_extension("store.toml");
    let o = run(&[
        "build",
        article.to_str().unwrap(),
        "-o",
        store.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for claim in [
        "The council approved the tram line",
        "The council rejected the tram line",
        "The vote was on Friday",
    ] {
        let a = run(&["--article", article.to_str().unwrap(), claim]);
        let b = run(&["--store", store.to_str().unwrap(), claim]);
        assert_eq!(a.status.code(), b.status.code(), "{claim}");
        assert_eq!(stdout(&a), stdout(&b), "{claim}");
    }
    let facts = stdout(&run(&["facts", "--store", store.to_str().unwrap()]));
    assert!(facts.contains("Elena Vasquez (person)"), "{facts}");
    assert!(facts.contains("Mayor"), "{facts}");
}

#[test]
fn facts_lists_entities_offices_and_events() {
    let out = stdout(&run(&["facts"]));
    assert!(out.contains("Park Yoon-joo (person), also Park"), "{out}");
    assert!(out.contains("Wi Sung-lac (person)"), "{out}");
    // Family name first: "Lee Jae Myung" is Lee, as "Park Yoon-joo" is Park.
    assert!(out.contains("Lee Jae Myung (person), also Lee"), "{out}");
    assert!(
        out.contains("Park Yoon-joo: First Vice Foreign Minister"),
        "{out}"
    );
    assert!(out.contains("Events:"));
    // Coordinated verbs share their subject; qualifiers come with the event.
    assert!(out.contains("Wi Sung-lac visited Washington"), "{out}");
    assert!(out.contains("Wi Sung-lac met with Marco Rubio"), "{out}");
    assert!(
        out.contains("Donald Trump dispatched South Korea, Japan (time Tuesday)"),
        "{out}"
    );
    assert!(
        out.contains("feature Park Yoon-joo") && out.contains("(conditional)"),
        "{out}"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = factcheck()
        .args(["facts"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert_ne!(o.status.code(), Some(101));
}

#[test]
fn eval_prints_accuracy_and_confusion() {
    let path = format!(
        "{}/tests/eval/seed_claims_dev.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = run(&["eval", &path]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("accuracy:"));
    assert!(out.contains("confusion"));
    assert!(out.contains("precision"));
}

#[test]
fn an_overlay_beside_the_article_adds_names_and_corrects_offices() {
    let dir = std::env::temp_dir().join(format!("factcheck-overlay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("today.txt");
    std::fs::write(&article, "Talks planned\nMayor Ann Lee opened the new bridge on Monday.\nThe bridge cost 20 million dollars.\n").unwrap();
    let claim = "Ann Lee is the governor";
    // Without the overlay the article gives her only the office of mayor.
    let before = run(&["--article", article.to_str().unwrap(), claim]);
    assert_eq!(before.status.code(), Some(3), "{}", stdout(&before));
    std::fs::write(
        dir.join("today.facts.toml"),
        "[[entity]]\nname = \"Ann Lee\"\nkind = \"person\"\naliases = [\"Ms Lee\", \"Annie\"]\n\n\
         [[role]]\nperson = \"Ann Lee\"\ntitle = \"Governor\"\nsentence = 2\n",
    )
    .unwrap();
    let after = run(&["--article", article.to_str().unwrap(), claim]);
    assert_eq!(after.status.code(), Some(0), "{}", stdout(&after));
    let facts = stdout(&run(&["facts", "--article", article.to_str().unwrap()]));
    assert!(facts.contains("Annie"), "{facts}");
    // A broken overlay is an error that names the file and line.
    std::fs::write(
        dir.join("today.facts.toml"),
        "[[role]]\nperson = \"Ann Lee\"\nsentence = 99\ntitle = \"x\"\n",
    )
    .unwrap();
    assert_error(
        &run(&["--article", article.to_str().unwrap(), claim]),
        "sentence 99 does not exist",
    );
}

/// "X is a N" against "X is a M", where WordNet puts every sense of M in another broad
/// category than N: refuted, with the article's words; kinds of one category are left open.
#[test]
fn a_kind_of_another_category_refutes_what_the_claim_says_a_thing_is() {
    let dir = std::env::temp_dir().join(format!("factquiz-kinds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("kinds.txt");
    std::fs::write(
        &article,
        "Brennmoor is a national park in the Austrian Alps. Kestrel is a footbridge over the \
         River Avon. Kuala Lumpur is the capital of Malaysia. The Blue Note is a jazz club.\n",
    )
    .unwrap();
    let check = |claim: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
            .arg("--article")
            .arg(&article)
            .arg(claim)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let refuted = check("Kestrel is a ferry company.");
    assert!(refuted.starts_with("REFUTED"), "{refuted}");
    assert!(refuted.contains("a footbridge"), "{refuted}");
    assert!(check("Kestrel is a bridge.").starts_with("SUPPORTED"));
    for open in ["Kuala Lumpur is a city.", "The Blue Note is a nightclub."] {
        assert!(
            !check(open).starts_with("REFUTED"),
            "{open}: {}",
            check(open)
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
