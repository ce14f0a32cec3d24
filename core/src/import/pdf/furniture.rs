//! The page's furniture taken away: running headers and footers (a line that comes back near the
//! same edge on many pages, its numbers aside) and page numbers (a line that is only a number,
//! "Page 3", "3 of 12" or "- 3 -", at the top or bottom edge of its page).

use std::collections::HashMap;

use super::layout::Line;

/// How far from the top or bottom edge, as a part of the page's height, furniture may stand.
const EDGE_BAND: f32 = 0.12;
/// At most this many lines from each edge of a page are looked at.
const LINES_FROM_EDGE: usize = 3;

/// Removes the furniture from the pages' lines (each page's lines in reading order), returning
/// how many lines were taken away.
pub fn remove(pages: &mut [Vec<Line>], heights: &[f32]) -> usize {
    let keys: Vec<Vec<(usize, Edge, String)>> = pages
        .iter()
        .zip(heights)
        .map(|(lines, &h)| candidates(lines, h))
        .collect();
    let mut seen: HashMap<(Edge, &str), usize> = HashMap::new();
    for page in &keys {
        let mut once: Vec<(Edge, &str)> = page.iter().map(|(_, e, k)| (*e, k.as_str())).collect();
        once.sort();
        once.dedup();
        for key in once {
            *seen.entry(key).or_default() += 1;
        }
    }
    let needed = ((pages.len() as f32 * 0.4).ceil() as usize).max(2);
    let mut removed = 0;
    for (lines, page_keys) in pages.iter_mut().zip(&keys) {
        let mut drop: Vec<usize> = page_keys
            .iter()
            .filter(|(_, edge, key)| is_page_number(key) || seen[&(*edge, key.as_str())] >= needed)
            .map(|(i, _, _)| *i)
            .collect();
        drop.sort_unstable();
        drop.dedup();
        for i in drop.into_iter().rev() {
            lines.remove(i);
            removed += 1;
        }
    }
    removed
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Edge {
    Top,
    Bottom,
}

/// The lines nearest each edge of a page, within the edge's band: their index and key (the
/// text in lower case with every run of digits one `#`).
fn candidates(lines: &[Line], height: f32) -> Vec<(usize, Edge, String)> {
    let mut by_y: Vec<usize> = (0..lines.len()).collect();
    by_y.sort_by(|&a, &b| lines[a].y.total_cmp(&lines[b].y));
    let top = by_y
        .iter()
        .take(LINES_FROM_EDGE)
        .filter(|&&i| lines[i].y < height * EDGE_BAND);
    let top = top.map(|&i| (i, Edge::Top));
    let bottom = by_y.iter().rev().take(LINES_FROM_EDGE);
    let bottom = bottom
        .filter(|&&i| lines[i].y > height * (1.0 - EDGE_BAND))
        .map(|&i| (i, Edge::Bottom));
    top.chain(bottom)
        .map(|(i, e)| (i, e, key(&lines[i].text())))
        .collect()
}

fn key(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A key that is only a page number: `#`, `page #`, `# of #`, `#/#`, `- # -`, or a roman numeral.
fn is_page_number(key: &str) -> bool {
    let bare: String = key
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '–' | '—'))
        .collect();
    let bare = bare.strip_prefix("page").unwrap_or(&bare);
    bare == "#"
        || bare == "#of#"
        || bare == "#/#"
        || (!bare.is_empty()
            && bare.len() <= 6
            && bare.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_known_by_their_form() {
        for yes in ["12", "Page 3", "3 of 12", "- 4 -", "xiv", "7/9"] {
            assert!(is_page_number(&key(yes)), "{yes}");
        }
        for no in ["12 ships", "Chapter 3", "Page three", "2024 in review", ""] {
            assert!(!is_page_number(&key(no)), "{no}");
        }
    }
}
