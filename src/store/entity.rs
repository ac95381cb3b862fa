//! Entities: the people, places, countries and organisations an article names, with every
//! name it uses for each.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Country,
    /// A city or other place; a capital also stands for its country's government.
    Place,
    /// An organisation, or a group of countries (ASEAN).
    Organisation,
    Other,
}

impl EntityKind {
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
            EntityKind::Organisation => "organisation",
            EntityKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest name the article uses (or the lexicon's name for a country).
    pub name: String,
    pub kind: EntityKind,
    /// Other names for it: surnames, abbreviations, demonyms ("Park", "US", "Japanese").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// For a place: the country it is in; for a capital it also stands for that country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Whether the place is a capital, which news uses for the government (Seoul, Washington).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub capital: bool,
    /// Sentences that mention it.
    #[serde(default)]
    pub sentences: Vec<usize>,
}

impl Entity {
    pub fn new(name: &str, kind: EntityKind) -> Entity {
        Entity {
            name: name.to_string(),
            kind,
            aliases: Vec::new(),
            country: None,
            capital: false,
            sentences: Vec::new(),
        }
    }

    /// The name and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    pub fn add_alias(&mut self, alias: &str) {
        let alias = alias.trim();
        if alias.is_empty() || alias.eq_ignore_ascii_case(&self.name) {
            return;
        }
        if !self.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias)) {
            self.aliases.push(alias.to_string());
        }
    }

    pub fn add_sentence(&mut self, n: usize) {
        if !self.sentences.contains(&n) {
            self.sentences.push(n);
        }
    }
}
