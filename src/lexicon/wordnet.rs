//! WordNet 3.0, read in place from the tables the build script compiled
//! (`wordnet_blob.rs`), and the one question the checker asks of it: how does a word of the
//! article relate to a word of the claim? ([`relate`], with MacCartney's natural-logic
//! relations: equivalent, more specific, more general, excluding, opposite, unrelated.)
//!
//! A word has many senses, and a rare one must never make a falsehood look supported ("plant"
//! the factory is not "plant" the organism; "fire" a worker is not "fire" a gun). So a word
//! is read only in its *salient* senses ([`Meaning`]): the most frequent sense of each part of
//! speech the word is commonly used as, and other senses tagged nearly as often in WordNet's
//! sense-tagged texts. Two words are equivalent only through a sense that is the first of
//! one of them; a kind is looked up only from the claim word's first sense.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::wordnet_blob::*;

static NUMBERS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wordnet.bin"));
static TEXT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wordnet.txt"));

/// How many hypernym steps a noun and a verb look up for their kinds.
const NOUN_KIND_STEPS: usize = 10;
const VERB_KIND_STEPS: usize = 2;
/// A claim noun this close to the top of WordNet ("entity", "object", "group", "act") says too
/// little for a sentence to support it by being a kind of it.
const MIN_GENERAL_DEPTH: usize = 4;
/// Siblings: two nouns under one kind, each at most this many steps below it...
const SIBLING_STEPS: usize = 4;
/// ...a kind at least this deep, so that "dog" and "cat" exclude each other but "dog" and
/// "idea" (both entities) are merely unrelated.
const MIN_SIBLING_PARENT_DEPTH: usize = 6;
/// How many of a reading's first senses can meet an opposite.
const USUAL_SENSES: u32 = 3;
/// A sense other than the first counts when tagged at least this share of the first's count.
const SALIENT_SHARE: u32 = 4;

fn word(i: usize) -> u32 {
    let b = &NUMBERS[4 * i..4 * i + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// A section's first u32 and its length in u32s.
fn section(s: Section) -> (usize, usize) {
    let i = 1 + 2 * s as usize;
    (word(i) as usize, word(i + 1) as usize)
}

/// Field `f` of record `r` of a section of `width`-u32 records.
fn field(s: Section, width: usize, r: usize, f: usize) -> u32 {
    word(section(s).0 + r * width + f)
}

fn text(start: u32, len: u32) -> &'static [u8] {
    &TEXT[start as usize..(start + len) as usize]
}

/// Parts of speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pos {
    Noun,
    Verb,
    Adjective,
    Adverb,
}

impl Pos {
    fn from_number(n: u32) -> Pos {
        match n {
            0 => Pos::Noun,
            1 => Pos::Verb,
            2 => Pos::Adjective,
            _ => Pos::Adverb,
        }
    }
}

/// One sense of a lemma.
#[derive(Debug, Clone, Copy)]
pub struct Sense {
    pub synset: u32,
    pub count: u32,
    pub rank: u32,
    pub pos: Pos,
}

/// A lemma's number, if WordNet has the lemma (multi-word lemmas are written with `_`).
pub fn lemma(name: &str) -> Option<u32> {
    let (start, len) = section(Section::LemmaSlots);
    let mask = len - 1;
    let mut slot = super::hash::key_hash(name) as usize & mask;
    loop {
        let entry = word(start + slot);
        if entry == 0 {
            return None;
        }
        let lemma = entry - 1;
        if lemma_bytes(lemma) == name.as_bytes() {
            return Some(lemma);
        }
        slot = (slot + 1) & mask;
    }
}

fn lemma_bytes(lemma: u32) -> &'static [u8] {
    text(
        field(Section::Lemmas, LEMMA_WORDS, lemma as usize, 0),
        field(Section::Lemmas, LEMMA_WORDS, lemma as usize, 1),
    )
}

/// A lemma's text.
pub fn lemma_text(lemma: u32) -> &'static str {
    std::str::from_utf8(lemma_bytes(lemma)).unwrap_or("")
}

/// A lemma's senses: by part of speech, each in WordNet's order.
pub fn senses(lemma: u32) -> impl Iterator<Item = Sense> {
    let first = field(Section::Lemmas, LEMMA_WORDS, lemma as usize, 2) as usize;
    let end = field(Section::Lemmas, LEMMA_WORDS, lemma as usize, 3) as usize;
    (first..end).map(|s| {
        let synset = field(Section::Senses, SENSE_WORDS, s, 0);
        Sense {
            synset,
            count: field(Section::Senses, SENSE_WORDS, s, 1),
            rank: field(Section::Senses, SENSE_WORDS, s, 2),
            pos: synset_pos(synset),
        }
    })
}

pub fn synset_pos(synset: u32) -> Pos {
    Pos::from_number(field(Section::Synsets, SYNSET_WORDS, synset as usize, 0) & 0xff)
}

/// The lexicographer file a synset comes from: WordNet's broad category of it (noun.animal,
/// noun.person, noun.artifact...; see lexnames(5WN)).
pub fn lexfile(synset: u32) -> u32 {
    field(Section::Synsets, SYNSET_WORDS, synset as usize, 0) >> 8
}

/// The lemmas of a synset.
pub fn members(synset: u32) -> impl Iterator<Item = u32> {
    let s = synset as usize;
    let first = field(Section::Synsets, SYNSET_WORDS, s, 1) as usize;
    let end = field(Section::Synsets, SYNSET_WORDS, s, 2) as usize;
    let base = section(Section::Members).0;
    (first..end).map(move |m| word(base + m))
}

/// One relation from a synset (or from one of its lemmas).
#[derive(Debug, Clone, Copy)]
struct Link {
    kind: u32,
    source_member: u32,
    target: u32,
    target_member: u32,
}

fn links(synset: u32) -> impl Iterator<Item = Link> {
    let s = synset as usize;
    let first = field(Section::Synsets, SYNSET_WORDS, s, 3) as usize;
    let end = field(Section::Synsets, SYNSET_WORDS, s, 4) as usize;
    (first..end).map(|r| {
        let head = field(Section::Relations, RELATION_WORDS, r, 0);
        Link {
            kind: head & 0xff,
            source_member: (head >> 8) & 0xfff,
            target: field(Section::Relations, RELATION_WORDS, r, 1),
            target_member: head >> 20,
        }
    })
}

/// The kinds a synset is directly a kind (or an instance) of.
fn hypernyms(synset: u32) -> impl Iterator<Item = u32> {
    links(synset)
        .filter(|l| l.kind == HYPERNYM || l.kind == INSTANCE_OF)
        .map(|l| l.target)
}

/// How many hypernym steps a synset is below the top of its hierarchy (the shortest way up).
pub fn depth(synset: u32) -> usize {
    let mut level = vec![synset];
    for d in 0..32 {
        let mut up = Vec::new();
        for &s in &level {
            let mut parents = hypernyms(s).peekable();
            if parents.peek().is_none() {
                return d;
            }
            up.extend(parents);
        }
        up.sort_unstable();
        up.dedup();
        level = up;
    }
    32
}

/// Irregular base forms of `form` for a part of speech (went -> go), from WordNet's exception
/// lists.
fn exceptions(form: &str) -> impl Iterator<Item = (u32, Pos)> + '_ {
    let (_, len) = section(Section::Exceptions);
    let count = len / EXCEPTION_WORDS;
    let key = |r: usize| {
        text(
            field(Section::Exceptions, EXCEPTION_WORDS, r, 0),
            field(Section::Exceptions, EXCEPTION_WORDS, r, 1),
        )
    };
    let first = partition_point(count, |r| key(r) < form.as_bytes());
    (first..count)
        .take_while(move |&r| key(r) == form.as_bytes())
        .map(|r| {
            let v = field(Section::Exceptions, EXCEPTION_WORDS, r, 2);
            (v >> 2, Pos::from_number(v & 3))
        })
}

fn partition_point(count: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, count);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Inflectional endings and what replaces them, per part of speech (WordNet's morphy rules).
const DETACHMENTS: [(Pos, &str, &str); 18] = [
    (Pos::Noun, "s", ""),
    (Pos::Noun, "ses", "s"),
    (Pos::Noun, "xes", "x"),
    (Pos::Noun, "zes", "z"),
    (Pos::Noun, "ches", "ch"),
    (Pos::Noun, "shes", "sh"),
    (Pos::Noun, "men", "man"),
    (Pos::Noun, "ies", "y"),
    (Pos::Verb, "s", ""),
    (Pos::Verb, "ies", "y"),
    (Pos::Verb, "es", "e"),
    (Pos::Verb, "es", ""),
    (Pos::Verb, "ed", "e"),
    (Pos::Verb, "ed", ""),
    (Pos::Verb, "ing", "e"),
    (Pos::Verb, "ing", ""),
    (Pos::Adjective, "er", ""),
    (Pos::Adjective, "est", ""),
];

/// The lemmas a lowercased word form may be, with the part of speech each reading gives it:
/// the form itself, its irregular bases, and the bases its regular endings leave (a doubled
/// consonant undone: "planned" -> "plan").
pub fn base_forms(form: &str) -> Vec<(u32, Pos)> {
    let mut out: Vec<(u32, Pos)> = Vec::new();
    let mut add = |lemma: u32, pos: Pos| {
        if has_pos(lemma, pos) && !out.contains(&(lemma, pos)) {
            out.push((lemma, pos));
        }
    };
    let key = form.replace(' ', "_");
    if let Some(l) = lemma(&key) {
        for pos in [Pos::Noun, Pos::Verb, Pos::Adjective, Pos::Adverb] {
            add(l, pos);
        }
    }
    for (l, pos) in exceptions(&key) {
        add(l, pos);
    }
    // A collocation inflects its first word: "stepped_down" -> "step_down".
    if let Some((first, rest)) = key.split_once('_') {
        for (l, pos) in base_forms(first) {
            if let Some(whole) = lemma(&format!("{}_{rest}", lemma_text(l))) {
                add(whole, pos);
            }
        }
        return out;
    }
    for (pos, ending, replacement) in DETACHMENTS {
        let Some(stem) = key.strip_suffix(ending) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        let base = format!("{stem}{replacement}");
        if let Some(l) = lemma(&base) {
            add(l, pos);
        }
        // stopped -> stop, planning -> plan (a doubled ASCII letter: the last byte of a
        // character of several bytes may equal the one before it).
        let b = stem.as_bytes();
        if replacement.is_empty()
            && matches!(ending, "ed" | "ing" | "er" | "est")
            && b.len() >= 3
            && b[b.len() - 1].is_ascii_alphabetic()
            && b[b.len() - 1] == b[b.len() - 2]
        {
            if let Some(l) = lemma(&stem[..stem.len() - 1]) {
                add(l, pos);
            }
        }
    }
    out
}

/// Whether `adjective` is read as an adjective (its salient senses are adjectives) and
/// `noun` may be a noun: "grey wolves", "new members", "local residents".
pub fn adjective_before_noun(adjective: &str, noun: &str) -> bool {
    let bases = base_forms(adjective);
    let salient = salient_senses(&bases);
    !salient.is_empty()
        && salient.iter().all(|(_, s)| s.pos == Pos::Adjective)
        && base_forms(noun).iter().any(|&(_, pos)| pos == Pos::Noun)
}

/// Whether WordNet lists a verb with this particle as a verb of its own ("step down").
pub fn is_phrasal_verb(verb: &str, particle: &str) -> bool {
    base_forms(verb).iter().any(|&(l, pos)| {
        pos == Pos::Verb
            && lemma(&format!("{}_{particle}", lemma_text(l)))
                .is_some_and(|p| has_pos(p, Pos::Verb))
    })
}

fn has_pos(lemma: u32, pos: Pos) -> bool {
    senses(lemma).any(|s| s.pos == pos)
}

/// What a word means, as far as the checker trusts WordNet: its salient senses and what they
/// lead to. Every list is sorted, so two meanings compare by merging.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Meaning {
    /// The first sense of each part of speech the word is commonly used as.
    pub primary: Box<[u32]>,
    /// Those and the senses tagged nearly as often as the first.
    pub salient: Box<[u32]>,
    /// The lemmas the word form may be (went -> go).
    pub lemmas: Box<[u32]>,
    /// Senses of other words of its family (die / death, elect / election), through the
    /// salient senses' derivation and participle links.
    /// Each as the word's lemma and its synset, `synset << 32 | lemma`: a derivation leads
    /// to one word of a synset, not to its synonyms.
    pub family: Box<[u64]>,
    /// What the salient senses are kinds of (wolf -> animal), and for a verb what it entails
    /// or causes (buy -> pay, kill -> die): worked out when first asked for.
    kinds: OnceLock<Box<[u32]>>,
    /// The opposites of the salient senses and, for an adjective, of the head adjectives it
    /// is similar to (cheap -> inexpensive -> expensive).
    pub opposites: Box<[u32]>,
    /// The first few senses of the parts of speech the word is commonly used as, for meeting
    /// another word's opposites: "won" opposes "lost" through lose's second sense. An
    /// opposite decides only against a sentence that says everything else of the claim.
    pub usual: Box<[u32]>,
}

impl Meaning {
    /// The meaning of a word WordNet does not know.
    pub fn empty() -> &'static Meaning {
        static EMPTY: OnceLock<Meaning> = OnceLock::new();
        EMPTY.get_or_init(Meaning::default)
    }

    pub fn is_empty(&self) -> bool {
        self.salient.is_empty()
    }

    /// Reads a lowercased word form.
    pub fn of(form: &str) -> Meaning {
        let bases = base_forms(form);
        if bases.is_empty() {
            return Meaning::default();
        }
        let salient_senses = salient_senses(&bases);
        let sorted = |mut v: Vec<u32>| -> Box<[u32]> {
            v.sort_unstable();
            v.dedup();
            v.into_boxed_slice()
        };
        let usual = sorted(usual_senses(&bases, &salient_senses));
        let primary = sorted(
            salient_senses
                .iter()
                .filter(|(_, s)| s.rank == 1)
                .map(|(_, s)| s.synset)
                .collect(),
        );
        let salient = sorted(salient_senses.iter().map(|(_, s)| s.synset).collect());
        let mut family = Vec::new();
        let mut heads = Vec::new();
        for (lemma, sense) in &salient_senses {
            let member = members(sense.synset).position(|m| m == *lemma);
            for l in links(sense.synset) {
                let own = Some(l.source_member as usize) == member;
                match l.kind {
                    DERIVED | PARTICIPLE | PERTAINS if own => {
                        if let Some(word) = members(l.target).nth(l.target_member as usize) {
                            family.push(u64::from(l.target) << 32 | u64::from(word));
                        }
                    }
                    SIMILAR if sense.pos == Pos::Adjective => heads.push(l.target),
                    _ => {}
                }
            }
            heads.push(sense.synset);
        }
        let opposites = sorted(
            heads
                .iter()
                .flat_map(|&h| links(h).filter(|l| l.kind == ANTONYM).map(|l| l.target))
                .collect(),
        );
        Meaning {
            primary,
            salient,
            lemmas: sorted(bases.iter().map(|&(l, _)| l).collect()),
            family: {
                family.sort_unstable();
                family.dedup();
                family.into_boxed_slice()
            },
            kinds: OnceLock::new(),
            opposites,
            usual,
        }
    }
}

/// A meaning as a saved store keeps it (the prebuilt built-in store): every list, its kinds
/// worked out, so that reading it back touches no WordNet table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedMeaning([Vec<u32>; 7]);

impl Meaning {
    pub fn save(&self) -> SavedMeaning {
        SavedMeaning([
            self.primary.to_vec(),
            self.salient.to_vec(),
            self.lemmas.to_vec(),
            self.family
                .iter()
                .flat_map(|&f| [(f >> 32) as u32, f as u32])
                .collect(),
            self.opposites.to_vec(),
            self.usual.to_vec(),
            self.kinds().to_vec(),
        ])
    }

    pub fn restore(saved: SavedMeaning) -> Meaning {
        let [primary, salient, lemmas, family, opposites, usual, kinds] = saved.0;
        Meaning {
            primary: primary.into(),
            salient: salient.into(),
            lemmas: lemmas.into(),
            family: family
                .chunks_exact(2)
                .map(|p| u64::from(p[0]) << 32 | u64::from(p[1]))
                .collect(),
            opposites: opposites.into(),
            usual: usual.into(),
            kinds: OnceLock::from(kinds.into_boxed_slice()),
        }
    }

    /// What the salient senses are kinds of, a few steps up (more for nouns, whose
    /// hierarchy is deeper), and what a verb sense entails or causes.
    pub fn kinds(&self) -> &[u32] {
        self.kinds.get_or_init(|| {
            let mut out = Vec::new();
            for &s in self.salient.iter() {
                let steps = match synset_pos(s) {
                    Pos::Noun => NOUN_KIND_STEPS,
                    Pos::Verb => VERB_KIND_STEPS,
                    _ => continue,
                };
                out.extend(ancestors(s, steps));
                out.extend(
                    links(s)
                        .filter(|l| l.kind == ENTAILS || l.kind == CAUSES)
                        .map(|l| l.target),
                );
            }
            out.sort_unstable();
            out.dedup();
            out.into_boxed_slice()
        })
    }

    /// What the primary noun senses are kinds of, a few steps up: siblings share one.
    fn parents(&self) -> Vec<u32> {
        self.primary
            .iter()
            .filter(|&&s| synset_pos(s) == Pos::Noun)
            .flat_map(|&s| ancestors(s, SIBLING_STEPS))
            .collect()
    }
}

/// The synsets up to `steps` hypernym steps above `synset`.
fn ancestors(synset: u32, steps: usize) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut level = vec![synset];
    for _ in 0..steps {
        let mut up = Vec::new();
        for &s in &level {
            for h in hypernyms(s) {
                if !out.contains(&h) {
                    out.push(h);
                    up.push(h);
                }
            }
        }
        if up.is_empty() {
            break;
        }
        level = up;
    }
    out
}

/// The senses of a word's readings that count: see the module's comment. A part of speech
/// counts when its senses were tagged at least a quarter as often as the word's most tagged
/// part of speech (all count when none was tagged); within it, the first sense, and any other
/// tagged at least a quarter as often as the first.
fn salient_senses(bases: &[(u32, Pos)]) -> Vec<(u32, Sense)> {
    let readings: Vec<(u32, Vec<Sense>)> = bases
        .iter()
        .map(|&(lemma, pos)| (lemma, senses(lemma).filter(|s| s.pos == pos).collect()))
        .collect();
    let total = |senses: &[Sense]| senses.iter().map(|s| s.count).sum::<u32>();
    let most = readings.iter().map(|(_, s)| total(s)).max().unwrap_or(0);
    let mut out = Vec::new();
    for (lemma, senses) in &readings {
        if most > 0 && total(senses) * SALIENT_SHARE < most {
            continue;
        }
        let first = senses.first().map_or(0, |s| s.count);
        for s in senses {
            if s.rank == 1 || (s.count >= 1 && s.count * SALIENT_SHARE >= first) {
                out.push((*lemma, *s));
            }
        }
    }
    out
}

/// The first [`USUAL_SENSES`] senses of each reading whose part of speech is salient (has a
/// sense among `salient`).
fn usual_senses(bases: &[(u32, Pos)], salient: &[(u32, Sense)]) -> Vec<u32> {
    bases
        .iter()
        .filter(|&&(lemma, pos)| salient.iter().any(|(l, s)| *l == lemma && s.pos == pos))
        .flat_map(|&(lemma, pos)| {
            senses(lemma)
                .filter(move |s| s.pos == pos && s.rank <= USUAL_SENSES)
                .map(|s| s.synset)
        })
        .collect()
}

/// How a word of the article relates to a word of the claim (MacCartney's natural-logic
/// relations, as the checker uses them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The same meaning (purchase / buy), or the same event in another part of speech
    /// (death / die).
    Equivalent,
    /// The article's word is a kind of the claim's (wolves / animals) or entails it
    /// (bought / paid): said in the positive, it says the claim.
    MoreSpecific,
    /// The claim's word is a kind of the article's (animals / wolves).
    MoreGeneral,
    /// Two kinds of one thing, which exclude each other (wolf / deer, Monday / Tuesday).
    Excluding,
    /// Opposites (rise / fall, cheap / expensive).
    Opposite,
    Unrelated,
}

/// Whether two sorted lists share an element. Most lists here hold one or two synsets, which
/// are looked for in the other list by halving.
fn shares(a: &[u32], b: &[u32]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    if short.len() <= 2 {
        return short.iter().any(|x| long.binary_search(x).is_ok());
    }
    let (mut i, mut j) = (0, 0);
    while i < short.len() && j < long.len() {
        match short[i].cmp(&long[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Whether `general`'s primary sense is specific enough for a kind of it to say it.
fn informative(general: &Meaning) -> bool {
    general
        .primary
        .iter()
        .any(|&s| synset_pos(s) != Pos::Noun || depth(s) >= MIN_GENERAL_DEPTH)
}

/// The relation between two meanings: `article`'s word to `claim`'s.
pub fn relate(article: &Meaning, claim: &Meaning) -> Relation {
    if article.is_empty() || claim.is_empty() {
        return Relation::Unrelated;
    }
    if equivalent(article, claim) {
        return Relation::Equivalent;
    }
    if opposite(article, claim) {
        return Relation::Opposite;
    }
    if more_specific(article, claim) {
        return Relation::MoreSpecific;
    }
    if more_specific(claim, article) {
        return Relation::MoreGeneral;
    }
    if siblings(article, claim) {
        return Relation::Excluding;
    }
    Relation::Unrelated
}

/// Whether a derivation of `a` leads to `b` itself in one of its salient senses (die ->
/// death), not to another word of that sense.
fn family_reaches(a: &Meaning, b: &Meaning) -> bool {
    a.family.iter().any(|&f| {
        b.lemmas.binary_search(&(f as u32)).is_ok()
            && b.salient.binary_search(&((f >> 32) as u32)).is_ok()
    })
}

/// Whether `specific` says `general` by being a kind of it or entailing it (wolves /
/// animals, bought / paid), through a salient sense of `specific` and the first of `general`.
pub fn more_specific(specific: &Meaning, general: &Meaning) -> bool {
    !specific.is_empty()
        && !general.primary.is_empty()
        && shares(specific.kinds(), &general.primary)
        && informative(general)
}

/// Whether two words are opposites (rise / fall, cheap / expensive).
pub fn opposite(a: &Meaning, b: &Meaning) -> bool {
    shares(&a.opposites, &b.usual) || shares(&b.opposites, &a.usual)
}

/// The lexicographer file of WordNet's top nouns ("entity", "thing", "object"): too general
/// for their kinds to exclude anything.
const NOUN_TOPS: u32 = 3;

/// Whether the article's noun names a kind that the claim's cannot be: no sense WordNet gives
/// the article's word lies in the broad category of a salient sense of the claim's (a dog,
/// noun.animal, is no singer, whose every sense is noun.person; a party, noun.group, is no
/// film, noun.communication), and neither word is a kind of the other. Every sense of the
/// article's word counts, since the article may use a rare one ("a jazz club" is a nightclub,
/// the seventh sense of "club"), and kinds of one category ("capital" and "city", both
/// noun.location; "firm" and "carmaker", both noun.group) never exclude each other: too many
/// overlap.
pub fn disjoint_kinds(article: &Meaning, claim: &Meaning) -> bool {
    let claim_files: Vec<u32> = claim
        .salient
        .iter()
        .filter(|&&s| synset_pos(s) == Pos::Noun)
        .map(|&s| lexfile(s))
        .collect();
    let article_files: Vec<u32> = article
        .lemmas
        .iter()
        .flat_map(|&l| senses(l))
        .filter(|s| s.pos == Pos::Noun)
        .map(|s| lexfile(s.synset))
        .collect();
    !claim_files.is_empty()
        && !article_files.is_empty()
        && !claim_files.contains(&NOUN_TOPS)
        && !article_files.contains(&NOUN_TOPS)
        && !claim_files.iter().any(|f| article_files.contains(f))
        && !equivalent(article, claim)
        && !more_specific(article, claim)
        && !more_specific(claim, article)
}

/// WordNet's lexicographer files of the nouns that name who or what an entity is.
const NOUN_GROUP: u32 = 14;
const NOUN_LOCATION: u32 = 15;
const NOUN_PERSON: u32 = 18;

/// What kind of entity a noun says a thing is, from the broad category WordNet files the
/// noun's salient senses under: a person ("teacher"), a group ("company", "union") or a place
/// ("town"); None for any other category or when the senses disagree ("maker" is a person
/// and a manufacturer).
pub fn noun_category(m: &Meaning) -> Option<NounCategory> {
    let mut found = None;
    for &s in m.salient.iter().filter(|&&s| synset_pos(s) == Pos::Noun) {
        let category = match lexfile(s) {
            NOUN_PERSON => NounCategory::Person,
            NOUN_GROUP => NounCategory::Group,
            NOUN_LOCATION => NounCategory::Location,
            _ => return None,
        };
        if found.is_some_and(|f| f != category) {
            return None;
        }
        found = Some(category);
    }
    found
}

/// See [`noun_category`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounCategory {
    Person,
    Group,
    Location,
}

/// Whether a word form may be a noun: "series", "drama", not "created".
pub fn may_be_noun(form: &str) -> bool {
    base_forms(form).iter().any(|&(_, pos)| pos == Pos::Noun)
}

/// Whether two meanings are the same: a sense that is the first of one word and a salient
/// one of the other, or a derivation between salient senses of the two.
pub fn equivalent(a: &Meaning, b: &Meaning) -> bool {
    shares(&a.primary, &b.salient)
        || shares(&b.primary, &a.salient)
        || family_reaches(a, b)
        || family_reaches(b, a)
}

/// Two nouns a few steps below one specific kind, neither a kind of the other, and not
/// people: a person can be several things at once (a lawyer and a senator).
fn siblings(a: &Meaning, b: &Meaning) -> bool {
    static PERSON: OnceLock<Option<u32>> = OnceLock::new();
    let person = *PERSON.get_or_init(|| {
        let l = lemma("person")?;
        senses(l).find(|s| s.pos == Pos::Noun).map(|s| s.synset)
    });
    let (pa, pb) = (a.parents(), b.parents());
    let is_person = |parents: &[u32]| parents.iter().any(|&p| Some(p) == person);
    if pa.is_empty() || pb.is_empty() || is_person(&pa) || is_person(&pb) {
        return false;
    }
    pa.iter()
        .any(|p| pb.contains(p) && depth(*p) >= MIN_SIBLING_PARENT_DEPTH)
}
