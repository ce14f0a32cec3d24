//! The selected span's editor: its label, a multi-line note, and delete. Note typing is saved as
//! you type and undoes as one step per visit to the field.

use close_reader_core::model::names::ellipsize;
use close_reader_core::{Annotation, Label};
use yew::prelude::*;

use crate::effects::use_ctx;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SpanEditorProps {
    pub annotation: Annotation,
    pub quote: String,
    pub labels: Vec<Label>,
}

#[component]
pub fn SpanEditor(props: &SpanEditorProps) -> Html {
    let ctx = use_ctx();
    let a = &props.annotation;
    let id = a.id.clone();
    let onchange = {
        let id = id.clone();
        ctx.callback(move |e: Event| Action::Relabel {
            id: id.clone(),
            label: e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        })
    };
    let oninput = {
        let id = id.clone();
        ctx.callback(move |e: InputEvent| Action::SetNote {
            id: id.clone(),
            text: e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value(),
        })
    };
    let onblur = ctx.callback(|_: FocusEvent| Action::SealNote);
    let delete = {
        let id = id.clone();
        ctx.callback(move |_: MouseEvent| Action::Delete(id.clone()))
    };
    let close = ctx.callback(|_: MouseEvent| Action::Select(None));
    html! {
        <section class="span-editor" aria-label="Selected span">
            <div class="editor-head">
                <h2>{ "Selected span" }</h2>
                <button class="quiet" onclick={close} aria-label="Close the span editor">{ "✕" }</button>
            </div>
            <blockquote dir="auto">{ ellipsize(&props.quote, 300) }</blockquote>
            <label class="field">
                <span>{ "Label" }</span>
                <select {onchange}>
                    { for props.labels.iter().map(|l| html! {
                        <option value={l.id.clone()} selected={l.id == a.label}>{ format!("{} ({})", l.name, l.key) }</option>
                    }) }
                </select>
            </label>
            <label class="field">
                <span>{ "Note" }</span>
                <textarea key={id.clone()} value={a.note.clone()} {oninput} {onblur} rows="4" dir="auto"
                    placeholder="Why is this a claim, source or hedge? What would you check?" />
            </label>
            <div class="row">
                <button class="danger" onclick={delete} title="Delete (Delete or Backspace)">{ "Delete span" }</button>
            </div>
        </section>
    }
}
