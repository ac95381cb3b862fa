//! Quizzes on an article: question banks, the grader, the interactive session, answer
//! sheets, the question generator, results and reports, worksheets and GIFT/Aiken exchange.
//!
//! Article knowledge comes from the fact store and the bank files, never from this code.

pub mod bank;
pub mod export;
pub mod generate;
pub mod gift;
pub mod grade;
mod number_words;
pub mod output;
pub mod record;
pub mod report;
mod rivals;
pub mod session;
pub mod sheet;
mod vocabulary;

pub use bank::{Bank, Kind, Question};
pub use grade::{grade, Grade, Shown};
