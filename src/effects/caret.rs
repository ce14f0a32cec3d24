//! The keyboard cursor: with the article focused (Tab to it), ←/→ select the next or previous word,
//! Shift+←/→ extend the selection by words, and Enter picks the highlight under the cursor (or, while
//! linking, links to it). The cursor is the browser's own selection, so the label toolbar and the
//! label keys work on it unchanged; what it is on is announced in a live region ("Claim: …").

use std::cell::Cell;

use close_reader_core::{Document, Span};
use wasm_bindgen::JsCast;

use super::keyboard::article;
use super::Ctx;
use crate::dom::{ranges, selection};
use crate::i18n::t;
use crate::keys::{cursor_span, step_word};
use crate::session::Session;
use crate::state::Action;
use crate::state::{links::LinkAction, ui::UiAction};

thread_local! {
    /// The cursor's anchor word and focus word, kept while the selection is cleared (after a label
    /// key or Enter) so that the next arrow goes on from there.
    static CURSOR: Cell<Option<(Span, Span)>> = const { Cell::new(None) };
}

/// True when the keyboard focus is on the article itself.
pub fn active() -> bool {
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    focused.is_some() && focused == article()
}

/// The words of the paragraph holding `pos` and of the paragraphs beside it, in text order.
fn words_near(se: &Session, pos: usize) -> Vec<Span> {
    let i = se.blocks.partition_point(|b| b.span.end() <= pos);
    let from = i.saturating_sub(1);
    let to = (i + 2).min(se.blocks.len());
    se.blocks[from..to]
        .iter()
        .flat_map(|b| crate::dom::words::pieces(se.doc.text.slice(b.span), b.span.start()))
        .filter(|p| p.is_word)
        .map(|p| p.span)
        .collect()
}

/// Where the cursor starts: the browser's selection in the article, if any, else the first
/// paragraph on screen.
fn start(se: &Session, article: &web_sys::Element) -> Option<usize> {
    if let Some((raw, _)) = selection::raw_range(article) {
        return Some(raw.start());
    }
    let paragraphs = article.query_selector_all("p[data-start]").ok()?;
    (0..paragraphs.length())
        .filter_map(|i| paragraphs.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|p| p.get_bounding_client_rect().bottom() > 80.0)
        .or_else(|| article.query_selector("p[data-start]").ok().flatten())
        .and_then(|p| p.get_attribute("data-start")?.parse().ok())
        .or(se.blocks.first().map(|b| b.span.start()))
}

/// The spans covering `word`, as "Claim: <quote>", for the live region.
fn describe(doc: &Document, word: Span, selected: Span) -> String {
    let said: Vec<String> = doc
        .annotations()
        .iter()
        .filter(|a| a.span.start() < word.end() && word.start() < a.span.end())
        .map(|a| {
            let name = doc
                .label(&a.label)
                .map_or(a.label.as_str(), |l| l.name.as_str());
            t!("messages-caret-span", label = name, quote = doc.quote(a))
        })
        .collect();
    said.into_iter()
        .rev()
        .reduce(|rest, first| t!("messages-caret-spans", first = first, rest = rest))
        .unwrap_or_else(|| doc.text.slice(selected).to_string())
}

fn announce(text: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("caret-status"))
    {
        el.set_text_content(Some(text));
    }
}

/// Whether the keyboard cursor (the selection's focus) is in a paragraph written right to left
/// (each paragraph takes its own direction from its text, whatever the interface's).
pub fn in_rtl_paragraph() -> bool {
    let focus = web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .and_then(|s| s.focus_node());
    let element = match focus {
        Some(n) => n
            .parent_element()
            .filter(|_| n.node_type() == web_sys::Node::TEXT_NODE)
            .or_else(|| n.dyn_into::<web_sys::Element>().ok()),
        None => None,
    };
    element
        .and_then(|e| e.closest("[data-start]").ok().flatten())
        .and_then(|p| p.matches(":dir(rtl)").ok())
        .unwrap_or(false)
}

/// ←/→ with or without Shift: moves or extends the cursor by one word and selects what it covers
/// (`forward` in the text's order; the caller mirrors the arrows in a right-to-left paragraph).
pub fn step(ctx: &Ctx, forward: bool, extend: bool) {
    let (Some(session), Some(article)) = (ctx.state().session.clone(), article()) else {
        return;
    };
    let se = session.borrow();
    let live = selection::raw_range(&article).map(|(raw, _)| raw);
    let kept = CURSOR
        .with(Cell::get)
        .filter(|&(a, f)| live.is_none_or(|l| l == cursor_span(a, f)));
    let (anchor, focus) = match kept {
        Some(c) => c,
        None => {
            let Some(at) = start(&se, &article) else {
                return;
            };
            let words = words_near(&se, at);
            let Some(&w) = words.iter().find(|w| w.end() > at).or(words.last()) else {
                return;
            };
            CURSOR.with(|c| c.set(Some((w, w))));
            return select(&se, &article, w, w);
        }
    };
    let Some(next) = step_word(&words_near(&se, focus.start()), focus.start(), forward) else {
        return;
    };
    let anchor = if extend { anchor } else { next };
    CURSOR.with(|c| c.set(Some((anchor, next))));
    select(&se, &article, anchor, next);
}

fn select(se: &Session, article: &web_sys::Element, anchor: Span, focus: Span) {
    let span = cursor_span(anchor, focus);
    let Some(range) = ranges::range_of(article, &se.blocks, span) else {
        return;
    };
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = sel.remove_all_ranges();
        let _ = sel.add_range(&range);
    }
    let rect = range.get_bounding_client_rect();
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok()?.as_f64())
        .unwrap_or(800.0);
    if rect.top() < 80.0 || rect.bottom() > height - 40.0 {
        ranges::scroll_to(&range);
    }
    announce(&describe(&se.doc, focus, span));
}

/// Enter: selects the innermost span under the cursor's focus word (or, while linking, links to it).
/// False when the cursor is on no highlight, so Enter keeps its other meanings.
pub fn enter(ctx: &Ctx) -> bool {
    let state = ctx.state();
    let (Some(session), Some((_, focus))) = (state.session.clone(), CURSOR.with(Cell::get)) else {
        return false;
    };
    let (id, said) = {
        let se = session.borrow();
        let doc = &se.doc;
        let under: Vec<_> = doc
            .annotations()
            .iter()
            .filter(|a| a.span.start() < focus.end() && focus.start() < a.span.end())
            .collect();
        let Some(first) = under.iter().min_by_key(|a| a.span.len()) else {
            return false;
        };
        let id = match &state.linking {
            Some(from) => {
                let ids: Vec<&str> = under.iter().map(|a| a.id.as_str()).collect();
                match close_reader_core::model::pairing::pick_target(doc, from, &ids) {
                    Some(to) => to,
                    None => return true,
                }
            }
            None => first.id.clone(),
        };
        (id, describe(doc, focus, focus))
    };
    selection::clear();
    ctx.send(Action::Ui(UiAction::Pending(None)));
    if state.linking.is_some() {
        ctx.send(Action::Link(LinkAction::To(id)));
        announce(&t!("messages-caret-linked", spans = said));
    } else {
        ctx.send(Action::Ui(UiAction::Select(Some(id))));
        announce(&t!("messages-caret-selected", spans = said));
    }
    true
}
