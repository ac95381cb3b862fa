//! The built-in article's store, built ahead of time, so that a `factcheck` process does not
//! read the article before it can check a claim.
//!
//! `seeds/trilateral-talks.store` holds the store exactly as [`FactStore::build`] makes it
//! (events aside: they are extracted on first use), with a fingerprint of everything the build
//! depends on: the article, the word lists and the source of the article reader. The build
//! script computes the same fingerprint from the files it compiles; when the two differ (a
//! word list or the reader changed since the file was written) the store is built as any
//! other, so the prebuilt one can make `factcheck` slower, never different. A test fails when
//! the file is stale; `cargo run --release --example prebuild_store` writes it again.

use serde::{Deserialize, Serialize};

use super::index::SentenceIndex;
use super::{Entity, FactStore, Role};
use crate::analysis::{AliasIndex, Item};
use crate::article::Article;
use crate::lexicon::lexicon;
use crate::lexicon::wordnet::SavedMeaning;

/// Where the prebuilt store lives in the repository, for the tool that writes it.
pub const PATH: &str = "seeds/trilateral-talks.store";

/// The fingerprint of what the built-in store is built from, computed by the build script.
pub const FINGERPRINT: &str = env!("FACTQUIZ_BUILTIN_FINGERPRINT");

/// The file's first line, before the fingerprint.
const MAGIC: &str = "factquiz prebuilt store 2";

static PREBUILT: &[u8] = include_bytes!("../../seeds/trilateral-talks.store");

/// The parts of a store saved as JSON: small, and their serde attributes (fields left out
/// when empty, as in the TOML store file) need a format that names its fields.
#[derive(Serialize, Deserialize)]
struct Described<A, E, R> {
    article: A,
    entities: E,
    roles: R,
}

/// The store in the file: the described parts, then what the checker reads, in postcard.
#[derive(Serialize, Deserialize)]
struct Image<D, X, I, S, M> {
    described: D,
    index: X,
    items: I,
    sentence_index: S,
    /// WordNet's reading of each content word, so that checking a claim reads only the
    /// claim's words from WordNet's tables (each first touch of them costs a page fault).
    meanings: M,
}

/// An image as read back.
type ReadImage =
    Image<String, AliasIndex, Vec<Vec<Item>>, SentenceIndex, Vec<(String, SavedMeaning)>>;

/// The prebuilt built-in store, if the file is current and reads back.
pub fn load() -> Option<FactStore> {
    decode(PREBUILT)
}

/// The bytes of the prebuilt store file for `store`.
pub fn encode(store: &FactStore) -> Vec<u8> {
    let described = Described {
        article: &store.article,
        entities: &store.entities,
        roles: &store.roles,
    };
    let image = Image {
        described: serde_json::to_string(&described).expect("a store converts to JSON"),
        index: &store.index,
        items: &store.items,
        sentence_index: &store.sentence_index,
        meanings: crate::analysis::saved_meanings(store.items.iter().flatten()),
    };
    let mut bytes = format!("{MAGIC}\n{FINGERPRINT}\n").into_bytes();
    bytes.extend(postcard::to_allocvec(&image).expect("a store converts to postcard"));
    bytes
}

/// The store in `bytes`, if they are a prebuilt store with the current fingerprint.
pub fn decode(bytes: &[u8]) -> Option<FactStore> {
    let header = format!("{MAGIC}\n{FINGERPRINT}\n");
    let body = bytes.strip_prefix(header.as_bytes())?;
    let image: ReadImage = postcard::from_bytes(body).ok()?;
    let described: Described<Article, Vec<Entity>, Vec<Role>> =
        serde_json::from_str(&image.described).ok()?;
    crate::analysis::remember_meanings(image.meanings);
    let mut items = image.items;
    let lex = lexicon();
    for item in items.iter_mut().flatten() {
        item.slot.regroup(lex);
    }
    Some(FactStore {
        article: described.article,
        entities: described.entities,
        roles: described.roles,
        events: std::sync::OnceLock::new(),
        references: std::sync::OnceLock::new(),
        index: image.index,
        items,
        sentence_index: image.sentence_index,
    })
}
