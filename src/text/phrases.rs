//! Sets of cue phrases ("has yet to", "is expected to", "according to"), looked up by their
//! first word so that scanning a sentence costs one hash lookup per word.

/// A phrase as lowercased words.
pub type Phrase = &'static [&'static str];

/// Cue phrases by first word, each list longest first (built by the build script from
/// `data/cues.toml`).
#[derive(Debug, Clone, Copy)]
pub struct PhraseSet {
    by_first: &'static phf::Map<&'static str, &'static [Phrase]>,
}

impl PhraseSet {
    pub const fn new(by_first: &'static phf::Map<&'static str, &'static [Phrase]>) -> PhraseSet {
        PhraseSet { by_first }
    }

    /// The longest phrase starting at word `i` of lowercased `words`.
    pub fn match_at<S: AsRef<str>>(&self, words: &[S], i: usize) -> Option<Phrase> {
        let list = self.by_first.get(words.get(i)?.as_ref())?;
        list.iter().copied().find(|p| {
            words.len() >= i + p.len() && p.iter().zip(&words[i..]).all(|(a, b)| *a == b.as_ref())
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
    use super::*;

    static CUES: phf::Map<&'static str, &'static [Phrase]> = phf::phf_map! {
        "yet" => &[&["yet", "to"]],
        "has" => &[&["has", "yet", "to"]],
        "not" => &[&["not"]],
    };

    #[test]
    fn finds_the_longest_phrase_at_each_word() {
        let set = PhraseSet::new(&CUES);
        let words = ["he", "has", "yet", "to", "say", "not"];
        assert_eq!(set.match_at(&words, 1).map(<[&str]>::len), Some(3));
        assert_eq!(set.match_at(&words, 2).map(<[&str]>::len), Some(2));
        assert_eq!(set.matches(&words).count(), 3);
        assert!(!set.any_in(&["nothing", "here"]));
    }
}
