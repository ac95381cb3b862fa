//! What the teacher sees and exports. The figures are `quiz report`'s, computed by the
//! library on the very attempts the JSON lines export writes, so the dashboard, the export
//! and `quiz report` on the export agree by construction.

use serde::Serialize;

use super::storage::{StoredAnswer, Student};
use super::App;
use crate::error::Error;
use crate::quiz::record::{Attempt, Mode, Response};
use crate::quiz::report::{self, BankReport};

/// The dashboard's state, sent as JSON over server-sent events.
#[derive(Debug, Serialize)]
pub struct Snapshot {
    pub title: String,
    pub state: &'static str,
    pub join_code: String,
    pub total_questions: usize,
    pub joined: usize,
    pub finished: usize,
    pub students: Vec<StudentView>,
    pub questions: Vec<QuestionView>,
    /// Students by best score, in tenths: 0-9%, 10-19%, ... 90-100%.
    pub distribution: [usize; 10],
    pub teacher_paced: bool,
    /// Teacher-paced: the question shown (1-based) and its prompt.
    pub shown: Option<(usize, String)>,
    /// Teacher-paced: seconds left to answer it, when a timer runs.
    pub seconds_left: Option<u64>,
    pub leaderboard_shown: bool,
    pub leaderboard: Vec<(String, u32)>,
}

#[derive(Debug, Serialize)]
pub struct StudentView {
    pub name: String,
    /// The question the student is on (1-based), none when finished (self-paced) or when
    /// they answered the question shown (teacher-paced).
    pub on: Option<usize>,
    pub answered: usize,
    pub score: u32,
    pub max_score: u32,
}

#[derive(Debug, Serialize)]
pub struct QuestionView {
    pub id: String,
    pub prompt: String,
    pub answered: usize,
    pub right: usize,
    /// The most common wrong answers, most common first, with how many gave each.
    pub wrong: Vec<(String, usize)>,
}

/// Every student with their answers, in the order they joined.
type Class = Vec<(Student, Vec<StoredAnswer>)>;

fn class(app: &App) -> Result<Class, Error> {
    Ok(app.mirror().class())
}

/// One attempt per student who answered at least one question, as `quiz report` reads them.
fn attempts(app: &App, class: &[(Student, Vec<StoredAnswer>)]) -> Vec<Attempt> {
    let planned_max: u32 = app.bank.questions.iter().map(|q| q.points).sum();
    let total = app.bank.questions.len();
    class
        .iter()
        .filter(|(_, answers)| !answers.is_empty())
        .map(|(s, answers)| {
            let mut attempt = Attempt::new(
                &s.name,
                &app.title,
                &app.bank_hash,
                Mode::Serve,
                planned_max,
            );
            for a in answers {
                attempt.push(Response {
                    id: a.question.clone(),
                    response: a.response.clone(),
                    answer: a.answer.clone(),
                    correct: a.correct,
                    points: a.points,
                    max_points: a.max_points,
                });
            }
            attempt.complete = answers.len() >= total;
            attempt.time = answers
                .last()
                .map_or_else(|| s.joined.clone(), |a| a.time.clone());
            attempt
        })
        .collect()
}

fn reports(app: &App) -> Result<(Class, Vec<BankReport>), Error> {
    let class = class(app)?;
    let reports = report::build(&attempts(app, &class));
    Ok((class, reports))
}

pub fn snapshot(app: &App) -> Result<Snapshot, Error> {
    let (class, reports) = reports(app)?;
    let meta = app.meta();
    let total = app.bank.questions.len();
    let report = reports.first();
    let on = |answers: &[StoredAnswer]| match meta.shown {
        Some(k) if meta.teacher_paced => {
            (!answers.iter().any(|a| a.position == k)).then_some(k as usize + 1)
        }
        _ if meta.teacher_paced => None,
        _ => (answers.len() < total).then_some(answers.len() + 1),
    };
    let students: Vec<StudentView> = class
        .iter()
        .map(|(s, answers)| StudentView {
            name: s.name.clone(),
            on: on(answers),
            answered: answers.len(),
            score: answers.iter().map(|a| a.points).sum(),
            max_score: answers.iter().map(|a| a.max_points).sum(),
        })
        .collect();
    let questions = app
        .bank
        .questions
        .iter()
        .map(|q| {
            let item = report.and_then(|r| r.items.iter().find(|i| i.id == q.id));
            QuestionView {
                id: q.id.clone(),
                prompt: q.prompt.clone(),
                answered: item.map_or(0, |i| i.answered),
                right: item.map_or(0, |i| i.right),
                wrong: item.map_or_else(Vec::new, |i| i.wrong.iter().take(3).cloned().collect()),
            }
        })
        .collect();
    Ok(Snapshot {
        title: app.title.clone(),
        state: meta.state.as_str(),
        join_code: meta.join_code,
        total_questions: total,
        joined: students.len(),
        finished: class.iter().filter(|(_, a)| a.len() >= total).count(),
        students,
        questions,
        distribution: report.map_or([0; 10], |r| r.distribution),
        teacher_paced: meta.teacher_paced,
        shown: meta.shown.and_then(|k| {
            let plan = crate::quiz::session::plan(&app.bank, None, meta.seed);
            let (q, _) = plan.get(k as usize)?;
            Some((k as usize + 1, q.prompt.clone()))
        }),
        seconds_left: meta.deadline.map(|d| d.saturating_sub(super::unix_now())),
        leaderboard_shown: meta.leaderboard,
        leaderboard: ranking(&class),
    })
}

/// The ten best scores, best first (ties by name).
fn ranking(class: &Class) -> Vec<(String, u32)> {
    let mut board: Vec<(String, u32)> = class
        .iter()
        .map(|(s, a)| (s.name.clone(), a.iter().map(|a| a.points).sum()))
        .collect();
    board.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    board.truncate(10);
    board
}

/// The leaderboard students see when the teacher shows it.
pub fn leaderboard(app: &App) -> Result<Vec<(String, u32)>, Error> {
    Ok(ranking(&class(app)?))
}

/// The results as JSON lines, one attempt per student: what `quiz report` reads.
pub fn jsonl(app: &App) -> Result<String, Error> {
    let class = class(app)?;
    let mut out = String::new();
    for a in attempts(app, &class) {
        out.push_str(&serde_json::to_string(&a).map_err(|e| Error::input(e.to_string()))?);
        out.push('\n');
    }
    Ok(out)
}

/// The gradebook as `quiz report --csv` writes it.
pub fn gradebook_csv(app: &App) -> Result<String, Error> {
    Ok(report::gradebook_csv(&reports(app)?.1))
}

/// The item statistics as `quiz report --items-csv` writes them.
pub fn items_csv(app: &App) -> Result<String, Error> {
    Ok(report::items_csv(&reports(app)?.1))
}
