//! A block's words written into the builder as a reader sees them: bold and italic words become
//! Strong and Emphasis marks (except across a whole heading, whose weight is what made it one),
//! a superscript number that refers to a note becomes "[n]" glued to its word, as the Word and
//! OpenDocument importers write a reference, and a word hyphenated across a line end is joined
//! again when it is one word.

use std::collections::HashSet;

use crate::import::build::Builder;
use crate::import::run_marks::RunMarks;
use crate::model::shape::BlockKind;

use super::layout::Line;
use super::notes::number;
use super::paragraphs::join_hyphenated;

/// A word as it will be written: its pieces, each bold or not and italic or not.
struct Token {
    pieces: Vec<(String, bool, bool)>,
    /// No space before it.
    glued: bool,
}

impl Token {
    fn text(&self) -> String {
        self.pieces.iter().map(|(t, _, _)| t.as_str()).collect()
    }
}

/// A word cut into its pieces of one style.
fn pieces(text: &str, styles: &[(usize, bool, bool)]) -> Vec<(String, bool, bool)> {
    let mut chars = text.chars();
    let mut out: Vec<(String, bool, bool)> = styles
        .iter()
        .map(|&(n, bold, italic)| (chars.by_ref().take(n).collect(), bold, italic))
        .collect();
    let rest: String = chars.collect();
    match out.last_mut() {
        Some(last) => last.0.push_str(&rest),
        None => out.push((rest, false, false)),
    }
    out.retain(|(t, _, _)| !t.is_empty());
    out
}

/// Writes the words of `lines` (the first `skip` words of the first line left out: a bullet,
/// a note's number) into the block the builder is writing. `notes` are the numbers of the notes
/// found, whose superscript references are written "[n]".
pub fn write(
    b: &mut Builder,
    kind: &BlockKind,
    lines: &[&Line],
    skip: usize,
    vocabulary: &HashSet<String>,
    notes: &HashSet<u32>,
) {
    let mut tokens: Vec<Token> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let words = line.words.iter().skip(if k == 0 { skip } else { 0 });
        for (j, w) in words.enumerate() {
            let reference = w.sup.then(|| number(&w.text)).flatten();
            if let Some(n) = reference.filter(|n| notes.contains(n)) {
                tokens.push(Token {
                    pieces: vec![(format!("[{n}]"), false, false)],
                    glued: true,
                });
                continue;
            }
            let mut glued = w.glued && j > 0;
            if j == 0 && k > 0 {
                if let Some(last) = tokens.last_mut() {
                    let mut text = last.text();
                    let before = text.len();
                    glued = join_hyphenated(&mut text, &w.text, vocabulary);
                    if text.len() < before {
                        // The hyphen dropped: the last piece loses its last character.
                        if let Some((piece, _, _)) = last.pieces.last_mut() {
                            piece.pop();
                        }
                        last.pieces.retain(|(t, _, _)| !t.is_empty());
                    }
                }
            }
            tokens.push(Token {
                pieces: pieces(&w.text, &w.styles),
                glued: glued || tokens.is_empty(),
            });
        }
    }
    // The weight or slant of a whole heading is its type, not an emphasis.
    let heading = matches!(kind, BlockKind::Heading(_));
    let all = |f: fn(&(String, bool, bool)) -> bool| {
        heading && tokens.iter().flat_map(|t| &t.pieces).all(f)
    };
    let (all_bold, all_italic) = (all(|p| p.1), all(|p| p.2));
    let mut marks = RunMarks::default();
    for t in &tokens {
        if !t.glued {
            b.text(" ");
        }
        for (text, bold, italic) in &t.pieces {
            marks.set(b, *bold && !all_bold, *italic && !all_italic, None);
            b.text(text);
        }
    }
    marks.close_all(b);
}
