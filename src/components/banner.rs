//! The message banner: errors (role alert) and information, with Undo for a library deletion or
//! replacement.

use yew::prelude::*;

use crate::effects::{commands, use_ctx};
use crate::i18n::t;
use crate::state::ui::UiAction;
use crate::state::{Action, Notice, NoticeKind};

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub notice: Option<Notice>,
}

#[component]
pub fn Banner(props: &BannerProps) -> Html {
    let ctx = use_ctx();
    let Some(n) = props.notice.clone() else {
        return html! { <div class="banner-slot" aria-live="polite"></div> };
    };
    let dismiss = ctx.callback(|_: MouseEvent| Action::Ui(UiAction::Notice(None)));
    let undo = n.undo.clone().map(|u| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| commands::undo(&ctx, u.clone()))
    });
    let (class, role) = match n.kind {
        NoticeKind::Error => ("banner error", "alert"),
        NoticeKind::Info => ("banner info", "status"),
    };
    html! {
        <div class="banner-slot" aria-live="polite">
            <div {class} {role}>
                <span class="banner-text">{ n.text.clone() }</span>
                if let Some(onclick) = undo { <button {onclick}>{ t!("library-undo") }</button> }
                <button class="quiet" onclick={dismiss} aria-label={t!("library-dismiss")}>{ "✕" }</button>
            </div>
        </div>
    }
}
