//! Finding where a quoted passage sits in a text, as a pure function: the exact quote first, told
//! apart by its prefix and suffix; then an approximate match (whitespace differences, a corrected
//! typo) within a small edit distance. A position from the file only settles a tie it points at
//! exactly. When places match equally well, or the best is too poor, it refuses instead of guessing.
//!
//! Cost: the exact search is a SIMD substring scan (memchr) plus a bounded context comparison per
//! occurrence; the approximate search is `approximate.rs`.

use std::cell::OnceCell;
use std::fmt;

use memchr::memmem;

use super::approximate::{approximate, squeeze, Squeezed};
use crate::model::{Span, Text};

/// Quotes shorter than this (after squeezing whitespace) must be found exactly: approximate
/// matches of a few letters are too easily a look-alike.
pub const MIN_FUZZY_LEN: usize = 8;
/// Edits allowed: one per this many code points of the quote, at least 1, at most [`MAX_EDITS`].
pub const CODE_POINTS_PER_EDIT: usize = 8;
pub const MAX_EDITS: usize = 12;
/// A quote this short that occurs once, but whose given context matches nothing of the text
/// around it (shared spaces prove nothing), is refused: it is likely the same words elsewhere.
pub const SHORT_QUOTE: usize = 16;

/// What to look for. `hint` is the file's `[start, end)` in code points, if it gave one.
#[derive(Clone, Copy, Debug)]
pub struct Quote<'a> {
    pub exact: &'a str,
    pub prefix: &'a str,
    pub suffix: &'a str,
    pub hint: Option<(usize, usize)>,
}

/// How a span was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchoring {
    /// The file's own offsets, whose quote agreed with the text.
    Offsets,
    /// The exact quote, one place (or the one its context matched best).
    Quote,
    /// The exact quote in places that matched equally, settled by the file's position.
    QuoteAndPosition,
    /// An approximate match, `distance` edits away from the quote (whitespace runs count as one space).
    Fuzzy { distance: usize },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchored {
    pub span: Span,
    pub how: Anchoring,
}

/// Why a quote was not placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnchorFailure {
    /// Not in the text, not even within `allowed` edits (0 for quotes too short to match loosely).
    NotFound { allowed: usize },
    /// `count` places match equally well (quote and context), and no position settles it.
    Ambiguous { count: usize, distance: usize },
    /// The quote occurs once but its context matches nothing there, and it is short.
    ContextMismatch,
}

impl fmt::Display for AnchorFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnchorFailure::NotFound { allowed: 0 } => write!(
                f,
                "the quoted text is not in this text (it is too short to look for approximately)"
            ),
            AnchorFailure::NotFound { allowed: 1 } => write!(
                f,
                "the quoted text is not in this text, not even with one small difference"
            ),
            AnchorFailure::NotFound { allowed } => write!(
                f,
                "the quoted text is not in this text, not even with {allowed} small differences"
            ),
            AnchorFailure::Ambiguous { count, distance: 0 } => write!(
                f,
                "the quoted text occurs in {count} places that fit equally well, so it is not guessed"
            ),
            AnchorFailure::Ambiguous { count, distance } => write!(
                f,
                "{count} places are equally close to the quoted text ({distance} differences each), so it is not guessed"
            ),
            AnchorFailure::ContextMismatch => write!(
                f,
                "the quoted text occurs once, but the text around it differs from the file's, so it may be the same words in another place"
            ),
        }
    }
}

/// A text prepared for anchoring many quotes: the squeezed copy for approximate matching is
/// built on first need and then shared.
pub struct TextIndex<'t> {
    text: &'t Text,
    squeezed: OnceCell<Squeezed>,
}

impl<'t> TextIndex<'t> {
    pub fn new(text: &'t Text) -> TextIndex<'t> {
        TextIndex {
            text,
            squeezed: OnceCell::new(),
        }
    }

    pub fn text(&self) -> &Text {
        self.text
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn squeezed(&self) -> &Squeezed {
        self.squeezed.get_or_init(|| Squeezed::new(self.text))
    }
}

/// How many code points of context agree: the end of `prefix` with the text before `start`, the
/// start of `suffix` with the text after `end`, whitespace runs counting as one space. Only the
/// agreeing characters that are not spaces are counted: every word is next to a space.
fn context_score(text: &Text, span: Span, prefix: &str, suffix: &str) -> usize {
    let reach = |s: &str| s.chars().count() * 2 + 8;
    let before = text.before(span.start(), reach(prefix));
    let after = text.after(span.end(), reach(suffix));
    let back = squeeze(prefix.chars().rev())
        .zip(squeeze(before.chars().rev()))
        .take_while(|(a, b)| a == b)
        .filter(|(a, _)| *a != ' ')
        .count();
    let fwd = squeeze(suffix.chars())
        .zip(squeeze(after.chars()))
        .take_while(|(a, b)| a == b)
        .filter(|(a, _)| *a != ' ')
        .count();
    back + fwd
}

/// Places `q` in the text, or says why it will not.
pub fn anchor(index: &TextIndex, q: &Quote) -> Result<Anchored, AnchorFailure> {
    let exact = exact_occurrences(index.text, q.exact);
    if !exact.is_empty() {
        let has_context = !q.prefix.trim().is_empty() || !q.suffix.trim().is_empty();
        let candidates: Vec<Candidate> = exact
            .into_iter()
            .map(|span| Candidate {
                span,
                distance: 0,
                context: context_score(index.text, span, q.prefix, q.suffix),
            })
            .collect();
        let chosen = choose(&candidates, q.hint, Anchoring::Quote)?;
        if candidates.len() == 1
            && has_context
            && candidates[0].context == 0
            && q.exact.chars().count() < SHORT_QUOTE
        {
            return Err(AnchorFailure::ContextMismatch);
        }
        return Ok(chosen);
    }
    let quote: Vec<char> = squeeze(q.exact.chars()).collect();
    if quote.len() < MIN_FUZZY_LEN {
        return Err(AnchorFailure::NotFound { allowed: 0 });
    }
    let allowed = (quote.len() / CODE_POINTS_PER_EDIT).clamp(1, MAX_EDITS);
    let sq = index.squeezed();
    let candidates: Vec<Candidate> = approximate(sq, &quote, allowed)
        .into_iter()
        .map(|(a, b, distance)| {
            let span = sq.span(a, b);
            Candidate {
                span,
                distance,
                context: context_score(index.text, span, q.prefix, q.suffix),
            }
        })
        .collect();
    if candidates.is_empty() {
        return Err(AnchorFailure::NotFound { allowed });
    }
    let best = candidates
        .iter()
        .map(|c| c.distance)
        .min()
        .expect("not empty");
    choose(&candidates, q.hint, Anchoring::Fuzzy { distance: best })
}

#[derive(Clone, Copy, Debug)]
struct Candidate {
    span: Span,
    distance: usize,
    context: usize,
}

/// The best candidate by (fewest edits, most context); a tie is settled only by a position that
/// names one of the tied spans exactly.
fn choose(
    cands: &[Candidate],
    hint: Option<(usize, usize)>,
    how: Anchoring,
) -> Result<Anchored, AnchorFailure> {
    let key = |c: &Candidate| (c.distance, std::cmp::Reverse(c.context));
    let best = cands
        .iter()
        .map(key)
        .min()
        .expect("callers pass candidates");
    let tied: Vec<&Candidate> = cands.iter().filter(|c| key(c) == best).collect();
    if let [one] = tied[..] {
        return Ok(Anchored {
            span: one.span,
            how,
        });
    }
    let by_hint = hint.and_then(|(s, e)| {
        tied.iter()
            .find(|c| c.span.start() == s && c.span.end() == e)
    });
    match by_hint {
        Some(c) => Ok(Anchored {
            span: c.span,
            how: if how == Anchoring::Quote {
                Anchoring::QuoteAndPosition
            } else {
                how
            },
        }),
        None => Err(AnchorFailure::Ambiguous {
            count: tied.len(),
            distance: best.0,
        }),
    }
}

/// Every place the quote occurs exactly, overlapping ones included.
fn exact_occurrences(text: &Text, quote: &str) -> Vec<Span> {
    if quote.is_empty() {
        return Vec::new();
    }
    let hay = text.as_str().as_bytes();
    let finder = memmem::Finder::new(quote.as_bytes());
    let len = quote.chars().count();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = finder.find(&hay[from..]) {
        let start = text.cp_of_byte(from + i);
        out.push(Span::new(start, start + len).expect("ordered"));
        from += i + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(
        text: &str,
        exact: &str,
        prefix: &str,
        suffix: &str,
        hint: Option<(usize, usize)>,
    ) -> Result<(String, Anchoring), AnchorFailure> {
        let t = Text::new(text);
        let index = TextIndex::new(&t);
        anchor(
            &index,
            &Quote {
                exact,
                prefix,
                suffix,
                hint,
            },
        )
        .map(|a| (t.slice(a.span).to_string(), a.how))
    }

    const TWICE: &str = "Officials said the plan worked well. Critics said the plan worked badly.";

    #[test]
    fn a_unique_quote_is_placed_exactly() {
        assert_eq!(
            find("Reply 😀: قال means he said.", "قال", "", "", None),
            Ok(("قال".into(), Anchoring::Quote))
        );
    }

    #[test]
    fn context_tells_repeated_quotes_apart() {
        let t = Text::new(TWICE);
        let index = TextIndex::new(&t);
        let a = anchor(
            &index,
            &Quote {
                exact: "the plan worked",
                prefix: "Critics said ",
                suffix: " badly",
                hint: None,
            },
        )
        .unwrap();
        assert_eq!(a.span.start(), TWICE.find("the plan worked badly").unwrap());
        assert_eq!(a.how, Anchoring::Quote);
    }

    #[test]
    fn equal_places_are_ambiguous_unless_the_position_names_one() {
        assert_eq!(
            find(TWICE, "the plan worked", "", "", None),
            Err(AnchorFailure::Ambiguous {
                count: 2,
                distance: 0
            })
        );
        assert_eq!(
            find(TWICE, "the plan worked", "", "", Some((20, 35))),
            Err(AnchorFailure::Ambiguous {
                count: 2,
                distance: 0
            }),
            "a nearby position is not enough"
        );
        let second = TWICE.rfind("the plan").unwrap();
        assert_eq!(
            find(
                TWICE,
                "the plan worked",
                "",
                "",
                Some((second, second + 15))
            ),
            Ok(("the plan worked".into(), Anchoring::QuoteAndPosition))
        );
    }

    #[test]
    fn whitespace_differences_and_a_typo_are_tolerated() {
        let text = "Intro.\r\nThe  minister\u{a0}said the\r\nscheme will cost forty million. End.";
        let (found, how) = find(
            text,
            "The minister said the scheme will cost fourty million",
            "Intro. ",
            ". End",
            None,
        )
        .unwrap();
        assert_eq!(
            found,
            "The  minister\u{a0}said the\r\nscheme will cost forty million"
        );
        assert_eq!(how, Anchoring::Fuzzy { distance: 1 });
    }

    #[test]
    fn too_many_differences_are_not_placed() {
        assert_eq!(
            find(
                "The minister said the scheme will cost forty million.",
                "A senator denied that any plan existed at all",
                "",
                "",
                None
            ),
            Err(AnchorFailure::NotFound { allowed: 5 })
        );
        assert_eq!(
            find("one two three", "tvo", "", "", None),
            Err(AnchorFailure::NotFound { allowed: 0 })
        );
    }

    #[test]
    fn approximate_look_alikes_in_two_places_are_ambiguous() {
        let text = "First: the budget was approved today. Later: the budget was approved today.";
        assert_eq!(
            find(text, "the budget was aproved today", "", "", None),
            Err(AnchorFailure::Ambiguous {
                count: 2,
                distance: 1
            })
        );
        let (found, _) = find(text, "the budget was aproved today", "Later: ", "", None).unwrap();
        assert_eq!(found, "the budget was approved today");
    }

    #[test]
    fn a_short_unique_quote_with_foreign_context_is_refused() {
        assert_eq!(
            find("He said no.", "said", "The minister ", " that", None),
            Err(AnchorFailure::ContextMismatch)
        );
        assert!(find("He said no.", "said", "He ", " that", None).is_ok());
    }

    #[test]
    fn overlapping_occurrences_are_all_seen() {
        assert_eq!(
            find("aaaa", "aaa", "", "", None),
            Err(AnchorFailure::Ambiguous {
                count: 2,
                distance: 0
            })
        );
        assert_eq!(
            find("aaaa", "aaa", "a", "", Some((1, 4))).map(|r| r.0),
            Ok("aaa".into())
        );
    }
}
