//! Saving a file on the user's machine (a Blob behind a temporary link): text, or bytes (a ZIP).

use wasm_bindgen::JsCast;

use crate::i18n::t;

/// The message for a download the browser refused, saying what it lacked.
fn fail(why: String) -> String {
    t!("messages-download-failed", why = why)
}

/// Offers `contents` as a download named `name`. Returns a message when the browser refuses.
pub fn text_file(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&contents.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|_| fail(t!("messages-download-no-file")))?;
    offer(name, &blob)
}

/// Offers `bytes` as a download named `name`.
pub fn bytes_file(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|_| fail(t!("messages-download-no-file")))?;
    offer(name, &blob)
}

fn offer(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let window = web_sys::window().ok_or_else(|| fail(t!("messages-download-no-window")))?;
    let document = window
        .document()
        .ok_or_else(|| fail(t!("messages-download-no-document")))?;
    let url = web_sys::Url::create_object_url_with_blob(blob)
        .map_err(|_| fail(t!("messages-download-no-url")))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail(t!("messages-download-no-link")))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| fail(t!("messages-download-no-body")))?;
    let _ = body.append_child(&a);
    a.click();
    let _ = body.remove_child(&a);
    // Revoke later: revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
