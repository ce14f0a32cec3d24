//! Two outlets' reports side by side: which claims only one of them makes, which claims contradict
//! each other, and which sources each cites.
//!
//! Cross-document links are read from **both** documents (each holds its copy, see
//! `model/cross.rs`) and merged, so a link saved in only one of the two files still counts. A claim
//! "only one outlet makes" is a claim with no `same-claim` link to the other document.
//! A `contradicts` link does not make a claim shared: the other outlet says something else.

use crate::analysis::evidence::{summarise_with, ClassifiedSource, KindCounts, Roles, SpanRef};
use crate::model::cross::{find_far_end, points_into};
use crate::model::{Document, LinkKind};

/// A claim of A and a claim of B.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimPair {
    pub a: SpanRef,
    pub b: SpanRef,
}

/// What one side of the pair says and cites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Side {
    pub title: String,
    /// Claims with no `same-claim` link to the other document, in text order.
    pub only_here: Vec<SpanRef>,
    /// Its sources, classified, in text order.
    pub sources: Vec<ClassifiedSource>,
    pub source_kinds: KindCounts,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairSummary {
    pub a: Side,
    pub b: Side,
    /// Claims both make, in A's text order.
    pub shared: Vec<ClaimPair>,
    /// Claims that contradict each other, in A's text order.
    pub contradictions: Vec<ClaimPair>,
    /// Cross-document links whose far end could not be found (its text changed, or the annotation
    /// was removed), one sentence each naming the link.
    pub unresolved: Vec<String>,
}

/// Compares two documents with the default roles (`claim`, `source`, `hedge`).
pub fn compare(a: &Document, b: &Document) -> PairSummary {
    compare_with(a, b, &Roles::default())
}

pub fn compare_with(a: &Document, b: &Document, roles: &Roles) -> PairSummary {
    let mut pairs: Vec<(LinkKind, String, String)> = Vec::new();
    let mut unresolved = Vec::new();
    for (here, there, here_is_a) in [(a, b, true), (b, a, false)] {
        for link in here.links().iter().filter(|l| points_into(l, there)) {
            match find_far_end(link, there) {
                Some(far) => {
                    let (ia, ib) = if here_is_a {
                        (link.from.clone(), far.id.clone())
                    } else {
                        (far.id.clone(), link.from.clone())
                    };
                    pairs.push((link.kind, ia, ib));
                }
                None => unresolved.push(format!(
                    "Link \"{}\" of “{}” goes to an annotation of “{}” quoting \"{}\", which is no longer there.",
                    link.id,
                    here.title,
                    there.title,
                    link.other.as_ref().map_or("", |o| o.quote.as_str())
                )),
            }
        }
    }
    let position = |id: &str| a.position(id).unwrap_or(usize::MAX);
    crate::model::order::sort_by(&mut pairs, |x, y| {
        (position(&x.1), x.0, b.position(&x.2)).cmp(&(position(&y.1), y.0, b.position(&y.2)))
    });
    pairs.dedup();
    let span = |doc: &Document, id: &str| {
        let ann = doc.annotation(id).expect("found in this document");
        SpanRef::of(doc, ann)
    };
    let of_kind = |kind: LinkKind| -> Vec<ClaimPair> {
        pairs
            .iter()
            .filter(|p| p.0 == kind)
            .map(|p| ClaimPair {
                a: span(a, &p.1),
                b: span(b, &p.2),
            })
            .collect()
    };
    let shared = of_kind(LinkKind::SameClaim);
    let side = |doc: &Document, shared_ids: Vec<&str>| {
        let summary = summarise_with(doc, roles);
        Side {
            title: doc.title.clone(),
            only_here: doc
                .annotations()
                .iter()
                .filter(|c| c.label == roles.claim && !shared_ids.contains(&c.id.as_str()))
                .map(|c| SpanRef::of(doc, c))
                .collect(),
            sources: summary.sources,
            source_kinds: summary.source_kinds,
        }
    };
    PairSummary {
        a: side(a, shared.iter().map(|p| p.a.id.as_str()).collect()),
        b: side(b, shared.iter().map(|p| p.b.id.as_str()).collect()),
        contradictions: of_kind(LinkKind::Contradicts),
        shared,
        unresolved,
    }
}
