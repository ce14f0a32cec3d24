//! Reading files the user picked or dropped, as bytes (so that invalid UTF-8 gets its own message).

use wasm_bindgen_futures::JsFuture;

use crate::limits::MAX_FILE_BYTES;

/// Reads a file's bytes, refusing files too large to be an article's annotations.
pub async fn read(file: &web_sys::File) -> Result<Vec<u8>, String> {
    if file.size() > MAX_FILE_BYTES {
        return Err(format!(
            "“{}” is {:.1} MB; Close Reader opens files of up to {:.0} MB.",
            file.name(),
            file.size() / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576.0
        ));
    }
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("“{}” could not be read.", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}
