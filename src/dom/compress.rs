//! Deflate through the browser's own CompressionStream and DecompressionStream ("deflate-raw"), so
//! that assignment links are short without shipping a compressor in the wasm.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::t;

#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// Runs `bytes` through a transform stream (a compression or decompression stream) and collects the output.
async fn through(bytes: &[u8], transform: JsValue) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let out = blob
        .stream()
        .pipe_through(transform.unchecked_ref::<web_sys::ReadableWritablePair>());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&out))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Raw deflate of `bytes`, or a message when this browser cannot compress.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let stream =
        CompressionStream::new("deflate-raw").map_err(|_| t!("messages-link-no-compression"))?;
    through(bytes, stream.into())
        .await
        .map_err(|_| t!("messages-link-not-made"))
}

/// Inflates raw deflate, or says the link is damaged.
pub async fn inflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let stream = DecompressionStream::new("deflate-raw")
        .map_err(|_| t!("messages-link-no-decompression"))?;
    through(bytes, stream.into())
        .await
        .map_err(|_| t!("messages-link-damaged"))
}
