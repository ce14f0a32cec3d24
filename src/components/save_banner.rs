//! The banner shown while saving fails (storage full, blocked or gone): the top bar's small status
//! is easy to miss, and the user must know that the work lives only in this tab until it is saved.

use yew::prelude::*;

use crate::effects::{commands, persist, Ctx};
use crate::i18n::t;
use crate::state::SaveStatus;

/// A plain view function, not a component: it has no state of its own.
pub fn save_banner(ctx: &Ctx, save: &SaveStatus) -> Html {
    let SaveStatus::Failed(why) = save else {
        return html! {};
    };
    let download = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| commands::download(&ctx))
    };
    let ctx = ctx.clone();
    let retry = Callback::from(move |_: MouseEvent| persist::save_now(&ctx));
    html! {
        <div class="banner error save-failed" role="alert">
            <span class="banner-text">{ why.clone() }</span>
            <button class="primary" onclick={download}>{ t!("library-save-failed-download") }</button>
            <button onclick={retry}>{ t!("library-save-failed-retry") }</button>
        </div>
    }
}
