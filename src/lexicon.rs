//! General English knowledge, loaded from the data files in `data/`.
//!
//! Nothing here is about one article: countries and their capitals, titles, verb forms,
//! synonyms and opposites, cue words for negation and modality, months and number words.
//! The files are embedded at compile time, so the binaries need nothing beside them, and
//! parsed once on first use.

// The word lists are hashed at every start-up; Fx hashing is several times faster than
// SipHash on short keys, and the keys come from the project's own data files.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::text::phrases::PhraseSet;
use crate::text::stem::stem_word;

/// A country as the lexicon knows it.
#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub capital: Option<String>,
    pub cities: Vec<String>,
}

/// What a known place name refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    /// A capital city: in news it also stands for its country's government (Seoul, Washington).
    Capital,
    City,
    /// A group of countries or an international body (ASEAN, EU, NATO).
    Region,
}

/// A place name found in the lexicon: the place's canonical name and the country it is in.
#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub kind: PlaceKind,
    /// The country's canonical name: the place itself for a country, its country for a city.
    pub country: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
struct Cues {
    #[serde(default)]
    negation: Vec<String>,
    #[serde(default)]
    irrealis: Vec<String>,
    #[serde(default)]
    realis: Vec<String>,
    #[serde(default)]
    attribution: Vec<String>,
    #[serde(default)]
    hedges: Vec<String>,
    #[serde(default)]
    symmetric: Vec<String>,
    #[serde(default)]
    linking: Vec<String>,
    #[serde(default)]
    role_verbs: HashMap<String, String>,
}

#[derive(Debug, Deserialize, Default)]
struct Calendar {
    #[serde(default)]
    months: Vec<Vec<String>>,
    #[serde(default)]
    weekdays: Vec<Vec<String>>,
    #[serde(default)]
    parts: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
struct Numbers {
    #[serde(default)]
    units: HashMap<String, f64>,
    #[serde(default)]
    tens: HashMap<String, f64>,
    #[serde(default)]
    scales: HashMap<String, f64>,
    #[serde(default)]
    ordinals: HashMap<String, f64>,
    #[serde(default)]
    fractions: HashMap<String, f64>,
    #[serde(default)]
    multipliers: HashMap<String, f64>,
    #[serde(default)]
    units_of_measure: Vec<String>,
    #[serde(default)]
    unit_aliases: HashMap<String, String>,
}

#[derive(Debug, Deserialize, Default)]
struct Keywords {
    #[serde(default)]
    organisation: Vec<String>,
    #[serde(default)]
    place: Vec<String>,
    #[serde(default)]
    event: Vec<String>,
    #[serde(default)]
    person_prefix: Vec<String>,
}

/// Everything the engine knows about English that is not in the article.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    /// Lowercased place name or alias -> place.
    places: HashMap<String, Place>,
    /// Lowercased demonym -> country name.
    demonyms: HashMap<String, String>,
    /// Lowercased base titles, each a sequence of words.
    pub titles: HashSet<String>,
    /// First words of titles, so that most words are ruled out without building phrases.
    title_first_words: HashSet<String>,
    /// First words (lowercased) of place names, aliases and demonyms.
    place_first_words: HashSet<String>,
    /// First stems of multi-word synonym phrases.
    synonym_first_stems: HashSet<String>,
    pub title_modifiers: HashSet<String>,
    /// Title -> index of its equivalence group.
    title_groups: HashMap<String, usize>,
    /// Stemmed word or phrase -> canonical stem of its synonym group.
    /// Stemmed word or phrase -> the synonym groups it belongs to (a stem may be in several:
    /// "plan" the noun and "planned" the adjective stem alike).
    synonyms: HashMap<String, Vec<u32>>,
    /// Each group's members, stemmed; the first is the group's usual form.
    group_members: Vec<Vec<String>>,
    /// Longest synonym phrase, in words (phrases are matched greedily).
    pub max_phrase_words: usize,
    /// Pairs of opposite meanings (support / oppose).
    antonyms: HashSet<(Meaning, Meaning)>,
    /// Inflected irregular form -> lemma (met -> meet, people -> person).
    irregular: HashMap<String, String>,
    /// Past-tense forms of irregular verbs (took, met, sent).
    irregular_past: HashSet<String>,
    stopwords: HashSet<String>,
    pub negation: HashSet<String>,
    /// Negating phrases as word lists, longest first ("failed to", "yet to", "not").
    pub negation_phrases: PhraseSet,
    pub irrealis: PhraseSet,
    pub realis: PhraseSet,
    pub attribution: PhraseSet,
    pub hedges: HashSet<String>,
    /// Stems of verbs whose subject and object may swap ("A met B" = "B met A"), synonyms included.
    symmetric: HashSet<String>,
    /// Verbs that link a thing to a value (last, cost), as word lists.
    pub linking: Vec<Vec<String>>,
    abbreviations: HashSet<String>,
    /// Lowercased month name or abbreviation -> month number 1..=12.
    months: HashMap<String, u8>,
    month_names: Vec<String>,
    /// Lowercased weekday name or abbreviation -> 0 (Monday) ..= 6.
    weekdays: HashMap<String, u8>,
    weekday_names: Vec<String>,
    pub date_parts: Vec<String>,
    /// The date parts as word lists ("the end of" -> [the, end, of]).
    pub date_part_words: Vec<Vec<String>>,
    pub number_units: HashMap<String, f64>,
    pub number_tens: HashMap<String, f64>,
    pub number_scales: HashMap<String, f64>,
    pub ordinals: HashMap<String, f64>,
    pub fractions: HashMap<String, f64>,
    pub multipliers: HashMap<String, f64>,
    pub measure_units: HashSet<String>,
    /// Short unit names -> full ones (km -> kilometre).
    unit_aliases: HashMap<String, String>,
    /// Honorifics before a name (Mr, Ms, Dr), lowercased without the dot.
    honorifics: HashSet<String>,
    /// Verb lemma -> the office it says someone holds (chairs -> chair).
    role_verbs: HashMap<String, String>,
    org_keywords: HashSet<String>,
    place_keywords: HashSet<String>,
    event_keywords: HashSet<String>,
}

/// One meaning of a word: a synonym group, or a word that has none.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Meaning {
    Group(u32),
    Stem(String),
}

/// The lexicon built from the embedded data files, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::embedded)
}

/// Non-comment, non-blank lines of a data file.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

fn alternatives(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Lowercase, and stem each word, so that phrases match whatever their inflection.
pub fn stem_phrase(phrase: &str) -> String {
    crate::text::words(phrase)
        .iter()
        .map(|w| stem_word(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn phrase_list(items: &[String]) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|p| {
            crate::text::words(p)
                .iter()
                .map(|w| w.to_lowercase())
                .collect()
        })
        .filter(|v: &Vec<String>| !v.is_empty())
        .collect()
}

impl Lexicon {
    /// Builds the lexicon from the files compiled into the binary.
    ///
    /// The files are part of the source tree and checked by the tests, so a malformed line is
    /// skipped rather than reported: there is no user who could fix it at run time.
    #[doc(hidden)]
    pub fn embedded() -> Lexicon {
        let mut lex = Lexicon::default();
        lex.load_countries(include_str!("../data/countries.tsv"));
        lex.load_regions(include_str!("../data/regions.tsv"));
        lex.load_titles(
            include_str!("../data/titles.txt"),
            include_str!("../data/title_modifiers.txt"),
            include_str!("../data/title_equivalents.txt"),
        );
        lex.load_irregular(
            include_str!("../data/irregular_verbs.tsv"),
            include_str!("../data/irregular_nouns.tsv"),
        );
        lex.load_synonyms(include_str!("../data/synonyms.txt"));
        lex.load_antonyms(include_str!("../data/antonyms.txt"));
        lex.stopwords = data_lines(include_str!("../data/stopwords.txt"))
            .map(|l| l.trim().to_lowercase())
            .collect();
        lex.abbreviations = data_lines(include_str!("../data/abbreviations.txt"))
            .map(|l| l.trim().trim_end_matches('.').to_lowercase())
            .collect();
        lex.load_cues(include_str!("../data/cues.toml"));
        lex.load_calendar(include_str!("../data/calendar.toml"));
        lex.load_numbers(include_str!("../data/numbers.toml"));
        lex.load_keywords(include_str!("../data/keywords.toml"));
        lex.index_first_words();
        lex
    }

    /// Notes the first word of every multi-word entry, for quick rejection while reading.
    fn index_first_words(&mut self) {
        let first = |s: &str| s.split(' ').next().unwrap_or("").to_string();
        self.title_first_words = self.titles.iter().map(|t| first(t)).collect();
        self.place_first_words = self
            .places
            .keys()
            .chain(self.demonyms.keys())
            .map(|p| {
                plain_words(p)
                    .next()
                    .map(|w| w.to_lowercase())
                    .unwrap_or_default()
            })
            .collect();
        self.synonym_first_stems = self
            .synonyms
            .keys()
            .filter(|k| k.contains(' '))
            .map(|k| first(k))
            .collect();
        self.date_part_words = self
            .date_parts
            .iter()
            .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
            .collect();
    }

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

    fn add_place(&mut self, name: &str, kind: PlaceKind, country: Option<&str>, canonical: &str) {
        let key = name.to_lowercase();
        // The first meaning wins: a country name beats a city of the same name.
        self.places.entry(key).or_insert_with(|| Place {
            name: canonical.to_string(),
            kind,
            country: country.map(str::to_string),
        });
    }

    fn load_countries(&mut self, text: &str) {
        for line in data_lines(text) {
            let cols: Vec<&str> = line.split('\t').collect();
            let name = cols[0].trim();
            if name.is_empty() {
                continue;
            }
            let field = |i: usize| cols.get(i).map(|c| alternatives(c)).unwrap_or_default();
            let country = Country {
                name: name.to_string(),
                aliases: field(1),
                demonyms: field(2),
                capital: field(3).into_iter().next(),
                cities: field(4),
            };
            self.countries.push(country);
        }
        // Countries first, then capitals, then other cities, so that the more general meaning wins.
        let countries = self.countries.clone();
        for c in &countries {
            self.add_place(&c.name, PlaceKind::Country, Some(&c.name), &c.name);
            for a in &c.aliases {
                self.add_place(a, PlaceKind::Country, Some(&c.name), &c.name);
            }
            for d in &c.demonyms {
                self.demonyms
                    .entry(d.to_lowercase())
                    .or_insert_with(|| c.name.clone());
            }
        }
        for c in &countries {
            if let Some(cap) = &c.capital {
                self.add_place(cap, PlaceKind::Capital, Some(&c.name), cap);
            }
        }
        for c in &countries {
            for city in &c.cities {
                self.add_place(city, PlaceKind::City, Some(&c.name), city);
            }
        }
    }

    fn load_regions(&mut self, text: &str) {
        for line in data_lines(text) {
            let cols: Vec<&str> = line.split('\t').collect();
            let name = cols[0].trim();
            if name.is_empty() {
                continue;
            }
            self.add_place(name, PlaceKind::Region, None, name);
            for a in cols.get(1).map(|c| alternatives(c)).unwrap_or_default() {
                self.add_place(&a, PlaceKind::Region, None, name);
            }
        }
    }

    fn load_titles(&mut self, titles: &str, modifiers: &str, equivalents: &str) {
        self.titles = data_lines(titles)
            .map(|l| normalize_title(l.trim()))
            .collect();
        self.title_modifiers = data_lines(modifiers)
            .map(|l| l.trim().to_lowercase())
            .collect();
        for (i, line) in data_lines(equivalents).enumerate() {
            for t in alternatives(line) {
                let t = normalize_title(&t);
                self.titles.insert(t.clone());
                self.title_groups.insert(t, i);
            }
        }
    }

    fn load_irregular(&mut self, verbs: &str, nouns: &str) {
        for line in data_lines(verbs) {
            let cols: Vec<&str> = line.split('\t').collect();
            let lemma = cols[0].trim().to_lowercase();
            for (i, col) in cols.iter().enumerate().skip(1) {
                for form in alternatives(col) {
                    let form = form.to_lowercase();
                    if i == 1 {
                        self.irregular_past.insert(form.clone());
                    }
                    self.irregular.entry(form).or_insert_with(|| lemma.clone());
                }
            }
        }
        for line in data_lines(nouns) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() >= 2 {
                let singular = cols[0].trim().to_lowercase();
                for plural in alternatives(cols[1]) {
                    self.irregular
                        .entry(plural.to_lowercase())
                        .or_insert_with(|| singular.clone());
                }
            }
        }
    }

    /// Each line is a group; a stem in several lines belongs to each of them, and two words
    /// mean the same when they share a group.
    fn load_synonyms(&mut self, text: &str) {
        for line in data_lines(text) {
            let members: Vec<String> = alternatives(line)
                .iter()
                .map(|m| self.stem_phrase(m))
                .collect();
            if members.is_empty() {
                continue;
            }
            let g = self.group_members.len() as u32;
            self.group_members.push(members.clone());
            for key in members {
                self.max_phrase_words = self.max_phrase_words.max(key.split(' ').count());
                let groups = self.synonyms.entry(key).or_default();
                if !groups.contains(&g) {
                    groups.push(g);
                }
            }
        }
    }

    /// A stem and every stem that shares a synonym group with it.
    fn with_synonyms(&self, stem: &str) -> Vec<String> {
        let mut out = vec![stem.to_string()];
        for &g in self.groups(stem) {
            for key in &self.group_members[g as usize] {
                if !out.contains(key) {
                    out.push(key.clone());
                }
            }
        }
        out
    }

    /// A word's meanings, for opposites: its synonym groups, or the stem itself when it has
    /// none. "backed" and "supported" share a meaning, so both oppose "opposed".
    fn meanings(&self, stem: &str) -> Vec<Meaning> {
        let mut out = vec![Meaning::Stem(stem.to_string())];
        out.extend(self.groups(stem).iter().map(|&g| Meaning::Group(g)));
        out
    }

    /// The meanings an entry of the opposites file stands for: the word itself, and the
    /// groups it heads. A word that is only a member of another group keeps to itself there:
    /// "defeat" the noun (victory / defeat) is not "defeat" the verb in the group of "win".
    fn opposite_meanings(&self, stem: &str) -> Vec<Meaning> {
        let mut out = vec![Meaning::Stem(stem.to_string())];
        out.extend(
            self.groups(stem)
                .iter()
                .filter(|&&g| {
                    self.group_members[g as usize]
                        .first()
                        .is_some_and(|f| f == stem)
                })
                .map(|&g| Meaning::Group(g)),
        );
        out
    }

    fn load_antonyms(&mut self, text: &str) {
        for line in data_lines(text) {
            let sides: Vec<Vec<Meaning>> = alternatives(line)
                .iter()
                .map(|w| self.opposite_meanings(&self.stem_phrase(w)))
                .collect();
            for (i, a) in sides.iter().enumerate() {
                for (j, b) in sides.iter().enumerate() {
                    if i != j {
                        for x in a {
                            for y in b {
                                if x != y {
                                    self.antonyms.insert((x.clone(), y.clone()));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn load_cues(&mut self, text: &str) {
        let cues: Cues = toml::from_str(text).unwrap_or_default();
        self.negation = cues
            .negation
            .iter()
            .filter(|s| !s.contains(' '))
            .map(|s| s.to_lowercase())
            .collect();
        self.negation_phrases = PhraseSet::new(&cues.negation);
        self.irrealis = PhraseSet::new(&cues.irrealis);
        self.realis = PhraseSet::new(&cues.realis);
        self.attribution = PhraseSet::new(&cues.attribution);
        self.hedges = cues.hedges.iter().map(|s| s.to_lowercase()).collect();
        self.linking = phrase_list(&cues.linking);
        self.role_verbs = cues.role_verbs;
        self.symmetric = cues
            .symmetric
            .iter()
            .flat_map(|v| self.with_synonyms(&self.stem_phrase(v)))
            .collect();
    }

    fn load_calendar(&mut self, text: &str) {
        let cal: Calendar = toml::from_str(text).unwrap_or_default();
        for (i, names) in cal.months.iter().enumerate() {
            for n in names {
                self.months
                    .insert(n.trim_end_matches('.').to_lowercase(), i as u8 + 1);
            }
            self.month_names
                .push(names.first().cloned().unwrap_or_default());
        }
        for (i, names) in cal.weekdays.iter().enumerate() {
            for n in names {
                self.weekdays
                    .insert(n.trim_end_matches('.').to_lowercase(), i as u8);
            }
            self.weekday_names
                .push(names.first().cloned().unwrap_or_default());
        }
        self.date_parts = cal.parts;
    }

    fn load_numbers(&mut self, text: &str) {
        let n: Numbers = toml::from_str(text).unwrap_or_default();
        self.number_units = n.units;
        self.number_tens = n.tens;
        self.number_scales = n.scales;
        self.ordinals = n.ordinals;
        self.fractions = n.fractions;
        self.multipliers = n.multipliers;
        self.unit_aliases = n
            .unit_aliases
            .into_iter()
            .map(|(k, v)| (k.to_lowercase(), v))
            .collect();
        self.measure_units = n
            .units_of_measure
            .iter()
            .map(|u| stem_word(&u.to_lowercase()))
            .collect();
    }

    fn load_keywords(&mut self, text: &str) {
        let k: Keywords = toml::from_str(text).unwrap_or_default();
        let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect();
        self.org_keywords = lower(k.organisation);
        self.place_keywords = lower(k.place);
        self.event_keywords = lower(k.event);
        self.honorifics = k
            .person_prefix
            .iter()
            .map(|h| h.trim_end_matches('.').to_lowercase())
            .filter(|h| !self.titles.contains(h))
            .collect();
    }

    /// The lemma of an irregular form, if it is one (met -> meet).
    pub fn irregular_lemma(&self, lower: &str) -> Option<&str> {
        self.irregular.get(lower).map(String::as_str)
    }

    /// Whether a lowercased word is the past tense of an irregular verb (took, met).
    pub fn is_irregular_past(&self, lower: &str) -> bool {
        self.irregular_past.contains(lower)
    }

    /// Stems every word of a phrase, resolving irregular forms first.
    pub fn stem_phrase(&self, phrase: &str) -> String {
        let mut out = String::new();
        for w in plain_words(phrase) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&self.stem(&w.to_lowercase()));
        }
        out
    }

    /// The stem of one lowercased word, resolving irregular forms first.
    pub fn stem(&self, lower: &str) -> String {
        match self.irregular.get(lower) {
            Some(lemma) => stem_word(lemma),
            None => stem_word(lower),
        }
    }

    /// The canonical stem of a stemmed word or phrase's synonym group (itself if it has none).
    /// The synonym groups of a stemmed word or phrase.
    pub fn groups(&self, stemmed: &str) -> &[u32] {
        self.synonyms.get(stemmed).map(Vec::as_slice).unwrap_or(&[])
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
        let (ma, mb) = (self.meanings(a), self.meanings(b));
        ma.iter().any(|x| {
            mb.iter()
                .any(|y| self.antonyms.contains(&(x.clone(), y.clone())))
        })
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

    pub fn place(&self, name: &str) -> Option<&Place> {
        self.places.get(&name.to_lowercase())
    }

    /// The country a demonym names (Japanese -> Japan).
    pub fn demonym_country(&self, word: &str) -> Option<&str> {
        self.demonyms.get(&word.to_lowercase()).map(String::as_str)
    }

    pub fn country(&self, name: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.name == name)
    }

    pub fn month(&self, word: &str) -> Option<u8> {
        self.months
            .get(&word.trim_end_matches('.').to_lowercase())
            .copied()
    }

    pub fn month_name(&self, month: u8) -> &str {
        self.month_names
            .get(month as usize - 1)
            .map(String::as_str)
            .unwrap_or("?")
    }

    pub fn weekday(&self, word: &str) -> Option<u8> {
        self.weekdays
            .get(&word.trim_end_matches('.').to_lowercase())
            .copied()
    }

    pub fn weekday_name(&self, day: u8) -> &str {
        self.weekday_names
            .get(day as usize)
            .map(String::as_str)
            .unwrap_or("?")
    }

    /// The full name of a unit written short (km -> kilometre), or the word itself.
    pub fn unit_name<'a>(&'a self, lower: &'a str) -> &'a str {
        self.unit_aliases
            .get(lower)
            .map(String::as_str)
            .unwrap_or(lower)
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
        self.role_verbs.get(&lemma).map(String::as_str)
    }

    pub fn is_org_keyword(&self, word: &str) -> bool {
        self.org_keywords.contains(&word.to_lowercase())
    }

    pub fn is_place_keyword(&self, word: &str) -> bool {
        self.place_keywords.contains(&word.to_lowercase())
    }

    pub fn is_event_keyword(&self, word: &str) -> bool {
        self.event_keywords.contains(&word.to_lowercase())
    }

    /// Whether two normalised titles name the same office (foreign minister = top diplomat).
    pub fn titles_equivalent(&self, a: &str, b: &str) -> bool {
        a == b
            || matches!((self.title_groups.get(a), self.title_groups.get(b)), (Some(x), Some(y)) if x == y)
    }
}

/// The words of a data-file phrase. Most are plain words and spaces, split directly; the
/// rest (abbreviations, possessives) go through the tokenizer. Loading the lexicon at every
/// start-up makes this worth the shortcut.
fn plain_words(phrase: &str) -> Box<dyn Iterator<Item = String> + '_> {
    let plain = phrase
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
    if plain {
        Box::new(phrase.split_whitespace().map(str::to_string))
    } else {
        Box::new(crate::text::words(phrase).into_iter())
    }
}

/// Lowercases a title and unifies spelling variants that never change the office.
pub fn normalize_title(title: &str) -> String {
    plain_words(title)
        .map(|w| normalize_title_word(&w.to_lowercase()).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One lowercased title word with its spelling unified (advisor -> adviser).
pub fn normalize_title_word(lower: &str) -> &str {
    match lower {
        "advisor" => "adviser",
        "defense" => "defence",
        "councilor" => "councillor",
        other => other,
    }
}
