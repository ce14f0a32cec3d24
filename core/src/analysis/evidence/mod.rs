//! The evidence summary of one article: how many spans of each label, which claims no source backs,
//! which sources back nothing, how hedged the article is, and what kind of source each one is.
//!
//! Roles are found by label id ([`Roles`], by default `claim`, `source`, `hedge`), so a renamed
//! label keeps its role. Definitions:
//!
//! - **Unsupported claim**: a claim with no `supported-by` link from it to an annotation of the same
//!   document (a `same-claim` link to another article is not support).
//! - **Idle source**: a source that no claim's `supported-by` link reaches.
//! - **Hedge density**: hedges per 100 words, where words are whitespace-separated runs
//!   ([`Document::word_count`]); 0 for a text without words.
//! - **Hedged claim**: a claim that a hedge is linked to (`hedge --hedges--> claim`) **or** that
//!   contains a hedge's whole span (`claim.start ≤ hedge.start` and `hedge.end ≤ claim.end`); each
//!   hedge says which of the two ([`HedgeOnClaim`]).
//!
//! Everything is listed in text order, with ids so the app can jump to each. [`to_json_with_summary`]
//! writes the summary into a native file (`file.rs`).

mod file;

pub use file::to_json_with_summary;

use std::collections::{HashMap, HashSet};

use crate::analysis::source_kind::{classify, SourceKind};
use crate::model::{Annotation, Document, LinkKind};

/// The document's links between its own annotations, looked up by annotation in one pass, so the
/// summary stays linear in the number of links.
struct LinkIndex<'d> {
    /// Claims with a `supported-by` link from them.
    supported: HashSet<&'d str>,
    /// Source → the claims it supports.
    supports: HashMap<&'d str, Vec<&'d str>>,
    /// Claim → the annotations with a `hedges` link to it.
    hedged_by: HashMap<&'d str, Vec<&'d str>>,
}

impl<'d> LinkIndex<'d> {
    fn new(doc: &'d Document) -> LinkIndex<'d> {
        let mut index = LinkIndex {
            supported: HashSet::new(),
            supports: HashMap::new(),
            hedged_by: HashMap::new(),
        };
        for l in doc.links().iter().filter(|l| l.other.is_none()) {
            match l.kind {
                LinkKind::SupportedBy => {
                    index.supported.insert(&l.from);
                    index.supports.entry(&l.to).or_default().push(&l.from);
                }
                LinkKind::Hedges => index.hedged_by.entry(&l.to).or_default().push(&l.from),
                LinkKind::SameClaim | LinkKind::Contradicts => {}
            }
        }
        index
    }
}

/// Which label ids play the three roles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roles {
    pub claim: String,
    pub source: String,
    pub hedge: String,
}

impl Default for Roles {
    fn default() -> Roles {
        Roles {
            claim: "claim".into(),
            source: "source".into(),
            hedge: "hedge".into(),
        }
    }
}

/// An annotation as the summary lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpanRef {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

impl SpanRef {
    pub fn of(doc: &Document, a: &Annotation) -> SpanRef {
        SpanRef {
            id: a.id.clone(),
            start: a.span.start(),
            end: a.span.end(),
            quote: doc.quote(a).to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelCount {
    pub label: String,
    pub name: String,
    pub count: usize,
}

/// One hedge on a claim, and how it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HedgeOnClaim {
    pub id: String,
    /// A `hedges` link joins them.
    pub linked: bool,
    /// The hedge's span lies inside the claim's.
    pub inside: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HedgedClaim {
    pub claim: SpanRef,
    pub hedges: Vec<HedgeOnClaim>,
}

/// A source span, what kind of source it is, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassifiedSource {
    pub source: SpanRef,
    pub kind: SourceKind,
    pub rule: String,
    /// The rule as data, for a reader in another language (`rule` is its English).
    pub why: crate::analysis::source_kind::ClassRule,
    /// Ids of the claims it supports, in text order.
    pub supports: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KindCounts {
    pub named: usize,
    pub anonymous: usize,
    pub vague: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceSummary {
    pub words: usize,
    /// Every label, in the document's order, with how many spans carry it.
    pub counts: Vec<LabelCount>,
    pub claims: usize,
    pub unsupported_claims: Vec<SpanRef>,
    pub idle_sources: Vec<SpanRef>,
    pub hedges: usize,
    /// Hedges per 100 words.
    pub hedge_density: f64,
    pub hedged_claims: Vec<HedgedClaim>,
    pub sources: Vec<ClassifiedSource>,
    pub source_kinds: KindCounts,
}

/// The summary with the default roles (`claim`, `source`, `hedge`).
pub fn summarise(doc: &Document) -> EvidenceSummary {
    summarise_with(doc, &Roles::default())
}

pub fn summarise_with(doc: &Document, roles: &Roles) -> EvidenceSummary {
    let with = |label: &str| -> Vec<&Annotation> {
        doc.annotations()
            .iter()
            .filter(|a| a.label == label)
            .collect()
    };
    let (claims, sources, hedges) = (with(&roles.claim), with(&roles.source), with(&roles.hedge));
    let words = doc.word_count();
    let index = LinkIndex::new(doc);
    let unsupported_claims = claims
        .iter()
        .filter(|c| !index.supported.contains(c.id.as_str()))
        .map(|c| SpanRef::of(doc, c))
        .collect();
    let classified: Vec<ClassifiedSource> = sources
        .iter()
        .map(|s| {
            let class = classify(doc.quote(s));
            ClassifiedSource {
                source: SpanRef::of(doc, s),
                kind: class.kind,
                rule: class.rule,
                why: class.why,
                supports: {
                    let mut ids = index
                        .supports
                        .get(s.id.as_str())
                        .cloned()
                        .unwrap_or_default();
                    crate::model::order::sort_by_key(&mut ids, |id| doc.position(id));
                    ids.dedup();
                    ids.into_iter().map(str::to_string).collect()
                },
            }
        })
        .collect();
    let idle_sources = classified
        .iter()
        .filter(|s| s.supports.is_empty())
        .map(|s| s.source.clone())
        .collect();
    let mut source_kinds = KindCounts::default();
    for s in &classified {
        *match s.kind {
            SourceKind::Named => &mut source_kinds.named,
            SourceKind::Anonymous => &mut source_kinds.anonymous,
            SourceKind::Vague => &mut source_kinds.vague,
        } += 1;
    }
    EvidenceSummary {
        words,
        counts: doc
            .counts()
            .into_iter()
            .map(|(l, count)| LabelCount {
                label: l.id,
                name: l.name,
                count,
            })
            .collect(),
        claims: claims.len(),
        unsupported_claims,
        idle_sources,
        hedges: hedges.len(),
        hedge_density: if words == 0 {
            0.0
        } else {
            hedges.len() as f64 * 100.0 / words as f64
        },
        hedged_claims: hedged_claims(doc, &index, &claims, &roles.hedge),
        sources: classified,
        source_kinds,
    }
}

/// Claims with hedges on them. A linked hedge counts whatever its label; a hedge inside a claim only
/// when it carries the hedge label.
fn hedged_claims(
    doc: &Document,
    index: &LinkIndex,
    claims: &[&Annotation],
    hedge_label: &str,
) -> Vec<HedgedClaim> {
    claims
        .iter()
        .filter_map(|c| {
            let linked: Vec<&str> = index
                .hedged_by
                .get(c.id.as_str())
                .cloned()
                .unwrap_or_default();
            // Annotations are in text order, so only those starting inside the claim can lie in it.
            let from = doc
                .annotations()
                .partition_point(|a| a.span.start() < c.span.start());
            let inside = doc.annotations()[from..]
                .iter()
                .take_while(|h| h.span.start() < c.span.end())
                .filter(|h| h.label == hedge_label && h.span.end() <= c.span.end())
                .map(|h| h.id.as_str());
            let mut ids: Vec<&str> = linked.iter().copied().chain(inside).collect();
            crate::model::order::sort_by_key(&mut ids, |id| doc.position(id));
            ids.dedup();
            let on: Vec<HedgeOnClaim> = ids
                .into_iter()
                .filter_map(|id| {
                    let h = doc.annotation(id)?;
                    Some(HedgeOnClaim {
                        id: id.to_string(),
                        linked: linked.contains(&id),
                        inside: h.label == hedge_label
                            && c.span.start() <= h.span.start()
                            && h.span.end() <= c.span.end(),
                    })
                })
                .collect();
            (!on.is_empty()).then(|| HedgedClaim {
                claim: SpanRef::of(doc, c),
                hedges: on,
            })
        })
        .collect()
}
