//! The phrases the core writes about one item of a file (a key span of the feedback, a comment
//! thread and its messages, a block or mark of the structure): "ends before it starts (start 9,
//! end 3)", "has no author"… Each is a phrase that follows the item's name, without a full stop.

use super::words::{phrases, say, unmatched, Said};
use crate::i18n::Arg;

/// What is wrong with an item placed on the text by offsets and a quote, or unreadable.
const PLACED: Said = phrases![
    t!("reasons-item-unreadable", why = json_arg),
    t!("reasons-item-empty"),
    t!("reasons-item-reversed", start = number, end = number),
    t!(
        "reasons-item-outside",
        start = number,
        end = number,
        length = number
    ),
    t!("reasons-item-quote", expected = words, found = words),
];

const KEY_SPAN: Said = phrases![t!("reasons-item-unknown-label", label = words)];

const THREAD: Said = phrases![
    t!("reasons-thread-same-id", id = words),
    t!("reasons-thread-no-messages"),
    t!(
        "reasons-thread-message",
        number = number,
        problem = message_arg
    ),
    t!("reasons-thread-same-message-id", id = words),
    t!("reasons-no-id"),
];

const MESSAGE: Said = phrases![
    t!("reasons-no-id"),
    t!("reasons-message-no-author"),
    t!("reasons-message-no-text"),
    t!("reasons-message-time", time = words),
    t!("reasons-message-too-long", count = number, most = number),
];

const STRUCTURE: Said = phrases![
    t!("reasons-unknown-kind", kind = words, known = words),
    t!("reasons-structure-no-href"),
    t!("reasons-structure-no-level"),
    t!("reasons-structure-no-ordered"),
    t!("reasons-structure-item-no-depth"),
    t!("reasons-structure-quote-no-depth"),
    t!("reasons-structure-depth", depth = number, most = number),
    t!("reasons-structure-level", level = number),
    t!("reasons-structure-number", number = number, most = number),
];

/// What is wrong with a key span of the feedback.
pub fn key_span(detail: &str) -> String {
    said_by(&[PLACED, KEY_SPAN], detail)
}

/// What is wrong with a comment thread of the file.
pub fn thread(detail: &str) -> String {
    said_by(&[PLACED, THREAD], detail)
}

/// What is wrong with a block or mark of the structure.
pub fn structure(detail: &str) -> String {
    said_by(&[PLACED, STRUCTURE], detail)
}

/// What is wrong with a message of a conversation (the core's `Message::problem`): a phrase that
/// follows "the message" or "it".
pub fn message(problem: &str) -> String {
    said_by(&[MESSAGE], problem)
}

/// [`message`] as a message's variable.
pub fn message_arg(problem: &str) -> Arg {
    Arg::Str(message(problem))
}

/// `detail` said by the first of `tables` that has it, else as the core wrote it.
fn said_by(tables: &[Said], detail: &str) -> String {
    tables
        .iter()
        .find_map(|table| say(table, detail))
        .unwrap_or_else(|| unmatched(detail))
}

/// [`key_span`] as a message's variable.
pub fn key_span_arg(detail: &str) -> Arg {
    Arg::Str(key_span(detail))
}

/// [`thread`] as a message's variable.
pub fn thread_arg(detail: &str) -> Arg {
    Arg::Str(thread(detail))
}

/// [`structure`] as a message's variable.
pub fn structure_arg(detail: &str) -> Arg {
    Arg::Str(structure(detail))
}

/// Every table of this file, for the tests.
#[cfg(test)]
pub const TABLES: &[Said] = &[PLACED, KEY_SPAN, THREAD, MESSAGE, STRUCTURE];
