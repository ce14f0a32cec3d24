//! The article's list of groups as laid out in the page: what stretch of it the viewport shows,
//! the heights of its children, and the heights of the gaps standing for groups left out.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::layout::{numbered, Item};

fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok()?.as_f64())
        .unwrap_or(800.0)
}

/// The stretch of `list` in the viewport, in `list`'s own coordinates (from its top): where the
/// viewport starts and ends, and its height.
pub fn viewport_in(list: &Element) -> (f64, f64, f64) {
    let from = -list.get_bounding_client_rect().top();
    let height = viewport_height();
    (from, from + height, height)
}

/// The child of `list` at `index`.
fn child(list: &Element, index: usize) -> Option<HtmlElement> {
    list.children().item(index as u32)?.dyn_into().ok()
}

/// The heights of `list`'s children at these indices (one layout for all of them).
pub fn heights(list: &Element, indices: &[usize]) -> Vec<f64> {
    indices
        .iter()
        .map(|&i| child(list, i).map_or(0.0, |c| c.get_bounding_client_rect().height()))
        .collect()
}

/// Gives the gaps among `items` their heights: the `n`-th gap has the class `gap-n` (style.css),
/// whose height is the list's custom property `--gap-n`, set here through the CSSOM (the CSP
/// allows no inline style). Set on the list, which stays, so a gap about to be put in the page has
/// its height from the start.
pub fn set_gaps(list: &Element, items: &[Item]) {
    let Ok(list) = list.clone().dyn_into::<HtmlElement>() else {
        return;
    };
    for (item, n) in numbered(items) {
        if let Item::Gap(_, px) = item {
            let _ = list
                .style()
                .set_property(&format!("--gap-{n}"), &format!("{px:.0}px"));
        }
    }
}
