//! Analysis of annotated documents: evidence summaries, agreement between annotators, and
//! suggestions. Pure functions over the model, tested natively.
pub mod agreement;
pub mod class_set;
mod csv_cells;
pub mod evidence;
pub mod grades;
pub mod lang;
pub mod lms;
pub mod pair;
pub mod report;
pub mod source_kind;
pub mod suggest;
