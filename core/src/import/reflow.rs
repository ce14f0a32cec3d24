//! Text pasted from a PDF viewer comes hard-wrapped: every printed line ends in a line break,
//! and words split at a line end keep their hyphen. This joins the lines of each paragraph
//! again, offered by the app only when [`looks_hard_wrapped`] says the paste is likely such a
//! text (the user sees the result before accepting it).
//!
//! Lines are read in runs between blank lines. Inside a run, a line is joined to the next with a
//! space, except where a real paragraph break is recognised:
//! - the next line starts with a bullet (`•`, `-`, `*`, `–`, `◦`, `▪`) or a list number (`1.`,
//!   `12)`, `(3)`);
//! - the line ends a sentence (`.`, `!`, `?`, `:` or `…`, perhaps inside closing quotes or
//!   brackets), the next line starts a new one (a capital or a digit, perhaps after an opening
//!   quote), and the line is clearly shorter than the text's line width: the next line's first
//!   word would have fitted on it;
//! - the line looks like a heading (at most 60% of the width, no final punctuation, starting
//!   with a capital or digit) and the next line starts with a capital, or the next line is such
//!   a heading and this line ends a sentence.
//!
//! A recognised break becomes a blank line (so the result is one line per paragraph, blank
//! lines between, and reflowing it again changes nothing); blank lines already there are kept
//! as they are. The line width is the 90th percentile of the lengths of the text's lines.
//!
//! A hyphen (`-`, U+2010) ending a line after a letter, with a letter starting the next line,
//! is decided so: if the whole word (the two parts joined) appears elsewhere in the text, the
//! hyphen goes; else if the hyphenated word appears elsewhere (inside a line), it stays; else it
//! stays if the next part starts with a capital ("Anglo-Saxon", "non-European"), if the first
//! part is itself after a hyphen ("state-of-the-art"), one letter long ("e-mail"), or a prefix
//! that usually keeps its hyphen (`self-`, `well-`, `long-`, `non-`, `ex-`, `all-`, `half-`,
//! …); otherwise it goes ("inter-national" → "international"). A kept hyphen joins the parts
//! without a space. A soft hyphen (U+00AD) at a line end always goes.
//!
//! Whitespace is all that changes, and the hyphens removed at line ends: every other character
//! stays, in order. A form feed between pages is whitespace (the line after it joins as any
//! other). Running heads, page numbers and footnotes that the copy carries are not recognised:
//! they stay, joined to the text around them unless a rule above breaks there.

use std::collections::HashSet;

/// Text with its lines joined again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reflowed {
    pub text: String,
    /// Line breaks replaced by a space or removed after a hyphen.
    pub joined_lines: usize,
    /// Hyphens removed at a line end (a word split in two joined again).
    pub rejoined_hyphens: usize,
}

/// Prefixes that keep their hyphen before a lower-case part.
const KEEP_HYPHEN: &[&str] = &[
    "all", "cross", "ex", "full", "half", "high", "ill", "long", "low", "non", "quasi", "self",
    "short", "well", "wide",
];

/// A line and the line end after it (empty for the last line).
struct Line<'a> {
    body: &'a str,
    end: &'a str,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['\n', '\r']) {
            Some(i) => {
                let n = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                out.push(Line {
                    body: &rest[..i],
                    end: &rest[i..i + n],
                });
                rest = &rest[i + n..];
            }
            None => {
                out.push(Line {
                    body: rest,
                    end: "",
                });
                rest = "";
            }
        }
    }
    out
}

/// Whitespace as PDF copies have it: a form feed between pages counts too.
fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

fn width(s: &str) -> usize {
    s.trim().chars().count()
}

/// The 90th percentile of the non-blank lines' lengths (0 without lines).
fn line_width(ls: &[Line<'_>]) -> usize {
    let mut w: Vec<usize> = ls
        .iter()
        .filter(|l| !is_blank(l.body))
        .map(|l| width(l.body))
        .collect();
    if w.is_empty() {
        return 0;
    }
    w.sort_unstable();
    w[(w.len() * 9 / 10).min(w.len() - 1)]
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '¿' | '¡')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

/// The line ends a sentence (closing quotes and brackets looked through).
fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(is_closing)
        .ends_with(['.', '!', '?', ':', '…'])
}

/// The line ends with any punctuation a heading would not have.
fn ends_punctuated(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(is_closing)
        .ends_with(['.', '!', '?', ':', '…', ',', ';'])
}

/// The line starts a sentence: a capital or a digit, perhaps after opening quotes.
fn starts_sentence(s: &str) -> bool {
    s.trim_start()
        .trim_start_matches(is_opening)
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn starts_capital(s: &str) -> bool {
    s.trim_start()
        .trim_start_matches(is_opening)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The line starts with a bullet or a list number followed by a space.
fn starts_item(s: &str) -> bool {
    let t = s.trim_start();
    let mut chars = t.chars();
    match chars.next() {
        Some('•' | '◦' | '▪' | '‣' | '·' | '-' | '*' | '–') => {
            return chars.next().is_some_and(char::is_whitespace);
        }
        None => return false,
        _ => {}
    }
    let t = t.strip_prefix('(').unwrap_or(t);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let mut after = t[digits..].chars();
    matches!(after.next(), Some('.' | ')')) && after.next().is_some_and(char::is_whitespace)
}

fn first_word(s: &str) -> usize {
    s.split_whitespace().next().map_or(0, |w| w.chars().count())
}

fn looks_like_heading(s: &str, w: usize) -> bool {
    let n = width(s);
    n > 0 && n * 10 <= w * 6 && !ends_punctuated(s) && starts_sentence(s)
}

/// Whether the break after line `a` (followed by `b`, then perhaps `c`) is a paragraph break.
fn is_break(a: &str, b: &str, c: Option<&str>, w: usize) -> bool {
    if starts_item(b) {
        return true;
    }
    if looks_like_heading(a, w) && starts_capital(b) {
        return true;
    }
    if ends_sentence(a) && c.is_some_and(|c| looks_like_heading(b, w) && starts_capital(c)) {
        return true;
    }
    ends_sentence(a) && starts_sentence(b) && width(a) + 1 + first_word(b) <= w
}

/// The words of the text (lower-cased, with their inner hyphens), for deciding hyphens: only
/// the words asked about are kept, and no word is allocated for unless it is one of them.
struct Words {
    plain: HashSet<String>,
}

impl Words {
    /// Which of `wanted` (lower-cased words) appear in `text`.
    fn of(text: &str, wanted: &HashSet<String>) -> Words {
        let mut plain = HashSet::new();
        if wanted.is_empty() {
            return Words { plain };
        }
        let longest = wanted.iter().map(String::len).max().unwrap_or(0);
        let mut buf = String::new();
        for w in text.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\u{2010}')) {
            let w = w.trim_matches(['-', '\u{2010}']);
            if w.is_empty() || w.len() > 4 * longest {
                continue;
            }
            buf.clear();
            buf.extend(w.chars().flat_map(char::to_lowercase).map(|c| {
                if c == '\u{2010}' {
                    '-'
                } else {
                    c
                }
            }));
            if wanted.contains(&buf) && !plain.contains(&buf) {
                plain.insert(buf.clone());
            }
        }
        Words { plain }
    }
}

/// The word parts around a hyphen ending line `a` before line `b`: the letters before it (and
/// whether they follow another hyphen) and the letters after.
fn parts<'a>(a: &'a str, b: &'a str) -> Option<(&'a str, &'a str, bool)> {
    let a = a.trim_end();
    let stem = a.strip_suffix('-').or_else(|| a.strip_suffix('\u{2010}'))?;
    let start = stem
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(stem.len(), |(i, _)| i);
    let before = &stem[start..];
    let b = b.trim_start();
    let end = b
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(b.len(), |(i, _)| i);
    let after = &b[..end];
    if before.is_empty() || after.is_empty() {
        return None;
    }
    Some((before, after, stem[..start].ends_with(['-', '\u{2010}'])))
}

/// What to do with a hyphen ending line `a` before line `b`: `Some(true)` removes it, `Some(false)`
/// keeps it (joined without a space), `None` when `a` does not end in a word's hyphen.
fn hyphen(a: &str, b: &str, words: &Words) -> Option<bool> {
    if a.trim_end().ends_with('\u{ad}') {
        return Some(true);
    }
    let (before, after, compound) = parts(a, b)?;
    if words
        .plain
        .contains(&format!("{before}{after}").to_lowercase())
    {
        return Some(true);
    }
    if words
        .plain
        .contains(&format!("{before}-{after}").to_lowercase())
    {
        return Some(false);
    }
    let keep = after.starts_with(char::is_uppercase)
        || compound
        || before.chars().count() == 1
        || KEEP_HYPHEN.contains(&before.to_lowercase().as_str());
    Some(!keep)
}

/// The text with the lines of each paragraph joined again (see the module's documentation).
pub fn reflow(text: &str) -> Reflowed {
    let ls = lines(text);
    let w = line_width(&ls);
    // The words that would decide a hyphen at a line end, looked for in the whole text.
    let mut wanted = HashSet::new();
    for p in ls.windows(2) {
        if let Some((before, after, _)) = parts(p[0].body, p[1].body) {
            wanted.insert(format!("{before}{after}").to_lowercase());
            wanted.insert(format!("{before}-{after}").to_lowercase());
        }
    }
    let words = Words::of(text, &wanted);
    let mut out = String::with_capacity(text.len());
    let mut joined_lines = 0;
    let mut rejoined_hyphens = 0;
    let mut i = 0;
    while i < ls.len() {
        let line = &ls[i];
        if is_blank(line.body) {
            out.push_str(line.body);
            out.push_str(line.end);
            i += 1;
            continue;
        }
        // A run of non-blank lines, from i to j (exclusive). A line alone is kept as it is.
        let j = (i..ls.len())
            .find(|&k| is_blank(ls[k].body))
            .unwrap_or(ls.len());
        if j == i + 1 {
            out.push_str(line.body);
            out.push_str(line.end);
            i = j;
            continue;
        }
        out.push_str(line.body.trim_end());
        for k in i + 1..j {
            let (a, b) = (ls[k - 1].body, ls[k].body);
            let c = ls.get(k + 1).filter(|_| k + 1 < j).map(|l| l.body);
            match hyphen(a, b, &words) {
                Some(remove) => {
                    if remove {
                        out.pop();
                        rejoined_hyphens += 1;
                    }
                    joined_lines += 1;
                }
                None if is_break(a, b, c, w) => {
                    let end = ls[k - 1].end;
                    out.push_str(end);
                    out.push_str(end);
                }
                None => {
                    out.push(' ');
                    joined_lines += 1;
                }
            }
            out.push_str(b.trim());
        }
        out.push_str(ls[j - 1].end);
        i = j;
    }
    Reflowed {
        text: out,
        joined_lines,
        rejoined_hyphens,
    }
}

/// Whether `text` is likely hard-wrapped at each printed line, so that [`reflow`] is worth
/// offering: at least four lines; most of them (60%) of about the same width (at least 70% of the
/// line width, which is 20 to 160 code points); most line ends (60%) inside a run of lines rather
/// than before a blank line; and at least a third of the lines not ending a sentence.
pub fn looks_hard_wrapped(text: &str) -> bool {
    let ls = lines(text);
    let w = line_width(&ls);
    let filled: Vec<&Line<'_>> = ls.iter().filter(|l| !is_blank(l.body)).collect();
    let n = filled.len();
    if n < 4 || !(20..=160).contains(&w) {
        return false;
    }
    let similar = filled
        .iter()
        .filter(|l| width(l.body) * 10 >= w * 7)
        .count();
    let followed = ls
        .windows(2)
        .filter(|p| !is_blank(p[0].body) && !is_blank(p[1].body))
        .count();
    let open = filled.iter().filter(|l| !ends_sentence(l.body)).count();
    similar * 10 >= n * 6 && followed * 10 >= (n - 1) * 6 && open * 3 >= n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_a_paragraph_are_joined_and_breaks_kept() {
        let text = "The council met on Tuesday to discuss the new\nferry timetable and the price of tickets for\nschool children.\nThe chair opened it.\n\nA second paragraph\nthat wraps.";
        let r = reflow(text);
        assert_eq!(
            r.text,
            "The council met on Tuesday to discuss the new ferry timetable and the price of tickets for school children.\n\nThe chair opened it.\n\nA second paragraph that wraps."
        );
        assert_eq!(r.joined_lines, 3);
    }

    #[test]
    fn hyphens_are_decided_by_the_rule() {
        let text = "an international crowd, a long-term plan";
        let wanted = ["international", "long-term"].map(String::from).into();
        let w = Words::of(text, &wanted);
        assert_eq!(hyphen("inter-", "national", &w), Some(true));
        assert_eq!(hyphen("the long-", "term plan", &w), Some(false));
        let none = Words::of("", &HashSet::new());
        assert_eq!(hyphen("the muni-", "cipal", &none), Some(true));
        assert_eq!(hyphen("the self-", "driving", &none), Some(false));
        assert_eq!(hyphen("the Anglo-", "Saxon", &none), Some(false));
        assert_eq!(hyphen("state-of-the-", "art", &none), Some(false));
        assert_eq!(hyphen("an e-", "mail", &none), Some(false));
        assert_eq!(hyphen("a pause -", "then", &none), None);
        assert_eq!(hyphen("soft\u{ad}", "ly", &none), Some(true));
    }

    #[test]
    fn bullets_and_headings_break() {
        assert!(starts_item("• one") && starts_item("  12. twelve") && starts_item("(3) three"));
        assert!(!starts_item("2024. The year") && !starts_item("-dash") && !starts_item("word"));
        assert!(looks_like_heading("Harbour news", 70));
        assert!(!looks_like_heading("Harbour news.", 70));
        assert!(is_break("Harbour news", "The ferry", None, 70));
        assert!(!is_break(
            "the old harbour and the island school is running again and it",
            "The",
            None,
            70
        ));
    }
}
