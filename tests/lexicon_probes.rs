//! One-sentence probes of each WordNet relation through the whole checker
//! (`tests/lexicon/probes.tsv`): each row's sentence is an article, its claim is checked, and
//! the verdict must be the row's. Prints the figure.

use factquiz::article::Article;
use factquiz::check::{check, Verdict};
use factquiz::store::FactStore;

#[test]
fn each_relation_decides_its_probes() {
    let text = include_str!("lexicon/probes.tsv");
    let (mut total, mut misses) = (0, Vec::new());
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "probes.tsv: {line}");
        let store = FactStore::build(Article::parse("probe", cols[0]).unwrap());
        let got = check(&store, cols[1]).unwrap().verdict;
        let want = match cols[2] {
            "S" => Verdict::Supported,
            "R" => Verdict::Refuted,
            _ => Verdict::NotEnoughInfo,
        };
        total += 1;
        if got != want {
            misses.push(format!("{line}: got {}", got.label()));
        }
    }
    println!("WordNet probes: {}/{total}", total - misses.len());
    assert!(misses.is_empty(), "{misses:#?}");
}
