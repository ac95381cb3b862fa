//! Sets of cue phrases ("has yet to", "is expected to", "according to"), looked up by their
//! first word so that scanning a sentence costs one hash lookup per word.

use crate::lexicon::{Span, Table, Text};

/// One cue phrase: its lowercased words.
#[derive(Debug, Clone, Copy)]
pub struct Phrase(&'static [Text]);

impl Phrase {
    pub fn len(self) -> usize {
        self.0.len()
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    pub fn word(self, i: usize) -> &'static str {
        self.0[i].get()
    }

    pub fn words(self) -> impl Iterator<Item = &'static str> {
        self.0.iter().map(|t| t.get())
    }
}

/// Cue phrases by first word, each list longest first (built by the build script from
/// `data/cues.toml`): a `Span` of the tables' phrases, each a `Span` of their words.
#[derive(Debug, Clone, Copy)]
pub struct PhraseSet {
    by_first: &'static Table<Span>,
    phrases: &'static [Span],
    words: &'static [Text],
}

impl PhraseSet {
    pub(crate) const fn new(
        by_first: &'static Table<Span>,
        phrases: &'static [Span],
        words: &'static [Text],
    ) -> PhraseSet {
        PhraseSet {
            by_first,
            phrases,
            words,
        }
    }

    /// The longest phrase starting at word `i` of lowercased `words`.
    pub fn match_at<S: AsRef<str>>(&self, words: &[S], i: usize) -> Option<Phrase> {
        let list = self.by_first.get(words.get(i)?.as_ref())?.of(self.phrases);
        list.iter()
            .map(|span| Phrase(span.of(self.words)))
            .find(|p| {
                words.len() >= i + p.len()
                    && p.words().zip(&words[i..]).all(|(a, b)| a == b.as_ref())
            })
    }

    /// Every match in lowercased `words`: (start, phrase).
    pub fn matches<'a, S: AsRef<str>>(
        &'a self,
        words: &'a [S],
    ) -> impl Iterator<Item = (usize, Phrase)> + 'a {
        (0..words.len()).filter_map(move |i| self.match_at(words, i).map(|p| (i, p)))
    }

    pub fn any_in<S: AsRef<str>>(&self, words: &[S]) -> bool {
        self.matches(words).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::lexicon;

    #[test]
    fn finds_the_longest_phrase_at_each_word() {
        let negation = lexicon().negation_phrases;
        let words = ["he", "has", "yet", "to", "say", "not"];
        assert_eq!(negation.match_at(&words, 1).map(|p| p.len()), Some(3));
        assert_eq!(negation.match_at(&words, 2).map(|p| p.len()), Some(2));
        assert_eq!(negation.matches(&words).count(), 3);
        assert!(!negation.any_in(&["something", "here"]));
    }
}
