//! Values a claim can get wrong by one word: dates, weekdays, and numbers with units.
//!
//! They are read from lowercased word tokens by [`read_value`], which both the article reader
//! and the claim reader use, so "Aug. 1", "August 1st" and "1 August" become the same value.

use serde::{Deserialize, Serialize};

use crate::lexicon::wordnet;
use crate::lexicon::{Lexicon, WordClass};

/// A date, possibly partial ("early June", "July 9", "2025").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Date {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// early, mid, late ...
    pub part: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Value {
    Date(Date),
    Weekday {
        day: u8,
    },
    /// A result or a tally: "7-2", "3-1", "seven votes to two".
    Score {
        a: u32,
        b: u32,
    },
    Number {
        value: f64,
        /// The stem of the counted thing (day, percent, vote), when one follows.
        unit: Option<String>,
        ordinal: bool,
    },
}

/// [`Value`] as a saved store holds it (`#[serde(with = "ValueByPosition")]`): variants by
/// position, for a binary format that cannot read the "type" field the JSON form names them in.
#[derive(Serialize, Deserialize)]
#[serde(remote = "Value")]
pub enum ValueByPosition {
    Date(Date),
    Weekday {
        day: u8,
    },
    Score {
        a: u32,
        b: u32,
    },
    Number {
        value: f64,
        unit: Option<String>,
        ordinal: bool,
    },
}

/// How a claim's value stands to the article's value for the same slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    Same,
    /// The article's value is more specific and implies the claim's ("June" by "early June").
    Implied,
    /// Both cannot be true of one thing.
    Conflict,
    /// Not comparable (a date and a number, days and percent).
    Unrelated,
}

impl Value {
    pub fn compare(claim: &Value, article: &Value) -> Agreement {
        match (claim, article) {
            (Value::Date(c), Value::Date(a)) => compare_dates(c, a),
            (Value::Score { a: ca, b: cb }, Value::Score { a: aa, b: ab }) => {
                // "lost 1-3" and "won 3-1" describe one result; the order is the writer's.
                if (ca, cb) == (aa, ab) || (ca, cb) == (ab, aa) {
                    Agreement::Same
                } else {
                    Agreement::Conflict
                }
            }
            (Value::Weekday { day: c }, Value::Weekday { day: a }) => {
                if c == a {
                    Agreement::Same
                } else {
                    Agreement::Conflict
                }
            }
            (
                Value::Number {
                    value: cv,
                    unit: cu,
                    ordinal: co,
                },
                Value::Number {
                    value: av,
                    unit: au,
                    ordinal: ao,
                },
            ) => {
                // Ordinals compare whatever they count: "the first interstellar object" and
                // "the third object" are positions in one series.
                let equal = (cv - av).abs() <= 1e-9 * av.abs().max(1.0);
                if co != ao {
                    return Agreement::Unrelated;
                }
                // "now hold seven" says "seven seats" when the seats are in the sentence: a
                // bare number agrees with a counted one, but only units that agree conflict.
                if !*co && !units_match(cu, au) {
                    return if equal && (cu.is_none() || au.is_none()) {
                        Agreement::Same
                    } else {
                        Agreement::Unrelated
                    };
                }
                if equal {
                    Agreement::Same
                } else {
                    Agreement::Conflict
                }
            }
            _ => Agreement::Unrelated,
        }
    }

    /// The value in words, as a correction would say it.
    pub fn describe(&self, lex: &Lexicon) -> String {
        match self {
            Value::Date(d) => {
                let mut parts = Vec::new();
                if let Some(p) = &d.part {
                    parts.push(p.clone());
                }
                if let Some(m) = d.month {
                    parts.push(capitalize(lex.month_name(m)));
                }
                if let Some(day) = d.day {
                    parts.push(day.to_string());
                }
                let mut s = parts.join(" ");
                if let Some(y) = d.year {
                    if s.is_empty() {
                        s = y.to_string();
                    } else {
                        s = format!("{s}, {y}");
                    }
                }
                s
            }
            Value::Weekday { day } => capitalize(lex.weekday_name(*day)),
            Value::Score { a, b } => format!("{a}-{b}"),
            Value::Number { value, unit, .. } => {
                let n = if value.fract() == 0.0 && value.abs() < 1e15 {
                    format!("{}", *value as i64)
                } else {
                    format!("{value}")
                };
                match unit {
                    Some(u) => format!("{n} {u}"),
                    None => n,
                }
            }
        }
    }
}

fn units_match(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        // Units are stems; synonyms count alike (supporters, fans).
        (Some(a), Some(b)) => crate::lexicon::lexicon().same_meaning(a, b),
        // A bare number matches a counted one only when neither says what it counts.
        (None, None) => true,
        _ => false,
    }
}

fn compare_dates(c: &Date, a: &Date) -> Agreement {
    let mut implied = false;
    macro_rules! field {
        ($f:ident) => {
            match (&c.$f, &a.$f) {
                (Some(x), Some(y)) if x != y => return Agreement::Conflict,
                (None, Some(_)) => implied = true,
                (Some(_), None) => return Agreement::Unrelated,
                _ => {}
            }
        };
    }
    // The month decides first: "early April" vs "early June" conflicts even though the parts agree.
    field!(year);
    field!(month);
    field!(day);
    field!(part);
    if implied {
        Agreement::Implied
    } else {
        Agreement::Same
    }
}

pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A day of the month written as 9, 9th, 1st.
fn day_number(word: &str) -> Option<u8> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    let n: u8 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn day_word(word: &str, lex: &Lexicon) -> Option<u8> {
    day_number(word).or_else(|| {
        let n = *lex.ordinals.get(word)?;
        (1.0..=31.0).contains(&n).then_some(n as u8)
    })
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() != 4 {
        return None;
    }
    let y: i32 = word.parse().ok()?;
    (1000..=2200).contains(&y).then_some(y)
}

/// A share of a whole: "half of the cost", "a third of", "the whole cost", "the entire".
fn read_share(words: &[String], i: usize, lex: &Lexicon) -> Option<(Value, usize)> {
    let w = words[i].as_str();
    let share = match w {
        "whole" | "entire" | "full" => 1.0,
        "half" => 0.5,
        _ if words.get(i + 1).map(String::as_str) == Some("of") => *lex.fractions.get(w)?,
        _ => return None,
    };
    let used = if words.get(i + 1).map(String::as_str) == Some("of") {
        2
    } else {
        1
    };
    Some((
        Value::Number {
            value: share,
            unit: Some("share".into()),
            ordinal: false,
        },
        used,
    ))
}

/// A number written in digits (90, 1,000, 3.5) or words (ninety, thirty-five).
pub fn parse_number_word(word: &str, lex: &Lexicon) -> Option<f64> {
    // Only a number that starts with a digit, once its commas are dropped, is read as digits.
    if word
        .bytes()
        .find(|&b| b != b',')
        .is_some_and(|b| b.is_ascii_digit())
    {
        let plain: std::borrow::Cow<str> = if word.contains(',') {
            word.replace(',', "").into()
        } else {
            word.into()
        };
        if let Ok(v) = plain.parse::<f64>() {
            return Some(v);
        }
    }
    if let Some(v) = lex
        .number_units
        .get(word)
        .or_else(|| lex.number_tens.get(word))
    {
        return Some(*v);
    }
    // thirty-five
    let (a, b) = word.split_once('-')?;
    let tens = lex.number_tens.get(a)?;
    let units = lex.number_units.get(b)?;
    (*units < 10.0).then_some(tens + units)
}

/// Reads a value starting at `words[i]` (lowercased words, no punctuation).
/// Returns the value and how many words it used.
pub fn read_value(words: &[String], i: usize, lex: &Lexicon) -> Option<(Value, usize)> {
    read_date(words, i, lex)
        .map(|(d, n)| (Value::Date(d), n))
        .or_else(|| read_weekday(words, i, lex))
        .or_else(|| read_score(words, i, lex))
        .or_else(|| read_number(words, i, lex))
}

/// A weekday; a short form ("Sun", "Tues") only before a date or alone at the end, and never
/// after "the": "the Sun" is a star.
fn read_weekday(words: &[String], i: usize, lex: &Lexicon) -> Option<(Value, usize)> {
    let day = lex.weekday(&words[i])?;
    let full = lex.weekday_name(day).eq_ignore_ascii_case(&words[i]);
    let before_date = words
        .get(i + 1)
        .is_some_and(|n| day_number(n).is_some() || lex.month(n).is_some());
    let after_the = i > 0 && words[i - 1] == "the";
    let at_end = i + 1 == words.len();
    (full || ((before_date || at_end) && !after_the)).then_some((Value::Weekday { day }, 1))
}

/// "7-2", or "seven votes to two" / "7 to 2".
fn read_score(words: &[String], i: usize, lex: &Lexicon) -> Option<(Value, usize)> {
    let whole = |w: &str| {
        parse_number_word(w, lex)
            .filter(|v| v.fract() == 0.0 && *v >= 0.0 && *v < 1000.0)
            .map(|v| v as u32)
    };
    if let Some((a, b)) = words[i].split_once('-') {
        let digits = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit());
        if digits(a) && digits(b) {
            return Some((
                Value::Score {
                    a: whole(a)?,
                    b: whole(b)?,
                },
                1,
            ));
        }
    }
    let a = whole(&words[i])?;
    let mut k = i + 1;
    if words.get(k).is_some_and(|w| lex.is(WordClass::Tallied, w)) {
        k += 1;
    }
    if words.get(k).map(String::as_str) != Some("to") {
        return None;
    }
    let b = whole(words.get(k + 1)?)?;
    Some((Value::Score { a, b }, k + 2 - i))
}

fn read_date(words: &[String], i: usize, lex: &Lexicon) -> Option<(Date, usize)> {
    let w = |k: usize| words.get(k).map(String::as_str);
    let mut k = i;
    let mut part = None;
    // early June, mid-June, the end of June
    if let Some(p) = lex
        .date_part_words
        .iter()
        .find(|p| words.len() >= i + p.len() && words[i..i + p.len()] == p[..])
    {
        let len = p.len();
        if w(i + len).and_then(|m| lex.month(m)).is_some() {
            part = Some(p.join(" "));
            k = i + len;
        }
    } else if let Some(rest) = w(i).and_then(|x| x.strip_prefix("mid-")) {
        if let Some(m) = lex.month(rest) {
            let (year, n) = read_year_after(words, i + 1);
            let date = Date {
                year,
                month: Some(m),
                day: None,
                part: Some("mid".into()),
            };
            return Some((date, 1 + n));
        }
    }
    // Month [day] [year]
    if let Some(m) = w(k).and_then(|x| lex.month(x)) {
        // "may" and "march" are also ordinary words: take them as months only with a day or year
        // after them, or a part before them.
        let ambiguous = w(k).is_some_and(|x| lex.is(WordClass::CalendarHomographs, x));
        // "in May", "early March": a month after a word that introduces a time.
        let after_time_word = k > 0 && w(k - 1).is_some_and(|x| lex.is(WordClass::BeforeMonth, x));
        // "August 1", "August 1st", "August the 1st", "July ninth"
        let day_at = |j: usize| w(j).and_then(|x| day_word(x, lex));
        let the = usize::from(w(k + 1) == Some("the") && day_at(k + 2).is_some());
        let day = day_at(k + 1 + the);
        let mut used = k + 1 - i;
        if day.is_some() {
            used += 1 + the;
        }
        let (year, n) = read_year_after(words, i + used);
        used += n;
        if ambiguous && day.is_none() && year.is_none() && part.is_none() && !after_time_word {
            return None;
        }
        return Some((
            Date {
                year,
                month: Some(m),
                day,
                part,
            },
            used,
        ));
    }
    if part.is_some() {
        return None;
    }
    // [the] 9th [of] July [year]
    let start = if w(i) == Some("the") { i + 1 } else { i };
    if let Some(day) = w(start).and_then(|x| day_word(x, lex)) {
        let mut j = start + 1;
        if w(j) == Some("of") {
            j += 1;
        }
        if let Some(m) = w(j).and_then(|x| lex.month(x)) {
            let (year, n) = read_year_after(words, j + 1);
            return Some((
                Date {
                    year,
                    month: Some(m),
                    day: Some(day),
                    part: None,
                },
                j + 1 + n - i,
            ));
        }
    }
    // A year on its own, only after "in" so that "2,000 people" is not a year.
    if i > 0 && w(i - 1).is_some_and(|x| lex.is(WordClass::BeforeYear, x)) {
        if let Some(y) = w(i).and_then(year_number) {
            return Some((
                Date {
                    year: Some(y),
                    month: None,
                    day: None,
                    part: None,
                },
                1,
            ));
        }
    }
    None
}

fn read_year_after(words: &[String], k: usize) -> (Option<i32>, usize) {
    match words.get(k).and_then(|w| year_number(w)) {
        Some(y) => (Some(y), 1),
        None => (None, 0),
    }
}

fn read_number(words: &[String], i: usize, lex: &Lexicon) -> Option<(Value, usize)> {
    let word = words[i].as_str();
    if let Some(share) = read_share(words, i, lex) {
        return Some(share);
    }
    let mut ordinal = false;
    // 90-day, three-way: the number and what it counts in one word.
    let (head, unit_in_word) = match word.split_once('-') {
        Some((a, b))
            if parse_number_word(word, lex).is_none() && parse_number_word(a, lex).is_some() =>
        {
            (a.to_string(), Some(b.to_string()))
        }
        _ => (word.to_string(), None),
    };
    let mut value = match parse_number_word(&head, lex) {
        Some(v) => v,
        None => {
            // Ordinals: first, 21st. Titles like "First Vice Foreign Minister" are read before this.
            let v = lex.ordinals.get(&head).copied().or_else(|| {
                let d = head.trim_end_matches(|c: char| c.is_alphabetic());
                (d.len() < head.len()
                    && !d.is_empty()
                    && ["st", "nd", "rd", "th"].contains(&&head[d.len()..]))
                .then(|| d.parse::<f64>().ok())
                .flatten()
            })?;
            // "first spotted", "per second": an adverb or a unit, not a position in a series.
            let before = i.checked_sub(1).map(|p| words[p].as_str());
            let after = words.get(i + 1).map(String::as_str);
            if before == Some("per") || after.is_some_and(|a| a.ends_with("ed")) {
                return None;
            }
            ordinal = true;
            v
        }
    };
    let mut used = 1;
    // "six and a half"
    if words
        .get(i + 1..i + 4)
        .is_some_and(|w| w == ["and", "a", "half"])
    {
        value += 0.5;
        used += 3;
    }
    if unit_in_word.is_none() {
        // 480 million, three hundred
        while let Some(scale) = words
            .get(i + used)
            .and_then(|w| lex.number_scales.get(w.as_str()))
        {
            value *= scale;
            used += 1;
        }
    }
    // "18 of the 48 seats": the first number counts the same thing as the second.
    if unit_in_word.is_none() {
        let of_the = if words.get(i + used).is_some_and(|w| w == "of") {
            if words.get(i + used + 1).is_some_and(|w| w == "the") {
                2
            } else {
                1
            }
        } else {
            0
        };
        if of_the > 0 {
            if let Some((Value::Number { unit: Some(u), .. }, _)) = words
                .get(i + used + of_the)
                .filter(|w| parse_number_word(w, lex).is_some())
                .and_then(|_| read_number(words, i + used + of_the, lex))
            {
                return Some((
                    Value::Number {
                        value,
                        unit: Some(u),
                        ordinal,
                    },
                    used,
                ));
            }
        }
    }
    let unit = match unit_in_word {
        Some(u) => Some(lex.stem(lex.unit_name(&u))),
        None => words.get(i + used).and_then(|w| {
            let w = w.as_str();
            if w == "per" && words.get(i + used + 1).is_some_and(|x| x == "cent") {
                used += 2;
                return Some("percent".to_string());
            }
            if lex.is_stopword(w) || lex.month(w).is_some() || parse_number_word(w, lex).is_some() {
                return None;
            }
            // "41 grey wolves" counts wolves: an adjective before a noun is skipped.
            if let Some(noun) = words.get(i + used + 1).map(String::as_str) {
                let countable = |x: &str| {
                    !lex.is_stopword(x)
                        && lex.month(x).is_none()
                        && x.chars().all(char::is_alphabetic)
                };
                if countable(noun) && wordnet::adjective_before_noun(w, noun) {
                    used += 2;
                    return Some(lex.stem(lex.unit_name(noun)));
                }
            }
            used += 1;
            Some(lex.stem(lex.unit_name(w)))
        }),
    };
    Some((
        Value::Number {
            value,
            unit,
            ordinal,
        },
        used,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;

    fn value(text: &str) -> Option<Value> {
        let words: Vec<String> = crate::text::words(text)
            .iter()
            .map(|w| w.to_lowercase())
            .collect();
        read_value(&words, 0, lexicon()).map(|(v, _)| v)
    }

    #[test]
    fn dates_in_any_usual_form_are_one_date() {
        let august_first = value("August 1").unwrap();
        for form in [
            "Aug. 1",
            "1 August",
            "August 1st",
            "the 1st of August",
            "August the 1st",
        ] {
            let v = value(form).unwrap_or_else(|| panic!("{form}"));
            assert_eq!(Value::compare(&v, &august_first), Agreement::Same, "{form}");
        }
        assert_eq!(
            Value::compare(&value("August 10").unwrap(), &august_first),
            Agreement::Conflict
        );
        assert_eq!(
            Value::compare(&value("June").unwrap(), &value("early June").unwrap()),
            Agreement::Implied
        );
        assert_eq!(
            Value::compare(
                &value("early June").unwrap(),
                &value("early April").unwrap()
            ),
            Agreement::Conflict
        );
    }

    #[test]
    fn numbers_scores_and_shares() {
        assert_eq!(value("ninety days"), value("90-day"));
        assert_eq!(
            value("six and a half billion euros"),
            value("6.5 billion euros")
        );
        assert_eq!(value("7-2"), Some(Value::Score { a: 7, b: 2 }));
        assert_eq!(
            value("seven votes to two"),
            Some(Value::Score { a: 7, b: 2 })
        );
        let half = value("half of the cost").unwrap();
        assert_eq!(
            Value::compare(&value("whole cost").unwrap(), &half),
            Agreement::Conflict
        );
        // A bare number agrees with a counted one; different counted things never conflict.
        assert_eq!(
            Value::compare(&value("7 seats").unwrap(), &value("7").unwrap()),
            Agreement::Same
        );
        assert_eq!(
            Value::compare(&value("30 percent").unwrap(), &value("90-day").unwrap()),
            Agreement::Unrelated
        );
    }

    #[test]
    fn short_weekdays_only_where_they_can_be_days() {
        assert_eq!(value("Tuesday"), Some(Value::Weekday { day: 1 }));
        let words: Vec<String> = ["the", "sun"].iter().map(|s| s.to_string()).collect();
        assert!(read_value(&words, 1, lexicon()).is_none());
    }
}
