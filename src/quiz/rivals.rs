//! Typos against rival answers: a response word close to the answer's word is a slip unless it
//! names, or comes at least as close to, something else that exists.
//!
//! A fair teacher reads "Tamn" as Tamm and "Wendesday" as Wednesday, but "Northwest" for
//! Northeast, "Austria" for Australia or "June" for July as another fact. The line is not the
//! word's length but what else the word could be: the rivals are every name of the article's
//! entities, the countries (names, other names, demonyms), the weekdays and months, the compass
//! points and the number words. A word is a slip of the answer's word when it is within the
//! answer word's typo allowance and no rival is as close to it.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::lexicon::{lexicon, wordnet, Lexicon};
use crate::quiz::vocabulary::grading_words;
use crate::store::FactStore;
use crate::text::fuzzy::edit_distance;

/// The rivals of one answer: everything that exists except the answer's own words (its names,
/// its country's names), which are the answer, not another fact.
pub struct Rivals<'s> {
    store: &'s FactStore,
    own: HashSet<String>,
    /// Rivals beyond the article and the lexicon: the other choices of a question.
    extra: HashSet<String>,
}

impl<'s> Rivals<'s> {
    /// The rivals of an answer accepted in these forms (each a list of comparable words).
    pub fn of(forms: &[Vec<String>], store: &'s FactStore) -> Rivals<'s> {
        let own = forms.iter().flatten().cloned().collect();
        Rivals {
            store,
            own,
            extra: HashSet::new(),
        }
    }

    /// These rivals and the words of other answers the student was offered (a question's
    /// other choices): "Pedersn" is a slip of Pedersen, not of Petersen, when both are shown.
    pub fn with_others(mut self, others: &[Vec<String>]) -> Rivals<'s> {
        self.extra.extend(others.iter().flatten().cloned());
        self
    }

    /// Whether `typed` is a slip for the answer's word `key`: the same word up to a typo that
    /// does not make it, or bring it as close to, a rival.
    pub fn is_slip(&self, typed: &str, key: &str) -> bool {
        if typed == key {
            return true;
        }
        match within_allowance(typed, key) {
            Some(distance) => !self.any_as_close(typed, distance, |r| r == key),
            None => false,
        }
    }

    /// A misspelt value word written as meant: "Wendesday" -> wednesday, "Febuary" ->
    /// february, "fourty-eight" -> forty-eight. The word is left alone when it is an English
    /// word or a rival already, or when it is as close to two words (Jule: June or July?).
    pub fn respelled(&self, typed: &str) -> String {
        if typed.contains('-') {
            let parts: Vec<String> = typed.split('-').map(|p| self.respelled(p)).collect();
            return parts.join("-");
        }
        self.respelled_word(typed).to_string()
    }

    fn respelled_word<'w>(&self, typed: &'w str) -> &'w str {
        if self.is_known(typed) {
            return typed;
        }
        let fixed = lexicon_rivals();
        let nearest = fixed
            .value_words
            .iter()
            .filter(|v| !fixed.other_number_kind(typed, v))
            .filter_map(|v| within_allowance(typed, v).map(|d| (v, d)))
            .min_by_key(|&(_, d)| d);
        match nearest {
            Some((v, d)) if !self.any_as_close(typed, d, |r| r == v) => v,
            _ => typed,
        }
    }

    /// Whether a word is a word already: an English word, a rival, or one of the answer's.
    fn is_known(&self, typed: &str) -> bool {
        let lex = lexicon();
        typed.len() < 4
            || typed.chars().any(|c| !c.is_alphabetic())
            || lex.is_stopword(typed)
            || wordnet::lemma(typed).is_some()
            || self.own.contains(typed)
            || lexicon_rivals().words.contains(typed)
            || self.store_words().any(|w| w == typed)
    }

    /// Whether a rival other than `skip` is `typed`, or is within `distance` of it and could
    /// be misspelt so (within the rival's own allowance: "Frg" is not a slip for FRG, since
    /// three letters allow none).
    fn any_as_close(&self, typed: &str, distance: usize, skip: impl Fn(&str) -> bool) -> bool {
        let fixed = lexicon_rivals();
        let lex = lexicon();
        let close = |r: &str| {
            let limit = distance.min(typo_allowance(r, lex));
            !skip(r)
                && !self.own.contains(r)
                && !fixed.other_number_kind(typed, r)
                && (r == typed
                    || (r.len().abs_diff(typed.len()) <= limit && edit_distance(typed, r) <= limit)
                    || (distance >= 1 && doubled_or_undoubled(typed, r)))
        };
        fixed.words.iter().any(|r| close(r))
            || self.extra.iter().any(|r| close(r))
            || self.store_words().any(|r| close(&r))
    }

    /// The words of every name of every entity of the article.
    fn store_words(&self) -> impl Iterator<Item = String> + '_ {
        self.store
            .entities
            .iter()
            .flat_map(|e| e.names())
            .flat_map(name_words)
    }
}

/// The edit distance between `typed` and `key` when it is within the key's typo allowance.
fn within_allowance(typed: &str, key: &str) -> Option<usize> {
    let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    // Digits are values, never typos; a typo rarely changes the first letter (Wi is not Li).
    if has_digit(typed) || has_digit(key) || typed.chars().next() != key.chars().next() {
        return None;
    }
    let allowance = typo_allowance(key, lexicon());
    if allowance == 0 {
        return doubled_or_undoubled(typed, key).then_some(1);
    }
    if typed.chars().count().abs_diff(key.chars().count()) > allowance {
        return None;
    }
    let distance = edit_distance(typed, key);
    (distance <= allowance).then_some(distance)
}

/// Whether two words differ by one letter written twice or once ("eek" and "ek", "anaa" and
/// "ana"): the one slip a name too short for a typo allowance may still carry, since no
/// letter is lost or changed.
fn doubled_or_undoubled(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (long, short) = if a.len() == b.len() + 1 {
        (a, b)
    } else if b.len() == a.len() + 1 {
        (b, a)
    } else {
        return false;
    };
    (1..long.len())
        .any(|k| long[k] == long[k - 1] && long[..k] == short[..k] && long[k + 1..] == short[k..])
}

/// How many typos the answer's word `key` may carry. Rivals, not length, keep short words
/// apart, so a name of four letters gets one (Tamn for Tamm) where the lexicon's checker
/// gives it none; months and weekdays, long words students often misspell, get two from six
/// letters (Wensday, Febuary). A name of two or three letters gets none, except a letter
/// written twice or once (`doubled_or_undoubled`: Eek for Ek, Anaa for Ana).
fn typo_allowance(key: &str, lex: &Lexicon) -> usize {
    let letters = key.chars().count();
    let calendar = lex.month(key).is_some() || lex.weekday(key).is_some();
    match letters {
        0..=3 => 0,
        6.. if calendar => 2,
        4..=8 => 1,
        _ => 2,
    }
}

/// A name's comparable words: lowercase, split at spaces and hyphens, without dots, letters
/// without their accents (as the grader compares them).
fn name_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            let lower: String = w
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            grading_words().without_accents(&lower)
        })
        .filter(|w| !w.is_empty())
}

/// The rivals that do not depend on the article.
struct LexiconRivals {
    /// Countries named in one word, weekdays, months, compass points and number words.
    words: HashSet<String>,
    /// The weekdays, months and number words a misspelling may be respelled into, in full
    /// and of four letters or more (not "may", "six", "ten": too short to tell a slip).
    value_words: Vec<String>,
    /// The ordinal number words (first, fourth, ninth).
    ordinals: HashSet<String>,
    /// The cardinal number words (four, forty, ninety).
    cardinals: HashSet<String>,
}

impl LexiconRivals {
    /// Whether `number_word` is a number of the other kind than `typed` reads as by its
    /// ending: an ordinal ends in -th, -st, -nd or -rd, a cardinal does not. So "fourty" is
    /// forty, not fourth, and "nineth" is ninth, not ninety, though each is one letter from both.
    fn other_number_kind(&self, typed: &str, number_word: &str) -> bool {
        // The endings of data/numbers.toml's `ordinal_suffixes`, which the lexicon does not
        // expose (the value reader spells them out the same way).
        let ordinal_ending = ["st", "nd", "rd", "th"]
            .iter()
            .any(|suffix| typed.ends_with(suffix));
        (self.ordinals.contains(number_word) && !ordinal_ending)
            || (self.cardinals.contains(number_word) && ordinal_ending)
    }
}

fn lexicon_rivals() -> &'static LexiconRivals {
    static RIVALS: OnceLock<LexiconRivals> = OnceLock::new();
    RIVALS.get_or_init(|| {
        let lex = lexicon();
        let months = (1..=12).map(|m| lex.month_name(m));
        let weekdays = (0..7).map(|d| lex.weekday_name(d));
        let lowercase = |(w, _): (&str, _)| w.to_lowercase();
        let cardinals: HashSet<String> = lex
            .number_units
            .entries()
            .chain(lex.number_tens.entries())
            .map(lowercase)
            .collect();
        let ordinals: HashSet<String> = lex.ordinals.entries().map(lowercase).collect();
        let scales = lex.number_scales.entries().map(|(w, _)| w);
        let numbers = cardinals
            .iter()
            .chain(&ordinals)
            .map(String::as_str)
            .chain(scales);
        let mut value_words: Vec<String> = months
            .chain(weekdays)
            .chain(numbers)
            .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic))
            .map(str::to_lowercase)
            .collect();
        value_words.sort();
        value_words.dedup();
        // A country's one-word names only: "Marin" comes close to a word of San Marino but
        // names no country, while "Austria" does.
        let countries = lex.countries.iter().flat_map(|c| {
            std::iter::once(c.name)
                .chain(c.aliases.iter().copied())
                .chain(c.demonyms.iter().copied())
        });
        let mut words: HashSet<String> = countries
            .filter(|name| !name.contains(' '))
            .flat_map(name_words)
            .collect();
        words.extend(value_words.iter().cloned());
        words.extend(grading_words().compass_points.iter().cloned());
        words.extend(grading_words().compass_forms.keys().cloned());
        LexiconRivals {
            words,
            value_words,
            ordinals,
            cardinals,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rivals(answer: &[&str]) -> Rivals<'static> {
        static STORE: OnceLock<FactStore> = OnceLock::new();
        let store = STORE.get_or_init(FactStore::builtin);
        let forms: Vec<Vec<String>> = answer.iter().map(|a| name_words(a).collect()).collect();
        Rivals::of(&forms, store)
    }

    #[test]
    fn a_slip_is_accepted_however_short_the_word() {
        let r = rivals(&["Kadri Tamm"]);
        assert!(r.is_slip("tamn", "tamm"));
        let r = rivals(&["Anna Petersen"]);
        assert!(r.is_slip("petrsen", "petersen"));
        assert!(!r.is_slip("pet", "petersen"));
        let r = rivals(&["Jonas Berg"]);
        assert!(r.is_slip("brg", "berg"), "brg");
    }

    #[test]
    fn a_name_of_two_or_three_letters_may_have_a_letter_doubled_or_undoubled() {
        let r = rivals(&["Nils Ek"]);
        assert!(r.is_slip("eek", "ek"));
        assert!(r.is_slip("ekk", "ek"));
        assert!(!r.is_slip("ak", "ek"));
        assert!(!r.is_slip("eik", "ek"));
        let r = rivals(&["Ana"]);
        assert!(r.is_slip("anaa", "ana"));
        assert!(!r.is_slip("ane", "ana"));
        assert!(doubled_or_undoubled("aana", "ana"));
        assert!(!doubled_or_undoubled("anab", "ana"));
    }

    #[test]
    fn another_choice_is_a_rival() {
        let r = rivals(&["Jonas Petersen"])
            .with_others(&[vec!["jonas".to_string(), "pedersen".to_string()]]);
        assert!(r.is_slip("petersn", "petersen"));
        assert!(!r.is_slip("pedersen", "petersen"));
    }

    #[test]
    fn another_real_thing_is_not_a_slip() {
        let r = rivals(&["Northeast Bank"]);
        assert!(!r.is_slip("northwest", "northeast"));
        assert!(r.is_slip("northeats", "northeast"));
        let r = rivals(&["Australia"]);
        assert!(!r.is_slip("austria", "australia"));
        // Rubio is an entity of the built-in article.
        let r = rivals(&["Rubin"]);
        assert!(!r.is_slip("rubio", "rubin"));
    }

    #[test]
    fn misspelt_months_weekdays_and_numbers_are_respelled() {
        let r = rivals(&["X"]);
        assert_eq!(r.respelled("wendesday"), "wednesday");
        assert_eq!(r.respelled("febuary"), "february");
        assert_eq!(r.respelled("thusday"), "thursday");
        assert_eq!(r.respelled("tusday"), "tuesday");
        assert_eq!(r.respelled("fourty-eight"), "forty-eight");
        assert_eq!(r.respelled("fourty"), "forty");
        assert_eq!(r.respelled("jully"), "july");
        assert_eq!(r.respelled("nineth"), "ninth");
        // As close to June as to July; an English word; a name of the article.
        assert_eq!(r.respelled("jule"), "jule");
        assert_eq!(r.respelled("fort"), "fort");
        assert_eq!(r.respelled("tuesday"), "tuesday");
    }
}
