//! General English knowledge, from the word lists in `data/`.
//!
//! Nothing here is about one article: countries and their capitals, titles, verb forms,
//! synonyms and opposites, cue words for negation and modality, months and number words.
//! The build script reads the lists (`source.rs`) and writes them out as static tables
//! (`emit.rs`): hash tables compiled into the binary, made of numbers rather than pointers.
//! A process searches them in place, so starting one costs nothing (not even relocating
//! them), and the binaries need no file beside them. `words.rs` holds the splitting and
//! stemming both sides share, `hash.rs` the hash both sides place keys by.

mod hash;
pub mod wordnet;
/// The compiled WordNet table's layout, shared with the build script that writes it.
pub mod wordnet_blob;
pub mod words;

pub use words::{normalize_title, normalize_title_word, WordClass};

use std::sync::OnceLock;

use crate::text::phrases::PhraseSet;
use words::{stem_phrase, stem_with};

/// The generated tables (see `build.rs`).
mod tables {
    use super::{Country, PlaceEntry, PlaceKind, Span, Table, Text};
    include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));
}

/// A string of the tables, by its place in their one text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Text(u32, u32);

impl Text {
    pub(crate) fn get(self) -> &'static str {
        let start = self.0 as usize;
        &tables::TEXT[start..start + self.1 as usize]
    }

    /// Whether this is `key`: lengths first, then bytes (no need to find a char boundary).
    fn is(self, key: &[u8]) -> bool {
        let start = self.0 as usize;
        self.1 as usize == key.len() && &tables::TEXT.as_bytes()[start..start + key.len()] == key
    }
}

/// A stretch of one of the tables' pools (`U32S`, `TEXTS`, `PHRASES`): start and length.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span(u32, u32);

impl Span {
    pub(crate) fn of<T>(self, pool: &'static [T]) -> &'static [T] {
        &pool[self.0 as usize..(self.0 + self.1) as usize]
    }
}

/// A static hash table from strings to `V`, filled by the build script: `slots` holds 0 for
/// an empty slot or an entry's index + 1; a key is looked for from the slot its hash picks
/// onwards, up to the first empty one (the table is at most half full).
#[derive(Debug)]
pub struct Table<V: 'static> {
    slots: &'static [u32],
    keys: &'static [Text],
    values: &'static [V],
}

impl<V> Table<V> {
    pub fn get(&self, key: &str) -> Option<&'static V> {
        let mask = self.slots.len() - 1;
        let mut slot = hash::key_hash(key) as usize & mask;
        loop {
            let entry = self.slots[slot] as usize;
            if entry == 0 {
                return None;
            }
            if self.keys[entry - 1].is(key.as_bytes()) {
                return Some(&self.values[entry - 1]);
            }
            slot = (slot + 1) & mask;
        }
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.contains(key)
    }

    /// Every key and its value, in the order the build script wrote them.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &'static V)> {
        let (keys, values) = (self.keys, self.values);
        keys.iter().map(|k| k.get()).zip(values)
    }
}

/// A place as the tables hold it (see `Place`).
#[derive(Debug)]
pub(crate) struct PlaceEntry {
    name: Text,
    kind: PlaceKind,
    country: Option<Text>,
}

/// A country as the lexicon knows it.
#[derive(Debug)]
pub struct Country {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub demonyms: &'static [&'static str],
    pub capital: Option<&'static str>,
    pub cities: &'static [&'static str],
}

/// What a known place name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    /// A capital city: in news it also stands for its country's government (Seoul, Washington).
    Capital,
    City,
    /// A group of countries or an international body (ASEAN, EU, NATO).
    Region,
}

/// A place name found in the lexicon: the place's canonical name and the country it is in.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub name: &'static str,
    pub kind: PlaceKind,
    /// The country's canonical name: the place itself for a country, its country for a city.
    pub country: Option<&'static str>,
}

type Set = Table<()>;
type Map<V> = Table<V>;

/// Everything the engine knows about English that is not in the article.
#[derive(Debug)]
pub struct Lexicon {
    pub countries: &'static [Country],
    /// Lowercased place name or alias -> place.
    places: &'static Map<PlaceEntry>,
    /// Lowercased demonym -> country name.
    demonyms: &'static Map<Text>,
    /// Lowercased base titles, each a sequence of words.
    pub titles: &'static Set,
    /// First words of titles, so that most words are ruled out without building phrases.
    title_first_words: &'static Set,
    /// First words (lowercased) of place names, aliases and demonyms.
    place_first_words: &'static Set,
    /// First stems of multi-word synonym phrases.
    synonym_first_stems: &'static Set,
    pub title_modifiers: &'static Set,
    /// Title -> index of its equivalence group.
    title_groups: &'static Map<u32>,
    /// Stemmed word or phrase -> the synonym groups it belongs to (a stem may be in several:
    /// "plan" the noun and "planned" the adjective stem alike).
    synonyms: &'static Map<Span>,
    /// Longest synonym phrase, in words (phrases are matched greedily).
    pub max_phrase_words: usize,
    /// Stems of the opposites file that are not a group's head, numbered after the groups.
    antonym_stems: &'static Map<u32>,
    /// Pairs of opposite meanings (support / oppose), as `first << 32 | second`, sorted.
    antonyms: &'static [u64],
    /// Bit `m` is set when meaning `m` has an opposite: most words have none, and are ruled
    /// out without looking at the other word.
    has_opposite: &'static [u64],
    /// Inflected irregular form -> lemma (met -> meet, people -> person).
    irregular: &'static Map<Text>,
    /// Past-tense forms of irregular verbs (took, met, sent).
    irregular_past: &'static Set,
    stopwords: &'static Set,
    pub negation: &'static Set,
    /// Negating phrases as word lists, longest first ("failed to", "yet to", "not").
    pub negation_phrases: PhraseSet,
    pub irrealis: PhraseSet,
    pub realis: PhraseSet,
    pub attribution: PhraseSet,
    pub hedges: &'static Set,
    /// Stems of verbs whose subject and object may swap ("A met B" = "B met A"), synonyms included.
    symmetric: &'static Set,
    /// Stems of the verbs that link a thing to a value (last, cost).
    linking_verbs: &'static Set,
    abbreviations: &'static Set,
    /// Lowercased month name or abbreviation -> month number 1..=12.
    months: &'static Map<u8>,
    month_names: &'static [&'static str],
    /// Lowercased weekday name or abbreviation -> 0 (Monday) ..= 6.
    weekdays: &'static Map<u8>,
    weekday_names: &'static [&'static str],
    pub date_parts: &'static [&'static str],
    /// The date parts as word lists ("the end of" -> [the, end, of]).
    pub date_part_words: &'static [&'static [&'static str]],
    pub number_units: &'static Map<f64>,
    pub number_tens: &'static Map<f64>,
    pub number_scales: &'static Map<f64>,
    pub ordinals: &'static Map<f64>,
    pub fractions: &'static Map<f64>,
    pub multipliers: &'static Map<f64>,
    pub measure_units: &'static Set,
    /// Short unit names -> full ones (km -> kilometre).
    unit_aliases: &'static Map<Text>,
    /// Honorifics before a name (Mr, Ms, Dr), lowercased without the dot.
    honorifics: &'static Set,
    word_classes: &'static Map<u32>,
    /// Verb lemma -> the office it says someone holds (chairs -> chair).
    role_verbs: &'static Map<Text>,
    org_keywords: &'static Set,
    place_keywords: &'static Set,
    event_keywords: &'static Set,
}

static LEXICON: Lexicon = Lexicon {
    countries: tables::COUNTRIES,
    places: &tables::PLACES,
    demonyms: &tables::DEMONYMS,
    titles: &tables::TITLES,
    title_first_words: &tables::TITLE_FIRST_WORDS,
    place_first_words: &tables::PLACE_FIRST_WORDS,
    synonym_first_stems: &tables::SYNONYM_FIRST_STEMS,
    title_modifiers: &tables::TITLE_MODIFIERS,
    title_groups: &tables::TITLE_GROUPS,
    synonyms: &tables::SYNONYMS,
    max_phrase_words: tables::MAX_PHRASE_WORDS,
    antonym_stems: &tables::ANTONYM_STEMS,
    antonyms: tables::ANTONYMS,
    has_opposite: tables::HAS_OPPOSITE,
    irregular: &tables::IRREGULAR,
    irregular_past: &tables::IRREGULAR_PAST,
    stopwords: &tables::STOPWORDS,
    negation: &tables::NEGATION,
    negation_phrases: PhraseSet::new(&tables::NEGATION_PHRASES, tables::PHRASES, tables::TEXTS),
    irrealis: PhraseSet::new(&tables::IRREALIS, tables::PHRASES, tables::TEXTS),
    realis: PhraseSet::new(&tables::REALIS, tables::PHRASES, tables::TEXTS),
    attribution: PhraseSet::new(&tables::ATTRIBUTION, tables::PHRASES, tables::TEXTS),
    hedges: &tables::HEDGES,
    symmetric: &tables::SYMMETRIC,
    linking_verbs: &tables::LINKING_VERBS,
    abbreviations: &tables::ABBREVIATIONS,
    months: &tables::MONTHS,
    month_names: tables::MONTH_NAMES,
    weekdays: &tables::WEEKDAYS,
    weekday_names: tables::WEEKDAY_NAMES,
    date_parts: tables::DATE_PARTS,
    date_part_words: tables::DATE_PART_WORDS,
    number_units: &tables::NUMBER_UNITS,
    number_tens: &tables::NUMBER_TENS,
    number_scales: &tables::NUMBER_SCALES,
    ordinals: &tables::ORDINALS,
    fractions: &tables::FRACTIONS,
    multipliers: &tables::MULTIPLIERS,
    measure_units: &tables::MEASURE_UNITS,
    unit_aliases: &tables::UNIT_ALIASES,
    honorifics: &tables::HONORIFICS,
    word_classes: &tables::WORD_CLASSES,
    role_verbs: &tables::ROLE_VERBS,
    org_keywords: &tables::ORG_KEYWORDS,
    place_keywords: &tables::PLACE_KEYWORDS,
    event_keywords: &tables::EVENT_KEYWORDS,
};

/// The lexicon: static tables compiled from `data/`, nothing to load.
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    /// Whether a lowercased word can start a title.
    pub fn may_start_title(&self, lower: &str) -> bool {
        self.title_first_words.contains(normalize_title_word(lower))
    }

    /// Whether a lowercased word can start a place name, an alias or a demonym.
    pub fn may_start_place(&self, lower: &str) -> bool {
        self.place_first_words.contains(lower)
    }

    /// Whether a stem can start a multi-word synonym phrase.
    pub fn may_start_phrase(&self, stem: &str) -> bool {
        self.synonym_first_stems.contains(stem)
    }

    /// A word's meanings, for opposites: its synonym groups, and the stem itself when the
    /// opposites file names it. "backed" and "supported" share a meaning, so both oppose
    /// "opposed".
    fn meanings(&self, stem: &str) -> impl Iterator<Item = u32> + '_ {
        self.antonym_stems
            .get(stem)
            .copied()
            .into_iter()
            .chain(self.groups(stem).iter().copied())
    }

    /// The lemma of an irregular form, if it is one (met -> meet).
    pub fn irregular_lemma(&self, lower: &str) -> Option<&str> {
        self.irregular.get(lower).map(|t| t.get())
    }

    /// Whether a lowercased word is the past tense of an irregular verb (took, met).
    pub fn is_irregular_past(&self, lower: &str) -> bool {
        self.irregular_past.contains(lower)
    }

    /// Stems every word of a phrase, resolving irregular forms first.
    pub fn stem_phrase(&self, phrase: &str) -> String {
        stem_phrase(phrase, |w| self.stem(w))
    }

    /// The stem of one lowercased word, resolving irregular forms first.
    pub fn stem(&self, lower: &str) -> String {
        stem_with(lower, self.irregular_lemma(lower))
    }

    /// The synonym groups of a stemmed word or phrase.
    pub fn groups(&self, stemmed: &str) -> &[u32] {
        self.synonyms
            .get(stemmed)
            .map_or(&[], |span| span.of(tables::U32S))
    }

    /// Whether two stemmed words or phrases mean the same: equal, or in one synonym group.
    pub fn same_meaning(&self, a: &str, b: &str) -> bool {
        a == b || self.groups(a).iter().any(|g| self.groups(b).contains(g))
    }

    /// Whether a stemmed phrase belongs to some synonym group.
    pub fn has_synonym_entry(&self, stemmed: &str) -> bool {
        self.synonyms.contains_key(stemmed)
    }

    /// Whether two stems are opposites (support / oppose, backed / opposed).
    pub fn are_antonyms(&self, a: &str, b: &str) -> bool {
        self.opposites(a).include(b)
    }

    /// What a stem may be the opposite of, worked out once for comparing it with many words.
    pub fn opposites(&self, stem: &str) -> Opposites<'_> {
        let has = |m: u32| {
            self.has_opposite
                .get(m as usize / 64)
                .is_some_and(|bits| bits & (1 << (m % 64)) != 0)
        };
        Opposites {
            meanings: self.meanings(stem).filter(|&m| has(m)).collect(),
            lex: self,
        }
    }

    /// Whether a verb stem only links a thing to a value ("the pause lasted 90 days").
    pub fn is_linking_verb(&self, stem: &str) -> bool {
        self.linking_verbs.contains(stem)
    }

    /// Whether a verb stem names a relation that holds both ways (meet, negotiate).
    pub fn is_symmetric(&self, stem: &str) -> bool {
        self.symmetric.contains(stem)
    }

    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    pub fn is_negation(&self, lower: &str) -> bool {
        self.negation.contains(lower)
    }

    pub fn is_abbreviation(&self, lower_without_dot: &str) -> bool {
        self.abbreviations.contains(lower_without_dot)
    }

    pub fn place(&self, name: &str) -> Option<Place> {
        self.places.get(&lowercase(name)).map(|p| Place {
            name: p.name.get(),
            kind: p.kind,
            country: p.country.map(Text::get),
        })
    }

    /// The country a demonym names (Japanese -> Japan).
    pub fn demonym_country(&self, word: &str) -> Option<&str> {
        self.demonyms.get(&lowercase(word)).map(|t| t.get())
    }

    pub fn country(&self, name: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.name == name)
    }

    pub fn month(&self, word: &str) -> Option<u8> {
        self.months
            .get(&lowercase(word.trim_end_matches('.')))
            .copied()
    }

    pub fn month_name(&self, month: u8) -> &str {
        (month as usize)
            .checked_sub(1)
            .and_then(|m| self.month_names.get(m))
            .copied()
            .unwrap_or("?")
    }

    pub fn weekday(&self, word: &str) -> Option<u8> {
        self.weekdays
            .get(&lowercase(word.trim_end_matches('.')))
            .copied()
    }

    pub fn weekday_name(&self, day: u8) -> &str {
        self.weekday_names.get(day as usize).copied().unwrap_or("?")
    }

    /// The full name of a unit written short (km -> kilometre), or the word itself.
    pub fn unit_name<'a>(&'a self, lower: &'a str) -> &'a str {
        self.unit_aliases.get(lower).map_or(lower, |t| t.get())
    }

    /// Whether a lowercased word is in one of the classes of `data/word_classes.toml`.
    pub fn is(&self, class: WordClass, lower: &str) -> bool {
        self.word_classes
            .get(lower)
            .is_some_and(|bits| bits & class.bit() != 0)
    }

    /// Whether a word means what one of a class's lemmas means: it is one of them (by stem),
    /// or shares a synonym group with one ("called off" with "cancel").
    pub fn means_one_of(&'static self, class: WordClass, stem: &str, groups: &[u32]) -> bool {
        let meanings = self.class_meanings(class);
        meanings.stems.iter().any(|s| s == stem)
            || groups.iter().any(|g| meanings.groups.contains(g))
    }

    /// The stems and synonym groups of a class's words, worked out once per process.
    fn class_meanings(&'static self, class: WordClass) -> &'static ClassMeanings {
        static MEANINGS: [OnceLock<ClassMeanings>; WordClass::ALL.len()] =
            [const { OnceLock::new() }; WordClass::ALL.len()];
        MEANINGS[class as usize].get_or_init(|| {
            let stems: Vec<String> = self.words_of(class).map(|w| self.stem(w)).collect();
            let mut groups: Vec<u32> = stems.iter().flat_map(|s| self.groups(s)).copied().collect();
            groups.sort_unstable();
            groups.dedup();
            ClassMeanings { stems, groups }
        })
    }

    /// The words of a class.
    pub fn words_of(&self, class: WordClass) -> impl Iterator<Item = &'static str> + '_ {
        self.word_classes
            .entries()
            .filter(move |(_, bits)| **bits & class.bit() != 0)
            .map(|(word, _)| word)
    }

    /// Whether a lowercased word (without its dot) is an honorific such as Mr or Dr.
    pub fn is_honorific(&self, lower: &str) -> bool {
        self.honorifics.contains(lower.trim_end_matches('.'))
    }

    /// The office a verb says its subject holds ("chairs" -> chair), by the verb's lemma.
    pub fn role_verb(&self, lower: &str) -> Option<&str> {
        let lemma = self
            .irregular_lemma(lower)
            .map(str::to_string)
            .unwrap_or_else(|| {
                lower
                    .strip_suffix("es")
                    .filter(|s| s.ends_with("ch") || s.ends_with("sh"))
                    .or_else(|| lower.strip_suffix('s'))
                    .unwrap_or(lower)
                    .to_string()
            });
        self.role_verbs.get(&lemma).map(|t| t.get())
    }

    pub fn is_org_keyword(&self, word: &str) -> bool {
        self.org_keywords.contains(&lowercase(word))
    }

    pub fn is_place_keyword(&self, word: &str) -> bool {
        self.place_keywords.contains(&lowercase(word))
    }

    pub fn is_event_keyword(&self, word: &str) -> bool {
        self.event_keywords.contains(&lowercase(word))
    }

    /// Whether two normalised titles name the same office (foreign minister = top diplomat).
    pub fn titles_equivalent(&self, a: &str, b: &str) -> bool {
        a == b
            || matches!((self.title_groups.get(a), self.title_groups.get(b)), (Some(x), Some(y)) if x == y)
    }
}

/// The meanings of one word that have an opposite (see `Lexicon::opposites`).
pub struct Opposites<'a> {
    meanings: Vec<u32>,
    lex: &'a Lexicon,
}

impl Opposites<'_> {
    /// Whether the stem `other` has a meaning opposite to one of these.
    pub fn include(&self, other: &str) -> bool {
        !self.meanings.is_empty()
            && self.lex.meanings(other).any(|y| {
                self.meanings.iter().any(|&x| {
                    self.lex
                        .antonyms
                        .binary_search(&((u64::from(x) << 32) | u64::from(y)))
                        .is_ok()
                })
            })
    }
}

/// What a word class's words mean, for [`Lexicon::means_one_of`].
struct ClassMeanings {
    stems: Vec<String>,
    groups: Vec<u32>,
}

/// A word lowercased, without copying it when it has no capital letter (most lookups).
fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_static_tables_answer_as_the_word_lists_say() {
        let lex = lexicon();
        assert_eq!(lex.stem("met"), lex.stem("meeting"));
        assert!(lex.is_irregular_past("took"));
        assert!(lex.same_meaning(&lex.stem_phrase("met with"), &lex.stem("met")));
        assert!(lex.are_antonyms(&lex.stem("approved"), &lex.stem("rejected")));
        assert!(!lex.are_antonyms(&lex.stem("approved"), &lex.stem("approved")));
        let tokyo = lex.place("Tokyo").expect("Tokyo is in countries.tsv");
        assert_eq!(
            (tokyo.kind, tokyo.country),
            (PlaceKind::Capital, Some("Japan"))
        );
        assert_eq!(lex.demonym_country("JAPANESE"), Some("Japan"));
        // A state is a place inside its country; a country keeps its name ("Georgia").
        let florida = lex.place("Florida").expect("states are in countries.tsv");
        assert_eq!(florida.country, Some("United States"));
        assert_eq!(
            lex.place("Georgia").map(|p| p.kind),
            Some(PlaceKind::Country)
        );
        assert_eq!(lex.month("Aug."), Some(8));
        assert_eq!(lex.month_name(0), "?");
        assert!(lex.titles_equivalent("foreign minister", "top diplomat"));
        assert!(lex.is_stopword("the") && lex.is_negation("not"));
    }

    /// Lines of a data file that are entries (not comments or blank).
    fn entries(text: &str) -> impl Iterator<Item = &str> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
    }

    #[test]
    fn every_entry_of_a_list_is_found_in_its_table_and_no_other_word_is() {
        let lex = lexicon();
        let stopwords: Vec<&str> = entries(include_str!("../../data/stopwords.txt")).collect();
        assert!(stopwords.len() > 100);
        for w in &stopwords {
            assert!(
                lex.is_stopword(&w.to_lowercase()),
                "stopword {w:?} not found"
            );
        }
        for w in entries(include_str!("../../data/abbreviations.txt")) {
            let w = w.trim_end_matches('.').to_lowercase();
            assert!(lex.is_abbreviation(&w), "abbreviation {w:?} not found");
        }
        for line in entries(include_str!("../../data/irregular_verbs.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            for past in cols.get(1).into_iter().flat_map(|c| c.split('|')) {
                let past = past.trim().to_lowercase();
                assert!(lex.is_irregular_past(&past), "past form {past:?} not found");
            }
        }
        for w in ["zebra", "", "the the", "thé", "tokyo2", "x"] {
            assert!(!lex.is_stopword(w), "{w:?} is not a stopword");
        }
    }

    #[test]
    fn every_word_class_holds_its_words_and_only_them() {
        let lex = lexicon();
        let file: std::collections::BTreeMap<String, Vec<String>> =
            toml::from_str(include_str!("../../data/word_classes.toml")).unwrap();
        assert_eq!(file.len(), WordClass::ALL.len());
        for class in WordClass::ALL {
            let listed = &file[class.name()];
            assert!(!listed.is_empty(), "{}", class.name());
            for w in listed {
                assert!(lex.is(class, w), "{w:?} is not in {}", class.name());
            }
            let mut table: Vec<&str> = lex.words_of(class).collect();
            let mut expected: Vec<&str> = listed.iter().map(String::as_str).collect();
            table.sort_unstable();
            expected.sort_unstable();
            expected.dedup();
            assert_eq!(table, expected, "{}", class.name());
        }
        assert!(lex.is(WordClass::Modal, "might") && !lex.is(WordClass::Modal, "meeting"));
        assert!(!lex.is(WordClass::Former, "") && !lex.is(WordClass::Former, "formerly"));
    }
}
