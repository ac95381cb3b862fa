//! Offices: reading "X is the foreign minister" in a claim and judging it against the
//! offices the fact store gives each person; also a city placed in the wrong country.

use super::*;
#[allow(unused_imports)]
use super::{align::*, closed::*, conflicts::*, support::*};

impl<'a> Checker<'a> {
    pub(super) fn person_at(&self, k: usize) -> Option<usize> {
        let id = self.claim.items.get(k)?.entity_id()?;
        (self.store.entities[id].kind == EntityKind::Person).then_some(id)
    }

    pub(super) fn country_at(&self, k: usize) -> Option<String> {
        match &self.claim.items.get(k)?.slot {
            Slot::Entity {
                kind: EntityKind::Country,
                name,
                id,
                ..
            } => Some(
                id.map(|i| self.store.entities[i].name.clone())
                    .unwrap_or_else(|| name.clone()),
            ),
            _ => None,
        }
    }

    pub(super) fn word_at(&self, k: usize, words: &[&str]) -> bool {
        self.claim
            .items
            .get(k)
            .and_then(Item::word_lower)
            .is_some_and(|w| words.contains(&w))
    }

    /// Finds "P is [the] [C's] T [, the T2]", "T P", "C T P" and "P, [the] T" in the claim.
    pub(super) fn role_assertions(&self) -> Vec<RoleAssertion> {
        let items = &self.claim.items;
        let mut out: Vec<RoleAssertion> = Vec::new();
        for (k, it) in items.iter().enumerate() {
            // "Vasquez chairs the committee" says she holds the office of chair.
            if let Some(w) = it.word_lower() {
                if self.lex.role_verb(w).is_some() {
                    if let Some(person) = k.checked_sub(1).and_then(|p| self.person_at(p)) {
                        out.push(RoleAssertion {
                            person,
                            titles: vec![k],
                            country: None,
                            indefinite: false,
                            definite: true,
                        });
                    }
                }
                continue;
            }
            if !matches!(it.slot, Slot::Title(_)) {
                continue;
            }
            // Country before the title.
            let mut b = k;
            let mut country = None;
            if b > 0 && matches!(items[b - 1].slot, Slot::Possessive) {
                b -= 1;
            }
            if b > 0 {
                if let Some(c) = self.country_at(b - 1) {
                    country = Some(c);
                    b -= 1;
                } else if b < k && self.organisation_at(b - 1).is_some() {
                    // "Halcyon's chief executive": the body, whose office it is.
                    b -= 1;
                }
            }
            let mut indefinite = false;
            // "Japan's foreign minister", "Halcyon's chief executive": one holder.
            let mut definite = k > 0
                && matches!(items[k - 1].slot, Slot::Possessive)
                && (country.is_some()
                    || k.checked_sub(2)
                        .is_some_and(|o| self.organisation_at(o).is_some()));
            while b > 0 && self.word_at(b - 1, &["the", "a", "an"]) {
                indefinite |= self.word_at(b - 1, &["a", "an"]);
                definite |= self.word_at(b - 1, &["the"]);
                b -= 1;
            }
            if country.is_none() && self.word_at(k + 1, &["of"]) {
                country = self.country_at(k + 2);
            }
            // The holder: after the title ("Foreign Minister Iwaya"), or before a copula.
            let after = self.person_at(k + 1);
            let mut before = None;
            let mut p = b;
            while p > 0
                && (self.word_at(
                    p - 1,
                    &[
                        "is",
                        "was",
                        "as",
                        "serves",
                        "served",
                        "became",
                        "become",
                        "becomes",
                        "remains",
                        "be",
                        "being",
                        "been",
                        "not",
                        "never",
                        "still",
                        "currently",
                        "now",
                    ],
                ) || matches!(items[p - 1].slot, Slot::Negation))
            {
                p -= 1;
            }
            if p < b && p > 0 {
                before = self.person_at(p - 1);
            }
            // "P, the T" and a second title in apposition: "Rubio is America's top diplomat, the Secretary of State".
            if before.is_none() && b > 0 && matches!(items[b - 1].slot, Slot::Break) {
                if let Some(prev) = out.last_mut() {
                    if prev
                        .titles
                        .last()
                        .is_some_and(|&t| t + 1 == b - 1 || t + 1 == b)
                    {
                        prev.titles.push(k);
                        continue;
                    }
                }
                before = self.person_at(b - 2);
            }
            let Some(person) = after.or(before) else {
                continue;
            };
            out.push(RoleAssertion {
                person,
                titles: vec![k],
                country,
                indefinite,
                definite,
            });
        }
        out
    }

    /// Checks each office the claim gives a person against the offices the article gives them.
    pub(super) fn judge_roles(&self, assertions: &[RoleAssertion]) -> Option<Outcome> {
        let mut supported = Vec::new();
        for a in assertions {
            let person = &self.store.entities[a.person].name;
            let held: Vec<&Role> = self.store.roles_of(person).collect();
            for &t in &a.titles {
                let Some(title) = self.claim_title(t) else {
                    continue;
                };
                let title = &title;
                let title_text = self.text_of(&self.claim.items[t]);
                let same_office = |r: &&Role| {
                    let rt = normalize_title(&r.title);
                    titles_match(title, &rt, self.lex)
                        || (a.indefinite
                            && !title.contains(' ')
                            && rt.ends_with(&format!(" {title}")))
                };
                let country_agrees = |r: &Role| match (&a.country, &r.country) {
                    (None, _) => true,
                    (Some(c), Some(rc)) => c == rc,
                    (Some(_), None) => false,
                };
                if let Some(r) = held.iter().find(|r| same_office(r) && country_agrees(r)) {
                    supported.push(r.sentence - 1);
                    continue;
                }
                if let Some(r) = held
                    .iter()
                    .find(|r| same_office(r) && r.country.is_some() && a.country.is_some())
                {
                    let correction = format!("The article calls {person} {}.", r.describe());
                    let diff = Difference {
                        claim: a.country.clone().unwrap_or_default(),
                        article: r.country.clone().unwrap_or_default(),
                    };
                    return Some(self.refuted_or_flipped(
                        "role-country",
                        self.role_evidence(r, person, title),
                        correction,
                        Some(diff),
                    ));
                }
                if let Some(outcome) = self.office_conflict(a, person, title, &title_text, &held) {
                    return Some(outcome);
                }
            }
        }
        // A claim that only gives offices, and gets them right, is supported here.
        let role_parts: Vec<usize> = assertions
            .iter()
            .flat_map(|a| a.titles.iter().copied().chain([a.person_item(self)]))
            .collect();
        let only_roles = !assertions.is_empty()
            && self.elements.iter().all(|e| {
                role_parts.contains(&e.k)
                    || matches!(
                        self.item(e).slot,
                        Slot::Entity {
                            kind: EntityKind::Country,
                            ..
                        }
                    )
                    || self
                        .item(e)
                        .word_lower()
                        .is_some_and(|w| self.lex.title_modifiers.contains(w) || w == "diplomat")
            });
        if only_roles && supported.len() == assertions.iter().map(|a| a.titles.len()).sum::<usize>()
        {
            supported.sort();
            supported.dedup();
            let evidence = supported.iter().map(|&s| self.evidence(s)).collect();
            let (verdict, correction) = if self.claim.negated {
                (
                    Verdict::Refuted,
                    Some(
                        "The article says the opposite: it gives this office to this person."
                            .to_string(),
                    ),
                )
            } else {
                (Verdict::Supported, None)
            };
            let explanation = "The article gives this person this office.".to_string();
            return Some(self.outcome(verdict, "role", evidence, correction, explanation));
        }
        None
    }

    /// The office a claim item names: a title, or a verb such as "chairs".
    pub(super) fn claim_title(&self, k: usize) -> Option<String> {
        match &self.claim.items.get(k)?.slot {
            Slot::Title(t) => Some(t.clone()),
            Slot::Word { lower, .. } => self.lex.role_verb(lower).map(str::to_string),
            _ => None,
        }
    }

    /// The organisation a claim item names, if it does.
    fn organisation_at(&self, k: usize) -> Option<&'a Entity> {
        let id = self.claim.items.get(k)?.entity_id()?;
        let e = &self.store.entities[id];
        (e.kind == EntityKind::Organisation).then_some(e)
    }

    /// What the claim names the office of: "of the transport committee", "chairs the board",
    /// "Halcyon's chief executive".
    pub(super) fn office_body(&self, t: usize) -> Option<String> {
        let items = &self.claim.items;
        if t >= 2 && matches!(items[t - 1].slot, Slot::Possessive) {
            if let Some(e) = self.organisation_at(t - 2) {
                return Some(e.name.to_lowercase());
            }
        }
        let mut k = t + 1;
        if self.word_at(k, &["of"]) {
            k += 1;
        } else if !matches!(items.get(t).map(|i| &i.slot), Some(Slot::Word { .. })) {
            return None;
        }
        let words: Vec<String> = items[k.min(items.len())..]
            .iter()
            .take_while(|i| !matches!(i.slot, Slot::Break) && i.word_lower().is_some())
            .filter_map(|i| {
                i.word_lower()
                    .filter(|w| !matches!(*w, "the" | "a" | "an"))
                    .map(str::to_string)
            })
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    }

    /// A claimed office that the article contradicts: held by somebody else, a sibling of the
    /// person's own office ("Second Vice Foreign Minister" for "First Vice Foreign Minister").
    /// One more office, or a former one ("a former senator"), contradicts nothing.
    pub(super) fn office_conflict(
        &self,
        a: &RoleAssertion,
        person: &str,
        title: &str,
        title_text: &str,
        held: &[&Role],
    ) -> Option<Outcome> {
        let open_ended =
            a.indefinite || title.split(' ').any(|w| self.lex.is(WordClass::Former, w));
        if open_ended {
            return None;
        }
        let own = if held.is_empty() {
            String::new()
        } else {
            let list: Vec<&str> = held.iter().map(|r| r.describe()).collect();
            format!(" The article calls {person} {}.", list.join(" and "))
        };
        let body = a.titles.iter().find_map(|&t| self.office_body(t));
        let holders: Vec<&Role> = self
            .store
            .roles
            .iter()
            .filter(|r| {
                r.person != person && titles_match(title, &normalize_title(&r.title), self.lex)
            })
            .filter(|r| {
                a.country
                    .as_ref()
                    .is_none_or(|c| r.country.as_ref() == Some(c))
            })
            .filter(|r| {
                body.as_ref().is_none_or(|b| {
                    r.of.as_ref()
                        .is_some_and(|o| o.to_lowercase().contains(b.as_str()))
                })
            })
            .collect();
        let unique = a.definite && (a.country.is_some() || body.is_some() || holders.len() == 1);
        if let (Some(r), true) = (holders.first(), unique) {
            let correction = format!("The article names {} as {}.{own}", r.person, r.describe());
            let mut evidence = vec![r.sentence - 1];
            evidence.extend(held.iter().map(|h| h.sentence - 1));
            let diff = Difference {
                claim: person.to_string(),
                article: r.person.clone(),
            };
            return Some(self.refuted_or_flipped(
                "office-holder",
                evidence,
                correction,
                Some(diff),
            ));
        }
        let base = |t: &str| -> String {
            t.split(' ')
                .skip_while(|w| self.lex.title_modifiers.contains(w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let sibling = held.iter().find(|r| {
            let rt = normalize_title(&r.title);
            base(&rt) == base(title) && !titles_match(title, &rt, self.lex)
        });
        if let Some(r) = sibling {
            let correction = format!(
                "The article calls {person} {}, not {title_text}.",
                r.describe()
            );
            let diff = Difference {
                claim: title_text.to_string(),
                article: r.describe().to_string(),
            };
            return Some(self.refuted_or_flipped(
                "role",
                self.role_evidence(r, person, title),
                correction,
                Some(diff),
            ));
        }
        None
    }

    /// The sentence naming the office, then any sentence that names the person with the
    /// office the claim gives them ("Park will represent the foreign minister").
    pub(super) fn role_evidence(&self, r: &Role, person: &str, title: &str) -> Vec<usize> {
        let mut out = vec![r.sentence - 1];
        let Some(id) = self.store.entity_named(person) else {
            return out;
        };
        // A long article repeats a person's name many times; a few sentences are enough.
        for &s in self
            .store
            .sentence_index
            .sentences_with(&format!("e{id}"))
            .iter()
            .take(200)
        {
            let s = s as usize;
            let items = &self.store.items[s];
            let names_title = items
                .iter()
                .any(|i| matches!(&i.slot, Slot::Title(u) if titles_match(title, u, self.lex)));
            if names_title && !out.contains(&s) && out.len() < 3 {
                out.push(s);
            }
        }
        out
    }

    /// "Kuala Lumpur, Vietnam" or "Kuala Lumpur in Vietnam" when the city is in Malaysia.
    pub(super) fn place_in_wrong_country(&self) -> Option<Outcome> {
        let items = &self.claim.items;
        for (k, it) in items.iter().enumerate() {
            let Slot::Entity {
                kind: EntityKind::Place,
                country: Some(real),
                name,
                ..
            } = &it.slot
            else {
                continue;
            };
            let mut j = k + 1;
            if matches!(items.get(j).map(|i| &i.slot), Some(Slot::Break))
                || self.word_at(j, &["in"])
            {
                j += 1;
            } else {
                continue;
            }
            let Some(claimed) = self.country_at(j) else {
                continue;
            };
            if claimed == *real {
                continue;
            }
            // Cite the sentence that best fits the claim among those naming the real country.
            let real_id = self.store.entity_named(real);
            let s = self
                .aligned
                .iter()
                .find(|a| {
                    real_id.is_some_and(|id| {
                        self.sentence_items(a.s)
                            .iter()
                            .any(|i| i.entity_id() == Some(id))
                    })
                })
                .map(|a| a.s);
            let place_name = self.text_of(it);
            let correction = format!("{place_name} is in {real}, not {claimed}.");
            let diff = Difference {
                claim: claimed.clone(),
                article: real.clone(),
            };
            let _ = name;
            return Some(self.refuted_or_flipped(
                "place-country",
                s.into_iter().collect(),
                correction,
                Some(diff),
            ));
        }
        None
    }

    /// The claim items of offices that the article confirms for their holders.
    pub(super) fn verified_role_items(&self, roles: &[RoleAssertion]) -> Vec<usize> {
        let mut out = Vec::new();
        for a in roles {
            let person = &self.store.entities[a.person].name;
            for &t in &a.titles {
                let Slot::Title(title) = &self.claim.items[t].slot else {
                    continue;
                };
                // "Minister Kang" addresses a "Trade Minister" by the office's last word; not
                // a deputy or vice minister.
                let addressed = a.person_item(self) == t + 1;
                let addresses = |held: &str| {
                    held.ends_with(&format!(" {title}"))
                        && !held
                            .split(' ')
                            .any(|w| self.lex.title_modifiers.contains(w))
                };
                if self.store.roles_of(person).any(|r| {
                    let held = normalize_title(&r.title);
                    titles_match(title, &held, self.lex) || (addressed && addresses(&held))
                }) {
                    out.push(t);
                }
            }
        }
        out
    }
}

/// Whether a claim's title names the same office as the article's.
pub(super) fn titles_match(claim: &str, article: &str, lex: &Lexicon) -> bool {
    claim == article
        || normalized_titles_match(&normalize_title(claim), &normalize_title(article), lex)
}

/// [`titles_match`] for two titles already normalised (as the reader leaves them).
pub(super) fn normalized_titles_match(c: &str, a: &str, lex: &Lexicon) -> bool {
    // "councillors" and "councillor" are one office.
    let singular = |w: &'_ str| w.strip_suffix('s').unwrap_or(w).to_owned();
    let words = |t: &str| t.split(' ').map(singular).collect::<Vec<_>>();
    c == a || lex.titles_equivalent(c, a) || words(c) == words(a)
}

/// A claim that somebody holds an office: "Park is the foreign minister".
#[derive(Debug, Clone)]
pub(super) struct RoleAssertion {
    pub(super) person: usize,
    /// Claim item indices of the title(s).
    pub(super) titles: Vec<usize>,
    pub(super) country: Option<String>,
    /// "a minister": a kind of office, not one office.
    pub(super) indefinite: bool,
    /// "the mayor", "Japan's foreign minister": one particular office, which only one
    /// person holds. A bare title before a name ("Councillor Brook") is not.
    pub(super) definite: bool,
}

impl RoleAssertion {
    /// The claim item of the person (for deciding whether a claim is only about offices).
    pub(super) fn person_item(&self, checker: &Checker) -> usize {
        checker
            .claim
            .items
            .iter()
            .position(|i| i.entity_id() == Some(self.person))
            .unwrap_or(usize::MAX)
    }
}
