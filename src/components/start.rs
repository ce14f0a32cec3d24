//! The start screen: paste an article (title, optional source URL), open the sample or a file.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::open_file::OpenFile;
use crate::dom::clock::{new_doc_id, now_iso};
use crate::effects::{commands, startup, use_ctx};
use crate::intake::new_document;
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::session::Session;
use crate::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub library_size: usize,
}

fn value_of(e: &InputEvent) -> String {
    let t = e.target().expect("target");
    match t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(a) => a.value(),
        None => t.unchecked_into::<web_sys::HtmlInputElement>().value(),
    }
}

#[component]
pub fn Start(props: &StartProps) -> Html {
    let ctx = use_ctx();
    let title = use_state(String::new);
    let url = use_state(String::new);
    let text = use_state(String::new);
    let bind = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |e: InputEvent| h.set(value_of(&e)))
    };
    // Only plain text comes in; a paste too large is refused before it reaches the field.
    let onpaste = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let e: web_sys::ClipboardEvent = e.unchecked_into();
            let plain = e
                .clipboard_data()
                .and_then(|d| d.get_data("text/plain").ok())
                .unwrap_or_default();
            let n = plain.chars().count();
            if n > MAX_TEXT_CHARS {
                e.prevent_default();
                ctx.send(Action::Notice(Some(Notice::error(too_long_message(n)))));
            }
        })
    };
    let onsubmit = {
        let (ctx, title, url, text) = (ctx.clone(), title.clone(), url.clone(), text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match new_document(&title, &url, &text) {
                Ok(doc) => {
                    let session = Session::open(new_doc_id(), doc, now_iso());
                    ctx.send(Action::Notice(None));
                    ctx.send(Action::Open {
                        session: Box::new(session),
                        saved: false,
                    });
                }
                Err(msg) => ctx.send(Action::Notice(Some(Notice::error(msg)))),
            }
        })
    };
    let sample = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let library = ctx.state().library.clone();
                startup::open_sample(&ctx, &library).await;
            });
        })
    };
    let library = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| commands::show_library(&ctx))
    };
    html! {
        <main class="start">
            <header class="start-head">
                <h1>{ "Close Reader" }</h1>
                <p class="tagline">{ "Mark the claims, sources and hedges in a news article. Everything stays in this browser until you download it." }</p>
            </header>
            <form class="start-form" {onsubmit}>
                <label class="field">
                    <span>{ "Title" }</span>
                    <input type="text" value={(*title).clone()} oninput={bind(&title)} placeholder="Headline of the article" />
                </label>
                <label class="field">
                    <span>{ "Source URL (optional)" }</span>
                    <input type="url" value={(*url).clone()} oninput={bind(&url)} placeholder="https://…" />
                </label>
                <label class="field grow">
                    <span>{ "Article text" }</span>
                    <textarea value={(*text).clone()} oninput={bind(&text)} {onpaste} rows="14"
                        placeholder="Paste the article here. Paragraphs, any script and any language are kept exactly." />
                </label>
                <div class="row">
                    <button type="submit" class="primary">{ "Start annotating" }</button>
                </div>
            </form>
            <section class="start-other" aria-label="Other ways to begin">
                <button onclick={sample}>{ "Try the sample article" }</button>
                <OpenFile />
                <button onclick={library}>{ format!("Library ({})", props.library_size) }</button>
            </section>
        </main>
    }
}
