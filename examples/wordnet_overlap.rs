//! How much of the hand-written synonym and opposite lists WordNet already says, under the
//! lexicon's sense control (`src/lexicon/wordnet.rs`):
//!
//!     cargo run --release --example wordnet_overlap [synonyms|antonyms]
//!
//! For each line of `data/synonyms.txt`: how many members WordNet calls equivalent to the
//! group's first member (in either direction), and the line marked `=` when all are; for
//! `data/antonyms.txt`: whether WordNet calls the pair opposite.

use factquiz::lexicon::wordnet::{equivalent, opposite, Meaning};

fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "synonyms".into());
    let (mut full, mut lines) = (0, 0);
    if which == "antonyms" {
        for line in entries(include_str!("../data/antonyms.txt")) {
            let words: Vec<&str> = line.split('|').collect();
            let said = words
                .windows(2)
                .all(|p| opposite(&Meaning::of(p[0]), &Meaning::of(p[1])));
            lines += 1;
            full += usize::from(said);
            println!("{} {line}", if said { "=" } else { " " });
        }
    } else {
        for line in entries(include_str!("../data/synonyms.txt")) {
            let words: Vec<&str> = line.split('|').collect();
            let head = Meaning::of(words[0]);
            let linked = words[1..]
                .iter()
                .filter(|w| equivalent(&head, &Meaning::of(w)))
                .count();
            let all = linked == words.len() - 1;
            lines += 1;
            full += usize::from(all);
            println!(
                "{} {linked}/{} {line}",
                if all { "=" } else { " " },
                words.len() - 1
            );
        }
    }
    eprintln!("{full} of {lines} lines said by WordNet in full");
}
