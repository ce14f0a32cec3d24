//! The selected span's editor: its label, a multi-line note, and delete. Note typing is saved as
//! you type and undoes as one step per visit to the field. Below them, the span's links (sources,
//! hedges, claims) with a button to link it to another highlight, and the teacher's comments on
//! the span (from a feedback file) with a reply box.

use close_reader_core::model::label::slot;
use close_reader_core::model::names::ellipsize;
use close_reader_core::{Annotation, Label};
use yew::prelude::*;

use crate::components::threads::ThreadItem;
use crate::effects::use_ctx;
use crate::i18n::t;
use crate::state::links::LinkRow;
use crate::state::thread_view::ThreadView;
use crate::state::Action;
use crate::state::{edit::EditAction, links::LinkAction, ui::UiAction};

#[derive(Properties, PartialEq)]
pub struct SpanEditorProps {
    pub annotation: Annotation,
    pub quote: String,
    pub labels: Vec<Label>,
    pub links: Vec<LinkRow>,
    /// A link is being made from this span.
    pub linking: bool,
    /// The conversations on this span.
    #[prop_or_default]
    pub threads: Vec<ThreadView>,
}

#[component]
pub fn SpanEditor(props: &SpanEditorProps) -> Html {
    let ctx = use_ctx();
    let a = &props.annotation;
    let id = a.id.clone();
    let onchange = {
        let id = id.clone();
        ctx.callback(move |e: Event| {
            Action::edit(EditAction::Relabel {
                id: id.clone(),
                label: e
                    .target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            })
        })
    };
    let oninput = {
        let id = id.clone();
        ctx.callback(move |e: InputEvent| {
            Action::edit(EditAction::SetNote {
                id: id.clone(),
                text: e
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            })
        })
    };
    let onblur = ctx.callback(|_: FocusEvent| Action::edit(EditAction::SealNote));
    let delete = {
        let id = id.clone();
        ctx.callback(move |_: MouseEvent| Action::edit(EditAction::Delete(id.clone())))
    };
    let close = ctx.callback(|_: MouseEvent| Action::Ui(UiAction::Select(None)));
    let slot = |label: &str| slot(&props.labels, label);
    let on_reply = ctx.callback(|(thread, text): (String, String)| {
        Action::edit(EditAction::Reply { thread, text })
    });
    let threads = props.threads.iter().map(|t| {
        html! { <ThreadItem key={t.id.clone()} thread={t.clone()} on_reply={on_reply.clone()} can_reply={true} with_place={false} /> }
    });
    let link_rows = props.links.iter().map(|r| {
        let unlink = {
            let id = r.link.clone();
            ctx.callback(move |_: MouseEvent| Action::Link(LinkAction::Remove(id.clone())))
        };
        let quote = t!("panel-quoted", quote = ellipsize(&r.quote, 80));
        let far = match (&r.other, &r.elsewhere) {
            (Some(other), _) => {
                let other = other.clone();
                let go = ctx.callback(move |_: MouseEvent| Action::Ui(UiAction::Focus(other.clone())));
                html! { <button class={classes!("linked", format!("l{}", slot(&r.label)))} onclick={go} dir="auto">{ quote.clone() }</button> }
            }
            (None, Some(title)) => html! { <span class="linked elsewhere" dir="auto">{ t!("panel-link-elsewhere", quote = &quote, title = ellipsize(title, 40)) }</span> },
            (None, None) => html! { <span class="linked missing">{ quote.clone() }</span> },
        };
        html! {
            <li data-link={r.link.clone()}>
                <span class="relation">{ r.relation }</span>
                { far }
                <button class="quiet" aria-label={t!("panel-unlink", relation = r.relation.to_lowercase(), quote = &quote)}
                    title={t!("panel-unlink.title")} onclick={unlink}>{ "✕" }</button>
            </li>
        }
    });
    let link_button = if props.linking {
        html! { <button onclick={ctx.callback(|_: MouseEvent| Action::Link(LinkAction::Cancel))} title={t!("panel-cancel-link.title")}>{ t!("panel-cancel-link") }</button> }
    } else {
        html! { <button onclick={ctx.callback(|_: MouseEvent| Action::Link(LinkAction::Start))} title={t!("panel-link.title")}>{ t!("panel-link") }</button> }
    };
    html! {
        <section class="span-editor" aria-label={t!("panel-selected-span")}>
            <div class="editor-head">
                <h2>{ t!("panel-selected-span") }</h2>
                <button class="quiet" onclick={close} aria-label={t!("panel-close-editor")}>{ "✕" }</button>
            </div>
            <blockquote dir="auto">{ ellipsize(&props.quote, 300) }</blockquote>
            <label class="field">
                <span>{ t!("panel-field-label") }</span>
                <select {onchange}>
                    { for props.labels.iter().map(|l| html! {
                        <option value={l.id.clone()} selected={l.id == a.label}>{ t!("panel-label-option", label = &l.name, key = &l.key) }</option>
                    }) }
                </select>
            </label>
            <label class="field">
                <span>{ t!("panel-field-note") }</span>
                <textarea key={id.clone()} value={a.note.clone()} {oninput} {onblur} rows="4" dir="auto"
                    placeholder={t!("panel-field-note.placeholder")} />
            </label>
            <section class="links" aria-label={t!("panel-links")}>
                <h3>{ t!("panel-links") }</h3>
                if props.links.is_empty() {
                    <p class="hint">{ t!("panel-no-links") }</p>
                } else {
                    <ul>{ for link_rows }</ul>
                }
            </section>
            if !props.threads.is_empty() {
                <section class="span-threads" aria-label={t!("panel-span-comments")}>
                    <h3>{ t!("panel-comments") }</h3>
                    { for threads }
                </section>
            }
            <div class="row">
                { link_button }
                <button class="danger" onclick={delete} title={t!("panel-delete-span.title")}>{ t!("panel-delete-span") }</button>
            </div>
        </section>
    }
}
