//! Analysis of annotated documents: evidence summaries, agreement between annotators, and
//! suggestions. Pure functions over the model, tested natively.
pub mod agreement;
pub mod class_set;
pub mod evidence;
pub mod lang;
pub mod pair;
pub mod report;
pub mod source_kind;
pub mod suggest;
