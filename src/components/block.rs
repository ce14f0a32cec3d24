//! One paragraph of the article, as segments: plain runs are `<span>`s, highlighted runs `<mark>`s
//! carrying `data-labels` and `data-ids`. Runs under a suggestion are cut where it starts and ends
//! and carry `data-suggested` (label ids), `data-sid` and the reason as their accessible
//! description. Re-renders only when its own segments, suggestions or selection change.

use close_reader_core::model::label::slot_at;
use std::rc::Rc;

use close_reader_core::model::cut::cut;
use close_reader_core::{Block, Segment, Span, Text};

use crate::suggested::Piece;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BlockProps {
    pub text: Text,
    pub block: Block,
    pub segments: Rc<Vec<Segment>>,
    pub labels: Rc<Vec<(String, String)>>,
    pub selected: Option<AttrValue>,
    pub flash: Option<(AttrValue, u32)>,
    pub suggested: Rc<Vec<Piece>>,
    /// The suggestion stepped to with `n`/`p` or clicked, when it is in this paragraph.
    pub current: Option<AttrValue>,
}

/// `seg` cut at the edges of the suggestion pieces inside it (which do not overlap): each part
/// with its piece, if any, by the core's one cutter.
pub fn split(seg: Span, pieces: &[Piece]) -> Vec<(Span, Option<&Piece>)> {
    let first = pieces.partition_point(|p| p.span.end() <= seg.start());
    let here: &[Piece] = &pieces[first..];
    let here = &here[..here.partition_point(|p| p.span.start() < seg.end())];
    let spans: Vec<Span> = here.iter().map(|p| p.span).collect();
    cut(seg, &spans)
        .into_iter()
        .map(|part| (part.span, part.covering.first().map(|&i| &here[i])))
        .collect()
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
            c.push(format!("l{}", slot_at(i)));
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
    let current = props.current.as_deref();
    let slot = |label: &str| {
        props
            .labels
            .iter()
            .position(|(id, _)| id == label)
            .map_or(0, slot_at)
    };
    let part = |seg: &Segment, span: Span, piece: Option<&Piece>| {
        let s = span.start().to_string();
        let text = props.text.slice(span).to_string();
        let (sg_class, suggested, sid, reason) = match piece {
            Some(p) => (
                classes!(
                    "suggested",
                    format!("sg{}", slot(p.labels[0])),
                    p.ids
                        .iter()
                        .any(|i| Some(&**i) == current)
                        .then_some("current")
                ),
                Some(p.labels.join(" ")),
                Some(p.ids.iter().map(|i| &**i).collect::<Vec<_>>().join(" ")),
                Some(
                    p.labels
                        .iter()
                        .zip(&p.reasons)
                        .map(|(l, r)| format!("suggested {l}: {r}"))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            ),
            None => (Classes::new(), None, None, None),
        };
        if seg.ids.is_empty() {
            html! { <span class={sg_class} data-s={s} data-suggested={suggested} data-sid={sid}
            aria-description={reason.clone()} title={reason}>{ text }</span> }
        } else {
            let mut class = mark_classes(seg, &props.labels, selected, flash);
            class.extend(sg_class);
            let title = match &reason {
                Some(r) => format!("{} ({r})", mark_title(seg, &props.labels)),
                None => mark_title(seg, &props.labels),
            };
            html! {
                <mark {class} data-s={s} data-labels={seg.labels.join(" ")} data-ids={seg.ids.join(" ")}
                    data-suggested={suggested} data-sid={sid} aria-description={reason} {title}>{ text }</mark>
            }
        }
    };
    html! {
        <p class="block" dir="auto" data-start={b.start().to_string()} data-end={b.end().to_string()}>
            { for props.segments.iter().flat_map(|seg| {
                split(seg.span, &props.suggested).into_iter().map(move |(span, piece)| part(seg, span, piece))
            }) }
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::model::blocks::{blocks, segment_block};
    use close_reader_core::{Annotation, Document, Span};
    use yew::LocalServerRenderer;

    fn ann(id: &str, label: &str, s: usize, e: usize) -> Annotation {
        Annotation::new(id, label, Span::new(s, e).unwrap(), "")
    }

    #[tokio::test]
    async fn overlapping_spans_render_as_marks_with_labels_ids_and_escaped_text() {
        let mut d = Document::new("T", "<b>Officials</b> said 😀 it may rise", None);
        d.insert(ann("a1", "claim", 22, 35)).unwrap();
        d.insert(ann("a2", "hedge", 27, 30)).unwrap();
        let b = blocks(&d.text)[0];
        let labels = Rc::new(
            d.labels
                .iter()
                .map(|l| (l.id.clone(), l.name.clone()))
                .collect::<Vec<_>>(),
        );
        let props = BlockProps {
            text: d.text.clone(),
            block: b,
            segments: Rc::new(segment_block(&d, b.span)),
            labels,
            selected: Some("a2".into()),
            flash: None,
            suggested: Rc::default(),
            current: None,
        };
        let html = LocalServerRenderer::<BlockView>::with_props(props)
            .render()
            .await;
        assert!(
            html.contains("&lt;b&gt;Officials&lt;/b&gt;"),
            "user text is escaped, never markup: {html}"
        );
        assert!(html.contains(r#"data-labels="claim hedge""#), "{html}");
        assert!(
            html.contains(r#"data-ids="a2 a1""#),
            "innermost span first: {html}"
        );
        assert!(html.contains(r#"class="l0 l2 sel""#), "{html}");
        assert!(
            html.contains(r#"data-s="22""#) && html.contains(">😀 it <") && html.contains(">may<"),
            "{html}"
        );
        assert!(html.contains(r#"dir="auto""#));
    }
}
