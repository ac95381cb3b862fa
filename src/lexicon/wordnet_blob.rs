//! The layout of the compiled WordNet table, and the build script's writer of it.
//!
//! `scripts/import-wordnet` derives `data/wordnet/*.tsv` from Princeton WordNet 3.0; the build
//! script turns them into two blobs that the binary includes with `include_bytes!` and reads in
//! place (`wordnet.rs`): numbers (`wordnet.bin`, little-endian u32s) and text (`wordnet.txt`,
//! the lemmas and irregular forms, one after another). Nothing is parsed at start-up.
//!
//! `wordnet.bin` opens with [`MAGIC`], then `(start, len)` in u32s for each section, in the
//! order of [`Section`]. Records are fixed runs of u32s:
//! - lemmas, sorted by their text: text start, text length, first sense, end of senses;
//! - senses, by lemma, each lemma's in part-of-speech order (n, v, a, r) and, within a part of
//!   speech, in WordNet's sense order: synset, tag count, rank (1 = most frequent);
//! - synsets: `part of speech | lexicographer file << 8`, first member, end of members, first
//!   relation, end of relations;
//! - members: lemma numbers;
//! - relations: `kind | source member << 8 | target member << 20`, target synset (members
//!   counted from 0; a relation between synsets has both at 0 and a kind below
//!   [`FIRST_LEXICAL`]);
//! - exceptions, sorted by form: form's text start, form's length, `lemma << 2 | pos`;
//! - lemma slots: an open-addressing hash table of lemma numbers + 1 (0 = empty), placed by
//!   `hash::key_hash` of the lemma's text, at most half full.

pub const MAGIC: u32 = 0x574e_3330; // "WN30"

#[derive(Clone, Copy)]
pub enum Section {
    Lemmas,
    Senses,
    Synsets,
    Members,
    Relations,
    Exceptions,
    LemmaSlots,
}

pub const SECTIONS: usize = 7;
pub const LEMMA_WORDS: usize = 4;
pub const SENSE_WORDS: usize = 3;
pub const SYNSET_WORDS: usize = 5;
pub const RELATION_WORDS: usize = 2;
pub const EXCEPTION_WORDS: usize = 3;

/// Parts of speech, numbered as the table stores them.
pub const POS_LETTERS: [&str; 4] = ["n", "v", "a", "r"];

/// Relation kinds between synsets.
pub const HYPERNYM: u32 = 1;
pub const INSTANCE_OF: u32 = 2;
pub const SIMILAR: u32 = 3;
pub const ENTAILS: u32 = 4;
pub const CAUSES: u32 = 5;
pub const VERB_GROUP: u32 = 6;
/// Relation kinds between two lemmas of two synsets, from here on.
pub const FIRST_LEXICAL: u32 = 10;
pub const ANTONYM: u32 = 10;
pub const DERIVED: u32 = 11;
pub const PARTICIPLE: u32 = 12;
pub const PERTAINS: u32 = 13;

fn relation_kind(symbol: &str) -> Option<u32> {
    Some(match symbol {
        "@" => HYPERNYM,
        "@i" => INSTANCE_OF,
        "&" => SIMILAR,
        "*" => ENTAILS,
        ">" => CAUSES,
        "$" => VERB_GROUP,
        "!" => ANTONYM,
        "+" => DERIVED,
        "<" => PARTICIPLE,
        "\\" => PERTAINS,
        _ => return None,
    })
}

fn pos_number(letter: &str) -> Result<u32, String> {
    POS_LETTERS
        .iter()
        .position(|p| *p == letter)
        .map(|p| p as u32)
        .ok_or_else(|| format!("unknown part of speech {letter:?}"))
}

/// Lines of a derived file that are entries (not the header comment), numbered from 1.
fn entries(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.starts_with('#') && !l.is_empty())
}

fn number(field: &str) -> Result<u32, String> {
    field
        .parse()
        .map_err(|_| format!("{field:?} is not a number"))
}

/// The two blobs: numbers and text.
pub struct Blobs {
    pub numbers: Vec<u8>,
    pub text: Vec<u8>,
}

/// Compiles the three derived files into the blobs. An error names the file and line.
pub fn compile(synsets: &str, senses: &str, exceptions: &str) -> Result<Blobs, String> {
    let mut text = Vec::new();
    // Every lemma gets a number in sorted order, so lookups can binary-search the records.
    let mut lemma_names: Vec<&str> = entries(senses)
        .filter_map(|(_, l)| l.split('\t').next())
        .collect();
    for (_, line) in entries(synsets) {
        if let Some(members) = line.split('\t').nth(1) {
            lemma_names.extend(members.split(' ').filter(|m| !m.is_empty()));
        }
    }
    lemma_names.sort_unstable();
    lemma_names.dedup();
    let lemma_number = |name: &str| -> Result<u32, String> {
        lemma_names
            .binary_search(&name)
            .map(|i| i as u32)
            .map_err(|_| format!("lemma {name:?} is in no synset"))
    };

    // Each synset's relations as (head, target).
    let mut outgoing: Vec<Vec<(u32, u32)>> = Vec::new();
    let mut synset_records = Vec::new();
    let mut members = Vec::new();
    for (n, line) in entries(synsets) {
        let at = |e: String| format!("synsets.tsv:{n}: {e}");
        let mut fields = line.split('\t');
        let pos = pos_number(fields.next().unwrap_or("")).map_err(at)?;
        let first_member = members.len() as u32;
        for m in fields
            .next()
            .unwrap_or("")
            .split(' ')
            .filter(|m| !m.is_empty())
        {
            members.push(lemma_number(m).map_err(at)?);
        }
        let mut own = Vec::new();
        for r in fields
            .next()
            .unwrap_or("")
            .split(' ')
            .filter(|r| !r.is_empty())
        {
            let symbol_len = if r.starts_with("@i") {
                2
            } else {
                r.chars().next().map_or(1, char::len_utf8)
            };
            let kind = relation_kind(&r[..symbol_len])
                .ok_or_else(|| at(format!("unknown relation {r:?}")))?;
            let rest = &r[symbol_len..];
            let (source, target, target_member) = if kind >= FIRST_LEXICAL {
                let parts: Vec<&str> = rest.split(':').collect();
                if parts.len() != 3 {
                    return Err(at(format!("relation {r:?} is not M:ID:T")));
                }
                (
                    number(parts[0]).map_err(at)?,
                    number(parts[1]).map_err(at)?,
                    number(parts[2]).map_err(at)?,
                )
            } else {
                (0, number(rest).map_err(at)?, 0)
            };
            if source > 255 || target_member > 4095 {
                return Err(at(format!("relation {r:?}: member out of range")));
            }
            own.push((kind | source << 8 | target_member << 20, target));
        }
        outgoing.push(own);
        let lexfile = number(fields.next().unwrap_or("")).map_err(at)?;
        synset_records.extend([pos | lexfile << 8, first_member, members.len() as u32, 0, 0]);
    }
    let synset_count = outgoing.len() as u32;
    let mut relations = Vec::new();
    for (s, own) in outgoing.iter().enumerate() {
        synset_records[s * SYNSET_WORDS + 3] = (relations.len() / RELATION_WORDS) as u32;
        for &(head, target) in own {
            if target >= synset_count {
                return Err(format!("synsets.tsv: synset {target} does not exist"));
            }
            relations.extend([head, target]);
        }
        synset_records[s * SYNSET_WORDS + 4] = (relations.len() / RELATION_WORDS) as u32;
    }

    // Senses, grouped by lemma in lemma order.
    let mut by_lemma: Vec<Vec<[u32; SENSE_WORDS]>> = vec![Vec::new(); lemma_names.len()];
    for (n, line) in entries(senses) {
        let at = |e: String| format!("senses.tsv:{n}: {e}");
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 3 {
            return Err(at("expected LEMMA, POS and senses".into()));
        }
        let lemma = lemma_number(fields[0]).map_err(at)? as usize;
        pos_number(fields[1]).map_err(at)?;
        for (rank, sense) in fields[2].split(' ').enumerate() {
            let (synset, count) = sense
                .split_once(':')
                .ok_or_else(|| at(format!("sense {sense:?} is not ID:COUNT")))?;
            let synset = number(synset).map_err(at)?;
            if synset >= synset_count {
                return Err(at(format!("synset {synset} does not exist")));
            }
            by_lemma[lemma].push([synset, number(count).map_err(at)?, rank as u32 + 1]);
        }
    }
    let pos_of = |synset: u32| synset_records[synset as usize * SYNSET_WORDS] & 0xff;
    let mut lemma_records = Vec::new();
    let mut sense_records = Vec::new();
    for (lemma, name) in lemma_names.iter().enumerate() {
        let start = text.len() as u32;
        text.extend_from_slice(name.as_bytes());
        let first_sense = (sense_records.len() / SENSE_WORDS) as u32;
        // Stable: each part of speech keeps WordNet's sense order.
        by_lemma[lemma].sort_by_key(|s| pos_of(s[0]));
        for s in &by_lemma[lemma] {
            sense_records.extend_from_slice(s);
        }
        let end_sense = (sense_records.len() / SENSE_WORDS) as u32;
        lemma_records.extend([start, name.len() as u32, first_sense, end_sense]);
    }

    let mut exception_rows = Vec::new();
    for (n, line) in entries(exceptions) {
        let at = |e: String| format!("exceptions.tsv:{n}: {e}");
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 3 {
            return Err(at("expected FORM, POS and LEMMA".into()));
        }
        // An exception whose lemma WordNet does not list (a few do) cannot lead anywhere.
        let Ok(lemma) = lemma_number(fields[2]) else {
            continue;
        };
        exception_rows.push((fields[0], lemma << 2 | pos_number(fields[1]).map_err(at)?));
    }
    exception_rows.sort_unstable();
    let mut exception_records = Vec::new();
    for (form, value) in exception_rows {
        let start = text.len() as u32;
        text.extend_from_slice(form.as_bytes());
        exception_records.extend([start, form.len() as u32, value]);
    }

    let slot_count = (lemma_names.len() * 2).next_power_of_two();
    let mut lemma_slots = vec![0u32; slot_count];
    for (i, name) in lemma_names.iter().enumerate() {
        let mut slot = super::hash::key_hash(name) as usize & (slot_count - 1);
        while lemma_slots[slot] != 0 {
            slot = (slot + 1) & (slot_count - 1);
        }
        lemma_slots[slot] = i as u32 + 1;
    }

    let sections: [&[u32]; SECTIONS] = [
        &lemma_records,
        &sense_records,
        &synset_records,
        &members,
        &relations,
        &exception_records,
        &lemma_slots,
    ];
    let mut words = vec![MAGIC];
    let mut start = (1 + 2 * SECTIONS) as u32;
    for s in sections {
        words.extend([start, s.len() as u32]);
        start += s.len() as u32;
    }
    for s in sections {
        words.extend_from_slice(s);
    }
    Ok(Blobs {
        numbers: words.iter().flat_map(|w| w.to_le_bytes()).collect(),
        text,
    })
}
