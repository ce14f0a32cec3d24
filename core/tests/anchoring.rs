//! Anchoring must never put a note on the wrong words. These properties try to trick it: a quote
//! that occurs twice is never placed without a deciding context or position; a quote with a typo
//! is either found where it came from or refused, never placed somewhere else.

mod support;

use close_reader_core::anchoring::{anchor, AnchorFailure, Anchoring, Quote, TextIndex};
use close_reader_core::Text;
use proptest::prelude::*;
use support::cp_slice;

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "alpha", "beta", "gamma", "delta", "😀", "قال", "世界", "e\u{301}", "\r\n", "\u{a0}",
        ]),
        1..12,
    )
    .prop_map(|w| w.join(" "))
}

proptest! {
    /// `before + q + middle + q + after`, asked for `q` with no context or position: never placed.
    #[test]
    fn a_repeated_quote_without_context_is_never_guessed(before in words(), q in words(), middle in words(), after in words()) {
        let text = Text::new(format!("{before} {q} {middle} {q} {after}"));
        let index = TextIndex::new(&text);
        let r = anchor(&index, &Quote { exact: &q, prefix: "", suffix: "", hint: None });
        prop_assert!(matches!(r, Err(AnchorFailure::Ambiguous { .. })), "{:?}", r);
    }

    /// The same, with the position of one copy: exactly that copy.
    #[test]
    fn the_exact_position_settles_a_tie(before in words(), q in words(), middle in words(), after in words(), second in any::<bool>()) {
        let s = format!("{before} {q} {middle} {q} {after}");
        let text = Text::new(s.clone());
        let qlen = q.chars().count();
        let first = before.chars().count() + 1;
        let start = if second { first + qlen + 1 + middle.chars().count() + 1 } else { first };
        let index = TextIndex::new(&text);
        let r = anchor(&index, &Quote { exact: &q, prefix: "", suffix: "", hint: Some((start, start + qlen)) }).unwrap();
        prop_assert_eq!(r.span.start(), start);
        prop_assert_eq!(cp_slice(&s, r.span.start(), r.span.end()), q);
    }

    /// A distinctive quote with one character changed is found where it came from, or refused.
    #[test]
    fn a_quote_with_a_typo_is_found_in_place_or_refused(
        before in words(), after in words(), seed in "[a-z]{6}", k in 0usize..20, c in prop::char::range('a', 'z'),
    ) {
        let original = format!("unique {seed} passage of text");
        let s = format!("{before} {original} {after}");
        let mut typo: Vec<char> = original.chars().collect();
        let at = k % typo.len();
        typo[at] = c;
        let typo: String = typo.into_iter().collect();
        let text = Text::new(s.clone());
        let index = TextIndex::new(&text);
        let start = before.chars().count() + 1;
        match anchor(&index, &Quote { exact: &typo, prefix: "", suffix: "", hint: None }) {
            Ok(a) => {
                prop_assert!(a.span.start() <= start + 1 && a.span.end() + 1 >= start + original.chars().count(), "{:?} for {:?}", a, cp_slice(&s, a.span.start(), a.span.end()));
                let close = matches!(a.how, Anchoring::Quote | Anchoring::Fuzzy { distance: 0..=1 });
                prop_assert!(close, "{:?}", a.how);
            }
            Err(e) => prop_assert!(matches!(e, AnchorFailure::Ambiguous { .. }), "{:?}", e),
        }
    }
}

#[test]
fn a_quote_far_from_anything_in_the_text_is_not_found() {
    let text = Text::new("The minister said the plan worked. ".repeat(200));
    let index = TextIndex::new(&text);
    let r = anchor(
        &index,
        &Quote {
            exact: "Opposition leaders rejected the budget outright",
            prefix: "",
            suffix: "",
            hint: None,
        },
    );
    assert_eq!(r, Err(AnchorFailure::NotFound { allowed: 5 }));
}

#[test]
fn a_common_word_repeated_thousands_of_times_stays_fast_and_ambiguous() {
    let text = Text::new("the ".repeat(50_000));
    let index = TextIndex::new(&text);
    let r = anchor(
        &index,
        &Quote {
            exact: "the",
            prefix: "",
            suffix: "",
            hint: None,
        },
    );
    assert_eq!(
        r,
        Err(AnchorFailure::Ambiguous {
            count: 50_000,
            distance: 0
        })
    );
    // Approximate search on a text of one repeated word: every seed is too common to use.
    let r = anchor(
        &index,
        &Quote {
            exact: "the the thx the the",
            prefix: "",
            suffix: "",
            hint: None,
        },
    );
    assert!(
        matches!(
            r,
            Err(AnchorFailure::NotFound { .. } | AnchorFailure::Ambiguous { .. })
        ),
        "{r:?}"
    );
}
