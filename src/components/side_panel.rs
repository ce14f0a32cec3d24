//! The side panel: counts per label (which double as filters), the selected span's editor, and
//! every annotation in text order; clicking an entry scrolls to and flashes its highlight.

use std::collections::BTreeSet;
use std::rc::Rc;

use close_reader_core::model::names::ellipsize;
use yew::prelude::*;

use crate::components::span_editor::SpanEditor;
use crate::effects::use_ctx;
use crate::session::SessionRef;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    pub session: SessionRef,
    pub rev: u64,
    pub selected: Option<AttrValue>,
    pub hidden: Rc<BTreeSet<String>>,
}

#[component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let ctx = use_ctx();
    let se = props.session.0.borrow();
    let doc = &se.doc;
    let slot = |label: &str| doc.labels.iter().position(|l| l.id == label).unwrap_or(0) % 8;
    let chips = doc.counts().into_iter().map(|(l, n)| {
        let shown = !props.hidden.contains(&l.id);
        let id = l.id.clone();
        html! {
            <button class={classes!("chip", format!("l{}", slot(&l.id)))} aria-pressed={shown.to_string()}
                title={if shown { format!("Hide {} from the list", l.name) } else { format!("Show {} in the list", l.name) }}
                onclick={ctx.callback(move |_: MouseEvent| Action::ToggleHidden(id.clone()))}>
                <span class="swatch" aria-hidden="true"></span>{ l.name.clone() }<span class="count">{ n }</span>
            </button>
        }
    });
    let editor = props.selected.as_ref().and_then(|id| doc.annotation(id)).map(|a| {
        html! { <SpanEditor annotation={a.clone()} quote={doc.quote(a).to_string()} labels={doc.labels.clone()} /> }
    });
    let visible: Vec<_> = doc
        .annotations()
        .iter()
        .filter(|a| !props.hidden.contains(&a.label))
        .collect();
    let entries = visible.iter().map(|a| {
        let id = a.id.clone();
        let onclick = {
            let ctx = ctx.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| {
                ctx.send(Action::Focus(id.clone()));
                crate::dom::scroll::to_annotation(&id);
            })
        };
        let name = doc.label(&a.label).map_or(a.label.clone(), |l| l.name.clone());
        let current = props.selected.as_deref() == Some(a.id.as_str());
        html! {
            <li key={a.id.clone()} class={classes!("entry", current.then_some("current"))}>
                <button {onclick} aria-current={current.then_some("true")} data-entry={a.id.clone()}>
                    <span class={classes!("badge", format!("l{}", slot(&a.label)))}>{ name }</span>
                    <span class="quote">{ ellipsize(doc.quote(a), 140) }</span>
                    if !a.note.is_empty() { <span class="note-preview">{ ellipsize(&a.note, 100) }</span> }
                </button>
            </li>
        }
    });
    html! {
        <aside class="side-panel" aria-label="Annotations">
            { for editor }
            <h2>{ format!("Annotations ({})", doc.annotations().len()) }</h2>
            <div class="chips" role="group" aria-label="Show labels">{ for chips }</div>
            if doc.annotations().is_empty() {
                <p class="hint">{ "Select words in the article, then press C, S or H (or use the buttons that appear) to mark a claim, source or hedge. Hold Alt to select exactly, without snapping to whole words." }</p>
            } else if visible.is_empty() {
                <p class="hint">{ "All labels are hidden from the list." }</p>
            }
            <ol class="ann-list">{ for entries }</ol>
        </aside>
    }
}
