//! How the word lists' entries are split, stemmed and normalised. Shared by the build script,
//! which reads `data/` into tables, and by the lexicon at run time, which looks words up in
//! them: both sides must turn a phrase into the same key.

use crate::text::stem::stem_word;

/// The words of a data-file phrase. Most are plain words and spaces, split directly; the
/// rest (abbreviations, possessives) go through the tokenizer.
pub fn plain_words(phrase: &str) -> Box<dyn Iterator<Item = String> + '_> {
    let plain = phrase
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
    if plain {
        Box::new(phrase.split_whitespace().map(str::to_string))
    } else {
        Box::new(crate::text::words(phrase).into_iter())
    }
}

/// The stem of one lowercased word, or of its lemma when it is an irregular form (met -> meet).
pub fn stem_with(lower: &str, lemma: Option<&str>) -> String {
    stem_word(lemma.unwrap_or(lower))
}

/// Lowercases and stems every word of a phrase with `stem`, so that phrases match whatever
/// their inflection.
pub fn stem_phrase(phrase: &str, stem: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    for w in plain_words(phrase) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stem(&w.to_lowercase()));
    }
    out
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

/// The classes of `data/word_classes.toml`: small sets of English words that the reader and
/// the checker treat alike. A word's entry in the table is the bits of its classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    Modal,
    IrrealisBeforeVerb,
    PlanningContent,
    Undoing,
    TakingPart,
    Tallied,
    CalendarHomographs,
    BeforeMonth,
    BeforeYear,
    TimeUnits,
    DurationMarkers,
    Former,
    PersonalPronouns,
    AnswerFrames,
    ImplicativeBeforeTo,
    BeforePlace,
    VerbParticles,
    Copulas,
    GroupPronouns,
    ReferringDeterminers,
    DescriptionEnds,
    PossessivePronouns,
    ClauseOpeners,
    VerbCollocationNouns,
    ZeroQuantifiers,
    SettingPrepositions,
}

impl WordClass {
    pub const ALL: [WordClass; 26] = [
        WordClass::Modal,
        WordClass::IrrealisBeforeVerb,
        WordClass::PlanningContent,
        WordClass::Undoing,
        WordClass::TakingPart,
        WordClass::Tallied,
        WordClass::CalendarHomographs,
        WordClass::BeforeMonth,
        WordClass::BeforeYear,
        WordClass::TimeUnits,
        WordClass::DurationMarkers,
        WordClass::Former,
        WordClass::PersonalPronouns,
        WordClass::AnswerFrames,
        WordClass::ImplicativeBeforeTo,
        WordClass::BeforePlace,
        WordClass::VerbParticles,
        WordClass::Copulas,
        WordClass::GroupPronouns,
        WordClass::ReferringDeterminers,
        WordClass::DescriptionEnds,
        WordClass::PossessivePronouns,
        WordClass::ClauseOpeners,
        WordClass::VerbCollocationNouns,
        WordClass::ZeroQuantifiers,
        WordClass::SettingPrepositions,
    ];

    /// The class's key in `data/word_classes.toml`.
    pub fn name(self) -> &'static str {
        match self {
            WordClass::Modal => "modal",
            WordClass::IrrealisBeforeVerb => "irrealis_before_verb",
            WordClass::PlanningContent => "planning_content",
            WordClass::Undoing => "undoing",
            WordClass::TakingPart => "taking_part",
            WordClass::Tallied => "tallied",
            WordClass::CalendarHomographs => "calendar_homographs",
            WordClass::BeforeMonth => "before_month",
            WordClass::BeforeYear => "before_year",
            WordClass::TimeUnits => "time_units",
            WordClass::DurationMarkers => "duration_markers",
            WordClass::Former => "former",
            WordClass::PersonalPronouns => "personal_pronouns",
            WordClass::AnswerFrames => "answer_frames",
            WordClass::ImplicativeBeforeTo => "implicative_before_to",
            WordClass::BeforePlace => "before_place",
            WordClass::VerbParticles => "verb_particles",
            WordClass::Copulas => "copulas",
            WordClass::GroupPronouns => "group_pronouns",
            WordClass::ReferringDeterminers => "referring_determiners",
            WordClass::DescriptionEnds => "description_ends",
            WordClass::PossessivePronouns => "possessive_pronouns",
            WordClass::ClauseOpeners => "clause_openers",
            WordClass::VerbCollocationNouns => "verb_collocation_nouns",
            WordClass::ZeroQuantifiers => "zero_quantifiers",
            WordClass::SettingPrepositions => "setting_prepositions",
        }
    }

    pub fn bit(self) -> u32 {
        1 << self as u32
    }
}
