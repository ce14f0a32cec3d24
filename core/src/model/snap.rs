//! Turning a raw selection into the span to annotate: snap outward to whole words, trim spaces.
//!
//! Word boundaries come from the caller (the app asks the browser's `Intl.Segmenter`, which also
//! segments scripts written without spaces), so this stays pure and testable.

use crate::model::{Span, Text};

/// One piece of a word segmentation, in code points of the whole text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordPiece {
    pub span: Span,
    /// True for words (and numbers); false for spaces and punctuation.
    pub is_word: bool,
}

/// Moves `start` back to the start of the word it falls inside, and `end` forward to the end of the
/// word it falls inside; positions between words stay put.
pub fn snap_to_words(range: Span, pieces: &[WordPiece]) -> Span {
    let inside = |pos: usize| {
        pieces
            .iter()
            .find(|p| p.is_word && p.span.start() < pos && pos < p.span.end())
    };
    let start = inside(range.start()).map_or(range.start(), |p| p.span.start());
    let end = inside(range.end()).map_or(range.end(), |p| p.span.end());
    Span::new(start, end.max(start)).expect("ordered")
}

/// Removes leading and trailing whitespace (including line ends and no-break spaces) from a span;
/// `None` when nothing but whitespace is selected.
pub fn trim(text: &Text, range: Span) -> Option<Span> {
    let s = text.slice(range);
    let lead = s.chars().take_while(|c| c.is_whitespace()).count();
    if lead == range.len() {
        return None;
    }
    let trail = s.chars().rev().take_while(|c| c.is_whitespace()).count();
    Span::new(range.start() + lead, range.end() - trail)
}

/// The span a selection becomes: snapped (unless `exact`) and trimmed.
pub fn selection_span(text: &Text, range: Span, pieces: &[WordPiece], exact: bool) -> Option<Span> {
    let range = if exact {
        range
    } else {
        snap_to_words(range, pieces)
    };
    trim(text, range)
}

/// A simple segmentation on Unicode whitespace and punctuation, for tests and for callers without
/// a browser segmenter. Every code point belongs to exactly one piece.
pub fn simple_pieces(text: &str, offset: usize) -> Vec<WordPiece> {
    let mut out: Vec<WordPiece> = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let is_word = c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || is_mark(c);
        let pos = offset + i;
        match out.last_mut() {
            Some(last) if last.is_word && is_word => {
                last.span = Span::new(last.span.start(), pos + 1).expect("ordered")
            }
            _ => out.push(WordPiece {
                span: Span::new(pos, pos + 1).expect("ordered"),
                is_word,
            }),
        }
    }
    out
}

/// Combining marks (so that "é" written as e + U+0301 stays one word).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x064B..=0x065F | 0x0591..=0x05C7)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pick(text: &str, s: usize, e: usize, exact: bool) -> Option<String> {
        let t = Text::new(text);
        let span = selection_span(&t, Span::new(s, e).unwrap(), &simple_pieces(text, 0), exact)?;
        Some(t.slice(span).to_string())
    }

    #[test]
    fn snaps_outward_to_whole_words() {
        // "The minister said" with the selection "inist sa"
        assert_eq!(
            pick("The minister said it", 5, 14, false).as_deref(),
            Some("minister said")
        );
        assert_eq!(
            pick("The minister said it", 5, 14, true).as_deref(),
            Some("inister s")
        );
    }

    #[test]
    fn trims_spaces_tabs_nbsp_and_line_ends() {
        assert_eq!(
            pick(" \t\u{a0}word\r\n", 0, 8, true).as_deref(),
            Some("word")
        );
        assert_eq!(pick("a   b", 1, 4, false), None);
    }

    #[test]
    fn combining_accents_and_rtl_words_snap_whole() {
        assert_eq!(
            pick("cafe\u{301} noir", 2, 3, false).as_deref(),
            Some("cafe\u{301}")
        );
        assert_eq!(
            pick("قال الوزير أمس", 5, 6, false).as_deref(),
            Some("الوزير")
        );
    }

    proptest! {
        #[test]
        fn result_contains_the_selection_minus_spaces_and_has_no_edge_spaces(
            text in "[a-cé \u{a0}\t\n]{1,40}", s in 0usize..40, l in 0usize..40
        ) {
            let t = Text::new(text.as_str());
            let n = t.len();
            let raw = Span::new(s.min(n), (s + l).min(n)).unwrap();
            if let Some(span) = selection_span(&t, raw, &simple_pieces(&text, 0), false) {
                let q = t.slice(span);
                prop_assert!(!q.starts_with(char::is_whitespace) && !q.ends_with(char::is_whitespace));
                if let Some(core) = trim(&t, raw) {
                    prop_assert!(span.start() <= core.start() && core.end() <= span.end());
                }
            } else {
                prop_assert!(t.slice(raw).chars().all(char::is_whitespace));
            }
        }
    }
}
