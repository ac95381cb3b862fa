//! Shows how the lexicon reads words through WordNet, and how two words relate:
//!
//!     cargo run --example wordnet -- WORD [WORD]
//!
//! One word: its salient senses (the first lemma of each synset) and what they lead to. Two
//! words: also the relation of the first (the article's) to the second (the claim's).

use factquiz::lexicon::wordnet::{lemma_text, members, relate, senses, Meaning};

fn name(synset: u32) -> String {
    let words: Vec<&str> = members(synset).map(lemma_text).take(3).collect();
    format!("{synset}:{}", words.join(","))
}

fn show(word: &str) {
    let m = Meaning::of(word);
    let list = |v: &[u32]| v.iter().map(|&s| name(s)).collect::<Vec<_>>().join(" ");
    println!("{word}");
    for (lemma, pos) in factquiz::lexicon::wordnet::base_forms(word) {
        let all: Vec<String> = senses(lemma)
            .filter(|s| s.pos == pos)
            .map(|s| format!("{}#{}({})", name(s.synset), s.rank, s.count))
            .collect();
        println!("  reading {} {pos:?}: {}", lemma_text(lemma), all.join(" "));
    }
    println!("  primary:   {}", list(&m.primary));
    println!("  salient:   {}", list(&m.salient));
    let family: Vec<u32> = m.family.iter().map(|f| (f >> 32) as u32).collect();
    println!("  family:    {}", list(&family));
    println!("  kinds of:  {}", list(m.kinds()));
    println!("  opposites: {}", list(&m.opposites));
}

fn main() {
    let words: Vec<String> = std::env::args().skip(1).collect();
    for w in &words {
        show(w);
    }
    if let [a, b] = words.as_slice() {
        println!("{a} -> {b}: {:?}", relate(&Meaning::of(a), &Meaning::of(b)));
    }
}
