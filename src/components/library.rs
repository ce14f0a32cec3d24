//! The library screen: documents saved in this browser, to reopen, compare students' files on, rename or delete.

use yew::prelude::*;

use crate::effects::{commands, use_ctx};
use crate::i18n::{num, t};
use crate::state::class_set::size_phrase;
use crate::state::ui::UiAction;
use crate::state::{Action, Screen};
use crate::storage::library::DocMeta;

/// A readable local date and time for an RFC 3339 timestamp, the interface language's way (the
/// timestamp as it is if it cannot be read; natively, its date and minutes).
pub fn local_time(iso: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
        if d.get_time().is_nan() {
            return iso.to_string();
        }
        String::from(
            d.to_locale_string(crate::i18n::lang().tag(), &wasm_bindgen::JsValue::UNDEFINED),
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        iso.replace('T', " ").chars().take(16).collect()
    }
}

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
                <h1>{ t!("library-title") }</h1>
                <button class="primary" onclick={new}>{ t!("library-new") }</button>
            </header>
            if props.items.is_empty() {
                <p class="empty">{ t!("library-empty") }</p>
            } else {
                <ul class="doc-list" aria-label={t!("library-list")}>
                    { for props.items.iter().map(|m| html! { <LibraryItem key={m.id.clone()} meta={m.clone()} /> }) }
                </ul>
            }
            <footer class="start-foot"><crate::components::language_menu::LanguageMenu /></footer>
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
        .map(|(name, n)| format!("{name} {}", num(*n as f64)))
        .collect();
    if parts.is_empty() {
        t!("library-no-annotations")
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
                    <input type="text" aria-label={t!("library-new-title")} {value} {oninput} />
                    <button type="submit">{ t!("library-save") }</button>
                    <button type="button" onclick={cancel}>{ t!("library-cancel") }</button>
                </form>
            }
        }
        None => html! { <h2 class="doc-title">{ m.title.clone() }</h2> },
    };
    html! {
        <li class="doc">
            { title }
            <p class="doc-meta">
                { t!("library-doc-meta", when = local_time(&m.updated), words = m.words, counts = counts_line(&m)) }
            </p>
            if let Some(set) = &m.class_set {
                <p class="doc-meta class-set">
                    { t!("library-class-set-kept", files = set.files, size = size_phrase(set.bytes as f64), when = local_time(&set.updated)) }
                </p>
            }
            <div class="row">
                <button class="primary" onclick={open} aria-label={t!("library-open.aria-label", title = &m.title)}>{ t!("library-open") }</button>
                if m.class_set.is_some() {
                    <button onclick={compare} aria-label={t!("library-class-set.aria-label", title = &m.title)} title={t!("library-class-set.title")}>{ t!("library-class-set") }</button>
                    <button onclick={remove_set} aria-label={t!("library-remove-class-set.aria-label", title = &m.title)} title={t!("library-remove-class-set.title")}>{ t!("library-remove-class-set") }</button>
                } else {
                    <button onclick={compare} aria-label={t!("library-compare.aria-label", title = &m.title)} title={t!("library-compare.title")}>{ t!("library-compare") }</button>
                }
                <button onclick={start_rename} aria-label={t!("library-rename.aria-label", title = &m.title)}>{ t!("library-rename") }</button>
                <button class="danger" onclick={delete} aria-label={t!("library-delete.aria-label", title = &m.title)}>{ t!("library-delete") }</button>
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
