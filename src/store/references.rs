//! References across sentences: which named entity a word that does not name it stands for.
//!
//! News names a thing once and then refers back to it: "Kang said he expected ...", "The
//! council said it would appeal", "Ardent Orbital, a company based in Toulouse, ... The company
//! said ...", "Mayor Patricia Holloway ... The mayor has until Friday". Each such word is
//! resolved here, once per article, to the entity it stands for and the sentence that named
//! it, so that the checker can line up "Holloway has until Friday" with the last sentence and
//! cite both.
//!
//! The rules are deliberately cautious: a wrong antecedent could make the checker support a
//! falsehood, while a missed one only leaves a claim open.
//! - "he", "she", "his", "her", "him": the first person named earlier in the same sentence
//!   ("Kang said he ..."), else the first person of the nearest of the last few sentences that
//!   speaks of a person (the subject, which news keeps as the topic).
//! - "it", "its", "they", "their", "them": an organisation, found the same way but only in the
//!   same or the previous sentence.
//! - "the N" (also "this N"): the most recent entity whose name ends in N ("the council" for
//!   Millbrook City Council) or which the article described as an N ("a company based in
//!   Toulouse", "the French carmaker Renault", WordNet synonyms allowed: "the firm").
//! - an office standing alone ("the mayor said"): the one person the article gives that office.

use std::collections::HashMap;

use crate::analysis::{word_meaning, Item, Slot, Sym};
use crate::lexicon::wordnet::{self, Pos};
use crate::lexicon::{normalize_title, Lexicon, WordClass};

use super::{Entity, EntityKind, Role};

/// One word of a sentence that stands for an entity named elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The item of the sentence that refers ("he", "council", "mayor").
    pub item: usize,
    /// The entity it stands for.
    pub entity: usize,
    /// The sentence (0-based) that names the entity.
    pub antecedent: usize,
}

/// Every sentence's references, in item order.
#[derive(Debug, Clone, Default)]
pub struct References {
    by_sentence: Vec<Vec<Reference>>,
}

impl References {
    /// The references of sentence `s` (0-based).
    pub fn in_sentence(&self, s: usize) -> &[Reference] {
        self.by_sentence.get(s).map_or(&[], Vec::as_slice)
    }

    /// Resolves every sentence of an article, in order.
    pub fn resolve(
        items: &[Vec<Item>],
        entities: &[Entity],
        roles: &[Role],
        lex: &'static Lexicon,
    ) -> References {
        let mut reader = Resolver {
            entities,
            lex,
            mentions: Vec::new(),
            descriptions: Descriptions::of(items, lex).words,
            offices: offices_held_by_one(roles, entities),
            previous_subject: None,
            nouns: Nouns::default(),
        };
        let by_sentence = items
            .iter()
            .enumerate()
            .map(|(s, sentence)| reader.sentence(s, sentence))
            .collect();
        References { by_sentence }
    }
}

/// What the article calls each entity, as written: the nouns right before its name ("the
/// French carmaker Renault", "teacher Sarah Whitlock") and in an apposition after it ("Ardent
/// Orbital, a company based in Toulouse").
#[derive(Debug, Default)]
pub struct Descriptions {
    /// Every such noun, by entity.
    pub words: HashMap<usize, Vec<Sym>>,
    /// Only the head nouns: the one next to the name, the last of an apposition.
    pub heads: HashMap<usize, Vec<Sym>>,
}

impl Descriptions {
    pub fn of(items: &[Vec<Item>], lex: &Lexicon) -> Descriptions {
        let mut found = Descriptions::default();
        let nouns = Nouns::default();
        for sentence in items {
            for (j, item) in sentence.iter().enumerate() {
                if let Some(id) = item.entity_id() {
                    describe(&mut found, &nouns, lex, id, sentence, j);
                }
            }
        }
        found
    }
}

/// How far back a personal pronoun looks for its person, in sentences.
const PERSON_REACH: usize = 3;
/// How far back "the council" looks for the council, in sentences: far enough for a news
/// article, and the work per description does not grow with a long text.
const DESCRIPTION_REACH: usize = 40;
/// How far back "it" or "they" looks for its organisation.
const GROUP_REACH: usize = 1;

/// An entity named, or referred to, at a place in the article.
#[derive(Debug, Clone, Copy)]
struct Mention {
    entity: usize,
    sentence: usize,
    /// The sentence that names the entity (a resolved reference points on to it).
    named_in: usize,
}

struct Resolver<'a> {
    entities: &'a [Entity],
    lex: &'static Lexicon,
    /// Every mention so far, in article order.
    mentions: Vec<Mention>,
    /// What the article has called each entity, as written: "company", "carmaker", "teacher"
    /// (the same form, so that "the companies" does not stand for "a company").
    descriptions: HashMap<usize, Vec<Sym>>,
    /// Offices (normalised) that one person holds, with the person and the sentence.
    offices: HashMap<String, (usize, usize)>,
    /// The entity the previous sentence opened with, named or referred to.
    previous_subject: Option<usize>,
    nouns: Nouns,
}

impl Resolver<'_> {
    fn sentence(&mut self, s: usize, items: &[Item]) -> Vec<Reference> {
        let mut found = Vec::new();
        let first_mention = self.mentions.len();
        for (j, item) in items.iter().enumerate() {
            if let Some(id) = item.entity_id() {
                self.mentions.push(Mention {
                    entity: id,
                    sentence: s,
                    named_in: s,
                });
                continue;
            }
            if self.owns_something(items, j) {
                continue;
            }
            let resolved = match &item.slot {
                Slot::Word { lower, .. } if self.lex.is(WordClass::PersonalPronouns, lower) => {
                    self.antecedent(first_mention, s, PERSON_REACH, EntityKind::Person)
                }
                Slot::Word { lower, .. } if self.lex.is(WordClass::GroupPronouns, lower) => self
                    .antecedent(first_mention, s, GROUP_REACH, EntityKind::Organisation)
                    .filter(|&(id, _)| self.group_is_topic(id, items, j)),
                Slot::Word { lower, .. } if self.refers_by_description(items, j) => {
                    self.described(lower, s)
                }
                Slot::Title(t) if self.after_determiner(items, j) && standing_alone(items, j) => {
                    self.offices.get(t).copied().filter(|&(_, named)| named < s)
                }
                _ => None,
            };
            if let Some((entity, antecedent)) = resolved {
                found.push(Reference {
                    item: j,
                    entity,
                    antecedent,
                });
                self.mentions.push(Mention {
                    entity,
                    sentence: s,
                    named_in: antecedent,
                });
            }
        }
        self.previous_subject = subject(items, &found);
        found
    }

    /// The entity of `kind` a pronoun stands for: the first one earlier in this sentence,
    /// else the first one of the nearest sentence within `reach` that has one.
    fn antecedent(
        &self,
        first_of_sentence: usize,
        s: usize,
        reach: usize,
        kind: EntityKind,
    ) -> Option<(usize, usize)> {
        let of_kind = |m: &&Mention| self.entities[m.entity].kind == kind;
        if let Some(m) = self.mentions[first_of_sentence..].iter().find(of_kind) {
            return Some((m.entity, m.named_in));
        }
        // Only the mentions of the last `reach` sentences are looked at, from the end: the
        // work per pronoun does not grow with the article.
        let earlier = &self.mentions[..first_of_sentence];
        let nearest = earlier
            .iter()
            .rev()
            .take_while(|m| m.sentence + reach >= s)
            .find(of_kind)?;
        let m = earlier
            .iter()
            .rev()
            .take_while(|m| m.sentence >= nearest.sentence)
            .filter(|m| m.sentence == nearest.sentence)
            .filter(of_kind)
            .last()?;
        Some((m.entity, m.named_in))
    }

    /// Whether what the word at `j` stands for owns what follows ("his team", "the mayor's
    /// plan"): then it is not what the clause is about, and reading it as the clause's subject
    /// would say of it what the sentence says of the thing owned.
    fn owns_something(&self, items: &[Item], j: usize) -> bool {
        let possessive_pronoun = items[j]
            .word_lower()
            .is_some_and(|w| self.lex.is(WordClass::PossessivePronouns, w));
        let before_s = matches!(items.get(j + 1).map(|i| &i.slot), Some(Slot::Possessive));
        possessive_pronoun || (before_s && items[j].entity_id().is_none())
    }

    /// "It" or "they" stands for an organisation only when the organisation is what the text
    /// is about, its subject: first in this sentence ("Northfell Water said it would appeal"),
    /// or, for a pronoun opening its sentence, first in the sentence before. "A recount was
    /// ordered ..., and it will be held" is about the recount.
    fn group_is_topic(&self, id: usize, items: &[Item], j: usize) -> bool {
        let subject_here = items[..j]
            .iter()
            .find(|i| i.is_content())
            .map(|i| i.entity_id());
        match subject_here {
            Some(subject) => subject == Some(id),
            None => self.previous_subject == Some(id),
        }
    }

    /// Whether the item at `j` follows "the" or "this".
    fn after_determiner(&self, items: &[Item], j: usize) -> bool {
        j > 0
            && items[j - 1]
                .word_lower()
                .is_some_and(|w| self.lex.is(WordClass::ReferringDeterminers, w))
    }

    /// Whether the word at `j` is the head of "the N" that does not go on to a name ("the
    /// council said", "the museum's board", not "the council budget" or "the company Castellan").
    fn refers_by_description(&self, items: &[Item], j: usize) -> bool {
        let Some(lower) = items[j].word_lower() else {
            return false;
        };
        if !self.after_determiner(items, j) || !self.nouns.test(lower) {
            return false;
        }
        match items.get(j + 1).map(|i| &i.slot) {
            Some(Slot::Entity { .. }) | Some(Slot::Title(_)) => false,
            Some(Slot::Word { lower: next, .. }) => !self.nouns.test(next),
            _ => true,
        }
    }

    /// The most recent entity the article named with, or described by, the noun `head`.
    fn described(&self, head: &str, s: usize) -> Option<(usize, usize)> {
        let meaning = word_meaning(head);
        // A synonym only in its own form: "the companies" are not "a company".
        let uninflected = wordnet::lemma(head).is_some();
        let fits = |id: usize| {
            let e = &self.entities[id];
            let name_head = e.name.split_whitespace().count() > 1
                && e.name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.to_lowercase() == head);
            name_head
                || self.descriptions.get(&id).is_some_and(|ds| {
                    ds.iter().any(|d| {
                        d.as_str() == head
                            || (uninflected
                                && !meaning.is_empty()
                                && wordnet::equivalent(word_meaning(d.as_str()), meaning))
                    })
                })
        };
        let m = self
            .mentions
            .iter()
            .rev()
            .take_while(|m| m.sentence + DESCRIPTION_REACH >= s)
            .find(|m| fits(m.entity))?;
        Some((m.entity, m.named_in))
    }
}

/// Records what the words around a name call it: the nouns right before it ("the French
/// carmaker Renault", "teacher Sarah Whitlock") and an apposition after it ("Ardent
/// Orbital, a company based in Toulouse"), and of each its head: the noun next to the name,
/// the apposition's last noun before it goes on ("a Swedish maker of train parts": maker).
fn describe(
    found: &mut Descriptions,
    nouns: &Nouns,
    lex: &Lexicon,
    id: usize,
    items: &[Item],
    j: usize,
) {
    let mut words: Vec<Sym> = Vec::new();
    let mut heads: Vec<Sym> = Vec::new();
    let mut k = j;
    while k > 0 {
        k -= 1;
        match &items[k].slot {
            Slot::Word {
                lower,
                content: true,
                ..
            } if nouns.test(lower) => {
                if k + 1 == j {
                    heads.push(*lower);
                }
                words.push(*lower)
            }
            Slot::Entity { demonym: true, .. } => {}
            _ => break,
        }
    }
    let apposition = matches!(items.get(j + 1).map(|i| &i.slot), Some(Slot::Break))
        && items
            .get(j + 2)
            .and_then(Item::word_lower)
            .is_some_and(|w| matches!(w, "a" | "an"));
    if apposition {
        let mut head = None;
        for it in &items[j + 3..] {
            match &it.slot {
                Slot::Word { lower, .. } if lex.is(WordClass::DescriptionEnds, lower) => break,
                Slot::Word {
                    lower,
                    content: true,
                    ..
                } if nouns.test(lower) => {
                    head = Some(*lower);
                    words.push(*lower)
                }
                Slot::Break => break,
                _ => {}
            }
        }
        heads.extend(head);
    }
    for (map, list) in [(&mut found.words, words), (&mut found.heads, heads)] {
        if list.is_empty() {
            continue;
        }
        let known = map.entry(id).or_default();
        for w in list {
            if !known.contains(&w) {
                known.push(w);
            }
        }
    }
}

/// The entity a sentence opens with: its first content item, named or referred to.
fn subject(items: &[Item], found: &[Reference]) -> Option<usize> {
    let j = items.iter().position(Item::is_content)?;
    items[j]
        .entity_id()
        .or_else(|| found.iter().find(|r| r.item == j).map(|r| r.entity))
}

/// Whether a word form may be a noun (WordNet), remembered per word: an article repeats its
/// words, and asking WordNet takes a few lookups each time.
#[derive(Default)]
struct Nouns(std::cell::RefCell<HashMap<String, bool>>);

impl Nouns {
    fn test(&self, lower: &str) -> bool {
        if let Some(&known) = self.0.borrow().get(lower) {
            return known;
        }
        let noun = wordnet::base_forms(lower)
            .iter()
            .any(|&(_, pos)| pos == Pos::Noun);
        self.0.borrow_mut().insert(lower.to_string(), noun);
        noun
    }
}

/// An office with no name beside it: "the mayor said", not "Mayor Holloway".
fn standing_alone(items: &[Item], j: usize) -> bool {
    let is_name = |k: usize| {
        items.get(k).is_some_and(|i| {
            matches!(
                i.slot,
                Slot::Entity {
                    kind: EntityKind::Person,
                    ..
                }
            )
        })
    };
    let named_before = (1..=2).any(|d| j >= d && is_name(j - d));
    !is_name(j + 1) && !named_before
}

/// The offices (normalised as the reader writes them) that exactly one person holds.
fn offices_held_by_one(roles: &[Role], entities: &[Entity]) -> HashMap<String, (usize, usize)> {
    // The first entity of each name, as a search from the start finds it.
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (id, e) in entities.iter().enumerate() {
        ids.entry(e.name.as_str()).or_insert(id);
    }
    let mut holders: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for r in roles {
        let Some(&id) = ids.get(r.person.as_str()) else {
            continue;
        };
        let list = holders.entry(normalize_title(&r.title)).or_default();
        if !list.iter().any(|&(p, _)| p == id) {
            list.push((id, r.sentence.saturating_sub(1)));
        }
    }
    holders
        .into_iter()
        .filter_map(|(t, list)| (list.len() == 1).then(|| (t, list[0])))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::article::Article;
    use crate::store::FactStore;

    /// Each reference of an article as (sentence, word, entity, antecedent sentence), 1-based.
    fn resolved(text: &str) -> Vec<(usize, String, String, usize)> {
        let store = FactStore::build(Article::parse("test.txt", text).unwrap());
        let mut out = Vec::new();
        for (s, sentence) in store.article.sentences.iter().enumerate() {
            for r in store.references().in_sentence(s) {
                let it = &store.items[s][r.item];
                out.push((
                    s + 1,
                    sentence.text[it.start..it.end].to_string(),
                    store.entities[r.entity].name.clone(),
                    r.antecedent + 1,
                ));
            }
        }
        out
    }

    fn has(
        found: &[(usize, String, String, usize)],
        sentence: usize,
        word: &str,
        entity: &str,
    ) -> bool {
        found
            .iter()
            .any(|(s, w, e, _)| *s == sentence && w == word && e == entity)
    }

    #[test]
    fn a_pronoun_stands_for_the_person_the_text_is_about() {
        let found = resolved(
            "Trade talks end\n\
             Ottawa, May 3 (Wire) - Kang Min-jae met Canadian officials on Monday. \
             He said he expected a vote in July. Claire Dubois said Kang had been patient.",
        );
        // (Sentence 1 is the headline.)
        assert!(has(&found, 3, "He", "Kang Min-jae"), "{found:?}");
        assert!(has(&found, 3, "he", "Kang Min-jae"), "{found:?}");
        // The antecedent is the sentence that names him, not the one that says "He".
        assert!(found
            .iter()
            .any(|(s, w, _, a)| *s == 3 && w == "He" && *a == 2));
    }

    #[test]
    fn the_name_head_or_a_description_stands_for_the_named_thing() {
        let found = resolved(
            "Council backs plan\n\
             Millbrook, May 3 (Wire) - The Millbrook City Council met on Monday. \
             The council approved the plan by six votes to three. \
             Ardent Orbital, a company based in Toulouse, built the satellite. \
             The company said the satellite would last ten years.",
        );
        assert!(
            has(&found, 3, "council", "Millbrook City Council"),
            "{found:?}"
        );
        // "company" is what the apposition called it.
        assert!(has(&found, 5, "company", "Ardent Orbital"), "{found:?}");
    }

    #[test]
    fn a_plural_an_owner_and_an_unrelated_it_are_left_alone() {
        let found = resolved(
            "Council backs plan\n\
             Millbrook, May 3 (Wire) - Ardent Orbital, a company based in Toulouse, built it. \
             The companies said little. The company's plan was approved. \
             The Homeland Movement asked for a recount. \
             A recount in the town was ordered, and it will be held on Wednesday.",
        );
        assert!(
            found.iter().all(|(_, w, _, _)| w != "companies"),
            "{found:?}"
        );
        assert!(found.iter().all(|(s, _, _, _)| *s != 4), "{found:?}");
        assert!(found.iter().all(|(s, _, _, _)| *s != 6), "{found:?}");
    }

    #[test]
    fn an_office_alone_stands_for_its_one_holder_named_before() {
        let found = resolved(
            "Library vote\n\
             Millbrook, May 3 (Wire) - Mayor Patricia Holloway opposed the measure. \
             The mayor has until Friday to veto it. A new mayor will be elected in May.",
        );
        assert!(has(&found, 3, "mayor", "Patricia Holloway"), "{found:?}");
        assert!(found.iter().all(|(s, _, _, _)| *s != 4), "{found:?}");
    }
}
