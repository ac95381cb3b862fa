//! factquiz: check claims against a news article, and quiz students on it.
//!
//! The pipeline: [`article`] reads the text into numbered sentences; [`store`] extracts
//! entities, roles and events into a fact store; [`claim`] reads a student's statement;
//! [`check`] decides whether the article supports it, refutes it, or does not say, and
//! quotes the sentences that decide. [`quiz`] builds, asks and grades questions on the same
//! store. General English knowledge lives in `data/` and is loaded by [`lexicon`].

pub mod analysis;
pub mod article;
pub mod check;
pub mod claim;
pub mod error;
pub mod eval;
pub mod grammar;
pub mod lexicon;
pub mod parallel;
pub mod quiz;
pub mod render;
pub mod serve;
pub mod store;
pub mod text;

pub use error::Error;
