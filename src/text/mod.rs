//! Text utilities shared by the article reader, the claim reader and the quiz grader:
//! tokens, stems, fuzzy comparison, and values (dates, weekdays, numbers).

pub mod fuzzy;
pub mod phrases;
pub mod stem;
mod tokenize;
pub mod values;

pub use tokenize::{
    for_each_word, normalize_unicode, tokenize, tokenize_borrowed, words, Token, TokenRef,
};

/// Lowercase, drop punctuation and collapse spaces: the form two answers are compared in.
pub fn fold(text: &str) -> String {
    words(text)
        .iter()
        .map(|w| w.to_lowercase().replace(['-', '\u{2010}', '\u{2011}'], " "))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_hyphens_abbreviations_and_numbers_inside_words() {
        assert_eq!(
            words(
                "Park Yoon-joo met U.S. officials on Aug. 1, paying $1,000.50 for a 90-day pass."
            ),
            vec![
                "Park",
                "Yoon-joo",
                "met",
                "U.S.",
                "officials",
                "on",
                "Aug",
                "1",
                "paying",
                "1,000.50",
                "for",
                "a",
                "90-day",
                "pass"
            ]
        );
    }

    #[test]
    fn splits_possessive_and_negation() {
        assert_eq!(
            words("Korea's adviser didn't go"),
            vec!["Korea", "'s", "adviser", "did", "n't", "go"]
        );
        assert_eq!(words("Korea\u{2019}s"), vec!["Korea", "'s"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "Wi, then Rubio.";
        for t in tokenize(text) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }

    #[test]
    fn fold_ignores_case_and_punctuation() {
        assert_eq!(fold("  Takeshi   Iwaya. "), "takeshi iwaya");
        assert_eq!(fold("Park Yoon-joo"), "park yoon joo");
    }
}
