//! The global keyboard listener: reads the key and the live selection, asks `keys::command` what it
//! means, and dispatches. Also tracks whether Alt is held (Alt turns off word snapping).

use std::cell::Cell;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use super::Ctx;
use crate::dom::{perf, selection};
use crate::keys::{command, Command, KeyContext};
use crate::state::Action;
use crate::state::{edit::EditAction, links::LinkAction, suggestions::SuggestAction, ui::UiAction};

thread_local! {
    static ALT: Cell<bool> = const { Cell::new(false) };
}

/// True while the user holds Alt (or held it when the last selection was made with the mouse).
pub fn alt_held() -> bool {
    ALT.with(Cell::get)
}

pub fn set_alt(held: bool) {
    ALT.with(|a| a.set(held));
}

fn in_text_field(e: &KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    // Check boxes and buttons take no typing: shortcuts still work when they have focus.
    let typed_input = el.tag_name() == "INPUT"
        && !matches!(
            el.get_attribute("type").unwrap_or_default().as_str(),
            "checkbox" | "radio" | "button" | "submit" | "reset" | "color" | "file" | "range"
        );
    typed_input
        || matches!(el.tag_name().as_str(), "TEXTAREA" | "SELECT")
        || el.is_content_editable()
}

/// Focus is on a control whose own keys are Enter and Space (a button, link, check box, menu item…).
fn on_control(e: &KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let role = el.get_attribute("role").unwrap_or_default();
    matches!(
        el.tag_name().as_str(),
        "BUTTON" | "A" | "SUMMARY" | "SELECT" | "INPUT"
    ) || matches!(
        role.as_str(),
        "button" | "link" | "menuitem" | "tab" | "checkbox" | "radio" | "switch" | "option"
    )
}

pub fn article() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector("article[data-doc]:not([data-beside])")
        .ok()?
}

/// Installs the listeners; they live as long as the returned guards.
pub fn install(ctx: Ctx) -> Vec<EventListener> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let opts = EventListenerOptions::enable_prevent_default();
    let keydown = EventListener::new_with_options(&doc, "keydown", opts, move |e| {
        let e: &KeyboardEvent = e.unchecked_ref();
        if e.key() == "Alt" {
            set_alt(true);
        }
        // Tab stays inside an open dialog (it is modal: the page behind does not take the focus).
        if e.key() == "Tab"
            && !(e.ctrl_key() || e.alt_key() || e.meta_key())
            && crate::dom::focus::keep_tab_in_dialog(e.shift_key())
        {
            return e.prevent_default();
        }
        perf::mark("key:start");
        let state = ctx.state();
        // While a dialog is open, no key reaches the document: Escape closes the dialog, and its
        // own controls take the rest.
        if state.dialog().is_some() {
            if e.key() == "Escape" {
                e.prevent_default();
                ctx.send(Action::Ui(UiAction::CloseDialog));
            }
            return;
        }
        let Some(session) = state.session.clone() else {
            return;
        };
        // The keyboard cursor, while the article itself has the focus.
        if !(e.ctrl_key() || e.meta_key() || e.alt_key()) && super::caret::active() {
            match e.key().as_str() {
                "ArrowRight" | "ArrowLeft" => {
                    e.prevent_default();
                    // In a right-to-left paragraph the left arrow goes on through the text.
                    let forward = (e.key() == "ArrowRight") != super::caret::in_rtl_paragraph();
                    return super::caret::step(&ctx, forward, e.shift_key());
                }
                "Enter" if super::caret::enter(&ctx) => return e.prevent_default(),
                _ => {}
            }
        }
        let live = article().and_then(|a| {
            selection::selected_span(&a, &session.borrow().doc.text, alt_held() || e.alt_key())
        });
        perf::mark("key:selection");
        let labels = session.borrow().doc.labels.clone();
        let kc = KeyContext {
            labels: &labels,
            has_selection: live.is_some(),
            has_selected: state.selected.is_some(),
            in_text_field: in_text_field(e),
            has_suggestion: state.suggestion.is_some(),
            single_keys: crate::storage::prefs::single_keys(),
            dialog_open: false,
            on_control: on_control(e),
        };
        let ctrl = e.ctrl_key() || e.meta_key();
        // On an Arabic, Greek or Russian keyboard the key printed C still marks a claim.
        let Some(cmd) = command(&e.key(), ctrl, e.shift_key(), &kc).or_else(|| {
            crate::keys::latin_key(&e.key(), &e.code())
                .and_then(|k| command(&k, ctrl, e.shift_key(), &kc))
        }) else {
            return;
        };
        e.prevent_default();
        let _done = perf::Done("key:done");
        match cmd {
            Command::Label(label) => match (live, &state.selected) {
                (Some((span, _)), _) => {
                    selection::clear();
                    ctx.send(Action::edit(EditAction::LabelSpan { label, span }));
                }
                (None, Some(id)) => ctx.send(Action::edit(EditAction::Relabel {
                    id: id.to_string(),
                    label,
                })),
                (None, None) => {}
            },
            Command::Delete => {
                if let Some(id) = &state.selected {
                    ctx.send(Action::edit(EditAction::Delete(id.to_string())));
                }
            }
            Command::Search => {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("search"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
            Command::Link => ctx.send(Action::Link(LinkAction::Start)),
            Command::NextSuggestion => ctx.send(Action::suggest(SuggestAction::Step(true))),
            Command::PrevSuggestion => ctx.send(Action::suggest(SuggestAction::Step(false))),
            Command::Accept => ctx.send(Action::suggest(SuggestAction::Accept(None))),
            Command::Reject => crate::effects::suggestions::reject(&ctx, None),
            Command::Undo => ctx.send(Action::edit(EditAction::Undo)),
            Command::Redo => ctx.send(Action::edit(EditAction::Redo)),
            Command::CloseDialog => ctx.send(Action::Ui(UiAction::CloseDialog)),
            Command::Escape => {
                selection::clear();
                ctx.send(Action::Ui(UiAction::Pending(None)));
                if state.linking.is_some() {
                    ctx.send(Action::Link(LinkAction::Cancel));
                } else {
                    ctx.send(Action::Ui(UiAction::Select(None)));
                }
            }
        }
    });
    let keyup = EventListener::new(&doc, "keyup", |e| {
        let e: &KeyboardEvent = e.unchecked_ref();
        if e.key() == "Alt" {
            set_alt(false);
        }
    });
    vec![keydown, keyup]
}
