//! The grader's own word lists, from `data/grading.toml`: compass points, parts of a day,
//! framing words and spelling variants.
//!
//! The lexicon's tables are compiled by the build script; these few lists are the grader's
//! alone, so the file is embedded as text and read once, the first time a free-text answer is
//! graded (a few microseconds), rather than adding tables to the lexicon that the checker shares.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

/// The lists of `data/grading.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradingWords {
    pub compass_points: HashSet<String>,
    pub times_of_day: HashSet<String>,
    pub framing_words: HashSet<String>,
    pub spellings: HashMap<String, String>,
}

impl GradingWords {
    /// The spelling the grader compares a word in: "kilometers" -> "kilometres".
    pub fn spelled<'a>(&'a self, lower: &'a str) -> &'a str {
        self.spellings.get(lower).map_or(lower, String::as_str)
    }
}

/// The grader's word lists, read on first use.
pub fn grading_words() -> &'static GradingWords {
    static WORDS: OnceLock<GradingWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        toml::from_str(include_str!("../../data/grading.toml"))
            .unwrap_or_else(|e| panic!("data/grading.toml: {e}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_file_reads() {
        let words = grading_words();
        assert!(words.compass_points.contains("northeast"));
        assert!(words.times_of_day.contains("morning"));
        assert_eq!(words.spelled("kilometers"), "kilometres");
        assert_eq!(words.spelled("kilometres"), "kilometres");
    }
}
