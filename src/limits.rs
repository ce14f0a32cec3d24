//! Size limits for what users bring in, with the reasons behind them.

use crate::i18n::t;

/// Longest article accepted, in code points (about 1,200,000 words of English: a long book): a
/// bound on memory and opening time. A larger paste or file is refused with a message. An article
/// this long is kept in the page only near what is read (see `components/groups.rs`).
pub const MAX_TEXT_CHARS: usize = 8_000_000;

/// Largest file opened: far above what the app writes for the longest article with
/// [`MAX_ANNOTATIONS`] annotations (about 90 MB), so that whatever it saves it opens again. A file is
/// read in slices, so size costs time (with progress and Cancel), not a frozen page.
pub const MAX_FILE_BYTES: f64 = 512.0 * 1024.0 * 1024.0;

/// Largest assignment a link unpacks to: the longest article (several bytes per character in UTF-8
/// for most scripts) and its labels; a link that unpacks to more (a deflate bomb) is refused.
pub const MAX_ASSIGNMENT_BYTES: f64 = 40.0 * 1024.0 * 1024.0;

/// Most annotations one document holds: hundreds of times what a reader marks in an article, and a
/// bound on what the app must keep fast.
pub const MAX_ANNOTATIONS: usize = 200_000;

/// Longest title kept.
pub const MAX_TITLE_CHARS: usize = 300;

/// Message for a text over [`MAX_TEXT_CHARS`].
pub fn too_long_message(chars: usize) -> String {
    t!(
        "messages-text-too-long",
        count = chars,
        limit = MAX_TEXT_CHARS
    )
}

/// Message for a document that would have more than [`MAX_ANNOTATIONS`] annotations.
pub fn too_many_message(n: usize) -> String {
    t!(
        "messages-too-many-annotations",
        count = n,
        limit = MAX_ANNOTATIONS
    )
}

/// An assignment link over [`MAX_LINK_CHARS`](close_reader_core::formats::assignment_link::MAX_LINK_CHARS)
/// (`len` characters): the core's message, in the interface's language.
pub fn link_too_long_message(len: usize) -> String {
    use close_reader_core::formats::assignment_link::MAX_LINK_CHARS;
    t!(
        "messages-link-too-long",
        count = len,
        limit = MAX_LINK_CHARS
    )
}

/// An assignment link over the limit only because of its rubric (`len` characters with it).
pub fn rubric_link_message(len: usize) -> String {
    use close_reader_core::formats::assignment_link::MAX_LINK_CHARS;
    t!(
        "messages-rubric-link-too-long",
        count = len,
        limit = MAX_LINK_CHARS
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_link_too_long_because_of_its_rubric_names_the_rubric() {
        let m = super::rubric_link_message(61_234);
        assert!(
            m.starts_with("The rubric makes this assignment too long"),
            "{m}"
        );
        assert!(m.contains("61,234 characters; the limit is 60,000"), "{m}");
    }

    #[test]
    fn limits_are_written_with_grouped_digits() {
        let m = super::too_many_message(200_001);
        assert!(
            m.contains("make 200,001 annotations") && m.contains("up to 200,000"),
            "{m}"
        );
    }
}
