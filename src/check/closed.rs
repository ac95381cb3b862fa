//! Two-way checking (FEVER): where the evidence is known to be about the claim, what the
//! strict checker leaves open becomes support or refutation.

use super::*;
#[allow(unused_imports)]
use super::{align::*, conflicts::*, offices::*, support::*};

impl<'a> Checker<'a> {
    /// The best share of the claim one sentence accounts for, forgiving a subject the sentence
    /// refers to by pronoun ("It produced ...") and names given in part ("O'Neal").
    pub(super) fn relaxed_coverage(&self) -> (f32, usize, Vec<String>) {
        let total: f32 = self.elements.iter().map(|e| e.weight).sum();
        // The claim's subject: its first name, or a capitalised first word ("Daggering is ...").
        let first_entity = self
            .elements
            .iter()
            .find(|e| matches!(self.item(e).slot, Slot::Entity { .. }))
            .map(|e| e.k)
            .or_else(|| {
                let first = self.elements.first()?;
                let capitalised = self
                    .text_of(self.item(first))
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                (capitalised && first.k <= 1).then_some(first.k)
            });
        let mut best = (0.0, 0, Vec::new());
        for a in &self.aligned {
            let text = self.sentence_text(a.s).to_lowercase();
            let words: Vec<String> = crate::text::words(&text);
            let has_pronoun = words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "it" | "he" | "she" | "they" | "his" | "her" | "its" | "their" | "the"
                )
            });
            let mut got = 0.0;
            let mut missing = Vec::new();
            for (e, c) in self.elements.iter().zip(&a.cover) {
                let it = self.item(e);
                let covered = c.is_some()
                    || match &it.slot {
                        Slot::Entity { name, .. } => {
                            // A name given in part: its last word ("Cruz" for "Penélope Cruz"),
                            // unless that word is generic ("School", "University").
                            let name_words = crate::text::words(&name.to_lowercase());
                            let last = name_words.last().filter(|w| {
                                !self.lex.is_org_keyword(w) && !self.lex.is_place_keyword(w)
                            });
                            last.is_some_and(|w| words.contains(w))
                                || (Some(e.k) == first_entity && has_pronoun)
                        }
                        _ => Some(e.k) == first_entity && has_pronoun,
                    };
                if covered {
                    got += e.weight;
                } else {
                    missing.push(self.text_of(it));
                }
            }
            let score = if total > 0.0 { got / total } else { 0.0 };
            if score > best.0 || best.2.is_empty() && score == best.0 {
                best = (score, a.s, missing);
            }
        }
        best
    }

    /// In a two-way task, what makes a well-aligned sentence say something else: the other
    /// polarity, an opposite word, or another word in the claim's place ("film" for "book").
    pub(super) fn closed_world_contrast(&self, s: usize, score: f32) -> Option<Outcome> {
        if score < 0.5 {
            return None;
        }
        let refute = |rule: &'static str, why: String, diff: Option<Difference>| {
            let mut o = self.outcome(
                Verdict::Refuted,
                rule,
                vec![self.evidence(s)],
                Some(why.clone()),
                why,
            );
            o.differences.extend(diff);
            o
        };
        let a = self.aligned.iter().find(|a| a.s == s)?;
        if self.claim.negated != self.sentence_negated(a) {
            // A denial that the evidence answers with something else ("not American" against
            // "French") holds; one the evidence simply states positively does not.
            // The evidence also answers a denial when it does not say the denied thing at all
            // ("not a musician" against "an American football player").
            let says_denied_thing = score >= CLOSED_WORLD_SUPPORT;
            if self.claim.negated
                && (self.opposite_word(a).is_some()
                    || self.substitution(a).is_some()
                    || !says_denied_thing)
            {
                let why =
                    "The evidence gives something else in the place of what the claim denies."
                        .to_string();
                return Some(self.outcome(
                    Verdict::Supported,
                    "denial-confirmed",
                    vec![self.evidence(s)],
                    None,
                    why,
                ));
            }
            let why = if self.claim.negated {
                "The evidence states what the claim denies.".to_string()
            } else {
                "The evidence states the negation of the claim.".to_string()
            };
            return Some(refute("negation", why, None));
        }
        if let Some((claim, article)) = self.opposite_word(a) {
            let why = format!("The evidence says {article}, not {claim}.");
            return Some(refute("opposite", why, Some(Difference { claim, article })));
        }
        let (claim, article) = self
            .substitution(a)
            .or_else(|| self.neighbour_substitution(a))?;
        let why = format!("The evidence says {article} where the claim says {claim}.");
        Some(refute(
            "substitution",
            why,
            Some(Difference { claim, article }),
        ))
    }

    /// A claim element the sentence lacks, where the sentence has another word between the
    /// same neighbours: "football player" against "poker player", "Indian cricketer" against
    /// "Pakistani cricketer". Returns (claim's words, sentence's words).
    pub(super) fn neighbour_substitution(&self, a: &Alignment) -> Option<(String, String)> {
        let s_items = self.sentence_items(a.s);
        let claimed: Vec<usize> = a.cover.iter().flatten().copied().collect();
        let skip_articles = |mut j: usize, forward: bool| {
            while s_items
                .get(j)
                .and_then(Item::word_lower)
                .is_some_and(|w| matches!(w, "a" | "an" | "the"))
            {
                j = if forward { j + 1 } else { j.checked_sub(1)? };
            }
            Some(j)
        };
        let rival_at = |j: usize, of: &Item| -> Option<usize> {
            let x = s_items.get(j)?;
            let kind_fits = can_stand_in(of, x, self.lex);
            (kind_fits && !claimed.contains(&j) && !x.same_word(of)).then_some(j)
        };
        for (i, (e, c)) in self.elements.iter().zip(&a.cover).enumerate() {
            if c.is_some() || a.borrowed[i] {
                continue;
            }
            let item = self.item(e);
            // Only neighbours next to each other in the claim frame the slot.
            let next = self
                .elements
                .get(i + 1)
                .filter(|n| n.k == e.k + 1)
                .and_then(|_| a.cover[i + 1]);
            let prev = i
                .checked_sub(1)
                .filter(|&p| self.elements[p].k + 1 == e.k)
                .and_then(|p| a.cover[p]);
            let rival = next
                .and_then(|j| j.checked_sub(1))
                .and_then(|j| skip_articles(j, false))
                .and_then(|j| rival_at(j, item))
                .or_else(|| {
                    prev.and_then(|j| skip_articles(j + 1, true))
                        .and_then(|j| rival_at(j, item))
                });
            if let Some(j) = rival {
                let text = self.sentence_text(a.s);
                return Some((
                    self.text_of(item),
                    text[s_items[j].start..s_items[j].end].to_string(),
                ));
            }
        }
        None
    }

    /// A claim word the sentence has the opposite of: (claim's word, sentence's word).
    pub(super) fn opposite_word(&self, a: &Alignment) -> Option<(String, String)> {
        let s_items = self.sentence_items(a.s);
        for (e, c) in self.elements.iter().zip(&a.cover) {
            // Only words have opposites.
            if self.item(e).stem().is_none() {
                continue;
            }
            if c.is_some() {
                continue;
            }
            let opposites = self.item(e).opposites(self.lex);
            if let Some(x) = s_items.iter().find(|x| opposites.include(x)) {
                return Some((
                    self.text_of(self.item(e)),
                    self.sentence_text(a.s)[x.start..x.end].to_string(),
                ));
            }
        }
        None
    }

    /// Aligns the claim's content with the sentence's, in order, and finds a stretch where the
    /// claim has words the sentence lacks and the sentence has others in their place.
    pub(super) fn substitution(&self, a: &Alignment) -> Option<(String, String)> {
        use similar::{capture_diff_slices, Algorithm, DiffOp};
        let s_items = self.sentence_items(a.s);
        let key = |it: &Item| -> Option<String> {
            match &it.slot {
                Slot::Entity { id: Some(id), .. } => Some(format!("#{id}")),
                Slot::Entity { name, .. } => Some(name.to_lowercase()),
                Slot::Title(t) => Some(t.clone()),
                Slot::Value(v) => Some(v.describe(self.lex)),
                Slot::Word {
                    stem,
                    content: true,
                    ..
                } => Some(stem.to_string()),
                _ => None,
            }
        };
        // The claim's elements, with covered ones written as the sentence item they match.
        let claim_keys: Vec<(String, Option<usize>)> = self
            .elements
            .iter()
            .zip(&a.cover)
            .filter_map(|(e, c)| match c {
                Some(j) => key(&s_items[*j]).map(|k| (k, Some(e.k))),
                None => key(self.item(e)).map(|k| (k, Some(e.k))),
            })
            .collect();
        let sentence_keys: Vec<(String, usize)> = s_items
            .iter()
            .enumerate()
            .filter_map(|(j, it)| key(it).map(|k| (k, j)))
            .collect();
        let left: Vec<&str> = claim_keys.iter().map(|k| k.0.as_str()).collect();
        let right: Vec<&str> = sentence_keys.iter().map(|k| k.0.as_str()).collect();
        let covered: Vec<bool> = self
            .elements
            .iter()
            .zip(&a.cover)
            .map(|(_, c)| c.is_some())
            .collect();
        let ops = capture_diff_slices(Algorithm::Myers, &left, &right);
        let is_equal = |k: usize| matches!(ops.get(k), Some(DiffOp::Equal { .. }));
        for (k, op) in ops.iter().enumerate() {
            let DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } = *op
            else {
                continue;
            };
            // One claim element in place of one or two, with matched words on both sides.
            let enclosed = k > 0 && is_equal(k - 1) && (k + 1 == ops.len() || is_equal(k + 1));
            if old_len != 1 || new_len > 2 || !enclosed {
                continue;
            }
            let claim_item = claim_keys[old_index].1.map(|i| &self.claim.items[i]);
            let same_type = claim_item.is_some_and(|c| {
                (new_index..new_index + new_len)
                    .all(|j| can_stand_in(c, &s_items[sentence_keys[j].1], self.lex))
            });
            if !same_type {
                continue;
            }
            let claim_side: Vec<usize> = (old_index..old_index + old_len)
                .filter(|&i| covered.get(i) == Some(&false))
                .collect();
            // The sentence's replacement must be new to the claim, and between matched words.
            let sentence_side: Vec<usize> = (new_index..new_index + new_len)
                .filter(|&j| !left.contains(&right[j]))
                .collect();
            let anchored = old_index > 0 && new_index > 0;
            if claim_side.is_empty() || sentence_side.is_empty() || !anchored {
                continue;
            }
            let claim_text = claim_side
                .iter()
                .filter_map(|&i| claim_keys[i].1.map(|k| self.text_of(&self.claim.items[k])))
                .collect::<Vec<_>>()
                .join(" ");
            let text = self.sentence_text(a.s);
            let article_text = sentence_side
                .iter()
                .map(|&j| {
                    let it = &s_items[sentence_keys[j].1];
                    text[it.start..it.end].to_string()
                })
                .collect::<Vec<_>>()
                .join(" ");
            return Some((claim_text, article_text));
        }
        None
    }
}

/// The share of a claim the evidence must account for in a two-way task.
pub(super) const CLOSED_WORLD_SUPPORT: f32 = 0.70;

/// Whether a sentence item can stand where a claim item stands, so that finding it there
/// instead contradicts the claim: names with names (not two forms of one name), values with
/// values, and nouns or verbs with their own kind, never an adverb ("usually", "only").
pub(super) fn can_stand_in(claim: &Item, sentence: &Item, lex: &Lexicon) -> bool {
    let verbish = |w: &str| w.ends_with("ed") || w.ends_with("ing") || lex.is_irregular_past(w);
    let adverb = |w: &str| w.ends_with("ly") || matches!(w, "only" | "also" | "just" | "even");
    match (&claim.slot, &sentence.slot) {
        (Slot::Entity { name: a, .. }, Slot::Entity { name: b, .. }) => !shares_a_word(a, b),
        (Slot::Value(_), Slot::Value(_)) => true,
        (Slot::Title(_), Slot::Title(_)) => true,
        (
            Slot::Word { lower: a, .. },
            Slot::Word {
                lower: b,
                content: true,
                ..
            },
        ) => !adverb(a) && !adverb(b) && verbish(a) == verbish(b),
        (Slot::Word { lower: w, .. }, Slot::Title(_))
        | (Slot::Title(_), Slot::Word { lower: w, .. }) => {
            !adverb(w) && !verbish(w) && sentence.is_content()
        }
        _ => false,
    }
}

/// Whether two names have a word in common (a short and a long form of one name).
pub(super) fn shares_a_word(a: &str, b: &str) -> bool {
    let words_b: Vec<String> = crate::text::words(b)
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    crate::text::words(a)
        .iter()
        .any(|w| w.chars().count() > 2 && words_b.contains(&w.to_lowercase()))
}
