//! Typo-tolerant comparison of words and names.

/// Optimal string alignment distance: edits, counting a swap of neighbours as one.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

/// How many typos a word of this length may carry and still count as the word.
///
/// Short words get none: a one-letter change turns "Park" into "Paris" or "9" into "19".
pub fn typo_allowance(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Whether `typed` is `target` up to case and a small typo. Words with digits must match exactly.
pub fn close_enough(typed: &str, target: &str) -> bool {
    close_enough_lower(&typed.to_lowercase(), &target.to_lowercase())
}

/// [`close_enough`] for words already in lowercase; cheap checks come first, because the
/// checker calls it for every pair of words.
pub fn close_enough_lower(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.len().abs_diff(b.len()) > 4 || a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    if a.chars().any(|c| c.is_ascii_digit()) || b.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let allowance = typo_allowance(a.chars().count().min(b.chars().count()));
    // A typo rarely changes the first letter; requiring it avoids Wi ~ Li matches.
    allowance > 0
        && a.chars().count().abs_diff(b.chars().count()) <= allowance
        && edit_distance(a, b) <= allowance
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_swaps_once() {
        assert_eq!(edit_distance("rubio", "rubbio"), 1);
        assert_eq!(edit_distance("malaysia", "malasia"), 1);
        assert_eq!(edit_distance("iwaya", "iwyaa"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn typos_only_in_long_enough_words() {
        assert!(close_enough("Rubbio", "Rubio"));
        assert!(close_enough("Sung-lak", "Sung-lac"));
        assert!(!close_enough("Park", "Paris"));
        assert!(!close_enough("19", "9"));
        assert!(!close_enough("Tuesday", "Thursday"));
    }
}
