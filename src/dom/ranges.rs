//! From document offsets back to the page: a DOM `Range` over a span of the article, painted with the
//! CSS Custom Highlight API (no change to the article's DOM), and scrolled into view.

use close_reader_core::model::text::{cp_len, cp_to_utf16};
use close_reader_core::{Block, Span};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Range};

/// The text node and UTF-16 offset of document offset `pos` inside the paragraph `block` (rendered
/// with `data-start`); `end` prefers the segment that ends at `pos` over the one starting there.
fn boundary(
    article: &Element,
    block: &Block,
    pos: usize,
    end: bool,
) -> Option<(web_sys::Node, u32)> {
    let p = article
        .query_selector(&format!("p[data-start=\"{}\"]", block.span.start()))
        .ok()??;
    let children = p.children();
    for i in 0..children.length() {
        let seg = children.item(i)?;
        let start: usize = seg.get_attribute("data-s")?.parse().ok()?;
        let text = seg.text_content().unwrap_or_default();
        let stop = start + cp_len(&text);
        let inside = if end {
            start < pos && pos <= stop
        } else {
            start <= pos && pos < stop
        };
        if inside {
            let node = seg.first_child()?;
            return Some((node, cp_to_utf16(&text, pos - start) as u32));
        }
    }
    None
}

/// A DOM range over `span` of the article, if its paragraphs are in the page.
pub fn range_of(article: &Element, blocks: &[Block], span: Span) -> Option<Range> {
    let find = |pos: usize| blocks.get(blocks.partition_point(|b| b.span.end() < pos));
    let (start_block, end_block) = (find(span.start())?, find(span.end())?);
    let (sn, so) = boundary(article, start_block, span.start(), false)?;
    let (en, eo) = boundary(article, end_block, span.end(), true)?;
    let range = web_sys::window()?.document()?.create_range().ok()?;
    range.set_start(&sn, so).ok()?;
    range.set_end(&en, eo).ok()?;
    Some(range)
}

/// Paints `ranges` as the highlight `name` (styled by `::highlight(name)` in style.css), replacing what
/// it painted before; an empty list clears it. Browsers without the API paint nothing.
pub fn paint(name: &str, ranges: &[Range]) {
    let Some(registry) = highlights() else {
        return;
    };
    if ranges.is_empty() {
        let _ = call(&registry, "delete", &[name.into()]);
        return;
    }
    let global = js_sys::global();
    let Ok(ctor) = js_sys::Reflect::get(&global, &"Highlight".into()) else {
        return;
    };
    let Some(ctor) = ctor.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let args = js_sys::Array::new();
    for r in ranges {
        args.push(r);
    }
    if let Ok(h) = js_sys::Reflect::construct(ctor, &args) {
        let _ = call(&registry, "set", &[name.into(), h]);
    }
}

fn highlights() -> Option<JsValue> {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let h = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    (!h.is_undefined()).then_some(h)
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &method.into())?.dyn_into()?;
    let list = js_sys::Array::new();
    for a in args {
        list.push(a);
    }
    f.apply(target, &list)
}

/// Scrolls the window so that `range` is in the middle of the viewport.
pub fn scroll_to(range: &Range) {
    let Some(w) = web_sys::window() else { return };
    let rect = range.get_bounding_client_rect();
    let vh = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    w.scroll_by_with_x_and_y(0.0, rect.top() - vh / 2.0);
}
