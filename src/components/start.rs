//! The start screen: paste an article (title, optional source URL), open the sample or a file.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::open_file::OpenFile;
use crate::dom::clock::{new_doc_id, now_iso};
use crate::effects::{commands, startup, use_ctx};
use crate::intake::new_document;
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::session::Session;
use crate::state::{document::DocAction, ui::UiAction};
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

/// The article to keep: the raw paste when the field still holds exactly it (line ends aside).
pub fn article_text(field: &str, raw: Option<&str>) -> String {
    match raw {
        Some(r) if r.replace("\r\n", "\n").replace('\r', "\n") == field => r.to_string(),
        _ => field.to_string(),
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
    // The pasted text exactly as on the clipboard, when it is the whole article: a textarea turns
    // CRLF into LF, and the file must keep the article's own line ends.
    let raw = use_state(|| None::<String>);
    // Only plain text comes in (never the clipboard's HTML); a paste too large is refused.
    let onpaste = {
        let (ctx, text, raw) = (ctx.clone(), text.clone(), raw.clone());
        Callback::from(move |e: Event| {
            let e: web_sys::ClipboardEvent = e.unchecked_into();
            let Some(plain) = e
                .clipboard_data()
                .and_then(|d| d.get_data("text/plain").ok())
            else {
                return;
            };
            e.prevent_default();
            let n = plain.chars().count();
            if n > MAX_TEXT_CHARS {
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(
                    too_long_message(n),
                )))));
                return;
            }
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let whole = area.value().is_empty();
            let _ = area.set_range_text_with_start_and_end_and_mode(
                &plain,
                area.selection_start().ok().flatten().unwrap_or(0),
                area.selection_end().ok().flatten().unwrap_or(0),
                "end",
            );
            raw.set(whole.then_some(plain));
            text.set(area.value());
        })
    };
    let onsubmit = {
        let (ctx, title, url, text, raw) = (
            ctx.clone(),
            title.clone(),
            url.clone(),
            text.clone(),
            raw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match new_document(&title, &url, &article_text(&text, raw.as_deref())) {
                Ok(doc) => {
                    let session = Session::open(new_doc_id(), doc, now_iso());
                    ctx.send(Action::Ui(UiAction::Notice(None)));
                    ctx.send(Action::Doc(DocAction::Open {
                        session: Box::new(session),
                        saved: false,
                    }));
                }
                Err(msg) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(msg))))),
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
            <section class="start-other" aria-label="Other ways to begin">
                <button onclick={sample}>{ "Try the sample article" }</button>
                <OpenFile />
                <button onclick={library}>{ format!("Library ({})", props.library_size) }</button>
            </section>
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
                    <textarea value={(*text).clone()} oninput={bind(&text)} {onpaste} rows="10"
                        placeholder="Paste the article here. Paragraphs, any script and any language are kept exactly." />
                </label>
                <div class="row">
                    <button type="submit" class="primary">{ "Start annotating" }</button>
                </div>
            </form>

        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::article_text;

    #[test]
    fn keeps_the_pasted_line_ends_unless_the_text_was_edited() {
        assert_eq!(article_text("a\nb", Some("a\r\nb")), "a\r\nb");
        assert_eq!(article_text("a\nb!", Some("a\r\nb")), "a\nb!");
        assert_eq!(article_text("a\nb", None), "a\nb");
    }
}
