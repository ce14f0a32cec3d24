//! A page's glyphs laid out as a reader sees them: runs of glyphs along a baseline, the gutters
//! between columns (bands of the page that almost no run crosses, with text on both sides),
//! lines within each column, words within each line (split by gaps relative to the font size,
//! never inside a word; a raised, smaller glyph is a superscript glued to the word before it),
//! and the reading order: a column is read to its end before the next,
//! and a line across the columns (a headline) is read where it stands, before what lies below it.

use super::glyphs::{Glyph, Page};

/// A word of a line: its text, where it starts and ends on the page, and how it is set.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub text: String,
    pub x0: f32,
    pub x1: f32,
    /// How its letters are set, in runs: how many code points, and whether bold and italic.
    pub styles: Vec<(usize, bool, bool)>,
    /// A superscript (a note's reference number, "th" of "19th").
    pub sup: bool,
    /// Set against the word before it, with no space between (a superscript and what follows).
    pub glued: bool,
}

#[derive(Clone, Debug)]
pub struct Line {
    pub words: Vec<Word>,
    pub x0: f32,
    pub x1: f32,
    /// The baseline, down from the top of the page.
    pub y: f32,
    /// The size of most of its characters.
    pub size: f32,
    pub bold: bool,
    pub page: usize,
    /// The column it stands in (0 for the first), or `None` for a line across the columns.
    pub column: Option<usize>,
    /// The left and right edges of the text around it: its column, or the page's text.
    pub left: f32,
    pub right: f32,
}

impl Line {
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, w) in self.words.iter().enumerate() {
            if i > 0 && !w.glued {
                out.push(' ');
            }
            out.push_str(&w.text);
        }
        out
    }
}

/// A gap this many font sizes wide ends a run of glyphs (a justified space is far narrower).
const RUN_GAP: f32 = 1.0;
/// A gap this many font sizes wide between two glyphs is a space between words.
const WORD_GAP: f32 = 0.15;
/// Baselines closer than this many font sizes are one line.
const SAME_BASELINE: f32 = 0.35;
/// A superscript is at most this part of the size of the text it follows…
const SUP_SIZE: f32 = 0.8;
/// …and its baseline is raised by this range of parts of that size.
const SUP_RAISE: (f32, f32) = (0.15, 0.6);
/// A run of raised glyphs longer than this is no superscript (a drop cap's neighbours).
const SUP_LONGEST: usize = 8;

/// A run of glyphs along one baseline, in the order they were drawn.
struct Run {
    glyphs: Vec<Glyph>,
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
}

/// The lines of a page, in reading order.
pub fn lines(page: &Page, page_index: usize) -> Vec<Line> {
    let runs = runs(&page.glyphs);
    if runs.is_empty() {
        return Vec::new();
    }
    let gutters = gutters(&runs);
    let text_left = runs.iter().map(|r| r.x0).fold(f32::INFINITY, f32::min);
    let text_right = runs.iter().map(|r| r.x1).fold(f32::NEG_INFINITY, f32::max);
    // Each run's column, or None for a run across a gutter.
    let column = |r: &Run| -> Option<usize> {
        if gutters
            .iter()
            .any(|&(a, b)| r.x0 < b - 1.0 && r.x1 > a + 1.0)
        {
            None
        } else {
            Some(gutters.iter().filter(|&&(_, b)| r.x0 >= b - 1.0).count())
        }
    };
    let mut placed: Vec<(Option<usize>, Run)> = runs.into_iter().map(|r| (column(&r), r)).collect();
    placed.sort_by(|a, b| a.1.y.total_cmp(&b.1.y).then(a.1.x0.total_cmp(&b.1.x0)));
    // Runs of one column on one baseline make a line.
    let mut grouped: Vec<(Option<usize>, Vec<Run>)> = Vec::new();
    for (col, run) in placed {
        let near = grouped.iter_mut().rev().take(8).find(|(c, rs)| {
            *c == col && (rs[0].y - run.y).abs() <= SAME_BASELINE * rs[0].size.min(run.size)
        });
        match near {
            Some((_, rs)) => rs.push(run),
            None => grouped.push((col, vec![run])),
        }
    }
    let edges = |col: Option<usize>| -> (f32, f32) {
        match col {
            None => (text_left, text_right),
            Some(i) => {
                let left = if i == 0 { text_left } else { gutters[i - 1].1 };
                let right = gutters.get(i).map_or(text_right, |g| g.0);
                (left, right)
            }
        }
    };
    let mut lines: Vec<Line> = grouped
        .into_iter()
        .filter_map(|(col, rs)| {
            let (left, right) = edges(col);
            line(rs, page_index, col, left, right)
        })
        .collect();
    // The columns' real edges, from their lines (a gutter's middle is not a column's edge).
    for col in 0..=gutters.len() {
        let of_col = lines.iter().filter(|l| l.column == Some(col));
        let left = of_col.clone().map(|l| l.x0).fold(f32::INFINITY, f32::min);
        let right = of_col.map(|l| l.x1).fold(f32::NEG_INFINITY, f32::max);
        for l in lines.iter_mut().filter(|l| l.column == Some(col)) {
            l.left = left;
            l.right = right;
        }
    }
    reading_order(lines)
}

/// Glyphs into runs: a run ends where the baseline changes, the pen jumps back, or a gap is
/// wider than a justified space could be.
fn runs(glyphs: &[Glyph]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for g in glyphs {
        if g.size <= 0.0 {
            continue;
        }
        if let Some(run) = runs.last_mut() {
            let size = run.size.max(g.size);
            let gap = g.x - run.x1;
            let near = gap <= RUN_GAP * size && gap >= -0.5 * size;
            let mut g = g.clone();
            // Off the run's baseline but beside it: a superscript after the run, or the run one
            // before this glyph (the line is then this glyph's).
            let off_baseline = (g.y - run.y).abs() > SAME_BASELINE * run.size.min(g.size);
            if near && off_baseline && g.text != " " {
                if raised(&g, g.y, run.size, run.y) {
                    g.sup = true;
                } else if run.glyphs.iter().all(|h| raised(h, run.y, g.size, g.y)) {
                    // The run so far was a superscript before the text it belongs to.
                    for h in &mut run.glyphs {
                        h.sup = true;
                    }
                    run.y = g.y;
                }
            }
            let same_line = g.sup || (g.y - run.y).abs() <= SAME_BASELINE * run.size.min(g.size);
            if same_line && near {
                // A glyph drawn twice at the same place (a bold made by overprinting) counts once.
                let twice = run.glyphs.iter().rev().take(4).any(|h| {
                    h.text == g.text
                        && (h.x - g.x).abs() < 0.1 * size
                        && (h.y - g.y).abs() < 0.1 * size
                });
                if !twice {
                    run.x1 = run.x1.max(g.x + g.width);
                    run.size = run.size.max(g.size);
                    run.glyphs.push(g);
                }
                continue;
            }
        }
        if g.text == " " {
            continue;
        }
        runs.push(Run {
            glyphs: vec![g.clone()],
            x0: g.x,
            x1: g.x + g.width,
            y: g.y,
            size: g.size,
        });
    }
    for run in &mut runs {
        unmark_long_superscripts(&mut run.glyphs);
        while run.glyphs.last().is_some_and(|g| g.text == " ") {
            run.glyphs.pop();
        }
        run.x1 = run
            .glyphs
            .iter()
            .map(|g| g.x + g.width)
            .fold(run.x0, f32::max);
    }
    runs.retain(|r| !r.glyphs.is_empty());
    runs
}

/// Whether a glyph (its size, at baseline `y`) stands raised and smaller beside text of `size`
/// at baseline `base`, as a superscript does.
fn raised(g: &Glyph, y: f32, size: f32, base: f32) -> bool {
    let rise = base - y;
    g.size <= SUP_SIZE * size && rise >= SUP_RAISE.0 * size && rise <= SUP_RAISE.1 * size
}

/// Raised runs too long to be superscripts are text of the line like the rest.
fn unmark_long_superscripts(glyphs: &mut [Glyph]) {
    let mut i = 0;
    while i < glyphs.len() {
        if !glyphs[i].sup {
            i += 1;
            continue;
        }
        let end = (i..glyphs.len())
            .find(|&k| !glyphs[k].sup)
            .unwrap_or(glyphs.len());
        if end - i > SUP_LONGEST {
            glyphs[i..end].iter_mut().for_each(|g| g.sup = false);
        }
        i = end;
    }
}

/// The gutters of a page: bands that at most a few runs cross (headlines, footers), at least
/// half a font size wide, with three or more runs beside each other on both sides.
fn gutters(runs: &[Run]) -> Vec<(f32, f32)> {
    let n = runs.len();
    if !(6..=50_000).contains(&n) {
        return Vec::new();
    }
    let mut sizes: Vec<f32> = runs.iter().map(|r| r.size).collect();
    sizes.sort_by(f32::total_cmp);
    let size = sizes[n / 2];
    let allowed = (n / 8).max(2);
    // How many runs cross each stretch between consecutive edges: no edge lies inside a
    // stretch, so a run crosses it when it starts at or before its start and ends after it.
    let mut starts: Vec<f32> = runs.iter().map(|r| r.x0).collect();
    let mut ends: Vec<f32> = runs.iter().map(|r| r.x1).collect();
    starts.sort_by(f32::total_cmp);
    ends.sort_by(f32::total_cmp);
    let mut edges: Vec<f32> = starts.iter().chain(&ends).copied().collect();
    edges.sort_by(f32::total_cmp);
    edges.dedup();
    let crossing = |a: f32| starts.partition_point(|&x| x <= a) - ends.partition_point(|&x| x <= a);
    let counts: Vec<usize> = edges.iter().map(|&a| crossing(a)).collect();
    let mut found: Vec<(f32, f32, usize)> = Vec::new();
    let mut i = 0;
    while i + 1 < edges.len() {
        if counts[i] > allowed {
            i += 1;
            continue;
        }
        // A band few runs cross; its gutter is the widest stretch of it that the fewest cross
        // (the ragged ends of a column's lines reach into the band, not into the gutter).
        let mut j = i;
        while j + 1 < edges.len() && counts[j] <= allowed {
            j += 1;
        }
        let least = *counts[i..j].iter().min().expect("a stretch");
        let mut k = i;
        while k < j {
            if counts[k] != least {
                k += 1;
                continue;
            }
            let mut m = k;
            while m < j && counts[m] == least {
                m += 1;
            }
            if edges[m] - edges[k] >= 0.5 * size {
                found.push((edges[k], edges[m], least));
            }
            k = m;
        }
        i = j;
    }
    // The widest few are enough (a page has two or three columns, not dozens).
    found.sort_by(|x, y| (y.1 - y.0).total_cmp(&(x.1 - x.0)));
    found.truncate(4);
    found.sort_by(|x, y| x.0.total_cmp(&y.0));
    found
        .into_iter()
        .filter(|&(a, b, _)| {
            let left: Vec<&Run> = runs.iter().filter(|r| r.x1 <= a + 1.0).collect();
            let right: Vec<&Run> = runs.iter().filter(|r| r.x0 >= b - 1.0).collect();
            let beside = right
                .iter()
                .filter(|r| {
                    let top = left.iter().map(|l| l.y).fold(f32::INFINITY, f32::min);
                    let bottom = left.iter().map(|l| l.y).fold(f32::NEG_INFINITY, f32::max);
                    r.y >= top && r.y <= bottom
                })
                .count();
            left.len() >= 3 && right.len() >= 3 && beside >= 3
        })
        .map(|(a, b, _)| (a, b))
        .collect()
}

/// The runs of one line made into words, left to right.
fn line(
    mut runs: Vec<Run>,
    page: usize,
    column: Option<usize>,
    left: f32,
    right: f32,
) -> Option<Line> {
    runs.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let y = runs[0].y;
    let mut words: Vec<Word> = Vec::new();
    let mut sizes: Vec<(f32, usize)> = Vec::new();
    let (mut bold, mut chars) = (0usize, 0usize);
    for run in &runs {
        let mut glyphs: Vec<&Glyph> = run.glyphs.iter().collect();
        glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
        // A new run of the line is always a new word.
        let mut space = true;
        let mut last_end = f32::NEG_INFINITY;
        for g in glyphs {
            if g.text == " " {
                space = true;
                continue;
            }
            let gap = g.x - last_end;
            let apart = space || gap > WORD_GAP * g.size;
            if apart || words.last().is_none_or(|w| w.sup != g.sup) {
                words.push(Word {
                    text: String::new(),
                    x0: g.x,
                    x1: g.x,
                    styles: Vec::new(),
                    sup: g.sup,
                    glued: !apart && !words.is_empty(),
                });
            }
            space = false;
            let word = words.last_mut().expect("pushed");
            word.text.push_str(&g.text);
            word.x1 = word.x1.max(g.x + g.width);
            last_end = last_end.max(g.x + g.width);
            let n = g.text.chars().count();
            match word.styles.last_mut() {
                Some((k, b, i)) if *b == g.bold && *i == g.italic => *k += n,
                _ => word.styles.push((n, g.bold, g.italic)),
            }
            if g.sup {
                // A reference's size and weight say nothing of the line's.
                continue;
            }
            chars += n;
            if g.bold {
                bold += n;
            }
            match sizes.iter_mut().find(|(s, _)| (*s - g.size).abs() < 0.25) {
                Some((_, c)) => *c += n,
                None => sizes.push((g.size, n)),
            }
        }
    }
    words.retain(|w| !w.text.trim().is_empty());
    if let Some(w) = words.first_mut() {
        w.glued = false;
    }
    let first = words.first()?;
    let size = sizes
        .iter()
        .max_by_key(|(_, c)| *c)
        .map_or(runs[0].size, |(s, _)| *s);
    Some(Line {
        x0: first.x0,
        x1: words.iter().map(|w| w.x1).fold(first.x1, f32::max),
        words,
        y,
        size,
        bold: chars > 0 && bold * 10 >= chars * 6,
        page,
        column,
        left,
        right,
    })
}

/// Lines sorted top to bottom, then read column by column between the lines across columns.
fn reading_order(mut lines: Vec<Line>) -> Vec<Line> {
    lines.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut out = Vec::with_capacity(lines.len());
    let mut section: Vec<Line> = Vec::new();
    let flush = |section: &mut Vec<Line>, out: &mut Vec<Line>| {
        // Stable: each column keeps its top-to-bottom order.
        section.sort_by_key(|l| l.column);
        out.append(section);
    };
    for l in lines {
        if l.column.is_none() {
            flush(&mut section, &mut out);
            out.push(l);
        } else {
            section.push(l);
        }
    }
    flush(&mut section, &mut out);
    out
}
