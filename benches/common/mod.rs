//! Inputs shared by the benchmarks: the seed claims and articles of a chosen size.

#![allow(dead_code)] // each bench uses only some of these

use factquiz::store::BUILTIN_ARTICLE;

/// The claims of `tests/eval/seed_claims_dev.tsv` (the second column of each labelled line).
pub fn seed_claims() -> Vec<String> {
    include_str!("../../tests/eval/seed_claims_dev.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(1))
        .map(str::to_string)
        .collect()
}

/// The seed article repeated, a blank line between copies, until it is at least `bytes` long:
/// many articles concatenated, as a teacher might paste a whole week of news.
pub fn article_of_size(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + BUILTIN_ARTICLE.len() + 2);
    while text.len() < bytes {
        text.push_str(BUILTIN_ARTICLE);
        text.push_str("\n\n");
    }
    text
}
