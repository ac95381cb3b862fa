//! Sets of cue phrases ("has yet to", "is expected to", "according to"), looked up by their
//! first word so that scanning a sentence costs one hash lookup per word.

use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Default, Clone)]
pub struct PhraseSet {
    /// First word -> the phrases starting with it, as word lists, longest first.
    by_first: HashMap<String, Vec<Vec<String>>>,
}

impl PhraseSet {
    /// Builds the set from phrases written as text; matching is on lowercased words.
    pub fn new(phrases: &[String]) -> PhraseSet {
        let mut set = PhraseSet::default();
        for p in phrases {
            let words: Vec<String> = super::words(p).iter().map(|w| w.to_lowercase()).collect();
            if let Some(first) = words.first().cloned() {
                set.by_first.entry(first).or_default().push(words);
            }
        }
        for list in set.by_first.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        set
    }

    /// The longest phrase starting at word `i` of lowercased `words`.
    pub fn match_at<S: AsRef<str>>(&self, words: &[S], i: usize) -> Option<&[String]> {
        let list = self.by_first.get(words.get(i)?.as_ref())?;
        list.iter()
            .find(|p| {
                words.len() >= i + p.len()
                    && p.iter().zip(&words[i..]).all(|(a, b)| a == b.as_ref())
            })
            .map(Vec::as_slice)
    }

    /// Every match in lowercased `words`: (start, phrase).
    pub fn matches<'a, S: AsRef<str>>(
        &'a self,
        words: &'a [S],
    ) -> impl Iterator<Item = (usize, &'a [String])> + 'a {
        (0..words.len()).filter_map(move |i| self.match_at(words, i).map(|p| (i, p)))
    }

    pub fn any_in<S: AsRef<str>>(&self, words: &[S]) -> bool {
        self.matches(words).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_longest_phrase_at_each_word() {
        let set = PhraseSet::new(&["yet to".into(), "has yet to".into(), "not".into()]);
        let words = ["he", "has", "yet", "to", "say", "not"];
        assert_eq!(set.match_at(&words, 1).map(<[String]>::len), Some(3));
        assert_eq!(set.match_at(&words, 2).map(<[String]>::len), Some(2));
        assert_eq!(set.matches(&words).count(), 3);
        assert!(!set.any_in(&["nothing", "here"]));
    }
}
