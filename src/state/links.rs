//! Linking in the reducer: which way round and of what kind a link between two clicked spans is
//! (a claim is supported by a source, a hedge hedges a claim, two claims say the same), and the
//! messages that say what was linked or why not.

use close_reader_core::model::link::LinkError;
use close_reader_core::model::pairing::{link_ends, orient, Relation};
use close_reader_core::Document;

use super::{AppState, Notice};
use crate::i18n::{reasons, t, Lang};
use close_reader_core::model::names::ellipsize;
use close_reader_core::LinkKind;
use std::fmt;

pub enum LinkAction {
    /// Start a link from the selected span (`l`): the next highlight clicked is its other end.
    Start,
    /// Finish the link being made at this annotation.
    To(String),
    Cancel,
    /// Remove a link (by its id), and its copy in the article beside for a link across.
    Remove(String),
    /// Finish a link from the open article to this claim of the article beside.
    Across {
        to: String,
        contradicts: bool,
    },
}

impl LinkAction {
    pub fn edits(&self) -> bool {
        match self {
            LinkAction::Start
            | LinkAction::To(_)
            | LinkAction::Remove(_)
            | LinkAction::Across { .. } => true,
            LinkAction::Cancel => false,
        }
    }
}

impl AppState {
    pub(super) fn reduce_link(&mut self, a: LinkAction) -> bool {
        match a {
            LinkAction::Start => {
                let Some(from) = self.selected.clone() else {
                    return false;
                };
                let label = self
                    .with_session(|se| se.doc.annotation(&from).map(|a| a.label.clone()))
                    .flatten()
                    .unwrap_or_default();
                self.linking = Some(from);
                self.pending = None;
                self.notice = Some(Notice::info(match label.as_str() {
                    "claim" => t!("state-linking-from-claim"),
                    "source" => t!("state-linking-from-source"),
                    "hedge" => t!("state-linking-from-hedge"),
                    _ => t!("state-linking"),
                }));
            }
            LinkAction::To(to) => self.link_to(&to),
            LinkAction::Cancel => {
                if self.linking.take().is_none() {
                    return false;
                }
                self.notice = None;
            }
            LinkAction::Remove(id) => {
                if !self.unlink_across(&id) {
                    match self.with_session(|se| se.unlink(&id)) {
                        Some(Ok(())) => {
                            self.edited();
                            self.notice = Some(Notice::info(t!("state-unlinked")));
                        }
                        _ => return false,
                    }
                }
            }
            LinkAction::Across { to, contradicts } => self.link_across(&to, contradicts),
        }
        true
    }
}

/// One link as the span editor lists it, seen from the selected span.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkRow {
    pub link: String,
    /// "Supported by", "Supports", "Hedged by", "Hedges", "Same claim as", "Contradicts".
    pub relation: RelationText,
    /// The annotation at the other end, when it is in this document.
    pub other: Option<String>,
    pub label: String,
    pub quote: String,
    /// The other document's title, for a link into another article.
    pub elsewhere: Option<String>,
}

/// How a relation reads in the span editor ("Supported by"), written in the interface's language
/// when it is shown, so that a row made before a change of language reads in the new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelationText(pub Relation);

impl RelationText {
    /// The words in lower case, for the middle of a sentence.
    pub fn to_lowercase(self) -> String {
        self.to_string().to_lowercase()
    }
}

/// Shown as text where the span editor puts it in its markup.
impl yew::html::IntoPropValue<yew::virtual_dom::VNode> for RelationText {
    fn into_prop_value(self) -> yew::virtual_dom::VNode {
        self.to_string().into()
    }
}

impl fmt::Display for RelationText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self.0 {
            Relation::SupportedBy => t!("state-relation-supported-by"),
            Relation::HedgedBy => t!("state-relation-hedged-by"),
            Relation::Supports => t!("state-relation-supports"),
            Relation::Hedges => t!("state-relation-hedges"),
            Relation::SameClaimAs => t!("state-relation-same-claim-as"),
            Relation::Contradicts => t!("state-relation-contradicts"),
        })
    }
}

/// The links of annotation `id` as the span editor lists them (the core orders them).
pub fn rows(doc: &Document, id: &str) -> Vec<LinkRow> {
    link_ends(doc, id)
        .into_iter()
        .map(|e| LinkRow {
            link: e.link,
            relation: RelationText(e.relation),
            other: e.other,
            label: e.label,
            quote: e.quote,
            elsewhere: e.elsewhere,
        })
        .collect()
}

/// A span named in a sentence: its label's name (in lower case, but in German, whose nouns keep
/// their capital) and its quote.
fn described(doc: &Document, id: &str) -> String {
    match doc.annotation(id) {
        Some(a) => {
            let name = doc
                .label(&a.label)
                .map_or(a.label.as_str(), |l| l.name.as_str());
            let name = if crate::i18n::lang() == Lang::De {
                name.to_string()
            } else {
                name.to_lowercase()
            };
            t!(
                "state-link-end",
                label = name,
                quote = ellipsize(doc.quote(a), 40)
            )
        }
        None => t!("state-link-end-unknown", id = id),
    }
}

impl AppState {
    /// Links the span being linked from to `to`, and says what happened.
    pub(super) fn link_to(&mut self, to: &str) {
        let Some(from) = self.linking.take() else {
            return;
        };
        let done = self.with_session(|se| {
            let doc = &se.doc;
            let label = |id: &str| {
                doc.annotation(id)
                    .map(|a| a.label.clone())
                    .unwrap_or_default()
            };
            let (fl, tl) = (label(&from), label(to));
            let (a, b, kind) = orient((&from, &fl), (to, &tl));
            let (a, b) = (a.to_string(), b.to_string());
            let (from, to) = (described(doc, &a), described(doc, &b));
            let what = match kind {
                LinkKind::SupportedBy => t!("state-linked-supported-by", from = from, to = to),
                LinkKind::Hedges => t!("state-linked-hedges", from = from, to = to),
                LinkKind::SameClaim => t!("state-linked-same-claim", from = from, to = to),
                LinkKind::Contradicts => t!("state-linked-contradicts", from = from, to = to),
            };
            se.link(&a, &b, kind).map(|()| what)
        });
        match done {
            Some(Ok(what)) => {
                self.notice = Some(Notice::info(what));
                self.selected = Some(from);
                self.edited();
            }
            Some(Err(e)) => {
                self.notice = Some(Notice::error(match e {
                    LinkError::SelfLink { .. } => t!("state-not-linked-self"),
                    LinkError::Duplicate { .. } => t!("state-not-linked-already"),
                    e => t!("state-not-linked", why = reasons::link(&e)),
                }));
                self.selected = Some(from);
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::{Annotation, Edit, History, LinkKind, Span};

    #[test]
    fn rows_read_from_the_selected_span_sources_first() {
        let mut d = Document::new("T", "Officials said it may rise.", None);
        let mut h = History::default();
        for (id, label, s, e) in [
            ("a1", "source", 0, 9),
            ("a2", "claim", 15, 26),
            ("a3", "hedge", 18, 21),
        ] {
            h.apply(
                &mut d,
                Edit::Add(Annotation::new(id, label, Span::new(s, e).unwrap(), "t")),
            )
            .unwrap();
        }
        let e = Edit::add_link(&d, "a3", "a2", LinkKind::Hedges).unwrap();
        h.apply(&mut d, e).unwrap();
        let e = Edit::add_link(&d, "a2", "a1", LinkKind::SupportedBy).unwrap();
        h.apply(&mut d, e).unwrap();
        let claim: Vec<_> = rows(&d, "a2")
            .into_iter()
            .map(|r| (r.relation.to_string(), r.other.unwrap(), r.quote))
            .collect();
        assert_eq!(
            claim,
            [
                (
                    "Supported by".to_string(),
                    "a1".to_string(),
                    "Officials".to_string()
                ),
                ("Hedged by".to_string(), "a3".to_string(), "may".to_string())
            ]
        );
        assert_eq!(rows(&d, "a1")[0].relation.to_string(), "Supports");
    }
}
