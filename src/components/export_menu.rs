//! The top bar's "Export" menu button: one item per format, Print, and sharing the article as an assignment. A menu button as the ARIA
//! pattern has it: the arrow keys move between items, Escape closes and returns focus to the
//! button, and a click anywhere else closes it.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::effects::export::{self, Export};
use crate::effects::use_ctx;
use crate::i18n::t;
use crate::state::classroom::ClassAction;

/// The item to focus after `key` in a menu of `n` items where `at` has focus.
pub fn step(key: &str, at: Option<usize>, n: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    match key {
        "ArrowDown" => Some(at.map_or(0, |i| (i + 1) % n)),
        "ArrowUp" => Some(at.map_or(n - 1, |i| (i + n - 1) % n)),
        "Home" => Some(0),
        "End" => Some(n - 1),
        _ => None,
    }
}

fn items(menu: &NodeRef) -> Vec<web_sys::HtmlElement> {
    let Some(m) = menu.cast::<web_sys::Element>() else {
        return vec![];
    };
    let Ok(list) = m.query_selector_all("[role=menuitem]") else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

#[component]
pub fn ExportMenu() -> Html {
    let ctx = use_ctx();
    let open = use_state(|| false);
    let root = use_node_ref();
    let menu = use_node_ref();
    let button = use_node_ref();

    // While open: the first item has focus, and a press outside the menu closes it.
    {
        let (open, root, menu) = (open.clone(), root.clone(), menu.clone());
        use_effect_with(*open, move |is_open| {
            let mut guard = None;
            if *is_open {
                if let Some(first) = items(&menu).first() {
                    let _ = first.focus();
                }
                let doc = web_sys::window().and_then(|w| w.document());
                guard = doc.map(|d| {
                    EventListener::new(&d, "pointerdown", move |e| {
                        let inside = e
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                            .zip(root.cast::<web_sys::Node>())
                            .is_some_and(|(t, r)| r.contains(Some(&t)));
                        if !inside {
                            open.set(false);
                        }
                    })
                });
            }
            move || drop(guard)
        });
    }

    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_button_key = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if matches!(e.key().as_str(), "ArrowDown" | "ArrowUp") {
                e.prevent_default();
                open.set(true);
            }
        })
    };
    let on_menu_key = {
        let (open, menu, button) = (open.clone(), menu.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            // Keys inside the menu are the menu's: the article's shortcuts must not see them.
            e.stop_propagation();
            let list = items(&menu);
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let at = list
                .iter()
                .position(|i| active.as_ref() == Some(i.unchecked_ref::<web_sys::Element>()));
            match e.key().as_str() {
                "Escape" => {
                    e.prevent_default();
                    open.set(false);
                    if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                        let _ = b.focus();
                    }
                }
                "Tab" => open.set(false),
                key => {
                    if let Some(next) = step(key, at, list.len()) {
                        e.prevent_default();
                        let _ = list[next].focus();
                    }
                }
            }
        })
    };
    let choose = |what: Option<Export>| {
        let (ctx, open, button) = (ctx.clone(), open.clone(), button.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
            match what {
                Some(w) => export::run(&ctx, w),
                None => export::print(&ctx),
            }
        })
    };
    let assign = {
        let (ctx, open) = (ctx.clone(), open.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            ctx.send(crate::state::Action::Class(ClassAction::ShowAssignment(
                true,
            )));
        })
    };
    html! {
        <div class="menu" ref={root.clone()}>
            <button ref={button.clone()} class="menu-button" aria-haspopup="menu" aria-expanded={(*open).to_string()}
                aria-controls="export-menu" onclick={toggle} onkeydown={on_button_key}
                title={t!("annotate-export.title")}>{ t!("annotate-export") }</button>
            if *open {
                <ul ref={menu} id="export-menu" class="menu-list" role="menu" aria-label={t!("annotate-export")} onkeydown={on_menu_key}>
                    { for Export::ALL.iter().map(|w| html! {
                        <li role="none">
                            <button role="menuitem" tabindex="-1" title={w.hint()} onclick={choose(Some(*w))}>{ w.name() }</button>
                        </li>
                    }) }
                    <li role="separator"></li>
                    <li role="none">
                        <button role="menuitem" tabindex="-1" title={t!("annotate-print.title")} onclick={choose(None)}>{ t!("annotate-print") }</button>
                    </li>
                    <li role="separator"></li>
                    <li role="none">
                        <button role="menuitem" tabindex="-1" title={t!("annotate-share.title")} onclick={assign}>{ t!("annotate-share") }</button>
                    </li>
                </ul>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::step;

    #[test]
    fn arrows_wrap_and_home_end_jump() {
        assert_eq!(step("ArrowDown", None, 7), Some(0));
        assert_eq!(step("ArrowDown", Some(6), 7), Some(0));
        assert_eq!(step("ArrowUp", Some(0), 7), Some(6));
        assert_eq!(step("ArrowUp", None, 7), Some(6));
        assert_eq!(step("End", Some(2), 7), Some(6));
        assert_eq!(step("Home", Some(5), 7), Some(0));
        assert_eq!(step("x", Some(1), 7), None);
        assert_eq!(step("ArrowDown", None, 0), None);
    }
}
