//! Why an edit is refused: an annotation, a link, a label set or a reply that the model will not
//! take (the core's `AnnotationError`, `LinkError`, `LabelError` and `EditError`). Each is a phrase
//! set into the app's sentence ("Could not add the span: …").

use close_reader_core::model::history::EditError;
use close_reader_core::model::label::LabelError;
use close_reader_core::model::link::LinkError;

use super::words::{phrases, said, Said};
use crate::i18n::Arg;

/// Why an annotation does not fit its document.
const ANNOTATION: Said = phrases![
    t!(
        "reasons-annotation-outside",
        id = words,
        start = number,
        end = number,
        length = number
    ),
    t!("reasons-annotation-empty", id = words),
    t!(
        "reasons-annotation-unknown-label",
        id = words,
        label = words
    ),
    t!("reasons-annotation-same-id", id = words),
];

/// Why a link cannot be made.
const LINK: Said = phrases![
    t!("reasons-link-empty-id"),
    t!("reasons-link-same-id", id = words),
    t!(
        "reasons-link-missing-end",
        id = words,
        end = words,
        annotation = words
    ),
    t!("reasons-link-to-itself", id = words, annotation = words),
    t!("reasons-link-repeats", id = words, existing = words),
    t!("reasons-link-no-annotation", annotation = words),
    t!("reasons-link-not-across", kind = words),
];

/// Why an edit is refused, besides its annotation's or link's own problem. Some replies' reasons
/// the app words itself (already in the interface's language): those are kept as they are.
const EDIT: Said = phrases![
    t!("reasons-edit-annotation-changed", id = words),
    t!("reasons-edit-label", id = words),
    t!("reasons-edit-label-changed", id = words),
    t!("reasons-edit-link-changed", id = words),
    t!("reasons-edit-still-linked", id = words, links = words),
    t!("reasons-edit-message-same-id", id = words),
    t!("reasons-edit-message", problem = message_arg),
    t!("reasons-edit-conversation-changed", id = words),
    t!("messages-no-conversation", thread = words),
];

/// What is wrong with a label set: phrases that follow "the label set".
const LABEL_SET: Said = phrases![
    t!("reasons-label-empty-id"),
    t!("reasons-label-same-id", id = words),
    t!("reasons-label-no-name", id = words),
    t!("reasons-label-colour", id = words, colour = words),
    t!("reasons-label-key-too-long", id = words, key = words),
    t!("reasons-label-key-reserved", id = words, key = words),
    t!(
        "reasons-label-key-taken",
        id = words,
        key = words,
        other = words
    ),
    t!("reasons-label-unknown", id = words),
    t!("reasons-label-to-itself", id = words),
    t!(
        "reasons-label-no-position",
        position = number,
        count = number
    ),
    t!("reasons-label-in-use", count = number, id = words),
];

/// Why a link cannot be made.
pub fn link(e: &LinkError) -> String {
    said(LINK, &e.to_string())
}

/// What is wrong with a label set: a phrase that follows "the label set" ("has two labels with
/// the id …").
pub fn label_set(e: &LabelError) -> String {
    said(LABEL_SET, &e.to_string())
}

/// Why an edit (adding, changing or removing an annotation, a label, a link or a reply) was
/// refused.
pub fn edit(e: &EditError) -> String {
    let why = e.to_string();
    match e {
        EditError::Invalid(_) => said(ANNOTATION, &why),
        EditError::Link(_) => said(LINK, &why),
        _ => said(EDIT, &why),
    }
}

/// Why a comment was refused: the core's `Message::problem`, a phrase that follows "it" ("has no
/// author").
pub fn comment(problem: &str) -> String {
    super::items::message(problem)
}

/// An annotation's problem nested in a file's error.
pub fn annotation_arg(phrase: &str) -> Arg {
    Arg::Str(said(ANNOTATION, phrase))
}

/// A link's problem nested in a file's error.
pub fn link_arg(phrase: &str) -> Arg {
    Arg::Str(said(LINK, phrase))
}

/// Every table of this file, for the tests.
#[cfg(test)]
pub const TABLES: &[Said] = &[ANNOTATION, LINK, EDIT, LABEL_SET];
