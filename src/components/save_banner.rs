//! The banner shown while saving fails (storage full, blocked or gone): the top bar's small status
//! is easy to miss, and the user must know that the work lives only in this tab until it is saved.

use yew::prelude::*;

use crate::effects::{commands, persist, use_ctx};
use crate::state::SaveStatus;

#[derive(Properties, PartialEq)]
pub struct SaveBannerProps {
    pub save: SaveStatus,
}

#[component]
pub fn SaveBanner(props: &SaveBannerProps) -> Html {
    let ctx = use_ctx();
    let SaveStatus::Failed(why) = &props.save else {
        return html! {};
    };
    let download = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| commands::download(&ctx))
    };
    let retry = Callback::from(move |_: MouseEvent| persist::save_now(&ctx));
    html! {
        <div class="banner error save-failed" role="alert">
            <span class="banner-text">{ why.clone() }</span>
            <button class="primary" onclick={download}>{ "Download" }</button>
            <button onclick={retry}>{ "Try again" }</button>
        </div>
    }
}
