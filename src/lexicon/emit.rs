//! Writing the lexicon's tables as Rust statics: perfect-hash sets and maps (`phf`) and
//! plain slices, searched in place by `lexicon/mod.rs`. Only the build script compiles
//! this file; its output is `$OUT_DIR/lexicon_tables.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

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

/// The generated statics, one declaration after another.
#[derive(Default)]
struct Out(String);

impl Out {
    fn set(&mut self, name: &str, items: &BTreeSet<String>) {
        let mut set = phf_codegen::Set::new();
        for s in items {
            set.entry(s.as_str());
        }
        let _ = writeln!(
            self.0,
            "pub static {name}: phf::Set<&'static str> = {};",
            set.build()
        );
    }

    fn map<V>(
        &mut self,
        name: &str,
        ty: &str,
        items: &BTreeMap<String, V>,
        value: impl Fn(&V) -> String,
    ) {
        let mut map = phf_codegen::Map::new();
        for (k, v) in items {
            map.entry(k.as_str(), value(v));
        }
        let _ = writeln!(
            self.0,
            "pub static {name}: phf::Map<&'static str, {ty}> = {};",
            map.build()
        );
    }

    fn phrases(&mut self, name: &str, table: &PhraseTable) {
        self.map(name, "&'static [&'static [&'static str]]", table, |v| {
            nested_str_slice(v)
        });
    }

    fn item(&mut self, name: &str, ty: &str, value: String) {
        let _ = writeln!(self.0, "pub static {name}: {ty} = {value};");
    }
}

/// Opposites as pairs of meaning ids: a synonym group is its own number, and a stem without
/// a group gets a number after the last group, so that a pair is one `u64`.
fn antonym_tables(lex: &LexiconSource) -> (BTreeMap<String, u32>, Vec<u64>) {
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
    out.map("PLACES", "Place", &lex.places, |p| {
        format!(
            "Place {{ name: {}, kind: PlaceKind::{}, country: {} }}",
            lit(&p.name),
            p.kind,
            opt_str(&p.country)
        )
    });
    out.map("DEMONYMS", "&'static str", &lex.demonyms, |s| lit(s));
    out.set("TITLES", &lex.titles);
    out.set("TITLE_FIRST_WORDS", &lex.title_first_words);
    out.set("PLACE_FIRST_WORDS", &lex.place_first_words);
    out.set("SYNONYM_FIRST_STEMS", &lex.synonym_first_stems);
    out.set("TITLE_MODIFIERS", &lex.title_modifiers);
    out.map("TITLE_GROUPS", "u32", &lex.title_groups, |g| g.to_string());
    out.map("SYNONYMS", "&'static [u32]", &lex.synonyms, |g| {
        format!("&{g:?}")
    });
    out.item(
        "MAX_PHRASE_WORDS",
        "usize",
        lex.max_phrase_words.to_string(),
    );
    let (stem_ids, pairs) = antonym_tables(lex);
    out.map("ANTONYM_STEMS", "u32", &stem_ids, |id| id.to_string());
    let mut bits = vec![0u64; (lex.group_members.len() + stem_ids.len()).div_ceil(64)];
    for p in &pairs {
        let first = (p >> 32) as usize;
        bits[first / 64] |= 1 << (first % 64);
    }
    out.item("HAS_OPPOSITE", "&[u64]", format!("&{bits:?}"));
    let mut antonyms = phf_codegen::Set::new();
    for p in &pairs {
        antonyms.entry(*p);
    }
    out.item("ANTONYMS", "phf::Set<u64>", antonyms.build().to_string());
    out.map("IRREGULAR", "&'static str", &lex.irregular, |s| lit(s));
    out.set("IRREGULAR_PAST", &lex.irregular_past);
    out.set("STOPWORDS", &lex.stopwords);
    out.set("NEGATION", &lex.negation);
    out.phrases("NEGATION_PHRASES", &lex.negation_phrases);
    out.phrases("IRREALIS", &lex.irrealis);
    out.phrases("REALIS", &lex.realis);
    out.phrases("ATTRIBUTION", &lex.attribution);
    out.set("HEDGES", &lex.hedges);
    out.set("SYMMETRIC", &lex.symmetric);
    out.item("LINKING", "&[&[&str]]", nested_str_slice(&lex.linking));
    out.set("ABBREVIATIONS", &lex.abbreviations);
    out.map("MONTHS", "u8", &lex.months, |m| m.to_string());
    out.item("MONTH_NAMES", "&[&str]", str_slice(&lex.month_names));
    out.map("WEEKDAYS", "u8", &lex.weekdays, |d| d.to_string());
    out.item("WEEKDAY_NAMES", "&[&str]", str_slice(&lex.weekday_names));
    out.item("DATE_PARTS", "&[&str]", str_slice(&lex.date_parts));
    out.item(
        "DATE_PART_WORDS",
        "&[&[&str]]",
        nested_str_slice(&lex.date_part_words),
    );
    let float = |x: &f64| format!("{x:?}");
    out.map("NUMBER_UNITS", "f64", &lex.number_units, float);
    out.map("NUMBER_TENS", "f64", &lex.number_tens, float);
    out.map("NUMBER_SCALES", "f64", &lex.number_scales, float);
    out.map("ORDINALS", "f64", &lex.ordinals, float);
    out.map("FRACTIONS", "f64", &lex.fractions, float);
    out.map("MULTIPLIERS", "f64", &lex.multipliers, float);
    out.set("MEASURE_UNITS", &lex.measure_units);
    out.map("UNIT_ALIASES", "&'static str", &lex.unit_aliases, |s| {
        lit(s)
    });
    out.set("HONORIFICS", &lex.honorifics);
    out.map("ROLE_VERBS", "&'static str", &lex.role_verbs, |s| lit(s));
    out.set("ORG_KEYWORDS", &lex.org_keywords);
    out.set("PLACE_KEYWORDS", &lex.place_keywords);
    out.set("EVENT_KEYWORDS", &lex.event_keywords);
    out.0
}
