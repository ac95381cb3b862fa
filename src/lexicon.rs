//! General English knowledge, loaded from the data files in `data/`.
//!
//! Nothing here is about one article: countries and their capitals, titles, verb forms,
//! synonyms and opposites, cue words for negation and modality, months and number words.
//! The files are embedded at compile time, so the binaries need nothing beside them, and
//! parsed once on first use.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

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
}

#[derive(Debug, Deserialize, Default)]
struct Keywords {
    #[serde(default)]
    organisation: Vec<String>,
    #[serde(default)]
    place: Vec<String>,
    #[serde(default)]
    event: Vec<String>,
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
    pub title_modifiers: HashSet<String>,
    /// Title -> index of its equivalence group.
    title_groups: HashMap<String, usize>,
    /// Stemmed word or phrase -> canonical stem of its synonym group.
    synonyms: HashMap<String, String>,
    /// Longest synonym phrase, in words (phrases are matched greedily).
    pub max_phrase_words: usize,
    /// Canonical stem -> canonical stems of its opposites.
    antonyms: HashMap<String, HashSet<String>>,
    /// Inflected irregular form -> lemma (met -> meet, people -> person).
    irregular: HashMap<String, String>,
    /// Past-tense forms of irregular verbs (took, met, sent).
    irregular_past: HashSet<String>,
    stopwords: HashSet<String>,
    pub negation: HashSet<String>,
    /// Negating phrases as word lists, longest first ("failed to", "yet to", "not").
    pub negation_phrases: Vec<Vec<String>>,
    pub irrealis: Vec<Vec<String>>,
    pub realis: Vec<Vec<String>>,
    pub attribution: Vec<Vec<String>>,
    pub hedges: HashSet<String>,
    /// Canonical stems of verbs whose subject and object may swap ("A met B" = "B met A").
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
    pub number_units: HashMap<String, f64>,
    pub number_tens: HashMap<String, f64>,
    pub number_scales: HashMap<String, f64>,
    pub ordinals: HashMap<String, f64>,
    pub fractions: HashMap<String, f64>,
    pub multipliers: HashMap<String, f64>,
    pub measure_units: HashSet<String>,
    org_keywords: HashSet<String>,
    place_keywords: HashSet<String>,
    event_keywords: HashSet<String>,
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
    fn embedded() -> Lexicon {
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
        lex
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

    /// Groups whose members stem alike (discussion / discuss) are one group: a stem can
    /// only have one canonical form.
    fn load_synonyms(&mut self, text: &str) {
        let groups: Vec<Vec<String>> = data_lines(text)
            .map(|line| {
                alternatives(line)
                    .iter()
                    .map(|m| self.stem_phrase(m))
                    .collect::<Vec<_>>()
            })
            .filter(|g: &Vec<String>| !g.is_empty())
            .collect();
        let mut parent: Vec<usize> = (0..groups.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        let mut owner: HashMap<&str, usize> = HashMap::new();
        for (g, members) in groups.iter().enumerate() {
            for key in members {
                match owner.get(key.as_str()) {
                    Some(&other) => {
                        let (a, b) = (root(&mut parent, other), root(&mut parent, g));
                        // The earlier group's canonical form wins.
                        parent[b.max(a)] = a.min(b);
                    }
                    None => {
                        owner.insert(key, g);
                    }
                }
            }
        }
        for (g, members) in groups.iter().enumerate() {
            let r = root(&mut parent, g);
            let canonical = groups[r][0].clone();
            for key in members {
                self.max_phrase_words = self.max_phrase_words.max(key.split(' ').count());
                self.synonyms.insert(key.clone(), canonical.clone());
            }
        }
    }

    fn load_antonyms(&mut self, text: &str) {
        for line in data_lines(text) {
            let group: Vec<String> = alternatives(line)
                .iter()
                .map(|w| self.canonical(&self.stem_phrase(w)))
                .collect();
            for a in &group {
                for b in &group {
                    if a != b {
                        self.antonyms
                            .entry(a.clone())
                            .or_default()
                            .insert(b.clone());
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
        self.negation_phrases = phrase_list(&cues.negation);
        self.negation_phrases
            .sort_by_key(|p| std::cmp::Reverse(p.len()));
        self.irrealis = phrase_list(&cues.irrealis);
        self.realis = phrase_list(&cues.realis);
        self.attribution = phrase_list(&cues.attribution);
        self.hedges = cues.hedges.iter().map(|s| s.to_lowercase()).collect();
        self.linking = phrase_list(&cues.linking);
        self.symmetric = cues
            .symmetric
            .iter()
            .map(|v| self.canonical(&self.stem_phrase(v)))
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
        crate::text::words(phrase)
            .iter()
            .map(|w| self.stem(&w.to_lowercase()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The stem of one lowercased word, resolving irregular forms first.
    pub fn stem(&self, lower: &str) -> String {
        match self.irregular.get(lower) {
            Some(lemma) => stem_word(lemma),
            None => stem_word(lower),
        }
    }

    /// The canonical stem of a stemmed word or phrase's synonym group (itself if it has none).
    pub fn canonical(&self, stemmed: &str) -> String {
        self.synonyms
            .get(stemmed)
            .cloned()
            .unwrap_or_else(|| stemmed.to_string())
    }

    /// Whether a stemmed phrase belongs to some synonym group.
    pub fn has_synonym_entry(&self, stemmed: &str) -> bool {
        self.synonyms.contains_key(stemmed)
    }

    /// Whether two canonical stems are opposites (support / oppose).
    pub fn are_antonyms(&self, a: &str, b: &str) -> bool {
        self.antonyms.get(a).is_some_and(|s| s.contains(b))
    }

    /// Whether a canonical verb stem names a relation that holds both ways (meet, negotiate).
    pub fn is_symmetric(&self, canonical_stem: &str) -> bool {
        self.symmetric.contains(canonical_stem)
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

/// Lowercases a title and unifies spelling variants that never change the office.
pub fn normalize_title(title: &str) -> String {
    crate::text::words(title)
        .iter()
        .map(|w| match w.to_lowercase().as_str() {
            "advisor" => "adviser".to_string(),
            "defense" => "defence".to_string(),
            "councilor" => "councillor".to_string(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}
