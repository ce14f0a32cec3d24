//! The open document's suggestions as the article shows them: computed once from the text by the
//! core, minus those the user rejected and those an annotation of the same label already covers
//! (accepted ones become annotations, so they disappear the same way), cut into per-paragraph pieces.

use std::collections::HashSet;
use std::rc::Rc;

use close_reader_core::analysis::lang::detect::detect;
use close_reader_core::analysis::lang::has_rules;
use close_reader_core::analysis::suggest::{Suggestion, Why};
use close_reader_core::model::cut::cut;
use close_reader_core::{Document, Span};

/// Texts longer than this (about 30,000 words) get their suggestions only when the user asks, so
/// opening a book-length text stays fast.
pub const EAGER_LIMIT: usize = 200_000;

/// The core's English suggestions for `text`, between the `suggest:start` and `suggest:done`
/// performance marks (recorded with `?perf`, read by `cargo xtask bench`). The other languages'
/// come from the worker ([`Suggestions::wanted`]), so that their tables stay out of the page.
fn suggest_english(text: &str) -> Vec<Suggestion> {
    #[cfg(target_arch = "wasm32")]
    crate::dom::perf::mark("suggest:start");
    let out = close_reader_core::analysis::suggest::suggest(text);
    #[cfg(target_arch = "wasm32")]
    crate::dom::perf::mark("suggest:done");
    out
}

/// A stretch of a paragraph under one or more visible suggestions (innermost first).
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub span: Span,
    pub ids: Vec<Rc<str>>,
    pub labels: Vec<&'static str>,
    /// Each suggestion's reason as data, written in the interface's language when shown (the
    /// pieces outlive a change of language).
    pub reasons: Vec<Rc<Why>>,
}

#[derive(Default)]
pub struct Suggestions {
    /// Every suggestion for the text, in text order; `None` until computed.
    pub all: Option<Rc<Vec<Suggestion>>>,
    pub rejected: HashSet<String>,
    pub shown: bool,
    /// The rejections saved earlier have been read back (only then are they saved again, so an
    /// early save cannot wipe them).
    pub loaded: bool,
    /// The assignment this document belongs to turned suggestions off: none are computed or shown.
    pub off: bool,
    /// The article's language (a BCP 47 tag) as detected when the suggestions were computed, or as
    /// the user set it; `None` when the text says too little (read as English).
    pub language: Option<&'static str>,
    /// The user set the language: it is not detected again.
    pub language_chosen: bool,
    /// A language other than English whose suggestions the worker is to compute (the page has only
    /// English's table); `effects::suggestions` asks, and [`Suggestions::arrived`] takes the answer.
    pub wanted: Option<&'static str>,
}

impl Suggestions {
    /// Suggestions for `doc`, computed now for texts up to [`EAGER_LIMIT`] code points.
    #[cfg(test)]
    pub fn for_document(doc: &Document) -> Suggestions {
        let mut s = Suggestions::to_compute(doc);
        if s.shown {
            s.compute(doc);
        }
        s
    }

    /// Suggestions for `doc` not computed yet: shown once computed for texts up to
    /// [`EAGER_LIMIT`] code points, which the caller then does ([`Suggestions::compute`]) in a
    /// task of its own (opening a document does it in a step of its own).
    pub fn to_compute(doc: &Document) -> Suggestions {
        let off = doc.assignment.as_ref().is_some_and(|a| a.hide_suggestions);
        Suggestions {
            all: None,
            rejected: HashSet::new(),
            shown: !off && doc.text.len() <= EAGER_LIMIT,
            loaded: false,
            off,
            language: None,
            language_chosen: false,
            wanted: None,
        }
    }

    /// Computes them if not yet done (a long text, on request), unless the assignment turned them off.
    /// An article in a language the rules have no table for gets none ([`Suggestions::unreadable`]).
    pub fn compute(&mut self, doc: &Document) {
        if self.all.is_none() && !self.off {
            if !self.language_chosen {
                self.language = detect(doc.text.as_str());
            }
            // A text too short to tell is read as English.
            match self.language.unwrap_or("en") {
                "en" => self.all = Some(Rc::new(suggest_english(doc.text.as_str()))),
                tag if has_rules(tag) => self.wanted = Some(tag),
                _ => self.all = Some(Rc::default()),
            }
        }
    }

    /// The worker's suggestions for the language `tag`, taken if still wanted (the user may have
    /// chosen another language meanwhile); returns whether they were.
    pub fn arrived(&mut self, tag: &str, all: Vec<Suggestion>) -> bool {
        if self.wanted != Some(tag) || self.all.is_some() {
            return false;
        }
        self.wanted = None;
        self.all = Some(Rc::new(all));
        true
    }

    /// The article's language when the suggestions cannot read it (no rules for it).
    pub fn unreadable(&self) -> Option<&'static str> {
        self.language.filter(|tag| !has_rules(tag))
    }

    /// The user says which language the article is in: the suggestions are computed again for it.
    pub fn set_language(&mut self, doc: &Document, tag: &'static str) {
        self.language = Some(tag);
        self.language_chosen = true;
        self.all = None;
        self.wanted = None;
        self.compute(doc);
    }

    /// True when `s` is still open: not rejected, and no annotation of its label overlaps it.
    pub fn is_open(&self, doc: &Document, s: &Suggestion) -> bool {
        !self.rejected.contains(&s.id) && !covered(doc, s)
    }

    /// The open suggestions in text order (none while hidden).
    pub fn visible<'a>(&'a self, doc: &'a Document) -> impl Iterator<Item = &'a Suggestion> + 'a {
        let all: &[Suggestion] = match (&self.all, self.shown) {
            (Some(all), true) => all,
            _ => &[],
        };
        all.iter().filter(move |s| self.is_open(doc, s))
    }

    /// The visible suggestions inside paragraph `block`, cut where any of them starts or ends.
    pub fn pieces(&self, doc: &Document, block: Span) -> Vec<Piece> {
        let (Some(all), true) = (&self.all, self.shown) else {
            return Vec::new();
        };
        // In text order by start: only those starting before the block's end can reach into it.
        let upto = all.partition_point(|s| s.span.start() < block.end());
        let here: Vec<&Suggestion> = all[..upto]
            .iter()
            .filter(|s| s.span.end() > block.start() && self.is_open(doc, s))
            .collect();
        let spans: Vec<Span> = here.iter().map(|s| s.span).collect();
        cut(block, &spans)
            .into_iter()
            .filter(|p| !p.covering.is_empty())
            .map(|p| {
                let mut over: Vec<&Suggestion> = p.covering.iter().map(|&i| here[i]).collect();
                close_reader_core::model::order::sort_by_key(&mut over, |s| s.span.len());
                Piece {
                    span: p.span,
                    ids: over.iter().map(|s| Rc::from(s.id.as_str())).collect(),
                    labels: over.iter().map(|s| s.label).collect(),
                    reasons: over.iter().map(|s| Rc::new(s.why.clone())).collect(),
                }
            })
            .collect()
    }

    pub fn get(&self, id: &str) -> Option<&Suggestion> {
        self.all.as_ref()?.iter().find(|s| s.id == id)
    }
}

/// An annotation with the suggestion's label overlaps it.
fn covered(doc: &Document, s: &Suggestion) -> bool {
    let anns = doc.annotations();
    // Annotations are in text order by start: those starting before the suggestion's end.
    let upto = anns.partition_point(|a| a.span.start() < s.span.end());
    anns[..upto]
        .iter()
        .rev()
        .take(400)
        .any(|a| a.label == s.label && a.span.end() > s.span.start())
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::Annotation;

    const TEXT: &str = "Officials said the toll may rise.\nIt will cost about £4 million.";

    #[test]
    fn pieces_cut_at_every_edge_and_drop_what_is_rejected_or_covered() {
        let mut doc = Document::new("T", TEXT, None);
        let mut s = Suggestions::for_document(&doc);
        let all = s.all.clone().unwrap();
        let may = all
            .iter()
            .find(|x| x.label == "hedge" && doc.text.slice(x.span) == "may")
            .expect("'may' is suggested as a hedge");
        let first = Span::new(0, 33).unwrap();
        let pieces = s.pieces(&doc, first);
        assert!(pieces
            .iter()
            .all(|p| first.start() <= p.span.start() && p.span.end() <= first.end()));
        let on_may = pieces
            .iter()
            .find(|p| p.span == may.span)
            .expect("a piece for 'may'");
        assert_eq!(on_may.labels[0], "hedge", "the innermost suggestion first");

        s.rejected.insert(may.id.clone());
        assert!(s
            .pieces(&doc, first)
            .iter()
            .all(|p| !p.ids.iter().any(|i| **i == *may.id)));
        s.rejected.clear();
        doc.insert(Annotation::new("a1", "hedge", may.span, "t"))
            .unwrap();
        assert!(
            !s.visible(&doc).any(|x| x.id == may.id),
            "an annotation covers it"
        );
        s.shown = false;
        assert!(s.pieces(&doc, first).is_empty());
    }

    #[test]
    fn an_article_in_a_language_without_rules_gets_none_unless_the_user_says_otherwise() {
        let spanish = Document::new(
            "T",
            "El ayuntamiento dijo que el peaje podría subir, según fuentes municipales, y que costará unos 4 millones de euros.",
            None,
        );
        let mut es = Suggestions::for_document(&spanish);
        assert_eq!((es.language, es.unreadable()), (Some("es"), None));
        assert_eq!(
            (es.wanted, es.all.is_none()),
            (Some("es"), true),
            "asked of the worker"
        );
        assert!(
            !es.arrived("fr", Vec::new()),
            "an answer for another language is dropped"
        );
        // What the worker does, through the wire it answers on.
        let answer = close_reader_core::analysis::suggest::wire::to_json(
            &close_reader_core::analysis::suggest::suggest_in("es", spanish.text.as_str()).unwrap(),
        );
        let mut known = |r: &str| -> &'static str { Box::leak(r.to_string().into_boxed_str()) };
        let read =
            close_reader_core::analysis::suggest::wire::from_json(&answer, &mut known).unwrap();
        assert!(es.arrived("es", read));
        assert_eq!(es.wanted, None);
        assert!(
            es.all.as_ref().is_some_and(|a| a
                .iter()
                .any(|x| x.label == "hedge" && spanish.text.slice(x.span) == "podría")),
            "the Spanish rules read it"
        );
        let doc = Document::new(
            "T",
            "A prefeitura disse que o pedágio pode subir, segundo fontes municipais, e que a obra vai custar cerca de 4 milhões de reais.",
            None,
        );
        let mut s = Suggestions::for_document(&doc);
        assert_eq!(s.language, Some("pt"));
        assert_eq!(s.unreadable(), Some("pt"));
        assert!(s.visible(&doc).next().is_none(), "no rules read Portuguese");
        s.set_language(&doc, "en");
        assert_eq!(s.unreadable(), None);
        assert!(
            s.all.as_ref().is_some_and(|a| !a.is_empty()),
            "read as English when the user says so"
        );
        let english = Suggestions::for_document(&Document::new("T", TEXT, None));
        assert_eq!((english.language, english.unreadable()), (Some("en"), None));
    }
}
