//! Which link a user means when they link two spans: which way round and of what kind (a claim is
//! supported by a source, a hedge hedges a claim, two claims say the same), which of the spans
//! under a click is the other end, and how each link reads from one of its ends. Domain rules on the
//! default labels' ids, kept here so the app's reducer and views only ask.

use crate::model::{Document, LinkKind};

/// From, to and kind of the link a user means by linking `first` to `second` (each an annotation id
/// with its label id): ordered so that a claim points at its source and a hedge at its claim,
/// whichever was picked first.
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

/// Of the annotations under a click in another article (`ids`, innermost first), the one to link
/// to across: a claim if there is one.
pub fn pick_claim(doc: &Document, ids: &[&str]) -> Option<String> {
    ids.iter()
        .find(|id| doc.annotation(id).is_some_and(|a| a.label == "claim"))
        .or(ids.first())
        .map(|s| s.to_string())
}

/// Annotations linked to any of `ids` in this document, sorted: what is painted while one of `ids`
/// is hovered or selected.
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
    crate::model::order::sort(&mut out);
    out.dedup();
    out
}

/// How a link reads from one of its ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    SupportedBy,
    HedgedBy,
    Supports,
    Hedges,
    SameClaimAs,
    Contradicts,
}

impl Relation {
    /// Sources first, then hedges, then what this span does for others.
    const ORDER: [Relation; 6] = [
        Relation::SupportedBy,
        Relation::HedgedBy,
        Relation::Supports,
        Relation::Hedges,
        Relation::SameClaimAs,
        Relation::Contradicts,
    ];

    fn of(kind: LinkKind, outgoing: bool) -> Relation {
        match (kind, outgoing) {
            (LinkKind::SupportedBy, true) => Relation::SupportedBy,
            (LinkKind::SupportedBy, false) => Relation::Supports,
            (LinkKind::Hedges, true) => Relation::Hedges,
            (LinkKind::Hedges, false) => Relation::HedgedBy,
            (LinkKind::SameClaim, _) => Relation::SameClaimAs,
            (LinkKind::Contradicts, _) => Relation::Contradicts,
        }
    }
}

/// One link of an annotation, seen from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkEnd {
    pub link: String,
    pub relation: Relation,
    /// The annotation at the other end, when it is in this document.
    pub other: Option<String>,
    /// Its label id (empty when not in this document).
    pub label: String,
    /// Its words: the quote, here or in the other article.
    pub quote: String,
    /// The other document's title, for a link into another article.
    pub elsewhere: Option<String>,
}

/// The links of annotation `id`, in [`Relation`] order, each with its other end.
pub fn link_ends(doc: &Document, id: &str) -> Vec<LinkEnd> {
    let mut ends: Vec<LinkEnd> = doc
        .links_of(id)
        .map(|l| {
            let outgoing = l.from == id;
            let relation = Relation::of(l.kind, outgoing);
            let far = if outgoing { &l.to } else { &l.from };
            let end = |other: Option<String>, label: String, quote: String, elsewhere| LinkEnd {
                link: l.id.clone(),
                relation,
                other,
                label,
                quote,
                elsewhere,
            };
            match (&l.other, doc.annotation(far)) {
                (Some(o), _) if outgoing => {
                    end(None, String::new(), o.quote.clone(), Some(o.title.clone()))
                }
                (_, Some(a)) => end(
                    Some(a.id.clone()),
                    a.label.clone(),
                    doc.quote(a).to_string(),
                    None,
                ),
                _ => end(None, String::new(), far.clone(), None),
            }
        })
        .collect();
    crate::model::order::sort_by_key(&mut ends, |e| {
        Relation::ORDER.iter().position(|r| *r == e.relation)
    });
    ends
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Edit, History, Span};

    fn linked() -> Document {
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
        d
    }

    #[test]
    fn a_spans_links_read_from_it_sources_first() {
        let d = linked();
        let claim: Vec<_> = link_ends(&d, "a2")
            .into_iter()
            .map(|e| (e.relation, e.other.unwrap(), e.quote))
            .collect();
        assert_eq!(
            claim,
            [
                (
                    Relation::SupportedBy,
                    "a1".to_string(),
                    "Officials".to_string()
                ),
                (Relation::HedgedBy, "a3".to_string(), "may".to_string())
            ]
        );
        assert_eq!(link_ends(&d, "a1")[0].relation, Relation::Supports);
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
        assert_eq!(pick_claim(&d, &["a3", "a2"]).as_deref(), Some("a2"));
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
