//! Why the worker could not read a file: an article it cannot import (a PDF without text, a zip
//! bomb, a protected EPUB, an image…: the core's `import::ImportError`), another tool's file it
//! cannot read (`formats::import::ImportError`), a file it does not recognise (`NotRecognised`),
//! or a Close Reader file (`LoadError`). The worker answers with the core's words (in English);
//! each is a sentence ending with a full stop, read here against the messages' English.

use super::file::LOAD;
use super::words::{phrases, said, say, words, Said};
use crate::i18n::Arg;

/// An article that cannot be imported. The web page's own sentences before the others'.
const ARTICLE: Said = phrases![
    t!("reasons-article-no-text-layer"),
    t!("reasons-article-encrypted", kind = words),
    t!("reasons-article-too-large", what = large),
    t!("reasons-article-damaged-page", detail = article_damage),
    t!(
        "reasons-article-damaged",
        kind = words,
        detail = article_damage
    ),
    t!("reasons-article-empty-page"),
    t!("reasons-article-empty", kind = words),
    t!("reasons-article-archive"),
    t!("reasons-article-not-article", what = what_it_is),
];

/// Another tool's file that cannot be read: its details are each reader's own words.
const TOOL: Said = phrases![
    t!("reasons-tool-not-utf8", format = words),
    t!(
        "reasons-tool-syntax",
        format = words,
        detail = json_arg,
        line = number,
        column = number
    ),
    t!("reasons-tool-shape", format = words, detail = words),
    t!(
        "reasons-tool-different-text",
        format = words,
        detail = words
    ),
];

/// A file that is no format Close Reader reads.
const UNRECOGNISED: Said = phrases![
    t!("reasons-unrecognised-empty"),
    t!("reasons-unrecognised-zip"),
    t!("reasons-unrecognised-binary"),
    t!("reasons-unrecognised-json", what = json_shape),
    t!("reasons-unrecognised-plain-text"),
];

/// What a file that is no article is (the core's sniffing).
const WHAT: Said = phrases![
    t!("reasons-file-empty"),
    t!("reasons-file-image"),
    t!("reasons-file-binary"),
    t!("reasons-file-damaged-zip"),
    t!("reasons-file-opendocument-other"),
    t!("reasons-file-excel"),
    t!("reasons-file-powerpoint"),
    t!("reasons-file-office-protected"),
    t!("reasons-file-old-word"),
    t!("reasons-file-old-office"),
    t!("reasons-file-rtf"),
    t!("reasons-file-xml"),
];

/// Why an article's file is too large to open (the limits that protect the page).
const LARGE: Said = phrases![
    t!("reasons-large-parts", count = number, most = number),
    t!("reasons-large-part", part = words, megabytes = number),
    t!("reasons-large-all-parts", megabytes = number),
    t!("reasons-large-page", megabytes = number, most = number),
    t!("reasons-large-chapter", megabytes = number, most = number),
    t!("reasons-large-contents", megabytes = number, each = number),
    t!("reasons-large-drawing"),
    t!("reasons-large-characters"),
    t!("reasons-large-pages", count = number, most = number),
    t!("reasons-large-one-part", megabytes = number),
];

/// What is damaged in an article's file; the `why` of a library (PDF, XML, zip) is its own words.
const DAMAGE: Said = phrases![
    t!("reasons-damage-zip"),
    t!("reasons-damage-no-pages"),
    t!("reasons-damage-not-pdf"),
    t!("reasons-damage-cut-short"),
    t!("reasons-damage-no-catalogue"),
    t!("reasons-damage-pdf-structure", why = words),
    t!("reasons-damage-no-word-document"),
    t!("reasons-damage-old-word"),
    t!("reasons-damage-no-content"),
    t!("reasons-damage-no-container"),
    t!("reasons-damage-no-package"),
    t!("reasons-damage-package-missing", path = words),
    t!("reasons-damage-no-mime-header"),
    t!("reasons-damage-not-multipart"),
    t!("reasons-damage-no-boundary"),
    t!("reasons-damage-no-web-page"),
    t!("reasons-damage-not-base64"),
    t!("reasons-damage-json"),
    t!("reasons-damage-part-not-utf8", part = words),
    t!("reasons-damage-part-not-xml", part = words, why = xml),
    t!("reasons-damage-page-encoding", encoding = words),
    t!("reasons-damage-text-encoding", encoding = words),
    t!("reasons-damage-part", part = words, why = words),
];

const XML: Said = phrases![t!("reasons-damage-xml-ends-early")];

/// What a JSON file Close Reader does not know holds.
const JSON_SHAPE: Said = phrases![
    t!("reasons-json-empty-list"),
    t!("reasons-json-unknown-list"),
    t!("reasons-json-empty-object"),
    t!("reasons-json-single-value"),
    t!("reasons-json-format", format = words),
    t!("reasons-json-fields", fields = words),
];

/// The worker's answer to a refused request (its `error`) in the interface's language, when it is
/// one of the core's reasons; `None` for any other (the worker's own words stay).
pub fn from_worker(error: &str) -> Option<String> {
    [LOAD, ARTICLE, TOOL, UNRECOGNISED]
        .iter()
        .find_map(|table| say(table, error))
}

pub(super) fn large(what: &str) -> Arg {
    Arg::Str(said(LARGE, what))
}

pub(super) fn what_it_is(what: &str) -> Arg {
    Arg::Str(said(WHAT, what))
}

pub(super) fn json_shape(what: &str) -> Arg {
    Arg::Str(said(JSON_SHAPE, what))
}

pub(super) fn article_damage(detail: &str) -> Arg {
    words(&say(DAMAGE, detail).unwrap_or_else(|| detail.to_string()))
}

pub(super) fn xml(why: &str) -> Arg {
    words(&say(XML, why).unwrap_or_else(|| why.to_string()))
}

/// Every table of this file, for the tests.
#[cfg(test)]
pub const TABLES: &[Said] = &[
    ARTICLE,
    TOOL,
    UNRECOGNISED,
    WHAT,
    LARGE,
    DAMAGE,
    XML,
    JSON_SHAPE,
];
