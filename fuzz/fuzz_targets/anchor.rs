//! Placing quotes on a text (`anchor`) and foreign annotations on a document (`import::place`),
//! given any text and any quotes: mostly pieces of the text, changed a little, with some of their
//! context and maybe a position; sometimes anything at all.
//!
//! Asserted: a placed span lies inside the text and covers something; an exact placement's text
//! is the quote; a position settles only a tie it names exactly; a quote that occurs is never
//! placed approximately or declared missing, and one that occurs once with no context is placed
//! there; an approximate placement is exactly as many edits from the quote as it says (whitespace
//! runs as one space), and (on small inputs, against a brute-force search) is the closest place
//! there is, and a quote is declared missing exactly when nothing in the text is within the edits
//! allowed. `place` keeps trusted offsets whose quote agrees, and its report keeps the properties
//! of `check_report`.
//!
//! Input: `text NUL parameters` (see `Spec`), or parameters alone on the sample article.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use close_reader_core::anchoring::{
    anchor, AnchorFailure, Anchoring, Quote, TextIndex, CODE_POINTS_PER_EDIT, MAX_EDITS,
    MIN_FUZZY_LEN,
};
use close_reader_core::anchoring::{place, ForeignAnnotation, Position};
use close_reader_core::{Span, Text};
use close_reader_fuzz::{
    bare, best_substring_distance, check_report, levenshtein, split, squeeze, NOW,
};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Change {
    Delete(u8),
    Insert(u8, char),
    Replace(u8, char),
    Space(u8),
}

#[derive(Arbitrary, Debug)]
enum Hint {
    None,
    /// The span the quote was taken from.
    Exact,
    /// A position near it.
    Near(i8, i8),
    Any(u32, u32),
}

#[derive(Arbitrary, Debug)]
enum Spec {
    /// A piece of the text, maybe changed a little, with some of the text before and after it.
    Piece {
        start: u16,
        len: u8,
        changes: Vec<Change>,
        before: u8,
        after: u8,
        hint: Hint,
        trusted: bool,
        tag: u8,
    },
    /// Anything.
    Free {
        exact: String,
        prefix: String,
        suffix: String,
        hint: Option<(u32, u32)>,
        trusted: bool,
        tag: u8,
    },
}

struct Made {
    exact: String,
    prefix: String,
    suffix: String,
    hint: Option<(u64, u64)>,
    trusted: bool,
    tag: u8,
}

fn make(text: &Text, spec: Spec) -> Made {
    match spec {
        Spec::Free {
            exact,
            prefix,
            suffix,
            hint,
            trusted,
            tag,
        } => Made {
            exact,
            prefix,
            suffix,
            hint: hint.map(|(s, e)| (s as u64, e as u64)),
            trusted,
            tag,
        },
        Spec::Piece {
            start,
            len,
            changes,
            before,
            after,
            hint,
            trusted,
            tag,
        } => {
            let n = text.len();
            let start = if n == 0 { 0 } else { start as usize % n };
            let end = (start + len as usize).min(n);
            let span = Span::new(start, end).expect("ordered");
            let mut exact: Vec<char> = text.slice(span).chars().collect();
            for c in changes.into_iter().take(16) {
                let at = |i: u8, len: usize| if len == 0 { 0 } else { i as usize % len };
                match c {
                    Change::Delete(i) if !exact.is_empty() => {
                        let i = at(i, exact.len());
                        exact.remove(i);
                    }
                    Change::Insert(i, ch) => {
                        let i = at(i, exact.len() + 1);
                        exact.insert(i, ch);
                    }
                    Change::Replace(i, ch) if !exact.is_empty() => {
                        let i = at(i, exact.len());
                        exact[i] = ch;
                    }
                    Change::Space(i) => {
                        let i = at(i, exact.len() + 1);
                        exact.insert(i, ' ');
                    }
                    _ => {}
                }
            }
            let (s, e) = (start as i64, end as i64);
            let hint = match hint {
                Hint::None => None,
                Hint::Exact => Some((s, e)),
                Hint::Near(a, b) => Some((s + a as i64, e + b as i64)),
                Hint::Any(a, b) => Some((a as i64, b as i64)),
            };
            Made {
                exact: exact.into_iter().collect(),
                prefix: text.before(start, before as usize).to_string(),
                suffix: text.after(end, after as usize).to_string(),
                hint: hint
                    .and_then(|(s, e)| Some((u64::try_from(s).ok()?, u64::try_from(e).ok()?))),
                trusted,
                tag,
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let (text, params) = split(data);
    let mut u = Unstructured::new(params);
    let Ok(specs) = u.arbitrary::<Vec<Spec>>() else {
        return;
    };
    let doc = bare(&text);
    let index = TextIndex::new(&doc.text);
    let made: Vec<Made> = specs
        .into_iter()
        .take(8)
        .map(|s| make(&doc.text, s))
        .collect();
    for m in &made {
        let hint = m
            .hint
            .filter(|(s, e)| s <= e)
            .and_then(|(s, e)| Some((usize::try_from(s).ok()?, usize::try_from(e).ok()?)));
        let q = Quote {
            exact: &m.exact,
            prefix: &m.prefix,
            suffix: &m.suffix,
            hint,
        };
        check_anchor(&doc.text, &index, &q);
    }

    let tags = ["claim", "Source", "HEDGE", "opinion", " ", ""];
    let items: Vec<ForeignAnnotation> = made
        .iter()
        .enumerate()
        .map(|(i, m)| ForeignAnnotation {
            place: format!("item {i}"),
            id: Some(format!("i{i}")),
            tags: vec![tags[m.tag as usize % tags.len()].to_string()],
            quote: (m.tag % 7 != 0).then(|| m.exact.clone()),
            prefix: m.prefix.clone(),
            suffix: m.suffix.clone(),
            position: m.hint.map(|(start, end)| Position {
                start,
                end,
                trusted: m.trusted,
            }),
            ..Default::default()
        })
        .collect();
    let report = place(&doc, items.clone(), NOW);
    assert_eq!(report.placed.len() + report.problems.len(), items.len());
    assert_eq!(
        place(&doc, items.clone(), NOW),
        report,
        "placing is not deterministic"
    );
    for p in &report.placed {
        let i: usize = p.source_id.as_deref().expect("given")[1..]
            .parse()
            .expect("ours");
        let item = &items[i];
        let found = doc.text.slice(p.annotation.span);
        match p.anchoring {
            Anchoring::Offsets => {
                let pos = item.position.expect("placed by offsets");
                assert!(pos.trusted, "untrusted offsets used: {p:?}");
                assert_eq!(
                    (pos.start, pos.end),
                    (
                        p.annotation.span.start() as u64,
                        p.annotation.span.end() as u64
                    )
                );
                if let Some(q) = &item.quote {
                    assert_eq!(found, q, "offsets used although the quote differs");
                }
            }
            Anchoring::Quote | Anchoring::QuoteAndPosition => {
                assert_eq!(Some(found), item.quote.as_deref());
            }
            Anchoring::Fuzzy { .. } => assert!(item.quote.is_some()),
        }
    }
    check_report(&doc, &report);
});

fn check_anchor(text: &Text, index: &TextIndex, q: &Quote) {
    let result = anchor(index, q);
    let occurs = !q.exact.is_empty() && text.as_str().contains(q.exact);
    let quote = squeeze(q.exact);
    let allowed = (quote.len() / CODE_POINTS_PER_EDIT).clamp(1, MAX_EDITS);
    if let Ok(a) = &result {
        assert!(
            !a.span.is_empty() && a.span.end() <= text.len(),
            "{a:?} for {q:?}"
        );
    }
    if let Err(e) = &result {
        assert!(!e.to_string().is_empty());
    }
    match &result {
        Ok(a) => {
            let found = text.slice(a.span);
            match a.how {
                Anchoring::Quote => assert_eq!(found, q.exact),
                Anchoring::QuoteAndPosition => {
                    assert_eq!(found, q.exact);
                    assert_eq!(
                        q.hint,
                        Some((a.span.start(), a.span.end())),
                        "a tie settled by another position"
                    );
                }
                Anchoring::Fuzzy { distance } => {
                    assert!(
                        !occurs,
                        "an exact quote placed approximately: {a:?} for {q:?}"
                    );
                    assert!(distance <= allowed, "{a:?} for {q:?}");
                    assert_eq!(
                        levenshtein(&squeeze(found), &quote),
                        distance,
                        "{found:?} is not {distance} edits from {q:?}"
                    );
                }
                Anchoring::Offsets => panic!("anchor never uses offsets alone"),
            }
        }
        Err(AnchorFailure::NotFound { allowed: 0 }) => {
            assert!(!occurs, "{q:?} occurs but is not found");
            assert!(quote.len() < MIN_FUZZY_LEN, "{q:?}");
        }
        Err(AnchorFailure::NotFound { allowed: a }) => {
            assert!(!occurs, "{q:?} occurs but is not found");
            assert_eq!(*a, allowed);
        }
        Err(AnchorFailure::Ambiguous { count, distance }) => {
            assert!(*count >= 2);
            assert!(*distance == 0 || !occurs);
        }
        Err(AnchorFailure::ContextMismatch) => assert!(occurs),
    }
    // A quote that occurs once, looked for without context, is placed there.
    if occurs && q.prefix.trim().is_empty() && q.suffix.trim().is_empty() {
        let hay = text.as_str();
        let starts: Vec<usize> = hay
            .char_indices()
            .map(|(b, _)| b)
            .filter(|&b| hay[b..].starts_with(q.exact))
            .collect();
        if let [only] = starts[..] {
            let a = result.as_ref().expect("a quote that occurs once is placed");
            assert_eq!(a.span.start(), hay[..only].chars().count());
            assert_eq!(a.how, Anchoring::Quote);
        }
    }
    // Against brute force, on inputs small enough.
    let squeezed_text = squeeze(text.as_str());
    if !occurs && quote.len() >= MIN_FUZZY_LEN && quote.len() * squeezed_text.len() <= 60_000 {
        let best = best_substring_distance(&quote, &squeezed_text);
        match &result {
            Ok(a) => match a.how {
                Anchoring::Fuzzy { distance } => {
                    assert_eq!(distance, best, "not the closest place for {q:?}")
                }
                _ => unreachable!("checked above"),
            },
            Err(AnchorFailure::Ambiguous { distance, .. }) => assert_eq!(*distance, best),
            Err(AnchorFailure::NotFound { .. }) => {
                assert!(
                    best > allowed,
                    "{q:?} is {best} edits from the text, within {allowed}, yet not found"
                )
            }
            Err(e) => panic!("{e:?} for a quote that does not occur"),
        }
    }
}
