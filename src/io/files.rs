//! Reading files the user picked or dropped, as bytes (so that invalid UTF-8 gets its own message),
//! a slice at a time: a file of tens of megabytes is copied into the page's memory without one
//! long pause. Documents stored as a file (a long one keeps the file it was opened from) are read
//! back the same way.

use wasm_bindgen_futures::JsFuture;

use crate::i18n::t;
use crate::limits::MAX_FILE_BYTES;

/// Bytes copied per step.
const CHUNK: f64 = 4.0 * 1024.0 * 1024.0;

/// Reads a file's bytes, refusing files too large to be an article's annotations.
pub async fn read(file: &web_sys::File) -> Result<Vec<u8>, String> {
    if file.size() > MAX_FILE_BYTES {
        // Megabytes to one decimal, the limit in whole ones.
        let mb = |bytes: f64, tenths: f64| (bytes / 1_048_576.0 * tenths).round() / tenths;
        return Err(t!(
            "messages-file-too-big",
            name = file.name(),
            size = mb(file.size(), 10.0),
            limit = mb(MAX_FILE_BYTES, 1.0)
        ));
    }
    read_blob(file)
        .await
        .ok_or_else(|| t!("messages-file-unreadable", name = file.name()))
}

/// Reads a blob's bytes in slices; `None` when the browser cannot read it.
pub async fn read_blob(blob: &web_sys::Blob) -> Option<Vec<u8>> {
    let size = blob.size();
    let mut out = Vec::with_capacity(size as usize);
    let mut at = 0.0;
    while at < size {
        let end = (at + CHUNK).min(size);
        let part = blob.slice_with_f64_and_f64(at, end).ok()?;
        let buf = JsFuture::from(part.array_buffer()).await.ok()?;
        let bytes = js_sys::Uint8Array::new(&buf);
        let n = out.len();
        out.resize(n + bytes.length() as usize, 0);
        bytes.copy_to(&mut out[n..]);
        at = end;
    }
    Some(out)
}
