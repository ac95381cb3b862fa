//! Numbers written in several words, as students write them, turned into digits before a
//! response is read: "two hundred and forty" -> 240, "a hundred" -> 100, "one and a half
//! million" -> 1500000, "one thousand four hundred and twenty" -> 1420.
//!
//! The value reader (`text::values`) reads one number word and the scale words after it
//! ("three hundred", "six and a half billion"); it stops at the British "and" and at "a
//! hundred", and the grader would split "two hundred and forty" at the "and" as a list of two
//! answers. Rewriting the whole phrase as one number first settles both. A single number word
//! is left as written: the value reader already reads it, and "one" alone is often no number.

use crate::lexicon::{lexicon, Lexicon};
use crate::text::values::parse_number_word;

/// The text with every number phrase of two or more words written in digits; punctuation
/// between words is kept, so lists ("240, 250") are still lists.
pub fn digits_for_number_words(text: &str) -> String {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let cores: Vec<String> = tokens.iter().map(|t| core(t)).collect();
    let lex = lexicon();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        match read_phrase(&cores[i..], &tokens[i..], lex) {
            Some((value, used)) if used >= 2 => {
                let last = tokens[i + used - 1];
                out.push(format!("{}{}", digits(value), trailing_punctuation(last)));
                i += used;
            }
            _ => {
                out.push(tokens[i].to_string());
                i += 1;
            }
        }
    }
    out.join(" ")
}

/// A token lowercased, without the punctuation around it.
fn core(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.' && c != ',')
        .trim_end_matches(['.', ','])
        .to_lowercase()
}

fn trailing_punctuation(token: &str) -> &str {
    let kept = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    &token[kept.len()..]
}

/// A value in digits, as the value reader reads them: 240, 1.5.
fn digits(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// What a number phrase's last word was, which decides what may follow it.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Nothing,
    /// "a" before "hundred".
    Article,
    /// A units or tens word, or digits: "forty", "4".
    Count,
    /// "hundred", "thousand", "million".
    Scale,
}

/// Reads the number phrase at the start of `cores` (the tokens without punctuation); returns
/// its value and how many tokens it used. It ends at a token followed by a comma or semicolon,
/// which separates answers rather than joining a number.
fn read_phrase(cores: &[String], tokens: &[&str], lex: &Lexicon) -> Option<(f64, usize)> {
    // total: the finished thousands and millions; current: the part below the last scale.
    let (mut total, mut current) = (0.0, 0.0);
    let mut last = Last::Nothing;
    let mut k = 0;
    while k < cores.len() {
        let w = cores[k].as_str();
        let next = cores.get(k + 1).map(String::as_str);
        let step = if matches!(w, "a" | "an") && last == Last::Nothing {
            // "a hundred", "a million"
            next.and_then(|n| big_scale(n, lex)).map(|_| {
                current = 1.0;
                (Last::Article, 1)
            })
        } else if w == "and" && is_half(&cores[k + 1..]) && last != Last::Nothing {
            // "one and a half", "two hundred and a half" is not said; "one and a half million" is.
            current += 0.5;
            Some((Last::Count, 3))
        } else if w == "and" && last == Last::Scale {
            // British "two hundred and forty": only when a count follows.
            next.and_then(|n| count_word(n, lex))
                .map(|_| (Last::Scale, 1))
        } else if let Some(scale) = big_scale(w, lex).filter(|_| last != Last::Nothing) {
            if scale < 1000.0 {
                current *= scale;
            } else {
                total += current * scale;
                current = 0.0;
            }
            Some((Last::Scale, 1))
        } else if let Some(n) = count_word(w, lex).filter(|&n| may_add_count(last, current, n, k)) {
            current += n;
            Some((Last::Count, 1))
        } else {
            None
        };
        let Some((kind, used)) = step else { break };
        last = kind;
        k += used;
        if tokens[k - 1].ends_with([',', ';']) {
            break;
        }
    }
    (k > 0 && last != Last::Article).then_some((total + current, k))
}

/// Whether a count `n` may join the phrase: at its start, after a scale ("hundred forty"),
/// or a unit after a round ten ("forty two"; not "twenty twenty-five", which is a year).
fn may_add_count(last: Last, current: f64, n: f64, k: usize) -> bool {
    match last {
        Last::Nothing => k == 0,
        Last::Scale | Last::Article => true,
        Last::Count => current % 100.0 >= 20.0 && current % 10.0 == 0.0 && n < 10.0,
    }
}

fn is_half(rest: &[String]) -> bool {
    rest.len() >= 2 && rest[0] == "a" && rest[1] == "half"
}

/// A units or tens word (forty, twenty-five) or digits (4, 1.5): a count, not a scale.
fn count_word(w: &str, lex: &Lexicon) -> Option<f64> {
    parse_number_word(w, lex).filter(|_| big_scale(w, lex).is_none())
}

/// A scale word written out (hundred, thousand, million, lakh); not the short forms "k", "m"
/// and "bn", which also stand for units ("100m" is a distance) or follow digits directly.
fn big_scale(w: &str, lex: &Lexicon) -> Option<f64> {
    if w.len() <= 2 {
        return None;
    }
    lex.number_scales.get(w).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_phrases_become_digits() {
        for (text, digits) in [
            ("two hundred and forty", "240"),
            ("two hundred forty kilometres", "240 kilometres"),
            ("a hundred", "100"),
            ("one thousand four hundred and twenty.", "1420."),
            ("one and a half million", "1500000"),
            ("1.5 million", "1500000"),
            ("one and a half", "1.5"),
            ("twenty-five thousand", "25000"),
            ("forty two", "42"),
            (
                "it was two hundred and four million euros",
                "it was 204000000 euros",
            ),
            ("two hundred, forty", "200, forty"),
            ("one hundred and twenty five", "125"),
        ] {
            assert_eq!(digits_for_number_words(text), digits, "{text}");
        }
    }

    #[test]
    fn single_words_lists_and_other_words_stay() {
        for text in [
            "ninety",
            "one of them",
            "two and three",
            "90 or 100",
            "a thousand-year-old oak",
            "12 m",
            "Park and Wi",
            "twenty twenty-five",
            "August 1 2025",
        ] {
            assert_eq!(digits_for_number_words(text), text);
        }
    }
}
