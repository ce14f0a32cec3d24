//! How a file, a link into another article and an export recognise the article they belong to:
//! the SHA-256 of its text, defined once here so the model and every format agree.

use sha2::{Digest, Sha256};

/// Hex SHA-256 of the UTF-8 text (lowercase).
pub fn text_sha256(text: &str) -> String {
    let mut h = TextHasher::default();
    h.update(text.as_bytes());
    h.finish()
}

/// [`text_sha256`] a slice at a time, for a text too long to hash in one step.
#[derive(Clone, Default)]
pub struct TextHasher(Sha256);

impl TextHasher {
    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// The hash of everything given, as [`text_sha256`] writes it.
    pub fn finish(self) -> String {
        self.0
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}
