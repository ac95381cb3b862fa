//! Lining a claim up with the article's sentences: which sentences to look at, which
//! sentence item says what each claim item says, and how much of the claim a sentence covers.

use super::*;
#[allow(unused_imports)]
use super::{closed::*, conflicts::*, offices::*, support::*};
use crate::analysis::word_meaning;
use crate::grammar::*;

impl<'a> Checker<'a> {
    /// The sentences worth aligning: in a short article all of them; in a long one the
    /// best-scoring sentences that share something with the claim, found through the index.
    pub(super) fn candidate_sentences(&self) -> Vec<usize> {
        const ALIGN_ALL_UP_TO: usize = 64;
        const CANDIDATES: usize = 48;
        let n = self.store.items.len();
        if n <= ALIGN_ALL_UP_TO {
            return (0..n).collect();
        }
        // Weights by sentence in a dense table (every weight added is positive), with the
        // sentences touched listed once.
        let mut weight = vec![0f32; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut keys = Vec::new();
        for e in &self.elements {
            keys.clear();
            let it = self.item(e);
            let country = match &it.slot {
                Slot::Entity { id: Some(id), .. } => Some(self.store.entities[*id].name.as_str()),
                Slot::Entity { name, .. } => Some(name.as_str()),
                _ => None,
            };
            crate::store::index::query_keys(it, country, &mut keys);
            keys.sort();
            keys.dedup();
            for key in &keys {
                for &s in self.store.sentence_index.sentences_with(key) {
                    if weight[s as usize] == 0.0 {
                        touched.push(s);
                    }
                    weight[s as usize] += e.weight;
                }
            }
        }
        let mut ranked: Vec<(u32, f32)> =
            touched.iter().map(|&s| (s, weight[s as usize])).collect();
        let order = |a: &(u32, f32), b: &(u32, f32)| {
            b.1.partial_cmp(&a.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.0.cmp(&b.0))
        };
        // Only the best CANDIDATES are sorted (the order is total: ties go by sentence).
        if ranked.len() > CANDIDATES {
            ranked.select_nth_unstable_by(CANDIDATES - 1, order);
            ranked.truncate(CANDIDATES);
        }
        ranked.sort_by(order);
        ranked.into_iter().map(|(s, _)| s as usize).collect()
    }

    /// A headline question or a section label asserts nothing.
    pub(super) fn asserts(&self, s: usize) -> bool {
        self.store
            .sentence_index
            .asserts
            .get(s)
            .copied()
            .unwrap_or(false)
    }

    pub(super) fn align(&self, s: usize) -> Alignment {
        let items = self.sentence_items(s);
        // A name the sentence does not say may be there as "he", "the council" or "the
        // mayor" (see store::references); the sentence that names it is then evidence too.
        let references = self.store.references().in_sentence(s);
        let mut antecedent = None;
        let mut cover: Vec<Option<usize>> = Vec::with_capacity(self.elements.len());
        for e in &self.elements {
            let c = self.item(e);
            let found = self.covers(c, items).or_else(|| {
                let id = c.entity_id()?;
                let r = references.iter().find(|r| r.entity == id)?;
                antecedent.get_or_insert(r.antecedent);
                Some(r.item)
            });
            cover.push(found);
        }
        // A sentence that opens with a pronoun continues the one before it.
        let previous = (s > 0 && self.opens_with_pronoun(s)).then(|| self.sentence_items(s - 1));
        // Only what a pronoun can stand for is borrowed, never the verb, and only by a
        // sentence that says some of the claim's words itself.
        let says_some = self
            .elements
            .iter()
            .zip(&cover)
            .any(|(e, c)| !e.hard && c.is_some());
        let borrowed: Vec<bool> = self
            .elements
            .iter()
            .zip(&cover)
            .map(|(e, c)| {
                says_some
                    && c.is_none()
                    && !looks_like_verb(&self.claim.items, e.k, self.lex)
                    && previous.is_some_and(|p| self.covers(self.item(e), p).is_some())
            })
            .collect();
        // News names a person after first describing them: "A former mayor ... was sentenced
        // after a jury found him guilty. Peter Marsh, 61, ...". A sentence with a pronoun or an
        // office but no named person may stand for the person the next sentence names.
        let next = (s + 1 < self.store.items.len() && self.describes_unnamed_person(s))
            .then(|| self.sentence_items(s + 1));
        let ahead: Vec<bool> = self
            .elements
            .iter()
            .zip(&cover)
            .zip(&borrowed)
            .map(|((e, c), b)| {
                let person = matches!(
                    &self.item(e).slot,
                    Slot::Entity {
                        kind: EntityKind::Person,
                        ..
                    }
                );
                says_some
                    && c.is_none()
                    && !b
                    && person
                    && next.is_some_and(|n| self.covers(self.item(e), n).is_some())
            })
            .collect();
        let borrowed_from = if ahead.iter().any(|b| *b) {
            Some(s + 1)
        } else if borrowed.iter().any(|b| *b) {
            Some(s - 1)
        } else {
            antecedent.filter(|&n| n != s)
        };
        let borrowed: Vec<bool> = borrowed.iter().zip(&ahead).map(|(a, b)| *a || *b).collect();
        let total: f32 = self.elements.iter().map(|e| e.weight).sum();
        let got: f32 = self
            .elements
            .iter()
            .zip(cover.iter().zip(&borrowed))
            .map(|(e, (c, b))| {
                if c.is_some() {
                    e.weight
                } else if *b {
                    0.9 * e.weight
                } else {
                    0.0
                }
            })
            .sum();
        let score = if total > 0.0 && self.asserts(s) {
            got / total
        } else {
            0.0
        };
        let mut a = Alignment {
            s,
            cover,
            borrowed,
            borrowed_from,
            score,
            negated: false,
        };
        a.negated = self.negation_reaches(&a);
        a
    }

    /// Whether a sentence speaks of a person without naming one: a personal pronoun or an
    /// office, and no person's name.
    fn describes_unnamed_person(&self, s: usize) -> bool {
        let items = self.sentence_items(s);
        let names_person = items.iter().any(|i| {
            matches!(
                &i.slot,
                Slot::Entity {
                    kind: EntityKind::Person,
                    ..
                }
            )
        });
        if names_person {
            return false;
        }
        let office = || items.iter().any(|i| matches!(i.slot, Slot::Title(_)));
        let pronoun = || {
            items.iter().any(|i| {
                i.word_lower()
                    .is_some_and(|w| self.lex.is(WordClass::PersonalPronouns, w))
            })
        };
        office() || pronoun()
    }

    /// Whether a sentence starts with a pronoun or a possessive that points back ("It",
    /// "Their petition", "He said").
    pub(super) fn opens_with_pronoun(&self, s: usize) -> bool {
        let first = self.sentence_items(s).iter().find_map(Item::word_lower);
        first.is_some_and(|w| {
            matches!(
                w,
                "it" | "he"
                    | "she"
                    | "they"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "this"
                    | "these"
                    | "those"
            )
        })
    }

    /// The sentence item that says what the claim item says, if any.
    pub(super) fn covers(&self, c: &Item, items: &[Item]) -> Option<usize> {
        let lex = self.lex;
        match &c.slot {
            Slot::Entity { id, name, kind, .. } => {
                if let Some(id) = id {
                    if let Some(p) = items.iter().position(|x| x.entity_id() == Some(*id)) {
                        return Some(p);
                    }
                }
                // A city stands inside its country: "held in Kuala Lumpur" says "in Malaysia".
                if *kind == EntityKind::Country {
                    let country = id
                        .map(|i| self.store.entities[i].name.clone())
                        .unwrap_or_else(|| name.clone());
                    return items.iter().position(|x| match &x.slot {
                        Slot::Entity {
                            kind: EntityKind::Place,
                            country: Some(c),
                            ..
                        } => *c == country,
                        _ => false,
                    });
                }
                None
            }
            Slot::Title(t) => {
                // "the two councillors who voted against": a plural title reads as a word, or
                // as what a number counts.
                let one_word = (!t.contains(' ')).then(|| crate::analysis::stem_of_word(t));
                items.iter().position(|x| match &x.slot {
                    // (Both read as titles, so both already normalised.)
                    Slot::Title(u) => normalized_titles_match(t, u, lex),
                    Slot::Word { stem, .. } => one_word == Some(*stem),
                    Slot::Value(Value::Number { unit: Some(u), .. }) => {
                        one_word.is_some_and(|w| w == u.as_str())
                    }
                    _ => false,
                })
            }
            // "61 percent, down from 66 percent": a value after "from" or "than" is another
            // time's or thing's, and only says a claim that puts it there too.
            Slot::Value(v) => {
                let claim_k = self.claim.items.iter().position(|i| std::ptr::eq(i, c));
                // ("more than 1,000" is a bound on this value, not another one.)
                let former = |items: &[Item], k: usize| {
                    after_from_or_than(items, k) && bound_of(items, k).is_none()
                };
                let claim_former = claim_k.is_some_and(|k| former(&self.claim.items, k));
                // "... and officials hope to reach 70 percent": a hoped-for value does not say
                // what happened.
                let claim_happened = self.claim.realis_past && !self.claim.irrealis;
                let one_unit = one_unit_of_time(v);
                items.iter().enumerate().position(|(j, x)| match &x.slot {
                    // "for a week" in the sentence too, where the reader left it as words.
                    Slot::Word { stem, .. } if one_unit.is_some_and(|u| u == stem) => j
                        .checked_sub(1)
                        .and_then(|p| items[p].word_lower())
                        .is_some_and(|w| matches!(w, "a" | "an" | "one")),
                    Slot::Value(u) => {
                        let agreement = match claim_k {
                            Some(k) => bounded_compare(&self.claim.items, k, items, j),
                            None => compare_values(v, u),
                        };
                        matches!(agreement, Agreement::Same | Agreement::Implied)
                            && former(items, j) == claim_former
                            && !opposite_ends(
                                claim_k.map(|k| period_end(&self.claim.items, k)),
                                period_end(items, j),
                            )
                            && !(claim_happened
                                && crate::grammar::planned_before(items, j, self.lex))
                    }
                    _ => false,
                })
            }
            // "until 2021" is the end of "from 2015 to 2021".
            Slot::Word { lower, .. } if matches!(lower.as_str(), "until" | "till") => {
                // The claim's own end: the date after its "until" must follow the "to".
                let claim_k = self.claim.items.iter().position(|i| std::ptr::eq(i, c));
                let end = claim_k.and_then(|k| match &self.claim.items.get(k + 1)?.slot {
                    Slot::Value(v @ Value::Date(_)) => Some(v),
                    _ => None,
                });
                items.iter().enumerate().position(|(j, x)| {
                    let ends_there = match (end, items.get(j + 1).map(|n| &n.slot)) {
                        (Some(v), Some(Slot::Value(u @ Value::Date(_)))) => {
                            matches!(compare_values(v, u), Agreement::Same | Agreement::Implied)
                        }
                        _ => false,
                    };
                    matches!(x.word_lower(), Some("until" | "till"))
                        || (matches!(x.word_lower(), Some("to" | "through")) && ends_there)
                })
            }
            Slot::Word { lower, .. } => items.iter().position(|x| match &x.slot {
                Slot::Word {
                    lower: l2,
                    content: true,
                    ..
                } => {
                    c.same_word(x)
                        || (lower.len() >= 6
                            && !lower.contains(' ')
                            && fuzzy::close_enough_lower(lower, l2))
                        || self.wordnet_says(x, c)
                }
                // "minister" is part of the title "foreign minister"; "led" or "founded" is
                // what a "leader" or "founder" does.
                Slot::Title(u) => u
                    .split(' ')
                    .any(|w| w == lower || c.stem().is_some_and(|s| agent_noun_of(s, w))),
                // "councillors" in "the two councillors".
                Slot::Value(Value::Number { unit: Some(u), .. }) => {
                    c.stem().is_some_and(|s| lex.same_meaning(s, u))
                }
                // "health" where the article's "Health director" was read as a one-word name.
                Slot::Entity { id: Some(id), .. } => self.store.entities[*id]
                    .names()
                    .any(|n| !n.contains(' ') && n.eq_ignore_ascii_case(lower)),
                _ => false,
            }),
            _ => None,
        }
    }

    /// Whether WordNet lets the sentence's word `x` say the claim's word `c`: the same
    /// meaning, or (in a positive claim) a kind of it or a verb that entails it ("counted 200
    /// wolves" says "counted 200 animals"); in a negated claim the other way round ("no
    /// animals were hurt" says "no wolves were hurt").
    fn wordnet_says(&self, x: &Item, c: &Item) -> bool {
        let (article, claim) = (x.meaning(), c.meaning());
        if article.is_empty() || claim.is_empty() {
            return false;
        }
        wordnet::equivalent(article, claim)
            || if self.claim.negated {
                wordnet::more_specific(claim, article)
            } else {
                wordnet::more_specific(article, claim)
            }
    }

    pub(super) fn word_count(&self) -> usize {
        self.elements.iter().filter(|e| !e.hard).count()
    }

    /// How many claim words may go unmatched in a sentence that otherwise says the claim:
    /// one in four, for paraphrase, provided the article uses the word somewhere.
    pub(super) fn word_allowance(&self) -> usize {
        (self.word_count() + 1) / 4
    }

    pub(super) fn in_article_vocabulary(&self, item: &Item) -> bool {
        let Slot::Word { stem, groups, .. } = &item.slot else {
            return false;
        };
        let index = &self.store.sentence_index;
        // "people" in "12,000 people": what a number counts is a word the article uses.
        index.has(&format!("w{stem}"))
            || index.has(&format!("vnum{stem}"))
            || index.has(&format!("r{}", crate::text::stem::derivational_root(stem)))
            || groups.iter().any(|g| index.has(&format!("g{g}")))
    }

    /// Whether the sentence accounts for every claim element but `except`, with the usual
    /// allowance for paraphrase. `verified` items count as accounted for.
    pub(super) fn covered_but(
        &self,
        a: &Alignment,
        except: &[usize],
        verified: &[usize],
        extra_words: usize,
    ) -> bool {
        let mut loose_words = 0;
        for ((e, c), borrowed) in self.elements.iter().zip(&a.cover).zip(&a.borrowed) {
            if c.is_some() || *borrowed || except.contains(&e.k) || verified.contains(&e.k) {
                continue;
            }
            if self.occurrence_stated(a, e) {
                continue;
            }
            if e.hard {
                return false;
            }
            if !self.in_article_vocabulary(self.item(e)) && extra_words == 0 {
                return false;
            }
            // The allowance is for paraphrased words around the claim's verb, not the verb:
            // "the council voted against the plan" is not said by a sentence without a vote.
            if extra_words == 0 && self.clear_verb(e.k) {
                return false;
            }
            if !self.topic_modifier(a, e) {
                loose_words += 1;
            }
        }
        loose_words <= self.word_allowance() + extra_words
    }

    /// "The election was held on Sunday" against "The Centre Party won the regional election
    /// ... on Sunday": a verb that only says that an event took place (happen, take place, be
    /// held) is said by a sentence that tells of the event as done: the event's word is
    /// covered, and the sentence has a verb in the past, no planning cue and no verb that
    /// cancels or puts off.
    pub(super) fn occurrence_stated(&self, a: &Alignment, e: &Element) -> bool {
        let lex = self.lex;
        let in_group_of = |groups: &[u32], lemma: &str| {
            let of = lex.groups(&crate::analysis::stem_of_word(lemma));
            groups.iter().any(|g| of.contains(g))
        };
        let Slot::Word { groups, .. } = &self.item(e).slot else {
            return false;
        };
        if !in_group_of(groups, "happen") {
            return false;
        }
        let event_covered = self
            .elements
            .iter()
            .zip(&a.cover)
            .any(|(n, c)| n.k < e.k && !n.hard && c.is_some());
        if !event_covered {
            return false;
        }
        let s_items = self.sentence_items(a.s);
        // The claim's places and times must be the event's own, after "in", "on", "at"...:
        // not the "Lisbon" of "beating Lisbon Falcons".
        let after_slot_word = |items: &[Item], j: usize| {
            Self::left_of(items, j, 0)
                .and_then(|(w, _)| w)
                .is_some_and(|w| SLOT_WORDS.contains(&w.as_str()))
        };
        let adjuncts = self.elements.iter().all(|n| {
            let it = self.item(n);
            let adjunct = matches!(it.slot, Slot::Value(_) | Slot::Entity { .. })
                && after_slot_word(&self.claim.items, n.k);
            !adjunct
                || (0..s_items.len()).any(|j| {
                    self.covers(it, std::slice::from_ref(&s_items[j])).is_some()
                        && after_slot_word(s_items, j)
                })
        });
        if !adjuncts {
            return false;
        }
        let event_words: Vec<usize> = self
            .elements
            .iter()
            .zip(&a.cover)
            .filter(|(n, _)| n.k < e.k && !n.hard)
            .filter_map(|(_, c)| *c)
            .collect();
        let mut done = false;
        for (j, x) in s_items.iter().enumerate() {
            let Slot::Word {
                lower,
                groups,
                stem,
                ..
            } = &x.slot
            else {
                continue;
            };
            let undone = lex.means_one_of(WordClass::Undoing, stem, groups);
            if undone || lex.is(WordClass::IrrealisBeforeVerb, lower) {
                return false;
            }
            // The event's own verb in the past ("people were evacuated"), or a verb of taking
            // part in it ("won the election", "beating them in the final"); "a recount was
            // ordered" only brings one about.
            let form = inflection(lower, lex);
            let takes_part = form != 0 && lex.means_one_of(WordClass::TakingPart, stem, groups);
            let own_verb = form == 1 && event_words.contains(&j);
            done |= (own_verb || takes_part) && !planned_before(s_items, j, lex);
        }
        done
    }

    /// Whether claim item `k` is plainly a verb: a past form after the subject, or a word
    /// after "will", "to", "did"; "voted against" as one phrase.
    pub(super) fn clear_verb(&self, k: usize) -> bool {
        let items = &self.claim.items;
        let Some(w) = items[k].word_lower() else {
            return false;
        };
        let first = w.split(' ').next().unwrap_or(w);
        let prev = k.checked_sub(1).and_then(|p| items[p].word_lower());
        let after_aux = prev.is_some_and(|p| {
            matches!(
                p,
                "will" | "would" | "did" | "does" | "do" | "has" | "have" | "had"
            )
        });
        let past = self.lex.is_irregular_past(first) || first.ends_with("ed");
        looks_like_verb(items, k, self.lex) && (past || after_aux) && !is_passive(items, k)
    }

    /// Whether the sentence (with its neighbour) accounts for every claim element but `k`.
    /// The sentence item that covers claim item `k` in alignment `a`, if the claim item is an
    /// element and the sentence says it.
    pub(super) fn cover_of(&self, a: &Alignment, k: usize) -> Option<usize> {
        self.elements
            .iter()
            .zip(&a.cover)
            .find(|(e, _)| e.k == k)
            .and_then(|(_, c)| *c)
    }

    pub(super) fn covers_all_but(&self, a: &Alignment, k: usize) -> bool {
        self.elements
            .iter()
            .zip(a.cover.iter().zip(&a.borrowed))
            .all(|(e, (c, b))| e.k == k || c.is_some() || *b)
    }

    /// A word the whole article is about ("tram" in an article on a tram line), used just before
    /// a word the sentence does say ("the tram line"): naming the topic adds nothing the
    /// sentence leaves open.
    fn topic_modifier(&self, a: &Alignment, e: &Element) -> bool {
        let Slot::Word { stem, .. } = &self.item(e).slot else {
            return false;
        };
        let sentences = self
            .store
            .sentence_index
            .sentences_with(&format!("w{stem}"));
        // The headline names the topic; so does a word many sentences repeat.
        let headline = self
            .store
            .article
            .sentences
            .first()
            .is_some_and(|h| !h.text.trim_end().ends_with('.'));
        let in_headline = headline && sentences.first() == Some(&0);
        let topic = in_headline
            || (sentences.len() >= 3 && sentences.len() * 6 >= self.store.items.len().min(60));
        // Before a noun, not a verb: "tram" in "the tram line", not "line" in "line began".
        let modifies_covered = self.elements.iter().zip(&a.cover).any(|(n, c)| {
            n.k == e.k + 1
                && c.is_some()
                && matches!(self.item(n).slot, Slot::Word { .. })
                && !looks_like_verb(&self.claim.items, n.k, self.lex)
        });
        topic && (modifies_covered || self.implicit_complement(a, e) || self.topic_adjunct(a, e))
    }

    /// "Nobody has died in the fire" against "No deaths have been reported" in an article on
    /// the fire: the claim ends on a phrase placing it in the article's topic ("in the fire",
    /// "during the survey"), and the sentence places its own words nowhere else with that
    /// preposition.
    fn topic_adjunct(&self, a: &Alignment, e: &Element) -> bool {
        let items = &self.claim.items;
        let word = |k: Option<usize>| k.and_then(|k| items.get(k)).and_then(Item::word_lower);
        let the = word(e.k.checked_sub(1)) == Some("the");
        let Some(preposition) = word(e.k.checked_sub(2)) else {
            return false;
        };
        let places = self.lex.is(WordClass::SettingPrepositions, preposition);
        let last = items[e.k + 1..].iter().all(|i| !i.is_content());
        let s_items = self.sentence_items(a.s);
        let elsewhere = s_items.iter().any(|i| i.word_lower() == Some(preposition));
        the && places && last && !elsewhere
    }

    /// "Construction of the tram line" against "construction is expected to begin": the
    /// claim's word is in an "of" phrase after a word the sentence says, and the sentence
    /// gives that word no "of" phrase of its own, so it speaks of the article's topic.
    fn implicit_complement(&self, a: &Alignment, e: &Element) -> bool {
        let items = &self.claim.items;
        let mut k = e.k;
        // Back over the rest of the phrase: "the", "tram" before "line".
        while k > 0 {
            let prev = &items[k - 1];
            let in_phrase = matches!(prev.word_lower(), Some("the" | "a" | "an"))
                || (prev.is_content() && matches!(prev.slot, Slot::Word { .. }));
            if !in_phrase {
                break;
            }
            k -= 1;
        }
        if k < 2 || items[k - 1].word_lower() != Some("of") {
            return false;
        }
        let head = k - 2;
        let Some(j) = self.cover_of(a, head) else {
            return false;
        };
        let s_items = self.sentence_items(a.s);
        s_items.get(j + 1).and_then(Item::word_lower) != Some("of")
    }

    pub(super) fn sentence_negated(&self, a: &Alignment) -> bool {
        a.negated
    }

    /// Whether a negation in the sentence bears on the words it shares with the claim: an odd
    /// number of negations in the few words before one of them, within its clause.
    pub(super) fn negation_reaches(&self, a: &Alignment) -> bool {
        let items = self.sentence_items(a.s);
        // A negation reaches a few content words forward, within its clause.
        let scope = |neg: usize| {
            let mut j = neg + 1;
            let mut content = 0;
            let mut reached = Vec::new();
            // A finite clause of its own ("did not disclose how much the consortium paid"),
            // not an infinitive ("does not know how to play").
            let opens_clause = |j: usize| {
                items[j]
                    .word_lower()
                    .is_some_and(|w| self.lex.is(WordClass::ClauseOpeners, w))
                    && items.get(j + 1).and_then(Item::word_lower) != Some("to")
            };
            while j < items.len()
                && content < 5
                && !matches!(items[j].slot, Slot::Break)
                && !opens_clause(j)
            {
                reached.push(j);
                if items[j].is_content() {
                    content += 1;
                }
                j += 1;
            }
            reached
        };
        let mut times_negated = vec![0u32; items.len()];
        for (k, it) in items.iter().enumerate() {
            if matches!(it.slot, Slot::Negation) {
                for j in scope(k) {
                    times_negated[j] += 1;
                }
            }
        }
        // Negated if any word the claim shares with it is: "did not detect any ammonia"
        // denies finding ammonia, "its age has not been measured" denies measuring it.
        a.cover.iter().flatten().any(|&j| times_negated[j] % 2 == 1)
    }
}

/// Claim positions that only hedge or place in time ("will", "expected", "already", "last
/// week"): the article need not repeat them for the claim to hold.
pub(super) fn soft_positions(claim: &Claim) -> Vec<usize> {
    let lex = lexicon();
    let mut soft = Vec::new();
    let words: Vec<(usize, String)> = claim
        .items
        .iter()
        .enumerate()
        .filter_map(|(k, it)| it.word_lower().map(|w| (k, w.to_string())))
        .collect();
    let lowered: Vec<&str> = words.iter().map(|(_, w)| w.as_str()).collect();
    let irrealis = lex.irrealis.matches(&lowered).map(|m| (m, false));
    let realis = lex.realis.matches(&lowered).map(|m| (m, true));
    for ((start, phrase), is_realis) in irrealis.chain(realis) {
        if phrase.len() == 1 && lex.is(WordClass::PlanningContent, phrase.word(0)) {
            continue;
        }
        // "took place", "happened" are what the claim says happened, not a hedge on it.
        if is_realis
            && phrase
                .words()
                .any(|w| lex.is_irregular_past(w) || w.ends_with("ed"))
        {
            continue;
        }
        soft.extend((0..phrase.len()).map(|i| words[start + i].0));
    }
    // "lasted" in "the pause lasted 90 days" only links the pause to its value.
    let has_value = claim.items.iter().any(|i| matches!(i.slot, Slot::Value(_)));
    if has_value {
        for (k, w) in &words {
            let lemma = lex.irregular_lemma(w).unwrap_or(w);
            if lex.is_linking_verb(&lex.stem(lemma)) {
                soft.push(*k);
            }
        }
    }
    // "stayed open", "remained closed": the verb only links its subject to a state.
    for (k, w) in &words {
        let linking = matches!(
            w.as_str(),
            "stay" | "stays" | "stayed" | "remain" | "remains" | "remained"
        );
        let state_follows = claim.items.get(k + 1).is_some_and(|n| {
            n.is_content()
                && n.entity_id().is_none()
                && !matches!(n.slot, Slot::Entity { .. } | Slot::Value(_))
        });
        if linking && state_follows {
            soft.push(*k);
        }
    }
    // "more than 3,000", "up to 120 mm", "at least 40": the bound goes with its number.
    let before_value = |k: usize| {
        claim.items[k + 1..]
            .iter()
            .take(2)
            .any(|i| matches!(i.slot, Slot::Value(_)))
    };
    for (k, w) in &words {
        if matches!(
            w.as_str(),
            "more" | "less" | "fewer" | "over" | "up" | "least" | "than"
        ) && before_value(*k)
        {
            soft.push(*k);
        }
    }
    for (k, w) in &words {
        if matches!(
            w.as_str(),
            "also" | "still" | "currently" | "now" | "reportedly" | "just" | "indeed" | "actually"
        ) || is_approximate(w)
        {
            soft.push(*k);
        }
    }
    soft
}

/// Hedges that only round a number ("about 40,000"), as opposed to ones that bound it
/// ("more than", "at least"), which change what the claim says.
pub(super) fn is_approximate(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "around"
            | "roughly"
            | "approximately"
            | "nearly"
            | "almost"
            | "some"
            | "circa"
            | "estimated"
            | "several"
            | "many"
            | "numerous"
            | "various"
    )
}

/// Whether the number at `k` follows "from" or "than": "down from 66 percent", "more than
/// 40". (A date after "from" starts a period: "from September 1994 to August 1995".)
pub(super) fn after_from_or_than(items: &[Item], k: usize) -> bool {
    matches!(items[k].slot, Slot::Value(Value::Number { .. }))
        && k.checked_sub(1)
            .and_then(|p| items[p].word_lower())
            .is_some_and(|w| matches!(w, "from" | "than"))
}

/// Whether the title word `title` names the one who does the verb with stem `verb`: "leader"
/// for lead, "founder" for found, "coach" for coach.
pub(super) fn agent_noun_of(verb: &str, title: &str) -> bool {
    let (t, root) = crate::analysis::stem_and_root_of_word(title);
    verb.len() >= 4 && (t == verb || ((t.ends_with("er") || t.ends_with("or")) && root == verb))
}

/// Compares a claim's value with an article's, converting lengths of time: "a day" is "24
/// hours", "a week" is not "two days". Months and years are only compared with each other.
pub(super) fn compare_values(claim: &Value, article: &Value) -> Agreement {
    let length = |v: &Value| match v {
        Value::Number {
            value,
            unit: Some(u),
            ordinal: false,
        } => {
            let (scale, factor) = match u.as_str() {
                "minut" | "minute" => (0, 1.0),
                "hour" => (0, 60.0),
                "day" => (0, 1440.0),
                "week" => (0, 10080.0),
                "month" => (1, 1.0),
                "year" => (1, 12.0),
                _ => return None,
            };
            Some((scale, value * factor, u.clone()))
        }
        _ => None,
    };
    match (length(claim), length(article)) {
        (Some((sc, c, cu)), Some((sa, a, au))) if sc == sa && cu != au => {
            if (c - a).abs() <= 1e-9 * a.abs().max(1.0) {
                Agreement::Same
            } else {
                Agreement::Conflict
            }
        }
        _ => match Value::compare(claim, article) {
            Agreement::Unrelated if counts_a_kind_of(claim, article) => Agreement::Same,
            plain => plain,
        },
    }
}

/// "counted 200 wolves" says "counted 200 animals": the same number of a kind of what the claim
/// counts (by WordNet, from the units' stems). Never a conflict: "12 wolves" says nothing
/// against "14 animals", which may count others too.
fn counts_a_kind_of(claim: &Value, article: &Value) -> bool {
    let (
        Value::Number {
            value: c,
            unit: Some(cu),
            ordinal: false,
        },
        Value::Number {
            value: a,
            unit: Some(au),
            ordinal: false,
        },
    ) = (claim, article)
    else {
        return false;
    };
    (c - a).abs() <= 1e-9 * a.abs().max(1.0)
        && wordnet::more_specific(word_meaning(au), word_meaning(cu))
}

/// The unit of "a day", "a week" read as one of it: the claim reader makes it a value.
fn one_unit_of_time(v: &Value) -> Option<&str> {
    match v {
        Value::Number {
            value,
            unit: Some(u),
            ordinal: false,
        } if *value == 1.0 => Some(u.as_str()),
        _ => None,
    }
}

/// Whether the date at `k` starts a period ("from 2015", "since 2015": Some(false)) or ends
/// one ("to 2021", "until 2021": Some(true)).
pub(super) fn period_end(items: &[Item], k: usize) -> Option<bool> {
    if !matches!(items[k].slot, Slot::Value(Value::Date(_))) {
        return None;
    }
    match k.checked_sub(1).and_then(|p| items[p].word_lower())? {
        "from" | "since" => Some(false),
        "to" | "until" | "till" | "through" => Some(true),
        _ => None,
    }
}

/// A start claimed where the article has an end, or the other way round.
fn opposite_ends(claim: Option<Option<bool>>, article: Option<bool>) -> bool {
    matches!((claim.flatten(), article), (Some(c), Some(a)) if c != a)
}

/// Which way the words before the number at `k` bound it: "more than 1,000", "over", "at
/// least" from below (Some(true)); "fewer than", "under", "at most" from above.
fn bound_of(items: &[Item], k: usize) -> Option<bool> {
    // A sentence-opening "More" may have been read as an unknown name.
    let word = |back: usize| {
        k.checked_sub(back)
            .map(|p| match &items[p].slot {
                Slot::Word { lower, .. } => lower.to_string(),
                Slot::Entity { id: None, name, .. } => name.to_lowercase(),
                _ => String::new(),
            })
            .unwrap_or_default()
    };
    match (word(2).as_str(), word(1).as_str()) {
        ("more" | "greater", "than") | ("at", "least") | ("upwards" | "excess", "of") => Some(true),
        // "up to 120 mm" gives the peak reached, not a bound: left to the plain comparison.
        ("less" | "fewer", "than") | (_, "under") | ("at", "most") => Some(false),
        _ => None,
    }
}

/// Compares the claim's value at `k` with the sentence's at `j`, reading bounds: "more than
/// 1,000 clinics" is said by "1,200 clinics" and refuted by "800 clinics"; "more than 2,000"
/// is said by "more than 3,000".
pub(super) fn bounded_compare(claim: &[Item], k: usize, sentence: &[Item], j: usize) -> Agreement {
    let (Slot::Value(v), Slot::Value(u)) = (&claim[k].slot, &sentence[j].slot) else {
        return Agreement::Unrelated;
    };
    let plain = compare_values(v, u);
    let (
        Value::Number { value: c, .. },
        Value::Number { value: a, .. },
        Agreement::Same | Agreement::Conflict,
    ) = (v, u, plain)
    else {
        return plain;
    };
    let (c, a) = (*c, *a);
    let judged = |holds: bool| {
        if holds {
            Agreement::Same
        } else {
            Agreement::Conflict
        }
    };
    match (bound_of(claim, k), bound_of(sentence, j)) {
        (None, _) => plain,
        // "at least 1,200" is said by "1,200"; "more than 3,000" by a plain "3,000" may only
        // be rounding.
        (Some(_), None) if plain == Agreement::Same => {
            let inclusive = k
                .checked_sub(1)
                .and_then(|p| claim[p].word_lower())
                .is_some_and(|w| matches!(w, "least" | "most"));
            if inclusive {
                Agreement::Same
            } else {
                Agreement::Unrelated
            }
        }
        (Some(true), None) => judged(a > c),
        (Some(false), None) => judged(a <= c),
        (Some(x), Some(y)) if x == y => {
            let implied = if x { c <= a } else { c >= a };
            if implied {
                Agreement::Same
            } else {
                Agreement::Unrelated
            }
        }
        // "fewer than 100" against "more than 3,000".
        (Some(x), Some(_)) => {
            let apart = if x { a <= c } else { a >= c };
            if apart {
                Agreement::Conflict
            } else {
                Agreement::Unrelated
            }
        }
    }
}
