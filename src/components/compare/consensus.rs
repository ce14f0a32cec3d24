//! Consensus: a slider for k (spans at least k of the n annotators marked), previewed live in the
//! article, and a button that makes it a new document to edit and download.

use yew::prelude::*;

use super::CompareRef;
use crate::dom::clock::{new_doc_id, now_iso};
use crate::effects::{commands, Ctx};
use crate::i18n::t;
use crate::state::comparison::CompareAction;
use crate::state::Action;

pub fn consensus_controls(ctx: &Ctx, compare: &CompareRef) -> Html {
    let c = compare.0.clone();
    let n = c.students().len();
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            if let Ok(k) = v.parse::<usize>() {
                ctx.send(Action::Compare(CompareAction::K(k)));
            }
        })
    };
    let make = {
        let (ctx, c) = (ctx.clone(), c.clone());
        Callback::from(move |_: MouseEvent| {
            commands::open_new(&ctx, c.consensus_document(&now_iso()), new_doc_id())
        })
    };
    if n == 0 {
        return html! { <p class="view-hint">{ t!("classroom-consensus-empty") }</p> };
    }
    html! {
        <div class="view-hint consensus-head">
            <label class="inline-field">
                { t!("classroom-consensus-at-least", k = c.k, count = n) }
                <input type="range" min="1" max={n.to_string()} value={c.k.to_string()} {oninput} aria-label={t!("classroom-consensus-slider")} />
            </label>
            <button class="primary" onclick={make}>{ t!("classroom-consensus-make") }</button>
        </div>
    }
}
