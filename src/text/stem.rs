//! A light suffix stemmer for English.
//!
//! It only has to map the forms a student and a reporter use for one word to the same key
//! (plan, plans, planned, planning -> plan; initiation, initiate -> initi-at), on both sides of
//! a comparison, so it favours consistency over linguistic accuracy. Irregular forms (met, sent)
//! are resolved by the lexicon before stemming.

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn has_vowel(s: &str) -> bool {
    s.bytes().any(|c| is_vowel(c) || c == b'y')
}

/// Removes a doubled final consonant left by -ed or -ing (plann -> plan).
fn undouble(s: &mut String) {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'l' | b's' | b'z')
    {
        s.pop();
    }
}

/// The stem of one lowercased word.
pub fn stem_word(word: &str) -> String {
    if word.len() <= 3 || !word.is_ascii() || word.bytes().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    let mut s = word.replace('-', "");
    // died / die, tied / tie: too short for the general rules.
    if s.len() == 4 && s.ends_with("ied") {
        s = format!("{}e", &s[..2]);
    }
    // British -ise spellings stem like the American -ize ones.
    for suffix in ["isations", "isation", "ising", "ised", "ises", "ise"] {
        if s.len() > suffix.len() + 2 && s.ends_with(suffix) {
            let cut = s.len() - suffix.len();
            s = format!("{}iz{}", &s[..cut], &suffix[2..]);
            break;
        }
    }
    let strip = |s: &mut String, suffix: &str, keep: usize| -> bool {
        if s.len() >= suffix.len() + keep
            && s.ends_with(suffix)
            && has_vowel(&s[..s.len() - suffix.len()])
        {
            s.truncate(s.len() - suffix.len());
            true
        } else {
            false
        }
    };
    // Plurals and third person.
    if s.ends_with("ies") && s.len() > 4 {
        s.truncate(s.len() - 3);
        s.push('y');
    } else if s.ends_with("sses") {
        s.truncate(s.len() - 2);
    } else if s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("us")
        && !s.ends_with("is")
        && s.len() > 3
    {
        s.pop();
    }
    // Derivations that turn verbs into nouns and adjectives into adverbs.
    if strip(&mut s, "ization", 3) || strip(&mut s, "isation", 3) {
        s.push_str("iz");
    } else if strip(&mut s, "ation", 3) {
        s.push_str("at");
    } else if s.ends_with("ssion") {
        s.truncate(s.len() - 3);
    } else if strip(&mut s, "ly", 4) {
    } else if s.ends_with("eed") {
        // agreed -> agree, not agr
        s.pop();
    } else if strip(&mut s, "ing", 3) || strip(&mut s, "ed", 3) {
        undouble(&mut s);
    }
    if s.ends_with("ise") && s.len() > 5 {
        s.truncate(s.len() - 3);
        s.push_str("iz");
    }
    // y and e at the end vary with inflection (study/studied, agree/agreed): drop the difference.
    // injury / injured, study / studied: a consonant's y (or the i it became) goes.
    let consonant_before_last = s.len() > 3 && !is_vowel(s.as_bytes()[s.len() - 2]);
    let y_end = s.ends_with('y');
    let i_end = s.ends_with('i') && s.len() > 3;
    if consonant_before_last && (y_end || i_end) {
        s.pop();
    }
    if s.ends_with('e') && s.len() > 3 {
        s.pop();
    }
    // travelled / travel, installed / install: a long stem keeps one l.
    if s.len() >= 6 && s.ends_with("ll") {
        s.pop();
    }
    s
}

/// The root a stem shares with its derivations, for words the stemmer keeps apart:
/// maker / make, researcher / research, approval / approve, performance / perform,
/// election / elect. Only long enough stems are cut, so short words keep their identity.
pub fn derivational_root(stem: &str) -> &str {
    for (suffix, keep) in [
        ("ment", 4),
        ("anc", 4),
        ("enc", 4),
        ("tion", 4),
        ("ical", 4),
        ("iv", 5),
        ("ic", 4),
        ("er", 3),
        ("or", 3),
        ("al", 4),
    ] {
        if let Some(root) = stem.strip_suffix(suffix) {
            if root.len() >= keep {
                // "election" keeps its t: elect.
                return if suffix == "tion" {
                    &stem[..root.len() + 1]
                } else {
                    root
                };
            }
        }
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::{derivational_root, stem_word};

    #[test]
    fn derivations_share_a_root() {
        let root = |w: &str| derivational_root(&stem_word(w)).to_string();
        assert_eq!(root("maker"), root("make"));
        assert_eq!(root("researchers"), root("research"));
        assert_eq!(root("approval"), root("approve"));
        assert_eq!(root("election"), root("elect"));
        assert_eq!(root("performance"), root("perform"));
        assert_ne!(root("water"), root("wait"));
    }

    fn same(a: &str, b: &str) {
        assert_eq!(stem_word(a), stem_word(b), "{a} vs {b}");
    }

    #[test]
    fn inflections_share_a_stem() {
        same("plan", "planned");
        same("plans", "planning");
        same("agree", "agreed");
        same("study", "studied");
        same("discuss", "discussion");
        same("initiate", "initiation");
        same("organize", "organised");
        same("visit", "visited");
        same("tariff", "tariffs");
        same("mutual", "mutually");
        same("meeting", "meetings");
        same("ally", "allies");
        same("days", "day");
        same("travelled", "travel");
        same("injury", "injured");
        same("install", "installed");
    }

    #[test]
    fn different_words_stay_apart() {
        assert_ne!(stem_word("meet"), stem_word("met"));
        assert_ne!(stem_word("support"), stem_word("oppose"));
        assert_eq!(stem_word("us"), "us");
    }
}
