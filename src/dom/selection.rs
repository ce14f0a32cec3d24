//! Reading the browser selection inside the article as code-point offsets of the document.
//!
//! The article renders each segment as one element holding one text node, with `data-s` (its start in
//! code points); each paragraph carries `data-start`/`data-end`. A DOM boundary point (node, offset in
//! UTF-16 units or child index) maps to a document offset through those attributes alone.

use close_reader_core::model::snap::selection_span;
use close_reader_core::model::text::{cp_len, utf16_to_cp};
use close_reader_core::{Span, Text};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

fn attr_usize(el: &Element, name: &str) -> Option<usize> {
    el.get_attribute(name)?.parse().ok()
}

/// The document offset of a DOM boundary point inside the article.
fn point(node: &Node, offset: u32) -> Option<usize> {
    if node.node_type() == Node::TEXT_NODE {
        let parent = node.parent_element()?;
        let start = attr_usize(&parent, "data-s")?;
        let data = node.text_content().unwrap_or_default();
        return Some(start + utf16_to_cp(&data, offset as usize));
    }
    let el: &Element = node.dyn_ref()?;
    if let Some(start) = attr_usize(el, "data-s") {
        let len = cp_len(&el.text_content().unwrap_or_default());
        return Some(if offset == 0 { start } else { start + len });
    }
    let children = el.children();
    if let Some(child) = children.item(offset) {
        return first_offset(&child);
    }
    if offset > 0 {
        return children.item(offset - 1).and_then(|c| last_offset(&c));
    }
    attr_usize(el, "data-start")
}

fn first_offset(el: &Element) -> Option<usize> {
    attr_usize(el, "data-s")
        .or_else(|| attr_usize(el, "data-start"))
        .or_else(|| {
            el.query_selector("[data-s]")
                .ok()
                .flatten()
                .and_then(|c| attr_usize(&c, "data-s"))
        })
}

fn last_offset(el: &Element) -> Option<usize> {
    if let Some(end) = attr_usize(el, "data-end") {
        return Some(end);
    }
    if let Some(s) = attr_usize(el, "data-s") {
        return Some(s + cp_len(&el.text_content().unwrap_or_default()));
    }
    let all = el.query_selector_all("[data-end]").ok()?;
    let last = all.item(all.length().checked_sub(1)?)?;
    attr_usize(last.dyn_ref()?, "data-end")
}

/// The paragraph around a document offset, with its text and start: found from `near` (a node of the
/// selection's boundary) when it lies in that paragraph, else by a search over all paragraphs.
fn block_at(
    article: &Element,
    pos: usize,
    text: &Text,
    near: Option<&Node>,
) -> Option<(String, usize)> {
    let holds = |el: &Element| -> Option<(String, usize)> {
        let (s, e) = (attr_usize(el, "data-start")?, attr_usize(el, "data-end")?);
        let span = Span::new(s, e).filter(|_| s <= pos && pos <= e)?;
        Some((text.slice(span).to_string(), s))
    };
    let near_p = near
        .and_then(|n| match n.dyn_ref::<Element>() {
            Some(el) => Some(el.clone()),
            None => n.parent_element(),
        })
        .and_then(|el| el.closest("p[data-start]").ok().flatten());
    if let Some(found) = near_p.as_ref().and_then(&holds) {
        return Some(found);
    }
    let blocks = article.query_selector_all("p[data-start]").ok()?;
    for i in 0..blocks.length() {
        let el: Element = blocks.item(i)?.dyn_into().ok()?;
        if let Some(found) = holds(&el) {
            return Some(found);
        }
    }
    None
}

/// The nodes where the selection starts and ends.
fn boundary_nodes() -> (Option<Node>, Option<Node>) {
    let range = web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .filter(|s| s.range_count() > 0)
        .and_then(|s| s.get_range_at(0).ok());
    match range {
        Some(r) => (r.start_container().ok(), r.end_container().ok()),
        None => (None, None),
    }
}

/// The raw selected range inside `article`, as document code points, with its bounding box.
pub fn raw_range(article: &Element) -> Option<(Span, web_sys::DomRect)> {
    let sel = web_sys::window()?.get_selection().ok()??;
    if sel.range_count() == 0 || sel.is_collapsed() {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let common = range.common_ancestor_container().ok()?;
    if !article.contains(Some(&common)) {
        return None;
    }
    let start = point(&range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = point(&range.end_container().ok()?, range.end_offset().ok()?)?;
    Some((
        Span::new(start.min(end), start.max(end))?,
        range.get_bounding_client_rect(),
    ))
}

/// A raw range, whether it was exact, the text's address, and the span it became.
type Snapped = (Span, bool, usize, Option<Span>);

thread_local! {
    /// The raw range last read while Alt was held: that selection stays exact after Alt is released
    /// (the user lets go of Alt before clicking the toolbar or pressing a label key).
    static EXACT_RANGE: std::cell::Cell<Option<Span>> = const { std::cell::Cell::new(None) };
    /// The last answer, by raw range, exactness and text (its address): the label key asks again
    /// for the selection the toolbar was shown for, and word segmentation is the costly part.
    static LAST: std::cell::Cell<Option<Snapped>> = const { std::cell::Cell::new(None) };
}

/// The span a selection would become: snapped outward to whole words, unless Alt is held now (`alt`) or
/// was held when this same selection was read before; then the exact characters. Always trimmed.
pub fn selected_span(
    article: &Element,
    text: &Text,
    alt: bool,
) -> Option<(Span, web_sys::DomRect)> {
    let Some((raw, rect)) = raw_range(article) else {
        EXACT_RANGE.with(|r| r.set(None));
        return None;
    };
    let exact = alt || EXACT_RANGE.with(|r| r.get()) == Some(raw);
    EXACT_RANGE.with(|r| r.set(exact.then_some(raw)));
    let text_id = text.as_str().as_ptr() as usize;
    if let Some((r, e, t, span)) = LAST.with(|l| l.get()) {
        if (r, e, t) == (raw, exact, text_id) {
            return span.map(|s| (s, rect));
        }
    }
    let mut pieces = Vec::new();
    if !exact {
        let (first, last) = boundary_nodes();
        if let Some((t, s)) = block_at(article, raw.start(), text, first.as_ref()) {
            pieces.extend(crate::dom::words::pieces(&t, s));
        }
        if let Some((t, s)) = block_at(article, raw.end(), text, last.as_ref()) {
            if pieces.first().map(|p| p.span.start()) != Some(s) {
                pieces.extend(crate::dom::words::pieces(&t, s));
            }
        }
    }
    let span = selection_span(text, raw, &pieces, exact);
    LAST.with(|l| l.set(Some((raw, exact, text_id, span))));
    span.map(|s| (s, rect))
}

/// Removes the browser's selection (after it became a span).
pub fn clear() {
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = sel.remove_all_ranges();
    }
}
