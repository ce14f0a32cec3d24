//! Cuts an article into paragraphs of pieces, each piece knowing which marks cover it: the
//! read-only rendering of the compare and feedback views (heat, verdicts, consensus).

use close_reader_core::model::blocks::blocks;
use close_reader_core::model::cut::cut;
use close_reader_core::{Span, Text};

use super::compare::Mark;

/// A run of text and the indices of the marks covering all of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub text: String,
    pub marks: Vec<usize>,
    /// Where the piece starts, in code points of the article.
    pub start: usize,
}

/// The paragraphs (the annotator's blocks: split at line ends, which are left out) and their
/// pieces, cut by the core's one cutter. Marks may overlap; a piece changes wherever the set of
/// covering marks changes.
pub fn paint(text: &str, marks: &[Mark]) -> Vec<Vec<Piece>> {
    let text = Text::new(text);
    let spans: Vec<Span> = marks
        .iter()
        .map(|m| Span::new(m.start, m.end.max(m.start)).expect("ordered"))
        .collect();
    blocks(&text)
        .iter()
        .map(|b| {
            cut(b.span, &spans)
                .into_iter()
                .map(|p| Piece {
                    text: text.slice(p.span).to_string(),
                    marks: p.covering,
                    start: p.span.start(),
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize) -> Mark {
        Mark {
            start,
            end,
            class: String::new(),
            title: String::new(),
        }
    }

    fn shape(ps: &[Vec<Piece>]) -> Vec<Vec<(String, Vec<usize>)>> {
        ps.iter()
            .map(|p| {
                p.iter()
                    .map(|x| (x.text.clone(), x.marks.clone()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn overlapping_marks_cut_pieces_where_coverage_changes() {
        let ps = paint("abcdef", &[mark(1, 4), mark(2, 6)]);
        assert_eq!(
            shape(&ps),
            vec![vec![
                ("a".into(), vec![]),
                ("b".into(), vec![0]),
                ("cd".into(), vec![0, 1]),
                ("ef".into(), vec![1]),
            ]]
        );
        assert_eq!(ps[0][2].start, 2);
    }

    #[test]
    fn paragraphs_split_at_line_ends_and_offsets_count_code_points() {
        let ps = paint("é😀 a\r\n\r\nb 日本", &[mark(1, 2), mark(9, 11)]);
        assert_eq!(
            shape(&ps),
            vec![
                vec![
                    ("é".into(), vec![]),
                    ("😀".into(), vec![0]),
                    (" a".into(), vec![])
                ],
                vec![
                    ("b".into(), vec![]),
                    (" 日".into(), vec![1]),
                    ("本".into(), vec![])
                ],
            ]
        );
        assert_eq!(ps[1][1].start, 9);
    }

    /// Regression: the compare view split paragraphs only at CR and LF, the annotator also at the
    /// Unicode line and paragraph separators, so the two showed different paragraphs.
    #[test]
    fn paragraphs_are_the_annotators_blocks() {
        let text = "One\u{2028}two\u{2029}three\rfour";
        let ps = paint(text, &[]);
        let doc = close_reader_core::Document::new("T", text, None);
        assert_eq!(ps.len(), blocks(&doc.text).len());
        assert_eq!(shape(&ps).len(), 4);
    }

    #[test]
    fn the_text_comes_back_whole() {
        let text = "One.\nTwo, three.\n\nFour";
        let ps = paint(text, &[mark(0, 22), mark(3, 9)]);
        let joined: Vec<String> = ps
            .iter()
            .map(|p| p.iter().map(|x| x.text.as_str()).collect())
            .collect();
        assert_eq!(joined, ["One.", "Two, three.", "Four"]);
    }
}
