//! `quiz serve` end to end: the real binary on a free port, driven over HTTP as students and
//! a teacher would: join, answer every kind of question, the dashboard, the exports and
//! `quiz report` on them, a hard kill and restart, and the rules a class relies on.

mod serve_support;

use std::collections::BTreeSet;
use std::process::Command;

use factquiz::quiz::bank::Bank;
use serve_support::{temp_dir, Server, QUIZ};

fn builtin() -> Bank {
    Bank::builtin().expect("built-in bank")
}

#[test]
fn a_class_answers_every_kind_and_quiz_report_on_the_export_agrees_with_the_dashboard() {
    let dir = temp_dir("class");
    let server = Server::start(&dir, &[]);
    let bank = builtin();
    let mut teacher = server.teacher();
    let mut students = [
        server.join("Ana"),
        server.join("Ben Okafor"),
        server.join("Cleo"),
    ];
    // Before the teacher starts, students wait.
    let waiting = students[0].get("/quiz");
    assert!(
        waiting.body.contains("starts when the teacher opens it"),
        "{}",
        waiting.body
    );
    let state = teacher.state();
    assert_eq!(state["joined"], 3);
    assert_eq!(state["state"], "waiting");
    teacher.control("start");
    let total = bank.questions.len();
    let mut kinds = BTreeSet::new();
    for k in 0..total {
        for (s, student) in students.iter_mut().enumerate() {
            // Ana right every time, Ben wrong every time, Cleo right on every other question.
            let right = match s {
                0 => true,
                1 => false,
                _ => k % 2 == 0,
            };
            let (q, _, feedback) = student.answer_shown(&bank, right);
            kinds.insert(q.kind.label());
            assert_eq!(feedback.status, 200, "{}", feedback.body);
            let verdict = if right { "Right!" } else { "Not quite." };
            assert!(
                feedback.body.contains(verdict),
                "{:?} answered {right} but: {}",
                q.id,
                feedback.body
            );
            if let Some(e) = &q.explanation {
                let e = factquiz::quiz::report::html_escape(e);
                assert!(
                    feedback.body.contains(&e),
                    "no explanation: {}",
                    feedback.body
                );
            }
        }
        if k == 2 {
            let state = teacher.state();
            let on: Vec<_> = state["students"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["on"].clone())
                .collect();
            assert_eq!(on, vec![4, 4, 4], "{state}");
        }
    }
    assert_eq!(kinds.len(), 7, "every kind asked: {kinds:?}");
    let end = students[1].get("/quiz");
    assert!(end.body.contains("Score: <strong>0/"), "{}", end.body);
    let end = students[0].get("/quiz");
    assert!(
        end.body
            .contains(&format!("Score: <strong>{total}/{total}")),
        "{}",
        end.body
    );

    let state = teacher.state();
    assert_eq!(state["finished"], 3, "{state}");
    let scores: Vec<u64> = state["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["score"].as_u64().unwrap())
        .collect();
    assert_eq!(scores, vec![total as u64, 0, total.div_ceil(2) as u64]);
    for q in state["questions"].as_array().unwrap() {
        assert_eq!(q["answered"], 3, "{q}");
    }
    // Ben's wrong short answers are the common wrong answers.
    let wrongs = state["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["wrong"].to_string().contains("zzzz"))
        .count();
    assert!(wrongs > 5, "{state}");

    // The export, read by `quiz report`, gives the dashboard's figures.
    let jsonl = teacher.get("/teacher/results.jsonl");
    assert_eq!(jsonl.status, 200);
    assert_eq!(jsonl.body.lines().count(), 3);
    let results = dir.join("results.jsonl");
    std::fs::write(&results, &jsonl.body).unwrap();
    let out = Command::new(QUIZ)
        .arg("report")
        .arg(&results)
        .arg("--csv")
        .arg(dir.join("grades.csv"))
        .arg("--items-csv")
        .arg(dir.join("items.csv"))
        .output()
        .expect("quiz report runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("3 students, 3 attempts"), "{report}");
    let grades = std::fs::read_to_string(dir.join("grades.csv")).unwrap();
    assert_eq!(teacher.get("/teacher/results.csv").body, grades);
    let items = std::fs::read_to_string(dir.join("items.csv")).unwrap();
    assert_eq!(teacher.get("/teacher/items.csv").body, items);
    for q in state["questions"].as_array().unwrap() {
        let id = q["id"].as_str().unwrap();
        let row = items
            .lines()
            .find(|l| l.split(',').nth(2) == Some(id))
            .unwrap_or_else(|| panic!("{id} in {items}"));
        let cols: Vec<&str> = row.split(',').collect();
        assert_eq!(cols[3], q["answered"].to_string(), "{id}: {row}");
        assert_eq!(cols[4], q["right"].to_string(), "{id}: {row}");
    }
    // The report's histogram is the dashboard's distribution.
    let histogram: Vec<u64> = report
        .lines()
        .filter(|l| l.contains("% |"))
        .map(|l| {
            l.rsplit(' ')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        })
        .collect();
    let distribution: Vec<u64> = state["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    assert_eq!(histogram, distribution, "{report}");
    assert!(!server.stderr().contains("panicked"), "{}", server.stderr());
}

#[test]
fn answers_survive_kill_9_and_students_continue_where_they_were() {
    let dir = temp_dir("restart");
    let bank = builtin();
    let mut server = Server::start(&dir, &[]);
    let mut teacher = server.teacher();
    teacher.control("start");
    let mut ana = server.join("Ana");
    let mut ben = server.join("Ben");
    let mut asked = Vec::new();
    for _ in 0..3 {
        asked.push(ana.answer_shown(&bank, true).0.id);
    }
    ben.answer_shown(&bank, false);
    let (code, token) = (server.join_code.clone(), server.token.clone());
    server.kill();

    let server = Server::start(&dir, &[]);
    assert_eq!(server.join_code, code, "the same join code after a restart");
    assert_eq!(server.token, token, "the same teacher link after a restart");
    assert!(
        server.stdout.contains("2 students have joined"),
        "{}",
        server.stdout
    );
    // The students' cookies still work, on the new port.
    ana.addr = server.addr;
    ben.addr = server.addr;
    teacher.addr = server.addr;
    let page = ana.get("/quiz");
    assert!(page.body.contains("Question 4 of"), "{}", page.body);
    let page = ben.get("/quiz");
    assert!(page.body.contains("Question 2 of"), "{}", page.body);
    let again = ana.get("/feedback/3");
    assert!(again.body.contains("Right!"), "{}", again.body);
    let state = teacher.state();
    assert_eq!(state["state"], "open");
    assert_eq!(state["students"][0]["answered"], 3, "{state}");
    assert_eq!(state["students"][1]["answered"], 1, "{state}");
    let jsonl = teacher.get("/teacher/results.jsonl").body;
    for id in &asked {
        assert!(
            jsonl.contains(&format!("\"id\":\"{id}\"")),
            "{id} in {jsonl}"
        );
    }
    // Answering goes on.
    ana.answer_shown(&bank, true);
    assert_eq!(teacher.state()["students"][0]["answered"], 4);
}

#[test]
fn answering_twice_counts_once_and_two_students_cannot_take_one_name() {
    let dir = temp_dir("once");
    let bank = builtin();
    let server = Server::start(&dir, &[]);
    server.teacher().control("start");
    let mut ana = server.join("Ana Lee");
    let page = ana.get("/quiz");
    let csrf = page.csrf();
    let q = serve_support::shown_question(&bank, &page.body).clone();
    let wrong = serve_support::answer_fields(&q, &page.body, false);
    let right = serve_support::answer_fields(&q, &page.body, true);
    let post = |b: &mut serve_support::Browser, fields: &[(String, String)]| {
        let mut all = vec![("csrf", csrf.as_str()), ("position", "0")];
        all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        b.post("/answer", &all)
    };
    assert_eq!(post(&mut ana, &wrong).status, 303);
    let second = post(&mut ana, &right);
    assert_eq!(second.status, 303);
    assert_eq!(second.header("location"), Some("/feedback/1"));
    let feedback = ana.get("/feedback/1");
    assert!(
        feedback.body.contains("Not quite."),
        "the first answer stands"
    );
    let state = server.teacher().state();
    assert_eq!(state["students"][0]["answered"], 1);
    assert_eq!(state["students"][0]["score"], 0);
    // A later position cannot be answered before the current one.
    let mut all = vec![("csrf", csrf.as_str()), ("position", "5")];
    all.extend(right.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let skip = ana.post("/answer", &all);
    assert_eq!(skip.header("location"), Some("/quiz"));
    assert_eq!(server.teacher().state()["students"][0]["answered"], 1);

    let mut other = server.browser();
    let taken = other.join(&server.join_code, "  ana   LEE ");
    assert_eq!(taken.status, 422);
    assert!(
        taken.body.contains("already has that name"),
        "{}",
        taken.body
    );
    assert!(!other.cookies.contains_key("sid"));
    let wrong_code = other.join("ZZZZZZ", "Ben");
    assert_eq!(wrong_code.status, 422);
    assert!(wrong_code.body.contains("join code"), "{}", wrong_code.body);
    let long = other.join(&server.join_code, &"x".repeat(41));
    assert_eq!(long.status, 422);
    let empty = other.join(&server.join_code, "   ");
    assert_eq!(empty.status, 422);
    // The join code is read whatever its case.
    let lower = other.join(&server.join_code.to_lowercase(), "Ben");
    assert_eq!(lower.status, 303);
}

#[test]
fn cookies_are_http_only_and_same_site_strict_and_forms_need_their_token() {
    let dir = temp_dir("cookies");
    let server = Server::start(&dir, &[]);
    let mut b = server.browser();
    let page = b.get("/");
    let jc = page.header("set-cookie").expect("a form cookie");
    assert!(
        jc.contains("HttpOnly") && jc.contains("SameSite=Strict"),
        "{jc}"
    );
    let joined = b.join(&server.join_code, "Ana");
    let sid = joined.header("set-cookie").expect("a session cookie");
    assert!(sid.starts_with("sid="), "{sid}");
    assert!(
        sid.contains("HttpOnly") && sid.contains("SameSite=Strict"),
        "{sid}"
    );
    let t = server
        .browser()
        .get(&format!("/teacher?token={}", server.token));
    let tid = t.header("set-cookie").expect("a teacher cookie");
    assert!(
        tid.contains("HttpOnly") && tid.contains("SameSite=Strict"),
        "{tid}"
    );
    assert!(t.header("content-security-policy").is_some());

    // A cross-site form has neither the cookie nor the token.
    let mut stranger = server.browser();
    let r = stranger.post(
        "/join",
        &[
            ("csrf", "0123456789abcdef0123456789abcdef"),
            ("code", &server.join_code),
            ("name", "Eve"),
        ],
    );
    assert_eq!(r.status, 403, "{}", r.body);
    server.teacher().control("start");
    let r = b.post(
        "/answer",
        &[("csrf", "nope"), ("position", "0"), ("answer", "A")],
    );
    assert_eq!(r.status, 403, "{}", r.body);
    let mut teacher = server.teacher();
    let r = teacher.post("/teacher/control", &[("csrf", "nope"), ("action", "close")]);
    assert_eq!(r.status, 403, "{}", r.body);
    assert_eq!(teacher.state()["state"], "open");
}

#[test]
fn teacher_routes_need_the_token() {
    let dir = temp_dir("token");
    let server = Server::start(&dir, &[]);
    let mut student = server.join("Ana");
    for path in [
        "/teacher",
        "/teacher?token=0123",
        "/teacher/state.json",
        "/teacher/events",
        "/teacher/results.jsonl",
        "/teacher/results.csv",
        "/teacher/items.csv",
    ] {
        let r = student.get(path);
        assert_eq!(r.status, 403, "{path}: {}", r.body);
    }
    let r = student.post("/teacher/control", &[("csrf", "x"), ("action", "start")]);
    assert_eq!(r.status, 403);
    let mut wrong = server.browser();
    wrong
        .cookies
        .insert("tid".into(), "0".repeat(server.token.len()));
    assert_eq!(wrong.get("/teacher/state.json").status, 403);
}

#[test]
fn pause_hides_the_questions_and_close_shows_the_score() {
    let dir = temp_dir("pause");
    let bank = builtin();
    let server = Server::start(&dir, &[]);
    let mut teacher = server.teacher();
    teacher.control("start");
    let mut ana = server.join("Ana");
    ana.answer_shown(&bank, true);
    teacher.control("pause");
    let page = ana.get("/quiz");
    assert!(page.body.contains("paused"), "{}", page.body);
    assert!(!page.body.contains("name=\"position\""), "{}", page.body);
    teacher.control("start");
    assert!(ana.get("/quiz").body.contains("Question 2 of"));
    teacher.control("close");
    let page = ana.get("/quiz");
    assert!(page.body.contains("Score: <strong>1/"), "{}", page.body);
    assert!(page.body.contains("answered 1 of"), "{}", page.body);
    let late = server.browser().join(&server.join_code, "Ben");
    assert_eq!(late.status, 422);
    assert!(late.body.contains("closed"), "{}", late.body);
}

#[test]
fn the_dashboard_streams_its_state_as_server_sent_events() {
    use std::io::{BufRead, BufReader, Write};
    let dir = temp_dir("events");
    let server = Server::start(&dir, &[]);
    let mut stream = std::net::TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /teacher/events HTTP/1.0\r\nHost: x\r\nCookie: tid={}\r\n\r\n",
        server.token
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let mut next_data = || -> serde_json::Value {
        loop {
            let mut line = String::new();
            assert!(reader.read_line(&mut line).unwrap() > 0, "stream ended");
            if let Some(d) = line.strip_prefix("data: ") {
                return serde_json::from_str(d.trim()).expect("JSON event");
            }
        }
    };
    let first = next_data();
    assert_eq!(first["joined"], 0);
    let _ana = server.join("Ana");
    let second = next_data();
    assert_eq!(second["joined"], 1);
    assert_eq!(second["students"][0]["name"], "Ana");
}

#[test]
fn a_database_of_another_bank_and_a_busy_port_are_one_line_errors() {
    let dir = temp_dir("errors");
    let server = Server::start(&dir, &[]);
    let port = server.addr.port().to_string();
    let busy = Command::new(QUIZ)
        .args(["serve", "--port", &port, "--db"])
        .arg(dir.join("other.db"))
        .output()
        .unwrap();
    assert_eq!(busy.status.code(), Some(2));
    let err = String::from_utf8_lossy(&busy.stderr);
    assert!(
        err.starts_with("quiz: error: 127.0.0.1:") && err.lines().count() == 1,
        "{err}"
    );
    drop(server);
    let other = Command::new(QUIZ)
        .args(["serve", "--port", "0", "--bank"])
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/every-kind.toml"
        ))
        .arg("--db")
        .arg(dir.join("classroom.db"))
        .output()
        .unwrap();
    assert_eq!(other.status.code(), Some(2));
    let err = String::from_utf8_lossy(&other.stderr);
    assert!(
        err.contains("another question bank") && err.lines().count() == 1,
        "{err}"
    );
    let folder = Command::new(QUIZ)
        .args(["serve", "--port", "0", "--db"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(folder.status.code(), Some(2));
    let err = String::from_utf8_lossy(&folder.stderr);
    assert!(
        err.contains("is a folder") && err.lines().count() == 1,
        "{err}"
    );
}

#[test]
fn teacher_paced_everyone_answers_the_question_the_teacher_shows() {
    let dir = temp_dir("paced");
    let bank = builtin();
    let mut server = Server::start(&dir, &["--teacher-paced"]);
    assert!(server.stdout.contains("Teacher-paced"), "{}", server.stdout);
    let mut teacher = server.teacher();
    let mut ana = server.join("Ana");
    let mut ben = server.join("Ben");
    teacher.control("start");
    let page = ana.get("/quiz");
    assert!(
        page.body.contains("starts when the teacher"),
        "{}",
        page.body
    );
    assert!(page.body.contains("/assets/student.js"), "{}", page.body);
    let version = |b: &mut serve_support::Browser| {
        let r = b.get("/status");
        assert_eq!(r.status, 200);
        r.body
    };
    let before = version(&mut ana);
    teacher.control("next");
    assert_ne!(
        version(&mut ana),
        before,
        "the students' pages follow the teacher"
    );
    // Both see the same question, in the same order of choices.
    let (a, b) = (ana.get("/quiz").body, ben.get("/quiz").body);
    assert_eq!(serve_support::heading(&a), serve_support::heading(&b));
    assert_eq!(serve_support::options(&a), serve_support::options(&b));
    let state = teacher.state();
    assert_eq!(state["shown"][0], 1, "{state}");
    ana.answer_shown(&bank, true);
    let waiting = ana.get("/quiz");
    assert!(waiting.body.contains("Answer saved"), "{}", waiting.body);
    assert_eq!(teacher.state()["students"][1]["on"], 1);
    // The teacher stops answers: Ben's late answer is not recorded.
    let late_page = ben.get("/quiz");
    teacher.control("stop");
    let up = ben.get("/quiz");
    assert!(up.body.contains("Time is up"), "{}", up.body);
    let q = serve_support::shown_question(&bank, &late_page.body);
    let mut fields = vec![
        ("csrf".to_string(), late_page.csrf()),
        ("position".to_string(), "0".to_string()),
    ];
    fields.extend(serve_support::answer_fields(q, &late_page.body, true));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let late = ben.post("/answer", &borrowed);
    assert_eq!(late.header("location"), Some("/quiz"));
    assert_eq!(teacher.state()["students"][1]["answered"], 0);

    // The next question with a timer of one second: an answer after it (and the grace) is late.
    let page = teacher.get("/teacher");
    let csrf = page.csrf();
    let r = teacher.post(
        "/teacher/control",
        &[("csrf", &csrf), ("action", "next"), ("timer", "1")],
    );
    assert_eq!(r.status, 303);
    let question = ben.get("/quiz");
    assert!(question.body.contains("id=\"timer\""), "{}", question.body);
    assert!(question.body.contains("Question 2 of"), "{}", question.body);
    std::thread::sleep(std::time::Duration::from_millis(4200));
    assert!(ben.get("/quiz").body.contains("Time is up"));
    let r = teacher.post(
        "/teacher/control",
        &[("csrf", &csrf), ("action", "next"), ("timer", "x")],
    );
    assert_eq!(r.status, 400);

    // Question 3, answered by both; the leaderboard, shown then hidden.
    teacher.control("next");
    ana.answer_shown(&bank, true);
    ben.answer_shown(&bank, false);
    teacher.control("leaderboard-on");
    let board = ben.get("/quiz").body;
    assert!(board.contains("Leaderboard"), "{board}");
    let (ana_at, ben_at) = (board.find("<td>Ana</td>"), board.find("<td>Ben</td>"));
    assert!(ana_at.is_some() && ana_at < ben_at, "{board}");
    teacher.control("leaderboard-off");
    assert!(!ben.get("/quiz").body.contains("Leaderboard"));

    // A restart keeps the question shown.
    server.kill();
    let server = Server::start(&dir, &[]);
    assert!(server.stdout.contains("Teacher-paced"), "{}", server.stdout);
    for b in [&mut ana, &mut ben, &mut teacher] {
        b.addr = server.addr;
    }
    assert_eq!(teacher.state()["shown"][0], 3);
    assert!(ana.get("/quiz").body.contains("Answer saved"));
    teacher.control("close");
    let end = ana.get("/quiz");
    assert!(end.body.contains("Score: <strong>2/"), "{}", end.body);
    let jsonl = teacher.get("/teacher/results.jsonl").body;
    assert_eq!(jsonl.lines().count(), 2, "{jsonl}");
    // A self-paced session cannot be restarted teacher-paced.
    drop(server);
    let self_db = temp_dir("paced-self");
    drop(Server::start(&self_db, &[]));
    let refused = Command::new(QUIZ)
        .args(["serve", "--port", "0", "--teacher-paced", "--db"])
        .arg(self_db.join("classroom.db"))
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("this session is self-paced") && err.lines().count() == 1,
        "{err}"
    );
}

#[test]
fn every_acknowledged_answer_survives_a_kill_9_in_the_middle_of_a_class_answering() {
    use std::sync::{Arc, Mutex};
    let dir = temp_dir("load-kill");
    let bank = Arc::new(builtin());
    let mut server = Server::start(&dir, &[]);
    server.teacher().control("start");
    let acked = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let students: Vec<_> = (0..40)
        .map(|s| (format!("Student {s}"), server.join(&format!("Student {s}"))))
        .collect();
    let threads: Vec<_> = students
        .into_iter()
        .map(|(name, mut b)| {
            let (acked, bank) = (acked.clone(), bank.clone());
            std::thread::spawn(move || loop {
                let Some(page) = b.try_request("GET", "/quiz", None) else {
                    return;
                };
                let (Some(csrf), Some(position)) = (
                    serve_support::hidden(&page.body, "csrf"),
                    serve_support::hidden(&page.body, "position"),
                ) else {
                    return;
                };
                let q = serve_support::shown_question(&bank, &page.body);
                let mut fields = vec![
                    ("csrf".to_string(), csrf),
                    ("position".to_string(), position),
                ];
                fields.extend(serve_support::answer_fields(q, &page.body, true));
                let borrowed: Vec<(&str, &str)> = fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let body = serve_support::form(&borrowed);
                match b.try_request("POST", "/answer", Some(&body)) {
                    Some(r) if r.status == 303 => {
                        acked.lock().unwrap().push((name.clone(), q.id.clone()))
                    }
                    _ => return,
                }
            })
        })
        .collect();
    let start = std::time::Instant::now();
    while acked.lock().unwrap().len() < 150 && start.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    server.kill();
    for t in threads {
        t.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 150, "{}", acked.len());
    let server = Server::start(&dir, &[]);
    let export = server.teacher().get("/teacher/results.jsonl").body;
    let mut stored = BTreeSet::new();
    for line in export.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for q in v["questions"].as_array().unwrap() {
            stored.insert((
                v["student"].as_str().unwrap().to_string(),
                q["id"].as_str().unwrap().to_string(),
            ));
        }
    }
    let lost: Vec<_> = acked.iter().filter(|a| !stored.contains(*a)).collect();
    assert!(
        lost.is_empty(),
        "acknowledged but lost after kill -9: {lost:?}"
    );
    eprintln!(
        "{} acknowledged before the kill, {} stored",
        acked.len(),
        stored.len()
    );
}

#[test]
fn the_join_link_of_the_qr_code_fills_the_code_in() {
    let dir = temp_dir("qr");
    let server = Server::start(&dir, &[]);
    let mut b = server.browser();
    let page = b.get(&format!("/?code={}", server.join_code));
    assert!(
        page.body
            .contains(&format!("value=\"{}\"", server.join_code)),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("autocomplete=\"name\" value=\"\" autofocus"),
        "{}",
        page.body
    );
    let odd = b.get("/?code=%3Cscript%3E");
    assert!(!odd.body.contains("<script>"), "{}", odd.body);
}
