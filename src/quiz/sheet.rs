//! Answer sheets (`quiz grade`): a student's name and a response per question id, graded into
//! a result that prints as text or JSON.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{line_col, Error};
use crate::quiz::bank::{format_number, Bank};
use crate::quiz::grade::{grade, Shown};
use crate::store::FactStore;

/// A filled answer sheet: `name = "Ana"` and `[answers]` mapping question id to the response.
#[derive(Debug, Clone, Default)]
pub struct AnswerSheet {
    pub name: Option<String>,
    pub answers: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SheetFile {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    answers: BTreeMap<String, toml::Value>,
}

impl AnswerSheet {
    /// Reads a sheet; `source` names it in messages. Every id must be a question of the bank.
    pub fn parse(source: &str, text: &str, bank: &Bank) -> Result<AnswerSheet, Error> {
        let file: SheetFile = toml::from_str(text).map_err(|e| {
            let (line, col) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
            Error::input(format!("{source}:{line}:{col}: {}", e.message().trim()))
        })?;
        let mut answers = BTreeMap::new();
        for (id, value) in file.answers {
            if !bank.questions.iter().any(|q| q.id == id) {
                let line = key_line(text, &id);
                return Err(Error::input(format!(
                    "{source}:{line}: no question \"{id}\" in {} (see `quiz list`)",
                    bank.source
                )));
            }
            let response = match value {
                toml::Value::String(s) => s,
                toml::Value::Integer(n) => n.to_string(),
                toml::Value::Float(f) => format_number(f),
                toml::Value::Boolean(b) => b.to_string(),
                toml::Value::Array(items) => items
                    .iter()
                    .map(|v| {
                        v.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| v.to_string())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                other => {
                    let line = key_line(text, &id);
                    return Err(Error::input(format!(
                        "{source}:{line}: the answer to \"{id}\" must be text, not {}",
                        other.type_str()
                    )));
                }
            };
            answers.insert(id, response);
        }
        Ok(AnswerSheet {
            name: file.name,
            answers,
        })
    }
}

/// The line where `id = ...` is written (1 when not found).
fn key_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            let key = l.split('=').next().unwrap_or("").trim().trim_matches('"');
            key == id && l.contains('=')
        })
        .map_or(1, |i| i + 1)
}

/// One graded question, as `quiz grade --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionResult {
    pub id: String,
    pub response: String,
    pub correct: bool,
    pub points: u32,
    pub max_points: u32,
    pub expected: String,
    pub feedback: String,
}

/// A graded sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetResult {
    pub name: Option<String>,
    pub score: u32,
    pub max_score: u32,
    pub questions: Vec<QuestionResult>,
}

/// Grades every question of the bank; a question with no answer earns nothing.
/// Letters refer to the printed order (`Shown::as_printed`, as `quiz list` and worksheets show).
pub fn grade_sheet(bank: &Bank, sheet: &AnswerSheet, store: &FactStore) -> SheetResult {
    let questions: Vec<QuestionResult> = bank
        .questions
        .iter()
        .map(|q| {
            let response = sheet.answers.get(&q.id).cloned().unwrap_or_default();
            let g = grade(q, &Shown::as_printed(q), &response, store);
            let feedback = match &g.difference {
                Some(d) => format!("{} ({d})", g.feedback),
                None => g.feedback,
            };
            QuestionResult {
                id: q.id.clone(),
                response,
                correct: g.correct,
                points: g.points,
                max_points: g.max_points,
                expected: g.expected,
                feedback,
            }
        })
        .collect();
    SheetResult {
        name: sheet.name.clone(),
        score: questions.iter().map(|q| q.points).sum(),
        max_score: questions.iter().map(|q| q.max_points).sum(),
        questions,
    }
}

impl SheetResult {
    /// The result for a person: one line per question, then the score.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Some(n) = &self.name {
            out.push_str(&format!("{n}\n"));
        }
        for q in &self.questions {
            let mark = if q.correct { "right" } else { "wrong" };
            let response = if q.response.is_empty() {
                "(no answer)"
            } else {
                &q.response
            };
            out.push_str(&format!(
                "{:<5} {}  {}: {}",
                mark, q.id, response, q.feedback
            ));
            out.push('\n');
        }
        out.push_str(&format!("Score: {}/{}\n", self.score, self.max_score));
        out
    }
}
