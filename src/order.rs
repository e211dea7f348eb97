//! Stable sorting through one copy of std's sort (issue 11). `slice::sort_by` is generic
//! over the element and the comparator, so each of the app's 13 call sites linked its own
//! mergesort, 5.4 KB of the wasm in all. Here std sorts indices once, with a `dyn`
//! comparator, and the slice is then put in that order by swaps.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`: the order `v.sort_by(cmp)` gives.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_indices(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &order);
}

/// Sorts `v` stably by a key: the order `v.sort_by_key(key)` gives.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// `0..n` stably sorted by comparing the items at those indices. Not generic: the one
/// instance of the sort.
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

/// Puts `v` in the order `order` gives (`order[i]` is the index, before, of the item that
/// goes to `i`), in place. Position `i` takes what was at `order[i]`; if that item has
/// already been swapped away by an earlier step, following `order` from it finds where it
/// went, since each step `j < i` sent the item it displaced to `order[j]`'s place.
fn permute<T>(v: &mut [T], order: &[usize]) {
    for i in 0..v.len() {
        let mut at = order[i];
        while at < i {
            at = order[at];
        }
        v.swap(i, at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no crate.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn same_order_as_std_including_ties() {
        let mut seed = 7;
        for len in 0..60 {
            for _ in 0..20 {
                // (key, tag): few distinct keys, so many ties, and a tag to see stability.
                let v: Vec<(u64, usize)> = (0..len).map(|i| (lcg(&mut seed) % 5, i)).collect();
                let mut want = v.clone();
                want.sort_by_key(|a| a.0);
                let mut got = v.clone();
                sort_by(&mut got, |a, b| a.0.cmp(&b.0));
                assert_eq!(got, want, "{v:?}");
                let mut got = v;
                sort_by_key(&mut got, |x| x.0);
                assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn reverse_and_sorted_inputs() {
        let mut v: Vec<u32> = (0..100).rev().collect();
        sort_by(&mut v, |a, b| a.cmp(b));
        assert_eq!(v, (0..100).collect::<Vec<_>>());
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, (0..100).rev().collect::<Vec<_>>());
    }
}
