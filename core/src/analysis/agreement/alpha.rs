//! Krippendorff's alpha for nominal data, from reliability data with missing values, through the
//! coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
//!
//! alpha = 1 − D_o / D_e, with D_o = (1/n) Σ_{c≠k} o_ck the observed disagreement and
//! D_e = 1/(n(n−1)) Σ_{c≠k} n_c·n_k the disagreement expected by chance; `o_ck` sums, over units
//! with at least two values, the ordered pairs of values (c, k) from different coders divided by
//! m_u − 1, where m_u is the number of values in the unit.

/// The coincidence matrix of some reliability data: how often each value met each other value in
/// the same unit, pairable values only.
#[derive(Clone, Debug, PartialEq)]
pub struct Coincidences {
    /// The values that occur in pairable units, ascending.
    pub values: Vec<u32>,
    /// `matrix[i][j]` is o_ck for `c = values[i]`, `k = values[j]`; symmetric.
    pub matrix: Vec<Vec<f64>>,
    /// n_c for `c = values[i]`: how many pairable values equal it (the row sums of `matrix`,
    /// counted rather than summed, so they are exact).
    pub marginals: Vec<f64>,
}

impl Coincidences {
    /// Tabulates reliability data: one row per unit, one entry per coder, `None` for a missing
    /// value. Units with fewer than two values cannot be paired and are left out.
    pub fn of(units: &[Vec<Option<u32>>]) -> Coincidences {
        let mut tally = Tally::default();
        let mut counts: SmallMap<u32, usize> = SmallMap::default();
        for unit in units {
            counts.0.clear();
            for &v in unit.iter().flatten() {
                *counts.entry(v) += 1;
            }
            tally.add(&counts.0, 1.0);
        }
        tally.finish()
    }

    /// n: the number of pairable values.
    pub fn total(&self) -> f64 {
        self.marginals.iter().sum()
    }

    /// D_o = (1/n) Σ_{c≠k} o_ck; `None` with no pairable values.
    pub fn observed_disagreement(&self) -> Option<f64> {
        let n = self.total();
        let off: f64 = self.off_diagonal().map(|(i, j)| self.matrix[i][j]).sum();
        (n > 0.0).then(|| off / n)
    }

    /// D_e = 1/(n(n−1)) Σ_{c≠k} n_c·n_k; `None` with fewer than two pairable values.
    pub fn expected_disagreement(&self) -> Option<f64> {
        let n = self.total();
        let off: f64 = self
            .off_diagonal()
            .map(|(i, j)| self.marginals[i] * self.marginals[j])
            .sum();
        (n >= 2.0).then(|| off / (n * (n - 1.0)))
    }

    /// alpha = 1 − D_o / D_e. `None` when it is undefined: no unit has two values to pair, or
    /// every pairable value is the same (D_e = 0: no variation, so agreement cannot be told from
    /// chance — Krippendorff leaves alpha undefined there rather than calling it perfect).
    pub fn alpha(&self) -> Option<f64> {
        if self.values.len() < 2 {
            return None;
        }
        Some(1.0 - self.observed_disagreement()? / self.expected_disagreement()?)
    }

    fn off_diagonal(&self) -> impl Iterator<Item = (usize, usize)> {
        let v = self.values.len();
        (0..v).flat_map(move |i| (0..v).filter(move |&j| j != i).map(move |j| (i, j)))
    }
}

/// Krippendorff's alpha, nominal, from reliability data: units × coders, `None` = missing value.
/// `None` when alpha is undefined: fewer than 2 pairable values (no unit coded by two coders), or
/// no variation at all (every pairable value the same).
pub fn nominal_alpha(units: &[Vec<Option<u32>>]) -> Option<f64> {
    Coincidences::of(units).alpha()
}

/// Coincidences summed unit by unit, each unit given as its values' counts.
#[derive(Default)]
pub(super) struct Tally {
    cells: SmallMap<(u32, u32), f64>,
    marginals: SmallMap<u32, f64>,
}

/// A map kept as a vector sorted by key: nominal data has few values, and a `BTreeMap` per key
/// type would cost the wasm several kilobytes.
struct SmallMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        SmallMap(Vec::new())
    }
}

impl<K: Ord + Copy, V: Default> SmallMap<K, V> {
    fn entry(&mut self, key: K) -> &mut V {
        let i = match self.0.binary_search_by(|e| e.0.cmp(&key)) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key, V::default()));
                i
            }
        };
        &mut self.0[i].1
    }
}

impl Tally {
    /// Adds `times` units whose values occur `counts` times each (`(value, count)`, distinct
    /// values): each ordered pair of values from different coders adds 1 / (m_u − 1).
    pub(super) fn add(&mut self, counts: &[(u32, usize)], times: f64) {
        let m: usize = counts.iter().map(|c| c.1).sum();
        if m < 2 || times == 0.0 {
            return;
        }
        let per_pair = times / (m - 1) as f64;
        for &(c, nc) in counts.iter().filter(|c| c.1 > 0) {
            *self.marginals.entry(c) += nc as f64 * times;
            for &(k, nk) in counts.iter().filter(|c| c.1 > 0) {
                let pairs = if c == k { nc * (nc - 1) } else { nc * nk };
                *self.cells.entry((c, k)) += pairs as f64 * per_pair;
            }
        }
    }

    pub(super) fn finish(self) -> Coincidences {
        let values: Vec<u32> = self.marginals.0.iter().map(|e| e.0).collect();
        let index = |v: u32| values.binary_search(&v).expect("a tallied value");
        let mut matrix = vec![vec![0.0; values.len()]; values.len()];
        for &((c, k), o) in &self.cells.0 {
            matrix[index(c)][index(k)] = o;
        }
        Coincidences {
            values,
            matrix,
            marginals: self.marginals.0.into_iter().map(|e| e.1).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round3(x: f64) -> f64 {
        (x * 1000.0).round() / 1000.0
    }

    /// Rows are coders here, as the papers print them; `0` is a missing value.
    fn by_coder(rows: &[&[u32]]) -> Vec<Vec<Option<u32>>> {
        (0..rows[0].len())
            .map(|u| {
                rows.iter()
                    .map(|r| Some(r[u]).filter(|&v| v != 0))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn krippendorff_2011_four_coders_twelve_units_with_missing_values() {
        let units = by_coder(&[
            &[1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0],
            &[1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3],
            &[0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0],
            &[1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0],
        ]);
        let c = Coincidences::of(&units);
        // Unit 12 has one value and is left out: 40 pairable values, as in the paper.
        assert_eq!(c.total(), 40.0);
        assert_eq!(c.values, [1, 2, 3, 4, 5]);
        assert_eq!(c.marginals, [9.0, 13.0, 10.0, 5.0, 3.0]);
        assert_eq!(round3(nominal_alpha(&units).unwrap()), 0.743);
    }

    #[test]
    fn krippendorff_binary_two_coders_ten_units() {
        // From "Computing Krippendorff's Alpha-Reliability" (and his Content Analysis): alpha 0.095.
        let units: Vec<Vec<Option<u32>>> = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
            .iter()
            .zip([1, 1, 1, 0, 0, 1, 0, 0, 0, 0])
            .map(|(&a, b)| vec![Some(a), Some(b)])
            .collect();
        let c = Coincidences::of(&units);
        assert_eq!(c.matrix, [[10.0, 4.0], [4.0, 2.0]]);
        // 1 − (n − 1)·o_01 / (n_0·n_1) = 1 − 19·4 / (14·6) = 8/84.
        assert!((c.alpha().unwrap() - 8.0 / 84.0).abs() < 1e-12);
        assert_eq!(round3(c.alpha().unwrap()), 0.095);
    }

    #[test]
    fn wikipedia_three_coders_fifteen_units() {
        // The worked example of the Wikipedia article "Krippendorff's alpha": alpha nominal 0.691.
        let units = by_coder(&[
            &[0, 0, 0, 0, 0, 3, 4, 1, 2, 1, 1, 3, 3, 0, 3],
            &[1, 0, 2, 1, 3, 3, 4, 3, 0, 0, 0, 0, 0, 0, 0],
            &[0, 0, 2, 1, 3, 4, 4, 0, 2, 1, 1, 3, 3, 0, 4],
        ]);
        assert_eq!(round3(nominal_alpha(&units).unwrap()), 0.691);
    }

    #[test]
    fn perfect_agreement_is_one_and_systematic_disagreement_is_negative() {
        let agree = by_coder(&[&[1, 2, 1, 2], &[1, 2, 1, 2]]);
        assert_eq!(nominal_alpha(&agree), Some(1.0));
        // Every pair disagrees: o_12 = o_21 = 2, n_1 = n_2 = 2, alpha = 1 − 3·4/8.
        let swap = by_coder(&[&[1, 2], &[2, 1]]);
        assert_eq!(nominal_alpha(&swap), Some(-0.5));
    }

    #[test]
    fn undefined_without_pairs_or_without_variation() {
        assert_eq!(nominal_alpha(&[]), None);
        // One coder: no unit has two values.
        assert_eq!(nominal_alpha(&by_coder(&[&[1, 2, 3]])), None);
        // Two coders who never code the same unit.
        assert_eq!(nominal_alpha(&by_coder(&[&[1, 0], &[0, 2]])), None);
        // Everyone agrees, on one value only.
        assert_eq!(nominal_alpha(&by_coder(&[&[1, 1, 1], &[1, 1, 1]])), None);
    }
}
