//! Precision and recall of suggestions against hand-annotated spans, under overlap matching, and the
//! targets `cargo xtask eval` holds the engine to.
//!
//! Overlap matching: a suggestion is a true positive when it shares at least one code point with a
//! gold span of the same label. Recall counts the gold spans that share at least one code point with
//! a suggestion of their label. Precision = true positives / suggestions; recall = gold spans found /
//! gold spans. Boundaries are not scored: a suggestion is a hint the reader adjusts.

use std::collections::BTreeMap;

use crate::model::Span;

/// Counts for one label (or summed over labels or articles).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Suggestions made.
    pub suggested: usize,
    /// Suggestions that overlap a gold span of their label.
    pub true_positives: usize,
    /// Gold spans.
    pub gold: usize,
    /// Gold spans that some suggestion of their label overlaps.
    pub found: usize,
}

impl Counts {
    /// `None` when nothing was suggested.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.true_positives, self.suggested)
    }

    /// `None` when there is nothing to find.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.found, self.gold)
    }

    pub fn add(&mut self, other: Counts) {
        self.suggested += other.suggested;
        self.true_positives += other.true_positives;
        self.gold += other.gold;
        self.found += other.found;
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Spans sorted by start with the running maximum of their ends, so "does anything overlap this
/// span?" is one binary search.
struct Intervals {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Intervals {
    fn new(spans: impl Iterator<Item = Span>) -> Intervals {
        let mut v: Vec<Span> = spans.collect();
        crate::model::order::sort(&mut v);
        let mut max = 0;
        Intervals {
            starts: v.iter().map(|s| s.start()).collect(),
            max_end: v
                .iter()
                .map(|s| {
                    max = max.max(s.end());
                    max
                })
                .collect(),
        }
    }

    /// True when some span shares a code point with `s` (empty spans share none).
    fn overlaps(&self, s: Span) -> bool {
        let before_end = self.starts.partition_point(|&st| st < s.end());
        !s.is_empty() && before_end > 0 && self.max_end[before_end - 1] > s.start()
    }
}

/// Scores `suggested` against `gold`, per label. Every label of either side gets an entry.
pub fn score(gold: &[(&str, Span)], suggested: &[(&str, Span)]) -> BTreeMap<String, Counts> {
    let mut labels: Vec<&str> = gold.iter().chain(suggested).map(|(l, _)| *l).collect();
    crate::model::order::sort(&mut labels);
    labels.dedup();
    let of = |side: &[(&str, Span)], label: &str| -> Vec<Span> {
        side.iter()
            .filter(|(l, _)| *l == label)
            .map(|(_, s)| *s)
            .collect()
    };
    labels
        .into_iter()
        .map(|label| {
            let g = of(gold, label);
            let s = of(suggested, label);
            let gi = Intervals::new(g.iter().copied());
            let si = Intervals::new(s.iter().copied());
            let counts = Counts {
                suggested: s.len(),
                true_positives: s.iter().filter(|x| gi.overlaps(**x)).count(),
                gold: g.len(),
                found: g.iter().filter(|x| si.overlaps(**x)).count(),
            };
            (label.to_string(), counts)
        })
        .collect()
}

/// A label's minimum figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Target {
    pub label: &'static str,
    pub precision: f64,
    pub recall: Option<f64>,
}

/// The targets of issue 7 on the evaluation set (all articles together).
pub const TARGETS: &[Target] = &[
    Target {
        label: super::HEDGE,
        precision: 0.85,
        recall: Some(0.75),
    },
    Target {
        label: super::SOURCE,
        precision: 0.8,
        recall: Some(0.7),
    },
    Target {
        label: super::CLAIM,
        precision: 0.6,
        recall: None,
    },
];

/// One sentence per figure below its target; empty when all are met. A label with no suggestions at
/// all fails its precision target.
pub fn shortfalls(totals: &BTreeMap<String, Counts>) -> Vec<String> {
    let mut out = Vec::new();
    for t in TARGETS {
        let c = totals.get(t.label).copied().unwrap_or_default();
        let p = c.precision().unwrap_or(0.0);
        if p < t.precision {
            out.push(format!(
                "{} precision {p:.3} is below the target {:.2}",
                t.label, t.precision
            ));
        }
        if let Some(min) = t.recall {
            let r = c.recall().unwrap_or(0.0);
            if r < min {
                out.push(format!(
                    "{} recall {r:.3} is below the target {min:.2}",
                    t.label
                ));
            }
        }
    }
    out
}

/// A plain-text table: one row per label and an overall row (all labels pooled).
pub fn table(title: &str, totals: &BTreeMap<String, Counts>) -> String {
    let fmt = |v: Option<f64>| v.map_or("  -  ".to_string(), |v| format!("{v:.3}"));
    let mut out = format!(
        "{title}\n{:<8} {:>9} {:>7} {:>9} {:>5} {:>5} {:>5}\n",
        "label", "precision", "recall", "suggested", "tp", "gold", "found"
    );
    let mut all = Counts::default();
    let rows = totals.iter().map(|(l, c)| (l.as_str(), *c));
    for (label, c) in rows {
        all.add(c);
        out.push_str(&row(label, c, fmt));
    }
    out.push_str(&row("overall", all, fmt));
    out
}

fn row(label: &str, c: Counts, fmt: impl Fn(Option<f64>) -> String) -> String {
    format!(
        "{label:<8} {:>9} {:>7} {:>9} {:>5} {:>5} {:>5}\n",
        fmt(c.precision()),
        fmt(c.recall()),
        c.suggested,
        c.true_positives,
        c.gold,
        c.found
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(a: usize, b: usize) -> Span {
        Span::new(a, b).unwrap()
    }

    /// Worked by hand:
    /// hedge gold [0,5) [10,12) [20,30); suggested [4,6) (tp), [12,14) (touches [10,12) only at its
    /// end: no overlap, fp), [21,22) and [25,40) (both tp, one gold found twice).
    /// → suggested 4, tp 3, gold 3, found 2: precision 0.75, recall 2/3.
    /// source gold [0,3); a hedge suggestion there does not count for it: nothing suggested.
    /// claim suggested [50,60) with no gold: precision 0, recall undefined.
    #[test]
    fn overlap_matching_counts_by_hand() {
        let gold = [
            ("hedge", sp(0, 5)),
            ("hedge", sp(10, 12)),
            ("hedge", sp(20, 30)),
            ("source", sp(0, 3)),
        ];
        let suggested = [
            ("hedge", sp(4, 6)),
            ("hedge", sp(12, 14)),
            ("hedge", sp(21, 22)),
            ("hedge", sp(25, 40)),
            ("claim", sp(50, 60)),
        ];
        let got = score(&gold, &suggested);
        let h = got["hedge"];
        assert_eq!(
            (h.suggested, h.true_positives, h.gold, h.found),
            (4, 3, 3, 2)
        );
        assert_eq!(h.precision(), Some(0.75));
        assert!((h.recall().unwrap() - 2.0 / 3.0).abs() < 1e-12);
        let s = got["source"];
        assert_eq!((s.suggested, s.found, s.precision()), (0, 0, None));
        assert_eq!(s.recall(), Some(0.0));
        let c = got["claim"];
        assert_eq!((c.precision(), c.recall()), (Some(0.0), None));
    }

    #[test]
    fn nested_gold_spans_are_found_through_the_running_maximum() {
        // [0,100) contains [10,20); a suggestion at [50,51) overlaps only the outer one.
        let gold = [("claim", sp(0, 100)), ("claim", sp(10, 20))];
        let got = score(&gold, &[("claim", sp(50, 51))]);
        assert_eq!(got["claim"].true_positives, 1);
        assert_eq!(got["claim"].found, 1);
    }

    #[test]
    fn shortfalls_name_each_figure_below_target() {
        let mut totals = BTreeMap::new();
        let c = |suggested, tp, gold, found| Counts {
            suggested,
            true_positives: tp,
            gold,
            found,
        };
        totals.insert("hedge".to_string(), c(10, 9, 10, 7));
        totals.insert("source".to_string(), c(10, 8, 10, 7));
        totals.insert("claim".to_string(), c(10, 5, 20, 5));
        assert_eq!(
            shortfalls(&totals),
            [
                "hedge recall 0.700 is below the target 0.75",
                "claim precision 0.500 is below the target 0.60"
            ]
        );
        totals.insert("claim".to_string(), c(10, 6, 20, 5));
        totals.insert("hedge".to_string(), c(10, 9, 10, 8));
        assert!(shortfalls(&totals).is_empty());
    }

    #[test]
    fn the_table_has_a_row_per_label_and_an_overall_row() {
        let got = score(
            &[("hedge", sp(0, 2))],
            &[("hedge", sp(1, 3)), ("claim", sp(5, 6))],
        );
        let t = table("all", &got);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0], "all");
        assert!(lines[2].starts_with("claim") && lines[2].contains("0.000"));
        assert!(lines[3].starts_with("hedge") && lines[3].contains("1.000"));
        assert!(lines[4].starts_with("overall") && lines[4].contains("0.500"));
    }
}
