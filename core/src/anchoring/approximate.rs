//! The approximate half of quote matching: a quote that is not in the text exactly is looked for
//! within a few edits, in a copy of the text whose whitespace runs are one space each.
//!
//! Cost: the quote is split into k+1 pieces (if at most k edits separate quote and text, one piece
//! occurs unchanged), the pieces are found by a SIMD substring scan (memchr), and the edit distance
//! table runs only in windows around those hits: O(hits · m · (m + 2k)) instead of O(n · m).

use memchr::memmem;

use crate::model::{Span, Text};

/// Pieces occurring more often than this are not used as seeds (they would only slow the search).
const MAX_SEED_HITS: usize = 20_000;

/// The text with every whitespace run turned into one space, and for each of its characters the
/// code points of the original that it stands for.
pub(super) struct Squeezed {
    chars: Vec<char>,
    s: String,
    byte_of: Vec<u32>,
    start: Vec<u32>,
    end: Vec<u32>,
}

impl Squeezed {
    /// The squeezed copy of `text`.
    pub(super) fn new(text: &Text) -> Squeezed {
        let mut sq = Squeezed {
            chars: Vec::new(),
            s: String::new(),
            byte_of: Vec::new(),
            start: Vec::new(),
            end: Vec::new(),
        };
        for (cp, c) in text.as_str().chars().enumerate() {
            let cp = cp as u32;
            if c.is_whitespace() {
                if sq.chars.last() == Some(&' ') {
                    *sq.end.last_mut().expect("a space was pushed") = cp + 1;
                    continue;
                }
                sq.push(' ', cp);
            } else {
                sq.push(c, cp);
            }
        }
        sq
    }

    /// The span of the original text that squeezed characters `a..b` stand for.
    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.start[a] as usize, self.end[b - 1] as usize).expect("ordered")
    }

    fn push(&mut self, c: char, cp: u32) {
        self.byte_of.push(self.s.len() as u32);
        self.s.push(c);
        self.chars.push(c);
        self.start.push(cp);
        self.end.push(cp + 1);
    }

    fn char_at_byte(&self, byte: usize) -> usize {
        self.byte_of.partition_point(|&b| (b as usize) < byte)
    }
}

/// Whitespace runs as one space, in either direction.
pub(super) fn squeeze(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    let mut last_space = false;
    chars.filter_map(move |c| {
        let space = c.is_whitespace();
        let keep = !(space && last_space);
        last_space = space;
        keep.then_some(if space { ' ' } else { c })
    })
}

/// Places in the squeezed text within `k` edits of `quote`: `(start, end, distance)` in squeezed
/// characters, one per place (overlapping alignments keep the closest).
pub(super) fn approximate(sq: &Squeezed, quote: &[char], k: usize) -> Vec<(usize, usize, usize)> {
    let m = quote.len();
    let n = sq.chars.len();
    let pieces = k + 1;
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for p in 0..pieces {
        let (a, b) = (p * m / pieces, (p + 1) * m / pieces);
        if a == b {
            continue;
        }
        let piece: String = quote[a..b].iter().collect();
        // Overlapping occurrences too (`find_iter` skips them): in a run of one character, the
        // occurrence next to the match may overlap the one before it.
        let finder = memmem::Finder::new(piece.as_bytes());
        let mut hits: Vec<usize> = Vec::new();
        let mut from = 0;
        while hits.len() <= MAX_SEED_HITS {
            let Some(i) = finder.find(&sq.s.as_bytes()[from..]) else {
                break;
            };
            hits.push(from + i);
            from += i + 1;
        }
        if hits.len() > MAX_SEED_HITS {
            continue;
        }
        for byte in hits {
            let at = sq.char_at_byte(byte);
            let lo = at.saturating_sub(a + k);
            let hi = (at.saturating_sub(a) + m + k).min(n);
            windows.push((lo, hi));
        }
    }
    crate::model::order::sort(&mut windows);
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (lo, hi) in windows {
        match merged.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    let mut found = Vec::new();
    for (lo, hi) in merged {
        found.extend(
            align(quote, &sq.chars[lo..hi], k)
                .into_iter()
                .map(|(s, e, d)| (lo + s, lo + e, d)),
        );
    }
    found
}

/// Semi-global edit distance of `quote` against every substring of `window`: alignments within
/// `k` edits, grouped where they overlap, keeping the closest of each group.
fn align(quote: &[char], window: &[char], k: usize) -> Vec<(usize, usize, usize)> {
    let m = quote.len();
    let mut prev: Vec<(usize, usize)> = (0..=m).map(|i| (i, 0)).collect();
    let mut cur = prev.clone();
    let mut ends: Vec<(usize, usize, usize)> = Vec::new();
    for (j, &t) in window.iter().enumerate() {
        cur[0] = (0, j + 1);
        for i in 1..=m {
            let sub = (
                prev[i - 1].0 + usize::from(quote[i - 1] != t),
                prev[i - 1].1,
            );
            let skip_text = (prev[i].0 + 1, prev[i].1);
            let skip_quote = (cur[i - 1].0 + 1, cur[i - 1].1);
            cur[i] = [sub, skip_text, skip_quote]
                .into_iter()
                .min_by_key(|c| c.0)
                .expect("three options");
        }
        let (d, s) = cur[m];
        if d <= k && s < j + 1 {
            ends.push((s, j + 1, d));
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    crate::model::order::sort(&mut ends);
    let mut groups: Vec<(usize, usize, usize, usize)> = Vec::new(); // best (s, e, d) and group end
    for (s, e, d) in ends {
        let closer = |g: &(usize, usize, usize, usize)| {
            (d, (e - s).abs_diff(m)) < (g.2, (g.1 - g.0).abs_diff(m))
        };
        match groups.last_mut() {
            Some(g) if s < g.3 => {
                if closer(g) {
                    *g = (s, e, d, g.3.max(e));
                } else {
                    g.3 = g.3.max(e);
                }
            }
            _ => groups.push((s, e, d, e)),
        }
    }
    groups.into_iter().map(|(s, e, d, _)| (s, e, d)).collect()
}
