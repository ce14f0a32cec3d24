//! Suggested hedges, sources and claims, each with the reason a reader can check: a local, rule-based
//! assistant that proposes spans and never labels anything by itself.
//!
//! [`suggest`] tokenises the text once (`tokens.rs`), then three rule sets read the tokens: hedges
//! (`hedges.rs`: cue words with grammatical conditions), sources (`sources.rs`: reporting verbs and
//! "according to" with the noun phrase they attach to, found by `phrases.rs` and classified by
//! [`crate::analysis::source_kind`] with the same language) and claims (`claims.rs`: clauses with
//! checkable content, the attributions cut out). What the rules know of English is data in
//! [`crate::analysis::lang::english`]; another language is another [`Language`] table given to
//! [`Suggester::new`].
//!
//! Spans are half-open code-point ranges, like every span in the model. The result is sorted in text
//! order. [`Suggestion::id`] is stable across reloads of the same text: see [`suggestion_id`].
//! [`eval`] scores suggestions against hand-annotated text ([`gold`]).

mod claims;
mod context;
pub mod eval;
pub mod gold;
mod hedges;
mod lexicon;
mod phrases;
mod sources;
mod tokens;
pub mod why;
pub mod wire;

#[cfg(test)]
mod testing;

use std::sync::OnceLock;

use crate::analysis::lang::english::ENGLISH;
use crate::analysis::lang::Language;
use crate::analysis::source_kind::{SourceClass, SourceKind};
use crate::model::Span;
use context::Doc;
use lexicon::Lexicon;
pub use why::Why;

/// The label id of suggested hedges (the default label's id).
pub const HEDGE: &str = "hedge";
/// The label id of suggested sources.
pub const SOURCE: &str = "source";
/// The label id of suggested claims.
pub const CLAIM: &str = "claim";

/// One proposed span, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Stable identity for remembering a rejection: see [`suggestion_id`].
    pub id: String,
    /// The label id it proposes: [`HEDGE`], [`SOURCE`] or [`CLAIM`].
    pub label: &'static str,
    /// Code points, half-open.
    pub span: Span,
    /// The rule that fired, a stable key such as `hedge.modal`, `source.subject-verb`, `claim.cues`.
    pub rule: &'static str,
    /// For the reader: "modal verb 'may'", "reporting verb 'said' with named source 'Amnesty
    /// International'", "number '1,440' and a prediction 'will'": `why` written in English.
    pub reason: String,
    /// The reason as data: the kind of cue and the article's words.
    pub why: Why,
    /// For sources: named, anonymous or vague, and the classifier's own rule.
    pub source: Option<SourceClass>,
}

impl Suggestion {
    /// For sources, how identifiable the source is.
    pub fn kind(&self) -> Option<SourceKind> {
        self.source.as_ref().map(|s| s.kind)
    }
}

/// `"{label}:{start}-{end}:{hash}"`, where `hash` is the FNV-1a 32-bit hash of the span's text in
/// eight lowercase hex digits: `"hedge:120-127:3a5f09c1"`. The same text gives the same ids on every
/// load; a rule change that moves a span gives a new id (the old rejection no longer applies, which is
/// right: it is a different suggestion), and the hash keeps an id from matching different text.
pub fn suggestion_id(label: &str, span: Span, quote: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in quote.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{label}:{}-{}:{h:08x}", span.start(), span.end())
}

/// Suggestions for one language's tables; build once and reuse.
pub struct Suggester {
    lexicon: Lexicon,
}

impl Suggester {
    pub fn new(lang: &'static Language) -> Suggester {
        Suggester {
            lexicon: Lexicon::new(lang),
        }
    }

    /// Every suggestion for `text`, in text order (by start, then end, then label).
    pub fn suggest(&self, text: &str) -> Vec<Suggestion> {
        let doc = Doc::new(text, self.lexicon.lang);
        let mut out = Vec::new();
        hedges::find(&doc, &self.lexicon, &mut out);
        let attributions = sources::find(&doc, &self.lexicon);
        sources::suggest(&doc, &attributions, &mut out);
        claims::find(&doc, &self.lexicon, &attributions, &mut out);
        crate::model::order::sort_by(&mut out, |a, b| {
            (a.span.start(), a.span.end(), a.label).cmp(&(b.span.start(), b.span.end(), b.label))
        });
        out.dedup_by(|a, b| a.label == b.label && a.span == b.span);
        out
    }
}

/// English suggestions for `text` (the tables are indexed on first use).
pub fn suggest(text: &str) -> Vec<Suggestion> {
    static SUGGESTER: OnceLock<Suggester> = OnceLock::new();
    SUGGESTER
        .get_or_init(|| Suggester::new(&ENGLISH))
        .suggest(text)
}

/// Suggestions for `text` in the language tagged `tag` (BCP 47), or `None` when the language has
/// no rules; each language's tables are indexed on its first use.
pub fn suggest_in(tag: &str, text: &str) -> Option<Vec<Suggestion>> {
    if tag == ENGLISH.tag {
        return Some(suggest(text));
    }
    static OTHERS: [OnceLock<Suggester>; 8] = [const { OnceLock::new() }; 8];
    let (i, table) = crate::analysis::lang::TABLES
        .iter()
        .enumerate()
        .find(|(_, t)| t.tag == tag)?;
    Some(
        OTHERS
            .get(i)?
            .get_or_init(|| Suggester::new(table))
            .suggest(text),
    )
}

/// Builds a suggestion over tokens `from..to`.
fn make(
    doc: &Doc,
    label: &'static str,
    (from, to): (usize, usize),
    rule: &'static str,
    why: Why,
    source: Option<SourceClass>,
) -> Suggestion {
    let span = doc.span(from, to);
    Suggestion {
        id: suggestion_id(label, span, doc.slice(from, to)),
        label,
        span,
        rule,
        reason: why.to_string(),
        why,
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_label_span_and_text() {
        let span = Span::new(3, 10).unwrap();
        let id = suggestion_id("hedge", span, "at least");
        assert_eq!(id, suggestion_id("hedge", span, "at least"));
        assert!(id.starts_with("hedge:3-10:"), "{id}");
        assert_eq!(id.len(), "hedge:3-10:".len() + 8);
        assert_ne!(id, suggestion_id("hedge", span, "at most"));
        assert_ne!(id, suggestion_id("claim", span, "at least"));
    }

    #[test]
    fn suggestions_come_in_text_order_with_ids_of_their_text() {
        let text = "Officials said the plan may cost more than £3bn by 2030.";
        let got = suggest(text);
        let starts: Vec<usize> = got.iter().map(|s| s.span.start()).collect();
        let mut sorted = starts.clone();
        sorted.sort_unstable();
        assert_eq!(starts, sorted);
        let labels: Vec<&str> = got.iter().map(|s| s.label).collect();
        assert_eq!(labels, [SOURCE, CLAIM, HEDGE, HEDGE]);
        let text = crate::model::Text::new(text);
        for s in &got {
            assert_eq!(s.id, suggestion_id(s.label, s.span, text.slice(s.span)));
        }
    }

    #[test]
    fn another_language_is_another_table() {
        use crate::analysis::lang::{HedgeClass, HedgeCue, When};
        static TOY: Language = Language {
            tag: "de",
            hedges: &[HedgeCue {
                phrase: "vielleicht",
                class: HedgeClass::Adverb,
                when: When::Always,
                takes_to: false,
            }],
            reporting_verbs: &[],
            according: &[],
            according_after: &[],
            claims: &[],
            hedge_endings: &[],
            words: ENGLISH.words,
            sources: ENGLISH.sources,
        };
        let got = Suggester::new(&TOY).suggest("Es ist vielleicht wahr, it may be.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].span, Span::new(7, 17).unwrap());
        assert_eq!(got[0].reason, "epistemic adverb 'vielleicht'");
        assert_eq!(
            got[0].why,
            Why::Hedge {
                class: HedgeClass::Adverb,
                quote: "vielleicht".into(),
                before: None
            }
        );
    }

    #[test]
    fn empty_and_punctuation_only_texts_have_no_suggestions() {
        assert!(suggest("").is_empty());
        assert!(suggest(" .,;! \n\n ?").is_empty());
    }
}
