//! Cuts an article into paragraphs of pieces, each piece knowing which marks cover it: the
//! read-only rendering of the compare and feedback views (heat, verdicts, consensus).

use super::compare::Mark;

/// A run of text and the indices of the marks covering all of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub text: String,
    pub marks: Vec<usize>,
    /// Where the piece starts, in code points of the article.
    pub start: usize,
}

/// The paragraphs (split at line ends, which are left out; CRLF counts as one) and their pieces.
/// Marks may overlap; a piece changes wherever the set of covering marks changes.
pub fn paint(text: &str, marks: &[Mark]) -> Vec<Vec<Piece>> {
    // Boundaries sorted by position: +1 opens a mark, -1 closes it.
    let mut events: Vec<(usize, bool, usize)> = Vec::with_capacity(marks.len() * 2);
    for (i, m) in marks.iter().enumerate() {
        if m.start < m.end {
            events.push((m.start, true, i));
            events.push((m.end, false, i));
        }
    }
    close_reader_core::model::order::sort_by_key(&mut events, |e| (e.0, e.1));
    let mut open: Vec<usize> = Vec::new();
    let mut paragraphs = vec![Vec::new()];
    let mut piece = Piece {
        text: String::new(),
        marks: Vec::new(),
        start: 0,
    };
    let mut next = 0;
    let mut chars = text.chars().enumerate().peekable();
    let flush = |piece: &mut Piece, paragraphs: &mut Vec<Vec<Piece>>, open: &[usize], at: usize| {
        if !piece.text.is_empty() {
            paragraphs
                .last_mut()
                .expect("a paragraph")
                .push(std::mem::replace(
                    piece,
                    Piece {
                        text: String::new(),
                        marks: open.to_vec(),
                        start: at,
                    },
                ));
        } else {
            piece.marks = open.to_vec();
            piece.start = at;
        }
    };
    while let Some((i, c)) = chars.next() {
        if next < events.len() && events[next].0 <= i {
            while next < events.len() && events[next].0 <= i {
                let (_, opens, m) = events[next];
                if opens {
                    open.push(m);
                } else {
                    open.retain(|&x| x != m);
                }
                next += 1;
            }
            close_reader_core::model::order::sort(&mut open);
            flush(&mut piece, &mut paragraphs, &open, i);
        }
        if c == '\r' || c == '\n' {
            if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
            }
            flush(&mut piece, &mut paragraphs, &open, i + 1);
            paragraphs.push(Vec::new());
            piece.start = i + 1;
            continue;
        }
        piece.text.push(c);
    }
    flush(&mut piece, &mut paragraphs, &open, 0);
    paragraphs.retain(|p| !p.is_empty());
    paragraphs
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
