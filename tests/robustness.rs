//! Robustness: whatever bytes a user feeds them, the readers and the checker return a value or
//! an error, never panic and never hang; and the documented limits give clear errors.
//!
//! The properties run 256 random cases each (about 20 s in all in a debug build on 2 cores).
//! Run more for a longer search: `PROPTEST_RANDOM=1 PROPTEST_CASES=5000 cargo test --release --test robustness`
//! (without PROPTEST_RANDOM the inputs come from a fixed seed, so that CI is repeatable).
//! A failure prints the smallest input found; pin it as an ordinary test beside the code.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::sync::{mpsc, OnceLock};
use std::time::{Duration, Instant};

use factquiz::article::{Article, MAX_ARTICLE_BYTES};
use factquiz::check::{check, check_closed};
use factquiz::claim::MAX_CLAIM_CHARS;
use factquiz::quiz::bank::{BUILTIN_BANK, MAX_QUESTIONS};
use factquiz::quiz::export::{export, Format, Request};
use factquiz::quiz::grade::{grade, Shown};
use factquiz::quiz::report::{self, Results};
use factquiz::quiz::session::{self, Options};
use factquiz::quiz::sheet::{grade_sheet, AnswerSheet};
use factquiz::quiz::{gift, Bank};
use factquiz::render::{self, Style};
use factquiz::store::{FactStore, BUILTIN_ARTICLE};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

// ---------------------------------------------------------------------------------------------
// The harness: a property runs its cases on a thread of its own under a watchdog, and each case
// has a time budget, so a hang fails the test (with the input) instead of stalling CI.

/// One case taking longer than this is reported as a hang (a debug build on a busy machine).
const CASE_BUDGET: Duration = Duration::from_secs(5);
/// A whole property taking longer than this is reported as a hang even if no case returns.
const PROPERTY_BUDGET: Duration = Duration::from_secs(120);

/// The number of cases: `PROPTEST_CASES` if set, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs `test` on `cases` values of the strategy `make` returns (made on the worker thread, as
/// strategies are not `Send`); fails with the smallest failing input found.
fn property<S, M>(name: &str, cases: u32, make: M, test: fn(S::Value))
where
    S: Strategy,
    S::Value: std::fmt::Debug + 'static,
    M: FnOnce() -> S + Send + 'static,
{
    let start = Instant::now();
    let (done, finished) = mpsc::channel();
    let label = name.to_string();
    let worker = std::thread::spawn(move || {
        let config = Config {
            cases,
            failure_persistence: None,
            max_shrink_time: 30_000,
            ..Config::default()
        };
        // A fixed seed, so that CI passes or fails the same way every run; set
        // PROPTEST_RANDOM=1 to search new inputs.
        let mut runner = if std::env::var_os("PROPTEST_RANDOM").is_some() {
            TestRunner::new(config)
        } else {
            TestRunner::new_with_rng(
                config,
                proptest::test_runner::TestRng::deterministic_rng(
                    proptest::test_runner::RngAlgorithm::ChaCha,
                ),
            )
        };
        let strategy = make();
        let result = runner.run(&strategy, |value| {
            let start = Instant::now();
            test(value);
            let took = start.elapsed();
            if took > CASE_BUDGET {
                return Err(TestCaseError::fail(format!(
                    "took {took:?}, more than {CASE_BUDGET:?}: a hang or a blow-up"
                )));
            }
            Ok(())
        });
        let message = match result {
            Ok(()) => None,
            Err(TestError::Fail(why, value)) => Some(format!(
                "{label}: {why}\nsmallest failing input: {value:#?}"
            )),
            Err(TestError::Abort(why)) => Some(format!("{label}: aborted: {why}")),
        };
        let _ = done.send(message);
    });
    match finished.recv_timeout(PROPERTY_BUDGET) {
        Ok(None) => {
            worker.join().unwrap();
            println!("{name}: {cases} cases in {:.1?}", start.elapsed());
        }
        Ok(Some(message)) => panic!("{message}"),
        Err(_) => panic!("{name}: no answer within {PROPERTY_BUDGET:?}: a hang"),
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs: any text, any bytes read the way the binaries read them, text made of an article's
// words, and valid files with random edits (which get past the first line of a parser).

fn builtin_store() -> &'static FactStore {
    static STORE: OnceLock<FactStore> = OnceLock::new();
    STORE.get_or_init(FactStore::builtin)
}

fn builtin_bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| Bank::builtin().unwrap())
}

/// Any characters, including control characters, combining marks and astral planes.
fn any_text(max_chars: usize) -> BoxedStrategy<String> {
    prop::collection::vec(any::<char>(), 0..=max_chars)
        .prop_map(String::from_iter)
        .boxed()
}

/// Any bytes, as a reader that replaces invalid UTF-8 sees them.
fn any_bytes(max: usize) -> BoxedStrategy<String> {
    prop::collection::vec(any::<u8>(), 0..=max)
        .prop_map(|b| String::from_utf8_lossy(&b).into_owned())
        .boxed()
}

/// The words and punctuation of the built-in article, plus what claims are made of.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = BUILTIN_ARTICLE
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    for extra in [
        "not", "never", "did", "Did", "will", "already", "was", "is", "the", "a", "?", ".", ",",
        "\"", "'", "(", ")", "-", "—", "’s", "no", "Who", "where", "1", "90", "2025", "first",
        "August", "Aug.", "1st", "July", "Tuesday", "ninety", "%", "$", "\n", "\t", "É", "ß", "İ",
        "ﬁ", "\u{301}", "\u{200b}", "\u{feff}",
    ] {
        words.push(extra.to_string());
    }
    words
}

/// Words of the article in random order, joined by random separators.
fn article_words(max_words: usize) -> BoxedStrategy<String> {
    let words = vocabulary();
    const SEPARATORS: &[&str] = &[
        " ", " ", " ", "", ". ", "\n", "\n\n", "? ", "- ", ": ", ", ",
    ];
    prop::collection::vec(
        (
            prop::sample::select(words),
            prop::sample::select(SEPARATORS),
        ),
        0..=max_words,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .map(|(w, s)| format!("{w}{s}"))
            .collect::<String>()
    })
    .boxed()
}

/// One random edit of a text.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, String),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let junk = prop_oneof![
        any_text(8),
        prop::sample::select(
            &[
                "\"",
                "'",
                "[",
                "]",
                "[[",
                "{",
                "}",
                "=",
                "~",
                "#",
                "%",
                "::",
                "\\",
                "\n",
                "\r\n",
                "-1",
                "1e999",
                "nan",
                "true",
                "[[question]]",
                "[answers]",
                "}{",
                "%-100%",
                "####",
                "$CATEGORY:",
                "\u{0}",
                "é",
                "\u{feff}",
            ][..]
        )
        .prop_map(str::to_string),
    ];
    prop_oneof![
        3 => (any::<usize>(), junk).prop_map(|(at, s)| Edit::Insert(at, s)),
        2 => (any::<usize>(), 1..40usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        1 => (any::<usize>(), 1..80usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        1 => any::<usize>().prop_map(Edit::Truncate),
    ]
}

/// The char boundary at or before `at` (taken modulo the length).
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_string();
    for e in edits {
        match e {
            Edit::Insert(at, s) => {
                let at = boundary(&text, *at);
                text.insert_str(at, s);
            }
            Edit::Delete(at, n) | Edit::Duplicate(at, n) => {
                let start = boundary(&text, *at);
                let mut end = (start + n).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                if matches!(e, Edit::Delete(..)) {
                    text.replace_range(start..end, "");
                } else {
                    let copy = text[start..end].to_string();
                    text.insert_str(end, &copy);
                }
            }
            Edit::Truncate(at) => {
                let at = boundary(&text, *at);
                text.truncate(at);
            }
        }
    }
    text
}

/// `base` with one to four random edits.
fn mutated(base: &'static str) -> BoxedStrategy<String> {
    prop::collection::vec(edit(), 1..=4)
        .prop_map(move |edits| apply(base, &edits))
        .boxed()
}

fn fixture(name: &str) -> &'static str {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Box::leak(text.into_boxed_str())
}

// ---------------------------------------------------------------------------------------------
// The article reader and the extraction behind it.

/// Parses, builds the store, and checks a claim made of the text's first words against it.
fn read_article(text: String) {
    let Ok(article) = Article::parse("fuzz.txt", &text) else {
        return;
    };
    let store = FactStore::build(article);
    let _ = render::facts(&store);
    let claim: String = text
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ");
    if let Ok(o) = check(&store, &claim) {
        let _ = render::outcome(&o, Style { color: true });
    }
    let _ = check_closed(&store, "Rubio met Wi on Tuesday");
}

#[test]
fn the_article_reader_takes_any_text() {
    property(
        "article/any text",
        cases(256),
        || any_text(400),
        read_article,
    );
}

#[test]
fn the_article_reader_takes_any_bytes() {
    property(
        "article/any bytes",
        cases(256),
        || any_bytes(600),
        read_article,
    );
}

#[test]
fn the_article_reader_takes_the_article_in_any_order() {
    property(
        "article/article words",
        cases(256),
        || article_words(120),
        read_article,
    );
}

#[test]
fn the_article_reader_takes_the_article_with_edits() {
    property(
        "article/edited seed",
        cases(128),
        || mutated(BUILTIN_ARTICLE),
        read_article,
    );
}

#[test]
fn a_no_break_space_before_a_full_stop_does_not_panic() {
    // Web pages put no-break spaces in "5 bn", "Mr. Lee", "10 km": common in pasted articles.
    for text in [
        "The deal is worth 5\u{a0}bn. The talks start Monday.",
        "\u{a1}\u{85}.\u{b}A",
        "It is 10\u{2009}km. Then more.",
    ] {
        let article = Article::parse("nbsp.txt", text).unwrap();
        FactStore::build(article);
    }
}

#[test]
fn an_empty_article_is_an_error_not_a_panic() {
    for text in ["", " ", "\n\n\t", "\u{feff}", "\u{feff}\n "] {
        assert!(Article::parse("e.txt", text).is_err(), "{text:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The claim reader and the checker, on the built-in store.

/// A claim of at most the limit is checked (an error only when blank), and its outcome prints.
fn check_claim(claim: String) {
    let store = builtin_store();
    match check(store, &claim) {
        Ok(o) => {
            let _ = render::outcome(&o, Style { color: true });
            let _ = render::outcome(&o, Style { color: false });
            serde_json::to_string(&o).expect("an outcome serialises");
        }
        Err(e) => assert!(
            claim.trim().is_empty(),
            "{claim:?} is within the limit and not blank, yet: {e}"
        ),
    }
    let _ = check_closed(store, &claim);
}

#[test]
fn the_checker_takes_any_claim() {
    property("check/any text", cases(256), || any_text(300), check_claim);
}

#[test]
fn the_checker_takes_any_bytes() {
    property(
        "check/any bytes",
        cases(256),
        || any_bytes(300),
        check_claim,
    );
}

#[test]
fn the_checker_takes_any_mix_of_article_words() {
    property(
        "check/article words",
        cases(256),
        || article_words(40),
        check_claim,
    );
}

// ---------------------------------------------------------------------------------------------
// Question banks (TOML), the grader, the interactive session and the exports.

/// A bank that loads can be graded, asked, exported and round-tripped without a panic.
fn use_bank(bank: &Bank, response: &str) {
    let store = builtin_store();
    for q in &bank.questions {
        let _ = grade(q, &Shown::as_written(q), response, store);
    }
    for format in [
        Format::Markdown,
        Format::Html,
        Format::Gift,
        Format::Aiken,
        Format::Json,
    ] {
        for key in [false, true] {
            let req = Request {
                format,
                key,
                article: Some("An article."),
            };
            let _ = export(bank, req);
        }
    }
    let (gift_text, _) = gift::write(bank);
    if let Ok(again) = gift::parse("roundtrip.gift", &gift_text) {
        let _ = again.bank.to_toml();
    }
    let _ = Bank::parse("roundtrip.toml", &bank.to_toml());
}

fn read_bank(text: String) {
    if let Ok(bank) = Bank::parse("fuzz.toml", &text) {
        use_bank(&bank, "Kuala Lumpur");
    }
}

#[test]
fn the_bank_reader_takes_any_text() {
    property("bank/any text", cases(256), || any_text(300), read_bank);
}

#[test]
fn the_bank_reader_takes_any_bytes() {
    property("bank/any bytes", cases(256), || any_bytes(300), read_bank);
}

#[test]
fn the_bank_reader_takes_the_builtin_bank_with_edits() {
    property(
        "bank/edited builtin",
        cases(128),
        || mutated(BUILTIN_BANK),
        read_bank,
    );
}

#[test]
fn the_bank_reader_takes_every_kind_with_edits() {
    property(
        "bank/edited every-kind",
        cases(256),
        || mutated(fixture("every-kind.toml")),
        read_bank,
    );
}

/// Grades one question of the built-in bank (chosen by the index) with the response.
fn grade_anything((which, response): (prop::sample::Index, String)) {
    let bank = builtin_bank();
    let q = &bank.questions[which.index(bank.questions.len())];
    let g = grade(q, &Shown::as_written(q), &response, builtin_store());
    assert!(g.points <= g.max_points, "{} on {response:?}", q.id);
}

#[test]
fn the_grader_takes_any_answer() {
    property(
        "grade/any text",
        cases(256),
        || (any::<prop::sample::Index>(), any_text(120)),
        grade_anything,
    );
}

#[test]
fn the_grader_takes_any_mix_of_article_words() {
    property(
        "grade/article words",
        cases(256),
        || (any::<prop::sample::Index>(), article_words(12)),
        grade_anything,
    );
}

fn run_session(input: String) {
    let opts = Options {
        count: Some(6),
        seed: 7,
        name: Some("Fuzz".into()),
        style: Style { color: true },
        echo: true,
    };
    let mut out = Vec::new();
    let tally = session::run(
        builtin_bank(),
        builtin_store(),
        &opts,
        input.as_bytes(),
        &mut out,
        &mut |_| {},
    )
    .expect("writing to memory does not fail");
    assert!(tally.score <= tally.max_score);
}

#[test]
fn the_interactive_quiz_takes_any_input() {
    property(
        "session/any bytes",
        cases(64),
        || any_bytes(400),
        run_session,
    );
}

// ---------------------------------------------------------------------------------------------
// Answer sheets, GIFT files and results files.

const SHEET: &str = "name = \"Ana\"\n[answers]\nmeeting-city = \"in Kuala Lumpur\"\nsecretary-of-state = \"C\"\npause-days = 80\ntf-tokyo = \"f\"\n";

fn read_sheet(text: String) {
    let bank = builtin_bank();
    if let Ok(sheet) = AnswerSheet::parse("fuzz-sheet.toml", &text, bank) {
        let result = grade_sheet(bank, &sheet, builtin_store());
        assert!(result.score <= result.max_score);
        let _ = result.render();
    }
}

#[test]
fn the_sheet_reader_takes_any_text() {
    property("sheet/any text", cases(128), || any_text(200), read_sheet);
}

#[test]
fn the_sheet_reader_takes_a_sheet_with_edits() {
    property("sheet/edited", cases(128), || mutated(SHEET), read_sheet);
}

fn read_gift(text: String) {
    if let Ok(imported) = gift::parse("fuzz.gift", &text) {
        use_bank(&imported.bank, "T");
    }
}

#[test]
fn the_gift_reader_takes_any_text() {
    property("gift/any text", cases(256), || any_text(300), read_gift);
}

#[test]
fn the_gift_reader_takes_any_bytes() {
    property("gift/any bytes", cases(256), || any_bytes(300), read_gift);
}

#[test]
fn the_gift_reader_takes_gift_punctuation_in_any_order() {
    let pieces: Vec<String> = [
        "::",
        "{",
        "}",
        "=",
        "~",
        "#",
        "####",
        "%50%",
        "%-100%",
        "->",
        "\\",
        "\\:",
        "\\{",
        "T",
        "F",
        "TRUE",
        "#1:0.5",
        "#2..3",
        "\n",
        "\n\n",
        "// c\n",
        "$CATEGORY: x\n",
        "[html]",
        "[markdown]",
        " ",
        "Rubio",
        "1",
        "-",
        "..",
        ":",
        "é",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let strategy =
        move || prop::collection::vec(prop::sample::select(pieces), 0..80).prop_map(|v| v.concat());
    property("gift/punctuation", cases(256), strategy, read_gift);
}

#[test]
fn the_gift_reader_takes_every_construct_with_edits() {
    property(
        "gift/edited every-construct",
        cases(256),
        || mutated(fixture("every-construct.gift")),
        read_gift,
    );
}

fn read_results(text: String) {
    let mut results = Results::default();
    results.add("fuzz.jsonl", &text);
    let reports = report::build(&results.attempts);
    let _ = report::render_unread(&results);
    for r in &reports {
        let _ = report::render_text(r);
    }
    let _ = report::gradebook_csv(&reports);
    let _ = report::items_csv(&reports);
    let _ = report::render_html(&reports, &results);
}

#[test]
fn the_results_reader_takes_any_text() {
    property(
        "results/any text",
        cases(256),
        || any_text(300),
        read_results,
    );
}

#[test]
fn the_results_reader_takes_class_results_with_edits() {
    property(
        "results/edited class",
        cases(256),
        || mutated(fixture("class-results.jsonl")),
        read_results,
    );
}

// ---------------------------------------------------------------------------------------------
// The binary on any standard input.

fn factcheck() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_factcheck"));
    c.current_dir(std::env::temp_dir());
    c.env("NO_COLOR", "1");
    c
}

fn quiz() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_quiz"));
    c.current_dir(std::env::temp_dir());
    c.env("NO_COLOR", "1");
    c
}

fn with_stdin(mut cmd: Command, input: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Write from another thread: the child may answer before it has read everything.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn batch_of_bytes(bytes: Vec<u8>) {
    let mut cmd = factcheck();
    cmd.args(["--json", "--batch", "-"]);
    let o = with_stdin(cmd, &bytes);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        matches!(o.status.code(), Some(0 | 2)),
        "exit {:?}: {err}",
        o.status
    );
    assert!(!err.contains("panicked"), "{err}");
    for line in String::from_utf8(o.stdout).expect("UTF-8 output").lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON");
    }
}

#[test]
fn factcheck_batch_takes_any_bytes_on_stdin() {
    let lines = || {
        prop::collection::vec(
            prop_oneof![
                prop::collection::vec(any::<u8>(), 0..80),
                article_words(10).prop_map(String::into_bytes),
            ],
            0..6,
        )
        .prop_map(|lines| lines.join(&b'\n'))
    };
    property("factcheck --batch", cases(16), lines, batch_of_bytes);
}

// ---------------------------------------------------------------------------------------------
// The documented limits.

/// An error from a binary: exit code 2, nothing on stdout, one line on stderr.
fn assert_one_line_error(o: &Output, must_contain: &[&str]) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "stderr: {err}");
    assert!(
        o.stdout.is_empty(),
        "stdout: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert_eq!(err.lines().count(), 1, "stderr: {err}");
    for m in must_contain {
        assert!(err.contains(m), "{m:?} not in {err:?}");
    }
}

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("factquiz-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// "Rubio met Wi. " repeated to exactly `chars` characters.
fn long_claim(chars: usize) -> String {
    "Rubio met Wi. ".chars().cycle().take(chars).collect()
}

#[test]
fn a_claim_at_the_limit_is_checked_and_one_over_is_an_error() {
    let store = builtin_store();
    assert_eq!(MAX_CLAIM_CHARS, 2_000);
    check(store, &long_claim(MAX_CLAIM_CHARS)).expect("a claim at the limit is checked");
    // Characters, not bytes: 2,000 two-byte letters are within the limit.
    let accented = format!("Rubio met Wi {}", "é".repeat(MAX_CLAIM_CHARS - 13));
    assert_eq!(accented.chars().count(), MAX_CLAIM_CHARS);
    check(store, &accented).expect("the limit counts characters");

    let err = check(store, &long_claim(MAX_CLAIM_CHARS + 1))
        .unwrap_err()
        .to_string();
    assert!(err.contains("2001") && err.contains("2000"), "{err}");
}

#[test]
fn factcheck_rejects_a_claim_over_the_limit_in_one_line() {
    let o = factcheck()
        .arg(long_claim(MAX_CLAIM_CHARS + 1))
        .output()
        .unwrap();
    assert_one_line_error(&o, &["factcheck: error:", "2001", "2000"]);
}

#[test]
fn factcheck_batch_reports_the_long_line_and_answers_the_others() {
    let input = format!(
        "Rubio met Wi\n{}\nPark is foreign minister\n",
        long_claim(2001)
    );
    let mut cmd = factcheck();
    cmd.args(["--json", "--batch", "-"]);
    let o = with_stdin(cmd, input.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("<stdin>:2:") && err.contains("2001"), "{err}");
    let out = String::from_utf8(o.stdout).unwrap();
    let answers: Vec<String> = out
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            match (v.get("verdict"), v.get("error")) {
                (Some(verdict), _) => verdict.as_str().unwrap().to_string(),
                (None, Some(_)) => "error".to_string(),
                (None, None) => panic!("neither verdict nor error: {l}"),
            }
        })
        .collect();
    assert_eq!(answers, ["supported", "error", "refuted"], "{out}");
}

#[test]
fn an_article_over_the_limit_is_an_error() {
    let text = "a".repeat(MAX_ARTICLE_BYTES + 1);
    let err = Article::parse("huge.txt", &text).unwrap_err().to_string();
    assert!(
        err.starts_with("huge.txt: ") && err.contains("limit"),
        "{err}"
    );
}

#[test]
fn factcheck_rejects_an_article_file_over_the_limit_in_one_line() {
    // A sparse file: no disk written, read back as zero bytes (which are valid UTF-8).
    let path = temp_dir().join("huge-article.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_ARTICLE_BYTES as u64 + 1).unwrap();
    drop(file);
    let shown = path.display().to_string();
    let o = factcheck()
        .arg("--article")
        .arg(&path)
        .arg("Rubio met Wi")
        .output()
        .unwrap();
    assert_one_line_error(&o, &["factcheck: error:", &shown, "limit"]);
    let o = factcheck()
        .arg("build")
        .arg(&path)
        .arg("-o")
        .arg(temp_dir().join("huge.store.toml"))
        .output()
        .unwrap();
    assert_one_line_error(&o, &[&shown, "limit"]);
    std::fs::remove_file(&path).unwrap();
}

/// A bank of `n` true/false questions.
fn bank_of(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!("[[question]]\nid = \"q{i}\"\nkind = \"true_false\"\nprompt = \"Claim {i}?\"\nanswer = true\n\n")
        })
        .collect()
}

#[test]
fn a_bank_over_the_limit_is_an_error_naming_the_file_and_count() {
    assert_eq!(MAX_QUESTIONS, 1_000);
    let full = Bank::parse("full.toml", &bank_of(MAX_QUESTIONS)).unwrap();
    assert_eq!(full.questions.len(), MAX_QUESTIONS);
    let err = Bank::parse("big.toml", &bank_of(MAX_QUESTIONS + 1))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("big.toml: 1001 questions") && err.contains("1000"),
        "{err}"
    );
}

#[test]
fn quiz_rejects_a_bank_over_the_limit_in_one_line() {
    let path = temp_dir().join("big-bank.toml");
    std::fs::write(&path, bank_of(MAX_QUESTIONS + 1)).unwrap();
    let shown = path.display().to_string();
    let o = quiz()
        .arg("list")
        .arg("--bank")
        .arg(&path)
        .output()
        .unwrap();
    assert_one_line_error(&o, &["quiz: error:", &shown, "1001 questions", "1000"]);
}

#[test]
fn quiz_import_rejects_a_gift_file_over_the_limit_in_one_line() {
    let gift: String = (0..=MAX_QUESTIONS)
        .map(|i| format!("::Q{i}::Claim {i} is true. {{T}}\n\n"))
        .collect();
    let path = temp_dir().join("big.gift");
    std::fs::write(&path, gift).unwrap();
    let shown = path.display().to_string();
    let o = quiz()
        .arg("import")
        .arg(&path)
        .arg("-o")
        .arg(temp_dir().join("big-import.toml"))
        .output()
        .unwrap();
    assert_one_line_error(&o, &["quiz: error:", &shown, "1001 questions"]);
    assert!(!temp_dir().join("big-import.toml").exists());
}
