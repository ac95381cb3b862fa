//! Small readings of sentence structure on items: verbs, subjects, passives, and whether a
//! verb stands under a planning cue. Shared by the fact store's extraction and the checker.

use crate::analysis::{Item, Slot};
use crate::lexicon::{Lexicon, WordClass};
use crate::store::EntityKind;

/// A claim word that is probably its verb: a past form, or after a modal, "to" or a name.
pub fn looks_like_verb(items: &[Item], k: usize, lex: &Lexicon) -> bool {
    let Some(w) = items[k].word_lower() else {
        return false;
    };
    let first = w.split(' ').next().unwrap_or(w);
    let prev = k.checked_sub(1).map(|p| &items[p]);
    lex.is_irregular_past(first)
        || first.ends_with("ed")
        || prev.is_some_and(|p| p.entity_id().is_some() || matches!(p.slot, Slot::Entity { .. }))
        || prev.and_then(Item::word_lower).is_some_and(|p| {
            matches!(
                p,
                "will" | "would" | "to" | "did" | "does" | "do" | "may" | "might" | "could" | "can"
            )
        })
}

/// The item of the entity that does what the verb at `verb` says: the first name of its clause, not one
/// that only qualifies a title ("US President Trump") or follows a preposition; in the
/// passive, the name after "by".
pub fn subject_of(items: &[Item], verb: usize, passive: bool) -> Option<usize> {
    if passive {
        let by = (verb + 1..items.len()).find(|&k| items[k].word_lower() == Some("by"))?;
        return items.get(by + 1).and_then(Item::entity_id).map(|_| by + 1);
    }
    // "The city of Lyon began": after a word for a kind of place, "of" names the place itself.
    let appositive_of = |k: usize| {
        k >= 2
            && items[k - 1].word_lower() == Some("of")
            && items[k - 2].word_lower().is_some_and(|w| {
                matches!(
                    w,
                    "city"
                        | "town"
                        | "village"
                        | "state"
                        | "province"
                        | "region"
                        | "island"
                        | "port"
                        | "republic"
                        | "kingdom"
                        | "county"
                        | "district"
                )
            })
    };
    let is_subject = |k: usize| {
        let it = &items[k];
        let demonym = matches!(it.slot, Slot::Entity { demonym: true, .. });
        it.entity_id().is_some()
            && !demonym
            && !matches!(
                items.get(k + 1).map(|n| &n.slot),
                Some(Slot::Title(_) | Slot::Possessive)
            )
            && (appositive_of(k)
                || !k
                    .checked_sub(1)
                    .and_then(|p| items[p].word_lower())
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "in" | "at"
                                | "on"
                                | "from"
                                | "of"
                                | "by"
                                | "with"
                                | "for"
                                | "to"
                                | "against"
                                | "into"
                                | "over"
                        )
                    }))
    };
    // The verb's own clause first, then the clauses before it, nearest first: "Nordvik
    // Industries, a Swedish maker of train parts, has agreed ..."; each clause's first name.
    let mut end = verb;
    loop {
        let start = (0..end)
            .rev()
            .find(|&k| matches!(items[k].slot, Slot::Break))
            .map_or(0, |k| k + 1);
        if let Some(k) = (start..end).find(|&k| is_subject(k)) {
            return Some(k);
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
}

/// A word right after "to" that follows a verb: "agreed to buy", "plans to visit".
pub fn catenative_object(items: &[Item], k: usize) -> bool {
    k >= 2
        && items[k - 1].word_lower() == Some("to")
        && items[k - 2]
            .word_lower()
            .is_some_and(|w| w.ends_with("ed") || w.ends_with('s'))
}

/// "was met by", "were sent by": a form of be before the verb, or "by" after it.
pub fn is_passive(items: &[Item], k: usize) -> bool {
    let before = k.checked_sub(1).and_then(|p| items[p].word_lower());
    let be = before
        .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being"));
    let by_after = items.get(k + 1).and_then(Item::word_lower) == Some("by");
    be || by_after
}

/// A word's inflection class: past, -ing, or plain.
pub fn inflection(word: &str, lex: &Lexicon) -> u8 {
    let first = word.split(' ').next().unwrap_or(word);
    if lex.is_irregular_past(first) || first.ends_with("ed") {
        1
    } else if first.ends_with("ing") {
        2
    } else {
        0
    }
}

/// Whether two names can fill one slot: places with places, organisations with organisations;
/// a name of unknown kind with either, never with a person.
pub fn same_kind_of_place(a: EntityKind, b: EntityKind) -> bool {
    let place = |k| matches!(k, EntityKind::Place | EntityKind::Country);
    let unknown = |k| k == EntityKind::Other;
    let person = |k| k == EntityKind::Person;
    (place(a) && place(b))
        || (a == b && !person(a))
        || ((unknown(a) || unknown(b)) && !person(a) && !person(b))
}

pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Whether a planning cue ("will", "expected to", "if") stands within a few words before item
/// `j`. A verb in the past tense happened, whatever came before it ("expected ... after he
/// met"), unless an "if" governs it.
pub fn planned_before(items: &[Item], j: usize, lex: &Lexicon) -> bool {
    let from = j.saturating_sub(4);
    let word = items[j].word_lower().unwrap_or("");
    let before = &items[from..j];
    let passive = before.iter().any(|i| {
        i.word_lower()
            .is_some_and(|w| matches!(w, "be" | "been" | "being"))
    });
    if lex.is_irregular_past(word) || (word.ends_with("ed") && !passive) {
        return before.iter().any(|i| i.word_lower() == Some("if"));
    }
    before.iter().any(|i| {
        i.word_lower()
            .is_some_and(|w| lex.is(WordClass::IrrealisBeforeVerb, w))
    })
}

/// Whether item `j` is a verb in the infinitive ("has until Friday to sign or veto the
/// measure"): what someone may, means or has yet to do, not what was done; unless the verb
/// before "to" says it was done ("managed to", "went on to").
pub fn infinitive(items: &[Item], j: usize, lex: &Lexicon) -> bool {
    let word = |k: usize| items.get(k).and_then(Item::word_lower);
    if word(j).is_none_or(|w| inflection(w, lex) != 0) {
        return false;
    }
    let to = match j.checked_sub(1).and_then(word) {
        Some("to") => j - 1,
        // "to sign or veto"
        Some("or" | "and") if j >= 3 && word(j - 3) == Some("to") => j - 3,
        _ => return false,
    };
    !to.checked_sub(1)
        .and_then(word)
        .is_some_and(|w| lex.is(WordClass::ImplicativeBeforeTo, w))
}
