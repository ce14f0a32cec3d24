//! Where each render group of a windowed article sits on the page, so that only the groups near
//! what is read need to be in it: each group's height (measured once it has been in the page,
//! estimated from its characters before), their tops, which groups a stretch of the page shows,
//! and what stands in for the groups left out. Pure arithmetic, tested natively; the article
//! (`components/groups.rs`) reads and writes the page.

use std::ops::Range;

/// Height per character before anything is measured (a guess; the first groups in the page
/// replace it).
const FIRST_GUESS: f64 = 0.45;
/// The estimate per character is learnt from the first groups measured, up to this many
/// characters, and then kept: were it to change with every group measured, the estimated heights
/// of the thousands of groups above a far place of a book would move what is read off screen.
const LEARN_CHARS: usize = 50_000;

/// One thing in the list of groups: a group in the page, or a gap standing for groups left out.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Group(usize),
    /// Groups `from..to`, and their height in pixels.
    Gap(Range<usize>, f64),
}

pub struct Layout {
    /// Characters per group.
    chars: Vec<usize>,
    /// Height per group: `Some` once measured.
    measured: Vec<Option<f64>>,
    /// Measured height and characters (of the first groups measured): the estimate per character.
    seen: (f64, usize),
    /// Where each group starts, and after the last one the total (rebuilt when a height changes).
    tops: Vec<f64>,
}

impl Layout {
    /// A layout for groups of these many characters, none measured.
    pub fn new(chars: Vec<usize>) -> Layout {
        let mut l = Layout {
            measured: vec![None; chars.len()],
            chars,
            seen: (0.0, 0),
            tops: Vec::new(),
        };
        l.rebuild();
        l
    }

    fn per_char(&self) -> f64 {
        if self.seen.1 == 0 {
            FIRST_GUESS
        } else {
            self.seen.0 / self.seen.1 as f64
        }
    }

    /// Group `g`'s height: measured, else estimated.
    pub fn height(&self, g: usize) -> f64 {
        self.measured[g].unwrap_or(self.chars[g] as f64 * self.per_char())
    }

    fn rebuild(&mut self) {
        let mut top = 0.0;
        self.tops = Vec::with_capacity(self.chars.len() + 1);
        for g in 0..self.chars.len() {
            self.tops.push(top);
            top += self.height(g);
        }
        self.tops.push(top);
    }

    pub fn is_measured(&self, g: usize) -> bool {
        self.measured[g].is_some()
    }

    pub fn measured_any(&self) -> bool {
        self.seen.1 > 0
    }

    /// Records group heights read from the page (changed or new ones).
    pub fn measure(&mut self, heights: &[(usize, f64)]) {
        let mut changed = false;
        for &(g, h) in heights {
            if self.measured[g] != Some(h) {
                if self.measured[g].is_none() && self.seen.1 < LEARN_CHARS {
                    self.seen = (self.seen.0 + h, self.seen.1 + self.chars[g]);
                }
                self.measured[g] = Some(h);
                changed = true;
            }
        }
        if changed {
            self.rebuild();
        }
    }

    /// Where group `g` starts (`g` may be the number of groups: the total height).
    pub fn top(&self, g: usize) -> f64 {
        self.tops[g]
    }

    /// The group at height `y` (the last one below the end).
    pub fn at(&self, y: f64) -> usize {
        let n = self.chars.len();
        self.tops[1..=n]
            .partition_point(|&t| t <= y)
            .min(n.saturating_sub(1))
    }

    /// The groups that show some of the stretch from `from` to `to`.
    pub fn showing(&self, from: f64, to: f64) -> Range<usize> {
        if self.chars.is_empty() {
            return 0..0;
        }
        self.at(from)..self.at(to) + 1
    }

    /// The list to render: the groups in `shown` (in order, without repeats), with a gap for each
    /// run of groups left out.
    pub fn items(&self, shown: &[usize]) -> Vec<Item> {
        let mut out = Vec::with_capacity(2 * shown.len() + 1);
        let mut next = 0;
        for &g in shown {
            if g > next {
                out.push(Item::Gap(next..g, self.top(g) - self.top(next)));
            }
            out.push(Item::Group(g));
            next = g + 1;
        }
        let n = self.chars.len();
        if next < n {
            out.push(Item::Gap(next..n, self.top(n) - self.top(next)));
        }
        out
    }
}

/// The items, each with the number of gaps before it: a gap's own number among the gaps, which
/// names its height in the page (`--gap-n`, see `dom/page.rs`).
pub fn numbered(items: &[Item]) -> impl Iterator<Item = (&Item, usize)> {
    items.iter().scan(0, |gaps, item| {
        let n = *gaps;
        if matches!(item, Item::Gap(..)) {
            *gaps += 1;
        }
        Some((item, n))
    })
}

/// The groups to have in the page: `around` (the groups near the viewport) and the `pinned` ones
/// (the selected or flashed span's, the search's current match), in order, each once.
pub fn shown(around: Range<usize>, pinned: &[usize]) -> Vec<usize> {
    let mut out: Vec<usize> = around.collect();
    out.extend(pinned);
    close_reader_core::model::order::sort(&mut out);
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_follow_the_groups_measured() {
        let mut l = Layout::new(vec![100, 200, 100, 400]);
        assert_eq!(l.top(4), 800.0 * FIRST_GUESS);
        // The first group is 50 px high: half a pixel per character, for the others too.
        l.measure(&[(0, 50.0)]);
        assert_eq!(l.height(1), 100.0);
        assert_eq!(l.top(3), 50.0 + 100.0 + 50.0);
        assert_eq!(l.top(4), 400.0);
        l.measure(&[(1, 300.0)]);
        assert_eq!(l.height(1), 300.0, "a measured height is kept as it is");
        assert_eq!(l.height(3), 400.0 * 350.0 / 300.0);
    }

    #[test]
    fn the_estimate_is_kept_once_learnt() {
        let mut l = Layout::new(vec![LEARN_CHARS, 100, 100]);
        l.measure(&[(0, LEARN_CHARS as f64)]);
        l.measure(&[(1, 300.0)]);
        assert_eq!(
            l.height(2),
            100.0,
            "one pixel per character, as first measured"
        );
    }

    #[test]
    fn a_stretch_of_the_page_maps_to_the_groups_under_it() {
        let mut l = Layout::new(vec![100; 10]);
        l.measure(&(0..10).map(|g| (g, 100.0)).collect::<Vec<_>>());
        assert_eq!(l.at(0.0), 0);
        assert_eq!(l.at(99.9), 0);
        assert_eq!(l.at(100.0), 1);
        assert_eq!(l.at(5000.0), 9, "below the end: the last group");
        assert_eq!(l.showing(150.0, 420.0), 1..5);
        assert_eq!(Layout::new(Vec::new()).showing(0.0, 10.0), 0..0);
    }

    #[test]
    fn groups_left_out_become_gaps_of_their_height() {
        let mut l = Layout::new(vec![100; 6]);
        l.measure(
            &(0..6)
                .map(|g| (g, 10.0 * (g + 1) as f64))
                .collect::<Vec<_>>(),
        );
        let shown = shown(2..4, &[0, 3]);
        assert_eq!(shown, vec![0, 2, 3]);
        assert_eq!(
            l.items(&shown),
            vec![
                Item::Group(0),
                Item::Gap(1..2, 20.0),
                Item::Group(2),
                Item::Group(3),
                Item::Gap(4..6, 110.0),
            ]
        );
    }

    #[test]
    fn gaps_are_numbered_in_order() {
        let items = [
            Item::Gap(0..1, 5.0),
            Item::Group(1),
            Item::Gap(2..4, 9.0),
            Item::Group(4),
        ];
        let gaps: Vec<(Range<usize>, usize)> = numbered(&items)
            .filter_map(|(item, n)| match item {
                Item::Gap(r, _) => Some((r.clone(), n)),
                Item::Group(_) => None,
            })
            .collect();
        assert_eq!(gaps, vec![(0..1, 0), (2..4, 1)]);
    }
}
