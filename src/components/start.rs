//! The start screen: paste an article (title, optional source URL), open the sample or a file.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use close_reader_core::import::reflow::{looks_hard_wrapped, reflow};

use crate::components::arrival::{kept, ShapePreview};
use crate::components::language_menu::LanguageMenu;
use crate::components::open_file::OpenFile;
use crate::dom::clock::{new_doc_id, now_iso};
use crate::effects::{commands, startup, use_ctx};
use crate::i18n::t;
use crate::intake::new_document;
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::session::Session;
use crate::state::{document::DocAction, ui::UiAction};
use crate::state::{Action, Arrival, Notice, Shared};

/// A web page's paste read with its shape: kept while the field still holds the text pasted.
#[derive(Clone, PartialEq)]
struct Shaped {
    arrival: Shared<Arrival>,
    doc: Shared<close_reader_core::Document>,
    /// The field's value right after the paste.
    field: String,
}

/// True when the page's text read from the clipboard's HTML is the text pasted as plain text, but
/// for spacing (and up to a tenth more or less, for list markers and image captions): only then is
/// the HTML the same article and its shape worth keeping.
pub fn same_words(shaped: &str, plain: &str) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (a, b) = (squeeze(shaped), squeeze(plain));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.is_empty() && short.len() * 10 >= long.len() * 9 && {
        // Most of the shorter text's characters appear in the longer, in order.
        let mut rest = long.chars();
        let found = short.chars().filter(|c| rest.any(|d| d == *c)).count();
        found * 10 >= short.chars().count() * 9
    }
}

/// True when the clipboard's HTML has anything of a shape to keep (not a bare run of text).
fn has_shape(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    [
        "<h1",
        "<h2",
        "<h3",
        "<h4",
        "<li",
        "<blockquote",
        "<strong",
        "<b>",
        "<b ",
        "<em",
        "<i>",
        "<a ",
        "<br",
        "<p",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

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
    // A web page's paste, read with its shape by the import worker (the field keeps its plain text).
    let shaped = use_state(|| None::<Shaped>);
    let plain_only = use_state(|| false);
    // Text pasted from a PDF viewer as it was, before its lines were joined back into paragraphs.
    let unflowed = use_state(|| None::<(String, usize)>);
    // The field takes the plain text; the clipboard's HTML goes to the import worker, never into
    // the page. A paste too large is refused.
    let onpaste = {
        let (ctx, text, raw) = (ctx.clone(), text.clone(), raw.clone());
        let (shaped, unflowed, title) = (shaped.clone(), unflowed.clone(), title.clone());
        Callback::from(move |e: Event| {
            let e: web_sys::ClipboardEvent = e.unchecked_into();
            let data = e.clipboard_data();
            let Some(mut plain) = data.as_ref().and_then(|d| d.get_data("text/plain").ok()) else {
                return;
            };
            let html = data
                .as_ref()
                .and_then(|d| d.get_data("text/html").ok())
                .filter(|h| has_shape(h));
            e.prevent_default();
            shaped.set(None);
            unflowed.set(None);
            let n = plain.chars().count();
            if n > MAX_TEXT_CHARS {
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(
                    too_long_message(n),
                )))));
                return;
            }
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let whole = area.value().is_empty();
            if whole && html.is_none() && looks_hard_wrapped(&plain) {
                let r = reflow(&plain);
                unflowed.set(Some((plain.clone(), r.joined_lines)));
                plain = r.text;
            }
            let _ = area.set_range_text_with_start_and_end_and_mode(
                &plain,
                area.selection_start().ok().flatten().unwrap_or(0),
                area.selection_end().ok().flatten().unwrap_or(0),
                "end",
            );
            raw.set(whole.then_some(plain));
            text.set(area.value());
            if let (true, Some(html)) = (whole, html) {
                let (ctx, shaped, field, title) =
                    (ctx.clone(), shaped.clone(), area.value(), title.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::effects::arrival::from_paste(html).await {
                        Ok(a)
                            if !a.doc.shape.is_empty()
                                && same_words(a.doc.text.as_str(), &field) =>
                        {
                            if title.is_empty() && !a.doc.title.is_empty() {
                                title.set(a.doc.title.clone());
                            }
                            let doc = Shared::new(a.doc.clone());
                            shaped.set(Some(Shaped {
                                arrival: Shared::new(a),
                                doc,
                                field,
                            }));
                        }
                        Ok(_) => {}
                        Err(why) if why == crate::io::worker::CANCELLED => {}
                        Err(why) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
                            "start-shape-lost",
                            why = why
                        )))))),
                    }
                });
            }
        })
    };
    let undo_reflow = {
        let (text, raw, unflowed) = (text.clone(), raw.clone(), unflowed.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((original, _)) = (*unflowed).clone() {
                text.set(original.replace("\r\n", "\n").replace('\r', "\n"));
                raw.set(Some(original));
                unflowed.set(None);
            }
        })
    };
    let on_plain_only = {
        let plain_only = plain_only.clone();
        Callback::from(move |e: Event| {
            plain_only.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    // The shaped paste counts while the field still holds what was pasted.
    let live_shape = shaped.as_ref().filter(|s| s.field == *text).cloned();
    let onsubmit = {
        let (ctx, title, url, text, raw) = (
            ctx.clone(),
            title.clone(),
            url.clone(),
            text.clone(),
            raw.clone(),
        );
        let (live_shape, plain_only) = (live_shape.clone(), *plain_only);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match new_document(&title, &url, &article_text(&text, raw.as_deref())) {
                Ok(mut doc) => {
                    if let (Some(s), false) = (&live_shape, plain_only) {
                        // The same text as the field's (the worker read it from the same page), with
                        // the page's shape.
                        if s.arrival.doc.text == doc.text {
                            doc.shape = s.arrival.doc.shape.clone();
                        } else {
                            let mut shaped_doc = s.arrival.doc.clone();
                            shaped_doc.title = doc.title.clone();
                            shaped_doc.source_url = doc.source_url.clone();
                            doc = shaped_doc;
                        }
                    }
                    crate::intake::name_default_labels(&mut doc);
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
                <h1>{ t!("start-title") }</h1>
                <p class="tagline">{ t!("start-tagline") }</p>
            </header>
            <section class="start-other" aria-label={t!("start-other-ways")}>
                <button onclick={sample}>{ t!("start-sample") }</button>
                <OpenFile />
                <button onclick={library}>{ t!("start-library", count = props.library_size) }</button>
            </section>
            <form class="start-form" {onsubmit}>
                <label class="field">
                    <span>{ t!("start-field-title") }</span>
                    <input type="text" dir="auto" value={(*title).clone()} oninput={bind(&title)} placeholder={t!("start-field-title.placeholder")} />
                </label>
                <label class="field">
                    <span>{ t!("start-field-url") }</span>
                    <input type="url" value={(*url).clone()} oninput={bind(&url)} placeholder="https://…" />
                </label>
                <label class="field grow">
                    <span>{ t!("start-field-text") }</span>
                    <textarea dir="auto" value={(*text).clone()} oninput={bind(&text)} {onpaste} rows="10"
                        placeholder={t!("start-field-text.placeholder")} />
                </label>
                if let Some((_, joined)) = (*unflowed).clone() {
                    <p class="reflowed" role="status">
                        { t!("start-reflowed", count = joined) }{ " " }
                        <button type="button" onclick={undo_reflow}>{ t!("start-undo-reflow") }</button>
                    </p>
                }
                if let Some(s) = live_shape.clone() {
                    <section class="paste-shape" aria-label={t!("start-paste-kept")}>
                        <p class="kept">{ t!("start-from-web-page", kept = kept(&s.arrival.doc.shape)) }</p>
                        <label class="check"><input type="checkbox" checked={*plain_only} onchange={on_plain_only} />
                            { " " }{ t!("start-plain-only") }</label>
                        <ShapePreview doc={s.doc.clone()} plain={*plain_only} />
                    </section>
                }
                <div class="row">
                    <button type="submit" class="primary">{ t!("start-go") }</button>
                </div>
            </form>
            <footer class="start-foot"><LanguageMenu /></footer>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::article_text;

    #[test]
    fn a_pages_shape_is_kept_only_for_the_same_words() {
        use super::same_words;
        assert!(same_words("Title\n\nOne two.", "Title\nOne two."));
        let body = "The council said the barrier would cost more than planned. ".repeat(4);
        assert!(same_words(
            &format!("Title\n\n{body}\n\nA caption"),
            &format!("Title\n{body}")
        ));
        assert!(!same_words(
            "bold",
            "A long article about something else entirely"
        ));
        assert!(!same_words("", ""));
    }

    #[test]
    fn keeps_the_pasted_line_ends_unless_the_text_was_edited() {
        assert_eq!(article_text("a\nb", Some("a\r\nb")), "a\r\nb");
        assert_eq!(article_text("a\nb!", Some("a\r\nb")), "a\nb!");
        assert_eq!(article_text("a\nb", None), "a\nb");
    }
}
