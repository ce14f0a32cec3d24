//! Inputs the fuzz targets (`fuzz/`, `cargo xtask fuzz`) found, each reduced to what makes it fail
//! and kept here so that the bug stays fixed in the ordinary tests. The target and the property
//! that caught it are named on each.

use close_reader_core::anchoring::{anchor, Anchoring, Quote, TextIndex};
use close_reader_core::formats::brat;
use close_reader_core::{Annotation, Document, Span, Text};

/// Target `anchor`: a quote one edit away from the text was declared missing, because the piece of
/// it that occurs exactly sits in a long run of one character, and the seed search only found
/// non-overlapping occurrences of the piece (`memmem::find_iter`), none of them near the match.
/// Found as a run of U+FFFD in a text with invalid UTF-8 replaced.
#[test]
fn a_seed_inside_a_run_of_one_character_still_finds_the_quote() {
    // 12 "z", then 1 to 8. The quote: 7 "z", then 1 to 8 without the 7 (one edit). Of its two seed
    // pieces, "zzzzzzz" occurs (overlapping, at 0 to 5) and "1234568" does not.
    let text = Text::new("zzzzzzzzzzzz12345678");
    let index = TextIndex::new(&text);
    let found = anchor(
        &index,
        &Quote {
            exact: "zzzzzzz1234568",
            prefix: "",
            suffix: "",
            hint: None,
        },
    )
    .expect("one edit away, so found");
    assert_eq!(found.how, Anchoring::Fuzzy { distance: 1 });
    // "…1234567" (8 for 7) and "…12345678" (7 left out) are both one edit away; the one of the
    // quote's length is kept.
    assert_eq!(found.span, Span::new(5, 19).unwrap());
    assert_eq!(text.slice(found.span), "zzzzzzz1234567");
}

/// Target `exports` (brat round trip): a span across U+001C (or U+001D, U+001E) did not come back
/// from brat. brat splits spans at what Python's `splitlines` calls a line end, which includes
/// these separators, but reading the fragments back only joined them across `char::is_whitespace`,
/// which does not.
#[test]
fn a_span_across_an_information_separator_comes_back_from_brat() {
    for sep in ['\u{1c}', '\u{1d}', '\u{1e}'] {
        let text = format!("one{sep}two");
        let mut doc = Document::new("T", &text, None);
        doc.insert(Annotation::new(
            "a1",
            "claim",
            Span::new(0, 7).unwrap(),
            "t",
        ))
        .unwrap();
        let export = brat::to_brat(&doc);
        assert_eq!(export.ann, "T1\tClaim 0 3;4 7\tone two\n");
        let fresh = Document::new("T", &text, None);
        let (report, _) = brat::import(&fresh, export.ann.as_bytes(), "t").unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.placed.len(), 1);
        assert_eq!(report.placed[0].annotation.span, Span::new(0, 7).unwrap());
    }
}
