//! What a thing is: "Lost is a political party" against "Lost is an American television drama
//! series". When the claim and a sentence both say what one subject is, with "is a", and the
//! nouns name kinds that nothing is both of (WordNet's broad categories, see
//! [`wordnet::disjoint_kinds`]), the sentence refutes the claim.

use super::*;
use crate::analysis::word_meaning;
use crate::lexicon::wordnet::{disjoint_kinds, may_be_noun, Meaning};

/// Where a clause says what its subject is: the copula, the head noun of each noun phrase of
/// the predicate ("a South Korean singer and actress": singer, actress), and every noun in
/// them ("a night club facility": night, club, facility), since the first noun of a compound
/// may name the kind.
struct Predicate {
    copula: usize,
    heads: Vec<usize>,
    nouns: Vec<usize>,
}

/// The first "X is a N" in `items`: modifiers (adjectives, nationalities, places, years) are
/// passed over; the phrase ends at a function word, a break, or a word that cannot be a noun
/// ("created", "based"); "and" and "or" start another noun.
fn predicate(items: &[Item], lex: &Lexicon) -> Option<Predicate> {
    let copula = items.iter().position(|i| {
        i.word_lower()
            .is_some_and(|w| lex.is(WordClass::Copulas, w))
    })?;
    let mut k = copula + 1;
    if !matches!(items.get(k)?.word_lower(), Some("a" | "an")) {
        return None;
    }
    k += 1;
    let (mut heads, mut head, mut nouns) = (Vec::new(), None, Vec::new());
    while let Some(item) = items.get(k) {
        match &item.slot {
            Slot::Word { lower, .. } if matches!(lower.as_str(), "and" | "or") => {
                heads.extend(head.take());
            }
            Slot::Word {
                lower,
                content: true,
                ..
            } if may_be_noun(lower.as_str()) => {
                head = Some(k);
                nouns.push(k);
            }
            Slot::Title(_) => {
                head = Some(k);
                nouns.push(k);
            }
            Slot::Entity { kind, demonym, .. }
                if *demonym || matches!(kind, EntityKind::Country | EntityKind::Place) => {}
            Slot::Value(_) => {}
            _ => break,
        }
        k += 1;
    }
    heads.extend(head);
    (!heads.is_empty()).then_some(Predicate {
        copula,
        heads,
        nouns,
    })
}

/// The meaning of a predicate's noun: a word's own, or an office's last word ("US senator").
fn head_meaning(item: &Item) -> Option<&'static Meaning> {
    match &item.slot {
        Slot::Word { .. } => Some(item.meaning()),
        Slot::Title(t) => t.rsplit(' ').next().map(word_meaning),
        _ => None,
    }
}

impl<'a> Checker<'a> {
    /// "Seohyun is a dog" against "Seohyun ... is a South Korean singer and actress".
    pub(super) fn kind_conflict(&self, a: &Alignment) -> Option<Outcome> {
        if self.claim.negated || self.sentence_negated(a) {
            return None;
        }
        let claim = predicate(&self.claim.items, self.lex)?;
        let [claim_head] = claim.heads[..] else {
            return None;
        };
        let s_items = self.sentence_items(a.s);
        let sentence = predicate(s_items, self.lex)?;
        // The same subject: each claim element before its copula is said before the
        // sentence's, and there is one.
        let mut subject = self
            .elements
            .iter()
            .zip(&a.cover)
            .filter(|(e, _)| e.k < claim.copula);
        let mut any = false;
        for (_, c) in subject.by_ref() {
            match c {
                Some(j) if *j < sentence.copula => any = true,
                _ => return None,
            }
        }
        if !any {
            return None;
        }
        let claimed = head_meaning(&self.claim.items[claim_head])?;
        let excluded = sentence
            .nouns
            .iter()
            .all(|&j| head_meaning(&s_items[j]).is_some_and(|m| disjoint_kinds(m, claimed)));
        if !excluded {
            return None;
        }
        let text = self.sentence_text(a.s);
        let said = &text[s_items[sentence.copula + 1].start..s_items[*sentence.heads.last()?].end];
        let claim_said = self.claim.statement
            [self.claim.items[claim.copula + 1].start..self.claim.items[claim_head].end]
            .to_string();
        let subject = self.claim.statement[..self.claim.items[claim.copula].start].trim();
        let correction = format!("The article says {subject} is {said}, not {claim_said}.");
        let diff = Difference {
            claim: claim_said,
            article: said.to_string(),
        };
        Some(self.refuted_or_flipped("kind", vec![a.s], correction, Some(diff)))
    }
}
