//! Reads a student's statement: turns a yes/no question into the statement it asks about,
//! and notes negation and whether it says something already happened or is only planned.

use crate::analysis::{Item, Slot};
use crate::lexicon::{lexicon, WordClass};
use crate::store::FactStore;
use crate::text::values::Value;

/// The longest claim accepted, in characters: a sentence or two, not an essay.
pub const MAX_CLAIM_CHARS: usize = 2_000;

#[derive(Debug, Clone)]
pub struct Claim {
    /// As the student wrote it.
    pub text: String,
    /// The statement checked (a question turned into a statement).
    pub statement: String,
    pub items: Vec<Item>,
    /// An odd number of negations: "did not meet", "never met".
    pub negated: bool,
    /// Says the event already happened ("took place", "already", "was held").
    pub realis_past: bool,
    /// Says the event is planned, expected or possible ("will", "would", "is expected to").
    pub irrealis: bool,
    /// A wh-question ("Where will they meet?"), which is not a statement to check.
    pub open_question: bool,
}

const AUXILIARIES: &[&str] = &[
    "did", "does", "do", "is", "are", "was", "were", "will", "would", "has", "have", "had", "can",
    "could", "should", "may", "might",
];

const WH_WORDS: &[&str] = &[
    "who", "what", "where", "when", "why", "how", "which", "whom", "whose",
];

impl Claim {
    pub fn read(store: &FactStore, text: &str) -> Claim {
        let lex = lexicon();
        let normalized = crate::text::normalize_unicode(text);
        let trimmed = normalized.trim();
        let is_question = trimmed.ends_with('?');
        let body = trimmed.trim_end_matches(['?', '.', '!']).trim();
        let first = crate::text::words(body)
            .first()
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        let open_question = is_question && WH_WORDS.contains(&first.as_str());
        let statement = if is_question && AUXILIARIES.contains(&first.as_str()) {
            question_to_statement(store, body, &first)
        } else {
            body.to_string()
        };
        let items = common_words_as_words(store, &statement, store.analyse_claim(&statement));
        let items = lengths_of_time(items);
        let negated = items
            .iter()
            .filter(|i| matches!(i.slot, Slot::Negation))
            .count()
            % 2
            == 1;
        let lower_words = cue_words(&items);
        // "the plan", "the tram plan" are things; "plan to" plans. A one-word cue after a
        // determiner (and at most one modifier), not followed by "to", is a noun.
        let determiner = |w: &str| {
            matches!(
                w,
                "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her" | "our"
            )
        };
        let noun_use = |k: usize| {
            let to_follows = lower_words.get(k + 1).is_some_and(|w| w == "to");
            let det_at = |back: usize| {
                k.checked_sub(back)
                    .is_some_and(|p| determiner(&lower_words[p]))
            };
            !to_follows && (det_at(1) || det_at(2))
        };
        let irrealis = lex
            .irrealis
            .matches(&lower_words)
            .any(|(k, p)| p.len() > 1 || !noun_use(k))
            || (is_question && matches!(first.as_str(), "will" | "would"));
        let past_verb = items
            .iter()
            .enumerate()
            .any(|(k, it)| is_past_verb(&items, k, it));
        let realis_past = !irrealis
            && (lex.realis.any_in(&lower_words) || past_verb || (is_question && first == "did"));
        Claim {
            text: text.to_string(),
            statement,
            items,
            negated,
            realis_past,
            irrealis,
            open_question,
        }
    }
}

/// The claim's words for matching cue phrases, one per word; a name, title or value stands as
/// one empty word, so that the month "May" is not the modal "may" nor "Will" a name's "will".
fn cue_words(items: &[Item]) -> Vec<String> {
    let mut words = Vec::new();
    for it in items {
        match &it.slot {
            Slot::Word { lower, .. } => words.extend(lower.split(' ').map(str::to_string)),
            Slot::Break => {}
            _ => words.push(String::new()),
        }
    }
    words
}

/// A lowercase claim word read as a name ("health" for Health Wire, "astronomer" for
/// Astronomy Letters, "telescope" for a telescope's name) is the ordinary word when the
/// article itself uses it as an ordinary word: a student capitalises the names they mean.
fn common_words_as_words(store: &FactStore, statement: &str, items: Vec<Item>) -> Vec<Item> {
    items
        .into_iter()
        .map(|it| {
            let text = &statement[it.start..it.end];
            let lowercase_word = matches!(it.slot, Slot::Entity { .. })
                && !text.is_empty()
                && text.chars().all(|c| c.is_lowercase() || c == '-');
            if !lowercase_word {
                return it;
            }
            let slot = Slot::content_word(text);
            let Slot::Word { stem, .. } = &slot else {
                return it;
            };
            if !store.sentence_index.has(&format!("w{stem}")) {
                return it;
            }
            Item { slot, ..it }
        })
        .collect()
}

/// "for a week", "in a day": one unit of time after a preposition of duration is a value, to
/// be compared with "two days" or "24 hours".
fn lengths_of_time(items: Vec<Item>) -> Vec<Item> {
    let lex = lexicon();
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut k = 0;
    while k < items.len() {
        let unit = items
            .get(k + 1)
            .and_then(Item::word_lower)
            // "a second" is the ordinal ("a second vote"), not a length of time.
            .filter(|w| lex.is(WordClass::TimeUnits, w) && !lex.ordinals.contains_key(w));
        let article = matches!(items[k].word_lower(), Some("a" | "an"));
        let duration = out
            .last()
            .and_then(Item::word_lower)
            .is_some_and(|w| lex.is(WordClass::DurationMarkers, w));
        if let (Some(unit), true, true) = (unit, article, duration) {
            out.push(Item {
                slot: Slot::Value(Value::Number {
                    value: 1.0,
                    unit: Some(lex.stem(unit)),
                    ordinal: false,
                }),
                start: items[k].start,
                end: items[k + 1].end,
            });
            k += 2;
            continue;
        }
        out.push(items[k].clone());
        k += 1;
    }
    out
}

/// A verb in the past tense used as the claim's own assertion: "took", "met", "sent".
fn is_past_verb(items: &[Item], k: usize, it: &Item) -> bool {
    let lex = lexicon();
    let Some(w) = it.word_lower() else {
        return false;
    };
    let first_word = w.split(' ').next().unwrap_or(w);
    let prev = k
        .checked_sub(1)
        .and_then(|p| items[p].word_lower())
        .unwrap_or("");
    // After "to", "will", "be" it is an infinitive or a participle of something not yet done.
    if [
        "to", "will", "would", "be", "being", "may", "might", "could", "should", "can", "must",
    ]
    .contains(&prev)
    {
        return false;
    }
    lex.is_irregular_past(first_word) || (first_word.ends_with("ed") && first_word.len() > 4)
}

/// "Did Rubio meet Wi" -> "Rubio meet Wi"; "Is Park the foreign minister" -> "Park is the
/// foreign minister": the auxiliary goes after the subject (the first name or noun phrase).
fn question_to_statement(store: &FactStore, body: &str, aux: &str) -> String {
    let rest = body[aux.len()..].trim_start();
    if matches!(aux, "did" | "does" | "do") {
        return rest.to_string();
    }
    let items = store.analyse_claim(rest);
    // The subject: a name, or a noun phrase up to the first word that looks like a verb
    // ("the research team | led by ...").
    let lex = lexicon();
    let first = items
        .iter()
        .position(|i| matches!(i.slot, Slot::Entity { .. } | Slot::Title(_)) || i.is_content());
    let subject_end = first.map(|f| {
        let mut end = f;
        while let Some(next) = items.get(end + 1) {
            let verb_like = next.word_lower().is_some_and(|w| {
                w.ends_with("ed") || w.ends_with("ing") || lex.is_irregular_past(w)
            });
            let noun_phrase =
                next.is_content() && !verb_like && !matches!(items[f].slot, Slot::Entity { .. });
            if !noun_phrase {
                break;
            }
            end += 1;
        }
        items[end].end
    });
    match subject_end {
        Some(end) => format!("{} {aux} {}", &rest[..end], rest[end..].trim_start()),
        None => rest.to_string(),
    }
}
