//! Typo-tolerant comparison of words and names.

/// Optimal string alignment distance: edits, counting a swap of neighbours as one.
pub fn edit_distance(a: &str, b: &str) -> usize {
    if a.is_ascii() && b.is_ascii() {
        return osa_distance(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    osa_distance(&a, &b)
}

/// The distance over three rolling rows of the table, on the stack for words (up to 31
/// letters), so that comparing two words allocates nothing.
fn osa_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    const STACK: usize = 32;
    let (n, m) = (a.len(), b.len());
    let mut stack = [[0usize; STACK]; 3];
    let mut heap;
    let [r0, r1, r2]: [&mut [usize]; 3] = if m < STACK {
        let [x, y, z] = &mut stack;
        [&mut x[..], &mut y[..], &mut z[..]]
    } else {
        heap = vec![vec![0usize; m + 1]; 3];
        let [x, y, z] = &mut heap[..] else {
            unreachable!()
        };
        [&mut x[..], &mut y[..], &mut z[..]]
    };
    // two: row i-2, prev: row i-1, cur: row i.
    let (mut two, mut prev, mut cur) = (r0, r1, r2);
    for (j, cell) in prev.iter_mut().enumerate().take(m + 1) {
        *cell = j;
    }
    for i in 1..=n {
        cur[0] = i;
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(two[j - 2] + 1);
            }
            cur[j] = v;
        }
        std::mem::swap(&mut two, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m]
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
#[inline]
pub fn close_enough_lower(a: &str, b: &str) -> bool {
    if a.len() == b.len() && a.as_bytes() == b.as_bytes() {
        return true;
    }
    if a.len().abs_diff(b.len()) > 4 || a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    close_enough_slow(a, b)
}

#[inline(never)]
fn close_enough_slow(a: &str, b: &str) -> bool {
    let has_digit = |w: &str| w.bytes().any(|c| c.is_ascii_digit());
    if has_digit(a) || has_digit(b) {
        return false;
    }
    let count = |w: &str| {
        if w.is_ascii() {
            w.len()
        } else {
            w.chars().count()
        }
    };
    let (na, nb) = (count(a), count(b));
    let allowance = typo_allowance(na.min(nb));
    // A typo rarely changes the first letter; requiring it avoids Wi ~ Li matches.
    allowance > 0
        && na.abs_diff(nb) <= allowance
        && bag_distance_within(a, b, allowance)
        && edit_distance(a, b) <= allowance
}

/// Whether the letters of one word, as a multiset, differ from the other's by at most `k` on
/// either side: a lower bound on the edit distance (a swap keeps the letters; every other
/// edit changes one on each side at most), cheap enough to rule most pairs out first.
fn bag_distance_within(a: &str, b: &str, k: usize) -> bool {
    if !a.is_ascii() || !b.is_ascii() {
        return true;
    }
    let mut count = [0i8; 128];
    for c in a.bytes() {
        count[usize::from(c)] = count[usize::from(c)].saturating_add(1);
    }
    for c in b.bytes() {
        count[usize::from(c)] = count[usize::from(c)].saturating_sub(1);
    }
    // Each letter's surplus is counted once, at its first sight, and then cleared.
    let (mut only_a, mut only_b) = (0usize, 0usize);
    for c in a.bytes().chain(b.bytes()) {
        let n = &mut count[usize::from(c)];
        if *n > 0 {
            only_a += n.unsigned_abs() as usize;
        } else {
            only_b += n.unsigned_abs() as usize;
        }
        *n = 0;
    }
    only_a.max(only_b) <= k
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
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("ca", "abc"), 3);
        assert_eq!(edit_distance("São Paulo", "Sao Paulo"), 1);
        let long = "a".repeat(40);
        assert_eq!(edit_distance(&long, &format!("{long}bc")), 2);
        assert_eq!(edit_distance(&format!("b{long}"), &long), 1);
    }

    #[test]
    fn the_letter_count_bound_never_rules_out_a_close_pair() {
        let words = [
            "rubio",
            "rubbio",
            "robio",
            "urbio",
            "malaysia",
            "malasia",
            "malaysai",
            "tuesday",
            "thursday",
            "iwaya",
            "iwyaa",
            "election",
            "elections",
            "selection",
            "councillor",
            "councilor",
            "aaaa",
            "aaab",
        ];
        for a in words {
            for b in words {
                for k in 0..3 {
                    if edit_distance(a, b) <= k {
                        assert!(bag_distance_within(a, b, k), "{a} {b} {k}");
                    }
                }
            }
        }
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
