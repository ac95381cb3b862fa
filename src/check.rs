//! The checker: does the article support a claim, refute it, or say nothing about it?
//!
//! Each sentence is aligned with the claim item by item (names by entity, titles by office,
//! values by meaning, words by stem and synonym). Contradictions are looked for first, among
//! the sentences that align best: a wrong office for a person, a city placed in the wrong
//! country, another value, place or title in the same slot, an opposite verb, a negation, a
//! planned event claimed as done. Only when none is found, and one sentence covers the whole
//! claim, is the claim supported. Anything less is "not enough info": telling a student that a
//! false claim is supported is the worst mistake this tool can make.

use serde::Serialize;

use crate::analysis::{Item, Slot};
use crate::claim::{Claim, MAX_CLAIM_CHARS};
use crate::error::Error;
use crate::lexicon::{lexicon, normalize_title, Lexicon};
use crate::store::{EntityKind, FactStore, Role};
use crate::text::fuzzy;
use crate::text::values::{Agreement, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Supported,
    Refuted,
    NotEnoughInfo,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Supported => "SUPPORTED",
            Verdict::Refuted => "REFUTED",
            Verdict::NotEnoughInfo => "NOT ENOUGH INFO",
        }
    }

    /// The exit status of `factcheck` for one claim.
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Supported => 0,
            Verdict::Refuted => 1,
            Verdict::NotEnoughInfo => 3,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub sentence: usize,
    pub text: String,
}

/// A word or phrase of the claim and what the article has in its place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    pub claim: String,
    pub article: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub claim: String,
    pub verdict: Verdict,
    pub evidence: Vec<Evidence>,
    pub correction: Option<String>,
    pub explanation: String,
    /// The rule that decided, for teachers and for debugging.
    pub rule: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub differences: Vec<Difference>,
}

/// A part of the claim that the article must account for.
#[derive(Debug, Clone, Copy)]
struct Element {
    /// Index in the claim's items.
    k: usize,
    hard: bool,
    weight: f32,
}

/// How one sentence lines up with the claim.
#[derive(Debug, Clone)]
struct Alignment {
    /// 0-based sentence index.
    s: usize,
    /// For each element, the index of the sentence item that covers it.
    cover: Vec<Option<usize>>,
    /// Elements found in the sentence before, which this one refers back to ("Their
    /// petition" after "shop owners"): accounted for, but not by an item of this sentence.
    borrowed: Vec<bool>,
    score: f32,
    /// Whether a negation in the sentence bears on the words it shares with the claim.
    negated: bool,
}

struct Checker<'a> {
    store: &'a FactStore,
    claim: Claim,
    elements: Vec<Element>,
    aligned: Vec<Alignment>,
    lex: &'static Lexicon,
    /// The best sentence that says the whole claim, once worked out (index into `aligned`).
    supporting: std::cell::OnceCell<Option<usize>>,
}

/// How the checker read a claim and lined it up with the best sentences, for `--debug`.
pub fn debug_report(store: &FactStore, text: &str) -> String {
    let claim = Claim::read(store, text);
    let checker = Checker::new(store, claim);
    let mut s = format!(
        "statement: {}\nnegated {} realis_past {} irrealis {}\n",
        checker.claim.statement,
        checker.claim.negated,
        checker.claim.realis_past,
        checker.claim.irrealis
    );
    for it in &checker.claim.items {
        s.push_str(&format!("  item {:?}\n", it.slot));
    }
    for a in checker.aligned.iter().take(4) {
        s.push_str(&format!(
            "  sentence {} score {:.2} cover {:?}\n",
            a.s + 1,
            a.score,
            a.cover
        ));
        for it in &store.items[a.s] {
            s.push_str(&format!("      {:?}\n", it.slot));
        }
    }
    s
}

/// Checks a claim for a two-way task such as FEVER, where the evidence is known to be about
/// the claim and "not enough info" is not an answer: what the strict checker leaves open is
/// supported when the evidence accounts for nearly all of the claim, and refuted otherwise.
///
/// Not for the classroom: there, a claim the article does not state is "not enough info".
pub fn check_closed(store: &FactStore, text: &str) -> Result<Outcome, Error> {
    let strict = check(store, text)?;
    if strict.verdict != Verdict::NotEnoughInfo {
        return Ok(strict);
    }
    let checker = Checker::new(store, Claim::read(store, text));
    let (score, s, missing) = checker.relaxed_coverage();
    if let Some(outcome) = checker.closed_world_contrast(s, score) {
        return Ok(outcome);
    }
    let outcome = if score >= CLOSED_WORLD_SUPPORT {
        let explanation = format!(
            "Sentence {} accounts for {:.0}% of the claim.",
            s + 1,
            100.0 * score
        );
        checker.outcome(
            Verdict::Supported,
            "closed-world",
            vec![checker.evidence(s)],
            None,
            explanation,
        )
    } else {
        let explanation = format!(
            "The evidence accounts for {:.0}% of the claim; it does not say: {}.",
            100.0 * score,
            missing.join(", ")
        );
        checker.outcome(
            Verdict::Refuted,
            "closed-world",
            vec![checker.evidence(s)],
            None,
            explanation,
        )
    };
    Ok(outcome)
}

/// The share of a claim the evidence must account for in a two-way task.
const CLOSED_WORLD_SUPPORT: f32 = 0.70;

/// Checks one claim against the store.
pub fn check(store: &FactStore, text: &str) -> Result<Outcome, Error> {
    if text.trim().is_empty() {
        return Err(Error::input("the claim is empty"));
    }
    if text.chars().count() > MAX_CLAIM_CHARS {
        return Err(Error::input(format!(
            "the claim is {} characters long; the limit is {MAX_CLAIM_CHARS}",
            text.chars().count()
        )));
    }
    let claim = Claim::read(store, text);
    let checker = Checker::new(store, claim);
    Ok(checker.decide())
}

impl<'a> Checker<'a> {
    fn new(store: &'a FactStore, claim: Claim) -> Checker<'a> {
        let lex = lexicon();
        let soft = soft_positions(&claim);
        let elements: Vec<Element> = claim
            .items
            .iter()
            .enumerate()
            .filter(|(k, it)| {
                it.is_content() && !soft.contains(k) && !matches!(it.slot, Slot::Negation)
            })
            .map(|(k, it)| {
                let hard = !matches!(it.slot, Slot::Word { .. });
                Element {
                    k,
                    hard,
                    weight: if hard { 2.0 } else { 1.0 },
                }
            })
            .collect();
        let mut checker = Checker {
            store,
            claim,
            elements,
            aligned: Vec::new(),
            lex,
            supporting: std::cell::OnceCell::new(),
        };
        checker.aligned = checker
            .candidate_sentences()
            .into_iter()
            .map(|s| checker.align(s))
            .collect();
        // Best first; on a tie a body sentence before the headline, then reading order.
        let headline = |s: usize| s == 0 && store.article.sentences.len() > 3;
        checker.aligned.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(headline(a.s).cmp(&headline(b.s)))
                .then(a.s.cmp(&b.s))
        });
        checker
    }

    fn item(&self, e: &Element) -> &Item {
        &self.claim.items[e.k]
    }

    /// The sentences worth aligning: in a short article all of them; in a long one the
    /// best-scoring sentences that share something with the claim, found through the index.
    fn candidate_sentences(&self) -> Vec<usize> {
        const ALIGN_ALL_UP_TO: usize = 64;
        const CANDIDATES: usize = 48;
        let n = self.store.items.len();
        if n <= ALIGN_ALL_UP_TO {
            return (0..n).collect();
        }
        let mut weight: std::collections::HashMap<u32, f32> = std::collections::HashMap::new();
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
                    *weight.entry(s).or_default() += e.weight;
                }
            }
        }
        let mut ranked: Vec<(u32, f32)> = weight.into_iter().collect();
        ranked.sort_by(|a, b| {
            b.1.partial_cmp(&a.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.0.cmp(&b.0))
        });
        ranked.truncate(CANDIDATES);
        ranked.into_iter().map(|(s, _)| s as usize).collect()
    }

    fn sentence_items(&self, s: usize) -> &[Item] {
        &self.store.items[s]
    }

    fn sentence_text(&self, s: usize) -> &str {
        &self.store.article.sentences[s].text
    }

    fn evidence(&self, s: usize) -> Evidence {
        Evidence {
            sentence: s + 1,
            text: self.sentence_text(s).to_string(),
        }
    }

    /// A headline question or a section label asserts nothing.
    fn asserts(&self, s: usize) -> bool {
        self.store
            .sentence_index
            .asserts
            .get(s)
            .copied()
            .unwrap_or(false)
    }

    fn align(&self, s: usize) -> Alignment {
        let items = self.sentence_items(s);
        let cover: Vec<Option<usize>> = self
            .elements
            .iter()
            .map(|e| self.covers(self.item(e), items))
            .collect();
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
            score,
            negated: false,
        };
        a.negated = self.negation_reaches(&a);
        a
    }

    /// Whether a sentence starts with a pronoun or a possessive that points back ("It",
    /// "Their petition", "He said").
    fn opens_with_pronoun(&self, s: usize) -> bool {
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
    fn covers(&self, c: &Item, items: &[Item]) -> Option<usize> {
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
                let one_word = (!t.contains(' ')).then(|| lex.stem(t));
                items.iter().position(|x| match &x.slot {
                    Slot::Title(u) => titles_match(t, u, lex),
                    Slot::Word { stem, .. } => one_word.as_ref() == Some(stem),
                    Slot::Value(Value::Number { unit: Some(u), .. }) => {
                        one_word.as_ref() == Some(u)
                    }
                    _ => false,
                })
            }
            Slot::Value(v) => items.iter().position(|x| match &x.slot {
                Slot::Value(u) => {
                    matches!(Value::compare(v, u), Agreement::Same | Agreement::Implied)
                }
                _ => false,
            }),
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
                }
                // "minister" is part of the title "foreign minister".
                Slot::Title(u) => u.split(' ').any(|w| w == lower),
                // "councillors" in "the two councillors".
                Slot::Value(Value::Number { unit: Some(u), .. }) => {
                    c.stem().is_some_and(|s| lex.same_meaning(s, u))
                }
                _ => false,
            }),
            _ => None,
        }
    }

    fn decide(&self) -> Outcome {
        if self.claim.open_question {
            return self.not_enough(
                "open-question",
                "That is an open question, not a statement. Write it as a statement to check it \
                 (for example \"The meeting is in Kuala Lumpur\")."
                    .to_string(),
            );
        }
        if self.elements.is_empty() {
            return self.not_enough(
                "nothing-to-check",
                "The claim names nothing the article could confirm.".to_string(),
            );
        }
        let roles = self.role_assertions();
        if let Some(outcome) = self.judge_roles(&roles) {
            return outcome;
        }
        if let Some(outcome) = self.contradiction() {
            return outcome;
        }
        if let Some(outcome) = self.place_in_wrong_country() {
            return outcome;
        }
        if let Some(outcome) = self.support(&roles) {
            return outcome;
        }
        let why = self.why_not_enough();
        self.not_enough("silent", why)
    }

    fn outcome(
        &self,
        verdict: Verdict,
        rule: &'static str,
        evidence: Vec<Evidence>,
        correction: Option<String>,
        explanation: String,
    ) -> Outcome {
        let mut evidence = evidence;
        evidence.dedup_by_key(|e| e.sentence);
        Outcome {
            claim: self.claim.text.trim().to_string(),
            verdict,
            evidence,
            correction,
            explanation,
            rule,
            differences: Vec::new(),
        }
    }

    fn not_enough(&self, rule: &'static str, explanation: String) -> Outcome {
        self.outcome(Verdict::NotEnoughInfo, rule, Vec::new(), None, explanation)
    }

    /// Refuted, unless the claim was negated, in which case the contradiction supports it.
    fn refuted_or_flipped(
        &self,
        rule: &'static str,
        s: Vec<usize>,
        correction: String,
        diff: Option<Difference>,
    ) -> Outcome {
        let evidence = s.iter().map(|&s| self.evidence(s)).collect();
        let mut out = if self.claim.negated {
            let explanation =
                format!("The article contradicts what the claim denies: {correction}");
            self.outcome(Verdict::Supported, rule, evidence, None, explanation)
        } else {
            let explanation = format!("The article says otherwise: {correction}");
            self.outcome(
                Verdict::Refuted,
                rule,
                evidence,
                Some(correction),
                explanation,
            )
        };
        out.differences.extend(diff);
        out
    }

    fn text_of(&self, it: &Item) -> String {
        self.claim.statement[it.start..it.end].to_string()
    }
}

/// Claim positions that only hedge or place in time ("will", "expected", "already", "last
/// week"): the article need not repeat them for the claim to hold.
fn soft_positions(claim: &Claim) -> Vec<usize> {
    let lex = lexicon();
    let mut soft = Vec::new();
    let words: Vec<(usize, String)> = claim
        .items
        .iter()
        .enumerate()
        .filter_map(|(k, it)| it.word_lower().map(|w| (k, w.to_string())))
        .collect();
    const STILL_CONTENT: &[&str] = &[
        "plan",
        "planned",
        "planning",
        "proposed",
        "propose",
        "scheduled",
        "schedule",
    ];
    let lowered: Vec<&str> = words.iter().map(|(_, w)| w.as_str()).collect();
    let irrealis = lex.irrealis.matches(&lowered).map(|m| (m, false));
    let realis = lex.realis.matches(&lowered).map(|m| (m, true));
    for ((start, phrase), is_realis) in irrealis.chain(realis) {
        if phrase.len() == 1 && STILL_CONTENT.contains(&phrase[0].as_str()) {
            continue;
        }
        // "took place", "happened" are what the claim says happened, not a hedge on it.
        if is_realis
            && phrase
                .iter()
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
            let stem = lex.stem(lemma);
            if lex
                .linking
                .iter()
                .any(|p| p.len() == 1 && lex.stem(&p[0]) == stem)
            {
                soft.push(*k);
            }
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
fn is_approximate(word: &str) -> bool {
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

/// Whether a claim's title names the same office as the article's.
fn titles_match(claim: &str, article: &str, lex: &Lexicon) -> bool {
    if claim == article {
        return true;
    }
    let (c, a) = (normalize_title(claim), normalize_title(article));
    // "councillors" and "councillor" are one office.
    let singular = |w: &str| w.strip_suffix('s').unwrap_or(w).to_string();
    let words = |t: &str| t.split(' ').map(singular).collect::<Vec<_>>();
    c == a || lex.titles_equivalent(&c, &a) || words(&c) == words(&a)
}

/// A claim that somebody holds an office: "Park is the foreign minister".
#[derive(Debug, Clone)]
struct RoleAssertion {
    person: usize,
    /// Claim item indices of the title(s).
    titles: Vec<usize>,
    country: Option<String>,
    /// "a minister": a kind of office, not one office.
    indefinite: bool,
    /// "the mayor", "Japan's foreign minister": one particular office, which only one
    /// person holds. A bare title before a name ("Councillor Brook") is not.
    definite: bool,
}

impl<'a> Checker<'a> {
    fn person_at(&self, k: usize) -> Option<usize> {
        let id = self.claim.items.get(k)?.entity_id()?;
        (self.store.entities[id].kind == EntityKind::Person).then_some(id)
    }

    fn country_at(&self, k: usize) -> Option<String> {
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

    fn word_at(&self, k: usize, words: &[&str]) -> bool {
        self.claim
            .items
            .get(k)
            .and_then(Item::word_lower)
            .is_some_and(|w| words.contains(&w))
    }

    /// Finds "P is [the] [C's] T [, the T2]", "T P", "C T P" and "P, [the] T" in the claim.
    fn role_assertions(&self) -> Vec<RoleAssertion> {
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
                }
            }
            let mut indefinite = false;
            let mut definite =
                country.is_some() && k > 0 && matches!(items[k - 1].slot, Slot::Possessive);
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
    fn judge_roles(&self, assertions: &[RoleAssertion]) -> Option<Outcome> {
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
    fn claim_title(&self, k: usize) -> Option<String> {
        match &self.claim.items.get(k)?.slot {
            Slot::Title(t) => Some(t.clone()),
            Slot::Word { lower, .. } => self.lex.role_verb(lower).map(str::to_string),
            _ => None,
        }
    }

    /// What the claim names the office of: "of the transport committee", "chairs the board".
    fn office_body(&self, t: usize) -> Option<String> {
        let items = &self.claim.items;
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
    fn office_conflict(
        &self,
        a: &RoleAssertion,
        person: &str,
        title: &str,
        title_text: &str,
        held: &[&Role],
    ) -> Option<Outcome> {
        let open_ended = a.indefinite
            || title
                .split(' ')
                .any(|w| matches!(w, "former" | "ex" | "onetime" | "past"));
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
                .skip_while(|w| self.lex.title_modifiers.contains(*w))
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
    fn role_evidence(&self, r: &Role, person: &str, title: &str) -> Vec<usize> {
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
    fn place_in_wrong_country(&self) -> Option<Outcome> {
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
}

impl RoleAssertion {
    /// The claim item of the person (for deciding whether a claim is only about offices).
    fn person_item(&self, checker: &Checker) -> usize {
        checker
            .claim
            .items
            .iter()
            .position(|i| i.entity_id() == Some(self.person))
            .unwrap_or(usize::MAX)
    }
}

/// Words before a value or name that make its slot one-valued: one meeting is held in one
/// place, on one date ("in", "on", "between A and").
const SLOT_WORDS: &[&str] = &[
    "in", "at", "on", "between", "and", "or", "from", "during", "until", "by", "since",
];

/// Words that mark an event as not (yet) real when they come just before its verb.
const IRREALIS_BEFORE_VERB: &[&str] = &[
    "will",
    "would",
    "may",
    "might",
    "could",
    "should",
    "expected",
    "expect",
    "expects",
    "planned",
    "plans",
    "plan",
    "planning",
    "proposed",
    "if",
    "likely",
    "anticipated",
    "upcoming",
    "scheduled",
    "set",
    "due",
    "must",
    "need",
    "needs",
    "yet",
    "pending",
    "awaiting",
    "hope",
    "hopes",
    "intend",
    "intends",
    "aims",
    "aim",
    "unless",
];

impl<'a> Checker<'a> {
    /// The word or entity before item `k`, skipping articles: (word, entity).
    fn left_of(items: &[Item], k: usize, skip: usize) -> Option<(Option<String>, Option<usize>)> {
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
    fn same_slot(&self, k: usize, s_items: &[Item], j: usize, require_slot_word: bool) -> bool {
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
            slot_word && (same(&c2, &s2) || claim_copula)
        } else {
            slot_word || same(&c2, &s2)
        }
    }

    fn word_count(&self) -> usize {
        self.elements.iter().filter(|e| !e.hard).count()
    }

    /// How many claim words may go unmatched in a sentence that otherwise says the claim:
    /// one in four, for paraphrase, provided the article uses the word somewhere.
    fn word_allowance(&self) -> usize {
        (self.word_count() + 1) / 4
    }

    fn in_article_vocabulary(&self, item: &Item) -> bool {
        let Slot::Word { stem, groups, .. } = &item.slot else {
            return false;
        };
        let index = &self.store.sentence_index;
        index.has(&format!("w{stem}"))
            || index.has(&format!("r{}", crate::text::stem::derivational_root(stem)))
            || groups.iter().any(|g| index.has(&format!("g{g}")))
    }

    /// Whether the sentence accounts for every claim element but `except`, with the usual
    /// allowance for paraphrase. `verified` items count as accounted for.
    fn covered_but(
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
            if e.hard {
                return false;
            }
            if !self.in_article_vocabulary(self.item(e)) && extra_words == 0 {
                return false;
            }
            loose_words += 1;
        }
        loose_words <= self.word_allowance() + extra_words
    }

    /// Whether the sentence says the core of the claim, who did what, so that its polarity
    /// decides even if the claim adds a reason or a detail ("because of the merger"): every
    /// name, value and office, the verb, and half of the words.
    fn says_the_core(&self, a: &Alignment) -> bool {
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

    fn sentence_negated(&self, a: &Alignment) -> bool {
        a.negated
    }

    /// Whether a negation in the sentence bears on the words it shares with the claim: an odd
    /// number of negations in the few words before one of them, within its clause.
    fn negation_reaches(&self, a: &Alignment) -> bool {
        let items = self.sentence_items(a.s);
        // A negation reaches a few content words forward, within its clause.
        let scope = |neg: usize| {
            let mut j = neg + 1;
            let mut content = 0;
            let mut reached = Vec::new();
            while j < items.len() && content < 5 && !matches!(items[j].slot, Slot::Break) {
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

    /// Looks for a contradiction in the sentences that align best with the claim.
    fn contradiction(&self) -> Option<Outcome> {
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
            if let Some(o) = self.negation_conflict(a) {
                return Some(o);
            }
        }
        for a in &candidates {
            if let Some(o) = self
                .value_conflict(a)
                .or_else(|| self.slot_conflict(a))
                .or_else(|| self.antonym_conflict(a))
            {
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
    fn nearest_to_claim_words<'v>(
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

    fn negation_conflict(&self, a: &Alignment) -> Option<Outcome> {
        if self.claim.negated == self.sentence_negated(a) || !self.says_the_core(a) {
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

    /// Another date, weekday or number in the slot the claim fills.
    fn value_conflict(&self, a: &Alignment) -> Option<Outcome> {
        // "did not play in the final ... on Wednesday" says nothing of the day the final was played.
        if self.claim.negated != self.sentence_negated(a) {
            return None;
        }
        let s_items = self.sentence_items(a.s);
        for (e, c) in self.elements.iter().zip(&a.cover) {
            let Slot::Value(v) = &self.item(e).slot else {
                continue;
            };
            if c.is_some() {
                continue;
            }
            let rivals: Vec<(usize, &Value)> = s_items
                .iter()
                .enumerate()
                .filter_map(|(j, x)| match &x.slot {
                    Slot::Value(u) if Value::compare(v, u) == Agreement::Conflict => Some((j, u)),
                    _ => None,
                })
                .collect();
            let comparable = s_items
                .iter()
                .filter(|x| matches!(&x.slot, Slot::Value(u) if Value::compare(v, u) != Agreement::Unrelated))
                .count();
            let pick = rivals
                .iter()
                .find(|(j, _)| self.same_slot(e.k, s_items, *j, false))
                .or_else(|| (comparable == 1).then(|| rivals.first()).flatten())
                .or_else(|| self.nearest_to_claim_words(a, &rivals));
            let Some((j, u)) = pick else { continue };
            if !self.covered_but(a, &[e.k], &[], 1) {
                continue;
            }
            let article_text =
                self.sentence_text(a.s)[s_items[*j].start..s_items[*j].end].to_string();
            let claim_text = self.text_of(self.item(e));
            // The article's own words ("90-day", "Aug. 1"), as the student will find them.
            let _ = u;
            let correction = format!("The article gives {article_text}, not {claim_text}.");
            let diff = Difference {
                claim: claim_text,
                article: article_text,
            };
            return Some(self.refuted_or_flipped("value", vec![a.s], correction, Some(diff)));
        }
        None
    }

    /// Another place, country or office in a one-valued slot: "held in Jakarta" where the
    /// article says "held in Kuala Lumpur"; "represent the president" for "the foreign minister".
    fn slot_conflict(&self, a: &Alignment) -> Option<Outcome> {
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
            let article_text =
                self.sentence_text(a.s)[s_items[j].start..s_items[j].end].to_string();
            let claim_text = self.text_of(it);
            let correction = format!("The article says {article_text}, not {claim_text}.");
            let diff = Difference {
                claim: claim_text,
                article: article_text,
            };
            return Some(self.refuted_or_flipped("slot", vec![a.s], correction, Some(diff)));
        }
        None
    }

    /// An opposite verb or adjective: "opposed" where the article says "supported".
    fn antonym_conflict(&self, a: &Alignment) -> Option<Outcome> {
        let s_items = self.sentence_items(a.s);
        for (e, c) in self.elements.iter().zip(&a.cover) {
            if c.is_some() {
                continue;
            }
            let Some(stem) = self.item(e).stem() else {
                continue;
            };
            let form = inflection(self.item(e).word_lower().unwrap_or(""), self.lex);
            // Same inflection on both sides, so that "lasted" is not read as the opposite of "initial".
            let opposite = s_items.iter().position(|x| {
                x.stem().is_some_and(|s2| self.lex.are_antonyms(stem, s2))
                    && inflection(x.word_lower().unwrap_or(""), self.lex) == form
            });
            let Some(j) = opposite else { continue };
            if !self.covered_but(a, &[e.k], &[], 0) {
                continue;
            }
            let article_text =
                self.sentence_text(a.s)[s_items[j].start..s_items[j].end].to_string();
            let claim_text = self.text_of(self.item(e));
            let correction = format!("The article says {article_text}, not {claim_text}.");
            let diff = Difference {
                claim: claim_text,
                article: article_text,
            };
            return Some(self.refuted_or_flipped("opposite", vec![a.s], correction, Some(diff)));
        }
        None
    }

    /// A claim that something already happened, where the article has it planned or expected.
    fn modality_conflict(&self, a: &Alignment) -> Option<Outcome> {
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
    fn irrealis_before(&self, s_items: &[Item], j: usize) -> bool {
        let from = j.saturating_sub(4);
        let word = s_items[j].word_lower().unwrap_or("");
        // A verb in the past tense happened, whatever came before it ("expected ... after he met").
        if self.lex.is_irregular_past(word)
            || (word.ends_with("ed")
                && !s_items[from..j].iter().any(|i| {
                    i.word_lower()
                        .is_some_and(|w| matches!(w, "be" | "been" | "being"))
                }))
        {
            return s_items[from..j]
                .iter()
                .any(|i| i.word_lower().is_some_and(|w| w == "if"));
        }
        s_items[from..j].iter().any(|i| {
            i.word_lower()
                .is_some_and(|w| IRREALIS_BEFORE_VERB.contains(&w))
        })
    }

    /// Supported when one sentence says everything the claim says, with no conflict.
    fn support(&self, roles: &[RoleAssertion]) -> Option<Outcome> {
        let verified = self.verified_role_items(roles);
        let a = self
            .aligned
            .iter()
            .find(|a| self.says_all_of_it(a, &verified))?;
        let mut evidence = vec![self.evidence(a.s)];
        if a.borrowed.iter().any(|b| *b) {
            evidence.push(self.evidence(a.s - 1));
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
    fn country_evidence(&self, a: &Alignment) -> Option<usize> {
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

    /// The best share of the claim one sentence accounts for, forgiving a subject the sentence
    /// refers to by pronoun ("It produced ...") and names given in part ("O'Neal").
    fn relaxed_coverage(&self) -> (f32, usize, Vec<String>) {
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
                            let last = name_words.last().filter(|w| !self.lex.is_org_keyword(w) && !self.lex.is_place_keyword(w));
                            last.is_some_and(|w| words.contains(w)) || (Some(e.k) == first_entity && has_pronoun)
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
    fn closed_world_contrast(&self, s: usize, score: f32) -> Option<Outcome> {
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
    fn neighbour_substitution(&self, a: &Alignment) -> Option<(String, String)> {
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
    fn opposite_word(&self, a: &Alignment) -> Option<(String, String)> {
        let s_items = self.sentence_items(a.s);
        for (e, c) in self.elements.iter().zip(&a.cover) {
            let Some(stem) = self.item(e).stem() else {
                continue;
            };
            if c.is_some() {
                continue;
            }
            if let Some(x) = s_items
                .iter()
                .find(|x| x.stem().is_some_and(|s2| self.lex.are_antonyms(stem, s2)))
            {
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
    fn substitution(&self, a: &Alignment) -> Option<(String, String)> {
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
                } => Some(stem.clone()),
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

    /// The best sentence that says everything the claim says.
    fn supporting(&self) -> Option<&Alignment> {
        let found = self.supporting.get_or_init(|| {
            self.aligned
                .iter()
                .position(|a| self.says_all_of_it(a, &[]))
        });
        found.map(|k| &self.aligned[k])
    }

    fn says_all_of_it(&self, a: &Alignment, verified: &[usize]) -> bool {
        a.score > 0.0
            && self.covered_but(a, &[], verified, 0)
            && self.claim.negated == self.sentence_negated(a)
            && !self.roles_swapped(a)
            && !self.done_versus_planned(a)
            && self.predicate_misplaced(a).is_none()
    }

    /// "Nordvik is an Italian company" where the article calls Nordvik "a Swedish maker".
    fn nationality_conflict(&self, a: &Alignment) -> Option<Outcome> {
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
        let described = self.predicate_misplaced(a)?;
        let s_items = self.sentence_items(a.s);
        let x = self.claim.items.iter().find_map(Item::entity_id)?;
        let sx = s_items.iter().position(|i| i.entity_id() == Some(x))?;
        let actual = describing_zone(s_items, sx, self.lex)
            .into_iter()
            .find_map(|k| match &s_items[k].slot {
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
    fn predicate_misplaced(&self, a: &Alignment) -> Option<String> {
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

    /// The claim says it happened; the sentence has the same words under "will", "expected"...
    fn done_versus_planned(&self, a: &Alignment) -> bool {
        if !self.claim.realis_past || self.claim.irrealis {
            return false;
        }
        let s_items = self.sentence_items(a.s);
        let previous = a.s.checked_sub(1).map(|p| self.sentence_items(p));
        self.elements
            .iter()
            .zip(&a.cover)
            .zip(&a.borrowed)
            .any(|((e, c), borrowed)| {
                if e.hard {
                    return false;
                }
                if let Some(j) = c {
                    return self.irrealis_before(s_items, *j);
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
    }

    /// Whether the sentence has the claim's names on the other sides of the verb: "Japan sent
    /// letters to Trump" against "Trump sent letters to Japan". Symmetric verbs (meet) and
    /// passives ("was met by") are allowed for.
    fn roles_swapped(&self, a: &Alignment) -> bool {
        let s_items = self.sentence_items(a.s);
        // The claim's verb: its covered content words that look like verbs; in "agreed to
        // buy" the last one says what is done.
        let verb = self
            .elements
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
            .map(|(k, j, stem, _)| (k, j, stem));
        let Some((ck, sj, stem)) = verb else {
            return false;
        };
        if self.lex.is_symmetric(&stem) {
            return false;
        }
        let claim_passive = is_passive(&self.claim.items, ck);
        let sentence_passive = is_passive(s_items, sj);
        let mut before_flips = 0;
        let mut after_flips = 0;
        for (e, c) in self.elements.iter().zip(&a.cover) {
            let (Some(j), Slot::Entity { .. }) = (c, &self.item(e).slot) else {
                continue;
            };
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
        !covered_by_subject && !named_in_claim
    }

    /// The claim items of offices that the article confirms for their holders.
    fn verified_role_items(&self, roles: &[RoleAssertion]) -> Vec<usize> {
        let mut out = Vec::new();
        for a in roles {
            let person = &self.store.entities[a.person].name;
            for &t in &a.titles {
                let Slot::Title(title) = &self.claim.items[t].slot else {
                    continue;
                };
                if self
                    .store
                    .roles_of(person)
                    .any(|r| titles_match(title, &normalize_title(&r.title), self.lex))
                {
                    out.push(t);
                }
            }
        }
        out
    }

    fn why_not_enough(&self) -> String {
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

/// A claim word that is probably its verb: a past form, or after a modal, "to" or a name.
fn looks_like_verb(items: &[Item], k: usize, lex: &Lexicon) -> bool {
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
fn subject_of(items: &[Item], verb: usize, passive: bool) -> Option<usize> {
    if passive {
        let by = (verb + 1..items.len()).find(|&k| items[k].word_lower() == Some("by"))?;
        return items.get(by + 1).and_then(Item::entity_id).map(|_| by + 1);
    }
    let is_subject = |k: usize| {
        let it = &items[k];
        let demonym = matches!(it.slot, Slot::Entity { demonym: true, .. });
        it.entity_id().is_some()
            && !demonym
            && !matches!(
                items.get(k + 1).map(|n| &n.slot),
                Some(Slot::Title(_) | Slot::Possessive)
            )
            && !k
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
                })
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

/// The items that describe the entity at `x`: an apposition after it (", a Swedish maker of
/// train parts,"), what follows "is", or the words right before it ("the Italian signalling
/// company Castellan Systems").
fn describing_zone(items: &[Item], x: usize, lex: &Lexicon) -> Vec<usize> {
    let mut zone = Vec::new();
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

/// A word right after "to" that follows a verb: "agreed to buy", "plans to visit".
fn catenative_object(items: &[Item], k: usize) -> bool {
    k >= 2
        && items[k - 1].word_lower() == Some("to")
        && items[k - 2]
            .word_lower()
            .is_some_and(|w| w.ends_with("ed") || w.ends_with('s'))
}

/// "was met by", "were sent by": a form of be before the verb, or "by" after it.
fn is_passive(items: &[Item], k: usize) -> bool {
    let before = k.checked_sub(1).and_then(|p| items[p].word_lower());
    let be = before
        .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being"));
    let by_after = items.get(k + 1).and_then(Item::word_lower) == Some("by");
    be || by_after
}

/// Whether a sentence item can stand where a claim item stands, so that finding it there
/// instead contradicts the claim: names with names (not two forms of one name), values with
/// values, and nouns or verbs with their own kind, never an adverb ("usually", "only").
fn can_stand_in(claim: &Item, sentence: &Item, lex: &Lexicon) -> bool {
    let verbish = |w: &str| w.ends_with("ed") || w.ends_with("ing") || lex.is_irregular_past(w);
    let adverb = |w: &str| w.ends_with("ly") || matches!(w, "only" | "also" | "just" | "even");
    match (&claim.slot, &sentence.slot) {
        (Slot::Entity { name: a, .. }, Slot::Entity { name: b, .. }) => !shares_a_word(a, b),
        (Slot::Value(_), Slot::Value(_)) => true,
        (Slot::Title(_), Slot::Title(_)) => true,
        (Slot::Word { lower: a, .. }, Slot::Word { lower: b, content: true, .. }) => {
            !adverb(a) && !adverb(b) && verbish(a) == verbish(b)
        }
        (Slot::Word { lower: w, .. }, Slot::Title(_)) | (Slot::Title(_), Slot::Word { lower: w, .. }) => {
            !adverb(w) && !verbish(w) && sentence.is_content()
        }
        _ => false,
    }
}

/// Whether two names have a word in common (a short and a long form of one name).
fn shares_a_word(a: &str, b: &str) -> bool {
    let words_b: Vec<String> = crate::text::words(b)
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    crate::text::words(a)
        .iter()
        .any(|w| w.chars().count() > 2 && words_b.contains(&w.to_lowercase()))
}

/// A word's inflection class: past, -ing, or plain.
fn inflection(word: &str, lex: &Lexicon) -> u8 {
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
fn same_kind_of_place(a: EntityKind, b: EntityKind) -> bool {
    let place = |k| matches!(k, EntityKind::Place | EntityKind::Country);
    let unknown = |k| k == EntityKind::Other;
    let person = |k| k == EntityKind::Person;
    (place(a) && place(b))
        || (a == b && !person(a))
        || ((unknown(a) || unknown(b)) && !person(a) && !person(b))
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
