//! One check for every language's suggestion tests: the suggestions of one label for a text are
//! exactly the spans tagged in it (the evaluation set's inline format, `suggest::gold`).

use close_reader_core::analysis::lang::Language;
use close_reader_core::analysis::suggest::{gold, Suggester};
use close_reader_core::{Span, Text};

/// Asserts that `lang`'s suggestions of `label` for the untagged text are the tagged spans,
/// showing both as quotes when they differ.
pub fn check(lang: &'static Language, label: &str, tagged: &str) {
    let want = gold::parse(tagged).expect("test text is well tagged");
    let mut expected: Vec<Span> = want
        .spans
        .iter()
        .filter(|(l, _)| *l == label)
        .map(|(_, s)| *s)
        .collect();
    expected.sort_unstable();
    let text = Text::new(want.text.as_str());
    let got: Vec<Span> = Suggester::new(lang)
        .suggest(&want.text)
        .into_iter()
        .filter(|s| s.label == label)
        .map(|s| s.span)
        .collect();
    let quotes = |spans: &[Span]| -> Vec<String> {
        spans.iter().map(|s| text.slice(*s).to_string()).collect()
    };
    assert_eq!(quotes(&got), quotes(&expected), "in {tagged:?}");
    assert_eq!(got, expected);
}
