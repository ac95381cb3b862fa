//! `quiz serve`: the class plays a quiz in the browser and the teacher watches live.
//!
//! One process serves students and the teacher over HTTP (axum on a two-worker tokio
//! runtime). Questions are asked, graded and recorded with the library's own bank, grader
//! and results types (`quiz::session::plan`, `quiz::grade`, `quiz::record`), and the
//! dashboard's figures are `quiz::report`'s, computed on the same attempts the export
//! writes. State lives behind [`storage::Storage`]; answers are committed in groups by one
//! writer thread (`live`) before their grades are shown, and pages read an in-memory mirror
//! of what is committed.
//!
//! Self-paced, each student answers every question in their own shuffled order;
//! teacher-paced, everyone answers the question the teacher shows, in one order, with an
//! optional timer and a leaderboard the teacher shows or hides.
//!
//! Students join with the join code and a name and get a session cookie (HttpOnly,
//! SameSite=Strict); the teacher's routes need the secret token printed at start. Every form
//! carries a token against cross-site requests, every input has a size limit, and nothing a
//! student can fetch holds a question's answer, evidence or explanation before they answered it.

mod dashboard;
mod live;
mod pages;
pub mod storage;

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Path as UrlPath, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use tokio::sync::watch;

use crate::error::Error;
use crate::quiz::bank::{Bank, Kind, Question};
use crate::quiz::grade::{grade, letter, Shown};
use crate::quiz::record::{now_rfc3339, Response as RecordedResponse};
use crate::quiz::session;
use crate::store::FactStore;
use storage::{Joined, Meta, QuizState, Sqlite, Storage, StoredAnswer, Student};

/// The most a request body may hold (a form with one answer is far smaller).
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// The longest name a student may take, in characters.
pub const MAX_NAME_CHARS: usize = 40;
/// The longest answer, in characters (as long as a claim).
pub const MAX_ANSWER_CHARS: usize = 2000;
/// The most fields a form may carry.
const MAX_FIELDS: usize = 64;
const TOO_BIG: &str = "The form is too big: an answer may have at most 2,000 characters.";

/// How to start a class session.
#[derive(Debug, Clone)]
pub struct Config {
    /// The question bank (the built-in one when `None`).
    pub bank: Option<PathBuf>,
    /// The database file, made when missing.
    pub db: PathBuf,
    pub host: IpAddr,
    /// 0 takes any free port.
    pub port: u16,
    /// Teacher-paced rather than self-paced (for a new session; an existing one keeps its
    /// mode, and asking for the other is an error).
    pub teacher_paced: Option<bool>,
}

/// A server bound to its address, ready to run.
pub struct Server {
    listener: std::net::TcpListener,
    app: Arc<App>,
    /// What students open.
    pub student_url: String,
    /// What the teacher opens: carries the secret token.
    pub teacher_url: String,
    pub join_code: String,
    /// The students' address with the join code filled in (for the QR code).
    pub join_url: String,
    pub local_addr: SocketAddr,
    /// Students who had already joined (a restart on an existing database).
    pub students: usize,
    pub teacher_paced: bool,
}

/// Everything the handlers share.
struct App {
    bank: Bank,
    bank_hash: String,
    title: String,
    store: FactStore,
    db: Mutex<Box<dyn Storage>>,
    /// What the handlers read: the database as committed.
    mirror: Mutex<live::Mirror>,
    /// To the writer, which commits answers in groups.
    writer: live::Queue,
    meta: Mutex<Meta>,
    /// Bumped on every change the dashboard shows.
    changes: watch::Sender<u64>,
}

/// Loads the bank, opens the database and binds the address. Errors are the user's to fix:
/// a bad bank, a database of another bank, an address in use.
pub fn start(config: &Config) -> Result<Server, Error> {
    let (bank, bank_hash) = match &config.bank {
        Some(p) => Bank::load_hashed(p)?,
        None => Bank::builtin_hashed()?,
    };
    if bank.questions.is_empty() {
        return Err(Error::input(format!("{}: no questions", bank.source)));
    }
    let store = bank.load_store()?;
    let mut db = Sqlite::open(&config.db)?;
    let meta = db.open_session(
        &bank_hash,
        Meta {
            bank_hash: bank_hash.clone(),
            join_code: join_code(),
            teacher_token: token(),
            teacher_csrf: token(),
            state: QuizState::Waiting,
            teacher_paced: config.teacher_paced.unwrap_or(false),
            seed: rand::random(),
            shown: None,
            deadline: None,
            leaderboard: false,
        },
    )?;
    if let Some(paced) = config.teacher_paced.filter(|&p| p != meta.teacher_paced) {
        let (was, asked) = if paced {
            ("self-paced", "teacher-paced")
        } else {
            ("teacher-paced", "self-paced")
        };
        return Err(Error::input(format!(
            "{}: this session is {was}; give another --db for a {asked} one",
            config.db.display()
        )));
    }
    let mirror = live::Mirror::load(&mut db)?;
    let students = mirror.len();
    let addr = SocketAddr::new(config.host, config.port);
    let listener = std::net::TcpListener::bind(addr)
        .map_err(|e| Error::input(format!("{addr}: cannot listen: {e}")))?;
    let local_addr = listener
        .local_addr()
        .map_err(|e| Error::input(format!("{addr}: cannot listen: {e}")))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::input(format!("{addr}: cannot listen: {e}")))?;
    let shown_host = if config.host.is_unspecified() {
        lan_address().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
    } else {
        config.host
    };
    let base = format!("http://{}", SocketAddr::new(shown_host, local_addr.port()));
    let (changes, _) = watch::channel(0);
    let (writer, queue) = std::sync::mpsc::channel();
    let app = App {
        title: bank.display_title(),
        bank,
        bank_hash,
        store,
        db: Mutex::new(Box::new(db)),
        mirror: Mutex::new(mirror),
        writer,
        meta: Mutex::new(meta.clone()),
        changes,
    };
    let app = Arc::new(app);
    live::spawn_writer(Arc::clone(&app), queue);
    Ok(Server {
        listener,
        app,
        student_url: format!("{base}/"),
        join_url: format!("{base}/?code={}", meta.join_code),
        teacher_url: format!("{base}/teacher?token={}", meta.teacher_token),
        join_code: meta.join_code.clone(),
        local_addr,
        students,
        teacher_paced: meta.teacher_paced,
    })
}

impl Server {
    /// Serves until the process is stopped.
    pub fn run(self) -> Result<(), Error> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| Error::input(format!("cannot start the server: {e}")))?;
        let app = router(self.app);
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(self.listener)
                .map_err(|e| Error::input(format!("cannot listen: {e}")))?;
            axum::serve(listener, app)
                .await
                .map_err(|e| Error::input(format!("the server stopped: {e}")))
        })
    }
}

fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(join_page))
        .route("/join", post(join))
        .route("/quiz", get(quiz_page))
        .route("/status", get(status))
        .route("/answer", post(answer))
        .route("/feedback/{n}", get(feedback_page))
        .route("/assets/style.css", get(style_css))
        .route("/assets/dashboard.js", get(dashboard_js))
        .route("/assets/student.js", get(student_js))
        .route("/teacher", get(teacher_page))
        .route("/teacher/control", post(control))
        .route("/teacher/events", get(events))
        .route("/teacher/state.json", get(state_json))
        .route("/teacher/results.jsonl", get(results_jsonl))
        .route("/teacher/results.csv", get(results_csv))
        .route("/teacher/items.csv", get(items_csv))
        .fallback(not_found)
        .layer(axum::middleware::map_response(security_headers))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(app)
}

type Shared = State<Arc<App>>;
type Fields = Form<Vec<(String, String)>>;

impl App {
    fn db(&self) -> MutexGuard<'_, Box<dyn Storage>> {
        // A panic elsewhere must not lock the class out of its answers.
        self.db.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn meta(&self) -> Meta {
        self.meta
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn mirror(&self) -> MutexGuard<'_, live::Mirror> {
        self.mirror.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn answers_of(&self, student: i64) -> Result<Vec<StoredAnswer>, Error> {
        Ok(self.mirror().answers_of(student))
    }

    fn set_meta(&self, meta: Meta) -> Result<(), Error> {
        self.db().save_meta(&meta)?;
        *self.meta.lock().unwrap_or_else(PoisonError::into_inner) = meta;
        self.changed();
        Ok(())
    }

    fn changed(&self) {
        self.changes.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// The student whose session cookie the request carries.
    fn student(&self, headers: &HeaderMap) -> Result<Option<Student>, Error> {
        match cookie(headers, "sid").filter(|s| is_token(s)) {
            Some(sid) => Ok(self.mirror().student_by_session(sid)),
            None => Ok(None),
        }
    }

    /// Whether the request carries the teacher's token (cookie or `?token=`).
    fn is_teacher(&self, headers: &HeaderMap, query: Option<&str>) -> bool {
        let token = self.meta().teacher_token;
        [cookie(headers, "tid"), query]
            .into_iter()
            .flatten()
            .any(|t| same_secret(t, &token))
    }

    fn plan(&self, student: &Student) -> Vec<(&Question, Shown)> {
        session::plan(&self.bank, None, student.seed)
    }
}

/// One answered question as the feedback page needs it.
struct Feedback<'a> {
    question: &'a Question,
    stored: &'a StoredAnswer,
}

#[derive(serde::Deserialize)]
struct CodeQuery {
    code: Option<String>,
}

/// The join page; `?code=` (the QR code's link) fills the code in.
async fn join_page(
    State(app): Shared,
    headers: HeaderMap,
    query: Result<Query<CodeQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    match app.student(&headers) {
        Ok(Some(_)) => return Redirect::to("/quiz").into_response(),
        Ok(None) => {}
        Err(e) => return server_error(&e),
    }
    let code = query
        .ok()
        .and_then(|Query(q)| q.code)
        .filter(|c| c.len() <= 12 && c.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or_default();
    let csrf = token();
    let mut r = pages::join(&app.title, &csrf, None, &code, "").into_response();
    set_cookie(&mut r, "jc", &csrf, "/");
    r
}

async fn join(State(app): Shared, headers: HeaderMap, Form(fields): Fields) -> Response {
    let Some(f) = FormFields::new(&fields) else {
        return bad_request(TOO_BIG);
    };
    let name = f
        .get("name")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let csrf = f.get("csrf");
    if !cookie(&headers, "jc").is_some_and(|c| is_token(c) && same_secret(c, csrf)) {
        return forbidden("This form has expired: open the join page again.");
    }
    let meta = app.meta();
    let retry = |message: &str| {
        pages::join(&app.title, csrf, Some(message), f.get("code"), &name)
            .into_response()
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
    };
    if !f.get("code").trim().eq_ignore_ascii_case(&meta.join_code) {
        return retry("That join code is not this class's: check the code on the board.");
    }
    if name.is_empty() {
        return retry("Type your name.");
    }
    if name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return retry(&format!(
            "A name may have at most {MAX_NAME_CHARS} letters."
        ));
    }
    if meta.state == QuizState::Closed {
        return retry("The quiz is closed.");
    }
    let student = Student {
        id: 0,
        name: name.clone(),
        session: token(),
        csrf: token(),
        // Teacher-paced, everyone has the one order the teacher shows.
        seed: if meta.teacher_paced {
            meta.seed
        } else {
            rand::random()
        },
        joined: now_rfc3339(),
    };
    let joined = app.db().add_student(&student);
    match joined {
        Ok(Joined::New(s)) => {
            app.mirror().add_student(s.clone());
            app.changed();
            let mut r = Redirect::to("/quiz").into_response();
            set_cookie(&mut r, "sid", &s.session, "/");
            r
        }
        Ok(Joined::NameTaken) => retry(
            "Somebody in the class already has that name: add your family name or an initial.",
        ),
        Err(e) => server_error(&e),
    }
}

async fn quiz_page(State(app): Shared, headers: HeaderMap) -> Response {
    let student = match app.student(&headers) {
        Ok(Some(s)) => s,
        Ok(None) => return Redirect::to("/").into_response(),
        Err(e) => return server_error(&e),
    };
    let answers = match app.answers_of(student.id) {
        Ok(a) => a,
        Err(e) => return server_error(&e),
    };
    let plan = app.plan(&student);
    let meta = app.meta();
    let score: u32 = answers.iter().map(|a| a.points).sum();
    let max: u32 = plan.iter().map(|(q, _)| q.points).sum();
    let version = status_version(&meta);
    if meta.state == QuizState::Closed || answers.len() >= plan.len() {
        return pages::finished(
            &app.title,
            &student.name,
            score,
            max,
            answers.len(),
            plan.len(),
        )
        .into_response();
    }
    let wait = |why: pages::Wait, leaderboard: Option<&[(String, u32)]>| {
        pages::waiting(&app.title, &student.name, why, &version, leaderboard).into_response()
    };
    match meta.state {
        QuizState::Paused => return wait(pages::Wait::Paused, None),
        QuizState::Waiting => return wait(pages::Wait::NotStarted, None),
        _ => {}
    }
    let k = if meta.teacher_paced {
        let Some(k) = meta.shown else {
            return wait(pages::Wait::NotStarted, None);
        };
        let k = k as usize;
        let leaderboard = if meta.leaderboard {
            match dashboard::leaderboard(&app) {
                Ok(l) => Some(l),
                Err(e) => return server_error(&e),
            }
        } else {
            None
        };
        let last = k + 1 >= plan.len();
        if answers.iter().any(|a| a.position as usize == k) {
            return wait(
                pages::Wait::Answered { score, max, last },
                leaderboard.as_deref(),
            );
        }
        if !answers_open(&meta) {
            return wait(
                pages::Wait::TimeUp { score, max, last },
                leaderboard.as_deref(),
            );
        }
        k
    } else {
        answers.len()
    };
    let Some((q, shown)) = plan.get(k) else {
        return not_found().await;
    };
    let paced = meta.teacher_paced.then(|| pages::Paced {
        version: &version,
        seconds_left: meta.deadline.map(|d| d.saturating_sub(unix_now())),
    });
    pages::question(
        &app.title,
        &student.csrf,
        k,
        plan.len(),
        q,
        shown,
        paced.as_ref(),
    )
    .into_response()
}

/// What changes a student's page: the state and the teacher-paced fields. The student's
/// page reloads when it changes (`/status`).
fn status_version(meta: &Meta) -> String {
    format!(
        "{}-{}-{}-{}",
        meta.state.as_str(),
        meta.shown.map_or(-1, i64::from),
        meta.deadline.unwrap_or(0),
        u8::from(meta.leaderboard)
    )
}

/// Teacher-paced: whether the shown question still takes answers (two seconds' grace for
/// an answer sent as the time ran out).
fn answers_open(meta: &Meta) -> bool {
    meta.deadline.is_none_or(|d| unix_now() <= d + 2)
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The version of what a student's page shows: nothing about any answer.
async fn status(State(app): Shared) -> Response {
    let version = status_version(&app.meta());
    (
        [(header::CONTENT_TYPE, "application/json")],
        format!("{{\"version\":\"{version}\"}}"),
    )
        .into_response()
}

async fn answer(State(app): Shared, headers: HeaderMap, Form(fields): Fields) -> Response {
    let Some(f) = FormFields::new(&fields) else {
        return bad_request(TOO_BIG);
    };
    let student = match app.student(&headers) {
        Ok(Some(s)) => s,
        Ok(None) => return forbidden("Join the class first."),
        Err(e) => return server_error(&e),
    };
    if !same_secret(f.get("csrf"), &student.csrf) {
        return forbidden("This form has expired: open the quiz page again.");
    }
    let Ok(position) = f.get("position").parse::<u32>() else {
        return bad_request("no question given");
    };
    let plan = app.plan(&student);
    let Some((q, shown)) = plan.get(position as usize) else {
        return bad_request("no such question");
    };
    let response = response_from_form(q, shown, &f);
    if response.chars().count() > MAX_ANSWER_CHARS {
        return bad_request(&format!(
            "an answer may have at most {MAX_ANSWER_CHARS} characters"
        ));
    }
    let answers = match app.answers_of(student.id) {
        Ok(a) => a,
        Err(e) => return server_error(&e),
    };
    let feedback = Redirect::to(&format!("/feedback/{}", position + 1)).into_response();
    if answers.iter().any(|a| a.position == position) {
        // Answered already: the first answer stands.
        return feedback;
    }
    let meta = app.meta();
    let current = if meta.teacher_paced {
        meta.shown.filter(|_| answers_open(&meta))
    } else {
        u32::try_from(answers.len()).ok()
    };
    if current != Some(position) || meta.state != QuizState::Open {
        // Not the question to answer now (ahead, over, or the quiz not open): not recorded.
        return Redirect::to("/quiz").into_response();
    }
    let g = grade(q, shown, &response, &app.store);
    let resolved = RecordedResponse::new(q, shown, &response, &g, &app.store);
    let stored = StoredAnswer {
        student: student.id,
        position,
        question: q.id.clone(),
        response: resolved.response,
        answer: resolved.answer,
        correct: g.correct,
        points: g.points,
        max_points: g.max_points,
        time: now_rfc3339(),
    };
    // Committed (with whatever else is waiting) before the grade is shown.
    let (ack, acked) = tokio::sync::oneshot::channel();
    if app.writer.send((stored, ack)).is_err() {
        return server_error(&Error::input("the database writer has stopped"));
    }
    match acked.await {
        Ok(Ok(_)) => feedback,
        Ok(Err(e)) => server_error(&Error::input(e)),
        Err(_) => server_error(&Error::input("the database writer has stopped")),
    }
}

async fn feedback_page(
    State(app): Shared,
    headers: HeaderMap,
    UrlPath(n): UrlPath<String>,
) -> Response {
    let student = match app.student(&headers) {
        Ok(Some(s)) => s,
        Ok(None) => return Redirect::to("/").into_response(),
        Err(e) => return server_error(&e),
    };
    let Some(k) = n.parse::<usize>().ok().and_then(|n| n.checked_sub(1)) else {
        return not_found().await;
    };
    let answers = match app.answers_of(student.id) {
        Ok(a) => a,
        Err(e) => return server_error(&e),
    };
    let plan = app.plan(&student);
    // Only an answered question's feedback: before that it would be the answer key.
    let stored = answers.iter().find(|a| a.position as usize == k);
    let (Some(stored), Some((q, shown))) = (stored, plan.get(k)) else {
        return Redirect::to("/quiz").into_response();
    };
    let score: u32 = answers.iter().map(|a| a.points).sum();
    let max: u32 = answers.iter().map(|a| a.max_points).sum();
    let next = if app.meta().teacher_paced {
        pages::Next::Wait
    } else if k + 1 < plan.len() {
        pages::Next::Question
    } else {
        pages::Next::Score
    };
    let mut g = grade(q, shown, &stored.response, &app.store);
    // The stored grade is the one that counted.
    g.correct = stored.correct;
    g.points = stored.points;
    let evidence = session::evidence(q, &app.store);
    pages::feedback(
        &app.title,
        &Feedback {
            question: q,
            stored,
        },
        &g,
        &evidence,
        (k, plan.len()),
        (score, max),
        next,
    )
    .into_response()
}

#[derive(serde::Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

fn teacher_query(
    q: Result<Query<TokenQuery>, axum::extract::rejection::QueryRejection>,
) -> Option<String> {
    q.ok().and_then(|Query(q)| q.token)
}

async fn teacher_page(
    State(app): Shared,
    headers: HeaderMap,
    query: Result<Query<TokenQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let query = teacher_query(query);
    if !app.is_teacher(&headers, query.as_deref()) {
        return forbidden("The teacher's page needs the link `quiz serve` printed.");
    }
    let meta = app.meta();
    let mut r = pages::dashboard(&app.title, &meta).into_response();
    set_cookie(&mut r, "tid", &meta.teacher_token, "/teacher");
    r
}

async fn control(State(app): Shared, headers: HeaderMap, Form(fields): Fields) -> Response {
    let Some(f) = FormFields::new(&fields) else {
        return bad_request(TOO_BIG);
    };
    if !app.is_teacher(&headers, None) {
        return forbidden("The teacher's page needs the link `quiz serve` printed.");
    }
    let meta = app.meta();
    if !same_secret(f.get("csrf"), &meta.teacher_csrf) {
        return forbidden("This form has expired: open the teacher's page again.");
    }
    let mut meta = meta;
    match f.get("action") {
        "start" => meta.state = QuizState::Open,
        "pause" => meta.state = QuizState::Paused,
        "close" => meta.state = QuizState::Closed,
        "next" if meta.teacher_paced => {
            let next = meta.shown.map_or(0, |k| k + 1);
            if next as usize >= app.bank.questions.len() {
                return bad_request("That was the last question: close the quiz.");
            }
            let timer = f.get("timer").trim();
            let Ok(seconds) = (if timer.is_empty() {
                Ok(0)
            } else {
                timer.parse::<u64>()
            }) else {
                return bad_request("The timer is a whole number of seconds.");
            };
            meta.shown = Some(next);
            meta.deadline = (seconds > 0).then(|| unix_now() + seconds.min(3600));
            meta.state = QuizState::Open;
        }
        "stop" if meta.teacher_paced => meta.deadline = Some(unix_now().saturating_sub(3)),
        "leaderboard-on" if meta.teacher_paced => meta.leaderboard = true,
        "leaderboard-off" if meta.teacher_paced => meta.leaderboard = false,
        _ => return bad_request("unknown action"),
    }
    if let Err(e) = app.set_meta(meta) {
        return server_error(&e);
    }
    Redirect::to("/teacher").into_response()
}

async fn events(State(app): Shared, headers: HeaderMap) -> Response {
    if !app.is_teacher(&headers, None) {
        return forbidden("The teacher's page needs the link `quiz serve` printed.");
    }
    let rx = app.changes.subscribe();
    let stream = futures_util::stream::unfold((app, rx, true), |(app, mut rx, first)| async move {
        if !first {
            rx.changed().await.ok()?;
            // Many answers at once make one update, not one each.
            tokio::time::sleep(Duration::from_millis(250)).await;
            rx.borrow_and_update();
        }
        let data = match dashboard::snapshot(&app) {
            Ok(s) => serde_json::to_string(&s).unwrap_or_default(),
            Err(e) => {
                eprintln!("quiz: error: {e}");
                String::new()
            }
        };
        let event = Event::default().data(data);
        Some((Ok::<_, Infallible>(event), (app, rx, false)))
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

async fn state_json(State(app): Shared, headers: HeaderMap) -> Response {
    if !app.is_teacher(&headers, None) {
        return forbidden("The teacher's page needs the link `quiz serve` printed.");
    }
    match dashboard::snapshot(&app)
        .and_then(|s| serde_json::to_string(&s).map_err(|e| Error::input(e.to_string())))
    {
        Ok(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(e) => server_error(&e),
    }
}

async fn results_jsonl(State(app): Shared, headers: HeaderMap) -> Response {
    export(
        &app,
        &headers,
        "results.jsonl",
        "application/x-ndjson",
        dashboard::jsonl,
    )
}

async fn results_csv(State(app): Shared, headers: HeaderMap) -> Response {
    export(
        &app,
        &headers,
        "results.csv",
        "text/csv",
        dashboard::gradebook_csv,
    )
}

async fn items_csv(State(app): Shared, headers: HeaderMap) -> Response {
    export(
        &app,
        &headers,
        "items.csv",
        "text/csv",
        dashboard::items_csv,
    )
}

fn export(
    app: &App,
    headers: &HeaderMap,
    file: &str,
    mime: &'static str,
    make: fn(&App) -> Result<String, Error>,
) -> Response {
    if !app.is_teacher(headers, None) {
        return forbidden("The teacher's page needs the link `quiz serve` printed.");
    }
    match make(app) {
        Ok(text) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(mime)),
                (
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_str(&format!("attachment; filename=\"{file}\""))
                        .unwrap_or(HeaderValue::from_static("attachment")),
                ),
            ],
            text,
        )
            .into_response(),
        Err(e) => server_error(&e),
    }
}

async fn style_css() -> Response {
    asset("text/css; charset=utf-8", pages::STYLE_CSS)
}

async fn dashboard_js() -> Response {
    asset("text/javascript; charset=utf-8", pages::DASHBOARD_JS)
}

async fn student_js() -> Response {
    asset("text/javascript; charset=utf-8", pages::STUDENT_JS)
}

fn asset(mime: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        body,
    )
        .into_response()
}

async fn not_found() -> Response {
    pages::message("Not found", "There is no such page here.")
        .into_response()
        .with_status(StatusCode::NOT_FOUND)
}

/// Headers on every response: no framing, no sniffing, no referrer, nothing from elsewhere.
async fn security_headers(mut r: Response) -> Response {
    let h = r.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    r
}

trait WithStatus {
    fn with_status(self, status: StatusCode) -> Response;
}

impl WithStatus for Response {
    fn with_status(mut self, status: StatusCode) -> Response {
        *self.status_mut() = status;
        self
    }
}

fn bad_request(why: &str) -> Response {
    pages::message("Bad request", why)
        .into_response()
        .with_status(StatusCode::BAD_REQUEST)
}

fn forbidden(why: &str) -> Response {
    pages::message("Not allowed", why)
        .into_response()
        .with_status(StatusCode::FORBIDDEN)
}

fn server_error(e: &Error) -> Response {
    eprintln!("quiz: error: {e}");
    pages::message(
        "Something went wrong",
        "The server could not do that; tell your teacher.",
    )
    .into_response()
    .with_status(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A form's fields, looked up by name (the first of a name; `all` for repeated ones).
struct FormFields<'a>(&'a [(String, String)]);

impl<'a> FormFields<'a> {
    /// None when the form has too many fields or a field longer than an answer may be.
    fn new(fields: &'a [(String, String)]) -> Option<FormFields<'a>> {
        let fits = fields.len() <= MAX_FIELDS
            && fields
                .iter()
                .all(|(k, v)| k.len() <= 64 && v.chars().count() <= MAX_ANSWER_CHARS);
        fits.then_some(FormFields(fields))
    }

    fn get(&self, name: &str) -> &'a str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    fn all(&self, name: &str) -> impl Iterator<Item = &'a str> + '_ {
        let name = name.to_string();
        self.0
            .iter()
            .filter(move |(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The response in the words the grader reads from a terminal: a letter, letters separated
/// by commas, true or false, "1-b, 2-a", or the text typed.
fn response_from_form(q: &Question, shown: &Shown, f: &FormFields) -> String {
    match q.kind {
        Kind::Multi => {
            let mut picks: Vec<char> = f
                .all("pick")
                .filter_map(|p| {
                    (0..shown.choices.len())
                        .map(letter)
                        .find(|l| p.len() == 1 && p.starts_with(*l))
                })
                .collect();
            picks.sort_unstable();
            picks.dedup();
            picks
                .iter()
                .map(char::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        }
        Kind::Matching => (0..q.pairs.len())
            .filter_map(|i| {
                let pick = f.get(&format!("m{}", i + 1));
                (0..shown.right_column.len())
                    .map(|j| letter(j).to_ascii_lowercase())
                    .find(|l| pick.len() == 1 && pick.starts_with(*l))
                    .map(|l| format!("{}-{l}", i + 1))
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => f.get("answer").trim().to_string(),
    }
}

/// The value of a cookie the request carries.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn set_cookie(r: &mut Response, name: &str, value: &str, path: &str) {
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite=Strict"
    )) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// A fresh secret: 128 random bits as 32 hex digits (the thread's generator is seeded from
/// the operating system and cryptographically strong).
fn token() -> String {
    format!("{:032x}", rand::random::<u128>())
}

fn is_token(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Compares secrets in time that does not depend on where they differ.
fn same_secret(given: &str, secret: &str) -> bool {
    given.len() == secret.len()
        && !secret.is_empty()
        && given
            .bytes()
            .zip(secret.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Six letters and digits a class reads off a board without confusing 0 and O, 1 and I.
fn join_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..6)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

/// A QR code of `text` in Unicode half blocks, for a phone's camera to read off a terminal:
/// dark modules as spaces on a light background, with the quiet zone, whatever the
/// terminal's colours (light on dark terminals is inverted by the reader apps too).
pub fn qr_code(text: &str) -> Option<String> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::L).ok()?;
    Some(
        code.render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}

/// The address other machines on the network reach this one by: the source address of the
/// route out (a UDP "connect" only picks the route; nothing is sent).
fn lan_address() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abd", "abc"));
        assert!(!same_secret("ab", "abc"));
        assert!(!same_secret("", ""));
        assert!(is_token(&token()));
        let code = join_code();
        assert_eq!(code.len(), 6);
        assert!(!code.contains(['0', 'O', '1', 'I']));
    }

    #[test]
    fn a_join_link_makes_a_qr_code_of_half_blocks() {
        let qr = qr_code("http://192.168.1.20:8000/?code=J9WRQN").unwrap();
        let lines: Vec<&str> = qr.lines().collect();
        // Square: N modules (quiet zone included) wide, two rows of modules a line.
        let width = lines[0].chars().count();
        assert!(width >= 29, "{qr}");
        assert_eq!(lines.len(), width.div_ceil(2), "{qr}");
        assert!(lines.iter().all(|l| l.chars().count() == width), "{qr}");
        assert!(
            qr.chars()
                .all(|c| " \n\u{2580}\u{2584}\u{2588}".contains(c)),
            "{qr}"
        );
    }

    #[test]
    fn cookies_are_read_by_name() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("a=1; sid=xyz; b"));
        assert_eq!(cookie(&h, "sid"), Some("xyz"));
        assert_eq!(cookie(&h, "b"), None);
    }
}
