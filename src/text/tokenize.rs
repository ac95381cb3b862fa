//! Splitting text into word and punctuation tokens.
//!
//! Kept free of the rest of the crate: the build script compiles it too, so that the word
//! lists in `data/` are split into words exactly as articles and claims are.

use std::borrow::Cow;

/// One word or punctuation mark, with where it stands in the source text; its text owned.
pub type Token = TokenRef<'static>;

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
    let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
    scan(text, |t, start, end| {
        tokens.push(Token {
            text: Cow::Owned(t.into_owned()),
            start,
            end,
        })
    });
    tokens
}

/// A token whose text borrows from the text it was read from where it can, as
/// [`tokenize_borrowed`] gives: the same tokens as [`tokenize`], without a string allocated
/// for each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRef<'a> {
    pub text: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
}

impl TokenRef<'_> {
    pub fn is_word(&self) -> bool {
        is_word_text(&self.text)
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Starts with a capital letter (a name, or the first word of a sentence).
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// [`tokenize`], borrowing each token's text from `text` where it can.
pub fn tokenize_borrowed(text: &str) -> Vec<TokenRef<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
    scan(text, |t, start, end| {
        tokens.push(TokenRef {
            text: t,
            start,
            end,
        })
    });
    tokens
}

/// Whether a token's text is a word (not punctuation): [`Token::is_word`] for a `&str`.
fn is_word_text(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_alphanumeric) || t == "n't" || t == "'s"
}

/// Calls `emit` with each word of the text, in order, without building tokens: what
/// [`words`] returns.
pub fn for_each_word(text: &str, mut emit: impl FnMut(&str)) {
    scan(text, |t, _, _| {
        if is_word_text(&t) {
            emit(&t)
        }
    });
}

/// The tokenizer proper: calls `emit(text, start, end)` for each token.
fn scan<'a>(text: &'a str, mut emit: impl FnMut(Cow<'a, str>, usize, usize)) {
    thread_local! {
        static CHARS: std::cell::RefCell<Vec<(usize, char)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    CHARS.with(|cell| {
        // A tokenizer called from `emit` (it never is) would find the buffer taken.
        let mut own = Vec::new();
        let mut borrowed = cell.try_borrow_mut();
        let chars = match &mut borrowed {
            Ok(b) => &mut **b,
            Err(_) => &mut own,
        };
        chars.clear();
        if text.is_ascii() {
            chars.extend(text.bytes().enumerate().map(|(i, b)| (i, char::from(b))));
        } else {
            chars.extend(text.char_indices());
        }
        scan_chars(text, chars, &mut emit);
    })
}

fn scan_chars<'a>(
    text: &'a str,
    chars: &[(usize, char)],
    emit: &mut impl FnMut(Cow<'a, str>, usize, usize),
) {
    let byte_at = |i: usize| chars.get(i).map(|c| c.0).unwrap_or(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let (start, end) = (byte_at(i), byte_at(i + 1));
            emit(Cow::Borrowed(&text[start..end]), start, end);
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
                continue;
            }
            let next = chars.get(j + 1).map(|x| x.1);
            let prev = chars[j - 1].1;
            let joins = ((is_dash(c) || is_apostrophe(c)) && next.is_some_and(char::is_alphanumeric))
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
        let word_start = byte_at(start);
        let word = &text[word_start..byte_at(j)];
        push_word(emit, word, word_start);
        i = j;
    }
}

/// Emits a word, splitting off a possessive 's or a negating n't.
fn push_word<'a>(emit: &mut impl FnMut(Cow<'a, str>, usize, usize), word: &'a str, start: usize) {
    if !word.contains(['\'', '\u{2019}']) {
        emit(Cow::Borrowed(word), start, start + word.len());
        return;
    }
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    // "1970's" is the decade 1970s, not a possessive.
    if lower.ends_with("'s") && lower[..lower.len() - 2].chars().all(|c| c.is_ascii_digit()) {
        let text = format!(
            "{}s",
            &word[..word.len() - 2 - usize::from(word.contains('\u{2019}')) * 2]
        );
        emit(Cow::Owned(text), start, start + word.len());
        return;
    }
    for suffix in ["n't", "'s"] {
        if lower.ends_with(suffix) && lower.len() > suffix.len() + 1 {
            let cut = word.len() - suffix.len() - if word.contains('\u{2019}') { 2 } else { 0 };
            if word.is_char_boundary(cut) {
                let stem = &word[..cut];
                // "can't" -> "ca" + "n't" reads badly; keep "can".
                let stem_text = if lower == "can't" { "can" } else { stem };
                emit(Cow::Borrowed(stem_text), start, start + cut);
                emit(Cow::Borrowed(suffix), start + cut, start + word.len());
                return;
            }
        }
    }
    emit(Cow::Borrowed(word), start, start + word.len());
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
    let mut out = Vec::new();
    for_each_word(text, |w| out.push(w.to_string()));
    out
}
