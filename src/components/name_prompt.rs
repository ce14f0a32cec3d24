//! Asks a student for their name once, when they open their first assignment; it is written into
//! the file they hand in (and kept for the next assignment).

use yew::prelude::*;

use crate::effects::preferences;
use crate::effects::use_ctx;
use crate::i18n::t;
use crate::state::classroom::ClassAction;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct NamePromptProps {
    /// The assignment requires a name: there is no "Skip".
    pub required: bool,
    pub current: Option<String>,
}

#[component]
pub fn NamePrompt(props: &NamePromptProps) -> Html {
    let ctx = use_ctx();
    let value = use_state(|| props.current.clone().unwrap_or_default());
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            value.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let onsubmit = {
        let (ctx, value) = (ctx.clone(), value.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name: String = value.trim().chars().take(100).collect();
            if !name.is_empty() {
                preferences::remember_name(&name);
                ctx.send(Action::Class(ClassAction::SetName(name)));
            }
        })
    };
    let skip = ctx.callback(|_: MouseEvent| Action::Class(ClassAction::AskName(false)));
    let empty = value.trim().is_empty();
    html! {
        <div class="modal-backdrop">
            <form class="modal name-prompt" role="dialog" aria-modal="true" aria-labelledby="name-title" {onsubmit}>
                <h2 id="name-title">{ t!("library-name-title") }</h2>
                <p>{ t!("library-name-why") }</p>
                <input type="text" aria-label={t!("library-name-title")} autocomplete="name" maxlength="100" value={(*value).clone()} {oninput} autofocus=true />
                <div class="row">
                    <button type="submit" class="primary" disabled={empty}>{ t!("library-name-start") }</button>
                    if !props.required {
                        <button type="button" onclick={skip}>{ t!("library-name-skip") }</button>
                    }
                </div>
            </form>
        </div>
    }
}
