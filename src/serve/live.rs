//! The class in memory, and the writer that commits answers in groups.
//!
//! Handlers read students and answers from the [`Mirror`], loaded from storage at start and
//! updated only after storage has committed, so a page never shows what a crash could lose.
//! Answers go to one writer thread that commits everything waiting in one transaction (one
//! sync to disk for thirty students answering in the same instant), then acknowledges each;
//! the student's grade is shown only after that.

use std::collections::HashMap;
use std::sync::{mpsc, Arc};

use tokio::sync::oneshot;

use super::storage::{Storage, StoredAnswer, Student};
use super::App;
use crate::error::Error;

/// The most answers one transaction takes.
const MAX_BATCH: usize = 1000;

#[derive(Debug, Default)]
pub struct Mirror {
    students: Vec<Student>,
    by_session: HashMap<String, usize>,
    answers: HashMap<i64, Vec<StoredAnswer>>,
}

impl Mirror {
    pub fn load(db: &mut dyn Storage) -> Result<Mirror, Error> {
        let mut m = Mirror::default();
        for s in db.students()? {
            m.add_student(s);
        }
        for a in db.all_answers()? {
            m.add_answer(a);
        }
        Ok(m)
    }

    pub fn len(&self) -> usize {
        self.students.len()
    }

    pub fn student_by_session(&self, session: &str) -> Option<Student> {
        self.by_session
            .get(session)
            .and_then(|&i| self.students.get(i))
            .cloned()
    }

    pub fn add_student(&mut self, s: Student) {
        self.by_session
            .insert(s.session.clone(), self.students.len());
        self.students.push(s);
    }

    /// A student's answers in position order.
    pub fn answers_of(&self, student: i64) -> Vec<StoredAnswer> {
        self.answers.get(&student).cloned().unwrap_or_default()
    }

    pub fn add_answer(&mut self, a: StoredAnswer) {
        let list = self.answers.entry(a.student).or_default();
        let at = list.partition_point(|x| x.position < a.position);
        if list.get(at).is_none_or(|x| x.position != a.position) {
            list.insert(at, a);
        }
    }

    /// Every student with their answers, in the order they joined.
    pub fn class(&self) -> Vec<(Student, Vec<StoredAnswer>)> {
        self.students
            .iter()
            .map(|s| (s.clone(), self.answers_of(s.id)))
            .collect()
    }
}

/// Whether the answer was stored (false: that question was answered already), or why the
/// database failed.
pub type Ack = oneshot::Sender<Result<bool, String>>;

pub type Queue = mpsc::Sender<(StoredAnswer, Ack)>;

/// Starts the writer thread on the app's storage.
pub fn spawn_writer(app: Arc<App>, queue: mpsc::Receiver<(StoredAnswer, Ack)>) {
    std::thread::spawn(move || {
        while let Ok(first) = queue.recv() {
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match queue.try_recv() {
                    Ok(next) => batch.push(next),
                    Err(_) => break,
                }
            }
            let answers: Vec<StoredAnswer> = batch.iter().map(|(a, _)| a.clone()).collect();
            let written = app.db().record_answers(&answers);
            match written {
                Ok(stored) => {
                    let mut mirror = app.mirror();
                    for (a, &new) in answers.into_iter().zip(&stored) {
                        if new {
                            mirror.add_answer(a);
                        }
                    }
                    drop(mirror);
                    for ((_, ack), new) in batch.into_iter().zip(stored) {
                        let _ = ack.send(Ok(new));
                    }
                    app.changed();
                }
                Err(e) => {
                    let e = e.to_string();
                    for (_, ack) in batch {
                        let _ = ack.send(Err(e.clone()));
                    }
                }
            }
        }
    });
}
