//! The label-set editor: each label's name, colour and key (with a contrast warning for colours hard
//! to see on the page), its place in the list, and delete (asking what becomes of its spans when it
//! is in use); add a label; save the set as a preset or switch to one. Every change is one undo step.

use close_reader_core::model::contrast::{label_warning, Theme};
use close_reader_core::model::label::slot_at;
use close_reader_core::model::label::LabelSet;
use close_reader_core::model::label_set::SpansOfDeleted;
use close_reader_core::Label;
use yew::prelude::*;

use crate::effects::preferences;
use crate::effects::use_ctx;
use crate::session::SessionRef;
use crate::state::labels::LabelAction;
use crate::state::labels::LabelChange;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct LabelEditorProps {
    pub session: SessionRef,
    pub rev: u64,
    /// The last error message, shown in the dialog (the banner is behind it).
    pub error: Option<String>,
    /// The theme the page is drawn in: a colour's contrast is checked as it is seen there.
    pub theme: Theme,
}

fn value_of(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

#[component]
pub fn LabelEditor(props: &LabelEditorProps) -> Html {
    let ctx = use_ctx();
    let (labels, counts) = {
        let se = props.session.0.borrow();
        let counts: Vec<usize> = se.doc.counts().into_iter().map(|(_, n)| n).collect();
        (se.doc.labels.clone(), counts)
    };
    // The label whose deletion waits for a choice about its spans.
    let deleting = use_state_eq(|| None::<String>);
    let presets = use_state(preferences::presets);
    let preset_name = use_state(String::new);
    let preset_message = use_state(|| None::<String>);
    let relabel_to = use_state_eq(String::new);
    let single_keys = use_state_eq(preferences::single_keys);
    let n = labels.len();

    let rows = labels.iter().enumerate().map(|(i, l)| {
        let update = |f: fn(&mut Label, String)| {
            let (ctx, l) = (ctx.clone(), l.clone());
            Callback::from(move |e: Event| {
                let mut next = l.clone();
                f(&mut next, value_of(&e));
                ctx.send(Action::labels(LabelAction::Change(LabelChange::Update(next))));
            })
        };
        let moved = |to: usize| {
            let (ctx, id) = (ctx.clone(), l.id.clone());
            ctx.callback(move |_: MouseEvent| Action::labels(LabelAction::Change(LabelChange::Move { id: id.clone(), to })))
        };
        let delete = {
            let (ctx, id, used) = (ctx.clone(), l.id.clone(), counts[i] > 0);
            let deleting = deleting.clone();
            Callback::from(move |_: MouseEvent| {
                if used {
                    deleting.set(Some(id.clone()));
                } else {
                    ctx.send(Action::labels(LabelAction::Change(LabelChange::Delete { id: id.clone(), spans: SpansOfDeleted::Remove })));
                }
            })
        };
        // The page's paper colour (`--paper` in style.css): the theme the labels are read on.
        let warning = label_warning(&l.color, props.theme);
        let name = l.name.clone();
        html! {
            <li class={classes!("label-row", format!("l{}", slot_at(i)))} data-label={l.id.clone()}>
                <span class="swatch" aria-hidden="true"></span>
                <input class="name" type="text" value={l.name.clone()} aria-label={format!("Name of the label {name}")}
                    maxlength="40" onchange={update(|l, v| l.name = v.trim().to_string())} />
                <input class="color" type="color" value={l.color.clone()} aria-label={format!("Colour of {name}")}
                    onchange={update(|l, v| l.color = v)} />
                <input class="key" type="text" value={l.key.clone()} aria-label={format!("Key for {name}")}
                    maxlength="1" size="1" onchange={update(|l, v| l.key = v.trim().to_lowercase())} />
                <span class="count" title="Spans with this label">{ counts[i] }</span>
                <button class="quiet" disabled={i == 0} onclick={moved(i.saturating_sub(1))} aria-label={format!("Move {name} up")}>{ "↑" }</button>
                <button class="quiet" disabled={i + 1 == n} onclick={moved(i + 1)} aria-label={format!("Move {name} down")}>{ "↓" }</button>
                <button class="quiet danger" disabled={n == 1} onclick={delete} aria-label={format!("Delete the label {name}")}>{ "Delete" }</button>
                if let Some(w) = warning { <p class="contrast-warning" role="note">{ w }</p> }
            </li>
        }
    });

    // Deleting a label in use: remove its spans, or give them another label.
    let ask = (*deleting).clone().and_then(|id| {
        let i = labels.iter().position(|l| l.id == id)?;
        let label = labels[i].clone();
        let others: Vec<Label> = labels.iter().filter(|l| l.id != id).cloned().collect();
        let target = if others.iter().any(|o| o.id == *relabel_to) {
            (*relabel_to).clone()
        } else {
            others.first().map(|l| l.id.clone()).unwrap_or_default()
        };
        let go = |spans: SpansOfDeleted| {
            let (ctx, id, deleting) = (ctx.clone(), id.clone(), deleting.clone());
            Callback::from(move |_: MouseEvent| {
                deleting.set(None);
                ctx.send(Action::labels(LabelAction::Change(LabelChange::Delete { id: id.clone(), spans: spans.clone() })));
            })
        };
        let pick = {
            let relabel_to = relabel_to.clone();
            Callback::from(move |e: Event| relabel_to.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
        };
        let cancel = {
            let deleting = deleting.clone();
            Callback::from(move |_: MouseEvent| deleting.set(None))
        };
        Some(html! {
            <div class="delete-choice" role="group" aria-label={format!("Delete {}", label.name)}>
                <p>{ format!("{} span{} marked “{}”. What should become of {}?", counts[i], if counts[i] == 1 { " is" } else { "s are" }, label.name, if counts[i] == 1 { "it" } else { "them" }) }</p>
                <div class="row">
                    <button class="danger" onclick={go(SpansOfDeleted::Remove)}>{ "Delete the spans too" }</button>
                    <span>{ "or relabel them as" }</span>
                    <select aria-label="New label for the spans" onchange={pick}>
                        { for others.iter().map(|o| html! { <option value={o.id.clone()} selected={target == o.id}>{ o.name.clone() }</option> }) }
                    </select>
                    <button onclick={go(SpansOfDeleted::Relabel(target.clone()))}>{ "Relabel and delete" }</button>
                    <button onclick={cancel}>{ "Cancel" }</button>
                </div>
            </div>
        })
    });

    let save_preset = {
        let (labels, presets, name, message) = (
            labels.clone(),
            presets.clone(),
            preset_name.clone(),
            preset_message.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let set = LabelSet {
                name: name.trim().to_string(),
                labels: labels.clone(),
            };
            if set.name.is_empty() {
                message.set(Some("Give the preset a name first.".into()));
                return;
            }
            let (said, now) = preferences::save_preset(set);
            message.set(Some(said));
            presets.set(now);
        })
    };
    let apply_preset = {
        let ctx = ctx.clone();
        let presets = presets.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            let chosen = select.value();
            select.set_value("");
            let set = if chosen == "default" {
                Some(LabelSet::default_set())
            } else {
                presets.iter().find(|p| p.name == chosen).cloned()
            };
            if let Some(set) = set {
                ctx.send(Action::labels(LabelAction::Change(LabelChange::Apply(set))));
            }
        })
    };
    let close = ctx.callback(|_: MouseEvent| Action::labels(LabelAction::Show(false)));
    let add = ctx.callback(|_: MouseEvent| Action::labels(LabelAction::Change(LabelChange::Add)));
    html! {
        <div class="modal-backdrop">
            <div class="modal label-editor" role="dialog" aria-modal="true" aria-labelledby="labels-title">
                <div class="editor-head">
                    <h2 id="labels-title">{ "Labels" }</h2>
                    <button class="quiet" onclick={close.clone()} aria-label="Close the label editor">{ "✕" }</button>
                </div>
                <p class="hint">{ "Name, colour and key of each label. The key marks a selection; the list's order gives the number keys 1–9. Changes apply at once and Undo takes them back." }</p>
                if let Some(e) = props.error.clone() { <p class="error-text" role="alert">{ e }</p> }
                <ol class="label-rows">{ for rows }</ol>
                { for ask }
                <div class="row">
                    <button onclick={add}>{ "Add a label" }</button>
                    <select aria-label="Switch to a preset" onchange={apply_preset}>
                        <option value="" selected=true>{ "Switch to a preset…" }</option>
                        <option value="default">{ "Claim / Source / Hedge (default)" }</option>
                        { for presets.iter().map(|p| html! { <option value={p.name.clone()}>{ p.name.clone() }</option> }) }
                    </select>
                </div>
                <form class="row preset" onsubmit={save_preset}>
                    <input type="text" aria-label="Preset name" placeholder="Preset name" value={(*preset_name).clone()}
                        oninput={{ let n = preset_name.clone(); Callback::from(move |e: InputEvent| n.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())) }} />
                    <button type="submit">{ "Save as preset" }</button>
                </form>
                if let Some(m) = (*preset_message).clone() { <p class="hint" role="status">{ m }</p> }
                <label class="toggle single-keys">
                    <input type="checkbox" checked={*single_keys} onchange={{ let k = single_keys.clone(); Callback::from(move |e: Event| {
                        let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                        preferences::set_single_keys(on);
                        k.set(on);
                    }) }} />
                    { "Single-key shortcuts (label keys, 1–9, l, n, p, a, x, /)" }
                </label>
                <p class="hint">{ "Off: letters, digits and / do nothing, so speech input cannot fire them; Ctrl+Z, Delete, Escape, the arrow keys and the buttons still work. Kept in this browser." }</p>
                <div class="row end"><button class="primary" onclick={close}>{ "Done" }</button></div>
            </div>
        </div>
    }
}
