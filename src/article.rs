//! The article as the engine reads it: numbered sentences and a dateline.
//!
//! Sentences are numbered from 1 in reading order. Every non-blank line is at least one
//! sentence (a headline, a bullet point, a section label), and a paragraph is split at
//! sentence ends, but not after abbreviations (U.S., Mr., Aug.) or initials (J. Smith).

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lexicon::lexicon;

/// The opening "Place, Date (Source)" of a news report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    pub place: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// 1-based position in the article.
    pub n: usize,
    /// The sentence as written, dateline included.
    pub text: String,
    /// Byte offset in `text` where the sentence proper starts (after a dateline).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub body_start: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Sentence {
    /// The sentence without its dateline.
    pub fn body(&self) -> &str {
        self.text.get(self.body_start..).unwrap_or(&self.text)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Where it came from: a path, or "built-in".
    pub source: String,
    pub sentences: Vec<Sentence>,
    pub dateline: Option<Dateline>,
}

/// The largest article accepted, in bytes. Beyond this a classroom tool is being misused.
pub const MAX_ARTICLE_BYTES: usize = 64 * 1024 * 1024;

impl Article {
    /// Reads an article from text. `source` names it in messages.
    pub fn parse(source: &str, text: &str) -> Result<Article, Error> {
        if text.len() > MAX_ARTICLE_BYTES {
            return Err(Error::Input(format!(
                "{source}: the article is {} MiB; the limit is {} MiB",
                text.len() / (1024 * 1024),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            )));
        }
        let text = crate::text::normalize_unicode(text);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        if text.trim().is_empty() {
            return Err(Error::Input(format!("{source}: the article is empty")));
        }
        let mut sentences = Vec::new();
        let mut dateline = None;
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let line = strip_bullet(line);
            for piece in split_sentences(line) {
                let mut body_start = 0;
                if dateline.is_none() && sentences.len() < 12 {
                    if let Some((d, start)) = read_dateline(piece) {
                        dateline = Some(d);
                        body_start = start;
                    }
                }
                sentences.push(Sentence {
                    n: sentences.len() + 1,
                    text: piece.to_string(),
                    body_start,
                });
            }
        }
        Ok(Article {
            source: source.to_string(),
            sentences,
            dateline,
        })
    }

    pub fn sentence(&self, n: usize) -> Option<&Sentence> {
        n.checked_sub(1).and_then(|i| self.sentences.get(i))
    }
}

/// Removes a list marker ("- ", "* ", "• ") from a bullet line.
fn strip_bullet(line: &str) -> &str {
    for marker in ["- ", "* ", "\u{2022} ", "\u{2013} ", "\u{2014} "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return rest.trim_start();
        }
    }
    line
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}')
}

/// Splits one paragraph into sentences.
pub fn split_sentences(paragraph: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Take closing quotes and brackets with the sentence.
            let mut j = i + 1;
            while j < chars.len()
                && (is_closing(chars[j].1) || matches!(chars[j].1, '.' | '!' | '?'))
            {
                j += 1;
            }
            let at_end = j >= chars.len();
            let followed_by_space = chars.get(j).is_some_and(|x| x.1.is_whitespace());
            if !at_end && followed_by_space && c == '.' && !ends_sentence(paragraph, pos, &chars, j)
            {
                i = j;
                continue;
            }
            if at_end || followed_by_space {
                let end = chars.get(j).map(|x| x.0).unwrap_or(paragraph.len());
                let s = paragraph[start..end].trim();
                if !s.is_empty() {
                    out.push(s);
                }
                start = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let rest = paragraph[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Whether the period at byte `dot` ends a sentence: not after an abbreviation or an initial,
/// and followed by something that can start one.
fn ends_sentence(text: &str, dot: usize, chars: &[(usize, char)], next: usize) -> bool {
    let before = &text[..dot];
    // Spaces may take several bytes (a no-break space in "5 bn."): step over the whole one.
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        .map(|(p, c)| p + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    let lower = word.to_lowercase();
    let next_char = chars[next..]
        .iter()
        .map(|x| x.1)
        .find(|c| !c.is_whitespace());
    let next_starts_sentence = next_char.is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(')
    });
    if !next_starts_sentence {
        return false;
    }
    // An initial: "J. Smith"
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false;
    }
    let lex = lexicon();
    if lex.is_abbreviation(&lower) {
        // "U.S." may end a sentence; a following name-like word decides. Titles (Mr., Dr.) and
        // months before a number never do.
        let next_word: String = chars[next..]
            .iter()
            .map(|x| x.1)
            .skip_while(|c| c.is_whitespace())
            .take_while(|c| c.is_alphanumeric())
            .collect();
        if lex.month(&lower).is_some() {
            return !next_word.chars().all(|c| c.is_ascii_digit());
        }
        if lower.contains('.') {
            // U.S. Secretary vs "... in the U.S. The next day": a common sentence opener decides.
            return lex.is_stopword(&next_word.to_lowercase());
        }
        return false;
    }
    true
}

/// Reads "Kuala Lumpur, July 10 (NationPress)" or "WASHINGTON (Reuters) -" at the start of a
/// sentence. Returns the dateline and where the sentence proper begins.
fn read_dateline(sentence: &str) -> Option<(Dateline, usize)> {
    let lex = lexicon();
    let open = sentence.find('(')?;
    let close = open + sentence[open..].find(')')?;
    if open > 60 || close - open > 40 {
        return None;
    }
    let source = sentence[open + 1..close].trim().to_string();
    let head = sentence[..open].trim();
    let (place, date) = match head.split_once(',') {
        Some((p, d)) => (p.trim(), Some(d.trim())),
        None => (head, None),
    };
    // The place is a short capitalised name; the date, if any, starts with a month.
    let place_ok = !place.is_empty()
        && place.split_whitespace().count() <= 4
        && place
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let date_ok = date.is_none_or(|d| {
        d.split_whitespace()
            .next()
            .is_some_and(|m| lex.month(m).is_some())
    });
    // A news agency's name, not a parenthetical remark ("(April 8, 1974 - February 2, 2014)").
    let source_ok = !source.is_empty()
        && source.split_whitespace().count() <= 5
        && !source.chars().any(|c| c.is_ascii_digit());
    // Without a date, only a place in capitals or a known place reads as a dateline
    // ("WASHINGTON (Reuters)"), not any name with a bracket after it.
    let known_place = place.chars().all(|c| !c.is_lowercase()) || lex.place(place).is_some();
    if !place_ok || !date_ok || !source_ok || (date.is_none() && !known_place) {
        return None;
    }
    let mut rest = close + 1;
    let after = &sentence[rest..];
    let trimmed = after.trim_start();
    rest += after.len() - trimmed.len();
    for dash in ["--", "-", "\u{2013}", "\u{2014}", ":"] {
        if let Some(r) = trimmed.strip_prefix(dash) {
            rest += dash.len() + (r.len() - r.trim_start().len());
            break;
        }
    }
    let place = place
        .split_whitespace()
        .map(|w| {
            if w.len() > 1 && w.chars().all(|c| !c.is_lowercase()) {
                crate::text::values::capitalize(&w.to_lowercase())
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some((
        Dateline {
            place: Some(place),
            date: date.map(str::to_string),
            source: Some(source),
        },
        rest,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_around_abbreviations_and_initials() {
        let p = "Mr. Smith met J. Doe in the U.S. on Aug. 1 at 3 p.m. local time. They talked. \
                 Then the U.S. The end? Yes! \"Quoted.\" Done.";
        assert_eq!(
            split_sentences(p),
            vec![
                "Mr. Smith met J. Doe in the U.S. on Aug. 1 at 3 p.m. local time.",
                "They talked.",
                "Then the U.S.",
                "The end?",
                "Yes!",
                "\"Quoted.\"",
                "Done."
            ]
        );
    }

    #[test]
    fn us_before_a_name_does_not_end_a_sentence() {
        assert_eq!(
            split_sentences("The U.S. Secretary of State spoke."),
            vec!["The U.S. Secretary of State spoke."]
        );
    }

    #[test]
    fn lines_and_bullets_are_sentences() {
        let a = Article::parse(
            "t",
            "Headline Here\n\n- First point.\n- Second point\nBody one. Body two.\n",
        )
        .unwrap();
        let texts: Vec<_> = a.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Headline Here",
                "First point.",
                "Second point",
                "Body one.",
                "Body two."
            ]
        );
        assert_eq!(a.sentences[3].n, 4);
    }

    #[test]
    fn reads_the_dateline() {
        let a = Article::parse(
            "t",
            "Title\nKuala Lumpur, July 10 (NationPress) South Korea is here.",
        )
        .unwrap();
        let d = a.dateline.clone().unwrap();
        assert_eq!(d.place.as_deref(), Some("Kuala Lumpur"));
        assert_eq!(d.date.as_deref(), Some("July 10"));
        assert_eq!(d.source.as_deref(), Some("NationPress"));
        assert_eq!(a.sentences[1].body(), "South Korea is here.");
        let b = Article::parse("t", "WASHINGTON (Reuters) - The vote passed.").unwrap();
        assert_eq!(b.dateline.unwrap().place.as_deref(), Some("Washington"));
        assert_eq!(b.sentences[0].body(), "The vote passed.");
    }

    #[test]
    fn empty_article_is_an_error() {
        assert!(Article::parse("x.txt", " \n\n").is_err());
    }
}
