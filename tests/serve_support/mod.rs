//! A harness for `quiz serve` tests: starts the real binary on a free port with its own
//! database, and talks HTTP to it over a plain TCP stream (HTTP/1.0, one request per
//! connection), keeping cookies like a browser.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use factquiz::quiz::bank::{format_number, Bank, Kind, Question};

/// The `quiz` binary cargo built for the tests (empty in an example: see [`quiz_binary`]).
pub const QUIZ: &str = match option_env!("CARGO_BIN_EXE_quiz") {
    Some(p) => p,
    None => "",
};

/// The `quiz` binary: the tests' own, or the one beside an example's folder
/// (target/release/examples/x -> target/release/quiz).
pub fn quiz_binary() -> PathBuf {
    if !QUIZ.is_empty() {
        return PathBuf::from(QUIZ);
    }
    let exe = std::env::current_exe().expect("the running program's path");
    exe.parent()
        .and_then(Path::parent)
        .map(|d| d.join("quiz"))
        .expect("target/<profile>/quiz")
}

/// A fresh, empty folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quiz-serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A running `quiz serve`, killed (SIGKILL) when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub join_code: String,
    pub token: String,
    pub stdout: String,
    pub stderr_path: PathBuf,
}

impl Server {
    /// Starts `quiz serve --port 0 --db DIR/classroom.db` (plus `extra` arguments) and reads
    /// the addresses it prints.
    pub fn start(dir: &Path, extra: &[&str]) -> Server {
        let stderr_path = dir.join(format!("stderr-{}.txt", std::process::id()));
        let stderr = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&stderr_path)
            .expect("stderr file");
        let mut child = Command::new(quiz_binary())
            .args(["serve", "--port", "0", "--db"])
            .arg(dir.join("classroom.db"))
            .args(extra)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("quiz serve starts");
        let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
        let mut stdout = String::new();
        while !stdout.contains("Press Ctrl-C") {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                let _ = child.kill();
                let err = std::fs::read_to_string(&stderr_path).unwrap_or_default();
                panic!("quiz serve stopped before it was ready: {stdout}{err}");
            }
            stdout.push_str(&line);
        }
        let field = |after: &str| -> String {
            let at = stdout.find(after).expect(after) + after.len();
            stdout[at..]
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("")
                .to_string()
        };
        let addr: SocketAddr = field("http://").parse().expect("address");
        let join_code = field("join code ");
        let token = field("token=");
        Server {
            child,
            addr,
            join_code,
            token,
            stdout,
            stderr_path,
        }
    }

    pub fn browser(&self) -> Browser {
        Browser {
            addr: self.addr,
            cookies: BTreeMap::new(),
        }
    }

    /// A browser that opened the teacher's link.
    pub fn teacher(&self) -> Browser {
        let mut b = self.browser();
        let r = b.get(&format!("/teacher?token={}", self.token));
        assert_eq!(r.status, 200, "{}", r.body);
        b
    }

    /// A student who joined under `name`.
    pub fn join(&self, name: &str) -> Browser {
        let mut b = self.browser();
        let r = b.join(&self.join_code, name);
        assert_eq!(r.status, 303, "join {name}: {}", r.body);
        b
    }

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr_path).unwrap_or_default()
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// One response.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The value of `<input type="hidden" name="csrf" value="...">`.
    pub fn csrf(&self) -> String {
        hidden(&self.body, "csrf").expect("a form token in the page")
    }
}

/// The value of the first hidden field `name` in a page.
pub fn hidden(body: &str, name: &str) -> Option<String> {
    let key = format!("name=\"{name}\" value=\"");
    let at = body.find(&key)? + key.len();
    Some(body[at..].split('"').next()?.to_string())
}

/// Sends raw bytes and returns whatever comes back before the server closes the connection
/// (empty on a timeout or a reset). `half_close` also ends the sending side at once, which a
/// server takes as the client leaving.
pub fn raw(addr: SocketAddr, bytes: &[u8], half_close: bool) -> Vec<u8> {
    let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(5)) else {
        return Vec::new();
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = s.write_all(bytes);
    if half_close {
        let _ = s.shutdown(std::net::Shutdown::Write);
    }
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    out
}

pub fn parse_reply(bytes: &[u8]) -> Option<Reply> {
    let text = String::from_utf8_lossy(bytes);
    let (head, body) = text.split_once("\r\n\r\n")?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some(Reply {
        status,
        headers,
        body: body.to_string(),
    })
}

pub fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A client that keeps the cookies it is given.
#[derive(Clone)]
pub struct Browser {
    pub addr: SocketAddr,
    pub cookies: BTreeMap<String, String>,
}

impl Browser {
    pub fn request(&mut self, method: &str, path: &str, body: Option<&str>) -> Reply {
        self.try_request(method, path, body)
            .unwrap_or_else(|| panic!("{method} {path}: no HTTP reply"))
    }

    /// The reply, none when the server sent none (gone, or the connection reset).
    pub fn try_request(&mut self, method: &str, path: &str, body: Option<&str>) -> Option<Reply> {
        let cookies = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let mut req = format!("{method} {path} HTTP/1.0\r\nHost: {}\r\n", self.addr);
        if !cookies.is_empty() {
            req.push_str(&format!("Cookie: {cookies}\r\n"));
        }
        if let Some(b) = body {
            req.push_str(&format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                b.len()
            ));
        }
        req.push_str("\r\n");
        if let Some(b) = body {
            req.push_str(b);
        }
        let bytes = raw(self.addr, req.as_bytes(), false);
        let reply = parse_reply(&bytes)?;
        for (k, v) in &reply.headers {
            if k.eq_ignore_ascii_case("set-cookie") {
                if let Some((name, rest)) = v.split_once('=') {
                    let value = rest.split(';').next().unwrap_or("");
                    self.cookies.insert(name.to_string(), value.to_string());
                }
            }
        }
        Some(reply)
    }

    pub fn get(&mut self, path: &str) -> Reply {
        self.request("GET", path, None)
    }

    pub fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.request("POST", path, Some(&form(fields)))
    }

    pub fn join(&mut self, code: &str, name: &str) -> Reply {
        let page = self.get("/");
        let csrf = page.csrf();
        self.post("/join", &[("csrf", &csrf), ("code", code), ("name", name)])
    }

    /// The teacher presses a control: start, pause or close.
    pub fn control(&mut self, action: &str) -> Reply {
        let page = self.get("/teacher");
        let csrf = page.csrf();
        let r = self.post("/teacher/control", &[("csrf", &csrf), ("action", action)]);
        assert_eq!(r.status, 303, "{action}: {}", r.body);
        r
    }

    pub fn state(&mut self) -> serde_json::Value {
        let r = self.get("/teacher/state.json");
        assert_eq!(r.status, 200, "{}", r.body);
        serde_json::from_str(&r.body).expect("state JSON")
    }
}

/// Text between the first `<h1...>` and `</h1>`, unescaped.
pub fn heading(body: &str) -> String {
    let Some(start) = body.find("<h1") else {
        return String::new();
    };
    let rest = &body[start..];
    let open = rest.find('>').map_or(0, |i| i + 1);
    let end = rest.find("</h1>").unwrap_or(rest.len());
    unescape(&rest[open..end])
}

pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The question a question page shows, found in the bank by its prompt.
pub fn shown_question<'a>(bank: &'a Bank, page: &str) -> &'a Question {
    let prompt = heading(page);
    bank.questions
        .iter()
        .find(|q| q.prompt == prompt)
        .unwrap_or_else(|| panic!("no question {prompt:?} in the bank:\n{page}"))
}

/// The options of a page as (value, label text): radio buttons, checkboxes and a matching
/// question's select options (deduplicated).
pub fn options(page: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for part in page.split("value=\"").skip(1) {
        let value = part.split('"').next().unwrap_or("").to_string();
        let Some(gt) = part.find('>') else { continue };
        let after = &part[gt + 1..];
        let label = if let Some(rest) = after.strip_prefix("<label") {
            let open = rest.find('>').map_or(0, |i| i + 1);
            rest[open..].split("</label>").next().unwrap_or("")
        } else {
            after.split('<').next().unwrap_or("")
        };
        let label = unescape(label);
        if label.trim().is_empty() || out.iter().any(|(v, l)| *v == value && *l == label) {
            continue;
        }
        out.push((value, label));
    }
    out
}

/// The form fields that answer the page's question right (or wrong).
pub fn answer_fields(q: &Question, page: &str, right: bool) -> Vec<(String, String)> {
    let opts = options(page);
    let by_text = |text: &str| -> Option<String> {
        opts.iter()
            .find(|(_, l)| l.split_once(") ").is_some_and(|(_, t)| t == text))
            .map(|(v, _)| v.clone())
    };
    let answers = q.answer_texts();
    match q.kind {
        Kind::Choice => {
            let pick = q
                .choices
                .iter()
                .find(|c| answers.contains(c) == right)
                .expect("a choice");
            vec![("answer".into(), by_text(pick).expect("choice shown"))]
        }
        Kind::Multi => q
            .choices
            .iter()
            .filter(|c| answers.contains(c) == right)
            .map(|c| ("pick".into(), by_text(c).expect("choice shown")))
            .collect(),
        Kind::TrueFalse => {
            let truth = q.truth().expect("a truth") == right;
            vec![("answer".into(), truth.to_string())]
        }
        Kind::Number => {
            let n = q.number().expect("a number");
            let n = if right { n } else { n + 1000.0 };
            vec![("answer".into(), format_number(n))]
        }
        Kind::Short | Kind::Cloze => {
            let text = if right {
                answers[0].clone()
            } else {
                "zzzz".into()
            };
            vec![("answer".into(), text)]
        }
        Kind::Matching => {
            let n = q.pairs.len();
            (0..n)
                .map(|i| {
                    // Wrong: every item matched with the next item's partner.
                    let partner = &q.pairs[if right { i } else { (i + 1) % n }][1];
                    let value = by_text(partner).expect("right column shown");
                    (format!("m{}", i + 1), value)
                })
                .collect()
        }
    }
}

impl Browser {
    /// Answers the question on the quiz page (right or wrong) and returns (question, the
    /// answer's redirect, the feedback page).
    pub fn answer_shown(&mut self, bank: &Bank, right: bool) -> (Question, Reply, Reply) {
        let page = self.get("/quiz");
        assert_eq!(page.status, 200, "{}", page.body);
        let q = shown_question(bank, &page.body).clone();
        let csrf = page.csrf();
        let position = hidden(&page.body, "position").expect("position");
        let mut fields = vec![
            ("csrf".to_string(), csrf),
            ("position".to_string(), position),
        ];
        fields.extend(answer_fields(&q, &page.body, right));
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let posted = self.post("/answer", &borrowed);
        assert_eq!(posted.status, 303, "{}", posted.body);
        let to = posted.header("location").expect("redirect").to_string();
        let feedback = self.get(&to);
        (q, posted, feedback)
    }
}
