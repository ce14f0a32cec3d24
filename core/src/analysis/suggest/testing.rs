//! The rule tests' one helper: write the expected suggestions as tags in the text, and see both sides
//! tagged when they differ.

use super::{gold, suggest, Suggestion};
use crate::model::Span;

/// Asserts that the suggestions with label `label` for the untagged text are exactly the tagged spans
/// of that label (tags of other labels are ignored on both sides).
pub fn check(label: &str, tagged: &str) {
    let want = gold::parse(tagged).expect("test text is well tagged");
    let mut expected: Vec<Span> = want
        .spans
        .iter()
        .filter(|(l, _)| *l == label)
        .map(|(_, s)| *s)
        .collect();
    expected.sort_unstable();
    let got: Vec<Span> = of_label(&want.text, label).iter().map(|s| s.span).collect();
    assert!(
        got == expected,
        "\nwant: {}\n got: {}\n",
        render(&want.text, label, &expected),
        render(&want.text, label, &got)
    );
}

/// The suggestions of one label.
pub fn of_label(text: &str, label: &str) -> Vec<Suggestion> {
    suggest(text)
        .into_iter()
        .filter(|s| s.label == label)
        .collect()
}

/// The one suggestion of `label` covering `quote` (the first occurrence).
pub fn at(text: &str, label: &str, quote: &str) -> Suggestion {
    let byte = text.find(quote).expect("quote in text");
    let start = text[..byte].chars().count();
    let span = Span::new(start, start + quote.chars().count()).unwrap();
    of_label(text, label)
        .into_iter()
        .find(|s| s.span == span)
        .unwrap_or_else(|| {
            panic!(
                "no {label} at {quote:?}; got {:?}",
                of_label(text, label)
                    .iter()
                    .map(|s| crate::model::Text::new(text).slice(s.span).to_string())
                    .collect::<Vec<_>>()
            )
        })
}

/// The text with `spans` tagged as `label` (spans of one label do not overlap in these tests).
fn render(text: &str, label: &str, spans: &[Span]) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        for s in spans {
            if s.end() == i {
                out.push_str(&format!("</{label}>"));
            }
            if s.start() == i {
                out.push_str(&format!("<{label}>"));
            }
        }
        out.push(c);
    }
    let n = text.chars().count();
    for _ in spans.iter().filter(|s| s.end() == n) {
        out.push_str(&format!("</{label}>"));
    }
    out
}
