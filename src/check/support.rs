//! Support: when one sentence says the whole claim, and why not when none does.

use super::*;
#[allow(unused_imports)]
use super::{align::*, closed::*, conflicts::*, offices::*};
use crate::grammar::*;

impl<'a> Checker<'a> {
    /// Supported when one sentence says everything the claim says, with no conflict.
    pub(super) fn support(&self, roles: &[RoleAssertion]) -> Option<Outcome> {
        if self.comparative().is_some() {
            return None;
        }
        let verified = self.verified_role_items(roles);
        let a = self
            .aligned
            .iter()
            .find(|a| self.says_all_of_it(a, &verified))?;
        let mut evidence = vec![self.evidence(a.s)];
        if let Some(n) = a.borrowed_from {
            evidence.push(self.evidence(n));
        }
        evidence.extend(
            self.country_evidence(a)
                .into_iter()
                .map(|s| self.evidence(s)),
        );
        for r in roles
            .iter()
            .flat_map(|r| self.store.roles_of(&self.store.entities[r.person].name))
        {
            if verified.iter().any(|_| true) && r.sentence - 1 != a.s {
                evidence.push(self.evidence(r.sentence - 1));
                break;
            }
        }
        let explanation = format!("Sentence {} states this.", a.s + 1);
        Some(self.outcome(Verdict::Supported, "stated", evidence, None, explanation))
    }

    /// For a country the sentence only implies through a city ("held in Kuala Lumpur" for
    /// "in Malaysia"), the best sentence that names the country itself.
    pub(super) fn country_evidence(&self, a: &Alignment) -> Option<usize> {
        for (e, c) in self.elements.iter().zip(&a.cover) {
            let (
                Some(j),
                Slot::Entity {
                    id: Some(id),
                    kind: EntityKind::Country,
                    ..
                },
            ) = (c, &self.item(e).slot)
            else {
                continue;
            };
            if self.sentence_items(a.s)[*j].entity_id() == Some(*id) {
                continue;
            }
            return self
                .aligned
                .iter()
                .find(|b| {
                    b.s != a.s
                        && self
                            .sentence_items(b.s)
                            .iter()
                            .any(|i| i.entity_id() == Some(*id))
                })
                .map(|b| b.s);
        }
        None
    }

    /// The best sentence that says everything the claim says.
    pub(super) fn supporting(&self) -> Option<&Alignment> {
        let found = self.supporting.get_or_init(|| {
            self.aligned
                .iter()
                .position(|a| self.says_all_of_it(a, &[]))
        });
        found.map(|k| &self.aligned[k])
    }

    pub(super) fn says_all_of_it(&self, a: &Alignment, verified: &[usize]) -> bool {
        a.score > 0.0
            && self.covered_but(a, &[], verified, 0)
            && self.claim.negated == self.sentence_negated(a)
            && !self.roles_swapped(a)
            && !self.done_versus_planned(a)
            && self.predicate_misplaced(a).is_none()
            && !self.object_misplaced(a)
            && !self.predicate_in_prepositional_phrase(a)
            && !self.value_of_next_verb(a)
            && !self.value_held_by_another(a)
    }

    /// "The Centre Party received 24.8%" against "... ahead of the Social Democrats with 24.8
    /// percent": the sentence gives the number "with" a name the claim does not have.
    fn value_held_by_another(&self, a: &Alignment) -> bool {
        let s_items = self.sentence_items(a.s);
        self.elements.iter().zip(&a.cover).any(|(e, c)| {
            let (Slot::Value(_), Some(j)) = (&self.item(e).slot, *c) else {
                return false;
            };
            j >= 2
                && s_items[j - 1].word_lower() == Some("with")
                && s_items[j - 2]
                    .entity_id()
                    .is_some_and(|id| !self.claim.items.iter().any(|i| i.entity_id() == Some(id)))
        })
    }

    /// "The Greens lost seven seats" against "lost three seats and now hold seven": after
    /// "and" or "but", a word the claim does not have governs the number; it is another
    /// verb's.
    fn value_of_next_verb(&self, a: &Alignment) -> bool {
        let Some((_, v, _)) = self.claim_verb(a) else {
            return false;
        };
        let s_items = self.sentence_items(a.s);
        let covered: Vec<usize> = a.cover.iter().flatten().copied().collect();
        self.elements.iter().zip(&a.cover).any(|(e, c)| {
            let (Slot::Value(_), Some(j)) = (&self.item(e).slot, *c) else {
                return false;
            };
            let Some(conj) = (v + 1..j)
                .rev()
                .find(|&k| matches!(s_items[k].word_lower(), Some("and" | "but")))
            else {
                return false;
            };
            (conj + 1..j).any(|m| {
                !covered.contains(&m)
                    && matches!(s_items[m].slot, Slot::Word { content: true, .. })
                    && !matches!(
                        s_items[m].word_lower(),
                        Some("now" | "also" | "then" | "still" | "later" | "about" | "some")
                    )
            })
        })
    }

    /// "His team was the better side" against "his team had been beaten by a better side": what
    /// the claim says its subject is, the sentence has after a preposition, as something else
    /// in the story (the one who beat it), not as what the subject is.
    fn predicate_in_prepositional_phrase(&self, a: &Alignment) -> bool {
        let items = &self.claim.items;
        let Some(copula) = items
            .iter()
            .position(|i| matches!(i.word_lower(), Some("is" | "are" | "was" | "were")))
        else {
            return false;
        };
        let Some(first) = (copula + 1..items.len())
            .find(|&k| !matches!(items[k].word_lower(), Some("the" | "a" | "an")))
        else {
            return false;
        };
        if !matches!(items[first].slot, Slot::Word { content: true, .. }) {
            return false;
        }
        let Some(j) = self.cover_of(a, first) else {
            return false;
        };
        let s_items = self.sentence_items(a.s);
        let covered: Vec<usize> = a.cover.iter().flatten().copied().collect();
        let before = s_items[..j].iter().enumerate().rev().find(|(i, it)| {
            !covered.contains(i) && !matches!(it.word_lower(), Some("the" | "a" | "an"))
        });
        before.is_some_and(|(_, it)| {
            matches!(
                it.word_lower(),
                Some("by" | "of" | "from" | "against" | "than" | "with" | "to" | "for")
            )
        })
    }

    /// "Reviewers criticised the camera" against "praised the camera but criticised the
    /// weight": in the active voice, what the claim's verb acts on must follow that verb in the
    /// sentence too (or stand before it in a relative clause: "an agreement, which Rubio supported").
    fn object_misplaced(&self, a: &Alignment) -> bool {
        self.misplaced_object(a).is_some()
    }

    /// The claim's verb (claim index) and the sentence item of its object, when the object
    /// stands before the verb in the sentence (see `object_misplaced`).
    pub(super) fn misplaced_object(&self, a: &Alignment) -> Option<(usize, usize)> {
        let s_items = self.sentence_items(a.s);
        // A clear verb form only: a past tense, or a word after an auxiliary.
        let items = &self.claim.items;
        let clear_verb = |k: usize| {
            let w = items[k].word_lower().unwrap_or("");
            let prev = k
                .checked_sub(1)
                .and_then(|p| items[p].word_lower())
                .unwrap_or("");
            w.ends_with("ed")
                || self.lex.is_irregular_past(w)
                || matches!(
                    prev,
                    "will" | "would" | "to" | "did" | "does" | "do" | "may" | "can" | "could"
                )
        };
        let verb = self
            .elements
            .iter()
            .zip(&a.cover)
            .position(|(e, c)| !e.hard && c.is_some() && clear_verb(e.k));
        let v = verb?;
        let (Some(j_v), Some(o)) = (a.cover[v], self.elements.get(v + 1)) else {
            return None;
        };
        let j_o = a.cover[v + 1]?;
        if is_passive(&self.claim.items, self.elements[v].k)
            || is_passive(s_items, j_v)
            || o.k > self.elements[v].k + 3
        {
            return None;
        }
        // Only a verb against a verb ("criticised"), and a noun for its object.
        let sentence_verb = s_items[j_v]
            .word_lower()
            .is_some_and(|w| w.ends_with("ed") || self.lex.is_irregular_past(w));
        let noun_object = matches!(self.claim.items[o.k].slot, Slot::Word { .. });
        if j_o >= j_v || !sentence_verb || !noun_object {
            return None;
        }
        let relative = s_items[j_o..j_v]
            .iter()
            .any(|i| matches!(i.word_lower(), Some("which" | "that" | "who" | "whom")));
        (!relative).then_some((self.elements[v].k, j_o))
    }

    /// The claim says it happened; the sentence has the same words under "will", "expected"...
    pub(super) fn done_versus_planned(&self, a: &Alignment) -> bool {
        if !self.claim.realis_past || self.claim.irrealis {
            return false;
        }
        let s_items = self.sentence_items(a.s);
        let previous = a.borrowed_from.map(|p| self.sentence_items(p));
        self.elements
            .iter()
            .zip(&a.cover)
            .zip(&a.borrowed)
            .any(|((e, c), borrowed)| {
                if e.hard {
                    return false;
                }
                if let Some(j) = c {
                    // "has until Friday to veto it" does not say "has vetoed it"; "agreed to
                    // take over" against "agreed to buy" compares two infinitives.
                    let finite_claim_verb = looks_like_verb(&self.claim.items, e.k, self.lex)
                        && !infinitive(&self.claim.items, e.k, self.lex);
                    // "Kang said the assembly would vote": the claim's verb is under a
                    // modal too.
                    let claim_items = &self.claim.items;
                    let claim_plans_it_too = claim_items[e.k.saturating_sub(4)..e.k]
                        .iter()
                        .filter_map(Item::word_lower)
                        .any(|w| self.lex.is(WordClass::Modal, w));
                    return (self.irrealis_before(s_items, *j) && !claim_plans_it_too)
                        || (finite_claim_verb && infinitive(s_items, *j, self.lex));
                }
                // "Details for this anticipated meeting ..." before "This event would ...".
                *borrowed
                    && previous
                        .and_then(|p| {
                            self.covers(self.item(e), p)
                                .map(|j| self.irrealis_before(p, j))
                        })
                        .unwrap_or(false)
            })
            || self.subject_awaited(a)
    }

    /// "The second shipment has already arrived" against "a second shipment ... was expected by
    /// the end of the month": when the sentence lacks the claim's verb, what it says of the
    /// claim's subject is that it is awaited ("was expected", "is due", "is scheduled").
    fn subject_awaited(&self, a: &Alignment) -> bool {
        let verb_covered = self
            .elements
            .iter()
            .zip(&a.cover)
            .any(|(e, c)| c.is_some() && looks_like_verb(&self.claim.items, e.k, self.lex));
        let Some(j) = a.cover.iter().flatten().copied().min() else {
            return false;
        };
        if verb_covered {
            return false;
        }
        let s_items = self.sentence_items(a.s);
        let clause: Vec<&str> = s_items[j + 1..]
            .iter()
            .take_while(|i| !matches!(i.slot, Slot::Break))
            .take(8)
            .filter_map(Item::word_lower)
            .collect();
        // The thing itself awaited, not "expected to cost", which says something else of it.
        (0..clause.len().saturating_sub(1)).any(|i| {
            matches!(clause[i], "is" | "are" | "was" | "were" | "be" | "been")
                && matches!(
                    clause[i + 1],
                    "expected" | "due" | "scheduled" | "planned" | "slated"
                )
                && clause.get(i + 2) != Some(&"to")
        })
    }

    /// The claim's verb and the sentence item covering it: its covered content words that look
    /// like verbs; in "agreed to buy" the last one says what is done. (claim k, sentence j, stem)
    pub(super) fn claim_verb(&self, a: &Alignment) -> Option<(usize, usize, String)> {
        self.elements
            .iter()
            .zip(&a.cover)
            .filter_map(|(e, c)| {
                let it = self.item(e);
                let stem = it.stem()?;
                let j = (*c)?;
                let catenative =
                    self.claim.items.get(e.k + 1).and_then(Item::word_lower) == Some("to");
                (looks_like_verb(&self.claim.items, e.k, self.lex)
                    || catenative_object(&self.claim.items, e.k))
                .then_some((e.k, j, stem.to_string(), catenative))
            })
            .reduce(|first, next| if first.3 { next } else { first })
            .map(|(k, j, stem, _)| (k, j, stem))
    }

    /// Whether the sentence has the claim's names on the other sides of the verb: "Japan sent
    /// letters to Trump" against "Trump sent letters to Japan". Symmetric verbs (meet) and
    /// passives ("was met by") are allowed for.
    pub(super) fn roles_swapped(&self, a: &Alignment) -> bool {
        let s_items = self.sentence_items(a.s);
        let Some((ck, sj, stem)) = self.claim_verb(a) else {
            return false;
        };
        if self.lex.is_symmetric(&stem) {
            return false;
        }
        // "Social Democrat leader Karl Hofer" for "Hofer leads the Social Democrats": an agent
        // noun names its doer beside it, whatever the order of the words.
        if matches!(s_items[sj].slot, Slot::Title(_)) {
            return !self.title_names_subject(a, ck, sj);
        }
        let claim_passive = is_passive(&self.claim.items, ck);
        let sentence_passive = is_passive(s_items, sj);
        let mut before_flips = 0;
        let mut after_flips = 0;
        // The names, and a noun standing right before the verb as its subject ("The team
        // led Aisha Rahman" against "The team, which was led by Aisha Rahman").
        let subject_noun = ck.checked_sub(1).filter(|&p| {
            matches!(self.claim.items[p].slot, Slot::Word { content: true, .. })
                && !looks_like_verb(&self.claim.items, p, self.lex)
        });
        for (e, c) in self.elements.iter().zip(&a.cover) {
            let participant =
                matches!(self.item(e).slot, Slot::Entity { .. }) || Some(e.k) == subject_noun;
            let (Some(j), true) = (c, participant) else {
                continue;
            };
            // "in the journal Astronomy Letters" keeps its side in either voice.
            let adjunct = |items: &[Item], k: usize| governed_by_preposition(items, k, self.lex);
            if adjunct(&self.claim.items, e.k) || adjunct(s_items, *j) {
                continue;
            }
            let claim_before = (e.k < ck) != claim_passive;
            let sentence_before = (*j < sj) != sentence_passive;
            if claim_before && !sentence_before {
                before_flips += 1;
            } else if !claim_before && sentence_before {
                after_flips += 1;
            }
        }
        if before_flips > 0 && after_flips > 0 {
            return true;
        }
        // "Lisbon Falcons won" against "Porto Mariners beat Lisbon Falcons to win": the one
        // who does it differs.
        let (Some(claim_subject), Some(sentence_subject)) = (
            subject_of(&self.claim.items, ck, claim_passive),
            subject_of(s_items, sj, sentence_passive),
        ) else {
            return false;
        };
        // The same subject, or one the claim's subject is found as ("Seoul" for "South Korea").
        let covered_by_subject = self
            .elements
            .iter()
            .zip(&a.cover)
            .any(|(e, c)| e.k == claim_subject && *c == Some(sentence_subject));
        let named_in_claim = s_items[sentence_subject]
            .entity_id()
            .is_some_and(|id| self.claim.items.iter().any(|i| i.entity_id() == Some(id)));
        !covered_by_subject && !named_in_claim && !self.share_held_with(a, ck, claim_subject)
    }

    /// "The Social Democrats received 24.8% of the vote" against "... ahead of the Social
    /// Democrats with 24.8 percent": a verb of getting is said of the name that the sentence
    /// gives the claim's amount "with".
    fn share_held_with(&self, a: &Alignment, ck: usize, subject: usize) -> bool {
        let lex = self.lex;
        let Slot::Word { groups, .. } = &self.claim.items[ck].slot else {
            return false;
        };
        let of = |lemma: &str| lex.groups(&lex.stem(lemma));
        let (receive, win) = (of("receive"), of("win"));
        if !groups
            .iter()
            .any(|g| receive.contains(g) || win.contains(g))
        {
            return false;
        }
        let s_items = self.sentence_items(a.s);
        let Some(js) = self.cover_of(a, subject) else {
            return false;
        };
        // The amount is what is got: right after the claim's verb ("received 24.8%").
        let object = self
            .claim
            .items
            .get(ck + 1)
            .is_some_and(|i| matches!(i.slot, Slot::Value(_)));
        object
            && self.elements.iter().zip(&a.cover).any(|(e, c)| {
                matches!(self.item(e).slot, Slot::Value(_))
                    && *c == Some(js + 2)
                    && s_items.get(js + 1).and_then(Item::word_lower) == Some("with")
            })
    }

    /// Whether the person the title at `sj` is given to ("Castellan's founder, Paolo Ricci";
    /// "Paolo Ricci, the founder") is the claim's subject of the verb at `ck`.
    fn title_names_subject(&self, a: &Alignment, ck: usize, sj: usize) -> bool {
        let s_items = self.sentence_items(a.s);
        let Some(subject) = subject_of(&self.claim.items, ck, is_passive(&self.claim.items, ck))
        else {
            return false;
        };
        let Some(id) = self.claim.items[subject].entity_id() else {
            return false;
        };
        let skip = |it: &Item| {
            matches!(it.slot, Slot::Break) || matches!(it.word_lower(), Some("the" | "a" | "an"))
        };
        // Past "of Castellan" in "the founder of Castellan, Paolo Ricci".
        let mut rest = s_items[sj + 1..].iter().filter(|it| !skip(it)).peekable();
        if rest.peek().and_then(|it| it.word_lower()) == Some("of") {
            rest.next();
            rest.next();
        }
        let after = rest.next();
        let before = s_items[..sj]
            .iter()
            .rev()
            .find(|it| !skip(it) && !matches!(it.slot, Slot::Possessive));
        let before_is_name = s_items[..sj]
            .iter()
            .rev()
            .take_while(|it| skip(it))
            .any(|it| matches!(it.slot, Slot::Break));
        after.is_some_and(|it| it.entity_id() == Some(id))
            || (before_is_name && before.is_some_and(|it| it.entity_id() == Some(id)))
    }

    pub(super) fn why_not_enough(&self) -> String {
        let unknown: Vec<String> = self
            .claim
            .items
            .iter()
            .filter_map(|i| match &i.slot {
                Slot::Entity { id: None, .. } => Some(self.text_of(i)),
                _ => None,
            })
            .collect();
        if !unknown.is_empty() {
            return format!("The article does not mention {}.", join_names(&unknown));
        }
        let statement = self.claim.statement.trim();
        let first_word = crate::text::words(statement)
            .first()
            .cloned()
            .unwrap_or_default();
        let statement = if self.lex.is_stopword(&first_word.to_lowercase()) {
            let mut c = statement.chars();
            c.next()
                .map(|f| f.to_lowercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        } else {
            statement.to_string()
        };
        format!("The article does not say whether {statement}.")
    }
}

/// Whether the noun phrase of item `k` ("the journal Astronomy Letters") follows a
/// preposition: back over the phrase to the word that governs it; "appeared in" ends in its
/// preposition.
fn governed_by_preposition(items: &[Item], k: usize, lex: &Lexicon) -> bool {
    let mut p = k;
    while p > 0 {
        let it = &items[p - 1];
        let in_phrase = matches!(it.word_lower(), Some("the" | "a" | "an"))
            || matches!(it.slot, Slot::Entity { .. })
            || (matches!(it.slot, Slot::Word { content: true, .. })
                && !looks_like_verb(items, p - 1, lex)
                && !it.word_lower().is_some_and(|w| w.contains(' ')));
        if !in_phrase {
            break;
        }
        p -= 1;
    }
    p.checked_sub(1)
        .and_then(|q| items[q].word_lower())
        .and_then(|w| w.rsplit(' ').next())
        .is_some_and(|w| {
            matches!(
                w,
                "in" | "at" | "on" | "to" | "from" | "with" | "of" | "for" | "into" | "during"
            )
        })
}
