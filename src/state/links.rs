//! Linking in the reducer: which way round and of what kind a link between two clicked spans is
//! (a claim is supported by a source, a hedge hedges a claim, two claims say the same), and the
//! messages that say what was linked or why not.

use close_reader_core::model::link::LinkError;
use close_reader_core::model::pairing::{link_ends, orient, Relation};
use close_reader_core::Document;

use super::{AppState, Notice};
use close_reader_core::model::names::ellipsize;

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
                let what = self
                    .with_session(|se| {
                        se.doc.annotation(&from).map(|a| match a.label.as_str() {
                            "claim" => {
                                "the source it rests on (or a hedge on it, or the same claim)"
                            }
                            "source" => "the claim it supports",
                            "hedge" => "the claim it softens",
                            _ => "the span to link it to",
                        })
                    })
                    .flatten()
                    .unwrap_or("the span to link it to");
                self.linking = Some(from);
                self.pending = None;
                self.notice = Some(Notice::info(format!(
                    "Linking: click the highlight of {what}. Esc cancels."
                )));
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
                            self.notice = Some(Notice::info("Link removed. Undo brings it back."));
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
    pub relation: &'static str,
    /// The annotation at the other end, when it is in this document.
    pub other: Option<String>,
    pub label: String,
    pub quote: String,
    /// The other document's title, for a link into another article.
    pub elsewhere: Option<String>,
}

/// How a relation reads in the span editor.
fn relation_text(r: Relation) -> &'static str {
    match r {
        Relation::SupportedBy => "Supported by",
        Relation::HedgedBy => "Hedged by",
        Relation::Supports => "Supports",
        Relation::Hedges => "Hedges",
        Relation::SameClaimAs => "Same claim as",
        Relation::Contradicts => "Contradicts",
    }
}

/// The links of annotation `id` as the span editor lists them (the core orders them).
pub fn rows(doc: &Document, id: &str) -> Vec<LinkRow> {
    link_ends(doc, id)
        .into_iter()
        .map(|e| LinkRow {
            link: e.link,
            relation: relation_text(e.relation),
            other: e.other,
            label: e.label,
            quote: e.quote,
            elsewhere: e.elsewhere,
        })
        .collect()
}

fn described(doc: &Document, id: &str) -> String {
    match doc.annotation(id) {
        Some(a) => {
            let name = doc
                .label(&a.label)
                .map_or(a.label.as_str(), |l| l.name.as_str());
            format!("{} “{}”", name.to_lowercase(), ellipsize(doc.quote(a), 40))
        }
        None => format!("“{id}”"),
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
            let what = format!(
                "{} {} {}",
                described(doc, &a),
                kind.describe(),
                described(doc, &b)
            );
            se.link(&a, &b, kind).map(|()| what)
        });
        match done {
            Some(Ok(what)) => {
                self.notice = Some(Notice::info(format!("Linked: {what}. Undo takes it back.")));
                self.selected = Some(from);
                self.edited();
            }
            Some(Err(e)) => {
                let why = match e {
                    LinkError::SelfLink { .. } => {
                        "that is the span you are linking from; click another highlight".to_string()
                    }
                    LinkError::Duplicate { .. } => "these two are already linked".to_string(),
                    e => e.to_string(),
                };
                self.notice = Some(Notice::error(format!("Not linked: {why}.")));
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
            .map(|r| (r.relation, r.other.unwrap(), r.quote))
            .collect();
        assert_eq!(
            claim,
            [
                ("Supported by", "a1".to_string(), "Officials".to_string()),
                ("Hedged by", "a3".to_string(), "may".to_string())
            ]
        );
        assert_eq!(rows(&d, "a1")[0].relation, "Supports");
    }
}
