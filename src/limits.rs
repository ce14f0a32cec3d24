//! Size limits for what users bring in, with the reasons behind them.

/// Longest article accepted, in code points (about 300,000 words): far beyond any news article, and
/// a bound on memory and rendering time. A larger paste or file is refused with a message.
pub const MAX_TEXT_CHARS: usize = 2_000_000;

/// Largest file opened. A version-1 file is about twice its text plus the annotations.
pub const MAX_FILE_BYTES: f64 = 40.0 * 1024.0 * 1024.0;

/// Longest title kept.
pub const MAX_TITLE_CHARS: usize = 300;

/// Message for a text over [`MAX_TEXT_CHARS`].
pub fn too_long_message(chars: usize) -> String {
    format!(
        "This text has {} characters; Close Reader opens articles of up to {} characters. Split it into parts and annotate each part as its own document.",
        group(chars),
        group(MAX_TEXT_CHARS)
    )
}

/// 1234567 → "1,234,567".
pub fn group(n: usize) -> String {
    close_reader_core::model::names::group_digits(n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn groups_thousands() {
        assert_eq!(super::group(2_000_000), "2,000,000");
        assert_eq!(super::group(999), "999");
    }
}
