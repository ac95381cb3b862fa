//! Results: one attempt (a student's answers to one bank) as one JSON line, appended to a
//! results file that `quiz report` reads.
//!
//! A whole class may finish in the same second, each student in their own process writing to
//! the same file. Each line is therefore written with one `write` call, to a file opened for
//! appending, while holding an exclusive lock on the file; then it is synced to disk. A line
//! is either all there or not there.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::quiz::bank::{Bank, Question};
use crate::quiz::grade::{resolved_response, Grade, Shown};
use crate::quiz::sheet::SheetResult;
use crate::store::FactStore;

/// How the attempt was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// `quiz run`: asked in the terminal, in a shuffled order.
    Run,
    /// `quiz grade`: a filled answer sheet.
    Grade,
    /// `quiz serve`: in the browser, in a shuffled order.
    Serve,
}

/// One student's attempt at one bank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub student: String,
    /// The bank's title (its file name when it has none).
    pub bank: String,
    /// FNV-1a 64 of the bank file's bytes: attempts at an edited bank are told apart.
    pub bank_hash: String,
    /// When the attempt ended, UTC, RFC 3339 ("2025-07-10T09:15:02Z").
    pub time: String,
    pub mode: Mode,
    /// False when the student stopped before the last question.
    pub complete: bool,
    pub score: u32,
    /// The points of every question the student was given, answered or not.
    pub max_score: u32,
    pub questions: Vec<Response>,
}

/// One graded response within an attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: String,
    /// As the student typed it.
    pub response: String,
    /// The same in the bank's terms: the chosen choice's text rather than a letter that only
    /// meant something in that student's shuffled order. Reports group wrong answers by this.
    pub answer: String,
    pub correct: bool,
    pub points: u32,
    pub max_points: u32,
}

impl Response {
    pub fn new(
        q: &Question,
        shown: &Shown,
        response: &str,
        grade: &Grade,
        store: &FactStore,
    ) -> Response {
        Response {
            id: q.id.clone(),
            response: response.trim().to_string(),
            answer: resolved_response(q, shown, response, store),
            correct: grade.correct,
            points: grade.points,
            max_points: grade.max_points,
        }
    }
}

impl Attempt {
    /// A new attempt stamped with the current time; score and max come from `questions`
    /// except `max_score`, which counts every question given (see [`Attempt::max_score`]).
    pub fn new(student: &str, bank: &str, bank_hash: &str, mode: Mode, max_score: u32) -> Attempt {
        Attempt {
            student: student.trim().to_string(),
            bank: bank.to_string(),
            bank_hash: bank_hash.to_string(),
            time: now_rfc3339(),
            mode,
            complete: false,
            score: 0,
            max_score,
            questions: Vec::new(),
        }
    }

    /// The attempt a graded answer sheet makes: every question of the bank, complete.
    pub fn from_sheet(
        student: &str,
        bank: &Bank,
        bank_hash: &str,
        result: &SheetResult,
        store: &FactStore,
    ) -> Attempt {
        let mut attempt = Attempt::new(
            student,
            &bank.display_title(),
            bank_hash,
            Mode::Grade,
            result.max_score,
        );
        for r in &result.questions {
            let answer = match bank.questions.iter().find(|q| q.id == r.id) {
                Some(q) => resolved_response(q, &Shown::as_printed(q), &r.response, store),
                None => r.response.clone(),
            };
            attempt.push(Response {
                id: r.id.clone(),
                response: r.response.clone(),
                answer,
                correct: r.correct,
                points: r.points,
                max_points: r.max_points,
            });
        }
        attempt.complete = true;
        attempt
    }

    pub fn push(&mut self, r: Response) {
        self.score += r.points;
        self.questions.push(r);
    }

    /// The score as a share of the maximum, 0 to 1 (0 for a bank worth no points).
    pub fn fraction(&self) -> f64 {
        if self.max_score == 0 {
            0.0
        } else {
            f64::from(self.score) / f64::from(self.max_score)
        }
    }
}

/// FNV-1a, 64 bits, as 16 hex digits: a stable fingerprint of a bank's content that needs no
/// dependency and never changes between versions of this tool.
pub fn content_hash(bytes: &[u8]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

/// The current time as RFC 3339 UTC, whole seconds.
pub fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339(secs)
}

/// Seconds since 1970 as "YYYY-MM-DDTHH:MM:SSZ" (proleptic Gregorian calendar, UTC).
pub fn rfc3339(secs: u64) -> String {
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to (year, month, day): Howard Hinnant's `civil_from_days`.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// An open results file that attempts are appended to.
///
/// Opened when the quiz starts, so that a path that cannot be written is reported before a
/// student spends twenty minutes answering, not after.
#[derive(Debug)]
pub struct ResultsFile {
    path: PathBuf,
    file: File,
}

impl ResultsFile {
    pub fn open(path: &Path) -> Result<ResultsFile, Error> {
        if path.is_dir() {
            return Err(Error::input(format!(
                "{}: is a folder, not a results file",
                path.display()
            )));
        }
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .map_err(|e| write_error(path, &e))?;
        Ok(ResultsFile {
            path: path.to_path_buf(),
            file,
        })
    }

    /// Appends the attempt as one line. Errors name the file; nothing is lost silently.
    pub fn append(&mut self, attempt: &Attempt) -> Result<(), Error> {
        let json = serde_json::to_string(attempt)
            .map_err(|e| Error::input(format!("{}: {e}", self.path.display())))?;
        self.file.lock().map_err(|e| write_error(&self.path, &e))?;
        let written = self.write_line_locked(&json);
        // Closing the file would release the lock too; unlocking now lets the next student in
        // before this process exits.
        let unlocked = self.file.unlock().map_err(|e| write_error(&self.path, &e));
        written.and(unlocked)
    }

    /// One `write` of the whole line (behind a line break if an earlier writer died mid-line,
    /// so that its fragment cannot swallow this record), then a sync.
    fn write_line_locked(&mut self, json: &str) -> Result<(), Error> {
        let mut line = Vec::with_capacity(json.len() + 2);
        if !self.ends_with_newline()? {
            line.push(b'\n');
        }
        line.extend_from_slice(json.as_bytes());
        line.push(b'\n');
        self.file
            .write_all(&line)
            .and_then(|()| self.file.sync_data())
            .map_err(|e| write_error(&self.path, &e))
    }

    /// Whether the file is empty or its last byte ends a line.
    fn ends_with_newline(&mut self) -> Result<bool, Error> {
        let len = self
            .file
            .metadata()
            .map_err(|e| write_error(&self.path, &e))?
            .len();
        if len == 0 {
            return Ok(true);
        }
        let mut last = [0u8; 1];
        self.file
            .seek(SeekFrom::Start(len - 1))
            .and_then(|_| self.file.read_exact(&mut last))
            .map_err(|e| write_error(&self.path, &e))?;
        Ok(last[0] == b'\n')
    }
}

fn write_error(path: &Path, e: &std::io::Error) -> Error {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "no such folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    Error::input(format!(
        "{}: cannot record the result: {why}",
        path.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_eq!(content_hash(b"a"), "af63dc4c8601ec8c");
        assert_eq!(content_hash(b"foobar"), "85944171f73967e8");
    }

    #[test]
    fn formats_times_as_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_752_138_902), "2025-07-10T09:15:02Z");
    }

    #[test]
    fn appends_whole_lines_even_after_a_torn_one() {
        let dir = std::env::temp_dir().join(format!("quiz-record-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("results.jsonl");
        std::fs::write(&path, "{\"student\":\"torn").unwrap();
        let mut file = ResultsFile::open(&path).unwrap();
        let attempt = Attempt::new("Ana", "Bank", "00", Mode::Grade, 1);
        file.append(&attempt).unwrap();
        file.append(&attempt).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert_eq!(lines[0], "{\"student\":\"torn");
        for line in &lines[1..] {
            let back: Attempt = serde_json::from_str(line).unwrap();
            assert_eq!(back, attempt);
        }
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn a_results_path_in_a_missing_folder_is_an_error_that_names_it() {
        let e = ResultsFile::open(Path::new("/no/such/folder/results.jsonl")).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("/no/such/folder/results.jsonl: cannot record the result"),
            "{e}"
        );
    }
}
