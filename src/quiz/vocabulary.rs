//! The grader's own word lists, from `data/grading.toml`: compass points and their adjectives,
//! parts of a day and of a place, framing words, spelling variants and the letters compared
//! without their accents.
//!
//! The lexicon's tables are compiled by the build script; these few lists are the grader's
//! alone, so the file is embedded as text and read once, the first time a free-text answer is
//! graded (a few microseconds), rather than adding tables to the lexicon that the checker shares.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The lists of `data/grading.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradingWords {
    pub compass_points: HashSet<String>,
    pub times_of_day: HashSet<String>,
    pub parts_of_a_place: HashSet<String>,
    pub framing_words: HashSet<String>,
    /// An adjective or adverb of a compass point -> the point (eastern -> east).
    pub compass_forms: HashMap<String, String>,
    /// Letters without an accent to drop, written out (æ -> ae, ø -> o, ß -> ss).
    letters: HashMap<char, String>,
    /// The usual ASCII spelling of letters more than a base letter (ö -> oe, å -> aa).
    letters_written_long: HashMap<char, String>,
    pub spellings: HashMap<String, String>,
}

impl GradingWords {
    /// The spelling the grader compares a word in: "kilometers" -> "kilometres".
    pub fn spelled<'a>(&'a self, lower: &'a str) -> &'a str {
        self.spellings.get(lower).map_or(lower, String::as_str)
    }

    /// A lowercase word with its letters compared without accents: "malmö" -> "malmo",
    /// "josé" -> "jose", "ærø" -> "aero", "weiß" -> "weiss". ASCII is returned as it is.
    pub fn without_accents(&self, lower: &str) -> String {
        if lower.is_ascii() {
            return lower.to_string();
        }
        let mut out = String::with_capacity(lower.len());
        for c in lower.nfd() {
            if is_combining_mark(c) {
                continue;
            }
            match self.letters.get(&c) {
                Some(s) => out.push_str(s),
                None => out.push(c),
            }
        }
        out
    }

    /// A text with the letters that have a usual ASCII spelling written so ("Malmö" ->
    /// "Malmoe", "Åsa" -> "Aasa"), or None when it has none.
    pub fn written_long(&self, text: &str) -> Option<String> {
        let lower = text.to_lowercase().nfc().collect::<String>();
        if !lower
            .chars()
            .any(|c| self.letters_written_long.contains_key(&c))
        {
            return None;
        }
        Some(
            lower
                .chars()
                .map(|c| match self.letters_written_long.get(&c) {
                    Some(s) => s.clone(),
                    None => c.to_string(),
                })
                .collect(),
        )
    }

    /// The compass point a word is, or is the adjective or adverb of: "eastern" -> "east".
    pub fn compass_point_of<'a>(&'a self, lower: &'a str) -> Option<&'a str> {
        match self.compass_forms.get(lower) {
            Some(point) => Some(point),
            None => self.compass_points.contains(lower).then_some(lower),
        }
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
        assert_eq!(words.compass_point_of("easterly"), Some("east"));
        assert_eq!(words.compass_point_of("east"), Some("east"));
        assert_eq!(words.compass_point_of("side"), None);
    }

    #[test]
    fn letters_compare_without_accents_or_written_long() {
        let words = grading_words();
        for (word, folded) in [
            ("malmö", "malmo"),
            ("josé", "jose"),
            ("ærø", "aero"),
            ("weiß", "weiss"),
            ("åsa", "asa"),
            ("łódź", "lodz"),
            ("kask", "kask"),
        ] {
            assert_eq!(words.without_accents(word), folded, "{word}");
        }
        assert_eq!(words.written_long("Malmö").as_deref(), Some("malmoe"));
        assert_eq!(
            words.written_long("Åsa Løkke").as_deref(),
            Some("aasa loekke")
        );
        assert_eq!(words.written_long("José"), None);
    }
}
