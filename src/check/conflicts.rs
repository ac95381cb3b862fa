//! Contradictions: the rules that find, in a well-aligned sentence, what makes the claim
//! false (another value or place in the same slot, an opposite, a negation, a planned
//! event claimed as done, another nationality).

use super::*;
#[allow(unused_imports)]
use super::{align::*, closed::*, offices::*, support::*};
use crate::grammar::*;

impl<'a> Checker<'a> {
    /// The word or entity before item `k`, skipping articles: (word, entity).
    pub(super) fn left_of(
        items: &[Item],
        k: usize,
        skip: usize,
    ) -> Option<(Option<String>, Option<usize>)> {
        let mut seen = 0;
        let mut j = k;
        while j > 0 {
            j -= 1;
            let it = &items[j];
            if matches!(it.slot, Slot::Break)
                || it
                    .word_lower()
                    .is_some_and(|w| matches!(w, "the" | "a" | "an"))
            {
                continue;
            }
            if seen == skip {
                let word = match &it.slot {
                    Slot::Title(t) => Some(t.clone()),
                    _ => it.word_lower().map(str::to_string),
                };
                return Some((word, it.entity_id()));
            }
            seen += 1;
        }
        None
    }

    /// Whether claim item `k` and sentence item `j` stand in the same slot: the same word
    /// before them, and either a one-valued slot word or the same word before that.
    pub(super) fn same_slot(
        &self,
        k: usize,
        s_items: &[Item],
        j: usize,
        require_slot_word: bool,
    ) -> bool {
        let c1 = Self::left_of(&self.claim.items, k, 0);
        let s1 = Self::left_of(s_items, j, 0);
        let same = |a: &Option<(Option<String>, Option<usize>)>,
                    b: &Option<(Option<String>, Option<usize>)>| match (a, b) {
            (Some((Some(x), _)), Some((Some(y), _))) => {
                x == y || self.lex.same_meaning(&self.lex.stem(x), &self.lex.stem(y))
            }
            (Some((_, Some(x))), Some((_, Some(y)))) => x == y,
            _ => false,
        };
        if !same(&c1, &s1) {
            return false;
        }
        let slot_word = c1
            .as_ref()
            .and_then(|c| c.0.as_deref())
            .is_some_and(|w| SLOT_WORDS.contains(&w));
        let c2 = Self::left_of(&self.claim.items, k, 1);
        let s2 = Self::left_of(s_items, j, 1);
        let coordinated = c1
            .as_ref()
            .and_then(|c| c.0.as_deref())
            .is_some_and(|w| w == "and" || w == "or");
        if coordinated {
            // "between North Korea and Japan" vs "between North Korea and Russia": same partner.
            return same(&c2, &s2);
        }
        if require_slot_word {
            // "held in Jakarta" vs "held in Kuala Lumpur": the same event word governs the slot,
            // or the claim only places its subject ("the talks are in Jakarta").
            let claim_copula = c2
                .as_ref()
                .and_then(|c| c.0.as_deref())
                .is_some_and(|w| self.lex.is_stopword(w));
            // "made in a factory in Poland" places the making in Poland.
            let nested = || {
                let outer = Self::left_of(s_items, j, 2);
                same(&c1, &outer) && same(&c2, &Self::left_of(s_items, j, 3))
            };
            slot_word && (same(&c2, &s2) || claim_copula || nested())
        } else {
            slot_word || same(&c2, &s2)
        }
    }

    /// Whether the sentence says the core of the claim, who did what, so that its polarity
    /// decides even if the claim adds a reason or a detail ("because of the merger"): every
    /// name, value and office, the verb, and half of the words.
    pub(super) fn says_the_core(&self, a: &Alignment) -> bool {
        if self.covered_but(a, &[], &[], 0) {
            return true;
        }
        let hard_covered = self
            .elements
            .iter()
            .zip(&a.cover)
            .all(|(e, c)| !e.hard || c.is_some());
        let verb_covered = self
            .elements
            .iter()
            .zip(&a.cover)
            .any(|(e, c)| c.is_some() && looks_like_verb(&self.claim.items, e.k, self.lex));
        let words: Vec<bool> = self
            .elements
            .iter()
            .zip(&a.cover)
            .filter(|(e, _)| !e.hard)
            .map(|(_, c)| c.is_some())
            .collect();
        let share = words.iter().filter(|c| **c).count() as f32 / words.len().max(1) as f32;
        hard_covered && verb_covered && share >= 0.5
    }

    /// "Three people died in the fire" against "No deaths have been reported": the sentence
    /// counts none ("no", "nobody", "none", "no one"), so the claim's number of them is the
    /// contested part, and the rest of the claim must be said.
    fn none_against_a_count(&self, a: &Alignment) -> bool {
        let text = self.sentence_text(a.s);
        let counts_none = self.sentence_items(a.s).iter().any(|i| {
            matches!(i.slot, Slot::Negation)
                && text[i.start..i.end]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| self.lex.is(WordClass::ZeroQuantifiers, &w.to_lowercase()))
        });
        let is_count = |e: &Element| {
            matches!(
                self.item(e).slot,
                Slot::Value(Value::Number { value, .. }) if value > 0.0
            )
        };
        let mut counts = 0;
        let mut rest_covered = true;
        let mut verb_covered = false;
        for (e, c) in self.elements.iter().zip(&a.cover) {
            if is_count(e) && c.is_none() {
                counts += 1;
            } else if c.is_none() && (e.hard || looks_like_verb(&self.claim.items, e.k, self.lex)) {
                rest_covered = false;
            }
            verb_covered |= c.is_some() && looks_like_verb(&self.claim.items, e.k, self.lex);
        }
        !self.claim.negated && counts_none && counts == 1 && rest_covered && verb_covered
    }

    /// Looks for a contradiction in the sentences that align best with the claim.
    pub(super) fn contradiction(&self) -> Option<Outcome> {
        // The best-aligned sentences; each rule then demands that the sentence accounts for
        // everything in the claim but the contested part.
        // A sentence that says the whole claim outranks a worse-aligned one that seems to
        // contradict it ("take effect on August 1" vs a start "in early June" elsewhere).
        let support_score = self.supporting().map_or(0.0, |a| a.score);
        let candidates: Vec<&Alignment> = self
            .aligned
            .iter()
            .filter(|a| a.score > 0.0 && a.score >= support_score)
            .take(6)
            .collect();
        for a in &candidates {
            if let Some(o) = self
                .opposite_denied(a)
                .or_else(|| self.negation_conflict(a))
            {
                return Some(o);
            }
        }
        for a in &candidates {
            if let Some(o) = self
                .value_conflict(a)
                .or_else(|| self.slot_conflict(a))
                .or_else(|| self.antonym_conflict(a))
                .or_else(|| self.object_antonym_conflict(a))
                .or_else(|| self.factor_conflict(a))
                .or_else(|| self.kind_conflict(a))
            {
                return Some(o);
            }
        }
        for a in &candidates {
            if let Some(o) = self.swap_conflict(a) {
                return Some(o);
            }
        }
        for a in &candidates {
            if let Some(o) = self
                .modality_conflict(a)
                .or_else(|| self.nationality_conflict(a))
            {
                return Some(o);
            }
        }
        None
    }

    /// Among several values in a sentence, the one standing right next to the claim's own words
    /// ("the initial July 9 deadline" for "the initial deadline was July 19").
    pub(super) fn nearest_to_claim_words<'v>(
        &self,
        a: &Alignment,
        rivals: &'v [(usize, &'v Value)],
    ) -> Option<&'v (usize, &'v Value)> {
        let anchors: Vec<usize> = self
            .elements
            .iter()
            .zip(&a.cover)
            .filter(|(e, c)| c.is_some() && !matches!(self.item(e).slot, Slot::Value(_)))
            .filter_map(|(_, c)| *c)
            .collect();
        rivals
            .iter()
            .map(|r| {
                (
                    anchors
                        .iter()
                        .map(|&x| x.abs_diff(r.0))
                        .min()
                        .unwrap_or(usize::MAX),
                    r,
                )
            })
            .filter(|(d, _)| *d <= 2)
            .min_by_key(|(d, _)| *d)
            .map(|(_, r)| r)
    }

    pub(super) fn negation_conflict(&self, a: &Alignment) -> Option<Outcome> {
        if self.claim.negated == self.sentence_negated(a)
            || !(self.says_the_core(a) || self.none_against_a_count(a))
        {
            return None;
        }
        let (verdict, correction, explanation) = if self.claim.negated {
            (
                Verdict::Refuted,
                Some(format!(
                    "The article says it did: \"{}\"",
                    self.sentence_text(a.s)
                )),
                "The claim denies what the article states.".to_string(),
            )
        } else {
            (
                Verdict::Refuted,
                Some(format!(
                    "The article says the opposite: \"{}\"",
                    self.sentence_text(a.s)
                )),
                "The article states the negation of the claim.".to_string(),
            )
        };
        Some(self.outcome(
            verdict,
            "negation",
            vec![self.evidence(a.s)],
            correction,
            explanation,
        ))
    }

    /// "The clinic is closed on weekends" against "The clinic will be open ... on weekdays,
    /// but not on weekends": the sentence denies the opposite of the claim's one missing word,
    /// which says the claim.
    pub(super) fn opposite_denied(&self, a: &Alignment) -> Option<Outcome> {
        if self.claim.negated || !self.sentence_negated(a) {
            return None;
        }
        let mut missing = self
            .elements
            .iter()
            .zip(a.cover.iter().zip(&a.borrowed))
            .filter(|(_, (c, b))| c.is_none() && !**b);
        let (e, _) = missing.next()?;
        if missing.next().is_some() {
            return None;
        }
        // Only words have opposites.
        self.item(e).stem()?;
        let opposites = self.item(e).opposites(self.lex);
        let opposite = self
            .sentence_items(a.s)
            .iter()
            .any(|x| opposites.include(x));
        if !opposite {
            return None;
        }
        let explanation = format!(
            "Sentence {} denies the opposite of what the claim says.",
            a.s + 1
        );
        Some(self.outcome(
            Verdict::Supported,
            "opposite-denied",
            vec![self.evidence(a.s)],
            None,
            explanation,
        ))
    }

    /// Another date, weekday or number in the slot the claim fills.
    pub(super) fn value_conflict(&self, a: &Alignment) -> Option<Outcome> {
        // "did not play in the final ... on Wednesday" says nothing of the day the final was played.
        if self.claim.negated != self.sentence_negated(a) {
            return None;
        }
        let s_items = self.sentence_items(a.s);
        for (e, c) in self.elements.iter().zip(&a.cover) {
            let Slot::Value(_) = &self.item(e).slot else {
                continue;
            };
            if c.is_some() {
                continue;
            }
            let rivals: Vec<(usize, &Value)> = s_items
                .iter()
                .enumerate()
                .filter_map(|(j, x)| match &x.slot {
                    Slot::Value(u)
                        if bounded_compare(&self.claim.items, e.k, s_items, j)
                            == Agreement::Conflict =>
                    {
                        Some((j, u))
                    }
                    _ => None,
                })
                .collect();
            let comparable = s_items
                .iter()
                .enumerate()
                .filter(|(j, x)| {
                    matches!(x.slot, Slot::Value(_))
                        && bounded_compare(&self.claim.items, e.k, s_items, *j)
                            != Agreement::Unrelated
                })
                .count();
            let pick = rivals
                .iter()
                .find(|(j, _)| self.same_slot(e.k, s_items, *j, false))
                .or_else(|| (comparable == 1).then(|| rivals.first()).flatten())
                .or_else(|| self.nearest_to_claim_words(a, &rivals));
            let Some((j, _)) = pick else { continue };
            if !self.covered_but(a, &[e.k], &[], 1) {
                continue;
            }
            return Some(self.one_item_differs("value", "gives", a, e.k, *j));
        }
        None
    }

    /// Refutes the claim by the one item where the sentence differs, quoting the article's own
    /// words ("90-day", "Aug. 1") as the student will find them, and the words around them:
    /// "The article gives X, not Y: "… X …"."
    fn one_item_differs(
        &self,
        rule: &'static str,
        verb: &str,
        a: &Alignment,
        k: usize,
        j: usize,
    ) -> Outcome {
        let s_items = self.sentence_items(a.s);
        let text = self.sentence_text(a.s);
        let article = text[s_items[j].start..s_items[j].end].to_string();
        let claim = self.text_of(&self.claim.items[k]);
        let context = context_around(text, s_items, j);
        let correction = if context.len() > article.len() {
            format!("The article {verb} {article}, not {claim}: \"{context}\".")
        } else {
            format!("The article {verb} {article}, not {claim}.")
        };
        let diff = Difference { claim, article };
        self.refuted_or_flipped(rule, vec![a.s], correction, Some(diff))
    }

    /// Another place, country or office in a one-valued slot: "held in Jakarta" where the
    /// article says "held in Kuala Lumpur"; "represent the president" for "the foreign minister".
    pub(super) fn slot_conflict(&self, a: &Alignment) -> Option<Outcome> {
        // "will not affect workers in Italy" says nothing against "workers in Sweden".
        if self.claim.negated != self.sentence_negated(a) {
            return None;
        }
        let s_items = self.sentence_items(a.s);
        let claim_entities: Vec<usize> = self
            .claim
            .items
            .iter()
            .filter_map(Item::entity_id)
            .collect();
        for (e, c) in self.elements.iter().zip(&a.cover) {
            if c.is_some() {
                continue;
            }
            let it = self.item(e);
            let rival = match &it.slot {
                Slot::Entity { kind, .. } if *kind != EntityKind::Person => {
                    s_items.iter().enumerate().position(|(j, x)| match &x.slot {
                        Slot::Entity { kind: k2, id, .. } => {
                            same_kind_of_place(*kind, *k2)
                                && id.is_none_or(|i| !claim_entities.contains(&i))
                                && self.same_slot(e.k, s_items, j, true)
                        }
                        _ => false,
                    })
                }
                Slot::Title(t) => s_items.iter().enumerate().position(|(j, x)| match &x.slot {
                    Slot::Title(u) => {
                        !titles_match(t, u, self.lex) && self.same_slot(e.k, s_items, j, false)
                    }
                    _ => false,
                }),
                _ => None,
            };
            let Some(j) = rival else { continue };
            if !self.covered_but(a, &[e.k], &[], 0) {
                continue;
            }
            return Some(self.one_item_differs("slot", "says", a, e.k, j));
        }
        None
    }

    /// An opposite verb or adjective: "opposed" where the article says "supported".
    pub(super) fn antonym_conflict(&self, a: &Alignment) -> Option<Outcome> {
        let s_items = self.sentence_items(a.s);
        for (e, c) in self.elements.iter().zip(&a.cover) {
            if c.is_some() {
                continue;
            }
            // Only words have opposites.
            if self.item(e).stem().is_none() {
                continue;
            }
            // A claim verb needs a sentence verb of the same form, so that "lasted" is not read
            // as the opposite of "initial"; an adjective may face a participle ("stayed open"
            // against "was closed").
            let form = inflection(self.item(e).word_lower().unwrap_or(""), self.lex);
            // After a copula a participle is an adjective: "is closed" faces "is open".
            let after_copula = e.k.checked_sub(1).is_some_and(|p| {
                self.claim.items[p]
                    .word_lower()
                    .is_some_and(|w| self.lex.is(WordClass::Copulas, w))
            });
            let claim_verb = looks_like_verb(&self.claim.items, e.k, self.lex) && !after_copula;
            let opposites = self.item(e).opposites(self.lex);
            let opposite = s_items.iter().position(|x| {
                opposites.include(x)
                    && (!claim_verb || inflection(x.word_lower().unwrap_or(""), self.lex) == form)
            });
            let Some(j) = opposite else { continue };
            // One word decides here, so the sentence must say everything else the claim says.
            if !self.covers_all_but(a, e.k) {
                continue;
            }
            return Some(self.one_item_differs("opposite", "says", a, e.k, j));
        }
        None
    }

    /// The sentence says the whole claim but with the claim's doer in another role:
    /// "Castellan has agreed to buy Nordvik" where Nordvik agreed to buy Castellan; "Lisbon
    /// Falcons won" where Porto Mariners won, beating Lisbon Falcons. The doer must be in the
    /// sentence on the other side of the verb, and the sentence must name another doer.
    pub(super) fn swap_conflict(&self, a: &Alignment) -> Option<Outcome> {
        if self.claim.negated || self.sentence_negated(a) || !self.covered_but(a, &[], &[], 0) {
            return None;
        }
        if !self.doer_swapped(a) {
            return None;
        }
        let correction = format!(
            "The article gives the roles the other way: \"{}\"",
            self.sentence_text(a.s)
        );
        let explanation = format!("The article says otherwise: {correction}");
        Some(self.outcome(
            Verdict::Refuted,
            "roles-swapped",
            vec![self.evidence(a.s)],
            Some(correction),
            explanation,
        ))
    }

    /// Whether the claim's subject stands, in the sentence, on the object's side of the
    /// claim's verb while another name is the sentence's subject. Only for a verb in a clear
    /// finite or infinitive form ("won", "agreed to buy"), never a copula or an agent noun.
    fn doer_swapped(&self, a: &Alignment) -> bool {
        let Some((ck, sj, stem)) = self.claim_verb(a) else {
            return false;
        };
        let items = &self.claim.items;
        let s_items = self.sentence_items(a.s);
        let after_aux = ck
            .checked_sub(1)
            .and_then(|p| items[p].word_lower())
            .is_some_and(|w| {
                matches!(
                    w,
                    "will" | "would" | "to" | "did" | "does" | "do" | "has" | "have" | "had"
                )
            });
        let clear_verb =
            inflection(items[ck].word_lower().unwrap_or(""), self.lex) == 1 || after_aux;
        if !clear_verb || self.lex.is_symmetric(&stem) || s_items[sj].word_lower().is_none() {
            return false;
        }
        let claim_passive = is_passive(items, ck);
        let sentence_passive = is_passive(s_items, sj);
        let Some(subject) = subject_of(items, ck, claim_passive) else {
            return false;
        };
        let Some(j) = self.cover_of(a, subject) else {
            return false;
        };
        // "won the election with 31.2%, ahead of the Social Democrats with 24.8 percent": a
        // value in another clause is not what the verb did.
        let value_elsewhere = self.elements.iter().zip(&a.cover).any(|(e, c)| {
            matches!(self.item(e).slot, Slot::Value(_))
                && c.is_some_and(|jv| {
                    s_items[jv.min(sj)..jv.max(sj)]
                        .iter()
                        .any(|i| matches!(i.slot, Slot::Break))
                })
        });
        if value_elsewhere {
            return false;
        }
        let doer_side = (j < sj) != sentence_passive;
        let other_doer = subject_of(s_items, sj, sentence_passive)
            .is_some_and(|t| s_items[t].entity_id() != items[subject].entity_id());
        !doer_side && other_doer
    }

    /// "Reviewers criticised the camera" against "Early reviews praised the camera but
    /// criticised the phone's weight": the verb the sentence gives the claim's object is the
    /// opposite of the claim's verb.
    pub(super) fn object_antonym_conflict(&self, a: &Alignment) -> Option<Outcome> {
        if self.claim.negated != self.sentence_negated(a) || !self.covered_but(a, &[], &[], 0) {
            return None;
        }
        let (k, j_o) = self.misplaced_object(a)?;
        let form = inflection(self.claim.items[k].word_lower().unwrap_or(""), self.lex);
        let s_items = self.sentence_items(a.s);
        // The nearest verb before the object, within its clause.
        let j = (0..j_o)
            .rev()
            .take_while(|&j| !matches!(s_items[j].slot, Slot::Break))
            .find(|&j| {
                s_items[j]
                    .word_lower()
                    .is_some_and(|w| form != 0 && inflection(w, self.lex) == form)
            })?;
        let opposite = self.claim.items[k].opposites(self.lex).include(&s_items[j]);
        opposite.then(|| self.one_item_differs("opposite", "says", a, k, j))
    }

    /// A claim that something already happened, where the article has it planned or expected.
    pub(super) fn modality_conflict(&self, a: &Alignment) -> Option<Outcome> {
        if !self.covered_but(a, &[], &[], 1) || !self.done_versus_planned(a) {
            return None;
        }
        let correction = format!(
            "The article describes this as planned or expected, not as done: \"{}\"",
            self.sentence_text(a.s)
        );
        let explanation = format!("{correction} The claim says it already happened.");
        Some(self.outcome(
            Verdict::Refuted,
            "planned-not-done",
            vec![self.evidence(a.s)],
            Some(correction),
            explanation,
        ))
    }

    /// Whether a planning cue stands within a few words before sentence item `j`.
    pub(super) fn irrealis_before(&self, s_items: &[Item], j: usize) -> bool {
        crate::grammar::planned_before(s_items, j, self.lex)
    }

    /// "Nordvik is an Italian company" where the article calls Nordvik "a Swedish maker".
    pub(super) fn nationality_conflict(&self, a: &Alignment) -> Option<Outcome> {
        let claimed = self.claim.items.iter().find_map(|i| match &i.slot {
            Slot::Entity {
                demonym: true,
                name,
                id,
                ..
            } => Some(
                id.map(|i| self.store.entities[i].name.clone())
                    .unwrap_or(name.clone()),
            ),
            _ => None,
        })?;
        // Only for "X is a/an DEMONYM ...": the nationality is what the claim says of X.
        let items = &self.claim.items;
        let x_item = items.iter().position(|i| i.entity_id().is_some())?;
        let copula = ["is", "are", "was", "were"];
        if !self.word_at(x_item + 1, &copula) {
            return None;
        }
        let s_items = self.sentence_items(a.s);
        let x = items[x_item].entity_id()?;
        let sx = s_items.iter().position(|i| i.entity_id() == Some(x))?;
        let zone = describing_zone(s_items, sx, self.lex);
        let text = self.sentence_text(a.s);
        let described = text[s_items[*zone.first()?].start..s_items[*zone.last()?].end].to_string();
        let actual = zone.into_iter().find_map(|k| match &s_items[k].slot {
            Slot::Entity {
                demonym: true,
                id: Some(i),
                ..
            } => Some(self.store.entities[*i].name.clone()),
            _ => None,
        })?;
        if actual == claimed {
            return None;
        }
        let name = &self.store.entities[x].name;
        let _ = name;
        let correction = format!("The article says: {described}.");
        let diff = Difference {
            claim: claimed,
            article: actual,
        };
        Some(self.refuted_or_flipped("nationality", vec![a.s], correction, Some(diff)))
    }

    /// For "X is a/an ... N" claims: whether the sentence says the predicate of something
    /// else ("the Italian signalling company Castellan Systems" does not make Nordvik
    /// Italian). Returns what the sentence does say of X, if anything.
    pub(super) fn predicate_misplaced(&self, a: &Alignment) -> Option<String> {
        let items = &self.claim.items;
        let x = items.iter().position(|i| i.entity_id().is_some())?;
        let id = items[x].entity_id()?;
        let copula = ["is", "are", "was", "were", "remains", "became"];
        // A noun phrase or a nationality after the copula, not a passive ("was met by").
        let describes = self.word_at(x + 2, &["a", "an", "the"])
            || matches!(
                items.get(x + 2).map(|i| &i.slot),
                Some(Slot::Entity { demonym: true, .. })
            );
        if !self.word_at(x + 1, &copula) || !describes {
            return None;
        }
        let s_items = self.sentence_items(a.s);
        let sx = s_items.iter().position(|i| i.entity_id() == Some(id))?;
        let zone = describing_zone(s_items, sx, self.lex);
        let misplaced = self
            .elements
            .iter()
            .zip(&a.cover)
            .any(|(e, c)| e.k > x + 1 && c.is_some_and(|j| !zone.contains(&j)));
        if !misplaced {
            return None;
        }
        let (from, to) = (zone.first()?, zone.last()?);
        let text = self.sentence_text(a.s);
        Some(text[s_items[*from].start..s_items[*to].end].to_string())
    }
}

/// Words before a value or name that make its slot one-valued: one meeting is held in one
/// place, on one date ("in", "on", "between A and").
pub(super) const SLOT_WORDS: &[&str] = &[
    "in", "at", "on", "between", "and", "or", "from", "during", "until", "by", "since",
];

/// The items that describe the entity at `x`: an apposition after it (", a Swedish maker of
/// train parts,"), what follows "is", or the words right before it ("the Italian signalling
/// company Castellan Systems").
pub(super) fn describing_zone(items: &[Item], x: usize, lex: &Lexicon) -> Vec<usize> {
    let mut zone = Vec::new();
    // "The worst-hit town was Melk": the subject of the copula before the name describes it.
    let copula_before = x > 0
        && items[x - 1]
            .word_lower()
            .is_some_and(|w| matches!(w, "is" | "was" | "are" | "were"));
    if copula_before {
        let start = (0..x - 1)
            .rev()
            .find(|&k| matches!(items[k].slot, Slot::Break))
            .map_or(0, |k| k + 1);
        zone.extend(start..x - 1);
    }
    let after = match items.get(x + 1) {
        Some(i) if matches!(i.slot, Slot::Break) => Some(x + 2),
        Some(i)
            if i.word_lower()
                .is_some_and(|w| matches!(w, "is" | "was" | "are" | "were")) =>
        {
            Some(x + 2)
        }
        _ => None,
    };
    if let Some(start) = after {
        zone.extend((start..items.len()).take_while(|&k| !matches!(items[k].slot, Slot::Break)));
    }
    // "Halcyon's chief executive, Rachel Moreno": an office in apposition before the name,
    // back to the verb or break before it ("said the fire's incident commander, ...").
    if x >= 2
        && matches!(items[x - 1].slot, Slot::Break)
        && matches!(items[x - 2].slot, Slot::Title(_))
    {
        let mut k = x - 2;
        zone.push(k);
        while k > 0
            && !matches!(items[k - 1].slot, Slot::Break)
            && !looks_like_verb(items, k - 1, lex)
        {
            k -= 1;
            zone.push(k);
        }
    }
    let mut k = x;
    while k > 0 {
        let it = &items[k - 1];
        let modifier = it.is_content()
            && !matches!(it.slot, Slot::Break)
            && !looks_like_verb(items, k - 1, lex);
        if !modifier {
            break;
        }
        k -= 1;
        zone.push(k);
    }
    zone.push(x);
    zone.sort_unstable();
    zone
}

impl<'a> Checker<'a> {
    /// "Castellan had higher sales than Nordvik" against "Nordvik reported sales of 9 billion
    /// euros, while Castellan's sales were 3.1 billion euros": each name's own clause gives one
    /// number of the same kind, and the claim's comparison is checked on them.
    pub(super) fn comparison(&self) -> Option<Outcome> {
        if self.claim.negated {
            return None;
        }
        let items = &self.claim.items;
        let (than, ck, more) = self.comparative()?;
        let y = items.get(than + 1)?.entity_id()?;
        let x = items[..ck].iter().rev().find_map(Item::entity_id)?;
        if x == y {
            return None;
        }
        let compared: Vec<&Item> = items[ck + 1..than]
            .iter()
            .filter(|i| matches!(i.slot, Slot::Word { content: true, .. }))
            .collect();
        if compared.is_empty() {
            return None;
        }
        for a in self.aligned.iter().filter(|a| a.score > 0.0).take(6) {
            let s_items = self.sentence_items(a.s);
            let (Some(jx), Some(jy)) = (
                s_items.iter().position(|i| i.entity_id() == Some(x)),
                s_items.iter().position(|i| i.entity_id() == Some(y)),
            ) else {
                continue;
            };
            if compared.iter().any(|c| self.covers(c, s_items).is_none()) {
                continue;
            }
            let (Some((vx, ux, kx)), Some((vy, uy, ky))) =
                (number_in_clause(s_items, jx), number_in_clause(s_items, jy))
            else {
                continue;
            };
            // Each clause must name what is compared, and give it as an amount, not as a
            // change ("rose by 19 percent") or a point of comparison ("more than").
            let names_compared = |k: usize| {
                let clause = clause_of(s_items, k);
                compared
                    .iter()
                    .all(|c| self.covers(c, &s_items[clause.clone()]).is_some())
            };
            let an_amount = |k: usize| {
                !k.checked_sub(1)
                    .and_then(|p| s_items[p].word_lower())
                    .is_some_and(|w| matches!(w, "by" | "from" | "than" | "to"))
            };
            if !(names_compared(kx) && names_compared(ky) && an_amount(kx) && an_amount(ky)) {
                continue;
            }
            if ux != uy || kx == ky {
                continue;
            }
            let holds = if more { vx > vy } else { vx < vy };
            let text = self.sentence_text(a.s);
            let name = |id: usize| self.store.entities[id].name.clone();
            let said = format!(
                "The article gives {} {} and {} {}.",
                name(x),
                &text[s_items[kx].start..s_items[kx].end],
                name(y),
                &text[s_items[ky].start..s_items[ky].end]
            );
            let evidence = vec![self.evidence(a.s)];
            return Some(if holds {
                self.outcome(Verdict::Supported, "comparison", evidence, None, said)
            } else {
                let explanation = format!("The article says otherwise: {said}");
                self.outcome(
                    Verdict::Refuted,
                    "comparison",
                    evidence,
                    Some(said),
                    explanation,
                )
            });
        }
        None
    }
}

impl<'a> Checker<'a> {
    /// A claim comparing amounts, "more/higher/fewer ... than": (the "than", the comparative,
    /// whether it says more). Such a claim is judged on the numbers, never on shared words.
    pub(super) fn comparative(&self) -> Option<(usize, usize, bool)> {
        let items = &self.claim.items;
        let than = items.iter().position(|i| i.word_lower() == Some("than"))?;
        // "more than 3,000 people" bounds a number; it compares nothing.
        if matches!(items.get(than + 1)?.slot, Slot::Value(_)) {
            return None;
        }
        (than.saturating_sub(3)..than).find_map(|k| {
            let w = items[k].word_lower()?;
            let more = matches!(w, "higher" | "more" | "larger" | "bigger" | "greater");
            let less = matches!(w, "lower" | "less" | "fewer" | "smaller");
            (more || less).then_some((than, k, more))
        })
    }
}

/// The items of the clause (between breaks) that item `j` stands in.
fn clause_of(items: &[Item], j: usize) -> std::ops::Range<usize> {
    let start = (0..j)
        .rev()
        .find(|&k| matches!(items[k].slot, Slot::Break))
        .map_or(0, |k| k + 1);
    let end = (j..items.len())
        .find(|&k| matches!(items[k].slot, Slot::Break))
        .unwrap_or(items.len());
    start..end
}

/// The one amount in the clause of item `j`: (value, unit, item index).
fn number_in_clause(items: &[Item], j: usize) -> Option<(f64, Option<String>, usize)> {
    let mut found = clause_of(items, j).filter_map(|k| match &items[k].slot {
        Slot::Value(Value::Number {
            value,
            unit,
            ordinal: false,
        }) => Some((*value, unit.clone(), k)),
        _ => None,
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

impl<'a> Checker<'a> {
    /// "half as large as astronomers first estimated" against "twice as large as astronomers
    /// had first estimated": the same "as ... as" comparison with another factor.
    pub(super) fn factor_conflict(&self, a: &Alignment) -> Option<Outcome> {
        if self.claim.negated != self.sentence_negated(a) {
            return None;
        }
        let items = &self.claim.items;
        let (k, adjective) = as_as_comparison(items)?;
        let claimed = factor_at(items, k)?;
        let s_items = self.sentence_items(a.s);
        let (j, s_adjective) = as_as_comparison(s_items)?;
        let given = factor_at(s_items, j)?;
        if !items[adjective].same_word(&s_items[s_adjective])
            || (claimed - given).abs() < 1e-9
            || !self.covered_but(a, &[k], &[], 0)
        {
            return None;
        }
        Some(self.one_item_differs("value", "gives", a, k, j))
    }
}

/// In "N as ADJ as": (the factor's item, the adjective's item).
fn as_as_comparison(items: &[Item]) -> Option<(usize, usize)> {
    (1..items.len().saturating_sub(2)).find_map(|k| {
        let framed = items[k].word_lower() == Some("as")
            && items[k + 2].word_lower() == Some("as")
            && items[k + 1].is_content();
        framed.then_some((k - 1, k + 1))
    })
}

/// The factor of a multiplicative comparison: "twice", "half", "three times".
fn factor_at(items: &[Item], k: usize) -> Option<f64> {
    match &items[k].slot {
        Slot::Word { lower, .. } => match lower.as_str() {
            "twice" => Some(2.0),
            "thrice" => Some(3.0),
            "half" => Some(0.5),
            _ => None,
        },
        Slot::Value(Value::Number {
            value,
            unit,
            ordinal: false,
        }) if unit
            .as_deref()
            .is_none_or(|u| matches!(u, "share" | "time" | "tim")) =>
        {
            Some(*value)
        }
        _ => None,
    }
}

/// The words around item `j` of a sentence, for a correction to quote: up to two items on
/// each side, within the clause (a comma or a bracket ends it), so that the student sees what
/// the article's value or name belongs to ("an eight-day strike", "7.5 percent this year").
fn context_around(text: &str, items: &[Item], j: usize) -> String {
    const EACH_SIDE: usize = 2;
    let in_clause = |x: &Item| !matches!(x.slot, Slot::Break);
    let mut first = j;
    while first > 0 && j - first < EACH_SIDE && in_clause(&items[first - 1]) {
        first -= 1;
    }
    let mut last = j;
    while last + 1 < items.len() && last - j < EACH_SIDE && in_clause(&items[last + 1]) {
        last += 1;
    }
    // "held in Kuala Lumpur during the": a quote does not trail off on function words.
    while last > j && !items[last].is_content() {
        last -= 1;
    }
    text.get(items[first].start..items[last].end)
        .unwrap_or_default()
        .to_string()
}
