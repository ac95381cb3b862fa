//! `quiz export`: worksheets with a separate answer key, Aiken, JSON, and the CLI's files.

use std::path::Path;
use std::process::{Command, Output};

use factquiz::quiz::export::{export, Format, Request};
use factquiz::quiz::Bank;

const QUIZ: &str = env!("CARGO_BIN_EXE_quiz");
const EVERY_KIND: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/every-kind.toml"
);

fn bank() -> Bank {
    Bank::load(Path::new(EVERY_KIND)).unwrap()
}

fn text(format: Format, key: bool, article: Option<&str>) -> String {
    export(
        &bank(),
        Request {
            format,
            key,
            article,
        },
    )
    .text
}

fn quiz(args: &[&str]) -> Output {
    Command::new(QUIZ).args(args).output().expect("quiz runs")
}

#[test]
fn a_markdown_worksheet_has_the_article_and_lettered_questions_but_no_answers() {
    let sheet = text(
        Format::Markdown,
        false,
        Some("Headline\n\nFirst paragraph.\nSecond."),
    );
    for part in [
        "# Every kind: a test bank\n",
        "## Article\n\nHeadline\n\nFirst paragraph.\n\nSecond.\n",
        "**1.** Where will the meeting be held? *(1 point; circle one letter)*\n\n- A) Tokyo\n- B) Kuala Lumpur\n",
        "**3.** True or false: the meeting will be held in Tokyo.",
        "**6.** Fill in the blank: Wi wants a '\\_\\_\\_\\_\\_' agreement.",
        "**7.** Match each person with their office. *(2 points;",
        "- **1.** Marco Rubio ____\n",
        // Sorted, so the column does not give the answer away.
        "- a) Japanese Foreign Minister\n- b) US President\n- c) US Secretary of State\n",
    ] {
        assert!(sheet.contains(part), "missing {part:?} in:\n{sheet}");
    }
    for answer in ["Rubio\n", "mutually beneficial", "90", "Sentence 5"] {
        assert!(
            !sheet.contains(answer),
            "the worksheet gives away {answer:?}"
        );
    }
}

#[test]
fn the_key_is_a_separate_document_with_the_answers_in_the_sheets_letters() {
    let key = text(Format::Markdown, true, None);
    for part in [
        "# Every kind: a test bank: answer key\n",
        "**1.** B) Kuala Lumpur\n  - Why: Sentence 5",
        "**2.** A) Japan, C) South Korea, E) United States\n",
        "**3.** false\n",
        "**4.** Marco Rubio\n  - Also accepted: Rubio\n",
        "**5.** 90 (give or take 5)\n",
        "**7.** 1-c, 2-a, 3-b\n",
    ] {
        assert!(key.contains(part), "missing {part:?} in:\n{key}");
    }
}

#[test]
fn the_html_worksheet_and_key_are_self_contained_pages() {
    let sheet = text(Format::Html, false, Some("A <b>bold</b> claim."));
    assert!(sheet.starts_with("<!DOCTYPE html>"));
    assert!(
        sheet.contains("<p>A &lt;b&gt;bold&lt;/b&gt; claim.</p>"),
        "escaped"
    );
    assert!(sheet.contains("<li>B) Kuala Lumpur</li>"));
    assert!(!sheet.contains("<script") && !sheet.contains("src=") && !sheet.contains("href="));
    let key = text(Format::Html, true, None);
    assert!(key.contains("<li><b>B) Kuala Lumpur</b>"), "{key}");
}

#[test]
fn aiken_holds_single_answer_choice_and_true_false_and_reports_the_rest() {
    let done = export(
        &bank(),
        Request {
            format: Format::Aiken,
            key: false,
            article: None,
        },
    );
    assert_eq!(
        done.text,
        "Where will the meeting be held?\nA) Tokyo\nB) Kuala Lumpur\nC) Seoul\nD) Washington\nANSWER: B\n\n\
         True or false: the meeting will be held in Tokyo.\nA) True\nB) False\nANSWER: B\n\n"
    );
    assert_eq!(done.notes.len(), 5, "{:?}", done.notes);
    assert!(done.notes[0].starts_with("countries: a multi question"));
}

#[test]
fn json_has_the_bank_fields() {
    let v: serde_json::Value = serde_json::from_str(&text(Format::Json, false, None)).unwrap();
    assert_eq!(v["title"], "Every kind: a test bank");
    let qs = v["questions"].as_array().unwrap();
    assert_eq!(qs.len(), 7);
    assert_eq!(qs[0]["kind"], "choice");
    assert_eq!(qs[4]["answer"], 90);
    assert_eq!(qs[4]["tolerance"], 5.0);
    assert_eq!(qs[6]["pairs"][0][1], "US Secretary of State");
}

#[test]
fn the_cli_writes_sheet_and_key_files_and_prints_the_builtin_article() {
    let dir = std::env::temp_dir().join(format!("quiz-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let sheet = dir.join("sheet.html");
    let key = dir.join("key.html");
    let o = quiz(&["export", "--format", "html", "-o", sheet.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = quiz(&[
        "export",
        "--format",
        "html",
        "--key",
        "-o",
        key.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let sheet = std::fs::read_to_string(sheet).unwrap();
    assert!(
        sheet.contains("Kuala Lumpur, July 10 (NationPress)"),
        "the built-in article"
    );
    assert!(std::fs::read_to_string(key).unwrap().contains("answer key"));
    let o = quiz(&["export", "--bank", EVERY_KIND, "--format", "markdown"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        !out.contains("## Article"),
        "a bank without an article prints none"
    );
}

#[test]
fn a_key_for_a_format_that_carries_its_answers_is_refused() {
    let o = quiz(&["export", "--format", "gift", "--key"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("quiz: error: --key applies to worksheets"),
        "{err}"
    );
}

/// The letters a student copies from a printed worksheet (here, from its key) grade right
/// when typed into an answer sheet: worksheets, `quiz list` and `quiz grade` share one order.
#[test]
fn the_keys_matching_letters_typed_into_an_answer_sheet_grade_right() {
    let key = text(Format::Markdown, true, None);
    let line = key
        .lines()
        .find(|l| l.starts_with("**7.**"))
        .expect("the key answers the matching question");
    let letters = line.trim_start_matches("**7.**").trim();
    let dir = std::env::temp_dir().join(format!("factquiz-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let sheet = dir.join("key.toml");
    std::fs::write(
        &sheet,
        format!("name = \"Key\"\n[answers]\noffices = \"{letters}\"\n"),
    )
    .unwrap();
    let o = quiz(&[
        "grade",
        "--bank",
        EVERY_KIND,
        "--answers",
        sheet.to_str().unwrap(),
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(&format!("right offices  {letters}")),
        "{letters:?} from the key should grade right:\n{out}"
    );
    let listed =
        String::from_utf8_lossy(&quiz(&["list", "--bank", EVERY_KIND]).stdout).into_owned();
    let column: Vec<&str> = listed
        .lines()
        .filter(|l| l.starts_with("  a) ") || l.starts_with("  b) ") || l.starts_with("  c) "))
        .collect();
    assert!(
        column.ends_with(&[
            "  a) Japanese Foreign Minister",
            "  b) US President",
            "  c) US Secretary of State"
        ]),
        "quiz list letters the matching column as the worksheet does:\n{listed}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
