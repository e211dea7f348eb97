//! Stable sorting for the layout, data and view code: std's `slice::sort_by` and
//! `sort_by_key`, which with std built for size (scripts/build.sh) are small.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`: `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    v.sort_by(cmp);
}

/// Sorts `v` stably by a key: `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    v.sort_by_key(key);
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
