//! The banner of a read-only tab (another tab edits the document): why, and **Take over**.

use yew::prelude::*;

use crate::effects::{tabs, use_ctx};
use crate::state::tabs::ReadOnly;

#[derive(Properties, PartialEq)]
pub struct TabBannerProps {
    pub read_only: Option<ReadOnly>,
}

#[component]
pub fn TabBanner(props: &TabBannerProps) -> Html {
    let ctx = use_ctx();
    let Some(why) = props.read_only else {
        return html! {};
    };
    let take = Callback::from(move |_: MouseEvent| tabs::take_over(&ctx));
    html! {
        <div class="banner info read-only" role="status">
            <span class="banner-text">{ why.message() }</span>
            <button class="primary" onclick={take}>{ "Take over" }</button>
        </div>
    }
}
