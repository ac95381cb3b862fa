//! An inverted index from what sentences say (entities, stems, offices, kinds of value) to the
//! sentences that say it, so that checking a claim against a long article looks only at the
//! sentences that share something with it.

use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

use crate::analysis::{Item, Slot};
use crate::store::EntityKind;
use crate::text::values::Value;

/// The index keys an item is found under.
pub fn keys(item: &Item, out: &mut Vec<String>) {
    let mut scratch = String::new();
    each_key(item, &mut scratch, &mut |k| out.push(k.to_string()));
}

/// Calls `f` with each index key of an item, written in `scratch` (so nothing is allocated
/// once `scratch` is big enough).
fn each_key(item: &Item, scratch: &mut String, f: &mut impl FnMut(&str)) {
    use std::fmt::Write;
    let mut key = |scratch: &mut String, args: std::fmt::Arguments| {
        scratch.clear();
        let _ = scratch.write_fmt(args);
        f(scratch);
    };
    match &item.slot {
        Slot::Entity {
            id,
            name,
            kind,
            country,
            ..
        } => {
            match id {
                Some(id) => key(scratch, format_args!("e{id}")),
                None => key(scratch, format_args!("n{}", name.to_lowercase())),
            }
            // A city stands inside its country: "in Malaysia" is found in "in Kuala Lumpur".
            if *kind == EntityKind::Place {
                if let Some(c) = country {
                    key(scratch, format_args!("c{c}"));
                }
            }
        }
        Slot::Title(t) => key(
            scratch,
            format_args!("t{}", t.rsplit(' ').next().unwrap_or(t)),
        ),
        Slot::Value(v) => key(scratch, format_args!("{}", value_key(v))),
        Slot::Word {
            stem,
            root,
            groups,
            content: true,
            ..
        } => {
            key(scratch, format_args!("w{stem}"));
            key(scratch, format_args!("r{root}"));
            for g in groups.iter() {
                key(scratch, format_args!("g{g}"));
            }
        }
        _ => {}
    }
}

/// Values are indexed by kind, so that another date or number in the same place is found too.
fn value_key(v: &Value) -> String {
    match v {
        Value::Date(_) => "vdate".into(),
        Value::Weekday { .. } => "vweekday".into(),
        Value::Score { .. } => "vscore".into(),
        Value::Number { unit, .. } => format!("vnum{}", unit.as_deref().unwrap_or("")),
    }
}

/// The keys a claim item looks for in sentences (a country is also looked for in its cities).
pub fn query_keys(item: &Item, country_name: Option<&str>, out: &mut Vec<String>) {
    keys(item, out);
    if let (
        Slot::Entity {
            kind: EntityKind::Country,
            ..
        },
        Some(c),
    ) = (&item.slot, country_name)
    {
        out.push(format!("c{c}"));
    }
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct SentenceIndex {
    #[serde(with = "crate::store::sorted_map")]
    postings: HashMap<String, Vec<u32>>,
    /// Whether each sentence asserts anything (not a headline question or a label).
    pub asserts: Vec<bool>,
}

impl SentenceIndex {
    pub fn build(texts: &[&str], items: &[Vec<Item>]) -> SentenceIndex {
        let mut index = SentenceIndex::default();
        let mut scratch = String::new();
        for (s, sentence_items) in items.iter().enumerate() {
            let s = s as u32;
            for it in sentence_items {
                each_key(it, &mut scratch, &mut |key| {
                    let list = match index.postings.get_mut(key) {
                        Some(list) => list,
                        None => index.postings.entry(key.to_string()).or_default(),
                    };
                    if list.last() != Some(&s) {
                        list.push(s);
                    }
                });
            }
        }
        index.asserts = texts
            .iter()
            .map(|t| {
                let t = t.trim_end();
                !t.ends_with('?') && t.split_whitespace().nth(2).is_some()
            })
            .collect();
        index
    }

    pub fn sentences_with(&self, key: &str) -> &[u32] {
        self.postings.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn has(&self, key: &str) -> bool {
        self.postings.contains_key(key)
    }
}
