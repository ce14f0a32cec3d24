//! The article text and every conversion between its offset units, in one place.
//!
//! The model and the files count Unicode code points. Rust slices by UTF-8 bytes and the DOM reports
//! selection offsets in UTF-16 code units. `Text` keeps a sparse index from code points to bytes so that
//! slicing a book-length text by code points stays cheap.

use std::sync::Arc;

use crate::model::Span;

/// Every `STRIDE`-th code point's byte offset is stored.
const STRIDE: usize = 64;

/// Immutable article text, cheap to clone, indexed by code point.
#[derive(Clone, Debug)]
pub struct Text {
    s: Arc<str>,
    checkpoints: Arc<[usize]>,
    len_cp: usize,
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.s, &other.s) || self.s == other.s
    }
}

impl Text {
    pub fn new(s: impl Into<Arc<str>>) -> Text {
        let s: Arc<str> = s.into();
        let mut checkpoints = Vec::with_capacity(s.len() / STRIDE + 1);
        let mut len_cp = 0;
        for (i, (byte, _)) in s.char_indices().enumerate() {
            if i % STRIDE == 0 {
                checkpoints.push(byte);
            }
            len_cp = i + 1;
        }
        Text {
            s,
            checkpoints: checkpoints.into(),
            len_cp,
        }
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
        let base = self.checkpoints[cp / STRIDE];
        let skip = cp % STRIDE;
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

/// Converts a UTF-16 offset within `s` to a code point offset (an offset inside a surrogate pair
/// rounds down to the start of that character).
pub fn utf16_to_cp(s: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in s.chars().enumerate() {
        let next = units + c.len_utf16();
        if next > utf16 {
            return i;
        }
        units = next;
    }
    s.chars().count()
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
    }

    fn any_text() -> impl Strategy<Value = String> {
        let pieces: Vec<String> = SCRIPTS.chars().map(String::from).collect();
        prop::collection::vec(prop::sample::select(pieces), 0..400).prop_map(|v| v.concat())
    }

    proptest! {
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
            let expected: usize = s.chars().take(cp).collect::<String>().encode_utf16().count();
            prop_assert_eq!(u, expected);
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
