//! Timestamps and ids from the browser; fixed values natively so that reducer tests are deterministic.

/// The current time as RFC 3339 (`2026-11-23T09:15:02.120Z`).
pub fn now_iso() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::Date::new_0().to_iso_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "2026-01-01T00:00:00.000Z".to_string()
    }
}

/// A new library id, unique enough for one browser's documents.
pub fn new_doc_id() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        format!(
            "d{:x}{:06x}",
            js_sys::Date::now() as u64,
            (js_sys::Math::random() * 16_777_215.0) as u64
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "d-native".to_string()
    }
}

/// A readable local date and time for an RFC 3339 timestamp, written the interface language's way.
pub fn local_time(iso: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
        if d.get_time().is_nan() {
            return iso.to_string();
        }
        // In the interface's language; in English, the browser's own way (en-GB or en-US…).
        let locale = match crate::i18n::lang() {
            crate::i18n::Lang::En => "default",
            other => other.tag(),
        };
        String::from(d.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        iso.replace('T', " ").chars().take(16).collect()
    }
}
