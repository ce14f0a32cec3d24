//! Footnotes at the foot of a page, taken out of the body's flow: below a page's last line of
//! body text, lines set smaller than the body that begin with a number the body refers to by a
//! superscript are notes (each runs on until the next such number; a note carried past the end
//! of its page goes on at the top of the next page's foot). Without a superscript reference a
//! small numbered line stays where it is: it may be a caption or a list in small print.

use std::collections::HashSet;

use super::layout::Line;

/// A footnote: the number it is printed with, and its lines (the number still first).
pub struct Note {
    pub number: u32,
    pub lines: Vec<Line>,
}

/// Lines set at most this part of the body's size may be notes.
const NOTE_SIZE: f32 = 0.92;
/// A note's next line lies at most this many of its sizes below the one before.
const NOTE_PITCH: f32 = 1.6;

/// Takes the notes out of the pages' lines (each page's lines in reading order).
pub fn take(pages: &mut [Vec<Line>], body: f32) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut referred: HashSet<u32> = HashSet::new();
    let mut carried = false;
    for lines in pages.iter_mut() {
        let mut bottom_up: Vec<usize> = (0..lines.len()).collect();
        bottom_up.sort_by(|&a, &b| lines[b].y.total_cmp(&lines[a].y));
        let foot: Vec<usize> = bottom_up
            .into_iter()
            .take_while(|&i| lines[i].size <= NOTE_SIZE * body)
            .collect();
        for (i, l) in lines.iter().enumerate() {
            if !foot.contains(&i) {
                let sups = l.words.iter().filter(|w| w.sup);
                referred.extend(sups.filter_map(|w| number(&w.text)));
            }
        }
        let mut taken: Vec<usize> = Vec::new();
        let mut open = false;
        let mut last_y = f32::NEG_INFINITY;
        for &i in foot.iter().rev() {
            let l = &lines[i];
            let close = l.y - last_y <= NOTE_PITCH * l.size;
            match opening_number(l).filter(|n| referred.contains(n)) {
                Some(n) => {
                    referred.remove(&n);
                    notes.push(Note {
                        number: n,
                        lines: vec![l.clone()],
                    });
                    open = true;
                }
                None if (open && close) || (carried && taken.is_empty()) => {
                    match notes.last_mut() {
                        Some(note) => note.lines.push(l.clone()),
                        None => continue,
                    }
                    open = true;
                }
                None => {
                    open = false;
                    continue;
                }
            }
            taken.push(i);
            last_y = l.y;
        }
        carried = open;
        taken.sort_unstable();
        for i in taken.into_iter().rev() {
            lines.remove(i);
        }
    }
    notes
}

/// A note's number: a line's first word when it is a number ("1", "2.", "3)") or a superscript.
fn opening_number(l: &Line) -> Option<u32> {
    let first = l.words.first()?;
    if first.sup {
        return number(&first.text);
    }
    number(first.text.trim_end_matches(['.', ')']))
}

/// A number of one to three digits.
pub fn number(text: &str) -> Option<u32> {
    let ok = (1..=3).contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit());
    ok.then(|| text.parse().ok()).flatten()
}
