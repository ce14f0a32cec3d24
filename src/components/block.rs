//! One paragraph of the article, as segments: plain runs are `<span>`s, highlighted runs `<mark>`s
//! carrying `data-labels` and `data-ids`. Runs under a suggestion are cut where it starts and ends
//! and carry `data-suggested` (label ids), `data-sid` and the reason as their accessible
//! description. Re-renders only when its own segments, suggestions or selection change.

use close_reader_core::model::label::slot_at;
use std::rc::Rc;

use close_reader_core::model::cut::cut;
use close_reader_core::model::shape::{BlockKind, LineStyle, Mark, MarkKind};
use close_reader_core::{Block, Segment, Span, Text};

use crate::i18n::{t, why};
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
    /// What the line is in the article's shape (a paragraph for a plain text).
    #[prop_or_default]
    pub style: LineStyle,
    /// The emphasis, code and link marks of this line.
    #[prop_or_default]
    pub marks: Vec<Mark>,
}

/// The classes and attributes of a line by its kind: headings are announced as headings, list
/// items carry their marker (drawn by CSS, so it is never part of the text or a selection).
fn line_look(
    style: &LineStyle,
) -> (
    Classes,
    Option<&'static str>,
    Option<String>,
    Option<String>,
) {
    let mut c = classes!("block");
    let (mut role, mut level, mut marker) = (None, None, None);
    match &style.kind {
        BlockKind::Paragraph => {}
        BlockKind::Heading(l) => {
            c.push(format!("k-h{l}"));
            role = Some("heading");
            level = Some(l.to_string());
        }
        BlockKind::Item {
            ordered,
            depth,
            number,
        } => {
            c.push("k-item");
            c.push(format!("d{}", (*depth).min(6)));
            if !style.continues {
                marker = Some(match (ordered, number) {
                    (true, Some(n)) => format!("{n}."),
                    (true, None) => "#".to_string(),
                    (false, _) => ["•", "◦", "▪"][(*depth as usize + 2) % 3].to_string(),
                });
            }
        }
        BlockKind::Quote(d) => {
            c.push("k-quote");
            c.push(format!("d{}", (*d).min(6)));
        }
        BlockKind::Caption => c.push("k-caption"),
        BlockKind::Note => c.push("k-note"),
        BlockKind::Preformatted => c.push("k-pre"),
    }
    if style.continues {
        c.push("cont");
    }
    if style.continued {
        c.push("joined");
    }
    (c, role, level, marker)
}

/// `span` cut at the edges of the line's marks: each part with the classes of the marks over it,
/// and the link target if one covers it.
fn mark_parts(span: Span, marks: &[Mark]) -> Vec<(Span, Classes, Option<String>)> {
    let here: Vec<&Mark> = marks
        .iter()
        .filter(|m| m.span.start() < span.end() && m.span.end() > span.start())
        .collect();
    if here.is_empty() {
        return vec![(span, Classes::new(), None)];
    }
    let spans: Vec<Span> = here.iter().map(|m| m.span).collect();
    cut(span, &spans)
        .into_iter()
        .map(|part| {
            let mut c = Classes::new();
            let mut href = None;
            for &i in &part.covering {
                match &here[i].kind {
                    MarkKind::Strong => c.push("m-strong"),
                    MarkKind::Emphasis => c.push("m-em"),
                    MarkKind::Code => c.push("m-code"),
                    MarkKind::Link(h) => {
                        c.push("m-link");
                        href = Some(h.clone());
                    }
                }
            }
            (part.span, c, href)
        })
        .collect()
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
    let part = |seg: &Segment,
                span: Span,
                piece: Option<&Piece>,
                marked: Classes,
                href: Option<String>| {
        let s = span.start().to_string();
        let text = props.text.slice(span).to_string();
        // A link is shown, never followed: focusable so that its target shows on focus too.
        let tabindex = href.as_ref().map(|_| "0");
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
                        .map(|(l, r)| t!("annotate-suggested", kind = *l, reason = why::reason(r)))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            ),
            None => (Classes::new(), None, None, None),
        };
        if seg.ids.is_empty() {
            let title = match (&href, &reason) {
                (Some(h), Some(r)) => Some(format!("{h} ({r})")),
                (Some(h), None) => Some(h.clone()),
                (None, r) => r.clone(),
            };
            html! { <span class={classes!(sg_class, marked)} data-s={s} data-suggested={suggested} data-sid={sid}
            data-href={href} {tabindex} aria-description={reason.clone()} {title}>{ text }</span> }
        } else {
            let mut class = mark_classes(seg, &props.labels, selected, flash);
            class.extend(sg_class);
            class.extend(marked);
            let mut title = match &reason {
                Some(r) => format!("{} ({r})", mark_title(seg, &props.labels)),
                None => mark_title(seg, &props.labels),
            };
            if let Some(h) = &href {
                title = format!("{title} — {h}");
            }
            html! {
                <mark {class} data-s={s} data-labels={seg.labels.join(" ")} data-ids={seg.ids.join(" ")}
                    data-suggested={suggested} data-sid={sid} data-href={href} {tabindex}
                    aria-description={reason} {title}>{ text }</mark>
            }
        }
    };
    let (class, role, level, marker) = line_look(&props.style);
    html! {
        <p {class} dir="auto" {role} aria-level={level} data-marker={marker}
            data-start={b.start().to_string()} data-end={b.end().to_string()}>
            { for props.segments.iter().flat_map(|seg| {
                split(seg.span, &props.suggested).into_iter().flat_map(move |(span, piece)| {
                    mark_parts(span, &props.marks).into_iter()
                        .map(move |(span, marked, href)| part(seg, span, piece, marked, href))
                })
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

    #[test]
    fn a_suggestions_description_names_its_kind_in_the_interfaces_language() {
        use crate::i18n::{all_sources, install, t, Lang};
        let said = || {
            t!(
                "annotate-suggested",
                kind = "hedge",
                reason = "modal verb 'may'"
            )
        };
        install(Lang::En, None);
        assert_eq!(said(), "suggested hedge: modal verb 'may'");
        let sources = all_sources();
        install(Lang::Es, Some(&sources[&Lang::Es]));
        assert_eq!(said(), "atenuador sugerido: modal verb 'may'");
        install(Lang::Fr, Some(&sources[&Lang::Fr]));
        assert_eq!(said(), "modalisateur suggéré\u{a0}: modal verb 'may'");
        install(Lang::En, None);
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
            style: Default::default(),
            marks: vec![],
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

    #[tokio::test]
    async fn a_shaped_line_shows_its_kind_marker_and_marks_without_changing_the_text() {
        use close_reader_core::model::shape::{BlockKind, LineStyle, Mark, MarkKind};
        let mut d = Document::new("T", "Read the report now", None);
        d.insert(ann("a1", "claim", 5, 15)).unwrap();
        let b = blocks(&d.text)[0];
        let mark = |s, e, kind| Mark {
            span: Span::new(s, e).unwrap(),
            kind,
        };
        let props = BlockProps {
            text: d.text.clone(),
            block: b,
            segments: Rc::new(segment_block(&d, b.span)),
            labels: Rc::new(vec![("claim".into(), "Claim".into())]),
            selected: None,
            flash: None,
            suggested: Rc::default(),
            current: None,
            style: LineStyle {
                kind: BlockKind::Item {
                    ordered: true,
                    depth: 2,
                    number: Some(4),
                },
                continues: false,
                continued: true,
            },
            marks: vec![
                mark(0, 4, MarkKind::Strong),
                mark(9, 15, MarkKind::Link("https://example.org/r".into())),
            ],
        };
        let html = LocalServerRenderer::<BlockView>::with_props(props)
            .render()
            .await;
        assert!(html.contains(r#"class="block k-item d2 joined""#), "{html}");
        assert!(html.contains(r#"data-marker="4.""#), "{html}");
        assert!(
            html.contains(r#"<span data-s="0" class="m-strong">Read</span>"#),
            "{html}"
        );
        // The link is inert: no anchor, its target shown as the hover text and kept in data-href.
        assert!(!html.contains("<a "), "{html}");
        assert!(
            html.contains(r#"data-href="https://example.org/r""#),
            "{html}"
        );
        assert!(html.contains(r#"tabindex="0""#), "{html}");
        // The marks cut the runs, never the text: the pieces still read the sentence in order.
        let body = html
            .replace("<!--<[close_reader::components::block::BlockView]>-->", "")
            .replace("<!--</[close_reader::components::block::BlockView]>-->", "");
        let text: String = body
            .split('>')
            .filter_map(|p| p.split('<').next())
            .collect();
        assert_eq!(text, "Read the report now");
    }
}
