//! Quizzes on an article: question banks, the grader, the interactive session, answer
//! sheets and the question generator.
//!
//! Article knowledge comes from the fact store and the bank files, never from this code.

pub mod bank;
pub mod generate;
pub mod grade;
pub mod session;
pub mod sheet;

pub use bank::{Bank, Kind, Question};
pub use grade::{grade, Grade, Shown};
