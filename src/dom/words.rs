//! Word boundaries from the browser's `Intl.Segmenter`, which also segments scripts written
//! without spaces (Chinese, Japanese, Thai). Falls back to the core's simple segmentation.

use close_reader_core::model::snap::{simple_pieces, WordPiece};
use close_reader_core::Span;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Word pieces of `text`, a block that starts at code point `offset` of the document.
pub fn pieces(text: &str, offset: usize) -> Vec<WordPiece> {
    segmenter_pieces(text, offset).unwrap_or_else(|| simple_pieces(text, offset))
}

fn segmenter_pieces(text: &str, offset: usize) -> Option<Vec<WordPiece>> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: js_sys::Function = Reflect::get(&intl, &"Segmenter".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let opts = Object::new();
    Reflect::set(&opts, &"granularity".into(), &"word".into()).ok()?;
    let seg = Reflect::construct(&ctor, &js_sys::Array::of2(&JsValue::UNDEFINED, &opts)).ok()?;
    let segment: js_sys::Function = Reflect::get(&seg, &"segment".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let segments = segment.call1(&seg, &JsValue::from_str(text)).ok()?;
    let mut out = Vec::new();
    // Segments tile the text in order, so each starts where the one before ended: counting on
    // keeps a long paragraph linear (converting each UTF-16 index from the start was quadratic,
    // and a one-megabyte line hung the page).
    let mut start = 0;
    for item in js_sys::try_iter(&segments).ok()??.flatten() {
        let piece = Reflect::get(&item, &"segment".into()).ok()?.as_string()?;
        let is_word = Reflect::get(&item, &"isWordLike".into())
            .ok()?
            .as_bool()
            .unwrap_or(false);
        let len = piece.chars().count();
        out.push(WordPiece {
            span: Span::new(offset + start, offset + start + len)?,
            is_word,
        });
        start += len;
    }
    Some(out)
}
