//! The language menu: the interface's language, in each language's own name. Choosing one fetches
//! its messages, keeps the choice in this browser and re-draws the interface.

use yew::prelude::*;

use crate::effects::use_ctx;
use crate::i18n::{t, Lang};

#[component]
pub fn LanguageMenu() -> Html {
    let ctx = use_ctx();
    let now = crate::i18n::lang();
    let onchange = Callback::from(move |e: Event| {
        let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
            return;
        };
        let Some(lang) = Lang::ALL.into_iter().find(|l| l.tag() == select.value()) else {
            return;
        };
        let ctx = ctx.clone();
        #[cfg(target_arch = "wasm32")]
        wasm_bindgen_futures::spawn_local(async move {
            use crate::state::{ui::UiAction, Action};
            if crate::i18n::choose(lang).await {
                ctx.send(Action::Ui(UiAction::Language(lang)));
            } else {
                ctx.send(Action::Ui(UiAction::Notice(Some(
                    crate::state::Notice::error(t!(
                        "language-unavailable",
                        language = lang.own_name()
                    )),
                ))));
            }
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (ctx, lang);
    });
    html! {
        <label class="language-menu" title={t!("language-menu.title")}>
            <span aria-hidden="true">{ "🌐 " }</span>
            <span>{ t!("language-menu") }</span>
            <select {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == now}>{ l.own_name() }</option>
                }) }
            </select>
        </label>
    }
}
