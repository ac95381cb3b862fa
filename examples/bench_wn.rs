fn main() {
    let text = std::fs::read_to_string("seeds/trilateral-talks.txt").unwrap();
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let mut uniq = words.clone();
    uniq.sort();
    uniq.dedup();
    for round in 0..2 {
        let t = std::time::Instant::now();
        let mut n = 0;
        for w in &uniq {
            n += factquiz::lexicon::wordnet::lemma(w).is_some() as usize;
        }
        println!(
            "{round} lemma {} words in {:?} ({n})",
            uniq.len(),
            t.elapsed()
        );
        let t = std::time::Instant::now();
        for w in &uniq {
            n += factquiz::lexicon::wordnet::base_forms(w).len();
        }
        println!("base_forms {} words in {:?} ({n})", uniq.len(), t.elapsed());
        let t = std::time::Instant::now();
        for w in &uniq {
            n += factquiz::lexicon::wordnet::Meaning::of(w).salient.len();
        }
        println!("meaning {} words in {:?} ({n})", uniq.len(), t.elapsed());
    }
}
