//! Bringing a language's messages into the page: the choice kept in this browser, else the
//! browser's preferred languages; the file from the one-file build's page (a
//! `<script type="text/plain" id="ftl-…">`) or fetched beside the app; the page's `lang` and `dir`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{install, Lang};

const CHOSEN: &str = "close-reader.language";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language chosen in this browser before, else the first of the browser's languages the
/// interface has, else English.
fn initial() -> Lang {
    if let Some(l) = storage()
        .and_then(|s| s.get_item(CHOSEN).ok().flatten())
        .and_then(|t| Lang::ALL.into_iter().find(|l| l.tag() == t))
    {
        return l;
    }
    let tags: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::preferred(tags.iter().map(String::as_str))
}

/// The message file of `lang`: in the page (one-file build) or fetched; `None` if unreachable.
async fn source(lang: Lang) -> Option<String> {
    let window = web_sys::window()?;
    let document = window.document()?;
    if let Some(el) = document.get_element_by_id(&format!("ftl-{}", lang.tag())) {
        return el.text_content();
    }
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(&format!("{}.ftl", lang.tag())))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The page's `lang` and `dir` for `lang`: Arabic lays the interface out right to left.
fn mark_page(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("dir", if lang.right_to_left() { "rtl" } else { "ltr" });
    }
}

/// Installs `lang`'s messages; English when its file cannot be had (the reason is logged).
async fn bring(lang: Lang) -> Result<(), ()> {
    if lang == Lang::En {
        install(Lang::En, None);
    } else {
        let Some(text) = source(lang).await else {
            web_sys::console::warn_1(
                &format!(
                    "Close Reader: the messages for {} could not be read",
                    lang.tag()
                )
                .into(),
            );
            return Err(());
        };
        install(lang, Some(&text));
    }
    mark_page(lang);
    Ok(())
}

/// Sets the interface's first language, then calls `ready` (which mounts the app).
pub fn start(ready: impl FnOnce() + 'static) {
    let lang = initial();
    if lang == Lang::En {
        mark_page(lang);
        ready();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if bring(lang).await.is_err() {
            mark_page(Lang::En);
        }
        ready();
    });
}

/// Switches the interface to `lang` and keeps the choice; `false` if its messages could not be
/// read (the interface stays as it was).
pub async fn choose(lang: Lang) -> bool {
    if bring(lang).await.is_err() {
        return false;
    }
    if let Some(s) = storage() {
        let _ = s.set_item(CHOSEN, lang.tag());
    }
    true
}
