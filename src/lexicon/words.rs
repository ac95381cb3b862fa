//! How the word lists' entries are split, stemmed and normalised. Shared by the build script,
//! which reads `data/` into tables, and by the lexicon at run time, which looks words up in
//! them: both sides must turn a phrase into the same key.

use crate::text::stem::stem_word;

/// The words of a data-file phrase. Most are plain words and spaces, split directly; the
/// rest (abbreviations, possessives) go through the tokenizer.
pub fn plain_words(phrase: &str) -> Box<dyn Iterator<Item = String> + '_> {
    let plain = phrase
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
    if plain {
        Box::new(phrase.split_whitespace().map(str::to_string))
    } else {
        Box::new(crate::text::words(phrase).into_iter())
    }
}

/// The stem of one lowercased word, or of its lemma when it is an irregular form (met -> meet).
pub fn stem_with(lower: &str, lemma: Option<&str>) -> String {
    stem_word(lemma.unwrap_or(lower))
}

/// Lowercases and stems every word of a phrase with `stem`, so that phrases match whatever
/// their inflection.
pub fn stem_phrase(phrase: &str, stem: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    for w in plain_words(phrase) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stem(&w.to_lowercase()));
    }
    out
}

/// Lowercases a title and unifies spelling variants that never change the office.
pub fn normalize_title(title: &str) -> String {
    plain_words(title)
        .map(|w| normalize_title_word(&w.to_lowercase()).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One lowercased title word with its spelling unified (advisor -> adviser).
pub fn normalize_title_word(lower: &str) -> &str {
    match lower {
        "advisor" => "adviser",
        "defense" => "defence",
        "councilor" => "councillor",
        other => other,
    }
}
