//! The small toolbar that appears beside a text selection, with one button per label.

use close_reader_core::model::label::slot_at;
use close_reader_core::Label;
use yew::prelude::*;

use crate::dom::selection;
use crate::effects::use_ctx;
use crate::i18n::t;
use crate::state::edit::EditAction;
use crate::state::{Action, Pending};

#[derive(Properties, PartialEq)]
pub struct LabelToolbarProps {
    pub pending: Pending,
    pub labels: Vec<Label>,
}

const WIDTH: f64 = 280.0;

#[component]
pub fn LabelToolbar(props: &LabelToolbarProps) -> Html {
    let ctx = use_ctx();
    let node = use_node_ref();
    {
        // Placed through the CSSOM: the Content-Security-Policy forbids inline style attributes.
        let (node, p) = (node.clone(), props.pending.clone());
        use_effect_with(p, move |p| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let max_x = web_sys::window()
                    .and_then(|w| w.inner_width().ok()?.as_f64())
                    .map_or(p.x, |w| w - WIDTH - 8.0);
                let style = el.style();
                let _ = style.set_property("left", &format!("{}px", p.x.min(max_x).max(8.0)));
                let _ = style.set_property("top", &format!("{}px", p.y + 6.0));
            }
        });
    }
    // Keep the text selection when the mouse goes down on the toolbar.
    let keep = Callback::from(|e: MouseEvent| e.prevent_default());
    html! {
        <div ref={node} class="label-toolbar" role="toolbar" aria-label={t!("annotate-toolbar")} onmousedown={keep}>
            { for props.labels.iter().enumerate().map(|(i, l)| {
                let id = l.id.clone();
                let onclick = {
                    let ctx = ctx.clone();
                    Callback::from(move |_: MouseEvent| {
                        selection::clear();
                        ctx.send(Action::edit(EditAction::LabelPending(id.clone())));
                    })
                };
                html! {
                    <button class={classes!("label-button", format!("l{}", slot_at(i)))} {onclick}
                        title={t!("annotate-label-button", name = &l.name, key = &l.key, number = (i + 1).to_string())}>
                        { l.name.clone() }
                    </button>
                }
            }) }
        </div>
    }
}
