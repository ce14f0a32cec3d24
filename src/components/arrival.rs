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
use crate::state::ui::UiAction;
use crate::state::{Action, Arrival, Shared};

/// Lines shown in the preview (the whole article opens with "Start annotating").
const PREVIEW_LINES: usize = 60;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "Kept: 2 headings, 7 list items, 1 quote, emphasis, 3 links." (empty for a plain text).
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
        parts.push(plural(headings, "heading", "headings"));
    }
    if items > 0 {
        parts.push(plural(items, "list item", "list items"));
    }
    if quotes > 0 {
        parts.push(plural(quotes, "quoted paragraph", "quoted paragraphs"));
    }
    if captions > 0 {
        parts.push(plural(captions, "caption", "captions"));
    }
    if notes > 0 {
        parts.push(plural(notes, "note", "notes"));
    }
    let marks = shape.marks();
    if marks
        .iter()
        .any(|m| matches!(m.kind, MarkKind::Strong | MarkKind::Emphasis))
    {
        parts.push("emphasis".into());
    }
    let links = marks
        .iter()
        .filter(|m| matches!(m.kind, MarkKind::Link(_)))
        .count();
    if links > 0 {
        parts.push(plural(
            links,
            "link (shown, not followed)",
            "links (shown, not followed)",
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("Kept: {}.", parts.join(", "))
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
        <div class="shape-preview article" aria-label="Preview">
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
                <p class="hint">{ format!("… and {} more.", plural(more, "paragraph", "paragraphs")) }</p>
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
        Some(n) => format!("“{n}”, read as {}", with_article(&a.kind)),
        None => format!("Pasted from {}", with_article(&a.kind)),
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
                <h2 id="arrival-title">{ "Open this article?" }</h2>
                <p id="arrival-what">{ from }{ if by.is_empty() { String::new() } else { format!(" · {}", by.join(" · ")) } }</p>
                <label class="field">
                    <span>{ "Title" }</span>
                    <input type="text" value={(*title).clone()} oninput={on_title} />
                </label>
                if !kept.is_empty() { <p class="kept">{ kept }</p> }
                if !a.left_out.is_empty() {
                    <p class="left-out">{ format!("Left out: {}.", a.left_out.join(", ")) }</p>
                }
                if has_shape {
                    <label class="check"><input type="checkbox" checked={*plain} onchange={on_plain} />
                        { " Plain text only (no headings, lists or emphasis; the text is the same)" }</label>
                }
                <ShapePreview doc={(*doc).clone()} plain={*plain} />
                <div class="row">
                    <button class="primary" data-autofocus="" onclick={start}>{ "Start annotating" }</button>
                    <button onclick={cancel}>{ "Cancel" }</button>
                </div>
            </div>
        </div>
    }
}

/// "a PDF", "an EPUB book", "a web page".
fn with_article(kind: &str) -> String {
    let vowel = kind
        .chars()
        .next()
        .is_some_and(|c| "AEIOUaeiou".contains(c));
    format!("{} {kind}", if vowel { "an" } else { "a" })
}
