//! The review of an article read from a file or a web page's paste: what was kept of its shape and
//! what was left out, its first lines as they will look, the title to fix, and "Plain text only".
//! Nothing opens until "Start annotating"; Cancel (or Escape) changes nothing.

use std::rc::Rc;

use close_reader_core::model::blocks::{blocks, segment_block};
use close_reader_core::model::shape::{BlockKind, MarkKind, Shape};
use close_reader_core::Document;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::block::BlockView;
use crate::dom::clock::new_doc_id;
use crate::effects::{commands, use_ctx};
use crate::i18n::{list, t};
use crate::state::ui::UiAction;
use crate::state::{Action, Arrival, Shared};

/// Lines shown in the preview (the whole article opens with "Start annotating").
const PREVIEW_LINES: usize = 60;

/// "Kept: 2 headings, 7 list items, emphasis and 3 links (shown, not followed)." in the interface's
/// language, each part a plural message and the parts a list (empty for a plain text).
pub fn kept(shape: &Shape) -> String {
    let count =
        |f: &dyn Fn(&BlockKind) -> bool| shape.blocks().iter().filter(|b| f(&b.kind)).count();
    let mut parts = Vec::new();
    let headings = count(&|k| matches!(k, BlockKind::Heading(_)));
    let items = count(&|k| matches!(k, BlockKind::Item { .. }));
    let quotes = count(&|k| matches!(k, BlockKind::Quote(_)));
    let captions = count(&|k| matches!(k, BlockKind::Caption));
    let notes = count(&|k| matches!(k, BlockKind::Note));
    if headings > 0 {
        parts.push(t!("start-kept-headings", count = headings));
    }
    if items > 0 {
        parts.push(t!("start-kept-items", count = items));
    }
    if quotes > 0 {
        parts.push(t!("start-kept-quotes", count = quotes));
    }
    if captions > 0 {
        parts.push(t!("start-kept-captions", count = captions));
    }
    if notes > 0 {
        parts.push(t!("start-kept-notes", count = notes));
    }
    let marks = shape.marks();
    if marks
        .iter()
        .any(|m| matches!(m.kind, MarkKind::Strong | MarkKind::Emphasis))
    {
        parts.push(t!("start-kept-emphasis"));
    }
    let links = marks
        .iter()
        .filter(|m| matches!(m.kind, MarkKind::Link(_)))
        .count();
    if links > 0 {
        parts.push(t!("start-kept-links", count = links));
    }
    if parts.is_empty() {
        String::new()
    } else {
        t!("start-kept", what = list(&parts))
    }
}

#[derive(Properties, PartialEq)]
pub struct ShapePreviewProps {
    pub doc: Shared<Document>,
    pub plain: bool,
}

/// The first lines of an article as the annotator will show them.
#[component]
pub fn ShapePreview(props: &ShapePreviewProps) -> Html {
    let doc = &props.doc;
    let lines = blocks(&doc.text);
    let more = lines.len().saturating_sub(PREVIEW_LINES);
    let labels: Rc<Vec<(String, String)>> = Rc::default();
    html! {
        <div class="shape-preview article" aria-label={t!("start-preview")}>
            { for lines.iter().take(PREVIEW_LINES).map(|b| {
                let (style, marks) = if props.plain {
                    (Default::default(), Vec::new())
                } else {
                    (doc.shape.line_style(b), doc.shape.marks_on(b.span).to_vec())
                };
                html! { <BlockView text={doc.text.clone()} block={*b} segments={Rc::new(segment_block(doc, b.span))}
                    labels={labels.clone()} selected={None::<AttrValue>} flash={None::<(AttrValue, u32)>}
                    suggested={Rc::default()} current={None::<AttrValue>} {style} {marks} /> }
            }) }
            if more > 0 {
                <p class="hint">{ t!("start-preview-more", count = more) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ArrivalProps {
    pub arrival: Shared<Arrival>,
}

#[component]
pub fn ArrivalDialog(props: &ArrivalProps) -> Html {
    let ctx = use_ctx();
    let a = props.arrival.clone();
    let title = use_state(|| a.doc.title.clone());
    let plain = use_state(|| false);
    let doc = use_memo(a.clone(), |a| Shared::new(a.doc.clone()));
    let start = {
        let (ctx, a, title, plain) = (ctx.clone(), a.clone(), title.clone(), plain.clone());
        Callback::from(move |_: MouseEvent| {
            let mut doc = a.doc.clone();
            let t = title.trim();
            if !t.is_empty() {
                doc.title = t.chars().take(crate::limits::MAX_TITLE_CHARS).collect();
            }
            if *plain {
                doc.shape = Shape::default();
            }
            ctx.send(Action::Ui(UiAction::Arrival(None)));
            crate::intake::name_default_labels(&mut doc);
            commands::open_new_from(&ctx, doc, new_doc_id(), None);
        })
    };
    let cancel = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::Ui(UiAction::Arrival(None))))
    };
    let on_title = {
        let title = title.clone();
        Callback::from(move |e: InputEvent| {
            title.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_plain = {
        let plain = plain.clone();
        Callback::from(move |e: Event| {
            let checked = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            plain.set(checked)
        })
    };
    let from = match &a.name {
        Some(n) => t!("start-arrival-read-as", name = n, kind = kind_key(&a.kind)),
        None => t!("start-arrival-pasted", kind = kind_key(&a.kind)),
    };
    let by: Vec<String> = [a.byline.clone(), a.date.clone()]
        .into_iter()
        .flatten()
        .collect();
    let kept = kept(&a.doc.shape);
    let has_shape = !a.doc.shape.is_empty();
    html! {
        <div class="modal-backdrop">
            <div class="modal arrival" role="dialog" aria-modal="true" aria-labelledby="arrival-title" aria-describedby="arrival-what">
                <h2 id="arrival-title">{ t!("start-arrival-title") }</h2>
                <p id="arrival-what">{ from }{ if by.is_empty() { String::new() } else { format!(" · {}", by.join(" · ")) } }</p>
                <label class="field">
                    <span>{ t!("start-arrival-field-title") }</span>
                    <input type="text" value={(*title).clone()} oninput={on_title} />
                </label>
                if !kept.is_empty() { <p class="kept">{ kept }</p> }
                if !a.left_out.is_empty() {
                    <p class="left-out">{ t!("start-arrival-left-out", what = list(&a.left_out)) }</p>
                }
                if has_shape {
                    <label class="check"><input type="checkbox" checked={*plain} onchange={on_plain} />
                        { " " }{ t!("start-arrival-plain-only") }</label>
                }
                <ShapePreview doc={(*doc).clone()} plain={*plain} />
                <div class="row">
                    <button class="primary" data-autofocus="" onclick={start}>{ t!("start-go") }</button>
                    <button onclick={cancel}>{ t!("start-cancel") }</button>
                </div>
            </div>
        </div>
    }
}

/// The key of what an article was read from (the import worker's words, "PDF", "web page"…), for
/// the messages that name it in the language's own way; an unknown one goes as it is.
fn kind_key(kind: &str) -> &str {
    match kind {
        "PDF" => "pdf",
        "EPUB book" => "epub",
        "Word file" => "word",
        "OpenDocument text" => "odt",
        "web page" => "web",
        "web page (single file)" => "mhtml",
        "Markdown file" => "markdown",
        "text file" => "text",
        other => other,
    }
}
