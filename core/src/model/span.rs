//! A half-open range `[start, end)` of Unicode code points, valid by construction.

use std::fmt;

/// A half-open range of code points. `start <= end` always holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Builds a span; `None` when `start > end`.
    pub fn new(start: usize, end: usize) -> Option<Span> {
        (start <= end).then_some(Span { start, end })
    }

    pub fn start(self) -> usize {
        self.start
    }

    pub fn end(self) -> usize {
        self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one code point.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The part of `self` inside `other`, if any code point is shared.
    pub fn clip(self, other: Span) -> Option<Span> {
        let s = self.start.max(other.start);
        let e = self.end.min(other.end);
        (s < e).then_some(Span { start: s, end: e })
    }

    pub fn contains(self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {})", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_reversed_ranges() {
        assert!(Span::new(3, 2).is_none());
        assert_eq!(Span::new(2, 2).map(Span::is_empty), Some(true));
    }

    #[test]
    fn overlap_is_strict_for_half_open_ranges() {
        let a = Span::new(0, 5).unwrap();
        assert!(!a.overlaps(Span::new(5, 9).unwrap()));
        assert!(a.overlaps(Span::new(4, 9).unwrap()));
        assert_eq!(a.clip(Span::new(3, 9).unwrap()), Span::new(3, 5));
        assert_eq!(a.clip(Span::new(5, 9).unwrap()), None);
    }
}
