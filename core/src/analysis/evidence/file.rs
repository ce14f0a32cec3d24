//! The evidence summary written into a native file: the analysis fills the file's own `summary`
//! section types, so the file's shape is the format's and the summary's types stay plain.

use super::{summarise, ClassifiedSource, EvidenceSummary, HedgedClaim, SpanRef};
use crate::formats::native;
use crate::formats::native_summary::{
    ClassifiedSourceV3, HedgeOnClaimV3, HedgedClaimV3, KindCountsV3, LabelCountV3, SpanRefV3,
    SummaryV3,
};
use crate::model::Document;

/// The native file of `doc` (as `formats::native::to_json` writes it) with the evidence summary
/// added as a `summary` section, for people and tools reading the file. It is not read back:
/// opening the file computes the summary afresh.
pub fn to_json_with_summary(doc: &Document) -> String {
    native::to_json_with_summary(doc, summary_v3(summarise(doc)))
}

fn summary_v3(s: EvidenceSummary) -> SummaryV3 {
    SummaryV3 {
        words: s.words,
        counts: s
            .counts
            .into_iter()
            .map(|c| LabelCountV3 {
                label: c.label,
                name: c.name,
                count: c.count,
            })
            .collect(),
        claims: s.claims,
        unsupported_claims: s.unsupported_claims.into_iter().map(span_v3).collect(),
        idle_sources: s.idle_sources.into_iter().map(span_v3).collect(),
        hedges: s.hedges,
        hedge_density: s.hedge_density,
        hedged_claims: s.hedged_claims.into_iter().map(hedged_v3).collect(),
        sources: s.sources.into_iter().map(source_v3).collect(),
        source_kinds: KindCountsV3 {
            named: s.source_kinds.named,
            anonymous: s.source_kinds.anonymous,
            vague: s.source_kinds.vague,
        },
    }
}

fn span_v3(s: SpanRef) -> SpanRefV3 {
    SpanRefV3 {
        id: s.id,
        start: s.start,
        end: s.end,
        quote: s.quote,
    }
}

fn hedged_v3(h: HedgedClaim) -> HedgedClaimV3 {
    HedgedClaimV3 {
        claim: span_v3(h.claim),
        hedges: h
            .hedges
            .into_iter()
            .map(|o| HedgeOnClaimV3 {
                id: o.id,
                linked: o.linked,
                inside: o.inside,
            })
            .collect(),
    }
}

fn source_v3(c: ClassifiedSource) -> ClassifiedSourceV3 {
    ClassifiedSourceV3 {
        source: span_v3(c.source),
        kind: c.kind.as_str(),
        rule: c.rule,
        supports: c.supports,
    }
}
