//! `quiz serve`: the class plays a quiz in the browser and the teacher watches live.
//!
//! State lives behind [`storage::Storage`]; every answer is committed before its grade is
//! shown.

pub mod storage;
