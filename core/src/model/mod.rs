//! The annotation model: text with code-point offsets, labels, annotations, edits with undo/redo,
//! the classroom's assignment (with its rubric), feedback key and conversations on spans, and the segmentation of a document into blocks and
//! highlight segments for rendering.

pub mod annotation;
pub mod blocks;
pub mod classroom;
pub mod contrast;
pub mod cross;
pub mod cut;
pub mod document;
pub mod hash;
pub mod history;
pub mod label;
pub mod label_set;
pub mod link;
pub mod names;
pub mod order;
pub mod pairing;
pub mod reach;
pub mod rubric;
pub mod search;
pub mod shape;
pub mod snap;
pub mod span;
pub mod text;
pub mod thread;
pub mod unsaved;

pub use annotation::Annotation;
pub use blocks::{Block, Segment};
pub use classroom::{Assignment, FeedbackKey, KeySpan};
pub use document::Document;
pub use history::{Edit, History};
pub use label::{default_labels, Label, LabelSet};
pub use link::{Link, LinkKind, OtherDocument};
pub use rubric::{Criterion, GradeOverride, LetterBand, Measure, Rubric, Scale, SpanMatch};
pub use span::Span;
pub use text::Text;
pub use thread::{merge_threads, Message, Thread};
