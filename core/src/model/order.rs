//! One small stable sort for the whole program. The standard library's sorts are fast but large,
//! and every element type and comparison gets its own copy of them; in the browser build those
//! copies added up to tens of kilobytes. Here the sorting itself is compiled once (a merge sort of
//! positions through a `dyn` comparison) and only the final reordering is per type.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, in O(n log n).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_positions(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    reorder(v, order);
}

/// Sorts `v` stably by the key `f` gives each element.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` by its own order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions `0..n` in the order `cmp` gives them, ties kept in place (bottom-up merge sort).
fn sorted_positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if cmp(from[j], from[i]) == Ordering::Less {
                    to[k] = from[j];
                    j += 1;
                } else {
                    to[k] = from[i];
                    i += 1;
                }
                k += 1;
            }
            to[k..k + (mid - i)].copy_from_slice(&from[i..mid]);
            k += mid - i;
            to[k..k + (end - j)].copy_from_slice(&from[j..end]);
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Puts `v[order[k]]` at position `k`, by following the permutation's cycles with swaps.
fn reorder<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != start {
            let next = order[at];
            v.swap(at, next);
            order[at] = at;
            at = next;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn sorts_strings_and_keeps_ties_in_place() {
        let mut v = vec!["pear", "fig", "apple", "kiwi", "date"];
        sort_by_key(&mut v, |s| s.len());
        assert_eq!(v, ["fig", "pear", "kiwi", "date", "apple"]);
        sort(&mut v);
        assert_eq!(v, ["apple", "date", "fig", "kiwi", "pear"]);
    }
}
