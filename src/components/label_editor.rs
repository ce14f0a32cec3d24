//! The label-set editor: each label's name, colour and key (with a contrast warning for colours hard
//! to see on the page), its place in the list, and delete (asking what becomes of its spans when it
//! is in use); add a label; save the set as a preset or switch to one. Every change is one undo step.

use close_reader_core::model::contrast::{check_label_color, Theme};
use close_reader_core::model::label::slot_at;
use close_reader_core::model::label::LabelSet;
use close_reader_core::model::label_set::SpansOfDeleted;
use close_reader_core::Label;
use yew::prelude::*;

use crate::effects::preferences;
use crate::effects::use_ctx;
use crate::i18n::{num, t};
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

/// What falls short when a label of colour `color` is drawn in `theme` (the core's
/// `label_warning`, in the interface's language), or `None` when it meets AA (4.5:1).
fn contrast_warning(color: &str, theme: Theme) -> Option<String> {
    let on_page = |shown: &str| {
        let page = theme.paper();
        let Some(check) = check_label_color(shown, page) else {
            return Some(t!("annotate-contrast-not-colour", color = shown));
        };
        if check.text_ok() {
            return None;
        }
        // Two decimals, rounded down, so a failing 4.497 never reads "4.50".
        let ratio = (check.ratio * 100.0).floor() / 100.0;
        Some(if check.underline_ok() {
            t!("annotate-contrast-text", page = page, ratio = ratio)
        } else {
            t!("annotate-contrast-both", page = page, ratio = ratio)
        })
    };
    match (theme, theme.shown(color)) {
        (Theme::Dark, Some(shown)) => {
            let warning = on_page(&shown)?;
            Some(t!(
                "annotate-contrast-dark",
                shown = shown,
                warning = warning
            ))
        }
        (_, Some(shown)) => on_page(&shown),
        (_, None) => on_page(color),
    }
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
        let warning = contrast_warning(&l.color, props.theme);
        let name = l.name.clone();
        html! {
            <li class={classes!("label-row", format!("l{}", slot_at(i)))} data-label={l.id.clone()}>
                <span class="swatch" aria-hidden="true"></span>
                <input class="name" type="text" value={l.name.clone()} aria-label={t!("annotate-label-name", name = &name)}
                    maxlength="40" onchange={update(|l, v| l.name = v.trim().to_string())} />
                <input class="color" type="color" value={l.color.clone()} aria-label={t!("annotate-label-colour", name = &name)}
                    onchange={update(|l, v| l.color = v)} />
                <input class="key" type="text" value={l.key.clone()} aria-label={t!("annotate-label-key", name = &name)}
                    maxlength="1" size="1" onchange={update(|l, v| l.key = v.trim().to_lowercase())} />
                <span class="count" title={t!("annotate-label-count")}>{ num(counts[i] as f64) }</span>
                <button class="quiet" disabled={i == 0} onclick={moved(i.saturating_sub(1))} aria-label={t!("annotate-label-up", name = &name)}>{ "↑" }</button>
                <button class="quiet" disabled={i + 1 == n} onclick={moved(i + 1)} aria-label={t!("annotate-label-down", name = &name)}>{ "↓" }</button>
                <button class="quiet danger" disabled={n == 1} onclick={delete} aria-label={t!("annotate-label-delete.aria-label", name = &name)}>{ t!("annotate-label-delete") }</button>
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
            <div class="delete-choice" role="group" aria-label={t!("annotate-delete-choice", label = &label.name)}>
                <p>{ t!("annotate-delete-in-use", count = counts[i], label = &label.name) }</p>
                <div class="row">
                    <button class="danger" onclick={go(SpansOfDeleted::Remove)}>{ t!("annotate-delete-spans") }</button>
                    <span>{ t!("annotate-relabel-as") }</span>
                    <select aria-label={t!("annotate-relabel-to")} onchange={pick}>
                        { for others.iter().map(|o| html! { <option value={o.id.clone()} selected={target == o.id}>{ o.name.clone() }</option> }) }
                    </select>
                    <button onclick={go(SpansOfDeleted::Relabel(target.clone()))}>{ t!("annotate-relabel-delete") }</button>
                    <button onclick={cancel}>{ t!("annotate-cancel") }</button>
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
                message.set(Some(t!("annotate-preset-unnamed")));
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
                    <h2 id="labels-title">{ t!("annotate-labels-title") }</h2>
                    <button class="quiet" onclick={close.clone()} aria-label={t!("annotate-labels-close")}>{ "✕" }</button>
                </div>
                <p class="hint">{ t!("annotate-labels-hint") }</p>
                if let Some(e) = props.error.clone() { <p class="error-text" role="alert">{ e }</p> }
                <ol class="label-rows">{ for rows }</ol>
                { for ask }
                <div class="row">
                    <button onclick={add}>{ t!("annotate-add-label") }</button>
                    <select aria-label={t!("annotate-switch-preset.aria-label")} onchange={apply_preset}>
                        <option value="" selected=true>{ t!("annotate-switch-preset") }</option>
                        <option value="default">{ t!("annotate-preset-default", name = LabelSet::default_set().name) }</option>
                        { for presets.iter().map(|p| html! { <option value={p.name.clone()}>{ p.name.clone() }</option> }) }
                    </select>
                </div>
                <form class="row preset" onsubmit={save_preset}>
                    <input type="text" aria-label={t!("annotate-preset-name")} placeholder={t!("annotate-preset-name")} value={(*preset_name).clone()}
                        oninput={{ let n = preset_name.clone(); Callback::from(move |e: InputEvent| n.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())) }} />
                    <button type="submit">{ t!("annotate-save-preset") }</button>
                </form>
                if let Some(m) = (*preset_message).clone() { <p class="hint" role="status">{ m }</p> }
                <label class="toggle single-keys">
                    <input type="checkbox" checked={*single_keys} onchange={{ let k = single_keys.clone(); Callback::from(move |e: Event| {
                        let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                        preferences::set_single_keys(on);
                        k.set(on);
                    }) }} />
                    { t!("annotate-single-keys") }
                </label>
                <p class="hint">{ t!("annotate-single-keys-off") }</p>
                <div class="row end"><button class="primary" onclick={close}>{ t!("annotate-done") }</button></div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::contrast_warning;
    use crate::i18n::{all_sources, install, Lang};
    use close_reader_core::model::contrast::{label_warning, Theme};

    #[test]
    fn the_contrast_warning_says_what_the_cores_does_in_each_language() {
        let colours = ["#000000", "#fde68a", "#94a3b8", "#2563eb", "#777777", "red"];
        install(Lang::En, None);
        for theme in [Theme::Light, Theme::Dark] {
            for c in colours {
                // The core writes two decimals; a message writes the number without a last 0.
                let core = label_warning(c, theme).map(|w| w.replace("0:1:", ":1:"));
                assert_eq!(contrast_warning(c, theme), core, "{c} {theme:?}");
            }
        }
        let sources = all_sources();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            install(lang, Some(&sources[&lang]));
            let dark = contrast_warning("#000000", Theme::Dark).expect("mid-grey on the dark page");
            assert!(
                dark.contains("#808080") && dark.contains("#1c1917"),
                "{lang:?}: {dark}"
            );
            assert!(
                !dark.contains('{') && !dark.contains("On a"),
                "{lang:?}: {dark}"
            );
            assert!(contrast_warning("red", Theme::Light).is_some_and(|w| w.contains("red")));
        }
        install(Lang::Fr, Some(&sources[&Lang::Fr]));
        let pale = contrast_warning("#fde68a", Theme::Light).unwrap();
        assert!(pale.contains(",") && pale.contains("\u{a0}:"), "{pale}");
        install(Lang::En, None);
    }
}
