//! The library screen: documents saved in this browser, to reopen, compare students' files on, rename or delete.

use yew::prelude::*;

use crate::dom::clock::local_time;
use crate::effects::{commands, use_ctx};
use crate::state::class_set::{files_phrase, size_phrase};
use crate::state::ui::UiAction;
use crate::state::{Action, Screen};
use crate::storage::library::DocMeta;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub items: crate::state::Shared<Vec<DocMeta>>,
}

#[component]
pub fn Library(props: &LibraryProps) -> Html {
    let ctx = use_ctx();
    let new = ctx.callback(|_: MouseEvent| Action::Ui(UiAction::Show(Screen::Start)));
    html! {
        <main class="library">
            <header class="library-head">
                <h1>{ "Library" }</h1>
                <button class="primary" onclick={new}>{ "New article" }</button>
            </header>
            if props.items.is_empty() {
                <p class="empty">{ "No saved documents yet. Paste an article or open a file to begin." }</p>
            } else {
                <ul class="doc-list" aria-label="Saved documents">
                    { for props.items.iter().map(|m| html! { <LibraryItem key={m.id.clone()} meta={m.clone()} /> }) }
                </ul>
            }
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    meta: DocMeta,
}

/// Counts as "Claim 3 · Hedge 1" (labels with no spans left out; label names are the user's own, so
/// they are not pluralised), or "no annotations yet".
pub fn counts_line(meta: &DocMeta) -> String {
    let parts: Vec<String> = meta
        .counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| format!("{name} {n}"))
        .collect();
    if parts.is_empty() {
        "no annotations yet".into()
    } else {
        parts.join(" · ")
    }
}

#[component]
fn LibraryItem(props: &ItemProps) -> Html {
    let ctx = use_ctx();
    let renaming = use_state(|| None::<String>);
    let m = props.meta.clone();
    let open = {
        let (ctx, id) = (ctx.clone(), m.id.clone());
        Callback::from(move |_: MouseEvent| {
            let (ctx, id) = (ctx.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move { commands::open_saved(&ctx, &id).await });
        })
    };
    let compare = {
        let (ctx, id) = (ctx.clone(), m.id.clone());
        Callback::from(move |_: MouseEvent| {
            let (ctx, id) = (ctx.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(
                async move { commands::open_compare(&ctx, &id).await },
            );
        })
    };
    let remove_set = {
        let (ctx, id, title) = (ctx.clone(), m.id.clone(), m.title.clone());
        Callback::from(move |_: MouseEvent| crate::effects::class_sets::remove(&ctx, &id, &title))
    };
    let start_rename = {
        let (r, t) = (renaming.clone(), m.title.clone());
        Callback::from(move |_: MouseEvent| r.set(Some(t.clone())))
    };
    let delete = {
        let (ctx, m) = (ctx.clone(), m.clone());
        Callback::from(move |_: MouseEvent| commands::delete(&ctx, m.clone()))
    };
    let title = match (*renaming).clone() {
        Some(value) => {
            let oninput = {
                let r = renaming.clone();
                Callback::from(move |e: InputEvent| {
                    r.set(Some(
                        e.target_unchecked_into::<web_sys::HtmlInputElement>()
                            .value(),
                    ))
                })
            };
            let onsubmit = {
                let (ctx, m, r, v) = (ctx.clone(), m.clone(), renaming.clone(), value.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    commands::rename(&ctx, m.clone(), v.clone());
                    r.set(None);
                })
            };
            let cancel = {
                let r = renaming.clone();
                Callback::from(move |_: MouseEvent| r.set(None))
            };
            html! {
                <form class="rename" {onsubmit}>
                    <input type="text" aria-label="New title" {value} {oninput} />
                    <button type="submit">{ "Save" }</button>
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </form>
            }
        }
        None => html! { <h2 class="doc-title">{ m.title.clone() }</h2> },
    };
    html! {
        <li class="doc">
            { title }
            <p class="doc-meta">
                { format!("Saved {} · {} words · {}", local_time(&m.updated), m.words, counts_line(&m)) }
            </p>
            if let Some(set) = &m.class_set {
                <p class="doc-meta class-set">
                    { format!("Class set kept: {} · {} · changed {}", files_phrase(set.files), size_phrase(set.bytes as f64), local_time(&set.updated)) }
                </p>
            }
            <div class="row">
                <button class="primary" onclick={open} aria-label={format!("Open {}", m.title)}>{ "Open" }</button>
                if m.class_set.is_some() {
                    <button onclick={compare} aria-label={format!("Open the class set of {}", m.title)} title="The students' files collected for this article, as you left them">{ "Class set" }</button>
                    <button onclick={remove_set} aria-label={format!("Remove the class set of {}", m.title)} title="Forget the files collected for this article (you can undo it)">{ "Remove class set" }</button>
                } else {
                    <button onclick={compare} aria-label={format!("Compare files for {}", m.title)} title="Open students' files for this article and compare them">{ "Compare" }</button>
                }
                <button onclick={start_rename} aria-label={format!("Rename {}", m.title)}>{ "Rename" }</button>
                <button class="danger" onclick={delete} aria-label={format!("Delete {}", m.title)}>{ "Delete" }</button>
            </div>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(counts: &[(&str, usize)]) -> DocMeta {
        DocMeta {
            id: "d".into(),
            title: "T".into(),
            sha256: String::new(),
            created: String::new(),
            updated: String::new(),
            words: 10,
            counts: counts.iter().map(|(n, c)| (n.to_string(), *c)).collect(),
            class_set: None,
        }
    }

    #[test]
    fn counts_leave_out_unused_labels() {
        let m = meta(&[("Claim", 3), ("Source", 0), ("Hedge", 1)]);
        assert_eq!(counts_line(&m), "Claim 3 · Hedge 1");
        let empty = meta(&[("Claim", 0), ("Source", 0)]);
        assert_eq!(counts_line(&empty), "no annotations yet");
    }
}
