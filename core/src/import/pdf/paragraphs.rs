//! Lines, in reading order, rebuilt into the article's blocks: a paragraph ends at a gap wider
//! than the line spacing, before an indented first line, after a short last line of justified
//! text, or where the type changes; headings are short lines clearly larger (or bold) than the
//! body, ranked by size; bullets and numbers start list items; a word hyphenated across a line
//! end is joined again when it is one word, and kept hyphenated when it is a compound. The page
//! foot's notes follow the body as a notes section.

use std::collections::HashSet;

use crate::import::build::Builder;
use crate::model::shape::BlockKind;

use super::inline;
use super::layout::Line;
use super::notes::Note;

/// A gap between baselines this many times the usual one separates paragraphs.
const PARAGRAPH_GAP: f32 = 1.25;
/// A line this much larger than the body's text may be a heading.
const HEADING_SIZE: f32 = 1.2;
/// The longest heading, in words.
const HEADING_WORDS: usize = 20;

/// What a line starts, or continues.
#[derive(Clone, Debug, PartialEq)]
enum Role {
    Body,
    Heading,
    /// A list item: whether numbered, its number, and where its text starts.
    Item {
        ordered: bool,
        number: Option<u32>,
        text_x: f32,
    },
}

struct Block {
    kind: BlockKind,
    lines: Vec<usize>,
    /// Where an item's text starts (its following lines align there).
    text_x: Option<f32>,
    size: f32,
}

/// Writes the lines into the builder as blocks, then the notes under a "Notes" heading, each one
/// block "1. …" (as the Word and OpenDocument importers write theirs).
pub fn write(lines: &[Line], notes: &[Note], b: &mut Builder) {
    let mut vocabulary = vocabulary(lines);
    for note in notes {
        vocabulary.extend(self::vocabulary(&note.lines));
    }
    let numbers: HashSet<u32> = notes.iter().map(|n| n.number).collect();
    write_body(lines, &vocabulary, &numbers, b);
    if notes.is_empty() {
        return;
    }
    b.start(BlockKind::Heading(2));
    b.text("Notes");
    for note in notes {
        b.start(BlockKind::Note);
        b.text(&format!("{}. ", note.number));
        let lines: Vec<&Line> = note.lines.iter().collect();
        inline::write(b, &BlockKind::Note, &lines, 1, &vocabulary, &numbers);
    }
}

fn write_body(lines: &[Line], vocabulary: &HashSet<String>, notes: &HashSet<u32>, b: &mut Builder) {
    if lines.is_empty() {
        return;
    }
    let body = body_size(lines);
    let pitch = usual_pitch(lines, body);
    let justified = justified_columns(lines);
    let mut blocks: Vec<Block> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let role = role(line, body);
        let continues = i > 0
            && blocks.last().is_some_and(|block| {
                continues(&lines[i - 1], line, &role, block, body, pitch, &justified)
            });
        if continues {
            blocks.last_mut().expect("a block").lines.push(i);
            continue;
        }
        let (kind, text_x) = match role {
            Role::Body => (BlockKind::Paragraph, None),
            Role::Heading => (BlockKind::Heading(0), None),
            Role::Item {
                ordered,
                number,
                text_x,
            } => (
                BlockKind::Item {
                    ordered,
                    depth: 1,
                    number,
                },
                Some(text_x),
            ),
        };
        blocks.push(Block {
            kind,
            lines: vec![i],
            text_x,
            size: line.size,
        });
    }
    rank_headings(&mut blocks);
    nest_items(&mut blocks, lines);
    for block in &blocks {
        b.start(block.kind.clone());
        let of_block: Vec<&Line> = block.lines.iter().map(|&i| &lines[i]).collect();
        let bullet = usize::from(matches!(block.kind, BlockKind::Item { .. }));
        inline::write(b, &block.kind, &of_block, bullet, vocabulary, notes);
    }
}

/// The size of most of the text.
pub fn body_size<'a>(lines: impl IntoIterator<Item = &'a Line>) -> f32 {
    let mut sizes: Vec<(f32, usize)> = Vec::new();
    for l in lines {
        let n: usize = l.words.iter().map(|w| w.text.chars().count()).sum();
        match sizes.iter_mut().find(|(s, _)| (*s - l.size).abs() < 0.25) {
            Some((_, c)) => *c += n,
            None => sizes.push((l.size, n)),
        }
    }
    sizes
        .iter()
        .max_by_key(|(_, c)| *c)
        .map_or(12.0, |(s, _)| *s)
}

/// The usual distance between baselines of body lines that follow each other in a column, as a
/// multiple of the body size.
fn usual_pitch(lines: &[Line], body: f32) -> f32 {
    let mut ratios: Vec<f32> = lines
        .windows(2)
        .filter(|w| {
            same_flow(&w[0], &w[1]) && is_body_size(&w[0], body) && is_body_size(&w[1], body)
        })
        .map(|w| (w[1].y - w[0].y) / body)
        .filter(|r| *r > 0.5 && *r < 4.0)
        .collect();
    if ratios.is_empty() {
        return 1.2;
    }
    ratios.sort_by(f32::total_cmp);
    // The lower third: most pairs are lines of one paragraph, a few straddle a gap.
    ratios[ratios.len() / 3]
}

fn is_body_size(l: &Line, body: f32) -> bool {
    (l.size - body).abs() <= 0.1 * body
}

fn same_flow(a: &Line, b: &Line) -> bool {
    a.page == b.page && a.column == b.column && b.y > a.y
}

/// The columns (page, column) whose lines mostly reach the right edge: justified text, where a
/// short line ends a paragraph.
fn justified_columns(lines: &[Line]) -> HashSet<(usize, Option<usize>)> {
    let mut counts: std::collections::HashMap<(usize, Option<usize>), (usize, usize)> =
        Default::default();
    for l in lines {
        let e = counts.entry((l.page, l.column)).or_default();
        e.0 += 1;
        if l.right - l.x1 <= 0.1 * l.size {
            e.1 += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, (n, full))| *n >= 4 && full * 2 >= *n)
        .map(|(k, _)| k)
        .collect()
}

const BULLETS: &[&str] = &[
    "•", "◦", "▪", "▫", "‣", "●", "○", "■", "□", "–", "—", "-", "*", "·", "➢", "✓",
];

fn role(line: &Line, body: f32) -> Role {
    let first = &line.words[0];
    if line.words.len() > 1 && BULLETS.contains(&first.text.as_str()) {
        return Role::Item {
            ordered: false,
            number: None,
            text_x: line.words[1].x0,
        };
    }
    let larger = line.size >= HEADING_SIZE * body;
    let bold = line.bold && line.size >= 0.95 * body;
    // A bold or larger short line is a heading, numbered ("2. Costs") or not.
    if (larger || bold) && line.words.len() <= HEADING_WORDS {
        return Role::Heading;
    }
    if line.words.len() > 1 {
        let digits = first.text.trim_end_matches(['.', ')']);
        if first.text.len() > digits.len()
            && (1..=3).contains(&digits.len())
            && digits.chars().all(|c| c.is_ascii_digit())
        {
            let number = digits.parse().ok();
            return Role::Item {
                ordered: true,
                number,
                text_x: line.words[1].x0,
            };
        }
    }
    Role::Body
}

/// Whether `line` continues the block that `prev` (the line before it) is in.
fn continues(
    prev: &Line,
    line: &Line,
    role: &Role,
    block: &Block,
    body: f32,
    pitch: f32,
    justified: &HashSet<(usize, Option<usize>)>,
) -> bool {
    let same_type = (line.size - block.size).abs() <= 0.1 * block.size && line.bold == prev.bold;
    let flow = same_flow(prev, line);
    let gap_ok = !flow || line.y - prev.y <= PARAGRAPH_GAP * pitch * line.size.max(prev.size);
    match (&block.kind, role) {
        (BlockKind::Heading(_), Role::Heading) => {
            same_type && flow && gap_ok && block.lines.len() < 4
        }
        (BlockKind::Heading(_), _) | (_, Role::Heading) | (_, Role::Item { .. }) => false,
        (BlockKind::Item { .. }, Role::Body) => {
            let text_x = block.text_x.unwrap_or(prev.x0);
            let aligned = if flow {
                (line.x0 - text_x).abs() <= 0.6 * body
            } else {
                (line.x0 - line.left).abs() <= 0.6 * body
            };
            same_type && gap_ok && aligned
        }
        _ => {
            if !same_type || !gap_ok {
                return false;
            }
            let indented =
                line.x0 - line.left > 0.8 * body && (!flow || prev.x0 + 0.3 * body < line.x0);
            !indented && !ended(prev, line, body, justified)
        }
    }
}

/// Whether `prev` is the last line of its paragraph by its length: the first word of `line`
/// would have fitted at its end (a line breaker would have put it there), or, in justified
/// text, it stops well short of the right edge. A word broken at its end never ends it.
fn ended(prev: &Line, line: &Line, body: f32, justified: &HashSet<(usize, Option<usize>)>) -> bool {
    if prev.words.last().is_some_and(|w| ends_with_hyphen(&w.text)) {
        return false;
    }
    let room = prev.right - prev.x1;
    let next_word = line.words.first().map_or(0.0, |w| w.x1 - w.x0);
    room > next_word + 0.5 * body
        || (justified.contains(&(prev.page, prev.column)) && room > 1.5 * body)
}

/// Headings' levels: 1 for the largest size, 2 for the next, 3 for the rest.
fn rank_headings(blocks: &mut [Block]) {
    let mut sizes: Vec<f32> = Vec::new();
    for b in blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Heading(_)))
    {
        if !sizes.iter().any(|s| (s - b.size).abs() <= 0.05 * b.size) {
            sizes.push(b.size);
        }
    }
    sizes.sort_by(|a, b| b.total_cmp(a));
    for b in blocks.iter_mut() {
        if let BlockKind::Heading(_) = b.kind {
            let rank = sizes
                .iter()
                .position(|s| (s - b.size).abs() <= 0.05 * b.size)
                .unwrap_or(0);
            b.kind = BlockKind::Heading((rank + 1).min(3) as u8);
        }
    }
}

/// An item whose bullet stands further right than the bullets before it in the same list is
/// nested one deeper.
fn nest_items(blocks: &mut [Block], lines: &[Line]) {
    let mut levels: Vec<f32> = Vec::new();
    for b in blocks.iter_mut() {
        let BlockKind::Item { depth, .. } = &mut b.kind else {
            levels.clear();
            continue;
        };
        let x = lines[b.lines[0]].x0;
        let size = lines[b.lines[0]].size;
        while levels.last().is_some_and(|&l| l > x + 0.5 * size) {
            levels.pop();
        }
        if levels.last().is_none_or(|&l| x > l + 0.5 * size) {
            levels.push(x);
        }
        *depth = levels.len().min(3) as u8;
    }
}

/// The words of the document as written whole on a line (not broken at its end), lower case.
fn vocabulary(lines: &[Line]) -> HashSet<String> {
    let mut words = HashSet::new();
    let mut broken_before = false;
    for l in lines {
        let n = l.words.len();
        for (i, w) in l.words.iter().enumerate() {
            let broken_end = i + 1 == n && ends_with_hyphen(&w.text);
            if (i == 0 && broken_before) || broken_end {
                continue;
            }
            let word = letters(&w.text);
            if !word.is_empty() {
                words.insert(word.to_lowercase());
            }
        }
        broken_before = l.words.last().is_some_and(|w| ends_with_hyphen(&w.text));
    }
    words
}

fn ends_with_hyphen(word: &str) -> bool {
    let mut rev = word.chars().rev();
    matches!(rev.next(), Some('-' | '\u{2010}' | '\u{ad}'))
        && rev.next().is_some_and(char::is_alphanumeric)
}

/// A word without the punctuation around it.
fn letters(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The halves of a compound number ("ninety-one"), whose hyphen stays wherever the line breaks.
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const UNITS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// When `text` ends in a word hyphenated at the line's end: drops the hyphen if the two halves
/// make one word, keeps it if they make a compound (or the next line starts with a capital or a
/// digit: "North-East", "3-4"), and returns true (no space follows); returns false otherwise.
pub fn join_hyphenated(text: &mut String, next: &str, vocabulary: &HashSet<String>) -> bool {
    let Some(last) = text.split(' ').next_back() else {
        return false;
    };
    if !ends_with_hyphen(last) || !next.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    if !next.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let hyphen = last.chars().next_back().expect("a hyphen");
    let head = letters(&last[..last.len() - hyphen.len_utf8()]).to_lowercase();
    let head = head.rsplit('-').next().unwrap_or(&head).to_string();
    let tail = next
        .split('-')
        .next()
        .map(letters)
        .unwrap_or("")
        .to_lowercase();
    let joined = format!("{head}{tail}");
    let compound = format!("{head}-{tail}");
    let number = TENS.contains(&head.as_str()) && UNITS.contains(&tail.as_str());
    let one_word = hyphen == '\u{ad}'
        || vocabulary.contains(&joined)
        || !(number || vocabulary.contains(&compound) || vocabulary.contains(&tail));
    if one_word {
        text.truncate(text.len() - hyphen.len_utf8());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(words: &[&str]) -> HashSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_hyphen_at_a_line_end_is_dropped_only_inside_one_word() {
        let v = vocab(&["classroom", "one", "well-known", "the"]);
        let joined = |a: &str, b: &str| {
            let mut t = a.to_string();
            let glued = join_hyphenated(&mut t, b.split(' ').next().unwrap_or(b), &v);
            if !glued {
                t.push(' ');
            }
            t + b
        };
        assert_eq!(
            joined("a borrowed class-", "room."),
            "a borrowed classroom."
        );
        assert_eq!(
            joined("the sea-", "water rose"),
            "the seawater rose",
            "no sign of a compound"
        );
        assert_eq!(
            joined("is ninety-", "one;"),
            "is ninety-one;",
            "a compound number"
        );
        assert_eq!(
            joined("a bar-", "one"),
            "a bar-one",
            "the tail is a word of its own"
        );
        assert_eq!(
            joined("a well-", "known architect"),
            "a well-known architect"
        );
        assert_eq!(joined("soft\u{ad}", "ly"), "softly");
        assert_eq!(
            joined("the North-", "East"),
            "the North-East",
            "a capital: a compound"
        );
        assert_eq!(joined("pages 3-", "4"), "pages 3-4");
        assert_eq!(
            joined("a pause -", "then"),
            "a pause - then",
            "a dash, not a hyphen"
        );
    }
}
