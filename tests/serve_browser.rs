//! `quiz serve` in a real browser: headless Chromium driven through WebDriver (Debian's
//! `chromium` and `chromium-driver`) plays a teacher and three students on one server:
//! join (by keyboard alone), answer every kind of question at phone width, watch the
//! dashboard change by itself, export the results from the teacher's page, and check that
//! `quiz report` on the export gives the dashboard's figures. Screenshots go to
//! `$CARGO_TARGET_TMPDIR/serve-screenshots/`.
//!
//! Without chromedriver the test prints a note and passes, unless `QUIZ_BROWSER_TEST=required`
//! (set by `.ci/run`, which installs it): then it fails.

mod serve_support;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use factquiz::quiz::bank::{format_number, Bank, Kind, Question};
use serde_json::{json, Value};
use serve_support::{temp_dir, Server, QUIZ};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn chromedriver() -> Option<PathBuf> {
    let from_env = std::env::var_os("CHROMEDRIVER").map(PathBuf::from);
    from_env
        .into_iter()
        .chain([PathBuf::from("/usr/bin/chromedriver")])
        .find(|p| p.is_file())
}

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// A chromedriver process on a free port, stopped when dropped.
struct Driver {
    child: Child,
    addr: SocketAddr,
}

impl Driver {
    fn start(path: &Path) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let driver = Driver { child, addr };
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if driver
                .call("GET", "/status", None)
                .is_ok_and(|v| v["ready"] == true)
            {
                return driver;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("chromedriver did not answer on {addr}");
    }

    /// One WebDriver command; Err with the driver's message on an error.
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        let mut s = TcpStream::connect(self.addr).map_err(|e| e.to_string())?;
        s.set_read_timeout(Some(Duration::from_secs(90)))
            .map_err(|e| e.to_string())?;
        let body = body.map(Value::to_string).unwrap_or_default();
        let req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.addr,
            body.len()
        );
        s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
        // chromedriver keeps the connection open: read the head, then Content-Length bytes.
        let mut out = Vec::new();
        let mut buf = [0u8; 16 * 1024];
        loop {
            let n = s.read(&mut buf).map_err(|e| e.to_string())?;
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
            if let Some(head_end) = out.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&out[..head_end]).to_lowercase();
                let length = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse::<usize>().ok());
                if length.is_some_and(|len| out.len() >= head_end + 4 + len) {
                    break;
                }
            }
        }
        let reply = serve_support::parse_reply(&out).ok_or("no reply")?;
        let v: Value =
            serde_json::from_str(&reply.body).map_err(|e| format!("{e}: {}", reply.body))?;
        if reply.status >= 400 {
            return Err(v["value"]["message"].to_string());
        }
        Ok(v["value"].clone())
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One browser window (its own Chromium, its own fresh profile).
struct Browser<'a> {
    driver: &'a Driver,
    session: String,
    base: String,
    shots: PathBuf,
}

impl<'a> Browser<'a> {
    fn open(driver: &'a Driver, base: &str, profile: &Path, shots: &Path) -> Browser<'a> {
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            &format!("--user-data-dir={}", profile.display()),
        ];
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium(), "args": args}
        }}});
        let v = driver
            .call("POST", "/session", Some(&caps))
            .expect("a browser session");
        Browser {
            driver,
            session: v["sessionId"].as_str().expect("session id").to_string(),
            base: base.trim_end_matches('/').to_string(),
            shots: shots.to_path_buf(),
        }
    }

    fn cmd(&self, method: &str, path: &str, body: Value) -> Value {
        let path = format!("/session/{}{path}", self.session);
        let body = (method == "POST").then_some(&body);
        self.driver
            .call(method, &path, body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    fn go(&self, path: &str) {
        self.cmd(
            "POST",
            "/url",
            json!({"url": format!("{}{path}", self.base)}),
        );
    }

    fn size(&self, width: u32, height: u32) {
        self.cmd(
            "POST",
            "/window/rect",
            json!({"width": width, "height": height}),
        );
    }

    fn find(&self, css: &str) -> String {
        let v = self.cmd(
            "POST",
            "/element",
            json!({"using": "css selector", "value": css}),
        );
        v[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_string()
    }

    fn click(&self, css: &str) {
        let e = self.find(css);
        self.cmd("POST", &format!("/element/{e}/click"), json!({}));
    }

    fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css);
        self.cmd(
            "POST",
            &format!("/element/{e}/value"),
            json!({"text": text}),
        );
    }

    /// Keys to whatever has the focus, as a keyboard would send them.
    fn keys(&self, text: &str) {
        let active = self.cmd("GET", "/element/active", json!({}));
        let e = active[ELEMENT].as_str().expect("a focused element");
        self.cmd(
            "POST",
            &format!("/element/{e}/value"),
            json!({"text": text}),
        );
    }

    fn script(&self, body: &str, args: Value) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            json!({"script": body, "args": args}),
        )
    }

    fn text(&self, css: &str) -> String {
        self.script(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';",
            json!([css]),
        )
        .as_str()
        .unwrap_or("")
        .to_string()
    }

    fn focused_id(&self) -> String {
        self.script("return document.activeElement.id;", json!([]))
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Waits until `check` holds (the dashboard updates by itself: no reload here).
    fn wait_for(&self, what: &str, check: impl Fn(&Self) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if check(self) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("waited 20 s for {what}");
    }

    fn screenshot(&self, name: &str) {
        let v = self.cmd("GET", "/screenshot", json!({}));
        if let Some(png) = v.as_str().and_then(base64_decode) {
            let _ = std::fs::write(self.shots.join(format!("{name}.png")), png);
        }
    }

    fn delete_cookies(&self) {
        self.cmd("DELETE", "/cookie", json!({}));
    }
}

impl Drop for Browser<'_> {
    /// Ends the session, which stops its Chromium (also when the test fails).
    fn drop(&mut self) {
        let _ = self
            .driver
            .call("DELETE", &format!("/session/{}", self.session), None);
    }
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let bytes: Vec<u8> = s
        .bytes()
        .filter(|&c| c != b'=' && !c.is_ascii_whitespace())
        .collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let keep = chunk.len() - 1;
        out.extend(&n.to_be_bytes()[1..=keep]);
    }
    Some(out)
}

/// Answers the question on screen through the page's own controls, right or wrong, and
/// returns it.
fn answer(b: &Browser, bank: &Bank, right: bool) -> Question {
    let prompt = b.text("h1");
    let q = bank
        .questions
        .iter()
        .find(|q| q.prompt == prompt)
        .unwrap_or_else(|| panic!("no question {prompt:?}"))
        .clone();
    // The id of the control whose label ends with ") text" (or is the text).
    let control_for = |text: &str| -> String {
        b.script(
            "const t = arguments[0];
             const l = [...document.querySelectorAll('label')].find(l =>
               l.textContent === t || l.textContent.endsWith(') ' + t));
             return l ? l.htmlFor : '';",
            json!([text]),
        )
        .as_str()
        .unwrap_or("")
        .to_string()
    };
    let answers = q.answer_texts();
    match q.kind {
        Kind::Choice | Kind::Multi => {
            for c in q.choices.iter().filter(|c| answers.contains(c) == right) {
                b.click(&format!("#{}", control_for(c)));
                if q.kind == Kind::Choice {
                    break;
                }
            }
        }
        Kind::TrueFalse => {
            let truth = q.truth().expect("truth") == right;
            b.click(&format!(
                "#{}",
                control_for(if truth { "True" } else { "False" })
            ));
        }
        Kind::Number => {
            let n = q.number().expect("number");
            b.type_into(
                "#answer",
                &format_number(if right { n } else { n + 1000.0 }),
            );
        }
        Kind::Short | Kind::Cloze => {
            b.type_into("#answer", if right { &answers[0] } else { "zzzz" });
        }
        Kind::Matching => {
            let n = q.pairs.len();
            for i in 0..n {
                let partner = &q.pairs[if right { i } else { (i + 1) % n }][1];
                let value = b
                    .script(
                        "const o = [...document.querySelectorAll('#m' + arguments[0] + ' option')]
                           .find(o => o.textContent.endsWith(') ' + arguments[1]));
                         return o ? o.value : '';",
                        json!([i + 1, partner]),
                    )
                    .as_str()
                    .unwrap_or("")
                    .to_string();
                b.click(&format!("#m{} option[value=\"{value}\"]", i + 1));
            }
        }
    }
    b.click("button[type=submit]");
    q
}

#[test]
fn a_teacher_and_three_students_play_the_quiz_in_headless_chromium() {
    let Some(driver_path) = chromedriver() else {
        if std::env::var("QUIZ_BROWSER_TEST").as_deref() == Ok("required") {
            panic!("chromedriver is missing (/usr/bin/chromedriver or $CHROMEDRIVER) and QUIZ_BROWSER_TEST=required");
        }
        eprintln!(
            "note: skipped the browser test: no chromedriver (apt-get install chromium chromium-driver)"
        );
        return;
    };
    let dir = temp_dir("browser");
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let server = Server::start(&dir, &[]);
    let base = format!("http://{}", server.addr);
    let driver = Driver::start(&driver_path);
    let bank = Bank::builtin().unwrap();

    let teacher = Browser::open(&driver, &base, &dir.join("teacher-profile"), &shots);
    teacher.size(1200, 1000);
    teacher.go(&format!("/teacher?token={}", server.token));
    teacher.wait_for("the dashboard's first update", |t| {
        t.text("#status").contains("0 joined")
    });
    teacher.click("#start");
    teacher.wait_for("the quiz to open", |t| {
        t.text("#status").contains("Quiz open")
    });

    let student = Browser::open(&driver, &base, &dir.join("student-profile"), &shots);
    student.size(390, 844);
    let plan = [("Ana", None), ("Ben", Some(6)), ("Cleo", Some(4))];
    for (name, stop) in plan {
        student.delete_cookies();
        student.go("/");
        // By keyboard alone: the code field has the focus; Tab to the name; Enter joins.
        assert_eq!(student.focused_id(), "code");
        if name == "Ana" {
            student.screenshot("1-join");
        }
        student.keys(&server.join_code);
        student.keys("\u{e004}");
        assert_eq!(student.focused_id(), "name");
        student.keys(name);
        student.keys("\u{e007}");
        student.wait_for("the first question", |s| {
            s.text(".progress").contains("Question 1")
        });
        teacher.wait_for(&format!("{name} on the dashboard"), |t| {
            t.text("#students tbody").contains(name)
        });
        let count = stop.unwrap_or(bank.questions.len());
        for k in 0..count {
            let right = name == "Ana" || (name == "Cleo" && k % 2 == 0);
            let q = answer(&student, &bank, right);
            student.wait_for("the feedback", |s| !s.text(".verdict").is_empty());
            let verdict = student.text(".verdict");
            assert_eq!(
                verdict.starts_with("Right!"),
                right,
                "{name}, {:?} ({}): {verdict}",
                q.id,
                q.kind.label()
            );
            if name == "Ana" && k < 3 {
                student.screenshot(&format!("3-feedback-{}", q.kind.label()));
            }
            // The next step has the focus: Enter goes on.
            assert_eq!(
                student.text(":focus"),
                if k + 1 < bank.questions.len() {
                    "Next question"
                } else {
                    "See your score"
                }
            );
            student.keys("\u{e007}");
            if name == "Ana" && k == 0 {
                student.wait_for("question 2", |s| s.text(".progress").contains("Question 2"));
                student.screenshot("2-question");
            }
        }
        if stop.is_none() {
            student.wait_for("the score", |s| s.text(".score").contains("Score:"));
            assert!(student
                .text(".score")
                .contains(&format!("{0}/{0}", bank.questions.len())));
            student.screenshot("4-score");
        }
    }
    teacher.wait_for("three students with their answers", |t| {
        t.text("#status").contains("3 joined, 1 finished")
            && t.text("#students tbody").contains("7 of 27")
            && t.text("#students tbody").contains("27/27")
    });
    teacher.screenshot("5-dashboard");

    // The teacher's export, fetched by the teacher's page, read by `quiz report`.
    let jsonl = teacher
        .cmd(
            "POST",
            "/execute/async",
            json!({"script": "const done = arguments[arguments.length - 1];
                fetch('/teacher/results.jsonl').then(r => r.text()).then(done);", "args": []}),
        )
        .as_str()
        .unwrap_or("")
        .to_string();
    assert_eq!(jsonl.lines().count(), 3, "{jsonl}");
    let results = dir.join("browser-results.jsonl");
    std::fs::write(&results, &jsonl).unwrap();
    let out = Command::new(QUIZ)
        .arg("report")
        .arg(&results)
        .arg("--items-csv")
        .arg(dir.join("browser-items.csv"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let items = std::fs::read_to_string(dir.join("browser-items.csv")).unwrap();
    // The dashboard's questions table, as the teacher sees it: answered and right per row.
    let dashboard_rows = |teacher: &Browser<'_>| {
        teacher.script(
            "return [...document.querySelectorAll('#questions tbody tr')].map(r =>
               [...r.cells].map(c => c.textContent));",
            json!([]),
        )
    };
    let expected: Vec<(String, String)> = bank
        .questions
        .iter()
        .map(|q| {
            let csv = items
                .lines()
                .find(|l| l.split(',').nth(2) == Some(q.id.as_str()))
                .unwrap_or_else(|| panic!("{} in {items}", q.id));
            let cols: Vec<&str> = csv.split(',').collect();
            (cols[3].to_string(), cols[4].to_string())
        })
        .collect();
    let agrees = |rows: &Value| {
        rows.as_array().is_some_and(|rows| {
            rows.len() == expected.len()
                && rows
                    .iter()
                    .zip(&expected)
                    .all(|(row, (answered, right))| row[1] == **answered && row[2] == **right)
        })
    };
    // The dashboard updates by server-sent events, a moment after the last answer is stored:
    // wait for it to show what the export says, and say what differs if it never does.
    let start = Instant::now();
    while !agrees(&dashboard_rows(&teacher)) && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let rows = dashboard_rows(&teacher);
    let rows = rows.as_array().expect("rows");
    assert_eq!(rows.len(), bank.questions.len());
    for ((q, row), (answered, right)) in bank.questions.iter().zip(rows).zip(&expected) {
        assert_eq!(row[1], **answered, "{}: answered", q.id);
        assert_eq!(row[2], **right, "{}: right", q.id);
    }
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("3 students, 3 attempts"), "{report}");
    drop((teacher, student));
    assert!(!server.stderr().contains("panicked"), "{}", server.stderr());
    eprintln!("screenshots in {}", shots.display());
}

#[test]
fn a_teacher_paced_class_follows_the_teacher_without_reloading_by_hand() {
    let Some(driver_path) = chromedriver() else {
        if std::env::var("QUIZ_BROWSER_TEST").as_deref() == Ok("required") {
            panic!("chromedriver is missing and QUIZ_BROWSER_TEST=required");
        }
        eprintln!("note: skipped the browser test: no chromedriver");
        return;
    };
    let dir = temp_dir("browser-paced");
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let server = Server::start(&dir, &["--teacher-paced"]);
    let base = format!("http://{}", server.addr);
    let driver = Driver::start(&driver_path);
    let bank = Bank::builtin().unwrap();
    let teacher = Browser::open(&driver, &base, &dir.join("teacher-profile"), &shots);
    teacher.size(1200, 1000);
    teacher.go(&format!("/teacher?token={}", server.token));
    teacher.wait_for("the dashboard", |t| {
        t.text("#shown").contains("No question shown")
    });
    let student = Browser::open(&driver, &base, &dir.join("student-profile"), &shots);
    student.size(390, 844);
    student.go("/");
    student.type_into("#code", &server.join_code);
    student.type_into("#name", "Ana");
    student.click("button[type=submit]");
    student.wait_for("the waiting page", |s| s.text("h1").contains("Welcome"));
    // The teacher shows a question with a timer: the student's page follows by itself.
    teacher.type_into("#timer", "120");
    teacher.click("#next");
    teacher.wait_for("question 1 shown", |t| {
        t.text("#shown").contains("question 1 of")
    });
    teacher.wait_for("the teacher's timer counting down", |t| {
        let shown = t.text("#shown");
        shown.contains(" s left)") && !shown.contains("(120 s left)")
    });
    student.wait_for("question 1 on the student's page", |s| {
        s.text(".progress").contains("Question 1 of")
    });
    assert!(
        student.text("#timer").starts_with("Time left:"),
        "{}",
        student.text("#timer")
    );
    answer(&student, &bank, true);
    student.wait_for("the feedback", |s| s.text(".verdict").starts_with("Right!"));
    student.keys("\u{e007}");
    student.wait_for("the waiting page", |s| s.text("h1") == "Answer saved");
    teacher.wait_for("Ana answered", |t| {
        t.text("#students tbody").contains("answered")
    });
    teacher.click("#leaderboard-on");
    student.wait_for("the leaderboard on the student's page", |s| {
        s.text(".leaderboard").contains("Ana")
    });
    student.screenshot("6-paced-leaderboard");
    teacher.click("#next");
    student.wait_for("question 2 by itself", |s| {
        s.text(".progress").contains("Question 2 of")
    });
    teacher.click("#stop");
    student.wait_for("time up by itself", |s| s.text("h1") == "Time is up");
    teacher.screenshot("7-paced-dashboard");
    assert!(!server.stderr().contains("panicked"), "{}", server.stderr());
}
