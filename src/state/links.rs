//! Linking in the reducer: which way round and of what kind a link between two clicked spans is
//! (a claim is supported by a source, a hedge hedges a claim, two claims say the same), and the
//! messages that say what was linked or why not.

use close_reader_core::model::link::LinkError;
use close_reader_core::{Document, LinkKind};

use super::{AppState, Notice};
use close_reader_core::model::names::ellipsize;

/// From, to and kind of the link a user means by linking `first` to `second`: ordered so that a
/// claim points at its source and a hedge at its claim, whichever was picked first.
pub fn orient<'a>(first: (&'a str, &str), second: (&'a str, &str)) -> (&'a str, &'a str, LinkKind) {
    let ((a, la), (b, lb)) = (first, second);
    match (la, lb) {
        ("source", "claim") => (b, a, LinkKind::SupportedBy),
        ("hedge", "claim") => (a, b, LinkKind::Hedges),
        ("claim", "hedge") => (b, a, LinkKind::Hedges),
        ("claim", "claim") => (a, b, LinkKind::SameClaim),
        _ => (a, b, LinkKind::SupportedBy),
    }
}

/// Of the annotations under a click (`ids`, innermost first), the one to link to from `from`:
/// preferably one whose label makes a natural pair with `from`'s, and never `from` itself.
pub fn pick_target(doc: &Document, from: &str, ids: &[&str]) -> Option<String> {
    let label = |id: &str| {
        doc.annotation(id)
            .map(|a| a.label.clone())
            .unwrap_or_default()
    };
    let from_label = label(from);
    let fits = |id: &str| {
        matches!(
            (from_label.as_str(), label(id).as_str()),
            ("claim", "source") | ("source", "claim") | ("hedge", "claim") | ("claim", "hedge")
        )
    };
    let others: Vec<&str> = ids.iter().copied().filter(|i| *i != from).collect();
    others
        .iter()
        .copied()
        .find(|i| fits(i))
        .or(others.first().copied())
        .map(|s| s.to_string())
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

/// The links of annotation `id`, grouped by relation (sources first), each with its other end.
pub fn rows(doc: &Document, id: &str) -> Vec<LinkRow> {
    let mut rows: Vec<LinkRow> = doc
        .links_of(id)
        .map(|l| {
            let outgoing = l.from == id;
            let relation = match (l.kind, outgoing) {
                (LinkKind::SupportedBy, true) => "Supported by",
                (LinkKind::SupportedBy, false) => "Supports",
                (LinkKind::Hedges, true) => "Hedges",
                (LinkKind::Hedges, false) => "Hedged by",
                (LinkKind::SameClaim, _) => "Same claim as",
                (LinkKind::Contradicts, _) => "Contradicts",
            };
            let far = if outgoing { &l.to } else { &l.from };
            match (&l.other, doc.annotation(far)) {
                (Some(o), _) if outgoing => LinkRow {
                    link: l.id.clone(),
                    relation,
                    other: None,
                    label: String::new(),
                    quote: o.quote.clone(),
                    elsewhere: Some(o.title.clone()),
                },
                (_, Some(a)) => LinkRow {
                    link: l.id.clone(),
                    relation,
                    other: Some(a.id.clone()),
                    label: a.label.clone(),
                    quote: doc.quote(a).to_string(),
                    elsewhere: None,
                },
                _ => LinkRow {
                    link: l.id.clone(),
                    relation,
                    other: None,
                    label: String::new(),
                    quote: far.clone(),
                    elsewhere: None,
                },
            }
        })
        .collect();
    let order = [
        "Supported by",
        "Hedged by",
        "Supports",
        "Hedges",
        "Same claim as",
        "Contradicts",
    ];
    close_reader_core::model::order::sort_by_key(&mut rows, |r| {
        order.iter().position(|o| *o == r.relation)
    });
    rows
}

/// Annotations linked to any of `ids` (in this document): painted while one of `ids` is hovered
/// or selected.
pub fn linked_to(doc: &Document, ids: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = ids
        .iter()
        .flat_map(|id| {
            doc.links_of(id).filter_map(move |l| {
                let far = if l.from == *id { &l.to } else { &l.from };
                (l.other.is_none() || l.from != *id).then(|| far.clone())
            })
        })
        .filter(|far| doc.annotation(far).is_some())
        .collect();
    close_reader_core::model::order::sort(&mut out);
    out.dedup();
    out
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

    #[test]
    fn rows_read_from_the_selected_span_sources_first() {
        use close_reader_core::{Annotation, Edit, History, Span};
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
        assert_eq!(linked_to(&d, &["a2"]), ["a1", "a3"]);
        assert_eq!(linked_to(&d, &["a1"]), ["a2"]);
        assert_eq!(
            linked_to(&d, &["a1", "a2"]),
            ["a1", "a2", "a3"],
            "hovering the source while its claim is selected paints both ends"
        );
        assert_eq!(
            pick_target(&d, "a2", &["a3", "a1"]).as_deref(),
            Some("a3"),
            "a hedge fits a claim too"
        );
        assert_eq!(pick_target(&d, "a1", &["a1"]), None);
    }

    #[test]
    fn a_claim_always_points_at_its_source_and_a_hedge_at_its_claim() {
        assert_eq!(
            orient(("a1", "claim"), ("a2", "source")),
            ("a1", "a2", LinkKind::SupportedBy)
        );
        assert_eq!(
            orient(("a2", "source"), ("a1", "claim")),
            ("a1", "a2", LinkKind::SupportedBy)
        );
        assert_eq!(
            orient(("a1", "claim"), ("a3", "hedge")),
            ("a3", "a1", LinkKind::Hedges)
        );
        assert_eq!(
            orient(("a1", "claim"), ("a4", "claim")),
            ("a1", "a4", LinkKind::SameClaim)
        );
        assert_eq!(
            orient(("a1", "quote"), ("a4", "person")),
            ("a1", "a4", LinkKind::SupportedBy),
            "custom labels: as picked"
        );
    }
}
