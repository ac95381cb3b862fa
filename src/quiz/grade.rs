//! The grader: decides whether a response earns the points, as a fair teacher would.
//!
//! Pure functions, no I/O. A response is compared with every accepted form of the answer:
//! the answer itself, the article's other names for its entity, a country's demonyms, an
//! office with its country. Case, spacing, punctuation, spelling variants (kilometers), a
//! leading article or preposition, and a typo that names nothing else (`rivals`) do not
//! matter; values (dates, weekdays, numbers, in digits or any usual words) must be equal; a
//! response may add words that frame or narrow the answer ("Friday morning") or explain it
//! ("Siil, which means hedgehog") as long as they name no other answer; a response naming two
//! different answers is a hedge. A true/false response is decided by its leading truth word
//! ("False, they were second"); a number may carry the scale its question names ("312
//! million" to "in millions").

use std::collections::HashSet;

use serde::Serialize;

use crate::lexicon::wordnet::{self, Pos};
use crate::lexicon::{lexicon, normalize_title, Lexicon, PlaceKind, WordClass};
use crate::quiz::bank::{format_number, Kind, Question};
use crate::quiz::number_words::digits_for_number_words;
use crate::quiz::rivals::Rivals;
use crate::quiz::vocabulary::grading_words;
use crate::store::{Entity, EntityKind, FactStore};
use crate::text::fuzzy::edit_distance;
use crate::text::values::{parse_number_word, read_value, Agreement, Value};

/// How a question was shown: choices and the right column of a matching question, in the
/// order the student saw them (letters refer to this order).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shown {
    pub choices: Vec<String>,
    pub right_column: Vec<String>,
}

impl Shown {
    /// The order the bank writes them in (an interactive session shuffles this).
    pub fn as_written(q: &Question) -> Shown {
        Shown {
            choices: q.choices.clone(),
            right_column: q.pairs.iter().map(|p| p[1].clone()).collect(),
        }
    }

    /// The order on paper and in `quiz list`, which answer sheets (`quiz grade`) refer to:
    /// choices as written, a matching question's right-hand column sorted alphabetically;
    /// in the bank's order it would give the answer away (1-a, 2-b, ...).
    pub fn as_printed(q: &Question) -> Shown {
        let mut shown = Shown::as_written(q);
        shown.right_column.sort_by_key(|s| s.to_lowercase());
        shown
    }
}

/// The result of grading one response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grade {
    pub correct: bool,
    pub points: u32,
    pub max_points: u32,
    /// The expected answer in words ("C) Marco Rubio", "July 9").
    pub expected: String,
    /// One sentence for the student.
    pub feedback: String,
    /// Why a wrong response is wrong, when there is more to say than "not quite".
    #[serde(skip)]
    pub reason: Option<String>,
    /// For a close wrong answer: where it differs from the expected one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difference: Option<String>,
}

/// Grades one response to one question.
pub fn grade(q: &Question, shown: &Shown, response: &str, store: &FactStore) -> Grade {
    let expected = expected_text(q, shown);
    let response = response.trim();
    let verdict = if response.is_empty() {
        Err(Some("No answer given.".to_string()))
    } else {
        judge(q, shown, response, store)
    };
    match verdict {
        Ok(()) => Grade {
            correct: true,
            points: q.points,
            max_points: q.points,
            feedback: "Right!".to_string(),
            reason: None,
            expected,
            difference: None,
        },
        Err(reason) => {
            let difference = match q.kind {
                Kind::Short | Kind::Cloze | Kind::Number => near_miss(response, &q.answer_texts()),
                _ => None,
            };
            let feedback = match &reason {
                Some(r) => format!("{r} The answer is {expected}."),
                None => format!("Not quite: the answer is {expected}."),
            };
            Grade {
                correct: false,
                points: 0,
                max_points: q.points,
                feedback,
                reason,
                expected,
                difference,
            }
        }
    }
}

/// Ok when the response is right; otherwise why not, when there is more to say than "not quite".
fn judge(
    q: &Question,
    shown: &Shown,
    response: &str,
    store: &FactStore,
) -> Result<(), Option<String>> {
    match q.kind {
        Kind::Short | Kind::Cloze => match answer_to(&q.prompt, response, &q.answer_texts(), store)
        {
            Match::Right => Ok(()),
            Match::Hedge => Err(Some(format!(
                "\"{response}\" names more than one answer; give one."
            ))),
            Match::Wrong => Err(None),
        },
        Kind::TrueFalse => match (read_truth_justified(response), q.truth()) {
            (Some(r), Some(t)) if r == t => Ok(()),
            (None, _) => Err(Some(format!("\"{response}\" is not true or false."))),
            _ => Err(None),
        },
        Kind::Number => judge_number(q, response, store),
        Kind::Choice => match choice_index(response, &shown.choices, store) {
            Some(i) if is_right_choice(q, &shown.choices[i]) => Ok(()),
            Some(_) => Err(None),
            None => Err(Some(format!("\"{response}\" is not one of the choices."))),
        },
        Kind::Multi => judge_multi(q, shown, response, store),
        Kind::Matching => judge_matching(q, shown, response),
    }
}

fn is_right_choice(q: &Question, choice: &str) -> bool {
    q.answer_texts().iter().any(|a| a.trim() == choice.trim())
}

/// The expected answer as shown to the student.
pub fn expected_text(q: &Question, shown: &Shown) -> String {
    match q.kind {
        Kind::Short | Kind::Cloze => q.answer_texts().first().cloned().unwrap_or_default(),
        Kind::TrueFalse => match q.truth() {
            Some(true) => "true".into(),
            _ => "false".into(),
        },
        Kind::Number => {
            let n = q.number().map(format_number).unwrap_or_default();
            if q.tolerance > 0.0 {
                format!("{n} (give or take {})", format_number(q.tolerance))
            } else {
                n
            }
        }
        Kind::Choice | Kind::Multi => shown
            .choices
            .iter()
            .enumerate()
            .filter(|(_, c)| is_right_choice(q, c))
            .map(|(i, c)| format!("{}) {c}", letter(i)))
            .collect::<Vec<_>>()
            .join(", "),
        Kind::Matching => right_pairs(q, shown)
            .iter()
            .enumerate()
            .map(|(i, r)| {
                format!(
                    "{}-{}",
                    i + 1,
                    r.map(letter).unwrap_or('?').to_ascii_lowercase()
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A response in the bank's terms, for results: the text of the chosen choice(s) instead of
/// letters that only meant something in one student's shuffled order; for matching, the
/// wrongly matched pairs as "left -> right" (all pairs when none is wrong), which is what a
/// teacher needs to see which items students confuse. Anything that cannot be read is kept
/// as typed.
pub fn resolved_response(q: &Question, shown: &Shown, response: &str, store: &FactStore) -> String {
    let response = response.trim();
    let resolved = match q.kind {
        Kind::Choice => {
            choice_index(response, &shown.choices, store).map(|i| shown.choices[i].clone())
        }
        Kind::Multi => multi_parts(response, shown.choices.len())
            .iter()
            .map(|p| choice_index(p, &shown.choices, store).map(|i| shown.choices[i].clone()))
            .collect::<Option<Vec<_>>>()
            .filter(|v| !v.is_empty())
            .map(|mut v| {
                v.sort_by_key(|c| q.choices.iter().position(|x| x == c));
                v.dedup();
                v.join("; ")
            }),
        Kind::Matching => read_matching(response, q.pairs.len()).map(|given| {
            let pairs: Vec<(bool, String)> = q
                .pairs
                .iter()
                .zip(given)
                .map(|(p, g)| {
                    let right = g
                        .and_then(|i| shown.right_column.get(i))
                        .map_or("?", |s| s.as_str());
                    (right == p[1], format!("{} -> {right}", p[0]))
                })
                .collect();
            let wrong: Vec<&str> = pairs
                .iter()
                .filter(|(ok, _)| !ok)
                .map(|(_, p)| p.as_str())
                .collect();
            if wrong.is_empty() {
                pairs
                    .iter()
                    .map(|(_, p)| p.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            } else {
                wrong.join("; ")
            }
        }),
        _ => None,
    };
    resolved.unwrap_or_else(|| response.to_string())
}

/// The letter of the `i`-th choice: A, B, C ...
pub fn letter(i: usize) -> char {
    (b'A' + (i % 26) as u8) as char
}

/// Reads true/false, t/f, yes/no, y/n, correct/incorrect, right/wrong.
pub fn read_truth(response: &str) -> Option<bool> {
    let words = crate::text::fold(response);
    match words.as_str() {
        "true" | "t" | "yes" | "y" | "correct" | "right" | "it is true" | "that is true" => {
            Some(true)
        }
        "false" | "f" | "no" | "n" | "incorrect" | "wrong" | "it is false" | "that is false"
        | "not true" => Some(false),
        _ => None,
    }
}

/// Reads a truth word with a justification after it ("False, they were second", "yes - on
/// Monday", "No, Tartu won"): the leading word decides, and the justification's facts are
/// not checked. A justification that contradicts the word ("true, no", "false - yes") or a
/// hedge ("true or false") reads as neither.
pub fn read_truth_justified(response: &str) -> Option<bool> {
    if let Some(t) = read_truth(response) {
        return Some(t);
    }
    let clauses: Vec<Vec<String>> = response
        .replace(" - ", ",")
        .split([
            ',', ';', ':', '.', '!', '?', '(', ')', '\u{2013}', '\u{2014}',
        ])
        .map(|c| {
            crate::text::fold(c)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|c| !c.is_empty())
        .collect();
    let (first, later) = clauses.split_first()?;
    // The longest truth phrase leading the first clause ("it is true", "not true", "yes").
    let (truth, used) = (1..=first.len().min(3))
        .rev()
        .find_map(|n| read_truth(&first[..n].join(" ")).map(|t| (t, n)))?;
    let rest = &first[used..];
    // A single letter leads only before punctuation: "t they won" is no answer.
    if first[0].len() == 1 && !rest.is_empty() {
        return None;
    }
    if rest
        .first()
        .is_some_and(|w| matches!(w.as_str(), "or" | "nor"))
    {
        return None;
    }
    // Every later clause, and the first one's words after the truth word, must not lead with
    // the other truth word ("true, no"; "yes, or no") or say the other one ("true, it's false").
    let contradicts = |clause: &[String]| {
        let clause = match clause.first().map(String::as_str) {
            Some("or" | "nor" | "but" | "maybe" | "perhaps") => &clause[1..],
            _ => clause,
        };
        let leading = (1..=clause.len().min(3))
            .rev()
            .find_map(|n| read_truth(&clause[..n].join(" ")));
        let says_other = clause
            .iter()
            .any(|w| (w == "true" && !truth) || (w == "false" && truth));
        leading == Some(!truth) || says_other
    };
    if std::iter::once(rest)
        .chain(later.iter().map(Vec::as_slice))
        .any(contradicts)
    {
        return None;
    }
    Some(truth)
}

fn judge_number(q: &Question, response: &str, store: &FactStore) -> Result<(), Option<String>> {
    let expected = q.number().unwrap_or(f64::NAN);
    let scale = scale_named(&q.prompt);
    let near =
        |n: f64, key: f64, tolerance: f64| (n - key).abs() <= tolerance + 1e-9 * key.abs().max(1.0);
    let mut found = numbers_in(&with_scales_written_out(response, scale), store);
    found.dedup();
    match found.as_slice() {
        [] => Err(Some(format!("\"{response}\" is not a number."))),
        [n] if near(*n, expected, q.tolerance) => Ok(()),
        [n] if scale.is_some_and(|s| near(*n, expected * s, q.tolerance * s)) => Ok(()),
        [_] => Err(None),
        _ => Err(Some(format!(
            "\"{response}\" gives more than one number; give one."
        ))),
    }
}

/// The scale a question asks its number in ("in millions of kroner", "how many thousand"):
/// a response may give the number in that scale or in full (312 or "312 million" for 312
/// in millions; never "3.12 million"). A percentage needs none: "45%" is 45 already.
fn scale_named(prompt: &str) -> Option<f64> {
    let lex = lexicon();
    folded_words(prompt).iter().find_map(|w| {
        let singular = w.strip_suffix('s').unwrap_or(w);
        // Whole scale words only: "m" and "k" in a question are no scale.
        (singular.len() > 2)
            .then(|| lex.number_scales.get(singular).copied())
            .flatten()
            .filter(|s| *s > 100.0)
    })
}

/// The response with a scale written short on its number ("312m", "14k", "2bn") written out,
/// when the question names a scale: then "m" is million, not metre.
fn with_scales_written_out(response: &str, scale: Option<f64>) -> String {
    if scale.is_none() {
        return response.to_string();
    }
    let lex = lexicon();
    response
        .split_whitespace()
        .map(|token| {
            let number = token.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let short = token[number.len()..].to_lowercase();
            let is_number = number.starts_with(|c: char| c.is_ascii_digit())
                && number
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
            match lex.number_scales.get(&short) {
                Some(s) if is_number && !short.is_empty() => {
                    let value = number.replace(',', "").parse::<f64>().unwrap_or(f64::NAN) * s;
                    format!("{value}")
                }
                _ => token.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The numbers a response gives, in digits or words ("ninety days" -> 90, "two hundred and
/// forty" -> 240, "fourty" -> 40).
fn numbers_in(response: &str, store: &FactStore) -> Vec<f64> {
    if let Ok(n) = response.trim().replace(',', "").parse::<f64>() {
        return vec![n];
    }
    let lex = lexicon();
    let rivals = Rivals::of(&[], store);
    let words: Vec<String> = folded_words(&digits_for_number_words(response))
        .iter()
        .map(|w| rivals.respelled(w))
        .collect();
    segments(&words, lex)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Value(Value::Number {
                value,
                ordinal: false,
                ..
            }) => Some(value),
            _ => None,
        })
        .collect()
}

/// Which shown choice a response picks: its letter (B, b, b), (b), B.) or its text.
fn choice_index(response: &str, choices: &[String], store: &FactStore) -> Option<usize> {
    if let Some(i) = read_letter(response) {
        return (i < choices.len()).then_some(i);
    }
    let folded = comparable(response);
    if let Some(i) = choices.iter().position(|c| comparable(c) == folded) {
        return Some(i);
    }
    let matching: Vec<usize> = (0..choices.len())
        .filter(|&i| choice_text_matches(response, i, choices, store))
        .collect();
    match matching.as_slice() {
        [i] => Some(*i),
        _ => None,
    }
}

/// Whether a response typed as text is the `i`-th choice, or the last word of a choice of
/// several (a surname), up to a slip: the other choices are rivals, so a slip that comes as
/// close to another choice (or is another choice's word) picks none.
fn choice_text_matches(response: &str, i: usize, choices: &[String], store: &FactStore) -> bool {
    let choice = &choices[i];
    let mut accepted = vec![choice.clone()];
    if let [_, .., last] = choice.split_whitespace().collect::<Vec<_>>().as_slice() {
        accepted.push((*last).to_string());
    }
    let others: Vec<Vec<String>> = choices
        .iter()
        .enumerate()
        .filter(|&(k, c)| k != i && c.trim() != choice.trim())
        .map(|(_, c)| answer_words(c))
        .collect();
    answer_among("", response, &accepted, &others, store) == Match::Right
}

/// A choice letter: "B", "b", "b)", "(b)", "B.", or "B) text".
fn read_letter(response: &str) -> Option<usize> {
    let s = response.trim();
    let s = s.strip_prefix('(').unwrap_or(s);
    let mut chars = s.chars();
    let c = chars.next()?;
    if !c.is_ascii_alphabetic() {
        return None;
    }
    let rest = chars.as_str();
    let ok = rest.is_empty() || rest.starts_with(')') || rest == "." || rest.starts_with(". ");
    ok.then(|| (c.to_ascii_lowercase() as u8 - b'a') as usize)
}

fn judge_multi(
    q: &Question,
    shown: &Shown,
    response: &str,
    store: &FactStore,
) -> Result<(), Option<String>> {
    let mut picked = Vec::new();
    for part in multi_parts(response, shown.choices.len()) {
        match choice_index(&part, &shown.choices, store) {
            Some(i) => picked.push(i),
            None => return Err(Some(format!("\"{part}\" is not one of the choices."))),
        }
    }
    picked.sort_unstable();
    picked.dedup();
    let right: Vec<usize> = (0..shown.choices.len())
        .filter(|&i| is_right_choice(q, &shown.choices[i]))
        .collect();
    if picked == right {
        Ok(())
    } else {
        Err(None)
    }
}

/// Splits a multi-answer response: "A, C", "a and c", "A C", "AC", "Tokyo, Seoul".
fn multi_parts(response: &str, choices: usize) -> Vec<String> {
    let mut parts = Vec::new();
    for part in split_list(response) {
        let tokens: Vec<&str> = part.split_whitespace().collect();
        let compact = part.trim();
        if tokens.len() > 1 && tokens.iter().all(|t| read_letter(t).is_some()) {
            parts.extend(tokens.iter().map(|t| t.to_string()));
        } else if compact.len() > 1
            && compact.len() <= choices
            && compact.chars().all(|c| {
                c.is_ascii_alphabetic()
                    && ((c.to_ascii_lowercase() as u8 - b'a') as usize) < choices
            })
            && compact.chars().all(|c| c.is_ascii_uppercase())
        {
            parts.extend(compact.chars().map(|c| c.to_string()));
        } else {
            parts.push(compact.to_string());
        }
    }
    parts
}

/// For each left item, the index (in the shown right column) of its partner.
fn right_pairs(q: &Question, shown: &Shown) -> Vec<Option<usize>> {
    q.pairs
        .iter()
        .map(|p| shown.right_column.iter().position(|r| r == &p[1]))
        .collect()
}

/// Matching responses: "1-b, 2-a", "1b 2a", "1=b; 2=a", or the letters in order ("b a", "ba").
fn judge_matching(q: &Question, shown: &Shown, response: &str) -> Result<(), Option<String>> {
    let n = q.pairs.len();
    let Some(given) = read_matching(response, n) else {
        return Err(Some(format!(
            "Could not read \"{response}\": write pairs like 1-b, 2-a."
        )));
    };
    let right = right_pairs(q, shown);
    let hits = (0..n)
        .filter(|&i| given[i].is_some() && given[i] == right[i])
        .count();
    if hits == n {
        Ok(())
    } else {
        Err(Some(format!("{hits} of {n} pairs right.")))
    }
}

/// Reads a matching response into, for each left item, the chosen letter's index.
fn read_matching(response: &str, n: usize) -> Option<Vec<Option<usize>>> {
    let mut tokens: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in response.chars() {
        let same_class = current.chars().last().is_some_and(|p| {
            p.is_ascii_digit() == c.is_ascii_digit()
                && p.is_ascii_alphabetic() == c.is_ascii_alphabetic()
        });
        if c.is_ascii_alphanumeric() && (current.is_empty() || same_class) {
            current.push(c);
        } else {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            if c.is_ascii_alphanumeric() {
                current.push(c);
            }
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    let to_index = |t: &str| -> Option<usize> {
        let c = t.chars().next()?.to_ascii_lowercase();
        (t.len() == 1 && c.is_ascii_lowercase()).then(|| (c as u8 - b'a') as usize)
    };
    let mut given = vec![None; n];
    if tokens
        .iter()
        .all(|t| t.chars().all(|c| c.is_ascii_alphabetic()))
    {
        // Letters in order: "b a c" or "bac".
        let letters: Vec<String> = if tokens.len() == 1 {
            tokens[0].chars().map(String::from).collect()
        } else {
            tokens
        };
        if letters.len() != n {
            return None;
        }
        for (i, l) in letters.iter().enumerate() {
            given[i] = Some(to_index(l)?);
        }
        return Some(given);
    }
    if !tokens.len().is_multiple_of(2) {
        return None;
    }
    for pair in tokens.chunks(2) {
        let k: usize = pair[0].parse().ok()?;
        let slot = given.get_mut(k.checked_sub(1)?)?;
        *slot = Some(to_index(&pair[1])?);
    }
    Some(given)
}

/// How a free-text response stands to the accepted answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Right,
    Wrong,
    /// Names two or more different answers ("Park or Wi").
    Hedge,
}

/// Grades a free-text response against accepted answers (any one of them is enough).
pub fn short_answer(response: &str, accepted: &[String], store: &FactStore) -> Match {
    answer_to("", response, accepted, store)
}

/// [`short_answer`] to a question: a response may also repeat the question's words around
/// the answer ("It will be held in Malaysia" to "Where will the meeting be held?").
fn answer_to(question: &str, response: &str, accepted: &[String], store: &FactStore) -> Match {
    answer_among(question, response, accepted, &[], store)
}

/// [`answer_to`] when the student was offered `others` too (a question's other choices, as
/// comparable words): they are rivals for a slip, and never describe the answer.
fn answer_among(
    question: &str,
    response: &str,
    accepted: &[String],
    others: &[Vec<String>],
    store: &FactStore,
) -> Match {
    let lex = lexicon();
    // Numbers of several words become one first, so that "two hundred and forty" is not
    // split at its "and" into a list of two answers.
    let response = &digits_for_number_words(response);
    let response_words = answer_words(response);
    if response_words.is_empty() {
        return Match::Wrong;
    }
    let question_words = answer_words(question);
    let mut verdict = Match::Wrong;
    for answer in accepted {
        let mut forms = Forms::of(&digits_for_number_words(answer), store, lex);
        forms.others = others.to_vec();
        let response_words = forms.points_as_written(&response_words);
        if forms.matches(&response_words, store, lex)
            || forms.within_filler(&response_words, &question_words, store, lex)
            || forms.names_the_person(&response_words, store, lex)
            || forms.after_description(&response_words, store, lex)
            || forms.before_explanation(response, &question_words, store, lex)
        {
            return Match::Right;
        }
        match forms.as_list(response, store, lex) {
            Match::Right => return Match::Right,
            Match::Hedge => verdict = Match::Hedge,
            Match::Wrong => {}
        }
    }
    verdict
}

/// The names of the places the article puts in a country: beside the country in an answer
/// ("Kuala Lumpur, Malaysia") they say where in it, not name another answer.
fn places_inside(country: &str, store: &FactStore) -> Vec<String> {
    store
        .entities
        .iter()
        .filter(|p| p.kind != EntityKind::Country && p.country.as_deref() == Some(country))
        .flat_map(|p| p.names().map(str::to_string))
        .collect()
}

/// The accepted forms of one answer, as comparable word lists.
struct Forms {
    forms: Vec<Vec<String>>,
    /// The answer's entity in the store, if it names one.
    entity: Option<usize>,
    /// Words that describe the answer rather than name another one (its office, its country).
    descriptions: Vec<Vec<String>>,
    /// The answer is itself a list ("North Korea and Russia").
    parts: Vec<String>,
    /// The other answers the student was offered (a question's other choices), as words.
    others: Vec<Vec<String>>,
}

impl Forms {
    fn of(answer: &str, store: &FactStore, lex: &Lexicon) -> Forms {
        let mut texts = vec![answer.to_string()];
        let mut descriptions = Vec::new();
        let entity = entity_of(answer, store);
        if let Some(id) = entity {
            let e = &store.entities[id];
            texts.extend(e.names().map(str::to_string));
            if e.kind == EntityKind::Country {
                texts.extend(country_names(&e.name, store, lex));
                descriptions.extend(places_inside(&e.name, store));
            }
            // (A country's own country is itself: that names the answer, not describes it.)
            if let Some(c) = e.country.as_ref().filter(|c| **c != e.name) {
                descriptions.extend(country_names(c, store, lex));
            }
            for r in store.roles_of(&e.name) {
                descriptions.push(r.title.clone());
                descriptions.push(r.describe().to_string());
                for name in e.names() {
                    texts.push(format!("{} {name}", r.title));
                    texts.push(format!("{} {name}", r.describe()));
                }
            }
        } else if let Some(country) = lex
            .demonym_country(answer)
            .map(str::to_string)
            .or_else(|| country_of(answer, lex))
        {
            texts.extend(country_names(&country, store, lex));
            descriptions.extend(places_inside(&country, store));
        }
        texts.extend(office_forms(answer, store, lex));
        // Letters with a usual ASCII spelling may be written so (Malmoe, Aasa); without their
        // accents (Malmo, Asa) they compare equal already (`answer_words`).
        let long: Vec<String> = texts
            .iter()
            .filter_map(|t| grading_words().written_long(t))
            .collect();
        texts.extend(long);
        let mut forms: Vec<Vec<String>> = texts
            .iter()
            .map(|t| answer_words(t))
            .filter(|f| !f.is_empty())
            .collect();
        forms.dedup();
        let parts = if entity.is_some() {
            vec![answer.to_string()]
        } else {
            split_list(answer)
        };
        Forms {
            forms,
            entity,
            descriptions: descriptions.iter().map(|d| answer_words(d)).collect(),
            parts,
            others: Vec::new(),
        }
    }

    /// The rivals a slip of this answer must not come as close to.
    fn rivals<'s>(&self, store: &'s FactStore) -> Rivals<'s> {
        Rivals::of(&self.forms, store).with_others(&self.others)
    }

    /// The compass point this answer is, when it is one word that is a point ("east").
    fn compass_point(&self) -> Option<&str> {
        let words = grading_words();
        self.forms.iter().find_map(|f| match f.as_slice() {
            [w] if words.compass_point_of(w) == Some(w.as_str()) => Some(w.as_str()),
            _ => None,
        })
    }

    /// The response with the adjectives and adverbs of compass points written as the points
    /// ("eastern side" -> "east side", "southerly" -> "south"), when the answer is a point;
    /// another point stays another point ("western" -> "west", "northeastern" -> "northeast").
    fn points_as_written(&self, response: &[String]) -> Vec<String> {
        let words = grading_words();
        if self.compass_point().is_none() {
            return response.to_vec();
        }
        response
            .iter()
            .map(|w| words.compass_forms.get(w).unwrap_or(w).clone())
            .collect()
    }

    /// Whether the response is one of the forms, up to typos that name nothing else.
    fn matches(&self, response: &[String], store: &FactStore, lex: &Lexicon) -> bool {
        if self.forms.iter().any(|f| f == response) {
            return true;
        }
        if names_something_else(response, self.entity, store, lex) {
            return false;
        }
        let rivals = self.rivals(store);
        let joined = |w: &[String]| w.concat();
        self.forms.iter().any(|f| {
            words_match(response, f, &rivals, lex)
                || (!joined(f).chars().any(|c| c.is_ascii_digit()) && joined(f) == joined(response))
        })
    }

    /// "It is Kuala Lumpur", "I think it's Iwaya", "It will be held in Malaysia", "the winner
    /// was Lumen Road", "Friday morning": the answer plus only words that frame it or narrow
    /// it (see [`frames_or_narrows`]); never a negation or a second answer.
    fn within_filler(
        &self,
        response: &[String],
        question: &[String],
        store: &FactStore,
        lex: &Lexicon,
    ) -> bool {
        let rivals = self.rivals(store);
        let question_stems: Vec<String> = question.iter().map(|w| lex.stem(w)).collect();
        let narrowing = if self.compass_point().is_some() {
            Some(&grading_words().parts_of_a_place)
        } else {
            None
        };
        self.forms.iter().any(|f| {
            let names_a_day = names_a_day(f, lex);
            let narrowing = if names_a_day {
                Some(&grading_words().times_of_day)
            } else {
                narrowing
            };
            f.len() < response.len()
                && response.windows(f.len()).enumerate().any(|(start, w)| {
                    words_match(w, f, &rivals, lex)
                        && response
                            .iter()
                            .enumerate()
                            .filter(|(k, _)| *k < start || *k >= start + f.len())
                            .all(|(k, x)| {
                                frames_or_narrows(x, &question_stems, narrowing, lex)
                                    || (names_a_day && is_clock_time(response, k))
                            })
                })
        })
    }

    /// "the Danish dairy company Arla", "the city of Ghent", "the mayor, Anna Berg": the
    /// answer after words that only describe it (see [`Forms::describes`]).
    fn after_description(&self, response: &[String], store: &FactStore, lex: &Lexicon) -> bool {
        let rivals = self.rivals(store);
        self.forms.iter().any(|f| {
            let Some(start) = response.len().checked_sub(f.len()) else {
                return false;
            };
            start > 0
                && words_match(&response[start..], f, &rivals, lex)
                && (0..start).all(|k| self.describes(&response[..start], k, store, lex))
        })
    }

    /// Whether `words[k]`, before the answer, only describes it: "the", "a"; "of" between a
    /// kind of place and the answer ("the city of"); a nationality or country the article
    /// gives the answer (its country, or the country named nearest the answer in a sentence);
    /// a common noun for what it is ("firm", "dairy") that is not an office another person
    /// holds. Never a negation, a value, a compass point, or another answer (an entity of the
    /// article, a word of another person's name, a place, another choice).
    fn describes(&self, words: &[String], k: usize, store: &FactStore, lex: &Lexicon) -> bool {
        let w = words[k].as_str();
        if lex.is_negation(w) {
            return false;
        }
        if matches!(w, "the" | "a" | "an") {
            return true;
        }
        if w == "of" {
            return k + 1 == words.len() && k > 0 && lex.is_place_keyword(&words[k - 1]);
        }
        if let Some(country) = country_word(w, lex) {
            return self
                .entity
                .is_some_and(|id| country_describes(&country, id, store, lex));
        }
        let is_noun = wordnet::base_forms(w)
            .iter()
            .any(|&(_, pos)| pos == Pos::Noun);
        let another_answer = is_value_word(w, lex)
            || grading_words().compass_point_of(w).is_some()
            || lex.place(w).is_some()
            || names_something_else(std::slice::from_ref(&words[k]), self.entity, store, lex)
            || self.others.iter().any(|o| o.iter().any(|x| x == w))
            || store.entities.iter().enumerate().any(|(id, e)| {
                Some(id) != self.entity
                    && e.kind == EntityKind::Person
                    && e.names().any(|n| answer_words(n).iter().any(|x| x == w))
            });
        is_noun && !another_answer && !self.office_of_another(w, store)
    }

    /// "Siil, which means hedgehog", "Tartu, because their boat was faster", "Mia Lund - she
    /// rowed stroke": a right answer (read as any other response), then an explanation after
    /// a comma, a dash or a word that starts one (`explanation_start`). The explanation's facts
    /// are not checked, but it may name no other answer and may not negate (see
    /// [`Forms::explains`]).
    fn before_explanation(
        &self,
        response: &str,
        question: &[String],
        store: &FactStore,
        lex: &Lexicon,
    ) -> bool {
        let Some((head, tail)) = explanation_start(response) else {
            return false;
        };
        let head = self.points_as_written(&answer_words(head));
        let tail = folded_words(tail);
        !head.is_empty()
            && (self.matches(&head, store, lex)
                || self.within_filler(&head, question, store, lex)
                || self.names_the_person(&head, store, lex)
                || self.after_description(&head, store, lex))
            && self.explains(&tail, store, lex)
    }

    /// Whether words after an answer only explain it: no negation, no hedge ("or"), and no
    /// word that names another answer: a value, a compass point, a place or country other
    /// than the answer's own, another choice, an office another person holds, or a name of
    /// another entity of the article.
    fn explains(&self, words: &[String], store: &FactStore, lex: &Lexicon) -> bool {
        let own: HashSet<&str> = self.forms.iter().flatten().map(String::as_str).collect();
        let own_entity_words: HashSet<String> = self
            .entity
            .map(|id| {
                store.entities[id]
                    .names()
                    .flat_map(answer_words)
                    .collect::<HashSet<_>>()
            })
            .unwrap_or_default();
        let names_another = |w: &str| {
            if own.contains(w) || own_entity_words.contains(w) || lex.is_stopword(w) {
                return false;
            }
            if let Some(country) = country_word(w, lex) {
                return !self
                    .entity
                    .is_some_and(|id| country_describes(&country, id, store, lex));
            }
            is_value_word(w, lex)
                || grading_words().compass_point_of(w).is_some()
                || lex.place(w).is_some()
                || self.others.iter().any(|o| o.iter().any(|x| x == w))
                || self.office_of_another(w, store)
                || store.entities.iter().enumerate().any(|(id, e)| {
                    Some(id) != self.entity
                        && e.names().any(|n| {
                            let name = answer_words(n);
                            // A word of another entity's name that is no common word, or all
                            // of a name ("Nils Ek", "Gdansk", but not "crew" of "Aalborg crew").
                            name.iter().any(|x| x == w)
                                && (e.kind == EntityKind::Person
                                    || name.len() == 1
                                    || wordnet::lemma(w).is_none())
                        })
                })
        };
        let hedges = |w: &str| matches!(w, "or" | "either" | "nor");
        !words.is_empty()
            && words
                .iter()
                .all(|w| !lex.is_negation(w) && !hedges(w) && !names_another(w))
    }

    /// Whether a word belongs to an office the article gives another person and not this
    /// answer ("the teacher Anna Berg" when the teacher is Åsa Lindqvist).
    fn office_of_another(&self, word: &str, store: &FactStore) -> bool {
        let own = self.entity.map(|id| store.entities[id].name.as_str());
        let in_title = |r: &crate::store::Role| answer_words(&r.title).iter().any(|t| t == word);
        let own_office = store
            .roles
            .iter()
            .any(|r| Some(r.person.as_str()) == own && in_title(r));
        !own_office
            && store
                .roles
                .iter()
                .any(|r| Some(r.person.as_str()) != own && in_title(r))
    }

    /// A person named with an office or honorific before the name ("Minister Iwaya",
    /// "Secretary Rubio"), or with the family name at the other end ("Iwaya Takeshi").
    fn names_the_person(&self, response: &[String], store: &FactStore, lex: &Lexicon) -> bool {
        let is_person = self
            .entity
            .is_some_and(|id| store.entities[id].kind == EntityKind::Person);
        if !is_person {
            return false;
        }
        let titled = |w: &String| {
            lex.titles.contains(w)
                || lex.title_modifiers.contains(w)
                || lex.may_start_title(w)
                || lex.is_honorific(w)
        };
        let name_from = response
            .iter()
            .position(|w| !titled(w))
            .unwrap_or(response.len());
        let name = &response[name_from..];
        if name.is_empty()
            || response[..name_from]
                .iter()
                .any(|w| self.office_of_another(w, store))
        {
            return false;
        }
        // The family name moved from one end to the other: "Yoon-joo Park" for "Park Yoon-joo".
        let moved = |rotate: fn(&mut [String])| {
            let mut words = name.to_vec();
            rotate(&mut words);
            words
        };
        (name_from > 0 && self.matches(name, store, lex))
            || (name.len() >= 2
                && (self.matches(&moved(|w| w.rotate_left(1)), store, lex)
                    || self.matches(&moved(|w| w.rotate_right(1)), store, lex)))
    }

    /// The response read as a list: a list answer in any order, or a hedge naming two.
    fn as_list(&self, response: &str, store: &FactStore, lex: &Lexicon) -> Match {
        let pieces: Vec<Vec<String>> = split_list(response)
            .iter()
            .map(|p| answer_words(p))
            .filter(|p| !p.is_empty())
            .collect();
        if pieces.len() < 2 && self.parts.len() < 2 {
            return Match::Wrong;
        }
        if self.parts.len() >= 2 {
            return self.list_matches(&pieces, store, lex);
        }
        // One answer expected: words describing it may stand beside it ("Kuala Lumpur,
        // Malaysia"); anything else is a second answer.
        let named: Vec<&Vec<String>> = pieces
            .iter()
            .filter(|p| !self.descriptions.contains(p))
            .collect();
        let right = named.iter().filter(|p| self.matches(p, store, lex)).count();
        if !named.is_empty() && right == named.len() {
            Match::Right
        } else if right > 0 {
            Match::Hedge
        } else {
            Match::Wrong
        }
    }

    /// Every expected part matched by exactly one response piece, in any order.
    fn list_matches(&self, pieces: &[Vec<String>], store: &FactStore, lex: &Lexicon) -> Match {
        if pieces.len() != self.parts.len() {
            return Match::Wrong;
        }
        let mut used = vec![false; pieces.len()];
        for part in &self.parts {
            let forms = Forms::of(part, store, lex);
            let hit =
                (0..pieces.len()).find(|&k| !used[k] && forms.matches(&pieces[k], store, lex));
            match hit {
                Some(k) => used[k] = true,
                None => return Match::Wrong,
            }
        }
        Match::Right
    }
}

/// Where an explanation starts after an answer: at a comma, semicolon, colon, dash or
/// bracket (not a comma inside a number, "312,000"), or at a word that starts one ("which",
/// "because"). The answer before it and the explanation, both non-empty.
fn explanation_start(response: &str) -> Option<(&str, &str)> {
    // ASCII lowercase keeps every byte where it is, so positions in `lower` are in `response`.
    let lower = response.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut cut: Option<(usize, usize)> = None;
    let mut consider = |at: usize, len: usize| {
        if cut.is_none_or(|(c, _)| at < c) {
            cut = Some((at, len));
        }
    };
    for (at, c) in lower.char_indices() {
        let digit = |k: Option<&u8>| k.is_some_and(u8::is_ascii_digit);
        let in_number = c == ',' && at > 0 && digit(bytes.get(at - 1)) && digit(bytes.get(at + 1));
        if matches!(c, ',' | ';' | ':' | '(' | '\u{2013}' | '\u{2014}') && !in_number {
            consider(at, c.len_utf8());
        }
    }
    if let Some(at) = lower.find(" - ") {
        consider(at, 3);
    }
    for word in EXPLANATION_WORDS {
        if let Some(at) = lower.find(&format!(" {word} ")) {
            // The word starts the explanation and stays in it.
            consider(at, 0);
        }
    }
    let (at, len) = cut?;
    let (head, tail) = (response[..at].trim(), response[at + len..].trim());
    (!head.is_empty() && !tail.is_empty()).then_some((head, tail))
}

/// Words that start an explanation after an answer ("Siil, which means hedgehog").
const EXPLANATION_WORDS: &[&str] = &[
    "which", "because", "since", "as", "meaning", "who", "where", "when", "so",
];

/// The store entity an answer names, by any of its names.
fn entity_of(answer: &str, store: &FactStore) -> Option<usize> {
    let words = answer_words(answer);
    store
        .entity_named(answer.trim())
        .or_else(|| {
            store
                .entities
                .iter()
                .position(|e| e.name.trim() == answer.trim())
        })
        .or_else(|| store.entities.iter().position(|e| names_equal(e, &words)))
}

fn names_equal(e: &Entity, words: &[String]) -> bool {
    e.names().any(|n| answer_words(n) == words)
}

/// A country's names: the store's aliases and the lexicon's aliases and demonyms.
fn country_names(country: &str, store: &FactStore, lex: &Lexicon) -> Vec<String> {
    let mut names = vec![country.to_string()];
    if let Some(c) = lex.country(country) {
        names.extend(c.aliases.iter().chain(c.demonyms).map(|a| a.to_string()));
    }
    if let Some(id) = store.entity_named(country) {
        names.extend(store.entities[id].names().map(str::to_string));
    }
    names
}

/// The country a word names as a nationality or by its name ("Danish", "Norway").
fn country_word(word: &str, lex: &Lexicon) -> Option<String> {
    lex.demonym_country(word)
        .map(str::to_string)
        .or_else(|| country_of(word, lex))
}

/// Whether the article gives the entity `id` this country: as the entity's country, or by
/// naming the country (by a name or a nationality) nearer to the entity than to any other
/// in a sentence ("the Danish dairy company Arla, which replaces the Swedish firm Oatly":
/// Arla is Danish, Oatly Swedish).
fn country_describes(country: &str, id: usize, store: &FactStore, lex: &Lexicon) -> bool {
    let entity = &store.entities[id];
    if entity.country.as_deref() == Some(country) {
        return true;
    }
    let names: Vec<(usize, Vec<String>)> = store
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind != EntityKind::Country)
        .flat_map(|(k, e)| e.names().map(move |n| (k, answer_words(n))))
        .filter(|(_, words)| !words.is_empty())
        .collect();
    store.article.sentences.iter().any(|sentence| {
        let words = folded_words(&sentence.text);
        let mentions: Vec<(usize, usize, usize)> = names
            .iter()
            .flat_map(|(k, name)| {
                words
                    .windows(name.len())
                    .enumerate()
                    .filter(move |(_, w)| *w == name.as_slice())
                    .map(move |(start, _)| (*k, start, start + name.len()))
            })
            .collect();
        words.iter().enumerate().any(|(p, w)| {
            country_word(w, lex).as_deref() == Some(country) && {
                let distance = |&(_, start, end): &(usize, usize, usize)| {
                    if p < start {
                        start - p
                    } else {
                        p.saturating_sub(end - 1)
                    }
                };
                let nearest = mentions.iter().map(distance).min();
                nearest.is_some_and(|d| {
                    mentions
                        .iter()
                        .filter(|m| distance(m) == d)
                        .all(|m| m.0 == id)
                })
            }
        })
    })
}

/// The canonical country an answer names in the lexicon, if it names a country.
fn country_of(answer: &str, lex: &Lexicon) -> Option<String> {
    lex.place(answer.trim())
        .filter(|p| p.kind == PlaceKind::Country)
        .and_then(|p| p.country.map(str::to_string))
}

/// An office with its country, as the article writes it: "South Korea's national security
/// adviser", "Japanese Foreign Minister" for "national security adviser", "Foreign Minister".
fn office_forms(answer: &str, store: &FactStore, lex: &Lexicon) -> Vec<String> {
    let wanted = normalize_title(answer);
    let mut out = Vec::new();
    for r in &store.roles {
        if normalize_title(&r.title) != wanted && normalize_title(r.describe()) != wanted {
            continue;
        }
        out.push(r.title.clone());
        out.push(r.describe().to_string());
        if let Some(c) = &r.country {
            for n in country_names(c, store, lex) {
                out.push(format!("{n} {}", r.title));
            }
        }
    }
    out
}

/// Whether the response is exactly the name of a different entity or place (so that a
/// near-spelling is not taken for a typo: Austria is not Australia).
fn names_something_else(
    response: &[String],
    entity: Option<usize>,
    store: &FactStore,
    lex: &Lexicon,
) -> bool {
    let other_entity = store
        .entities
        .iter()
        .enumerate()
        .any(|(id, e)| Some(id) != entity && names_equal(e, response));
    let text = response.join(" ");
    other_entity || (entity.is_none() && lex.place(&text).is_some())
}

/// Whether a word added to an answer only frames or narrows it: a function word, a modal, a
/// word that frames an answer ("I think", "the name is"), an honorific ("handed to Ms Kask"),
/// one of the question's words or its agent noun ("chaired by" for "Who will chair", "the
/// winner" for "Who won"), or a word that narrows this kind of answer (`narrowing`): a part of
/// the day after a weekday or date ("Friday morning"), a part of a place after a compass point
/// ("the east side").
/// A negation never is.
fn frames_or_narrows(
    word: &str,
    question_stems: &[String],
    narrowing: Option<&HashSet<String>>,
    lex: &Lexicon,
) -> bool {
    let words = grading_words();
    if lex.is_negation(word) {
        return false;
    }
    lex.is_stopword(word)
        || lex.is(WordClass::Modal, word)
        || lex.is(WordClass::AnswerFrames, word)
        || words.framing_words.contains(word)
        || lex.is_honorific(word)
        || narrowing.is_some_and(|n| n.contains(word))
        || restates_question_word(word, question_stems, lex)
}

/// Whether a word is one of the question's (by stem) or the agent noun of one: winner for
/// won, organiser for organise, director for direct.
fn restates_question_word(word: &str, question_stems: &[String], lex: &Lexicon) -> bool {
    let stem = lex.stem(word);
    question_stems.iter().any(|q| {
        stem == *q
            || stem.strip_prefix(q.as_str()).is_some_and(|suffix| {
                let doubled = q.chars().last().map(|c| format!("{c}er"));
                matches!(suffix, "er" | "r" | "or") || Some(suffix.to_string()) == doubled
            })
    })
}

/// Whether `words[k]` is a time of day in digits: "10am", "9:30", or "9" before "am"/"pm".
/// After a weekday or a date it narrows the answer ("Tuesday at 10am").
fn is_clock_time(words: &[String], k: usize) -> bool {
    let word = words[k].as_str();
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let hour_and_minutes = !digits.is_empty()
        && digits.len() <= 5
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == '.');
    let before_am_pm = words
        .get(k + 1)
        .is_some_and(|next| matches!(next.as_str(), "am" | "pm"));
    hour_and_minutes
        && (matches!(suffix, "am" | "pm")
            || (suffix.is_empty() && (digits.contains(':') || before_am_pm)))
}

/// Whether an answer's words give a weekday or a date, which a part of the day narrows.
fn names_a_day(form: &[String], lex: &Lexicon) -> bool {
    segments(form, lex)
        .iter()
        .any(|s| matches!(s, Segment::Value(Value::Weekday { .. } | Value::Date(_))))
}

/// Words that lead an answer without changing it: "in Kuala Lumpur", "the US", "Mr Rubio".
const LEADING: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "by", "to", "of", "mr", "mrs", "ms", "miss", "dr",
];

/// The comparable words of an answer: folded, spelling variants unified, dots dropped from
/// abbreviations (U.S. = US), possessive 's dropped, leading articles and prepositions dropped.
pub fn answer_words(text: &str) -> Vec<String> {
    let lex = lexicon();
    let mut words: Vec<String> = crate::text::words(&normalize_title(text))
        .iter()
        .flat_map(|w| split_hyphens(w, lex))
        .filter(|w| *w != "'s" && *w != "\u{2019}s")
        .map(|w| {
            if w.chars().any(|c| c.is_ascii_digit()) {
                w.to_string()
            } else {
                grading_words().spelled(&w.replace('.', "")).to_string()
            }
        })
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && LEADING.contains(&words[0].as_str()) {
        words.remove(0);
    }
    words
}

/// Lowercases a word and splits it at hyphens (Yoon-joo = Yoon joo), but keeps values whole
/// (90-day, twenty-five, mid-June) for the value reader; a unit glued to its number is split
/// off ("12km" = 12 km).
fn split_hyphens(word: &str, lex: &Lexicon) -> Vec<String> {
    let lower = grading_words()
        .without_accents(&word.to_lowercase())
        .replace(['\u{2010}', '\u{2011}'], "-");
    if let Some((number, unit)) = glued_unit(&lower, lex) {
        return vec![number.to_string(), unit.to_string()];
    }
    let is_value = lower
        .split('-')
        .any(|p| is_value_word(p, lex) || p == "mid");
    if is_value {
        vec![lower]
    } else {
        lower
            .split('-')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// A number with its unit written on ("12km", "5kg"): the two apart. Not an ordinal ("1st"),
/// a time ("10am") or a scale written short ("5m", "2bn": million and billion, or metres).
fn glued_unit<'w>(word: &'w str, lex: &Lexicon) -> Option<(&'w str, &'w str)> {
    let number = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &word[number.len()..];
    let is_number = number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    (is_number
        && unit.len() >= 2
        && lex.measure_units.contains(unit)
        && !lex.number_scales.contains_key(unit))
    .then_some((number, unit))
}

/// The whole response as one comparable string.
fn comparable(text: &str) -> String {
    answer_words(text).join(" ")
}

/// Splits at commas, semicolons, slashes and the words and/or/either/nor/plus.
fn split_list(text: &str) -> Vec<String> {
    let spaced = text.replace([',', ';', '/', '&', '+', '|'], " and ");
    let mut parts = vec![String::new()];
    for w in spaced.split_whitespace() {
        if matches!(
            w.to_lowercase().as_str(),
            "and" | "or" | "either" | "nor" | "plus"
        ) {
            parts.push(String::new());
        } else {
            let last = parts.last_mut().expect("parts is never empty");
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(w);
        }
    }
    parts.retain(|p| !p.trim().is_empty());
    parts
}

/// One stretch of an answer: a value or a word.
#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Value(Value),
    Word(String),
}

fn folded_words(text: &str) -> Vec<String> {
    let lex = lexicon();
    crate::text::words(text)
        .iter()
        .flat_map(|w| split_hyphens(w, lex))
        .map(|w| grading_words().spelled(&w).to_string())
        .collect()
}

fn segments(words: &[String], lex: &Lexicon) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match read_value(words, i, lex) {
            Some((v, used)) if used > 0 => {
                out.push(Segment::Value(v));
                i += used;
            }
            _ => {
                out.push(Segment::Word(words[i].clone()));
                i += 1;
            }
        }
    }
    out
}

/// Word by word, values equal (a misspelt month, weekday or number word read as meant) and
/// other words equal up to a slip that names no rival.
fn words_match(response: &[String], form: &[String], rivals: &Rivals, lex: &Lexicon) -> bool {
    let respelled: Vec<String> = response.iter().map(|w| rivals.respelled(w)).collect();
    let a = segments(&respelled, lex);
    let b = segments(form, lex);
    a.len() == b.len()
        && a.iter().zip(&b).all(|pair| match pair {
            (Segment::Value(x), Segment::Value(y)) => values_equal(x, y),
            (Segment::Word(x), Segment::Word(y)) => {
                x == y || (!is_value_word(x, lex) && !is_value_word(y, lex) && rivals.is_slip(x, y))
            }
            _ => false,
        })
}

/// Words a typo must never turn into another: digits, months, weekdays, number words.
fn is_value_word(w: &str, lex: &Lexicon) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        || lex.month(w).is_some()
        || lex.weekday(w).is_some()
        || parse_number_word(w, lex).is_some()
        || lex.ordinals.contains_key(w)
}

/// The same value: a bare number also equals the same number with a unit (90 = 90 days).
fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (
            Value::Number {
                value: x,
                unit: ux,
                ordinal: ox,
            },
            Value::Number {
                value: y,
                unit: uy,
                ordinal: oy,
            },
        ) => {
            (x - y).abs() <= 1e-9 * y.abs().max(1.0)
                && ox == oy
                && (ux == uy || ux.is_none() || uy.is_none())
        }
        _ => Value::compare(a, b) == Agreement::Same,
    }
}

/// Where a close wrong response differs from the nearest expected answer, for the student:
/// `"July 19" vs "July 9": extra "1"`.
fn near_miss(response: &str, expected: &[String]) -> Option<String> {
    let typed = response.trim().to_lowercase();
    let best = expected
        .iter()
        .map(|e| (edit_distance(&typed, &e.trim().to_lowercase()), e))
        .min_by_key(|(d, _)| *d)?;
    let (distance, answer) = best;
    let limit = (answer.chars().count() / 4).max(2);
    if distance == 0 || distance > limit {
        return None;
    }
    let target = answer.trim().to_lowercase();
    let diff = similar::TextDiff::from_chars(target.as_str(), typed.as_str());
    let mut notes = Vec::new();
    let mut removed = String::new();
    let mut added = String::new();
    let flush = |removed: &mut String, added: &mut String, notes: &mut Vec<String>| {
        match (removed.is_empty(), added.is_empty()) {
            (false, false) => notes.push(format!("\"{added}\" instead of \"{removed}\"")),
            (false, true) => notes.push(format!("missing \"{removed}\"")),
            (true, false) => notes.push(format!("extra \"{added}\"")),
            (true, true) => {}
        }
        removed.clear();
        added.clear();
    };
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => removed.push_str(change.value()),
            similar::ChangeTag::Insert => added.push_str(change.value()),
            similar::ChangeTag::Equal => flush(&mut removed, &mut added, &mut notes),
        }
    }
    flush(&mut removed, &mut added, &mut notes);
    if notes.is_empty() {
        return None;
    }
    Some(format!(
        "\"{}\" vs \"{}\": {}",
        response.trim(),
        answer.trim(),
        notes.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> FactStore {
        FactStore::builtin()
    }

    fn short(response: &str, answer: &str) -> Match {
        short_answer(response, &[answer.to_string()], &store())
    }

    #[test]
    fn accepts_names_aliases_and_leading_words() {
        assert_eq!(short("in Kuala Lumpur", "Kuala Lumpur"), Match::Right);
        assert_eq!(short("Mr Rubio", "Marco Rubio"), Match::Right);
        assert_eq!(short("Wi", "Wi Sung-lac"), Match::Right);
        assert_eq!(short("Japanese", "Japan"), Match::Right);
        assert_eq!(short("the U.S.", "United States"), Match::Right);
        assert_eq!(
            short("Kuala Lumpur, Malaysia", "Kuala Lumpur"),
            Match::Right
        );
    }

    #[test]
    fn rejects_other_entities_values_and_hedges() {
        assert_eq!(short("Marco Polo", "Marco Rubio"), Match::Wrong);
        assert_eq!(short("Takeshi", "Takeshi Iwaya"), Match::Wrong);
        assert_eq!(short("August 10", "August 1"), Match::Wrong);
        assert_eq!(short("Thursday", "Tuesday"), Match::Wrong);
        assert_eq!(short("Park or Wi", "Park Yoon-joo"), Match::Hedge);
        assert_eq!(short("Park and Wi", "Park Yoon-joo"), Match::Hedge);
        assert_eq!(
            short("North Korea and China", "North Korea and Russia"),
            Match::Wrong
        );
        assert_eq!(
            short(
                "Second Vice Foreign Minister",
                "First Vice Foreign Minister"
            ),
            Match::Wrong
        );
        assert_eq!(short("", "Kuala Lumpur"), Match::Wrong);
    }

    #[test]
    fn accepts_dates_in_any_usual_form_and_lists_in_any_order() {
        for r in ["Aug. 1", "1 August", "August 1st", "the first of August"] {
            assert_eq!(short(r, "August 1"), Match::Right, "{r}");
        }
        assert_eq!(
            short("Russia and North Korea", "North Korea and Russia"),
            Match::Right
        );
        assert_eq!(short("Tues", "Tuesday"), Match::Right);
    }

    #[test]
    fn a_choice_typed_with_a_slip_is_judged_against_the_other_choices() {
        let choices: Vec<String> = ["Jonas Petersen", "Jonas Pedersen", "Liis Tamm"]
            .iter()
            .map(|c| c.to_string())
            .collect();
        let store = store();
        assert_eq!(choice_index("Petersn", &choices, &store), Some(0));
        assert_eq!(choice_index("jonas peterssen", &choices, &store), Some(0));
        assert_eq!(choice_index("Pedersn", &choices, &store), Some(1));
        assert_eq!(choice_index("Pedersen", &choices, &store), Some(1));
        assert_eq!(choice_index("Jonas", &choices, &store), None);
        assert_eq!(choice_index("Tamn", &choices, &store), Some(2));
    }

    #[test]
    fn reads_letters_and_truth() {
        assert_eq!(read_letter("b)"), Some(1));
        assert_eq!(read_letter("(C)"), Some(2));
        assert_eq!(read_letter("B. Tokyo"), Some(1));
        assert_eq!(read_letter("Bo"), None);
        assert_eq!(read_truth("Yes"), Some(true));
        assert_eq!(read_truth("F"), Some(false));
        assert_eq!(read_truth("maybe"), None);
    }

    #[test]
    fn a_truth_word_decides_whatever_justification_follows_unless_it_contradicts() {
        assert_eq!(read_truth_justified("False, they were second"), Some(false));
        assert_eq!(read_truth_justified("yes - on Monday"), Some(true));
        assert_eq!(read_truth_justified("Not true: it was May"), Some(false));
        assert_eq!(read_truth_justified("true, no"), None);
        assert_eq!(read_truth_justified("false - yes"), None);
        assert_eq!(read_truth_justified("true or false"), None);
        assert_eq!(read_truth_justified("yes, or no"), None);
        assert_eq!(read_truth_justified("t they won"), None);
        assert_eq!(read_truth_justified("maybe, yes"), None);
    }

    #[test]
    fn an_explanation_starts_at_a_comma_a_dash_or_a_word_that_starts_one() {
        assert_eq!(
            explanation_start("Siil, which means hedgehog"),
            Some(("Siil", "which means hedgehog"))
        );
        assert_eq!(
            explanation_start("Mia Lund - she rowed stroke"),
            Some(("Mia Lund", "she rowed stroke"))
        );
        assert_eq!(
            explanation_start("Tartu because it was faster"),
            Some(("Tartu", "because it was faster"))
        );
        assert_eq!(explanation_start("312,000 people"), None);
        assert_eq!(explanation_start("Ærø, İzmir"), Some(("Ærø", "İzmir")));
        assert_eq!(explanation_start("Siil,"), None);
    }

    #[test]
    fn a_question_may_name_the_scale_of_its_number() {
        assert_eq!(scale_named("How much, in millions of kroner?"), Some(1e6));
        assert_eq!(scale_named("How many thousand people came?"), Some(1e3));
        assert_eq!(scale_named("How many hundreds of cars?"), None);
        assert_eq!(scale_named("How long is the 100 m race?"), None);
        assert_eq!(
            with_scales_written_out("312m kroner", Some(1e6)),
            "312000000 kroner"
        );
        assert_eq!(with_scales_written_out("100m", None), "100m");
    }

    #[test]
    fn reads_matching_responses() {
        assert_eq!(read_matching("1-b, 2-a", 2), Some(vec![Some(1), Some(0)]));
        assert_eq!(read_matching("1b 2a", 2), Some(vec![Some(1), Some(0)]));
        assert_eq!(read_matching("b a", 2), Some(vec![Some(1), Some(0)]));
        assert_eq!(read_matching("ba", 2), Some(vec![Some(1), Some(0)]));
        assert_eq!(read_matching("1-b", 3), Some(vec![Some(1), None, None]));
        assert_eq!(read_matching("nonsense words", 2), None);
    }

    #[test]
    fn shows_where_a_near_miss_differs() {
        let d = near_miss("July 19", &["July 9".to_string()]).unwrap();
        assert!(d.contains("extra \"1\""), "{d}");
        assert!(near_miss("Marco Polo", &["Takeshi Iwaya".to_string()]).is_none());
    }
}
