//! Agreement between annotators of one text, for the classroom "compare" view: each student scored
//! against a key, chance-corrected agreement, where people marked, which spans most people found,
//! feedback for one student, a gradebook, and a consensus document.
//!
//! Every function is pure and takes per-annotator span lists over the same text (the files have
//! already been matched to one article). Annotators are named by their index in the slice passed
//! in. Rules shared by every function:
//!
//! - an annotator's spans are a **set**: the same label and offsets twice count once, the order
//!   does not matter, and empty spans (`start >= end`) are ignored;
//! - offsets are code points, half-open; two spans **overlap** when they share a code point;
//! - a value that cannot be computed (a precision with nothing marked, an alpha with no variation)
//!   is `None`, never a made-up 0 or 1.
//!
//! The measures, their rules and a worked example are in `docs/agreement.md`.

mod alpha;
mod consensus;
mod feedback;
mod gradebook;
mod heat;
mod key_found;
mod labelled;
mod ranges;
mod ranked;
mod score;
mod token_alpha;

pub use alpha::{nominal_alpha, Coincidences};
pub use consensus::{consensus_document, consensus_spans};
pub use feedback::{feedback, Feedback, FeedbackItem, Verdict};
pub use gradebook::{
    csv_row, gradebook_csv, gradebook_csv_with_rubric, rubric_cells, rubric_header, Gradebook,
};
pub use heat::{heat, HeatPiece};
pub use key_found::{key_spans_found, KeySpanFound};
pub use labelled::{spans_of, LabelledSpan};
pub use ranked::{ranked_spans, RankedSpan, SAME_SPAN_JACCARD};
pub use score::{pairwise_f1, score, Match, Prf};
pub use token_alpha::{token_alpha, token_alpha_with};
