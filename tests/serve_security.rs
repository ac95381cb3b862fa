//! `quiz serve` against a curious or hostile client: no route gives a question's answer away
//! before it is answered, and no bytes, path or body sent to any route make the server panic
//! or stop.

mod serve_support;

use factquiz::quiz::bank::{format_number, Bank, Kind, Question};
use factquiz::quiz::grade::Shown;
use factquiz::quiz::session;
use factquiz::store::FactStore;
use serve_support::{parse_reply, raw, temp_dir, Browser, Server};

/// Every route a student's browser can fetch, whatever the state, except the feedback of
/// questions already answered (which rightly shows their answers).
fn student_routes(answered: usize, total: usize) -> Vec<String> {
    let mut paths: Vec<String> = [
        "/",
        "/quiz",
        "/feedback/0",
        "/feedback/x",
        "/feedback/99999999999999999999",
        "/status",
        "/assets/style.css",
        "/assets/dashboard.js",
        "/assets/student.js",
        "/teacher",
        "/teacher/state.json",
        "/teacher/events",
        "/teacher/results.jsonl",
        "/teacher/results.csv",
        "/teacher/items.csv",
        "/no/such/page",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    paths.extend((answered + 1..=total + 1).map(|n| format!("/feedback/{n}")));
    paths
}

/// A word-bounded, case-blind search (so that the answer "9" is not found in "19").
fn mentions(haystack: &str, needle: &str) -> bool {
    let h = haystack.to_lowercase();
    let n = needle.to_lowercase();
    let bounded = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    h.match_indices(&n).any(|(i, _)| {
        bounded(h[..i].chars().next_back()) && bounded(h[i + n.len()..].chars().next())
    })
}

/// The visible text of a page: its tags removed.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    serve_support::unescape(&out)
}

/// What would give `q` away: its evidence, its explanation, and for typed answers the answer
/// itself unless the prompt already says it.
fn secrets(q: &Question, store: &FactStore) -> Vec<String> {
    let mut s: Vec<String> = session::evidence(q, store)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    s.extend(q.explanation.clone());
    s.push(q.evidence.clone());
    s.retain(|t| !t.trim().is_empty());
    s
}

fn typed_answers(q: &Question) -> Vec<String> {
    let answers = match q.kind {
        Kind::Number => q.number().map(format_number).into_iter().collect(),
        Kind::Short | Kind::Cloze => q.answer_texts(),
        _ => Vec::new(),
    };
    answers
        .into_iter()
        .filter(|a| !mentions(&q.prompt, a))
        .collect()
}

#[test]
fn no_route_gives_an_answer_away_before_it_is_answered() {
    let dir = temp_dir("key");
    let server = Server::start(&dir, &[]);
    let bank = Bank::builtin().unwrap();
    let store = bank.load_store().unwrap();
    let total = bank.questions.len();
    let mut ana = server.join("Ana");
    server.teacher().control("start");
    let mut checked_pages = 0;
    for answered in 0..total {
        let quiz = ana.get("/quiz");
        let current = serve_support::shown_question(&bank, &quiz.body).clone();
        let unanswered: Vec<&Question> = {
            // The questions still ahead: those whose prompt no feedback page has shown yet.
            let done: Vec<String> = (1..=answered)
                .map(|n| serve_support::heading(&ana.get(&format!("/feedback/{n}")).body))
                .collect();
            bank.questions
                .iter()
                .filter(|q| !done.contains(&q.prompt))
                .collect()
        };
        assert_eq!(unanswered.len(), total - answered);
        let mut pages = Vec::new();
        for path in student_routes(answered, total) {
            let r = ana.get(&path);
            pages.push((path, format!("{:?}\n{}", r.headers, r.body)));
        }
        // And what a stranger without a session sees.
        let mut stranger = server.browser();
        for path in student_routes(0, total) {
            let r = stranger.get(&path);
            pages.push((format!("stranger {path}"), r.body));
        }
        for (path, page) in &pages {
            checked_pages += 1;
            assert!(!page.contains("\"correct\""), "{path} has a grade: {page}");
            assert!(
                !page.contains(" checked"),
                "{path} has a choice made: {page}"
            );
            assert!(
                !page.contains(" selected"),
                "{path} has a match made: {page}"
            );
            for q in &unanswered {
                for secret in secrets(q, &store) {
                    assert!(
                        !page.contains(&secret)
                            && !page.contains(&factquiz::quiz::report::html_escape(&secret)),
                        "{path} gives away {:?} before it is answered: {secret:?}",
                        q.id
                    );
                }
            }
        }
        // The question on screen: none of its accepted answers in the page's text.
        // (Less the progress line: "Question 3 of 27" does not answer "3".)
        let text = text_of(&quiz.body);
        let text = text.split_once("point").map_or(text.as_str(), |(_, t)| t);
        for a in typed_answers(&current) {
            assert!(!mentions(text, &a), "/quiz shows the answer {a:?}: {text}");
        }
        if current.kind == Kind::Matching {
            // In the student's order the right column is shuffled: the pairs are not in line.
            let expected =
                factquiz::quiz::grade::expected_text(&current, &Shown::as_written(&current));
            assert!(!quiz.body.contains(&expected));
        }
        ana.answer_shown(&bank, answered % 3 != 0);
    }
    assert!(checked_pages > 27 * 40, "{checked_pages}");
}

/// A small deterministic generator: the same inputs on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let n = self.below(max + 1);
        (0..n).map(|_| self.next() as u8).collect()
    }

    fn text(&mut self, max: usize) -> String {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "0",
            "9",
            "%",
            "%00",
            "%ff",
            "%zz",
            "&",
            "=",
            "+",
            "/",
            "..",
            "?",
            "#",
            ";",
            " ",
            "\u{e9}",
            "\u{1f600}",
            "<script>",
            "\"",
            "'",
            "\\",
            "-1",
            "1-b",
            "99999999999999999999",
            "A",
            "true",
            "\u{0}",
            "\r\n",
            "csrf",
            "answer",
            "pick",
            "position",
            "m1",
            "token",
            "sid",
            "name",
            "code",
        ];
        let n = self.below(max + 1);
        (0..n).map(|_| PIECES[self.below(PIECES.len())]).collect()
    }
}

#[test]
fn random_bytes_paths_and_bodies_never_crash_the_server() {
    fuzz("fuzz", &[]);
}

#[test]
fn random_bytes_paths_and_bodies_never_crash_a_teacher_paced_server() {
    fuzz("fuzz-paced", &["--teacher-paced"]);
}

fn fuzz(name: &str, extra: &[&str]) {
    let dir = temp_dir(name);
    let mut server = Server::start(&dir, extra);
    let bank = Bank::builtin().unwrap();
    let mut teacher = server.teacher();
    teacher.control("start");
    if !extra.is_empty() {
        teacher.control("next");
    }
    let mut ana = server.join("Ana");
    let student_csrf = ana.get("/quiz").csrf();
    ana.answer_shown(&bank, true);
    let teacher_csrf = teacher.get("/teacher").csrf();
    let routes = [
        "/",
        "/join",
        "/quiz",
        "/status",
        "/answer",
        "/feedback/1",
        "/feedback/2",
        "/teacher",
        "/teacher/control",
        "/teacher/state.json",
        "/teacher/results.jsonl",
        "/teacher/results.csv",
        "/teacher/items.csv",
        "/assets/style.css",
    ];
    let methods = [
        "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "BREW", "",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut statuses = std::collections::BTreeMap::new();
    for round in 0..1500 {
        let request: Vec<u8> = match round % 5 {
            // Pure noise.
            0 => rng.bytes(600),
            // A request line and headers of noise.
            1 => {
                let mut r = format!(
                    "{} /{} HTTP/1.1\r\nHost: x\r\n",
                    rng.pick(&methods),
                    rng.text(12)
                )
                .into_bytes();
                r.extend(rng.bytes(200));
                r.extend(b"\r\n\r\n");
                r
            }
            // A well-formed request with a random form body, as the student or the teacher.
            _ => {
                let path = rng.pick(&routes);
                let mut fields = Vec::new();
                for _ in 0..rng.below(8) {
                    let key = rng.pick(&[
                        "csrf", "answer", "pick", "position", "m1", "m2", "m3", "action", "name",
                        "code", "token",
                    ]);
                    let value = match rng.below(6) {
                        0 => student_csrf.clone(),
                        1 => teacher_csrf.clone(),
                        2 => rng.below(40).to_string(),
                        3 => rng
                            .pick(&["start", "pause", "close", "A", "b", "true"])
                            .to_string(),
                        _ => rng.text(20),
                    };
                    fields.push(format!("{key}={value}"));
                }
                let body = if rng.below(8) == 0 {
                    String::from_utf8_lossy(&rng.bytes(300)).into_owned()
                } else {
                    fields.join("&")
                };
                let cookie = match rng.below(4) {
                    0 => String::new(),
                    1 => format!("Cookie: sid={}\r\n", ana.cookies["sid"]),
                    2 => format!("Cookie: tid={}\r\n", server.token),
                    _ => format!("Cookie: {}\r\n", rng.text(10)),
                };
                let content_type = rng.pick(&[
                    "application/x-www-form-urlencoded",
                    "application/json",
                    "text/plain",
                    "multipart/form-data; boundary=x",
                    "",
                ]);
                let suffix = if rng.below(3) == 0 {
                    format!("?{}", rng.text(10))
                } else {
                    String::new()
                };
                format!(
                    "{} {path}{suffix} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{cookie}\
                     Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
                    rng.pick(&["GET", "POST", "POST", "POST"]),
                    body.len()
                )
                .into_bytes()
            }
        };
        let reply = raw(server.addr, &request, round % 2 == 0);
        if let Some(r) = parse_reply(&reply) {
            *statuses.entry(r.status).or_insert(0) += 1;
            assert!(
                r.status < 500,
                "{} for {:?}",
                r.status,
                String::from_utf8_lossy(&request)
            );
        }
    }
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "the server is still running"
    );
    // Still serving, and the class's state is whole.
    assert_eq!(server.browser().get("/").status, 200);
    let state = teacher.state();
    assert_eq!(state["students"][0]["name"], "Ana", "{state}");
    let stderr = server.stderr();
    assert!(!stderr.contains("panicked"), "{stderr}");
    eprintln!("statuses: {statuses:?}");
    assert!(statuses.len() > 4, "{statuses:?}");
    server.kill();
}

#[test]
fn inputs_over_their_limits_are_refused() {
    let dir = temp_dir("limits");
    let server = Server::start(&dir, &[]);
    server.teacher().control("start");
    let mut ana = server.join("Ana");
    let csrf = ana.get("/quiz").csrf();
    let big = "x".repeat(20 * 1024);
    let r = ana.post(
        "/answer",
        &[("csrf", &csrf), ("position", "0"), ("answer", &big)],
    );
    assert_eq!(r.status, 413, "{}", r.body);
    let long = "x".repeat(2001);
    let r = ana.post(
        "/answer",
        &[("csrf", &csrf), ("position", "0"), ("answer", &long)],
    );
    assert_eq!(r.status, 400, "{}", r.body);
    let many: Vec<(&str, &str)> = std::iter::repeat_n(("pick", "A"), 100).collect();
    let r = ana.post("/answer", &many);
    assert_eq!(r.status, 400, "{}", r.body);
    let mut b = Browser {
        addr: server.addr,
        cookies: Default::default(),
    };
    let r = b.get(&format!("/{}", "a".repeat(100_000)));
    assert!(
        r.status == 404 || r.status == 414 || r.status == 431,
        "{}",
        r.status
    );
    assert_eq!(server.teacher().state()["students"][0]["answered"], 0);
}
