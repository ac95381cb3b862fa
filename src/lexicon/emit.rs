//! Writing the lexicon's tables as Rust statics, searched in place by `lexicon/mod.rs`.
//! Only the build script compiles this file; its output is `$OUT_DIR/lexicon_tables.rs`.
//!
//! Every string lives in one text (`TEXT`) and is named by its place in it (`Text(start,
//! len)`), lists of numbers and of strings live in shared pools (`U32S`, `TEXTS`, `PHRASES`),
//! and each table is an open-addressing hash table whose slots are filled here: the statics
//! hold numbers, not pointers, so the loader has nothing to relocate and a process nothing
//! to build.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use super::hash::key_hash;
use super::source::{LexiconSource, Meaning, PhraseTable};

/// A Rust string literal for `s`.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn str_slice<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<String> = items.iter().map(|s| lit(s.as_ref())).collect();
    format!("&[{}]", parts.join(", "))
}

fn nested_str_slice(items: &[Vec<String>]) -> String {
    let parts: Vec<String> = items.iter().map(|v| str_slice(v)).collect();
    format!("&[{}]", parts.join(", "))
}

fn opt_str(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(s)),
        None => "None".to_string(),
    }
}

/// The generated statics, and the pools they point into.
#[derive(Default)]
struct Out {
    code: String,
    text: String,
    placed: HashMap<String, usize>,
    u32s: Vec<u32>,
    texts: Vec<String>,
    phrases: Vec<String>,
}

impl Out {
    /// `s` as a `Text` literal, stored once in `TEXT`.
    fn text(&mut self, s: &str) -> String {
        let start = match self.placed.get(s) {
            Some(&start) => start,
            None => {
                let start = self.text.len();
                self.text.push_str(s);
                self.placed.insert(s.to_string(), start);
                start
            }
        };
        format!("Text({start}, {})", s.len())
    }

    fn opt_text(&mut self, s: &Option<String>) -> String {
        match s {
            Some(s) => format!("Some({})", self.text(s)),
            None => "None".to_string(),
        }
    }

    /// A list of numbers, as a `Span` of `U32S`.
    fn u32_span(&mut self, items: &[u32]) -> String {
        let start = self.u32s.len();
        self.u32s.extend_from_slice(items);
        format!("Span({start}, {})", items.len())
    }

    /// A list of strings, as a `Span` of `TEXTS`.
    fn text_span(&mut self, items: &[String]) -> String {
        let start = self.texts.len();
        for s in items {
            let t = self.text(s);
            self.texts.push(t);
        }
        format!("Span({start}, {})", items.len())
    }

    /// A table of `ty` by key: slots (0 empty, else entry + 1), keys and values in entry order.
    fn table(&mut self, name: &str, ty: &str, entries: Vec<(String, String)>) {
        let capacity = (entries.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![0u32; capacity];
        let mut keys = Vec::new();
        let mut values = Vec::new();
        for (i, (key, value)) in entries.into_iter().enumerate() {
            let mut slot = key_hash(&key) as usize & (capacity - 1);
            while slots[slot] != 0 {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = i as u32 + 1;
            keys.push(self.text(&key));
            values.push(value);
        }
        let _ = writeln!(
            self.code,
            "pub static {name}: Table<{ty}> = Table {{ slots: &{slots:?}, keys: &[{}], values: &[{}] }};",
            keys.join(", "),
            values.join(", ")
        );
    }

    fn set(&mut self, name: &str, items: &BTreeSet<String>) {
        let entries = items
            .iter()
            .map(|k| (k.clone(), "()".to_string()))
            .collect();
        self.table(name, "()", entries);
    }

    fn map<V>(
        &mut self,
        name: &str,
        ty: &str,
        items: &BTreeMap<String, V>,
        mut value: impl FnMut(&mut Out, &V) -> String,
    ) {
        let entries = items
            .iter()
            .map(|(k, v)| (k.clone(), value(self, v)))
            .collect();
        self.table(name, ty, entries);
    }

    /// Cue phrases by first word: each value a `Span` of `PHRASES`, each phrase a `Span` of
    /// `TEXTS` (its words).
    fn phrases(&mut self, name: &str, table: &PhraseTable) {
        self.map(name, "Span", table, |out, list| {
            let spans: Vec<String> = list.iter().map(|p| out.text_span(p)).collect();
            let start = out.phrases.len();
            out.phrases.extend(spans);
            format!("Span({start}, {})", list.len())
        });
    }

    fn item(&mut self, name: &str, ty: &str, value: String) {
        let _ = writeln!(self.code, "pub static {name}: {ty} = {value};");
    }

    /// The pools, written last, once every table has added to them.
    fn finish(mut self) -> String {
        let text = lit(&self.text);
        let u32s = format!("&{:?}", self.u32s);
        let texts = format!("&[{}]", self.texts.join(", "));
        let phrases = format!("&[{}]", self.phrases.join(", "));
        self.item("TEXT", "&str", text);
        self.item("U32S", "&[u32]", u32s);
        self.item("TEXTS", "&[Text]", texts);
        self.item("PHRASES", "&[Span]", phrases);
        self.code
    }
}

/// Opposites as pairs of meaning ids: a synonym group is its own number, and a stem without
/// a group gets a number after the last group, so that a pair is one `u64`.
fn antonym_tables(lex: &LexiconSource) -> (BTreeMap<String, u32>, BTreeSet<u64>) {
    let first_stem_id = lex.group_members.len() as u32;
    let mut stem_ids = BTreeMap::new();
    for (a, b) in &lex.antonyms {
        for m in [a, b] {
            if let Meaning::Stem(s) = m {
                let next = first_stem_id + stem_ids.len() as u32;
                stem_ids.entry(s.clone()).or_insert(next);
            }
        }
    }
    let id = |m: &Meaning| match m {
        Meaning::Group(g) => *g,
        Meaning::Stem(s) => stem_ids[s],
    };
    let pairs = lex
        .antonyms
        .iter()
        .map(|(a, b)| (u64::from(id(a)) << 32) | u64::from(id(b)))
        .collect();
    (stem_ids, pairs)
}

/// The Rust source of every table.
pub fn tables(lex: &LexiconSource) -> String {
    let mut out = Out::default();
    let countries: Vec<String> = lex
        .countries
        .iter()
        .map(|c| {
            format!(
                "Country {{ name: {}, aliases: {}, demonyms: {}, capital: {}, cities: {} }}",
                lit(&c.name),
                str_slice(&c.aliases),
                str_slice(&c.demonyms),
                opt_str(&c.capital),
                str_slice(&c.cities)
            )
        })
        .collect();
    out.item(
        "COUNTRIES",
        "&[Country]",
        format!("&[{}]", countries.join(",\n")),
    );
    out.map("PLACES", "PlaceEntry", &lex.places, |out, p| {
        format!(
            "PlaceEntry {{ name: {}, kind: PlaceKind::{}, country: {} }}",
            out.text(&p.name),
            p.kind,
            out.opt_text(&p.country)
        )
    });
    out.map("DEMONYMS", "Text", &lex.demonyms, |out, s| out.text(s));
    out.set("TITLES", &lex.titles);
    out.set("TITLE_FIRST_WORDS", &lex.title_first_words);
    out.set("PLACE_FIRST_WORDS", &lex.place_first_words);
    out.set("SYNONYM_FIRST_STEMS", &lex.synonym_first_stems);
    out.set("TITLE_MODIFIERS", &lex.title_modifiers);
    out.map("TITLE_GROUPS", "u32", &lex.title_groups, |_, g| {
        g.to_string()
    });
    out.map("SYNONYMS", "Span", &lex.synonyms, |out, g| out.u32_span(g));
    out.item(
        "MAX_PHRASE_WORDS",
        "usize",
        lex.max_phrase_words.to_string(),
    );
    let (stem_ids, pairs) = antonym_tables(lex);
    out.map("ANTONYM_STEMS", "u32", &stem_ids, |_, id| id.to_string());
    let mut bits = vec![0u64; (lex.group_members.len() + stem_ids.len()).div_ceil(64)];
    for p in &pairs {
        let first = (p >> 32) as usize;
        bits[first / 64] |= 1 << (first % 64);
    }
    out.item("HAS_OPPOSITE", "&[u64]", format!("&{bits:?}"));
    // Sorted, so that a pair is found by binary search.
    let pairs: Vec<u64> = pairs.into_iter().collect();
    out.item("ANTONYMS", "&[u64]", format!("&{pairs:?}"));
    out.map("IRREGULAR", "Text", &lex.irregular, |out, s| out.text(s));
    out.set("IRREGULAR_PAST", &lex.irregular_past);
    out.set("STOPWORDS", &lex.stopwords);
    out.set("NEGATION", &lex.negation);
    out.phrases("NEGATION_PHRASES", &lex.negation_phrases);
    out.phrases("IRREALIS", &lex.irrealis);
    out.phrases("REALIS", &lex.realis);
    out.phrases("ATTRIBUTION", &lex.attribution);
    out.set("HEDGES", &lex.hedges);
    out.set("SYMMETRIC", &lex.symmetric);
    out.set("LINKING_VERBS", &lex.linking_verbs);
    out.set("ABBREVIATIONS", &lex.abbreviations);
    out.map("MONTHS", "u8", &lex.months, |_, m| m.to_string());
    out.item("MONTH_NAMES", "&[&str]", str_slice(&lex.month_names));
    out.map("WEEKDAYS", "u8", &lex.weekdays, |_, d| d.to_string());
    out.item("WEEKDAY_NAMES", "&[&str]", str_slice(&lex.weekday_names));
    out.item("DATE_PARTS", "&[&str]", str_slice(&lex.date_parts));
    out.item(
        "DATE_PART_WORDS",
        "&[&[&str]]",
        nested_str_slice(&lex.date_part_words),
    );
    let float = |_: &mut Out, x: &f64| format!("{x:?}");
    out.map("NUMBER_UNITS", "f64", &lex.number_units, float);
    out.map("NUMBER_TENS", "f64", &lex.number_tens, float);
    out.map("NUMBER_SCALES", "f64", &lex.number_scales, float);
    out.map("ORDINALS", "f64", &lex.ordinals, float);
    out.map("FRACTIONS", "f64", &lex.fractions, float);
    out.map("MULTIPLIERS", "f64", &lex.multipliers, float);
    out.set("MEASURE_UNITS", &lex.measure_units);
    out.map("UNIT_ALIASES", "Text", &lex.unit_aliases, |out, s| {
        out.text(s)
    });
    out.set("HONORIFICS", &lex.honorifics);
    out.map("WORD_CLASSES", "u32", &lex.word_classes, |_, bits| {
        bits.to_string()
    });
    out.map("ROLE_VERBS", "Text", &lex.role_verbs, |out, s| out.text(s));
    out.set("ORG_KEYWORDS", &lex.org_keywords);
    out.set("PLACE_KEYWORDS", &lex.place_keywords);
    out.set("EVENT_KEYWORDS", &lex.event_keywords);
    out.finish()
}
