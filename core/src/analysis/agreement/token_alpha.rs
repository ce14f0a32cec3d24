//! Chance-corrected agreement on one label, word by word: each word token is a unit, and each
//! annotator says 1 (a span of the label overlaps the word) or 0. The result is Krippendorff's
//! nominal alpha over those units; `docs/agreement.md` says why words and not unitized alpha.

use super::alpha::Tally;
use super::ranges::{meets, ranges_of, union};
use super::LabelledSpan;
use crate::model::snap::{simple_pieces, WordPiece};
use crate::model::{Span, Text};

/// [`token_alpha_with`] over the core's own word segmentation ([`simple_pieces`]: runs of letters,
/// digits, apostrophes and combining marks).
pub fn token_alpha(text: &Text, annotators: &[Vec<LabelledSpan>], label: &str) -> Option<f64> {
    token_alpha_with(&simple_pieces(text.as_str(), 0), annotators, label)
}

/// Chance-corrected agreement per label over word tokens, with the word segmentation handed in
/// (the app may pass the browser's, as it does for snapping). Pieces that are not words (spaces,
/// punctuation) are not units. No value is missing: every annotator read every word.
///
/// `None` when alpha is undefined: fewer than two annotators, no words, or no variation (nobody
/// marked the label, or everybody marked every word).
pub fn token_alpha_with(
    pieces: &[WordPiece],
    annotators: &[Vec<LabelledSpan>],
    label: &str,
) -> Option<f64> {
    let m = annotators.len();
    if m < 2 {
        return None;
    }
    let words: Vec<Span> = pieces
        .iter()
        .filter(|p| p.is_word && !p.span.is_empty())
        .map(|p| p.span)
        .collect();
    let mut marked_by = vec![0usize; words.len()];
    for spans in annotators {
        let covered = union(&ranges_of(spans, label));
        for (word, count) in words.iter().zip(marked_by.iter_mut()) {
            if meets(&covered, *word) {
                *count += 1;
            }
        }
    }
    // Units with the same number of 1s add the same coincidences: tally each number once.
    let mut units_with = vec![0usize; m + 1];
    for &k in &marked_by {
        units_with[k] += 1;
    }
    let mut tally = Tally::default();
    for (k, &units) in units_with.iter().enumerate() {
        tally.add(&[(0, m - k), (1, k)], units as f64);
    }
    tally.finish().alpha()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(start: usize, end: usize) -> Vec<LabelledSpan> {
        vec![LabelledSpan::new("claim", start, end)]
    }

    // "Prices rose sharply again, analysts said." — words at 0–6, 7–11, 12–19, 20–25, 27–35, 36–40.
    const TEXT: &str = "Prices rose sharply again, analysts said.";

    #[test]
    fn the_worked_example_of_the_docs() {
        let people = [claim(0, 19), claim(0, 11), claim(7, 25)];
        let alpha = token_alpha(&Text::new(TEXT), &people, "claim").unwrap();
        // 1 − (n − 1)·(o_01 + o_10) / (2·n_0·n_1) = 1 − 17·6 / 160.
        assert!((alpha - 0.3625).abs() < 1e-12);
    }

    #[test]
    fn a_partly_marked_word_counts_as_marked() {
        // "Pri" marks "Prices"; both annotators marked the same words.
        let alpha = token_alpha(&Text::new(TEXT), &[claim(0, 3), claim(0, 6)], "claim");
        assert_eq!(alpha, Some(1.0));
    }

    #[test]
    fn undefined_for_one_annotator_or_no_variation() {
        let t = Text::new(TEXT);
        assert_eq!(token_alpha(&t, &[claim(0, 6)], "claim"), None);
        assert_eq!(token_alpha(&t, &[Vec::new(), Vec::new()], "claim"), None);
        assert_eq!(
            token_alpha(&t, &[claim(0, 41), claim(0, 41)], "claim"),
            None
        );
        assert_eq!(
            token_alpha(&Text::new(""), &[claim(0, 1), claim(0, 1)], "claim"),
            None
        );
    }

    #[test]
    fn total_disagreement_is_below_zero() {
        let alpha = token_alpha(&Text::new(TEXT), &[claim(0, 19), claim(20, 41)], "claim");
        assert!(alpha.unwrap() < 0.0);
    }
}
