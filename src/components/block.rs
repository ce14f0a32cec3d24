//! One paragraph of the article, as segments: plain runs are `<span>`s, highlighted runs `<mark>`s
//! carrying `data-labels` and `data-ids`. Re-renders only when its own segments or selection change.

use std::rc::Rc;

use close_reader_core::{Block, Segment, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BlockProps {
    pub text: Text,
    pub block: Block,
    pub segments: Rc<Vec<Segment>>,
    pub labels: Rc<Vec<(String, String)>>,
    pub selected: Option<AttrValue>,
    pub flash: Option<(AttrValue, u32)>,
}

/// CSS classes of a highlight: `l<position>` per label (colour and underline style), `sel`, `flash-N`.
pub fn mark_classes(
    seg: &Segment,
    labels: &[(String, String)],
    selected: Option<&str>,
    flash: Option<(&str, u32)>,
) -> Classes {
    let mut c = Classes::new();
    for l in &seg.labels {
        if let Some(i) = labels.iter().position(|(id, _)| id == l) {
            c.push(format!("l{}", i % 8));
        }
    }
    if selected.is_some_and(|s| seg.ids.iter().any(|i| i == s)) {
        c.push("sel");
    }
    if let Some((id, n)) = flash {
        if seg.ids.iter().any(|i| i == id) {
            c.push(format!("flash-{}", n % 2));
        }
    }
    c
}

/// The hover text of a highlight: its label names.
fn mark_title(seg: &Segment, labels: &[(String, String)]) -> String {
    seg.labels
        .iter()
        .map(|l| {
            labels
                .iter()
                .find(|(id, _)| id == l)
                .map_or(l.as_str(), |(_, n)| n.as_str())
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

#[component]
pub fn BlockView(props: &BlockProps) -> Html {
    let b = props.block.span;
    let selected = props.selected.as_deref();
    let flash = props.flash.as_ref().map(|(id, n)| (id.as_str(), *n));
    html! {
        <p class="block" dir="auto" data-start={b.start().to_string()} data-end={b.end().to_string()}>
            { for props.segments.iter().map(|seg| {
                let s = seg.span.start().to_string();
                let text = props.text.slice(seg.span).to_string();
                if seg.ids.is_empty() {
                    html! { <span data-s={s}>{ text }</span> }
                } else {
                    html! {
                        <mark class={mark_classes(seg, &props.labels, selected, flash)} data-s={s}
                            data-labels={seg.labels.join(" ")} data-ids={seg.ids.join(" ")}
                            title={mark_title(seg, &props.labels)}>{ text }</mark>
                    }
                }
            }) }
        </p>
    }
}
