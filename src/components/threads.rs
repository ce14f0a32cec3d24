//! Conversations on spans: each thread's quoted words and messages, with a reply box (in the
//! reader's list of comments, and beside the span in the side panel's span editor); and the
//! teacher's comment box for the span they clicked in the feedback view. Thin: it renders the
//! views the state computed (`state/thread_view.rs`) and hands the words typed to its owner.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::t;
use crate::state::thread_view::ThreadView;

#[derive(Properties, PartialEq)]
pub struct ThreadsProps {
    pub threads: Rc<Vec<ThreadView>>,
    /// A reply typed on a thread: (thread id, text).
    pub on_reply: Callback<(String, String)>,
    /// Replies are off in a read-only tab.
    #[prop_or(true)]
    pub can_reply: bool,
    /// Shows a thread's span beside its comments (the side panel's editor of that span); `None`
    /// where there is no side panel to show.
    #[prop_or_default]
    pub on_show: Option<Callback<String>>,
}

#[component]
pub fn Threads(props: &ThreadsProps) -> Html {
    if props.threads.is_empty() {
        return html! {};
    }
    let beside = props.threads.iter().filter(|t| t.on.is_some()).count();
    html! {
        <section class="threads" aria-label={t!("panel-threads")}>
            <h2>{ t!("panel-comments") }</h2>
            if beside > 0 && props.on_show.is_some() {
                <p class="hint">{ t!("panel-threads-hint") }</p>
            }
            { for props.threads.iter().map(|t| html! {
                <ThreadItem key={t.id.clone()} thread={t.clone()} on_reply={props.on_reply.clone()}
                    can_reply={props.can_reply} on_show={props.on_show.clone()} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ThreadItemProps {
    pub thread: ThreadView,
    pub on_reply: Callback<(String, String)>,
    pub can_reply: bool,
    /// Beside its span already (in the span editor), the thread does not repeat where it sits.
    #[prop_or(true)]
    pub with_place: bool,
    #[prop_or_default]
    pub on_show: Option<Callback<String>>,
}

/// One thread: where it sits, its messages, and a reply box.
#[component]
pub fn ThreadItem(props: &ThreadItemProps) -> Html {
    let t = &props.thread;
    let send = {
        let (id, on_reply) = (t.id.clone(), props.on_reply.clone());
        Callback::from(move |text: String| on_reply.emit((id.clone(), text)))
    };
    let show = match (&props.on_show, &t.on) {
        (Some(on_show), Some(span)) => {
            let (on_show, span) = (on_show.clone(), span.clone());
            let onclick = Callback::from(move |_: MouseEvent| on_show.emit(span.clone()));
            html! { <button class="quiet show-span" {onclick} title={t!("panel-show-span.title")}>{ t!("panel-show-span") }</button> }
        }
        _ => html! {},
    };
    html! {
        <article class="thread" data-thread={t.id.clone()}>
            if props.with_place {
                <p class="thread-place">{ t!("panel-thread-place", place = &t.place) }{ " " }<q dir="auto">{ t.quote.clone() }</q>{ " " }{ show }</p>
            }
            <ol class="messages">
                { for t.messages.iter().map(|m| html! {
                    <li class="message">
                        <span class="author">{ m.author.clone() }</span>{ " " }
                        <time datetime={m.time.clone()}>{ m.when.clone() }</time>
                        <p class="message-text" dir="auto">{ m.text.clone() }</p>
                    </li>
                }) }
            </ol>
            if props.can_reply {
                <Compose label={t!("panel-reply")} placeholder={t!("panel-reply.placeholder")} on_send={send} />
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct ComposeProps {
    /// The button's words ("Reply", "Comment").
    pub label: AttrValue,
    pub placeholder: AttrValue,
    pub on_send: Callback<String>,
}

/// A small box for a message: the text is handed over on the button and then cleared.
#[component]
pub fn Compose(props: &ComposeProps) -> Html {
    let draft = use_state(String::new);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let onclick = {
        let (draft, on_send) = (draft.clone(), props.on_send.clone());
        Callback::from(move |_: MouseEvent| {
            on_send.emit((*draft).clone());
            draft.set(String::new());
        })
    };
    html! {
        <div class="compose">
            <textarea class="compose-text" aria-label={props.placeholder.clone()} placeholder={props.placeholder.clone()}
                rows="2" maxlength="4000" value={(*draft).clone()} {oninput} />
            <button class="compose-send" {onclick} disabled={draft.trim().is_empty()}>{ props.label.clone() }</button>
        </div>
    }
}
