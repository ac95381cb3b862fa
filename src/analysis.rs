//! Reads a sentence or a claim into a sequence of items: the entities it names, titles,
//! values, negations and content words, each with its place in the text.
//!
//! Claims and article sentences go through the same reader, so that whatever the article
//! calls a thing, and however a student spells it, the two sides meet on the same items.

use std::sync::{Mutex, OnceLock};

use serde::{Deserialize, Serialize};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::lexicon::wordnet::{self, Meaning, SavedMeaning};
use crate::lexicon::{lexicon, normalize_title, Lexicon, Opposites, PlaceKind, WordClass};
use crate::store::entity::{Entity, EntityKind};
use crate::text::values::{read_value, Value};
use crate::text::{fuzzy, tokenize_borrowed, TokenRef as Token};

/// An interned string: every `Sym` of the same text is the same pointer, so comparing two
/// is comparing two pointers. Words, stems and roots of sentences and claims are `Sym`s; each
/// text is stored once for the life of the process.
#[derive(Clone, Copy, Eq)]
pub struct Sym(&'static str);

#[derive(Default)]
struct Interner {
    syms: HashSet<&'static str>,
    /// Lowercased word -> its reading: the stem, derivational root and synonym groups.
    words: HashMap<&'static str, WordInfo>,
}

fn interner() -> std::sync::MutexGuard<'static, Interner> {
    static INTERNER: OnceLock<Mutex<Interner>> = OnceLock::new();
    INTERNER
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

impl Interner {
    fn intern(&mut self, text: &str) -> Sym {
        if let Some(s) = self.syms.get(text) {
            return Sym(s);
        }
        let s: &'static str = Box::leak(text.into());
        self.syms.insert(s);
        Sym(s)
    }
}

impl Sym {
    pub fn new(text: &str) -> Sym {
        interner().intern(text)
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

/// A saved `Sym` is its text; read back, it is interned again.
impl Serialize for Sym {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Sym {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Sym, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Sym::new(&text))
    }
}

impl PartialEq for Sym {
    fn eq(&self, other: &Sym) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::hash::Hash for Sym {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.0.as_ptr() as usize).hash(h)
    }
}

impl std::ops::Deref for Sym {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Sym {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl std::fmt::Debug for Sym {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.0, f)
    }
}

impl std::fmt::Display for Sym {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for Sym {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Sym {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Sym {
    fn eq(&self, other: &String) -> bool {
        self.0 == other
    }
}

impl PartialEq<Sym> for str {
    fn eq(&self, other: &Sym) -> bool {
        self == other.0
    }
}

impl PartialEq<Sym> for &str {
    fn eq(&self, other: &Sym) -> bool {
        *self == other.0
    }
}

impl PartialEq<Sym> for String {
    fn eq(&self, other: &Sym) -> bool {
        self == other.0
    }
}

/// How the lexicon reads one lowercased word, worked out once per process.
#[derive(Clone, Copy)]
struct WordInfo {
    lower: Sym,
    stem: Sym,
    root: Sym,
    groups: &'static [u32],
    meaning: MeaningCell,
}

fn word_info(lower: &str, lex: &'static Lexicon) -> WordInfo {
    thread_local! {
        /// This thread's copy of the words it has read, to skip the shared interner's lock.
        static SEEN: std::cell::RefCell<HashMap<&'static str, WordInfo>> =
            std::cell::RefCell::new(HashMap::default());
    }
    if let Some(info) = SEEN.with(|m| m.borrow().get(lower).copied()) {
        return info;
    }
    let info = shared_word_info(lower, lex);
    SEEN.with(|m| m.borrow_mut().insert(info.lower.0, info));
    info
}

fn shared_word_info(lower: &str, lex: &'static Lexicon) -> WordInfo {
    if let Some(info) = interner().words.get(lower) {
        return *info;
    }
    let stem = lex.stem(lower);
    let groups = lex.groups(&stem);
    let root = crate::text::stem::derivational_root(&stem);
    let mut int = interner();
    let info = WordInfo {
        lower: int.intern(lower),
        root: int.intern(root),
        stem: int.intern(&stem),
        groups,
        meaning: MeaningCell(Box::leak(Box::default())),
    };
    int.words.insert(info.lower.0, info);
    info
}

/// The stem of one lowercased word, from the words already read (stemmed once per process).
pub fn stem_of_word(lower: &str) -> Sym {
    word_info(lower, lexicon()).stem
}

/// The stem of one lowercased word and the stem's derivational root, as [`stem_of_word`].
pub fn stem_and_root_of_word(lower: &str) -> (Sym, Sym) {
    let info = word_info(lower, lexicon());
    (info.stem, info.root)
}

impl Slot {
    /// A content word, read as the lexicon reads `lower` (stem, root, synonym groups).
    pub fn content_word(lower: &str) -> Slot {
        let info = word_info(lower, lexicon());
        Slot::Word {
            stem: info.stem,
            root: info.root,
            groups: info.groups,
            lower: info.lower,
            content: true,
            meaning: info.meaning,
        }
    }
}

impl Slot {
    /// Gives a word read back from a saved store its synonym groups, which are not saved.
    pub fn regroup(&mut self, lex: &'static Lexicon) {
        if let Slot::Word {
            stem,
            groups,
            lower,
            meaning,
            ..
        } = self
        {
            *groups = lex.groups(stem);
            *meaning = word_info(lower.as_str(), lex).meaning;
        }
    }
}

/// What one stretch of text means to the checker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Slot {
    /// A named thing. `id` is its index in the store, `None` for a name the article never uses.
    Entity {
        id: Option<usize>,
        name: String,
        kind: EntityKind,
        /// The country a place is in (Kuala Lumpur -> Malaysia), from the lexicon or the store.
        country: Option<String>,
        /// Written as a demonym ("Japanese") rather than a name.
        demonym: bool,
    },
    /// An office, normalised ("first vice foreign minister").
    Title(String),
    Value(#[serde(with = "crate::text::values::ValueByPosition")] Value),
    Word {
        /// The stem (irregular forms resolved: sent -> send), or a phrase's stems.
        stem: Sym,
        /// The stem's derivational root (maker -> make, election -> elect).
        root: Sym,
        /// The synonym groups it belongs to: words sharing one mean the same. Always the
        /// lexicon's groups of `stem`, so a saved store leaves them out ([`Slot::regroup`]).
        #[serde(skip)]
        groups: &'static [u32],
        lower: Sym,
        /// False for function words (the, of, in), which only give context.
        content: bool,
        /// WordNet's reading of `lower`, shared by every item of the word and worked out
        /// when first asked for ([`Item::meaning`]); not saved, as `groups`.
        #[serde(skip)]
        meaning: MeaningCell,
    },
    Negation,
    /// A comma, bracket, colon or dash: a boundary for appositions and clauses.
    Break,
    /// A possessive 's.
    Possessive,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub slot: Slot,
    pub start: usize,
    pub end: usize,
}

impl Item {
    pub fn entity_id(&self) -> Option<usize> {
        match &self.slot {
            Slot::Entity { id, .. } => *id,
            _ => None,
        }
    }

    pub fn is_content(&self) -> bool {
        match &self.slot {
            Slot::Word { content, .. } => *content,
            Slot::Break | Slot::Possessive => false,
            _ => true,
        }
    }

    pub fn word_lower(&self) -> Option<&str> {
        match &self.slot {
            Slot::Word { lower, .. } => Some(lower.as_str()),
            _ => None,
        }
    }

    /// Whether two items are words of the same meaning (equal stems or a shared synonym group).
    #[inline]
    pub fn same_word(&self, other: &Item) -> bool {
        let (
            Slot::Word {
                stem: a,
                root: ra,
                groups: ga,
                ..
            },
            Slot::Word {
                stem: b,
                root: rb,
                groups: gb,
                ..
            },
        ) = (&self.slot, &other.slot)
        else {
            return false;
        };
        a == b
            || ga.iter().any(|g| gb.contains(g))
            // maker / make, researchers / research (roots share their first letter)
            || (ra == rb && a.len() >= 4 && b.len() >= 4 && a.as_bytes()[0] == b.as_bytes()[0])
    }

    pub fn stem(&self) -> Option<&str> {
        match &self.slot {
            Slot::Word { stem, .. } => Some(stem.as_str()),
            _ => None,
        }
    }

    /// What WordNet says this content word means (empty for other items and unknown words).
    pub fn meaning(&self) -> &'static Meaning {
        match &self.slot {
            Slot::Word {
                lower,
                content: true,
                meaning,
                ..
            } => meaning.get(*lower),
            _ => Meaning::empty(),
        }
    }

    /// What this word is the opposite of, by the word lists (worked out once, for comparing
    /// it with many words) or by WordNet.
    pub fn opposites<'l>(&self, lex: &'l Lexicon) -> ItemOpposites<'l> {
        ItemOpposites {
            lists: self.stem().map(|s| lex.opposites(s)),
            meaning: self.meaning(),
        }
    }
}

/// What one word is the opposite of ([`Item::opposites`]).
pub struct ItemOpposites<'l> {
    lists: Option<Opposites<'l>>,
    meaning: &'static Meaning,
}

impl ItemOpposites<'_> {
    /// Whether `other` is an opposite: "rejected" of "approved" (synonyms of the lists'
    /// opposites included), "cheap" of "expensive".
    pub fn include(&self, other: &Item) -> bool {
        let listed = match (&self.lists, other.stem()) {
            (Some(lists), Some(stem)) => lists.include(stem),
            _ => false,
        };
        listed || wordnet::opposite(self.meaning, other.meaning())
    }
}

/// Where a word's WordNet reading is kept once worked out: one cell per distinct word, which
/// every item of the word points to, so the checker reaches it without a lookup.
#[derive(Clone, Copy)]
pub struct MeaningCell(&'static OnceLock<&'static Meaning>);

impl MeaningCell {
    fn get(self, lower: Sym) -> &'static Meaning {
        self.0.get_or_init(|| keep(Meaning::of(lower.as_str())))
    }
}

impl Default for MeaningCell {
    /// A cell for a phrase of the synonym lists, which WordNet does not read.
    fn default() -> MeaningCell {
        static NONE: OnceLock<&'static Meaning> = OnceLock::new();
        NONE.get_or_init(Meaning::empty);
        MeaningCell(&NONE)
    }
}

/// Every item of a word has the same cell: nothing to compare.
impl PartialEq for MeaningCell {
    fn eq(&self, _: &MeaningCell) -> bool {
        true
    }
}

impl std::fmt::Debug for MeaningCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("..")
    }
}

fn keep(meaning: Meaning) -> &'static Meaning {
    if meaning.is_empty() {
        Meaning::empty()
    } else {
        Box::leak(Box::new(meaning))
    }
}

/// WordNet's reading of a lowercased word, worked out once per process (as an item's is).
pub fn word_meaning(lower: &str) -> &'static Meaning {
    let info = word_info(lower, lexicon());
    info.meaning.get(info.lower)
}

/// The WordNet readings of every content word of `items`, for saving with a store.
pub fn saved_meanings<'a>(items: impl Iterator<Item = &'a Item>) -> Vec<(String, SavedMeaning)> {
    let mut words: Vec<Sym> = items
        .filter_map(|it| match &it.slot {
            Slot::Word {
                lower,
                content: true,
                ..
            } => Some(*lower),
            _ => None,
        })
        .collect();
    words.sort_unstable_by_key(|w| w.0);
    words.dedup();
    words
        .into_iter()
        .filter_map(|w| {
            let m = word_meaning(w.as_str());
            (!m.is_empty()).then(|| (w.0.to_string(), m.save()))
        })
        .collect()
}

/// Takes readings saved with a store (see [`saved_meanings`]) as this process's own.
pub fn remember_meanings(saved: Vec<(String, SavedMeaning)>) {
    let lex = lexicon();
    for (word, m) in saved {
        let cell = word_info(&word, lex).meaning;
        // Already worked out in this process: the same reading.
        let _ = cell.0.set(keep(Meaning::restore(m)));
    }
}

/// Claims are typed by students: lowercase names and small typos are read generously.
/// Article text is read as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Article,
    Claim,
}

/// Finds the store's entities by any of their names.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct AliasIndex {
    /// First lowercased word of a name -> (all its lowercased words, entity, whether it is an
    /// acronym that must be written in capitals).
    #[serde(with = "crate::store::sorted_map")]
    by_first: HashMap<String, Vec<(Vec<String>, usize, bool)>>,
    /// Every single word of every name, for typo matching: (word, entity), by first letter.
    #[serde(with = "crate::store::sorted_map")]
    name_words: HashMap<char, Vec<(String, usize)>>,
}

fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase())
}

impl AliasIndex {
    pub fn new(entities: &[Entity]) -> AliasIndex {
        let mut index = AliasIndex::default();
        for (id, e) in entities.iter().enumerate() {
            for name in e.names() {
                let words: Vec<String> = crate::text::words(name)
                    .iter()
                    .map(|w| w.to_lowercase())
                    .collect();
                let Some(first) = words.first().cloned() else {
                    continue;
                };
                let acronym = is_acronym(name);
                if words.len() == 1 && !acronym {
                    index.add_name_word(&first, id);
                }
                let list = index.by_first.entry(first).or_default();
                if !list.iter().any(|(w, i, _)| *w == words && *i == id) {
                    list.push((words, id, acronym));
                }
            }
            if e.kind == EntityKind::Person {
                for w in crate::text::words(&e.name) {
                    index.add_name_word(&w.to_lowercase(), id);
                }
            }
        }
        for list in index.by_first.values_mut() {
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
        index
    }

    /// The longest name starting at word `i`: (entity, words used).
    fn longest_at(
        &self,
        words: &[&Token],
        lw: &[String],
        i: usize,
        mode: Mode,
    ) -> Option<(usize, usize)> {
        let list = self.by_first.get(&lw[i])?;
        for (name, id, acronym) in list {
            if i + name.len() > words.len() {
                continue;
            }
            let matches = name.iter().enumerate().all(|(k, w)| lw[i + k] == *w);
            if !matches {
                continue;
            }
            // "US" the country, not "us" the pronoun.
            if *acronym
                && !words[i]
                    .text
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            {
                continue;
            }
            // In the article a name is capitalised; a student may not bother.
            if mode == Mode::Article && !words[i].is_capitalized() {
                continue;
            }
            return Some((*id, name.len()));
        }
        None
    }

    /// The one entity with a name that these words spell, up to a typo in each, from its
    /// start or ending with its last word ("Elena Vazquez", "Vazquez" for "Elena Vasquez").
    fn fuzzy_name(&self, run: &[String]) -> Option<usize> {
        let mut found = None;
        for (name, id, _) in self.by_first.values().flatten() {
            if run.len() > name.len() {
                continue;
            }
            // Each word up to a typo; beside a word spelt right, a short word may be off by
            // one letter too ("Susan Parks" for "Susan Park").
            let alike = |a: &[String], b: &[String]| {
                let one_exact = a.len() >= 2 && a.iter().zip(b).any(|(x, y)| x == y);
                a.iter().zip(b).all(|(x, y)| {
                    fuzzy::close_enough_lower(x, y)
                        || (one_exact
                            && x.len().min(y.len()) >= 4
                            && x.as_bytes()[0] == y.as_bytes()[0]
                            && fuzzy::edit_distance(x, y) == 1)
                })
            };
            let whole = run.len() == name.len() && alike(run, name);
            let ending = alike(run, &name[name.len() - run.len()..]);
            if whole || ending {
                match found {
                    Some(f) if f != *id => return None,
                    _ => found = Some(*id),
                }
            }
        }
        found
    }

    fn add_name_word(&mut self, word: &str, id: usize) {
        if let Some(c) = word.chars().next() {
            self.name_words
                .entry(c)
                .or_default()
                .push((word.to_string(), id));
        }
    }

    /// The entity one of whose names is exactly this single word, if only one has it.
    fn single_word_entity(&self, lower: &str) -> Option<usize> {
        let list = self.by_first.get(lower)?;
        let ids: Vec<usize> = list
            .iter()
            .filter(|(w, _, _)| w.len() == 1)
            .map(|(_, id, _)| *id)
            .collect();
        match ids.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// An entity whose name word is `word` up to a typo (Rubbio -> Rubio), if exactly one is.
    fn fuzzy_word(&self, word: &str) -> Option<usize> {
        let mut found: Option<usize> = None;
        let lower = word.to_lowercase();
        let same_initial = lower.chars().next().and_then(|c| self.name_words.get(&c));
        for (w, id) in same_initial.into_iter().flatten() {
            if *w != lower && fuzzy::close_enough_lower(&lower, w) {
                match found {
                    Some(f) if f != *id => return None,
                    _ => found = Some(*id),
                }
            }
        }
        found
    }
}

/// Whether a lowercased word could start or continue a name when capitalised.
fn name_word(t: &Token) -> bool {
    t.is_word() && t.is_capitalized() && t.text != "'s"
}

/// The longest title at word `i`: optional modifiers, then a base title.
/// Returns the normalised title and the number of words used.
pub fn title_at(lw: &[String], i: usize, lex: &Lexicon) -> Option<(String, usize)> {
    const MAX_TITLE_WORDS: usize = 6;
    let mut best: Option<(String, usize)> = None;
    let mut k = i;
    // The normalised candidates at `k`, longest first: as normalising plain words (letters,
    // digits, hyphens) is word by word, each is a prefix of the longest, built once.
    let mut joined = String::new();
    let mut ends = [0usize; MAX_TITLE_WORDS + 1];
    loop {
        let may_start = k < lw.len() && lex.may_start_title(&lw[k]);
        let longest = MAX_TITLE_WORDS.min(lw.len().saturating_sub(k));
        let plain = may_start
            && lw[k..k + longest]
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
        if plain {
            joined.clear();
            for (n, w) in lw[k..k + longest].iter().enumerate() {
                if n > 0 {
                    joined.push(' ');
                }
                joined.push_str(crate::lexicon::normalize_title_word(w));
                ends[n + 1] = joined.len();
            }
        }
        for len in (1..=MAX_TITLE_WORDS).rev() {
            if !may_start || k + len > lw.len() {
                continue;
            }
            let found = if plain {
                lex.titles.contains(&joined[..ends[len]])
            } else {
                lex.titles
                    .contains(&normalize_title(&lw[k..k + len].join(" ")))
            };
            if found {
                let total = k + len - i;
                if best.as_ref().is_none_or(|b| total > b.1) {
                    best = Some((normalize_title(&lw[i..k + len].join(" ")), total));
                }
                break;
            }
        }
        if k < lw.len() && lex.title_modifiers.contains(&lw[k]) && k - i < 4 {
            k += 1;
        } else {
            break;
        }
    }
    best
}

/// A place, country, region or demonym from the lexicon at word `i`: (slot, words used).
fn lexicon_place_at(
    words: &[&Token],
    lw: &[String],
    i: usize,
    mode: Mode,
    lex: &Lexicon,
) -> Option<(Slot, usize)> {
    if (mode == Mode::Article && !words[i].is_capitalized()) || !lex.may_start_place(&lw[i]) {
        return None;
    }
    // The phrases of 5 words down to 1 are prefixes of the longest, built once.
    let longest = 5.min(lw.len() - i);
    let mut joined = String::new();
    let mut ends = [0usize; 6];
    for (n, t) in words[i..i + longest].iter().enumerate() {
        if n > 0 {
            joined.push(' ');
        }
        joined.push_str(&t.text);
        ends[n + 1] = joined.len();
    }
    for len in (1..=5).rev() {
        if i + len > lw.len() {
            continue;
        }
        let phrase = &joined[..ends[len]];
        // "us", "in", "me" are not the US, India's code or Maine.
        if len == 1 && lw[i].len() <= 3 && !is_acronym(&words[i].text) {
            continue;
        }
        if let Some(place) = lex.place(phrase) {
            let kind = match place.kind {
                PlaceKind::Country => EntityKind::Country,
                PlaceKind::Capital | PlaceKind::City => EntityKind::Place,
                PlaceKind::Region => EntityKind::Organisation,
            };
            let slot = Slot::Entity {
                id: None,
                name: place.name.to_string(),
                kind,
                country: place.country.map(str::to_string),
                demonym: false,
            };
            return Some((slot, len));
        }
        if let Some(country) = lex.demonym_country(phrase) {
            let slot = Slot::Entity {
                id: None,
                name: country.to_string(),
                kind: EntityKind::Country,
                country: Some(country.to_string()),
                demonym: true,
            };
            return Some((slot, len));
        }
    }
    None
}

/// Reads text into items. `entities` are the store's, indexed by `index`.
pub fn analyse(text: &str, index: &AliasIndex, entities: &[Entity], mode: Mode) -> Vec<Item> {
    analyse_inner(text, index, entities, mode, false, &mut Memo::Off)
}

/// Reads an article sentence with the store's names, reusing what its first reading
/// ([`analyse_for_names`]) found each word to be where no name is involved.
pub fn analyse_again(
    text: &str,
    index: &AliasIndex,
    entities: &[Entity],
    first: Option<PlainReadings>,
) -> Vec<Item> {
    match first {
        Some(mut readings) => analyse_inner(
            text,
            index,
            entities,
            Mode::Article,
            false,
            &mut Memo::Replay(&mut readings),
        ),
        None => analyse(text, index, entities, Mode::Article),
    }
}

/// Reads an article sentence for the names it uses, before the store has any: the items of a
/// stretch between breaks with no capitalised word are left out (only a capitalised word
/// starts a name in an article, and a name never runs across a break). With `keep`, also
/// returns the plain readings, for [`analyse_again`].
pub fn analyse_for_names(text: &str, keep: bool) -> (Vec<Item>, Option<PlainReadings>) {
    let mut readings = PlainReadings::default();
    let mut memo = if keep {
        Memo::Record(&mut readings)
    } else {
        Memo::Off
    };
    let items = analyse_inner(
        text,
        &AliasIndex::default(),
        &[],
        Mode::Article,
        true,
        &mut memo,
    );
    readings.sort();
    (items, keep.then_some(readings))
}

/// What a stretch of words reads as when no name of the store is looked up: a title, a
/// place from the lexicon (not yet matched to the store), a value, an unknown name or a word.
#[derive(Debug, Clone)]
struct PlainReading {
    slot: Slot,
    used: usize,
    /// A lexicon place, to be matched to the store's entity of that name.
    from_lexicon: bool,
}

/// The plain readings of one article sentence, by word position. An article is read twice:
/// once to find its names, then with them. Everything but the names reads the same both
/// times, so the first reading keeps it for the second.
#[derive(Debug, Default)]
pub struct PlainReadings {
    /// Where the first reading found a single word that starts nothing longer: most words,
    /// and quick to make again, so only that is kept (a long article's readings stay small).
    single_word: Vec<bool>,
    /// The other readings, by position once the first reading is done.
    others: Vec<(usize, Option<PlainReading>)>,
}

impl PlainReadings {
    fn keep(&mut self, position: usize, reading: &PlainReading) {
        if matches!(reading.slot, Slot::Word { .. }) && reading.used == 1 {
            if self.single_word.len() <= position {
                self.single_word.resize(position + 1, false);
            }
            self.single_word[position] = true;
        } else {
            self.others.push((position, Some(reading.clone())));
        }
    }

    /// Puts the other readings in position order, for [`PlainReadings::take`]. (A name after
    /// an honorific is read before the honorific, and a position may be read twice.)
    fn sort(&mut self) {
        self.others.sort_by_key(|(position, _)| *position);
        self.others.dedup_by_key(|(position, _)| *position);
    }

    /// The reading kept for word `i` (its lowercased form `lower`), once.
    fn take(
        &mut self,
        position: usize,
        lower: &str,
        lex: &'static Lexicon,
    ) -> Option<PlainReading> {
        if self.single_word.get(position) == Some(&true) {
            self.single_word[position] = false;
            return Some(PlainReading {
                slot: single_word(lower, lex),
                used: 1,
                from_lexicon: false,
            });
        }
        let k = self
            .others
            .binary_search_by_key(&position, |(p, _)| *p)
            .ok()?;
        self.others[k].1.take()
    }
}

/// Whether this reading keeps plain readings, reuses them, or neither.
enum Memo<'a> {
    Off,
    Record(&'a mut PlainReadings),
    Replay(&'a mut PlainReadings),
}

fn analyse_inner(
    text: &str,
    index: &AliasIndex,
    entities: &[Entity],
    mode: Mode,
    names_only: bool,
    memo: &mut Memo,
) -> Vec<Item> {
    let lex = lexicon();
    let prepared: std::borrow::Cow<str> = if text.contains('%') {
        text.replace('%', " percent").into()
    } else {
        text.into()
    };
    let tokens = tokenize_borrowed(&prepared);
    // Offsets must point into `text`; "%" -> " percent" shifts them, so map back when it occurs.
    let shift = |pos: usize| -> usize {
        if prepared.len() == text.len() {
            return pos;
        }
        let before = &prepared[..pos.min(prepared.len())];
        let extra = before.matches(" percent").count() * (" percent".len() - 1);
        pos.saturating_sub(extra).min(text.len())
    };
    let word_tokens: Vec<&Token> = tokens.iter().filter(|t| t.is_word()).collect();
    let mut items = Vec::with_capacity(word_tokens.len() + 8);
    // The lowercased words, written into strings kept from the last sentence read.
    let mut pool = LOWER_POOL.with(|p| std::mem::take(&mut *p.borrow_mut()));
    if pool.len() < word_tokens.len() {
        pool.resize_with(word_tokens.len(), String::new);
    }
    for (buf, t) in pool.iter_mut().zip(&word_tokens) {
        buf.clear();
        if t.text.is_ascii() {
            buf.extend(t.text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            let lower = t.lower();
            if lower.contains('\u{2019}') {
                buf.push_str(&lower.replace('\u{2019}', "'"));
            } else {
                buf.push_str(&lower);
            }
        }
    }
    let lw: &[String] = &pool[..word_tokens.len()];
    // For each word, whether a break (comma, bracket) precedes it.
    let mut breaks_before = vec![false; word_tokens.len() + 1];
    {
        let mut wi = 0;
        for t in &tokens {
            if t.is_word() {
                wi += 1;
            } else if matches!(
                &*t.text,
                "," | "("
                    | ")"
                    | ";"
                    | ":"
                    | "\u{2014}"
                    | "\u{2013}"
                    | "-"
                    | "\""
                    | "\u{201c}"
                    | "\u{201d}"
            ) {
                breaks_before[wi] = true;
            }
        }
    }
    // Names, titles and values never run across punctuation, so each stretch between
    // breaks is read on its own.
    let mut seg_start = 0;
    while seg_start < word_tokens.len() {
        let mut seg_end = seg_start + 1;
        while seg_end < word_tokens.len()
            && (!breaks_before[seg_end] || year_after_comma(lw, seg_end))
        {
            seg_end += 1;
        }
        if seg_start > 0 {
            let pos = shift(word_tokens[seg_start].start);
            items.push(Item {
                slot: Slot::Break,
                start: pos,
                end: pos,
            });
        }
        let seg_words = &word_tokens[seg_start..seg_end];
        let seg_lw = &lw[seg_start..seg_end];
        if names_only && !seg_words.iter().any(|t| t.is_capitalized()) {
            seg_start = seg_end;
            continue;
        }
        let mut reader = Reader {
            words: seg_words,
            lw: seg_lw,
            offset: seg_start,
            index,
            entities,
            mode,
            lex,
            memo: &mut *memo,
        };
        let mut i = 0;
        while i < seg_words.len() {
            let (slot, used) = reader.read_slot(i);
            let start = shift(seg_words[i].start);
            let end = shift(seg_words[i + used - 1].end);
            items.push(Item { slot, start, end });
            i += used;
        }
        seg_start = seg_end;
    }
    LOWER_POOL.with(|p| *p.borrow_mut() = pool);
    items
}

thread_local! {
    /// Strings for the lowercased words of a sentence, reused from one sentence to the next.
    static LOWER_POOL: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn entity_slot(e: &Entity, id: usize) -> Slot {
    Slot::Entity {
        id: Some(id),
        name: e.name.clone(),
        kind: e.kind,
        country: e.country.clone(),
        demonym: false,
    }
}

/// Reads the words of one stretch between breaks into slots.
struct Reader<'r, 'm> {
    /// The stretch's words and their lowercased forms.
    words: &'r [&'r Token<'r>],
    lw: &'r [String],
    /// Where the stretch starts in the sentence, for the plain readings kept by position.
    offset: usize,
    index: &'r AliasIndex,
    entities: &'r [Entity],
    mode: Mode,
    lex: &'static Lexicon,
    memo: &'r mut Memo<'m>,
}

impl Reader<'_, '_> {
    /// The slot at word `i` and how many words it uses.
    fn read_slot(&mut self, i: usize) -> (Slot, usize) {
        let (words, lw, lex) = (self.words, self.lw, self.lex);
        let w = lw[i].as_str();
        if w == "'s" {
            return (Slot::Possessive, 1);
        }
        // "failed to", "has yet to", "refused to": one negation each.
        if let Some(p) = lex.negation_phrases.match_at(lw, i).filter(|p| p.len() > 1) {
            return (Slot::Negation, p.len());
        }
        if lex.is_negation(w) {
            return (Slot::Negation, 1);
        }
        // "Mr Okafor", "Dr. Berger": the honorific belongs to the name that follows.
        if lex.is_honorific(w) && words.get(i + 1).is_some_and(|t| name_word(t)) {
            if let (
                Slot::Entity {
                    id,
                    name,
                    kind,
                    country,
                    demonym,
                },
                used,
            ) = self.read_slot(i + 1)
            {
                let kind = if id.is_none() {
                    EntityKind::Person
                } else {
                    kind
                };
                let slot = Slot::Entity {
                    id,
                    name,
                    kind,
                    country,
                    demonym,
                };
                return (slot, used + 1);
            }
        }
        let Some((id, used)) = self.index.longest_at(words, lw, i, self.mode) else {
            let plain = self.plain_reading(i);
            let slot = if plain.from_lexicon {
                resolve_lexicon_entity(plain.slot, self.index, self.entities)
            } else {
                plain.slot
            };
            return (slot, plain.used);
        };
        // Titles before names: "First Vice Foreign Minister" is an office, not the ordinal 1.
        // A capitalised title word that is really a name in the store ("General Motors") loses.
        if let Some((title, title_used)) = title_at(lw, i, lex).filter(|(_, n)| used < *n) {
            return (Slot::Title(title), title_used);
        }
        // The lexicon may know a longer name starting here ("North Korea" vs a stored "North").
        let lexicon_longer =
            lexicon_place_at(words, lw, i, self.mode, lex).filter(|(_, n)| *n > used);
        if let Some((slot, n)) = lexicon_longer {
            return (resolve_lexicon_entity(slot, self.index, self.entities), n);
        }
        let mut slot = entity_slot(&self.entities[id], id);
        // "Swedish" names Sweden but, as an adjective, describes something else.
        if let Slot::Entity { demonym, .. } = &mut slot {
            *demonym = used == 1 && lex.demonym_country(w).is_some();
        }
        (slot, used)
    }

    /// The plain reading at word `i`: kept from the first reading of the sentence when there
    /// is one, else worked out (and kept, on the first reading).
    fn plain_reading(&mut self, i: usize) -> PlainReading {
        let position = self.offset + i;
        if let Memo::Replay(readings) = self.memo {
            if let Some(kept) = readings.take(position, &self.lw[i], self.lex) {
                return kept;
            }
        }
        let reading = self.read_plain(i);
        if let Memo::Record(readings) = self.memo {
            readings.keep(position, &reading);
        }
        reading
    }

    /// What word `i` reads as when it does not start one of the store's names. In an article
    /// this never looks at the store; a claim may still name an entity with a typo.
    fn read_plain(&self, i: usize) -> PlainReading {
        let (words, lw, lex) = (self.words, self.lw, self.lex);
        let (index, entities, mode) = (self.index, self.entities, self.mode);
        let at_sentence_start = self.offset + i == 0;
        let w = lw[i].as_str();
        let plain = |slot, used| PlainReading {
            slot,
            used,
            from_lexicon: false,
        };
        if let Some((title, used)) = title_at(lw, i, lex) {
            return plain(Slot::Title(title), used);
        }
        if let Some((slot, used)) = lexicon_place_at(words, lw, i, mode, lex) {
            return PlainReading {
                slot,
                used,
                from_lexicon: true,
            };
        }
        if let Some((value, used)) = read_value(lw, i, lex) {
            return plain(Slot::Value(value), used);
        }
        // A misspelt name of several words ("Castelan Systems") is matched as a whole first.
        if mode == Mode::Claim && name_word(words[i]) && !lex.is_stopword(w) {
            let used = name_run_length(words, lw, i, lex);
            if used >= 2 {
                if let Some(id) = index.fuzzy_name(&lw[i..i + used]) {
                    return plain(entity_slot(&entities[id], id), used);
                }
            }
        }
        if mode == Mode::Claim && w.chars().count() >= 5 {
            if let Some(id) = index.fuzzy_word(w) {
                // A typo in a multi-word name: take the following words of the name too.
                let name_len = entities[id]
                    .names()
                    .map(crate::text::words)
                    .find(|ws| ws.iter().any(|x| fuzzy::close_enough(&words[i].text, x)))
                    .map(|ws| ws.len())
                    .unwrap_or(1);
                let mut used = 1;
                while used < name_len
                    && i + used < words.len()
                    && entities[id].names().any(|n| {
                        crate::text::words(n)
                            .iter()
                            .any(|x| fuzzy::close_enough(&words[i + used].text, x))
                    })
                {
                    used += 1;
                }
                return plain(entity_slot(&entities[id], id), used);
            }
        }
        // An unknown name: a run of capitalised words that is not the first word of a sentence.
        if name_word(words[i]) && !lex.is_stopword(w) {
            let used = name_run_length(words, lw, i, lex);
            // A lone capitalised first word is just the start of the sentence.
            let sentence_opener = at_sentence_start && used == 1;
            if !sentence_opener && lex.month(w).is_none() && lex.weekday(w).is_none() {
                let name = words[i..i + used]
                    .iter()
                    .map(|t| &*t.text)
                    .collect::<Vec<_>>()
                    .join(" ");
                // "Tatum O'Neal" where the article only says "O'Neal": a claim may give the full
                // name of someone the article names by surname; "Elena Vazquez" misspells one.
                if mode == Mode::Claim {
                    let found = (used >= 2)
                        .then(|| index.single_word_entity(&lw[i + used - 1]))
                        .flatten()
                        .or_else(|| index.fuzzy_name(&lw[i..i + used]));
                    if let Some(id) = found {
                        return plain(entity_slot(&entities[id], id), used);
                    }
                }
                let kind = guess_kind(&name, lex);
                return plain(
                    Slot::Entity {
                        id: None,
                        name,
                        kind,
                        country: None,
                        demonym: false,
                    },
                    used,
                );
            }
        }
        // Multi-word synonyms: "stand in for" -> represent.
        let first = word_info(w, lex);
        let longest_phrase = if lex.may_start_phrase(&first.stem) {
            lex.max_phrase_words.min(lw.len() - i)
        } else {
            1
        };
        // The candidate phrases, longest first, are prefixes of the longest: built once.
        let mut stems = String::new();
        let mut ends = Vec::with_capacity(longest_phrase + 1);
        if longest_phrase >= 2 {
            for (n, x) in lw[i..i + longest_phrase].iter().enumerate() {
                if n > 0 {
                    stems.push(' ');
                }
                stems.push_str(&word_info(x, lex).stem);
                ends.push(stems.len());
            }
        }
        for len in (2..=longest_phrase).rev() {
            let phrase = &stems[..ends[len - 1]];
            if lex.has_synonym_entry(phrase) {
                let groups = lex.groups(phrase);
                let root = Sym::new(crate::text::stem::derivational_root(phrase));
                return plain(
                    Slot::Word {
                        stem: Sym::new(phrase),
                        root,
                        groups,
                        lower: Sym::new(&lw[i..i + len].join(" ")),
                        content: true,
                        meaning: MeaningCell::default(),
                    },
                    len,
                );
            }
        }
        if let Some(slot) = phrasal_verb(lw, i, lex) {
            return plain(slot, 2);
        }
        plain(word_slot(first, lex), 1)
    }
}

/// A verb and its particle, or a verb and the noun of a collocation, that WordNet lists as one
/// verb ("stepped down" = resigned, "called off" = cancelled, "gave way" = collapsed), read as
/// one word whose meaning is WordNet's.
fn phrasal_verb(lw: &[String], i: usize, lex: &'static Lexicon) -> Option<Slot> {
    let (verb, particle) = (lw.get(i)?, lw.get(i + 1)?);
    let joins = lex.is(WordClass::VerbParticles, particle)
        || lex.is(WordClass::VerbCollocationNouns, particle);
    if !joins || !wordnet::is_phrasal_verb(verb, particle) {
        return None;
    }
    let lower = format!("{verb} {particle}");
    let info = word_info(&lower, lex);
    let stem = Sym::new(&format!(
        "{} {particle}",
        word_info(verb, lex).stem.as_str()
    ));
    Some(Slot::Word {
        stem,
        root: stem,
        groups: lex.groups(stem.as_str()),
        lower: info.lower,
        content: true,
        meaning: info.meaning,
    })
}

/// The slot of one word that starts nothing longer (a name, an office, a value, a phrase).
fn single_word(lower: &str, lex: &'static Lexicon) -> Slot {
    word_slot(word_info(lower, lex), lex)
}

/// [`single_word`] for a word already looked up.
fn word_slot(info: WordInfo, lex: &'static Lexicon) -> Slot {
    let lower = info.lower.as_str();
    // Modal verbs carry modality, which the claim reader notes; they are not content.
    let modal = lex.is(WordClass::Modal, lower);
    Slot::Word {
        stem: info.stem,
        root: info.root,
        groups: info.groups,
        lower: info.lower,
        content: !lex.is_stopword(lower) && !modal,
        meaning: info.meaning,
    }
}

/// How many words a capitalised name starting at `i` runs for. "of" and "for" may join
/// capitalised words ("Bank of England"); months and weekdays end a name.
fn name_run_length(words: &[&Token], lw: &[String], i: usize, lex: &Lexicon) -> usize {
    let continues = |k: usize| {
        k < words.len()
            && name_word(words[k])
            && !lex.is_stopword(&lw[k])
            && lex.month(&lw[k]).is_none()
            && lex.weekday(&lw[k]).is_none()
    };
    let mut used = 1;
    loop {
        if continues(i + used) {
            used += 1;
        } else if matches!(lw.get(i + used).map(String::as_str), Some("of" | "for"))
            && continues(i + used + 1)
        {
            used += 2;
        } else {
            return used;
        }
    }
}

/// "August 1, 2025": the comma before a year does not end the date.
fn year_after_comma(lw: &[String], k: usize) -> bool {
    k > 0
        && lw[k - 1].chars().all(|c| c.is_ascii_digit())
        && lw[k].len() == 4
        && lw[k].chars().all(|c| c.is_ascii_digit())
}

/// A lexicon place the article also names becomes the store's entity.
fn resolve_lexicon_entity(slot: Slot, index: &AliasIndex, entities: &[Entity]) -> Slot {
    if let Slot::Entity { name, demonym, .. } = &slot {
        let lower = name.to_lowercase();
        let words: Vec<String> = lower.split_whitespace().map(str::to_string).collect();
        if let Some(list) = words.first().and_then(|f| index.by_first.get(f)) {
            for (w, id, _) in list {
                if *w == words {
                    let mut s = entity_slot(&entities[*id], *id);
                    if let Slot::Entity { demonym: d, .. } = &mut s {
                        *d = *demonym;
                    }
                    return s;
                }
            }
        }
    }
    slot
}

/// The kind of an unknown capitalised name, from its words.
pub fn guess_kind(name: &str, lex: &Lexicon) -> EntityKind {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    if words.iter().any(|w| lex.is_org_keyword(w)) {
        EntityKind::Organisation
    } else if lex.is_place_keyword(last) {
        EntityKind::Place
    } else if is_acronym(name) {
        EntityKind::Organisation
    } else if words.len() >= 2 && words.len() <= 4 && !lex.is_event_keyword(last) {
        EntityKind::Person
    } else {
        EntityKind::Other
    }
}
