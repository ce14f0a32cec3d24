//! Why a Close Reader file, a journal of changes or an assignment link's code cannot be read: the
//! core's `LoadError` and `JournalError` (and the phrases their variants nest), said by messages.

use close_reader_core::formats::journal::JournalError;
use close_reader_core::formats::native::LoadError;

use super::words::{phrases, said, say, Said};
use crate::i18n::Arg;

/// Why a file could not be opened: the variants of `LoadError`, each a sentence. The specific
/// first: "Annotation 3 (…) quotes …" before "Annotation 3: …", the structure's own errors before
/// a block's or mark's.
pub const LOAD: Said = phrases![
    t!("reasons-load-not-utf8"),
    t!("reasons-load-not-json", line = number, column = number),
    t!(
        "reasons-load-beyond-limits",
        what = limit,
        line = number,
        column = number
    ),
    t!("reasons-load-other-format", format = words),
    t!("reasons-load-no-format"),
    t!("reasons-load-too-new", version = number, latest = number),
    t!("reasons-load-bad-version", latest = number),
    t!("reasons-load-damaged", detail = damage),
    t!("reasons-load-text-changed"),
    t!("reasons-load-labels", detail = labels),
    t!(
        "reasons-load-reversed",
        index = number,
        id = words,
        start = number,
        end = number
    ),
    t!(
        "reasons-load-quote",
        index = number,
        id = words,
        expected = words,
        found = words
    ),
    t!(
        "reasons-load-context",
        index = number,
        id = words,
        which = words
    ),
    t!(
        "reasons-load-annotation",
        index = number,
        error = annotation_arg
    ),
    t!(
        "reasons-load-bad-link",
        index = number,
        id = words,
        detail = link_detail
    ),
    t!("reasons-load-link", index = number, error = link_arg),
    t!("reasons-load-assignment", detail = assignment_arg),
    t!("reasons-load-feedback", detail = json_arg),
    t!(
        "reasons-load-key-span",
        index = number,
        detail = key_span_arg
    ),
    t!("reasons-load-threads", detail = threads),
    t!("reasons-load-thread", index = number, detail = thread_arg),
    t!("reasons-load-structure", detail = json_arg),
    t!("reasons-shape-past-end", what = words, index = number),
    t!("reasons-shape-not-whole-lines", index = number),
    t!("reasons-shape-overlap", index = number),
    t!("reasons-shape-bad-value", what = words, index = number),
    t!(
        "reasons-load-structure-item",
        what = words,
        index = number,
        detail = structure_arg
    ),
];

/// The JSON reader's words (serde's) that have a message: its place, and the commonest.
const JSON: Said = phrases![
    t!(
        "reasons-json-at",
        what = json_arg,
        line = number,
        column = number
    ),
    t!("reasons-json-missing-field", field = words),
    t!("reasons-json-duplicate-field", field = words),
];

const LIMIT: Said = phrases![t!("reasons-limit-nesting"), t!("reasons-limit-number")];

const DAMAGED: Said = phrases![t!("reasons-damaged-read-already")];

const LABELS: Said = phrases![
    t!("reasons-labels-empty-id", number = number),
    t!("reasons-labels-same-id", id = words),
    t!("reasons-labels-colour", id = words, colour = words),
    t!("reasons-labels-key", id = words, key = words),
];

const LINK: Said = phrases![
    t!("reasons-unknown-kind", kind = words, known = words),
    t!("reasons-link-bad-sha256", sha256 = words),
];

const THREADS: Said = phrases![t!("reasons-threads-not-list")];

const JOURNAL: Said = phrases![
    t!("reasons-journal-unreadable", why = journal_why),
    t!("reasons-journal-no-stored-copy"),
    t!("reasons-journal-other-text"),
];

const JOURNAL_WHY: Said = phrases![t!(
    "reasons-journal-format",
    format = words,
    version = number
)];

/// An assignment link's code that does not decode (the core's `base64url_decode`).
const CODE: Said = phrases![
    t!(
        "reasons-code-character",
        character = character,
        position = number
    ),
    t!("reasons-code-length", count = number),
    t!("reasons-code-ending", character = words),
];

/// A character as the core names it in a link's code.
const CHARACTER: Said = phrases![
    t!("reasons-character-space"),
    t!("reasons-character-line-break"),
    t!("reasons-character-invisible", code = words),
    t!("reasons-character-quoted", character = words),
];

/// Why a file could not be opened: one or two sentences, ending with a full stop.
pub fn load(e: &LoadError) -> String {
    said(LOAD, &e.to_string())
}

/// Why a journal of changes could not be replayed: a phrase (or a file's sentence, when the
/// changes themselves do not read).
pub fn journal(e: &JournalError) -> String {
    let why = e.to_string();
    match e {
        JournalError::Invalid(_) => said(LOAD, &why),
        _ => said(JOURNAL, &why),
    }
}

/// Why an assignment link's code does not decode (the core's `base64url_decode`, a phrase): a
/// sentence, ending with a full stop.
pub fn link_code(e: &str) -> String {
    said(CODE, &format!("{e}."))
}

/// A JSON parser's words (serde's): its place and the commonest of them translated, the rest kept
/// as they are (free text).
pub fn json(phrase: &str) -> String {
    say(JSON, phrase).unwrap_or_else(|| phrase.to_string())
}

/// [`json`] as a message's variable.
pub fn json_arg(phrase: &str) -> Arg {
    Arg::Str(json(phrase))
}

pub(super) fn limit(what: &str) -> Arg {
    Arg::Str(said(LIMIT, what))
}

pub(super) fn damage(detail: &str) -> Arg {
    Arg::Str(say(DAMAGED, detail).unwrap_or_else(|| json(detail)))
}

pub(super) fn labels(detail: &str) -> Arg {
    Arg::Str(said(LABELS, detail))
}

pub(super) fn link_detail(detail: &str) -> Arg {
    Arg::Str(said(LINK, detail))
}

pub(super) fn threads(detail: &str) -> Arg {
    Arg::Str(say(THREADS, detail).unwrap_or_else(|| json(detail)))
}

pub(super) fn journal_why(why: &str) -> Arg {
    Arg::Str(say(JOURNAL_WHY, why).unwrap_or_else(|| json(why)))
}

pub(super) fn character(what: &str) -> Arg {
    Arg::Str(said(CHARACTER, what))
}

/// Every table of this file, for the tests.
#[cfg(test)]
pub const TABLES: &[Said] = &[
    LOAD,
    JSON,
    LIMIT,
    DAMAGED,
    LABELS,
    LINK,
    THREADS,
    JOURNAL,
    JOURNAL_WHY,
    CODE,
    CHARACTER,
];
