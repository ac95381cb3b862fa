//! Where a class's quiz lives between requests and across restarts: one interface
//! ([`Storage`]) that the handlers use, and its SQLite implementation ([`Sqlite`]).
//!
//! A second backend (PostgreSQL) implements the same trait; nothing in the handlers changes.
//! Every method commits before it returns: an answer the student is told about is on disk.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Error;

/// Whether students may answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizState {
    /// Students may join; questions are not shown yet.
    Waiting,
    Open,
    /// Questions are hidden until the teacher opens the quiz again.
    Paused,
    /// Over: students see their score.
    Closed,
}

impl QuizState {
    pub fn as_str(self) -> &'static str {
        match self {
            QuizState::Waiting => "waiting",
            QuizState::Open => "open",
            QuizState::Paused => "paused",
            QuizState::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<QuizState> {
        [
            QuizState::Waiting,
            QuizState::Open,
            QuizState::Paused,
            QuizState::Closed,
        ]
        .into_iter()
        .find(|q| q.as_str() == s)
    }
}

/// What a class session keeps about itself: made once, the same after a restart, so that
/// students' cookies and the teacher's link stay valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The fingerprint of the bank the session was started with.
    pub bank_hash: String,
    pub join_code: String,
    pub teacher_token: String,
    /// The form token of the teacher's controls.
    pub teacher_csrf: String,
    pub state: QuizState,
    /// Teacher-paced: everyone answers the question the teacher shows, in one order.
    pub teacher_paced: bool,
    /// Teacher-paced: the seed of the one question order.
    pub seed: u64,
    /// Teacher-paced: the position shown (none before the first).
    pub shown: Option<u32>,
    /// Teacher-paced: when answers to the shown question stop, in seconds since 1970 (none:
    /// until the teacher stops them or moves on).
    pub deadline: Option<u64>,
    /// Teacher-paced: whether students see the leaderboard.
    pub leaderboard: bool,
}

impl Meta {
    /// The fields that change during a session, as stored.
    fn changing(&self) -> [(&'static str, String); 4] {
        [
            ("state", self.state.as_str().to_string()),
            ("shown", self.shown.map_or(String::new(), |n| n.to_string())),
            (
                "deadline",
                self.deadline.map_or(String::new(), |n| n.to_string()),
            ),
            ("leaderboard", u8::from(self.leaderboard).to_string()),
        ]
    }
}

/// One student who joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Student {
    pub id: i64,
    pub name: String,
    /// The session cookie's value.
    pub session: String,
    /// The form token of this student's answers.
    pub csrf: String,
    /// The seed of this student's question and choice order.
    pub seed: u64,
    pub joined: String,
}

/// One graded answer, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAnswer {
    pub student: i64,
    /// 0-based place in the student's own question order.
    pub position: u32,
    pub question: String,
    /// As the student gave it (letters in their order).
    pub response: String,
    /// In the bank's terms (see `record::Response::answer`).
    pub answer: String,
    pub correct: bool,
    pub points: u32,
    pub max_points: u32,
    pub time: String,
}

/// The result of adding a student.
#[derive(Debug)]
pub enum Joined {
    New(Student),
    /// Somebody already has that name (case and spacing ignored).
    NameTaken,
}

/// A class session's storage. Every write is committed when the method returns.
pub trait Storage: Send {
    /// The session's meta, made with `fresh` when the storage is new. An existing session
    /// for another bank is an error: its answers would not fit.
    fn open_session(&mut self, bank_hash: &str, fresh: Meta) -> Result<Meta, Error>;
    /// Stores what changes during a session: the state and the teacher-paced fields.
    fn save_meta(&mut self, meta: &Meta) -> Result<(), Error>;
    fn add_student(&mut self, student: &Student) -> Result<Joined, Error>;
    fn student_by_session(&mut self, session: &str) -> Result<Option<Student>, Error>;
    fn students(&mut self) -> Result<Vec<Student>, Error>;
    /// Stores the answer unless the student already answered that position; returns whether
    /// it was stored (answering twice counts once: the first answer stands).
    fn record_answer(&mut self, answer: &StoredAnswer) -> Result<bool, Error> {
        let stored = self.record_answers(std::slice::from_ref(answer))?;
        Ok(stored.first().copied().unwrap_or(false))
    }
    /// Stores many answers in one transaction (one sync to disk for a whole class answering
    /// at once); for each, whether it was stored.
    fn record_answers(&mut self, answers: &[StoredAnswer]) -> Result<Vec<bool>, Error>;
    /// One student's answers in position order.
    fn answers_of(&mut self, student: i64) -> Result<Vec<StoredAnswer>, Error>;
    /// Every answer, by student then position.
    fn all_answers(&mut self) -> Result<Vec<StoredAnswer>, Error>;
}

/// The key two names are compared by: case and spacing do not make another name.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// SQLite, in WAL mode with full sync: a committed answer survives `kill -9` and a power cut.
pub struct Sqlite {
    conn: Connection,
    path: String,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS students (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    session TEXT NOT NULL UNIQUE,
    csrf TEXT NOT NULL,
    seed INTEGER NOT NULL,
    joined TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    student INTEGER NOT NULL REFERENCES students(id),
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    response TEXT NOT NULL,
    answer TEXT NOT NULL,
    correct INTEGER NOT NULL,
    points INTEGER NOT NULL,
    max_points INTEGER NOT NULL,
    time TEXT NOT NULL,
    PRIMARY KEY (student, position)
);
";

impl Sqlite {
    pub fn open(path: &Path) -> Result<Sqlite, Error> {
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(Error::input(format!(
                "{shown}: is a folder, not a database file"
            )));
        }
        let conn = Connection::open(path)
            .map_err(|e| Error::input(format!("{shown}: cannot open the database: {e}")))?;
        let db = Sqlite { conn, path: shown };
        db.conn
            .busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|e| db.error(&e))?;
        let mode: String = db
            .conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            .map_err(|e| db.error(&e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::input(format!(
                "{}: the database cannot use write-ahead logging (journal mode {mode})",
                db.path
            )));
        }
        db.conn
            .execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
            .map_err(|e| db.error(&e))?;
        db.conn.execute_batch(SCHEMA).map_err(|e| db.error(&e))?;
        Ok(db)
    }

    fn error(&self, e: &rusqlite::Error) -> Error {
        database_error(&self.path, e)
    }

    fn meta_value(&self, key: &str) -> Result<Option<String>, Error> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(|e| self.error(&e))
    }
}

fn student_row(r: &rusqlite::Row) -> rusqlite::Result<Student> {
    Ok(Student {
        id: r.get(0)?,
        name: r.get(1)?,
        session: r.get(2)?,
        csrf: r.get(3)?,
        // Stored as the signed integer with the same bits.
        seed: r.get::<_, i64>(4)?.cast_unsigned(),
        joined: r.get(5)?,
    })
}

fn answer_row(r: &rusqlite::Row) -> rusqlite::Result<StoredAnswer> {
    Ok(StoredAnswer {
        student: r.get(0)?,
        position: r.get(1)?,
        question: r.get(2)?,
        response: r.get(3)?,
        answer: r.get(4)?,
        correct: r.get(5)?,
        points: r.get(6)?,
        max_points: r.get(7)?,
        time: r.get(8)?,
    })
}

const STUDENT_COLUMNS: &str = "id, name, session, csrf, seed, joined";
const ANSWER_COLUMNS: &str =
    "student, position, question, response, answer, correct, points, max_points, time";

impl Storage for Sqlite {
    fn open_session(&mut self, bank_hash: &str, fresh: Meta) -> Result<Meta, Error> {
        let tx = self
            .conn
            .transaction()
            .map_err(|e| database_error(&self.path, &e))?;
        let existing: Option<String> = tx
            .query_row("SELECT value FROM meta WHERE key = 'bank_hash'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| database_error(&self.path, &e))?;
        if existing.is_none() {
            let mode = if fresh.teacher_paced {
                "teacher"
            } else {
                "self"
            };
            let seed = fresh.seed.to_string();
            let fixed = [
                ("bank_hash", bank_hash),
                ("join_code", &fresh.join_code),
                ("teacher_token", &fresh.teacher_token),
                ("teacher_csrf", &fresh.teacher_csrf),
                ("mode", mode),
                ("seed", &seed),
            ];
            let changing = fresh.changing();
            let changing = changing.iter().map(|(k, v)| (*k, v.as_str()));
            for (k, v) in fixed.into_iter().chain(changing) {
                tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", [k, v])
                    .map_err(|e| database_error(&self.path, &e))?;
            }
        }
        tx.commit().map_err(|e| database_error(&self.path, &e))?;
        let get = |k: &str| -> Result<String, Error> {
            self.meta_value(k)?.ok_or_else(|| {
                Error::input(format!(
                    "{}: not a class database of this tool (no {k})",
                    self.path
                ))
            })
        };
        let meta = Meta {
            bank_hash: get("bank_hash")?,
            join_code: get("join_code")?,
            teacher_token: get("teacher_token")?,
            teacher_csrf: get("teacher_csrf")?,
            state: QuizState::parse(&get("state")?).unwrap_or(QuizState::Waiting),
            teacher_paced: self.meta_value("mode")?.as_deref() == Some("teacher"),
            seed: self
                .meta_value("seed")?
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            shown: self.meta_value("shown")?.and_then(|v| v.parse().ok()),
            deadline: self.meta_value("deadline")?.and_then(|v| v.parse().ok()),
            leaderboard: self.meta_value("leaderboard")?.as_deref() == Some("1"),
        };
        if meta.bank_hash != bank_hash {
            return Err(Error::input(format!(
                "{}: this class database was made for another question bank (or an edited one); give another --db",
                self.path
            )));
        }
        Ok(meta)
    }

    fn save_meta(&mut self, meta: &Meta) -> Result<(), Error> {
        let path = &self.path;
        let error = |e: rusqlite::Error| database_error(path, &e);
        let tx = self.conn.transaction().map_err(error)?;
        for (k, v) in meta.changing() {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [k, v.as_str()],
            )
            .map_err(error)?;
        }
        tx.commit().map_err(error)
    }

    fn add_student(&mut self, s: &Student) -> Result<Joined, Error> {
        let added = self
            .conn
            .execute(
                "INSERT INTO students (name, name_key, session, csrf, seed, joined)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (name_key) DO NOTHING",
                params![
                    s.name,
                    name_key(&s.name),
                    s.session,
                    s.csrf,
                    s.seed.cast_signed(),
                    s.joined
                ],
            )
            .map_err(|e| self.error(&e))?;
        if added == 0 {
            return Ok(Joined::NameTaken);
        }
        Ok(Joined::New(Student {
            id: self.conn.last_insert_rowid(),
            ..s.clone()
        }))
    }

    fn student_by_session(&mut self, session: &str) -> Result<Option<Student>, Error> {
        self.conn
            .query_row(
                &format!("SELECT {STUDENT_COLUMNS} FROM students WHERE session = ?1"),
                [session],
                student_row,
            )
            .optional()
            .map_err(|e| self.error(&e))
    }

    fn students(&mut self) -> Result<Vec<Student>, Error> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {STUDENT_COLUMNS} FROM students ORDER BY id"
            ))
            .map_err(|e| self.error(&e))?;
        let rows = stmt
            .query_map([], student_row)
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>);
        rows.map_err(|e| self.error(&e))
    }

    fn record_answers(&mut self, answers: &[StoredAnswer]) -> Result<Vec<bool>, Error> {
        let path = &self.path;
        let error = |e: rusqlite::Error| database_error(path, &e);
        let tx = self.conn.transaction().map_err(error)?;
        let mut stored = Vec::with_capacity(answers.len());
        {
            let mut insert = tx
                .prepare_cached(&format!(
                    "INSERT INTO answers ({ANSWER_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                     ON CONFLICT (student, position) DO NOTHING"
                ))
                .map_err(error)?;
            for a in answers {
                let added = insert
                    .execute(params![
                        a.student,
                        a.position,
                        a.question,
                        a.response,
                        a.answer,
                        a.correct,
                        a.points,
                        a.max_points,
                        a.time
                    ])
                    .map_err(error)?;
                stored.push(added == 1);
            }
        }
        tx.commit().map_err(error)?;
        Ok(stored)
    }

    fn answers_of(&mut self, student: i64) -> Result<Vec<StoredAnswer>, Error> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ANSWER_COLUMNS} FROM answers WHERE student = ?1 ORDER BY position"
            ))
            .map_err(|e| self.error(&e))?;
        let rows = stmt
            .query_map([student], answer_row)
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>);
        rows.map_err(|e| self.error(&e))
    }

    fn all_answers(&mut self) -> Result<Vec<StoredAnswer>, Error> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ANSWER_COLUMNS} FROM answers ORDER BY student, position"
            ))
            .map_err(|e| self.error(&e))?;
        let rows = stmt
            .query_map([], answer_row)
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>);
        rows.map_err(|e| self.error(&e))
    }
}

/// A database error as a one-line error naming the file. A free function, so that it can be
/// called while a transaction holds the connection (it borrows only the path).
fn database_error(path: &str, e: &rusqlite::Error) -> Error {
    Error::input(format!("{path}: database: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_db(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("serve-storage-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("class.db")
    }

    fn meta() -> Meta {
        Meta {
            bank_hash: "h".into(),
            join_code: "ABCDEF".into(),
            teacher_token: "t".into(),
            teacher_csrf: "c".into(),
            state: QuizState::Waiting,
            teacher_paced: false,
            seed: 7,
            shown: None,
            deadline: None,
            leaderboard: false,
        }
    }

    fn student(name: &str, session: &str) -> Student {
        Student {
            id: 0,
            name: name.into(),
            session: session.into(),
            csrf: "x".into(),
            seed: u64::MAX - 3,
            joined: "2026-12-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn a_session_survives_reopening_and_refuses_another_bank() {
        let path = temp_db("reopen");
        let mut db = Sqlite::open(&path).unwrap();
        let mut first = db.open_session("h", meta()).unwrap();
        first.state = QuizState::Open;
        first.shown = Some(3);
        first.deadline = Some(1_700_000_000);
        db.save_meta(&first).unwrap();
        let Joined::New(ana) = db.add_student(&student("Ana", "s1")).unwrap() else {
            panic!("Ana joins");
        };
        drop(db);
        let mut db = Sqlite::open(&path).unwrap();
        let mut other = meta();
        other.join_code = "ZZZZZZ".into();
        let again = db.open_session("h", other).unwrap();
        assert_eq!(again, first);
        let back = db.student_by_session("s1").unwrap().unwrap();
        assert_eq!(back, ana);
        assert_eq!(back.seed, u64::MAX - 3);
        let e = db.open_session("other", meta()).unwrap_err();
        assert!(e.to_string().contains("another question bank"), "{e}");
    }

    #[test]
    fn names_are_unique_whatever_their_case_and_answers_count_once() {
        let mut db = Sqlite::open(&temp_db("unique")).unwrap();
        db.open_session("h", meta()).unwrap();
        let Joined::New(ana) = db.add_student(&student("Ana  Lee", "s1")).unwrap() else {
            panic!("Ana joins");
        };
        assert!(matches!(
            db.add_student(&student("ana lee", "s2")).unwrap(),
            Joined::NameTaken
        ));
        let mut a = StoredAnswer {
            student: ana.id,
            position: 0,
            question: "q".into(),
            response: "B".into(),
            answer: "Kuala Lumpur".into(),
            correct: true,
            points: 1,
            max_points: 1,
            time: "t".into(),
        };
        assert!(db.record_answer(&a).unwrap());
        a.response = "C".into();
        a.correct = false;
        assert!(!db.record_answer(&a).unwrap());
        let stored = db.answers_of(ana.id).unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].response, "B");
        assert!(stored[0].correct);
    }
}
