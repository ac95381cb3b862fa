//! Work split among the machine's cores, with the results in input order: the sentences of a
//! long article, the lines of a batch of claims.

/// The threads worth starting: the machine's cores, at most 8.
pub fn threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8)
}

/// `f` of each element, in order. With at least `from` elements, they are split into one
/// block per core; fewer are done on this thread, where starting threads would cost more than
/// it saves (and the system is not even asked for its cores).
pub fn map<T: Sync, U: Send>(items: &[T], from: usize, f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    let threads = if items.len() < from.max(2) {
        1
    } else {
        threads()
    };
    if threads < 2 {
        return items.iter().map(f).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(items.len().div_ceil(threads))
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<U>>()))
            .collect();
        join_in_order(workers)
    })
}

/// [`map`] for elements that are used up: each is handed to `f` and dropped as it is done.
pub fn map_owned<T: Send, U: Send>(
    items: Vec<T>,
    from: usize,
    f: impl Fn(T) -> U + Sync,
) -> Vec<U> {
    let threads = if items.len() < from.max(2) {
        1
    } else {
        threads()
    };
    if threads < 2 {
        return items.into_iter().map(f).collect();
    }
    let per_thread = items.len().div_ceil(threads);
    let mut parts = Vec::with_capacity(threads);
    let mut rest = items.into_iter();
    loop {
        let part: Vec<T> = rest.by_ref().take(per_thread).collect();
        if part.is_empty() {
            break;
        }
        parts.push(part);
    }
    let f = &f;
    std::thread::scope(|scope| {
        let workers: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(move || part.into_iter().map(f).collect::<Vec<U>>()))
            .collect();
        join_in_order(workers)
    })
}

/// The workers' results, one block after another.
fn join_in_order<U>(workers: Vec<std::thread::ScopedJoinHandle<'_, Vec<U>>>) -> Vec<U> {
    let mut out = Vec::new();
    for w in workers {
        out.extend(w.join().expect("a worker thread panicked"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_input_order_split_or_not() {
        for n in [0, 1, 7, 1000, 1001] {
            let items: Vec<u32> = (0..n).collect();
            let expected: Vec<u32> = items.iter().map(|x| x * 3).collect();
            for from in [2, 500, 5000] {
                assert_eq!(map(&items, from, |x| x * 3), expected);
                assert_eq!(map_owned(items.clone(), from, |x| x * 3), expected);
            }
        }
    }
}
