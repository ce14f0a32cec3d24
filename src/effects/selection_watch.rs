//! Watches the browser selection (mouse, touch or keyboard) and shows the label toolbar for it,
//! once the selection has been still for a moment.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;

use super::keyboard::{alt_held, article, set_alt};
use super::Ctx;
use crate::dom::selection;
use crate::state::ui::UiAction;
use crate::state::{Action, Pending};

const SETTLE_MS: u32 = 120;

fn update(ctx: &Ctx) {
    let state = ctx.state();
    let Some(session) = state.session.clone() else {
        return;
    };
    let found = article()
        .and_then(|a| selection::selected_span(&a, &session.borrow().doc.text, alt_held()));
    let (sx, sy) = web_sys::window().map_or((0.0, 0.0), |w| {
        (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))
    });
    let pending = found.map(|(span, rect)| Pending {
        span,
        x: rect.left() + sx,
        y: rect.bottom() + sy,
    });
    ctx.send(Action::Ui(UiAction::Pending(pending)));
}

pub fn install(ctx: Ctx) -> Vec<EventListener> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let c = ctx.clone();
    let change = EventListener::new(&doc, "selectionchange", move |_| {
        let c = c.clone();
        *timer.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || update(&c)));
    });
    let mouseup = EventListener::new(&doc, "mouseup", move |e| {
        let e: &web_sys::MouseEvent = e.unchecked_ref();
        set_alt(e.alt_key());
        update(&ctx);
    });
    vec![change, mouseup]
}
