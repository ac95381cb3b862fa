//! WordNet's relations as the checker may use them: `tests/lexicon/wordnet_pairs.tsv` lists
//! pairs that must be linked (with the relation) and pairs that must not be. Prints the figure.

use factquiz::lexicon::wordnet::{relate, Meaning, Relation};

fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::Equivalent => "equivalent",
        Relation::MoreSpecific => "more-specific",
        Relation::MoreGeneral => "more-general",
        Relation::Excluding => "excluding",
        Relation::Opposite => "opposite",
        Relation::Unrelated => "unrelated",
    }
}

#[test]
fn wordnet_pairs_are_related_as_listed_and_the_unlinked_stay_unlinked() {
    let text = include_str!("lexicon/wordnet_pairs.tsv");
    let (mut linked_right, mut linked_all, mut wrongly_linked) = (0, 0, Vec::new());
    let mut misses = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() >= 3,
            "wordnet_pairs.tsv:{}: three columns",
            n + 1
        );
        let got = relation_name(relate(&Meaning::of(cols[0]), &Meaning::of(cols[1])));
        if cols[2] == "unrelated" {
            if got != "unrelated" {
                wrongly_linked.push(format!("{} / {}: {got}", cols[0], cols[1]));
            }
        } else {
            linked_all += 1;
            if got == cols[2] {
                linked_right += 1;
            } else {
                misses.push(format!("{} / {}: {got}, not {}", cols[0], cols[1], cols[2]));
            }
        }
    }
    println!(
        "wordnet pairs: {linked_right}/{linked_all} linked as listed; {} linked that must not be",
        wrongly_linked.len()
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(wrongly_linked.is_empty(), "linked: {wrongly_linked:?}");
    assert!(
        linked_right * 10 >= linked_all * 9,
        "{linked_right}/{linked_all} below 90%"
    );
}

/// Kinds that nothing is both of, for "X is a N" claims (the article's noun first), and pairs
/// that must never be said to exclude each other.
#[test]
fn disjoint_kinds_only_across_wordnet_categories() {
    use factquiz::lexicon::wordnet::disjoint_kinds;
    let disjoint =
        |article: &str, claim: &str| disjoint_kinds(&Meaning::of(article), &Meaning::of(claim));
    for (article, claim) in [
        ("singer", "dog"),
        ("actress", "dog"),
        ("truck", "film"),
        ("painting", "volcano"),
        ("river", "company"),
    ] {
        assert!(
            disjoint(article, claim),
            "{article} / {claim} exclude each other"
        );
    }
    for (article, claim) in [
        ("capital", "city"),
        ("carmaker", "company"),
        ("firm", "carmaker"),
        ("lawyer", "senator"),
        ("club", "nightclub"),
        ("film", "movie"),
        ("musician", "singer"),
        ("series", "party"),
        ("thing", "dog"),
        ("entity", "car"),
    ] {
        assert!(
            !disjoint(article, claim),
            "{article} / {claim} may be one thing"
        );
    }
}

/// Any text may reach WordNet's reader: words of several-byte characters, odd endings, empty
/// words, phrases. None may panic.
#[test]
fn reading_any_word_never_panics() {
    for w in [
        "",
        "⪪ed",
        "⪪⪪ing",
        "ééed",
        "a",
        "-",
        "'s",
        "ed",
        "ing",
        "s",
        "step_",
        "_down",
        "__",
        "stepped  down",
        "x y z",
        "日本語",
        "🙂er",
        "ßest",
    ] {
        let m = Meaning::of(w);
        let _ = relate(&m, &Meaning::of("dog"));
        let _ = factquiz::lexicon::wordnet::is_phrasal_verb(w, "down");
        let _ = factquiz::lexicon::wordnet::adjective_before_noun(w, w);
    }
}

/// Random strings (any characters, and English-looking endings) through WordNet's reader.
#[test]
fn reading_random_words_never_panics() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    let mut runner = TestRunner::new(Config {
        cases: 2_000,
        ..Config::default()
    });
    let word = (
        prop::collection::vec(any::<char>(), 0..12),
        prop::sample::select(vec!["", "ed", "ing", "s", "es", "er", "est", "ies", "_up"]),
    )
        .prop_map(|(chars, ending)| format!("{}{ending}", chars.into_iter().collect::<String>()));
    runner
        .run(&(word.clone(), word), |(a, b)| {
            let (ma, mb) = (Meaning::of(&a), Meaning::of(&b));
            let _ = relate(&ma, &mb);
            let _ = factquiz::lexicon::wordnet::disjoint_kinds(&ma, &mb);
            let _ = factquiz::lexicon::wordnet::is_phrasal_verb(&a, &b);
            Ok(())
        })
        .unwrap();
}
