//! Reading the word lists in `data/` into owned tables.
//!
//! Only the build script compiles this file: it reads the lists once, at build time, and
//! `emit.rs` writes the tables out as static Rust data that the binaries search in place,
//! so a process pays nothing to load them. Ordered maps keep the generated code the same
//! from one build to the next.
//!
//! The files are part of the source tree and checked by the tests, so a malformed line is
//! skipped rather than reported, as before: the build must not fail on a comment typo.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::words::{normalize_title, plain_words, stem_phrase, stem_with, WordClass};
use crate::text::stem::stem_word;

/// The text of every data file, by name.
pub struct DataFiles<'a> {
    pub countries: &'a str,
    pub regions: &'a str,
    pub titles: &'a str,
    pub title_modifiers: &'a str,
    pub title_equivalents: &'a str,
    pub irregular_verbs: &'a str,
    pub irregular_nouns: &'a str,
    pub synonyms: &'a str,
    pub antonyms: &'a str,
    pub stopwords: &'a str,
    pub abbreviations: &'a str,
    pub cues: &'a str,
    pub calendar: &'a str,
    pub numbers: &'a str,
    pub keywords: &'a str,
    pub word_classes: &'a str,
}

pub struct CountrySource {
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub capital: Option<String>,
    pub cities: Vec<String>,
    /// States, provinces and other parts of the country: places inside it, as its cities are.
    pub parts: Vec<String>,
}

/// A place as the source knows it: canonical name, kind (the name of a `PlaceKind`
/// variant), and the country's canonical name.
pub struct PlaceSource {
    pub name: String,
    pub kind: &'static str,
    pub country: Option<String>,
}

/// One meaning of a word for opposites: a synonym group, or a word that has none.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Meaning {
    Group(u32),
    Stem(String),
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
    role_verbs: BTreeMap<String, String>,
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
    units: BTreeMap<String, f64>,
    #[serde(default)]
    tens: BTreeMap<String, f64>,
    #[serde(default)]
    scales: BTreeMap<String, f64>,
    #[serde(default)]
    ordinals: BTreeMap<String, f64>,
    #[serde(default)]
    fractions: BTreeMap<String, f64>,
    #[serde(default)]
    multipliers: BTreeMap<String, f64>,
    #[serde(default)]
    units_of_measure: Vec<String>,
    #[serde(default)]
    unit_aliases: BTreeMap<String, String>,
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

/// Cue phrases grouped by their first word, each as lowercased words, longest first.
pub type PhraseTable = BTreeMap<String, Vec<Vec<String>>>;

/// Every table of the lexicon, owned. Field meanings are documented on `Lexicon`.
#[derive(Default)]
pub struct LexiconSource {
    pub countries: Vec<CountrySource>,
    pub places: BTreeMap<String, PlaceSource>,
    pub demonyms: BTreeMap<String, String>,
    pub titles: BTreeSet<String>,
    pub title_first_words: BTreeSet<String>,
    pub place_first_words: BTreeSet<String>,
    pub synonym_first_stems: BTreeSet<String>,
    pub title_modifiers: BTreeSet<String>,
    /// Each word of `data/word_classes.toml` -> the bits of its classes (`WordClass::bit`).
    pub word_classes: BTreeMap<String, u32>,
    pub title_groups: BTreeMap<String, u32>,
    pub synonyms: BTreeMap<String, Vec<u32>>,
    pub group_members: Vec<Vec<String>>,
    pub max_phrase_words: usize,
    pub antonyms: BTreeSet<(Meaning, Meaning)>,
    pub irregular: BTreeMap<String, String>,
    pub irregular_past: BTreeSet<String>,
    pub stopwords: BTreeSet<String>,
    pub negation: BTreeSet<String>,
    pub negation_phrases: PhraseTable,
    pub irrealis: PhraseTable,
    pub realis: PhraseTable,
    pub attribution: PhraseTable,
    pub hedges: BTreeSet<String>,
    pub symmetric: BTreeSet<String>,
    /// Stems of the one-word linking verbs.
    pub linking_verbs: BTreeSet<String>,
    pub abbreviations: BTreeSet<String>,
    pub months: BTreeMap<String, u8>,
    pub month_names: Vec<String>,
    pub weekdays: BTreeMap<String, u8>,
    pub weekday_names: Vec<String>,
    pub date_parts: Vec<String>,
    pub date_part_words: Vec<Vec<String>>,
    pub number_units: BTreeMap<String, f64>,
    pub number_tens: BTreeMap<String, f64>,
    pub number_scales: BTreeMap<String, f64>,
    pub ordinals: BTreeMap<String, f64>,
    pub fractions: BTreeMap<String, f64>,
    pub multipliers: BTreeMap<String, f64>,
    pub measure_units: BTreeSet<String>,
    pub unit_aliases: BTreeMap<String, String>,
    pub honorifics: BTreeSet<String>,
    pub role_verbs: BTreeMap<String, String>,
    pub org_keywords: BTreeSet<String>,
    pub place_keywords: BTreeSet<String>,
    pub event_keywords: BTreeSet<String>,
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

fn lowercased_words(phrase: &str) -> Vec<String> {
    crate::text::words(phrase)
        .iter()
        .map(|w| w.to_lowercase())
        .collect()
}

fn phrase_list(items: &[String]) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|p| lowercased_words(p))
        .filter(|v| !v.is_empty())
        .collect()
}

/// Cue phrases by first word, longest first, so that the longest match is found first.
fn phrase_table(phrases: &[String]) -> PhraseTable {
    let mut table = PhraseTable::new();
    for words in phrase_list(phrases) {
        table.entry(words[0].clone()).or_default().push(words);
    }
    for list in table.values_mut() {
        list.sort_by_key(|p| std::cmp::Reverse(p.len()));
    }
    table
}

impl LexiconSource {
    pub fn read(files: &DataFiles) -> LexiconSource {
        let mut lex = LexiconSource::default();
        lex.load_countries(files.countries);
        lex.load_regions(files.regions);
        lex.load_titles(files.titles, files.title_modifiers, files.title_equivalents);
        lex.load_irregular(files.irregular_verbs, files.irregular_nouns);
        lex.load_synonyms(files.synonyms);
        lex.load_antonyms(files.antonyms);
        lex.stopwords = data_lines(files.stopwords)
            .map(|l| l.trim().to_lowercase())
            .collect();
        lex.abbreviations = data_lines(files.abbreviations)
            .map(|l| l.trim().trim_end_matches('.').to_lowercase())
            .collect();
        lex.load_cues(files.cues);
        lex.load_calendar(files.calendar);
        lex.load_numbers(files.numbers);
        lex.load_keywords(files.keywords);
        lex.load_word_classes(files.word_classes);
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

    fn add_place(
        &mut self,
        name: &str,
        kind: &'static str,
        country: Option<&str>,
        canonical: &str,
    ) {
        let key = name.to_lowercase();
        // The first meaning wins: a country name beats a city of the same name.
        self.places.entry(key).or_insert_with(|| PlaceSource {
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
            self.countries.push(CountrySource {
                name: name.to_string(),
                aliases: field(1),
                demonyms: field(2),
                capital: field(3).into_iter().next(),
                cities: field(4),
                parts: field(5),
            });
        }
        // Countries first, then capitals, then other cities, so that the more general meaning wins.
        let countries = std::mem::take(&mut self.countries);
        for c in &countries {
            self.add_place(&c.name, "Country", Some(&c.name), &c.name);
            for a in &c.aliases {
                self.add_place(a, "Country", Some(&c.name), &c.name);
            }
            for d in &c.demonyms {
                self.demonyms
                    .entry(d.to_lowercase())
                    .or_insert_with(|| c.name.clone());
            }
        }
        for c in &countries {
            if let Some(cap) = &c.capital {
                self.add_place(cap, "Capital", Some(&c.name), cap);
            }
        }
        for c in &countries {
            for city in c.cities.iter().chain(&c.parts) {
                self.add_place(city, "City", Some(&c.name), city);
            }
        }
        self.countries = countries;
    }

    fn load_regions(&mut self, text: &str) {
        for line in data_lines(text) {
            let cols: Vec<&str> = line.split('\t').collect();
            let name = cols[0].trim();
            if name.is_empty() {
                continue;
            }
            self.add_place(name, "Region", None, name);
            for a in cols.get(1).map(|c| alternatives(c)).unwrap_or_default() {
                self.add_place(&a, "Region", None, name);
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
                self.title_groups.insert(t, i as u32);
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

    fn stem_phrase(&self, phrase: &str) -> String {
        stem_phrase(phrase, |w| {
            stem_with(w, self.irregular.get(w).map(String::as_str))
        })
    }

    fn groups(&self, stemmed: &str) -> &[u32] {
        self.synonyms.get(stemmed).map(Vec::as_slice).unwrap_or(&[])
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
                    if i == j {
                        continue;
                    }
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

    fn load_cues(&mut self, text: &str) {
        let cues: Cues = toml::from_str(text).unwrap_or_default();
        self.negation = cues
            .negation
            .iter()
            .filter(|s| !s.contains(' '))
            .map(|s| s.to_lowercase())
            .collect();
        self.negation_phrases = phrase_table(&cues.negation);
        self.irrealis = phrase_table(&cues.irrealis);
        self.realis = phrase_table(&cues.realis);
        self.attribution = phrase_table(&cues.attribution);
        self.hedges = cues.hedges.iter().map(|s| s.to_lowercase()).collect();
        self.linking_verbs = cues
            .linking
            .iter()
            .filter(|v| lowercased_words(v).len() == 1)
            .map(|v| self.stem_phrase(v))
            .collect();
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

    /// Reads `data/word_classes.toml`. The build stops on a class the code does not know, a
    /// missing class or an entry of several words: each would silently change what is read.
    fn load_word_classes(&mut self, text: &str) {
        let file = "data/word_classes.toml";
        let classes: BTreeMap<String, Vec<String>> =
            toml::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (name, words) in &classes {
            let class = WordClass::ALL
                .into_iter()
                .find(|c| c.name() == name)
                .unwrap_or_else(|| panic!("{file}: no word class is called `{name}`"));
            for w in words {
                let w = w.trim().to_lowercase();
                assert!(
                    !w.is_empty() && !w.contains(' '),
                    "{file}: `{w}` in `{name}` is not one word"
                );
                *self.word_classes.entry(w).or_default() |= class.bit();
            }
        }
        for class in WordClass::ALL {
            assert!(
                classes.contains_key(class.name()),
                "{file}: the class `{}` is missing",
                class.name()
            );
        }
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
}
