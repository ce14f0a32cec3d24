//! The labels' own colours on the page: each label's colour becomes the CSS variable of its position
//! (`--l0` … `--l7`) on the root element, set through the CSSOM (the Content-Security-Policy forbids
//! inline style attributes). Tints and underlines in `style.css` derive from those variables.

/// Sets `--l<i>` to `colors[i]` for the first eight labels, and restores the style sheet's default
/// for positions no label has.
pub fn apply(colors: &[String]) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        return;
    };
    let style = root.style();
    for i in 0..8 {
        let name = format!("--l{i}");
        let _ = match colors
            .get(i)
            .filter(|c| close_reader_core::model::label::is_hex_color(c))
        {
            Some(c) => style.set_property(&name, c),
            None => style.remove_property(&name).map(|_| ()),
        };
    }
}
