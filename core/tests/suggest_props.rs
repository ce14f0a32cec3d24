//! Invariants of suggestions on arbitrary text: never a panic, spans inside the text and trimmed, text
//! order, unique ids that follow the documented scheme, the same result twice.

use close_reader_core::analysis::suggest::{suggest, suggestion_id, CLAIM, HEDGE, SOURCE};
use close_reader_core::Text;
use proptest::prelude::*;

/// Cue words, names, numbers and awkward characters, so that random texts exercise every rule.
const PIECES: &[&str] = &[
    "may",
    "May",
    "might",
    "could",
    "not",
    "couldn't",
    "about",
    "around",
    "at least",
    "more than",
    "an estimated",
    "some",
    "over",
    "up to",
    "said",
    "says",
    "told",
    "according to",
    "the",
    "a",
    "officials",
    "Amnesty International",
    "Dr.",
    "U.S.",
    "who",
    "which",
    "that",
    "will",
    "because",
    "largest",
    "than",
    "1,440",
    "3.5",
    "%",
    "£",
    "84m",
    "2021",
    "is believed to",
    "seems",
    "reportedly",
    "so-called",
    ",",
    ".",
    "?",
    ";",
    "\"",
    "“",
    "”",
    "’",
    "'",
    "\n",
    "\r\n",
    "\n\n",
    "😀",
    "é",
    "e\u{301}",
    "مرحبا",
    "\u{a0}",
    "—",
    "(",
    ")",
    "-",
    "",
    " ",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), prop::bool::ANY), 0..80).prop_map(
        |parts| {
            parts
                .into_iter()
                .map(|(p, space)| {
                    if space {
                        format!("{p} ")
                    } else {
                        p.to_string()
                    }
                })
                .collect()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn suggestions_are_well_formed(s in text()) {
        let t = Text::new(s.as_str());
        let got = suggest(&s);
        let mut ids = std::collections::HashSet::new();
        let mut last = None;
        for g in &got {
            prop_assert!(g.span.end() <= t.len() && !g.span.is_empty());
            let quote = t.slice(g.span);
            prop_assert_eq!(quote.trim(), quote);
            prop_assert!([HEDGE, SOURCE, CLAIM].contains(&g.label));
            prop_assert_eq!(g.source.is_some(), g.label == SOURCE);
            prop_assert!(g.rule.starts_with(g.label));
            prop_assert!(!g.reason.is_empty());
            prop_assert_eq!(&g.id, &suggestion_id(g.label, g.span, quote));
            prop_assert!(ids.insert(g.id.clone()), "duplicate id {}", g.id);
            let key = (g.span.start(), g.span.end(), g.label);
            prop_assert!(last.is_none_or(|l| l < key), "out of order at {:?}", key);
            last = Some(key);
        }
        prop_assert_eq!(got, suggest(&s));
    }
}

#[test]
fn a_long_article_without_any_punctuation_is_handled() {
    let s = "officials said prices may rise by about 5 ".repeat(2_000);
    let got = suggest(&s);
    assert!(got.iter().any(|g| g.label == HEDGE));
}
