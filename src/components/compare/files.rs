//! The compare view's files: the picker (many at once), progress with Cancel while they are read,
//! each annotator's file with what could not be placed, and the files set aside.

use yew::prelude::*;

use super::CompareRef;
use crate::effects::{collect, Ctx};
use crate::i18n::t;
use crate::state::class_set::{keeping_phrase, Keeping};
use crate::state::comparison::CompareAction;
use crate::state::Action;

/// A plain function rather than a component: it has no state of its own (and each component costs
/// its own lifecycle code in the wasm).
pub fn files(ctx: &Ctx, compare: &CompareRef, keeping: &Keeping) -> Html {
    let c = compare.0.clone();
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(files) = input.files() {
                collect::add_files(&ctx, files);
            }
            input.set_value("");
        })
    };
    let cancel = Callback::from(|_: MouseEvent| collect::cancel());
    let remove =
        |i: usize| ctx.callback(move |_: MouseEvent| Action::Compare(CompareAction::Remove(i)));
    html! {
        <section class="compare-files" aria-label={t!("classroom-files")}>
            <h2>{ t!("classroom-files-heading", count = c.entries.len()) }</h2>
            if let Some(kept) = keeping_phrase(keeping) {
                <p class={classes!("kept", (!matches!(keeping, Keeping::Kept { .. })).then_some("warn"))} role="status">{ kept }</p>
            }
            <label class="file-button">
                { t!("classroom-add-files") }
                <input type="file" multiple=true accept=".json,application/json" {onchange} aria-label={t!("classroom-add-files.label")} />
            </label>
            <p class="hint">{ t!("classroom-drop-files", count = collect::MAX_FILES) }</p>
            if let Some((done, total)) = c.progress {
                <div class="progress" role="status">
                    <progress max={total.to_string()} value={done.to_string()}></progress>
                    { " " }{ t!("classroom-reading-files", done = done, count = total) }{ " " }
                    <button onclick={cancel}>{ t!("classroom-cancel") }</button>
                </div>
            }
            <ul class="entry-files">
                { for c.entries.iter().enumerate().map(|(i, e)| {
                    let is_key = c.key == Some(i);
                    html! {
                        <li key={e.name.clone()} class={classes!(is_key.then_some("is-key"))}>
                            <span class="who">{ e.name.clone() }</span>
                            if is_key { <span class="badge">{ t!("classroom-key-badge") }</span> }
                            <span class="meta">{ format!(" · {} · {}", t!("classroom-entry-spans", count = e.spans.len()), e.file) }</span>
                            if e.reanchored {
                                <span class="warn">{ if e.unplaced.is_empty() {
                                    format!(" · {}", t!("classroom-reanchored"))
                                } else {
                                    format!(" · {}", t!("classroom-reanchored-unplaced", count = e.unplaced.len()))
                                } }</span>
                            }
                            <button class="quiet small" onclick={remove(i)} aria-label={t!("classroom-remove-file", name = &e.name)}>{ "×" }</button>
                            if !e.unplaced.is_empty() {
                                <ul class="unplaced">
                                    { for e.unplaced.iter().map(|(label, quote)| html! { <li>{ t!("classroom-unplaced", label = label, quote = quote) }</li> }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ul>
            if !c.set_aside.is_empty() {
                <h3>{ t!("classroom-set-aside", count = c.set_aside.len()) }</h3>
                <ul class="set-aside">
                    { for c.set_aside.iter().map(|s| html! { <li><b>{ s.file.clone() }</b>{ t!("classroom-set-aside-why", why = &s.why) }</li> }) }
                </ul>
            }
        </section>
    }
}
