//! A plain text file (`.txt`) read into an [`Article`] as the app has always read a paste: the
//! text kept exactly as given (line ends, tabs and spaces included), every line a paragraph, no
//! shape. Only a title is guessed, from the first line if it is short enough to be one.

use crate::import::Article;
use crate::model::shape::Shape;
use crate::model::Text;

/// The longest first line taken as a title, in code points (longer ones are the first
/// paragraph, and the preview asks for a title).
pub const TITLE_MAX: usize = 120;

pub fn from_plain(text: &str) -> Article {
    Article {
        title: title(text),
        byline: None,
        date: None,
        text: Text::new(text),
        shape: Shape::default(),
        left_out: Vec::new(),
    }
}

/// The first line with text, its whitespace collapsed, if it is at most [`TITLE_MAX`] code
/// points long.
fn title(text: &str) -> String {
    let first = text
        .split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    let t = first.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() <= TITLE_MAX {
        t
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_kept_exactly_and_a_short_first_line_is_the_title() {
        let a = from_plain("\r\n  First  line\r\nsecond\u{a0}line\t");
        assert_eq!(a.text.as_str(), "\r\n  First  line\r\nsecond\u{a0}line\t");
        assert_eq!(a.title, "First line");
        assert!(a.shape.is_empty());
    }

    #[test]
    fn a_long_first_line_is_no_title() {
        let long = "word ".repeat(40);
        assert_eq!(from_plain(&long).title, "");
        assert_eq!(from_plain(" \n\t").title, "");
    }
}
