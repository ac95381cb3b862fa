//! Splitting text into word and punctuation tokens.
//!
//! Kept free of the rest of the crate: the build script compiles it too, so that the word
//! lists in `data/` are split into words exactly as articles and claims are.

/// One word or punctuation mark, with where it stands in the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
            || self.text == "n't"
            || self.text == "'s"
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Starts with a capital letter (a name, or the first word of a sentence).
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_dash(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Splits text into word and punctuation tokens.
///
/// Words keep inner hyphens (Yoon-joo, 90-day), inner dots of abbreviations (U.S.), digit
/// groups (1,000 and 3.5). A possessive `'s` and a negating `n't` become tokens of their own,
/// so that "Korea's" is the name Korea and "didn't" carries a negation.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map(|c| c.0).unwrap_or(text.len());
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token {
                text: c.to_string(),
                start: byte_at(i),
                end: byte_at(i + 1),
            });
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let next = chars.get(j + 1).map(|x| x.1);
            let prev = chars[j - 1].1;
            let joins = c.is_alphanumeric()
                || ((is_dash(c) || is_apostrophe(c)) && next.is_some_and(char::is_alphanumeric))
                // 1,000 and 3.5
                || ((c == ',' || c == '.')
                    && prev.is_ascii_digit()
                    && next.is_some_and(|n| n.is_ascii_digit()))
                // U.S. and e.g.: a dot between single letters
                || (c == '.'
                    && next.is_some_and(char::is_alphabetic)
                    && chars.get(j + 2).is_some_and(|x| x.1 == '.')
                    && (j < 2 || !chars[j - 2].1.is_alphanumeric()))
                || (c == '.'
                    && j >= 2
                    && chars[j - 2].1 == '.'
                    && prev.is_alphabetic()
                    && j >= 3
                    && chars[j - 3].1.is_alphabetic()
                    && (j < 4 || !chars[j - 4].1.is_alphanumeric()));
            if !joins {
                break;
            }
            j += 1;
        }
        let word: String = chars[start..j].iter().map(|x| x.1).collect();
        let word_start = byte_at(start);
        push_word(&mut tokens, &word, word_start);
        i = j;
    }
    tokens
}

/// Pushes a word, splitting off a possessive 's or a negating n't.
fn push_word(tokens: &mut Vec<Token>, word: &str, start: usize) {
    if !word.contains(['\'', '\u{2019}']) {
        tokens.push(Token {
            text: word.to_string(),
            start,
            end: start + word.len(),
        });
        return;
    }
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    // "1970's" is the decade 1970s, not a possessive.
    if lower.ends_with("'s") && lower[..lower.len() - 2].chars().all(|c| c.is_ascii_digit()) {
        let text = format!(
            "{}s",
            &word[..word.len() - 2 - usize::from(word.contains('\u{2019}')) * 2]
        );
        tokens.push(Token {
            text,
            start,
            end: start + word.len(),
        });
        return;
    }
    for suffix in ["n't", "'s"] {
        if lower.ends_with(suffix) && lower.len() > suffix.len() + 1 {
            let cut = word.len() - suffix.len() - if word.contains('\u{2019}') { 2 } else { 0 };
            if word.is_char_boundary(cut) {
                let stem = &word[..cut];
                // "can't" -> "ca" + "n't" reads badly; keep "can".
                let stem_text = if lower == "can't" { "can" } else { stem };
                tokens.push(Token {
                    text: stem_text.to_string(),
                    start,
                    end: start + cut,
                });
                tokens.push(Token {
                    text: suffix.to_string(),
                    start: start + cut,
                    end: start + word.len(),
                });
                return;
            }
        }
    }
    tokens.push(Token {
        text: word.to_string(),
        start,
        end: start + word.len(),
    });
}

/// Text in Unicode's composed form (NFC), so that "é" typed as one character and "é" written
/// as "e" plus an accent are the same letter to every comparison.
pub fn normalize_unicode(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// The word tokens of a text, as strings.
pub fn words(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .filter(Token::is_word)
        .map(|t| t.text)
        .collect()
}
