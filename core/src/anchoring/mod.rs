//! Anchoring: putting quoted passages and the annotations that carry them onto a text, in one
//! place (as Hypothesis keeps its `anchoring/`). Pure functions over the model, tested without a
//! DOM.
//!
//! - `quote.rs` matches one quote: exact first, told apart by prefix and suffix, then within a few
//!   edits (`approximate.rs`); a position only settles a tie; ambiguous or poor matches are refused.
//! - `place.rs` places another tool's annotations ([`ForeignAnnotation`], read by the importers in
//!   `formats/`) on a document and reports each ([`ImportReport`], `foreign.rs`), resolving their
//!   tags to labels (`tags.rs`).
//! - `reanchor.rs` moves a collected file's annotations onto the article's slightly different text
//!   (the classroom's `formats::collect`).
//!
//! Layer: anchoring reads the model only; the formats call it. `core/tests/layers.rs` keeps this so.

mod approximate;
mod foreign;
mod place;
mod quote;
mod reanchor;
mod tags;

pub use foreign::{
    ForeignAnnotation, ImportProblem, ImportReport, LabelResolution, PlacedAnnotation, Position,
    ProblemKind,
};
pub use place::{apply, place};
pub use quote::{
    anchor, AnchorFailure, Anchored, Anchoring, Quote, TextIndex, CODE_POINTS_PER_EDIT, MAX_EDITS,
    MIN_FUZZY_LEN, SHORT_QUOTE,
};
pub use reanchor::reanchor;
pub use tags::{label_name_for_tag, resolve_tag, TAG_LABEL_CHARS};
