//! Quizzes on an article: question banks, the grader, the interactive session, answer
//! sheets, the question generator, results and reports, worksheets and GIFT/Aiken exchange.
//!
//! Article knowledge comes from the fact store and the bank files, never from this code.

pub mod bank;
pub mod export;
pub mod generate;
pub mod gift;
pub mod grade;
pub mod output;
pub mod record;
pub mod report;
pub mod session;
pub mod sheet;

pub use bank::{Bank, Kind, Question};
pub use grade::{grade, Grade, Shown};
