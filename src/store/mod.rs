//! The fact store: what the engine knows about one article.
//!
//! It is built from the article by [`extract`], optionally corrected by a teacher's overlay
//! file, and can be saved to and loaded from TOML. Every fact cites its sentences.

pub mod entity;
pub mod extract;
pub mod index;
pub mod prebuilt;
pub mod references;

use serde::{Deserialize, Serialize};

use crate::analysis::{analyse, analyse_again, AliasIndex, Item, Mode, PlainReadings, Slot};
use crate::article::Article;
use crate::error::{line_col, one_line, read_text_file, Error};
pub use entity::{Entity, EntityKind};

/// Somebody holds an office: "US Secretary of State Marco Rubio".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// The person's name as the store knows it.
    pub person: String,
    /// The office as the article writes it ("First Vice Foreign Minister").
    pub title: String,
    /// The country whose office it is, when the article says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The article's words for the whole office, country included ("US Secretary of State").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
    /// The body the office belongs to, when the article says ("transport committee").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    pub sentence: usize,
}

impl Role {
    /// How the article names the office, for a correction.
    pub fn describe(&self) -> &str {
        self.written.as_deref().unwrap_or(&self.title)
    }
}

/// How sure the article is that an event happens or happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Planned, expected, scheduled, will happen.
    Planned,
    /// May, might, could, likely, potentially.
    Possible,
    /// Only if something else happens ("if convened").
    Conditional,
}

impl Modality {
    pub fn is_realis(self) -> bool {
        self == Modality::Asserted
    }
}

/// Something that happens in the article: a subject, a verb, objects and qualifiers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The verb as written ("met with", "will feature").
    pub verb: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub negated: bool,
    pub modality: Modality,
    /// Who the article says reported it ("Yonhap", "diplomatic sources").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<String>,
    pub sentence: usize,
}

/// The store, as saved to TOML.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoreFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    article: Option<Article>,
    #[serde(default, rename = "entity")]
    entities: Vec<Entity>,
    #[serde(default, rename = "role")]
    roles: Vec<Role>,
    #[serde(default, rename = "event")]
    events: Vec<Event>,
}

#[derive(Debug, Clone)]
pub struct FactStore {
    pub article: Article,
    pub entities: Vec<Entity>,
    pub roles: Vec<Role>,
    /// Events are worked out on first use (`events()`): the checker never reads them.
    events: std::sync::OnceLock<Vec<Event>>,
    /// What pronouns, descriptions and bare offices stand for, worked out on first use.
    references: std::sync::OnceLock<references::References>,
    pub index: AliasIndex,
    /// Each sentence read into items, in article order.
    pub items: Vec<Vec<Item>>,
    /// From entities, stems, offices and kinds of value to the sentences that have them.
    pub sentence_index: index::SentenceIndex,
}

/// The built-in article: the seed the project was created from.
pub const BUILTIN_ARTICLE: &str = include_str!("../../seeds/trilateral-talks.txt");
pub const BUILTIN_NAME: &str = "built-in article (seeds/trilateral-talks.txt)";

impl FactStore {
    /// Builds the store from an article by extraction alone.
    pub fn build(article: Article) -> FactStore {
        let (entities, first_readings) = extract::discover_entities(&article);
        let mut store = FactStore {
            article,
            entities,
            roles: Vec::new(),
            events: std::sync::OnceLock::new(),
            references: std::sync::OnceLock::new(),
            index: AliasIndex::default(),
            items: Vec::new(),
            sentence_index: index::SentenceIndex::default(),
        };
        store.reindex_with(first_readings);
        store.kinds_from_descriptions();
        store.roles = extract::roles(&store);
        store
    }

    /// Corrects the kind guessed for a name from what the article calls it: "Ardent Orbital, a
    /// company based in Toulouse" is an organisation, "teacher Sarah Whitlock" a person, by the
    /// category WordNet files the noun under. Countries keep theirs; a name whose descriptions
    /// disagree keeps its guess.
    fn kinds_from_descriptions(&mut self) {
        use crate::lexicon::wordnet::{noun_category, NounCategory};
        let lex = crate::lexicon::lexicon();
        let mut changed = false;
        for (id, words) in references::Descriptions::of(&self.items, lex).heads {
            let mut kinds = words.iter().filter_map(|w| {
                noun_category(crate::analysis::word_meaning(w.as_str())).map(|c| match c {
                    NounCategory::Person => EntityKind::Person,
                    NounCategory::Group => EntityKind::Organisation,
                    NounCategory::Location => EntityKind::Place,
                })
            });
            let Some(kind) = kinds.next() else {
                continue;
            };
            let entity = &mut self.entities[id];
            // A guess of person or nothing yields; a place or an organisation read from the
            // name itself ("Ashvale Community Hospital") stays.
            let guessed = matches!(entity.kind, EntityKind::Person | EntityKind::Other);
            if kinds.all(|k| k == kind) && guessed && entity.kind != kind {
                entity.kind = kind;
                changed = true;
            }
        }
        if !changed {
            return;
        }
        // The sentences' items carry each name's kind: set it there too.
        for item in self.items.iter_mut().flatten() {
            if let Slot::Entity {
                id: Some(id), kind, ..
            } = &mut item.slot
            {
                *kind = self.entities[*id].kind;
            }
        }
    }

    /// What happens in the article, extracted on first use.
    pub fn events(&self) -> &[Event] {
        self.events.get_or_init(|| extract::events(self))
    }

    /// What the words that refer back stand for ("he", "the council", "the mayor").
    pub fn references(&self) -> &references::References {
        self.references.get_or_init(|| {
            references::References::resolve(
                &self.items,
                &self.entities,
                &self.roles,
                crate::lexicon::lexicon(),
            )
        })
    }

    /// The events, extracted if not yet, for adding to.
    fn events_mut(&mut self) -> &mut Vec<Event> {
        self.events();
        self.events.get_mut().expect("events were just extracted")
    }

    /// The store of the built-in article: prebuilt when the prebuilt one is current.
    pub fn builtin() -> FactStore {
        prebuilt::load().unwrap_or_else(FactStore::build_builtin)
    }

    /// Builds the built-in article's store from its text.
    pub fn build_builtin() -> FactStore {
        let article =
            Article::parse(BUILTIN_NAME, BUILTIN_ARTICLE).expect("the built-in article is valid");
        FactStore::build(article)
    }

    /// Builds the store of an article file, applying `NAME.facts.toml` beside it if present.
    pub fn from_article_file(path: &std::path::Path) -> Result<FactStore, Error> {
        let text = read_text_file(path)?;
        let article = Article::parse(&path.display().to_string(), &text)?;
        let mut store = FactStore::build(article);
        let overlay = overlay_path(path);
        if overlay.is_file() {
            store.apply_overlay_file(&overlay)?;
        }
        Ok(store)
    }

    /// Recomputes the alias index and the sentence items after the entities change.
    fn reindex(&mut self) {
        self.reindex_with(Vec::new());
    }

    /// Reads the sentences again with the store's names, reusing the plain readings kept from
    /// their first reading where there are some (one per sentence, in order).
    fn reindex_with(&mut self, first_readings: Vec<Option<PlainReadings>>) {
        self.index = AliasIndex::new(&self.entities);
        self.references = std::sync::OnceLock::new();
        let (index, entities) = (&self.index, &self.entities);
        let mut first_readings = first_readings.into_iter();
        let sentences: Vec<_> = self
            .article
            .sentences
            .iter()
            .map(|s| (s, first_readings.next().flatten()))
            .collect();
        self.items = crate::parallel::map_owned(sentences, PARALLEL_FROM, |(s, first)| {
            analyse_again(&s.text, index, entities, first)
        });
        // Each entity's sentences, in order, once each; an entity that has none yet takes its
        // list whole (what adding them one by one gives, without searching the list each time).
        let mut found: Vec<Vec<usize>> = vec![Vec::new(); self.entities.len()];
        for (k, items) in self.items.iter().enumerate() {
            for it in items {
                if let Some(id) = it.entity_id() {
                    if found[id].last() != Some(&(k + 1)) {
                        found[id].push(k + 1);
                    }
                }
            }
        }
        for (e, list) in self.entities.iter_mut().zip(found) {
            if e.sentences.is_empty() {
                e.sentences = list;
            } else {
                for n in list {
                    e.add_sentence(n);
                }
            }
        }
        let texts: Vec<&str> = self
            .article
            .sentences
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        self.sentence_index = index::SentenceIndex::build(&texts, &self.items);
    }

    /// Reads a claim or an answer with this article's names.
    pub fn analyse_claim(&self, text: &str) -> Vec<Item> {
        analyse(text, &self.index, &self.entities, Mode::Claim)
    }

    pub fn entity_named(&self, name: &str) -> Option<usize> {
        self.entities
            .iter()
            .position(|e| e.names().any(|n| n.eq_ignore_ascii_case(name)))
    }

    pub fn roles_of(&self, person: &str) -> impl Iterator<Item = &Role> {
        let person = person.to_string();
        self.roles.iter().filter(move |r| r.person == person)
    }

    /// Applies a teacher's overlay: added or corrected entities, roles and events.
    pub fn apply_overlay_file(&mut self, path: &std::path::Path) -> Result<(), Error> {
        let text = read_text_file(path)?;
        let file = parse_store_file(&path.display().to_string(), &text)?;
        self.apply_overlay(file, &path.display().to_string())
    }

    fn apply_overlay(&mut self, file: StoreFile, source: &str) -> Result<(), Error> {
        // Events are extracted from the article as it was read before the overlay.
        self.events();
        for e in file.entities {
            match self.entity_named(&e.name) {
                Some(id) => {
                    let existing = &mut self.entities[id];
                    existing.kind = e.kind;
                    for a in &e.aliases {
                        existing.add_alias(a);
                    }
                    if e.country.is_some() {
                        existing.country = e.country.clone();
                    }
                }
                None => self.entities.push(e),
            }
        }
        self.reindex();
        // The overlay's roles for a person replace what extraction found for that person.
        let corrected: Vec<String> = file.roles.iter().map(|r| r.person.clone()).collect();
        self.roles.retain(|r| !corrected.contains(&r.person));
        for r in file.roles {
            self.check_sentence(r.sentence, source)?;
            self.roles.push(r);
        }
        self.references = std::sync::OnceLock::new();
        for e in file.events {
            self.check_sentence(e.sentence, source)?;
            self.events_mut().push(e);
        }
        Ok(())
    }

    fn check_sentence(&self, n: usize, source: &str) -> Result<(), Error> {
        if self.article.sentence(n).is_none() {
            return Err(Error::input(format!(
                "{source}: sentence {n} does not exist (the article has {})",
                self.article.sentences.len()
            )));
        }
        Ok(())
    }

    /// The store as TOML, article included, so that it can be loaded without the article file.
    pub fn to_toml(&self) -> String {
        let mut out = Vec::new();
        self.write_toml(&mut out)
            .expect("writing to memory does not fail");
        String::from_utf8(out).expect("TOML is UTF-8")
    }

    /// Writes the store as TOML (what [`FactStore::to_toml`] returns), one table at a time, so
    /// that a large article is never held as one TOML document in memory.
    pub fn write_toml(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        #[derive(Serialize)]
        struct Head<'a> {
            source: &'a str,
        }
        fn piece<T: Serialize>(
            out: &mut impl std::io::Write,
            header: &str,
            value: &T,
        ) -> std::io::Result<()> {
            let text = toml::to_string_pretty(value).map_err(std::io::Error::other)?;
            if !header.is_empty() {
                writeln!(out, "{header}")?;
            }
            out.write_all(text.as_bytes())
        }
        let a = &self.article;
        piece(out, "[article]", &Head { source: &a.source })?;
        for s in &a.sentences {
            // A sentence without quotes, backslashes or control characters is written as toml
            // writes it, without building a document for it.
            if plain_toml_string(&s.text) {
                write!(
                    out,
                    "\n[[article.sentences]]\nn = {}\ntext = \"{}\"\n",
                    s.n, s.text
                )?;
                if s.body_start != 0 {
                    writeln!(out, "body_start = {}", s.body_start)?;
                }
            } else {
                piece(out, "\n[[article.sentences]]", s)?;
            }
        }
        if let Some(d) = &a.dateline {
            piece(out, "\n[article.dateline]", d)?;
        }
        for e in &self.entities {
            piece(out, "\n[[entity]]", e)?;
        }
        for r in &self.roles {
            piece(out, "\n[[role]]", r)?;
        }
        for e in self.events() {
            if !write_plain_event(out, e)? {
                piece(out, "\n[[event]]", e)?;
            }
        }
        Ok(())
    }

    /// Loads a store saved by `factcheck build`.
    pub fn load(path: &std::path::Path) -> Result<FactStore, Error> {
        let shown = path.display().to_string();
        let text = read_text_file(path)?;
        let file = parse_store_file(&shown, &text)?;
        let article = file.article.clone().ok_or_else(|| {
            Error::input(format!("{shown}: no [article] table: not a saved store"))
        })?;
        if article.sentences.is_empty() {
            return Err(Error::input(format!(
                "{shown}: the article has no sentences"
            )));
        }
        let mut store = FactStore {
            article,
            entities: file.entities,
            roles: file.roles,
            events: std::sync::OnceLock::from(file.events),
            references: std::sync::OnceLock::new(),
            index: AliasIndex::default(),
            items: Vec::new(),
            sentence_index: index::SentenceIndex::default(),
        };
        for e in &mut store.entities {
            e.sentences.clear();
        }
        store.reindex();
        Ok(store)
    }
}

/// Articles shorter than this (in sentences) are read on the calling thread: starting
/// threads costs more than it saves.
const PARALLEL_FROM: usize = 512;

/// Saves a hash map as its entries sorted by key (`#[serde(with = "sorted_map")]`), so that
/// a saved store is the same bytes whatever order the map holds them in.
pub(crate) mod sorted_map {
    use std::collections::HashMap;
    use std::hash::{BuildHasher, Hash};

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<K, V, H, S>(map: &HashMap<K, V, H>, s: S) -> Result<S::Ok, S::Error>
    where
        K: Ord + Serialize,
        V: Serialize,
        S: Serializer,
    {
        let mut entries: Vec<(&K, &V)> = map.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        s.collect_seq(entries)
    }

    pub fn deserialize<'de, K, V, H, D>(d: D) -> Result<HashMap<K, V, H>, D::Error>
    where
        K: Deserialize<'de> + Eq + Hash,
        V: Deserialize<'de>,
        H: BuildHasher + Default,
        D: Deserializer<'de>,
    {
        let entries: Vec<(K, V)> = Vec::deserialize(d)?;
        Ok(entries.into_iter().collect())
    }
}

/// A string toml writes as it is, in double quotes: no quote, backslash or control character.
fn plain_toml_string(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c == '"' || c == '\\' || c.is_control())
}

/// Writes an event table as toml writes it, when all its strings are plain; returns false
/// (having written nothing) otherwise.
fn write_plain_event(out: &mut impl std::io::Write, e: &Event) -> std::io::Result<bool> {
    let strings = e
        .subject
        .iter()
        .chain(std::iter::once(&e.verb))
        .chain(&e.objects)
        .chain(&e.place)
        .chain(&e.time)
        .chain(&e.reported_by);
    if !strings.into_iter().all(|t| plain_toml_string(t)) {
        return Ok(false);
    }
    writeln!(out, "\n[[event]]")?;
    if let Some(subject) = &e.subject {
        writeln!(out, "subject = \"{subject}\"")?;
    }
    writeln!(out, "verb = \"{}\"", e.verb)?;
    match e.objects.as_slice() {
        [] => {}
        [one] => writeln!(out, "objects = [\"{one}\"]")?,
        many => {
            writeln!(out, "objects = [")?;
            for o in many {
                writeln!(out, "    \"{o}\",")?;
            }
            writeln!(out, "]")?;
        }
    }
    if let Some(place) = &e.place {
        writeln!(out, "place = \"{place}\"")?;
    }
    if let Some(time) = &e.time {
        writeln!(out, "time = \"{time}\"")?;
    }
    if e.negated {
        writeln!(out, "negated = true")?;
    }
    let modality = match e.modality {
        Modality::Asserted => "asserted",
        Modality::Planned => "planned",
        Modality::Possible => "possible",
        Modality::Conditional => "conditional",
    };
    writeln!(out, "modality = \"{modality}\"")?;
    if let Some(by) = &e.reported_by {
        writeln!(out, "reported_by = \"{by}\"")?;
    }
    writeln!(out, "sentence = {}", e.sentence)?;
    Ok(true)
}

/// `article.txt` -> `article.facts.toml`
pub fn overlay_path(article: &std::path::Path) -> std::path::PathBuf {
    article.with_extension("facts.toml")
}

fn parse_store_file(source: &str, text: &str) -> Result<StoreFile, Error> {
    toml::from_str(text).map_err(|e| {
        let (line, col) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
        Error::input(format!("{source}:{line}:{col}: {}", one_line(e.message())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every article the project has: the seed, our own and the held-out ones.
    fn all_articles() -> Vec<Article> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut articles = vec![Article::parse(BUILTIN_NAME, BUILTIN_ARTICLE).unwrap()];
        for dir in ["tests/articles", "tests/heldout"] {
            let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                let text = std::fs::read_to_string(&p).unwrap();
                articles.push(Article::parse(&p.display().to_string(), &text).unwrap());
            }
        }
        articles
    }

    #[test]
    fn what_the_article_calls_a_name_corrects_a_guessed_kind() {
        let text = "Satellite launched\n\
            Kourou, May 3 (Wire) - Ardent Orbital, a company based in Toulouse, built the satellite.\n\
            One of the injured, 34-year-old teacher Sarah Whitlock, spoke to reporters.\n";
        let store = FactStore::build(Article::parse("test.txt", text).unwrap());
        let kind = |name: &str| {
            store
                .entities
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.kind)
                .unwrap_or_else(|| panic!("no {name}: {:?}", store.entities))
        };
        assert_eq!(kind("Ardent Orbital"), EntityKind::Organisation);
        assert_eq!(kind("Sarah Whitlock"), EntityKind::Person);
        // The sentences' items carry the corrected kind too.
        assert!(store.items.iter().flatten().any(|i| matches!(
            i.slot,
            Slot::Entity {
                kind: EntityKind::Organisation,
                id: Some(_),
                ..
            }
        )));
    }

    #[test]
    fn names_get_their_kind_from_where_the_article_puts_them() {
        let text = "Kestrel Bay, May 2 (Coast Wire) - Fire crews evacuated 300 homes in Pine \
                    Hollow on Friday. Council President Maria Delgado said the library's \
                    director, Susan Park, would speak. Residents of Pine Hollow left.";
        let store = FactStore::build(Article::parse("test", text).unwrap());
        let kind = |name: &str| {
            let id = store
                .entity_named(name)
                .unwrap_or_else(|| panic!("{name} not found"));
            store.entities[id].kind
        };
        assert_eq!(kind("Kestrel Bay"), EntityKind::Place, "a dateline's place");
        assert_eq!(kind("Pine Hollow"), EntityKind::Place, "after \"in\"");
        assert_eq!(kind("Maria Delgado"), EntityKind::Person, "after an office");
        assert_eq!(
            kind("Susan Park"),
            EntityKind::Person,
            "an office in apposition"
        );
        assert!(store
            .roles_of("Maria Delgado")
            .any(|r| r.title == "Council President"));
        assert!(store.roles_of("Susan Park").any(|r| r.title == "director"));
    }

    #[test]
    fn reading_again_with_the_first_readings_is_reading_afresh() {
        let mut reused = 0;
        for article in all_articles() {
            let (entities, first) = extract::discover_entities(&article);
            let index = AliasIndex::new(&entities);
            assert_eq!(first.len(), article.sentences.len());
            for (s, first) in article.sentences.iter().zip(first) {
                reused += usize::from(first.is_some());
                let fresh = analyse(&s.text, &index, &entities, Mode::Article);
                let again = analyse_again(&s.text, &index, &entities, first);
                assert_eq!(again, fresh, "{}: {}", article.source, s.text);
            }
        }
        assert!(reused > 200, "only {reused} sentences had first readings");
    }
}
