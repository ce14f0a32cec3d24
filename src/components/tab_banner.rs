//! The banner of a read-only tab (another tab edits the document): why, and **Take over**.

use yew::prelude::*;

use crate::effects::{tabs, Ctx};
use crate::i18n::t;
use crate::state::tabs::ReadOnly;

/// A plain view function, not a component: it has no state of its own.
pub fn tab_banner(ctx: &Ctx, read_only: Option<ReadOnly>) -> Html {
    let Some(why) = read_only else {
        return html! {};
    };
    let ctx = ctx.clone();
    let take = Callback::from(move |_: MouseEvent| tabs::take_over(&ctx));
    html! {
        <div class="banner info read-only" role="status">
            <span class="banner-text">{ why.message() }</span>
            <button class="primary" onclick={take}>{ t!("library-take-over") }</button>
        </div>
    }
}
