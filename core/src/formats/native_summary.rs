//! The `summary` section of the native file: the evidence summary as the file writes it, for
//! people and tools reading the file. Its own types, so the analysis's can change without changing
//! the file; the analysis layer fills them (`analysis::evidence::to_json_with_summary`). Written,
//! never read back: opening a file computes the summary afresh.

use serde::Serialize;

#[derive(Serialize)]
pub(crate) struct SummaryV3 {
    pub words: usize,
    pub counts: Vec<LabelCountV3>,
    pub claims: usize,
    pub unsupported_claims: Vec<SpanRefV3>,
    pub idle_sources: Vec<SpanRefV3>,
    pub hedges: usize,
    pub hedge_density: f64,
    pub hedged_claims: Vec<HedgedClaimV3>,
    pub sources: Vec<ClassifiedSourceV3>,
    pub source_kinds: KindCountsV3,
}

#[derive(Serialize)]
pub(crate) struct SpanRefV3 {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

#[derive(Serialize)]
pub(crate) struct LabelCountV3 {
    pub label: String,
    pub name: String,
    pub count: usize,
}

#[derive(Serialize)]
pub(crate) struct HedgeOnClaimV3 {
    pub id: String,
    pub linked: bool,
    pub inside: bool,
}

#[derive(Serialize)]
pub(crate) struct HedgedClaimV3 {
    pub claim: SpanRefV3,
    pub hedges: Vec<HedgeOnClaimV3>,
}

#[derive(Serialize)]
pub(crate) struct ClassifiedSourceV3 {
    pub source: SpanRefV3,
    /// `named`, `anonymous` or `vague`.
    pub kind: &'static str,
    pub rule: String,
    pub supports: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct KindCountsV3 {
    pub named: usize,
    pub anonymous: usize,
    pub vague: usize,
}
