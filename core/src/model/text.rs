//! The article text and every conversion between its offset units, in one place.
//!
//! The model and the files count Unicode code points. Rust slices by UTF-8 bytes and the DOM reports
//! selection offsets in UTF-16 code units. `Text` keeps a sparse index from code points to bytes so that
//! slicing a book-length text by code points stays cheap, and what the program asks of the whole
//! text again and again (its words, its SHA-256), so that a book is not read through at every save.

use std::sync::{Arc, OnceLock};

use crate::model::hash::text_sha256;
use crate::model::Span;

/// Every `STRIDE`-th code point's byte offset is stored.
const STRIDE: usize = 64;

/// Immutable article text, cheap to clone, indexed by code point.
#[derive(Clone, Debug)]
pub struct Text {
    s: Arc<str>,
    checkpoints: Arc<[usize]>,
    len_cp: usize,
    /// Runs of characters between white space, as `str::split_whitespace` finds them.
    words: usize,
    /// The SHA-256, once asked for or known from the file the text was read from.
    sha256: Arc<OnceLock<String>>,
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.s, &other.s) || self.s == other.s
    }
}

/// Calls `f` for each code point that starts in the bytes `range` of `s`, with its byte offset and
/// whether `test` holds for it. The range may cut a character: its continuation bytes are skipped,
/// and its first byte is decoded from `s`. Only characters outside ASCII are decoded: a book's text
/// is millions of bytes, and indexing it and finding its blocks are each one pass over them.
pub fn for_each_char_in(
    s: &str,
    range: std::ops::Range<usize>,
    test: impl Fn(char) -> bool,
    mut f: impl FnMut(usize, bool),
) {
    let bytes = s.as_bytes();
    let to = range.end.min(bytes.len());
    for (i, &b) in bytes.iter().enumerate().take(to).skip(range.start) {
        if b & 0xC0 == 0x80 {
            continue;
        }
        let yes = if b < 0x80 {
            test(char::from(b))
        } else {
            s[i..].chars().next().is_some_and(&test)
        };
        f(i, yes);
    }
}

/// Indexing a text a piece at a time, as [`Text::new`] does in one go: the streaming reader indexes a
/// book's text in slices while it hashes it, so that no step of opening reads through the whole text.
#[derive(Debug, Default)]
pub struct Indexing {
    checkpoints: Vec<usize>,
    len_cp: usize,
    words: usize,
    in_word: bool,
    /// The next byte to index.
    at: usize,
}

impl Indexing {
    /// Indexes `s` (the whole text) from where the last call stopped up to byte `to` (which may cut
    /// a character: its continuation bytes are skipped, its first byte decoded from `s`).
    pub fn feed(&mut self, s: &str, to: usize) {
        let to = to.min(s.len());
        for_each_char_in(s, self.at..to, char::is_whitespace, |i, space| {
            if self.len_cp % STRIDE == 0 {
                self.checkpoints.push(i);
            }
            self.len_cp += 1;
            self.words += usize::from(!space && !self.in_word);
            self.in_word = !space;
        });
        self.at = self.at.max(to);
    }

    /// The text, indexed to its end (what was not fed yet is indexed now). `s` must be the text
    /// fed so far.
    pub fn finish(mut self, s: impl Into<Arc<str>>) -> Text {
        let s: Arc<str> = s.into();
        self.feed(&s, s.len());
        Text {
            s,
            checkpoints: self.checkpoints.into(),
            len_cp: self.len_cp,
            words: self.words,
            sha256: Arc::default(),
        }
    }
}

impl Text {
    pub fn new(s: impl Into<Arc<str>>) -> Text {
        Indexing::default().finish(s)
    }

    /// How many words: runs of characters between white space.
    pub fn words(&self) -> usize {
        self.words
    }

    /// The SHA-256 of the text (see [`text_sha256`]), computed once.
    pub fn sha256(&self) -> &str {
        self.sha256.get_or_init(|| text_sha256(&self.s))
    }

    /// Records the SHA-256 computed while the text was read, so that it is not computed again.
    /// `hash` must be [`text_sha256`] of this text.
    pub fn known_sha256(&self, hash: &str) {
        debug_assert_eq!(hash, text_sha256(&self.s));
        let _ = self.sha256.set(hash.to_string());
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn shared(&self) -> Arc<str> {
        self.s.clone()
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        self.len_cp
    }

    pub fn is_empty(&self) -> bool {
        self.len_cp == 0
    }

    /// Byte offset of code point `cp`; `cp == len()` gives the byte length.
    ///
    /// # Panics
    /// When `cp > len()`.
    pub fn byte_of(&self, cp: usize) -> usize {
        assert!(
            cp <= self.len_cp,
            "code point {cp} is past the end ({})",
            self.len_cp
        );
        if cp == self.len_cp {
            return self.s.len();
        }
        let (k, skip) = (cp / STRIDE, cp % STRIDE);
        let base = self.checkpoints[k];
        // A stretch of one-byte characters (most of an English text) needs no walk.
        let next = self.checkpoints.get(k + 1).copied().unwrap_or(self.s.len());
        if next - base == STRIDE.min(self.len_cp - k * STRIDE) {
            return base + skip;
        }
        match self.s[base..].char_indices().nth(skip) {
            Some((b, _)) => base + b,
            None => self.s.len(),
        }
    }

    /// Code point index of byte offset `byte`, which must be on a char boundary.
    pub fn cp_of_byte(&self, byte: usize) -> usize {
        let k = self
            .checkpoints
            .partition_point(|&b| b <= byte)
            .saturating_sub(1);
        k * STRIDE
            + self.s[self.checkpoints.get(k).copied().unwrap_or(0)..byte]
                .chars()
                .count()
    }

    /// The text of a span. The span must lie within the text.
    pub fn slice(&self, span: Span) -> &str {
        &self.s[self.byte_of(span.start())..self.byte_of(span.end())]
    }

    /// Up to `n` code points before `pos`.
    pub fn before(&self, pos: usize, n: usize) -> &str {
        self.slice(Span::new(pos.saturating_sub(n), pos).expect("ordered"))
    }

    /// Up to `n` code points after `pos`.
    pub fn after(&self, pos: usize, n: usize) -> &str {
        self.slice(Span::new(pos, (pos + n).min(self.len_cp)).expect("ordered"))
    }
}

/// Where a UTF-16 offset falls in a text, in code points: the one answer every conversion from
/// UTF-16 starts from, so they cannot round differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Utf16At {
    /// On the boundary before this code point (or at the end, when it is the text's length).
    Boundary(usize),
    /// Inside the surrogate pair of this code point: half an emoji.
    InsidePair(usize),
    /// Past the end of a text this many code points long.
    PastEnd(usize),
}

/// Where UTF-16 offset `target` falls, walking `rest` from a character boundary that is `cp` code
/// points and `at` UTF-16 units into the text (`at <= target`).
fn walk_utf16(rest: &str, mut cp: usize, mut at: usize, target: usize) -> Utf16At {
    for c in rest.chars() {
        let next = at + c.len_utf16();
        if next > target {
            return if at == target {
                Utf16At::Boundary(cp)
            } else {
                Utf16At::InsidePair(cp)
            };
        }
        at = next;
        cp += 1;
    }
    if at == target {
        Utf16At::Boundary(cp)
    } else {
        Utf16At::PastEnd(cp)
    }
}

/// Where UTF-16 offset `utf16` falls within `s`.
pub fn utf16_at(s: &str, utf16: usize) -> Utf16At {
    walk_utf16(s, 0, 0, utf16)
}

/// Converts a UTF-16 offset within `s` to a code point offset, as the DOM's selection needs: an
/// offset inside a surrogate pair rounds down to the start of that character, one past the end
/// gives the end.
pub fn utf16_to_cp(s: &str, utf16: usize) -> usize {
    match utf16_at(s, utf16) {
        Utf16At::Boundary(cp) | Utf16At::InsidePair(cp) | Utf16At::PastEnd(cp) => cp,
    }
}

/// Converts UTF-16 offsets (JavaScript string indices in another tool's file) of one text to code
/// points, quickly for many offsets: the UTF-16 offset of every `STRIDE`-th code point is kept.
pub struct Utf16Offsets<'t> {
    text: &'t Text,
    marks: Vec<usize>,
}

impl<'t> Utf16Offsets<'t> {
    pub fn new(text: &'t Text) -> Utf16Offsets<'t> {
        let mut marks = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut units = 0;
        for (i, c) in text.as_str().chars().enumerate() {
            if i % STRIDE == 0 {
                marks.push(units);
            }
            units += c.len_utf16();
        }
        Utf16Offsets { text, marks }
    }

    /// Where UTF-16 offset `units` falls, as [`utf16_at`] says of the whole text.
    pub fn at(&self, units: usize) -> Utf16At {
        let k = self
            .marks
            .partition_point(|&u| u <= units)
            .saturating_sub(1);
        let (cp, at) = match self.marks.get(k) {
            Some(&at) => (k * STRIDE, at),
            None => (0, 0),
        };
        walk_utf16(&self.text.as_str()[self.text.byte_of(cp)..], cp, at, units)
    }

    /// The code point at UTF-16 offset `units`; `None` when it falls inside a surrogate pair (half
    /// an emoji) or past the end of the text: an importer refuses such an offset.
    pub fn to_cp(&self, units: u64) -> Option<usize> {
        match self.at(usize::try_from(units).ok()?) {
            Utf16At::Boundary(cp) => Some(cp),
            Utf16At::InsidePair(_) | Utf16At::PastEnd(_) => None,
        }
    }
}

/// Converts a code point offset within `s` to UTF-16 code units.
pub fn cp_to_utf16(s: &str, cp: usize) -> usize {
    s.chars().take(cp).map(char::len_utf16).sum()
}

/// Number of code points in `s`.
pub fn cp_len(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SCRIPTS: &str = "Hé\u{301}llo 👩‍👩‍👧 世界 مرحبا שלום\r\n\tnbsp\u{a0}end 🇫🇷";

    #[test]
    fn code_points_not_bytes_or_utf16() {
        let t = Text::new("a😀b");
        assert_eq!(t.len(), 3);
        assert_eq!(t.slice(Span::new(1, 2).unwrap()), "😀");
        assert_eq!(utf16_to_cp("a😀b", 3), 2);
        assert_eq!(cp_to_utf16("a😀b", 2), 3);
    }

    #[test]
    fn crlf_counts_two_code_points() {
        let t = Text::new("a\r\nb");
        assert_eq!(t.len(), 4);
        assert_eq!(t.slice(Span::new(3, 4).unwrap()), "b");
    }

    #[test]
    fn offsets_inside_a_surrogate_pair_round_down() {
        assert_eq!(utf16_to_cp("😀x", 1), 0);
        assert_eq!(utf16_at("😀x", 1), Utf16At::InsidePair(0));
        assert_eq!(utf16_to_cp("😀x", 9), 2, "past the end gives the end");
    }

    #[test]
    fn utf16_offsets_convert_and_refuse_half_an_emoji() {
        let long = format!("{}😀x", "é".repeat(130));
        let t = Text::new(long.as_str());
        let u = Utf16Offsets::new(&t);
        assert_eq!(u.to_cp(0), Some(0));
        assert_eq!(u.to_cp(130), Some(130));
        assert_eq!(u.to_cp(131), None, "inside the surrogate pair");
        assert_eq!(u.to_cp(132), Some(131));
        assert_eq!(u.to_cp(133), Some(132));
        assert_eq!(u.to_cp(134), None, "past the end");
        assert_eq!(u.to_cp(u64::MAX), None);
        let empty = Text::new("");
        assert_eq!(Utf16Offsets::new(&empty).to_cp(0), Some(0));
        assert_eq!(Utf16Offsets::new(&empty).to_cp(1), None);
    }

    fn any_text() -> impl Strategy<Value = String> {
        let pieces: Vec<String> = SCRIPTS.chars().map(String::from).collect();
        prop::collection::vec(prop::sample::select(pieces), 0..400).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn words_and_hash_agree_with_the_standard_library(
            s in any_text(),
            spaces in prop::collection::vec(prop::sample::select(
                vec!["a", " ", "\u{85}", "\u{2028}", "\u{3000}", "\x0b", "\x0c", "é", "\u{a0}", "\u{200b}"]), 0..60),
        ) {
            let s = s + &spaces.concat();
            let t = Text::new(s.as_str());
            prop_assert_eq!(t.words(), s.split_whitespace().count());
            prop_assert_eq!(t.sha256(), text_sha256(&s));
        }

        #[test]
        fn a_text_indexed_in_pieces_is_the_text_indexed_at_once(
            s in any_text(),
            cuts in prop::collection::vec(0usize..2000, 0..12),
        ) {
            let mut cuts = cuts;
            cuts.sort_unstable();
            let mut indexing = Indexing::default();
            for c in cuts {
                // Cuts fall anywhere, inside a character too, as the reader's slices do.
                indexing.feed(&s, c);
            }
            let pieces = indexing.finish(s.as_str());
            let whole = Text::new(s.as_str());
            prop_assert_eq!(pieces.len(), whole.len());
            prop_assert_eq!(pieces.words(), whole.words());
            prop_assert_eq!(&pieces.checkpoints, &whole.checkpoints);
        }

        #[test]
        fn long_ascii_stretches_index_as_any_other(
            runs in prop::collection::vec((0usize..200, prop::sample::select(vec!["é", "😀", "a", "\r\n"])), 0..8),
        ) {
            let s: String = runs.iter().map(|(n, c)| "x".repeat(*n) + c).collect();
            let t = Text::new(s.as_str());
            for (cp, (byte, _)) in s.char_indices().enumerate() {
                prop_assert_eq!(t.byte_of(cp), byte);
            }
            prop_assert_eq!(t.byte_of(t.len()), s.len());
        }

        #[test]
        fn byte_and_cp_offsets_agree_with_chars(s in any_text()) {
            let t = Text::new(s.clone());
            let chars: Vec<(usize, char)> = s.char_indices().collect();
            prop_assert_eq!(t.len(), chars.len());
            for (cp, (byte, _)) in chars.iter().enumerate() {
                prop_assert_eq!(t.byte_of(cp), *byte);
                prop_assert_eq!(t.cp_of_byte(*byte), cp);
            }
            prop_assert_eq!(t.byte_of(t.len()), s.len());
        }

        #[test]
        fn utf16_round_trips_on_char_boundaries(s in any_text(), k in 0usize..400) {
            let cp = k.min(cp_len(&s));
            let u = cp_to_utf16(&s, cp);
            prop_assert_eq!(utf16_to_cp(&s, u), cp);
            let t = Text::new(s.as_str());
            prop_assert_eq!(Utf16Offsets::new(&t).to_cp(u as u64), Some(cp));
            let expected: usize = s.chars().take(cp).collect::<String>().encode_utf16().count();
            prop_assert_eq!(u, expected);
        }

        /// The indexed conversion says what the walk over the whole text says, at every offset.
        #[test]
        fn the_index_agrees_with_the_walk(s in any_text(), u in 0usize..900) {
            let t = Text::new(s.as_str());
            prop_assert_eq!(Utf16Offsets::new(&t).at(u), utf16_at(&s, u));
        }

        #[test]
        fn slices_concatenate_to_the_text(s in any_text(), a in 0usize..400, b in 0usize..400) {
            let t = Text::new(s.clone());
            let (a, b) = (a.min(t.len()), b.min(t.len()));
            let (a, b) = (a.min(b), a.max(b));
            let whole = format!(
                "{}{}{}",
                t.slice(Span::new(0, a).unwrap()),
                t.slice(Span::new(a, b).unwrap()),
                t.slice(Span::new(b, t.len()).unwrap())
            );
            prop_assert_eq!(whole, s);
        }
    }
}
