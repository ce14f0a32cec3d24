//! Conversations on spans: each thread's quoted words and messages, with a reply box; and the
//! teacher's comment box for the span they clicked in the feedback view. Thin: it renders the
//! views the state computed (`state/thread_view.rs`) and hands the words typed to its owner.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::thread_view::ThreadView;

#[derive(Properties, PartialEq)]
pub struct ThreadsProps {
    pub threads: Rc<Vec<ThreadView>>,
    /// A reply typed on a thread: (thread id, text).
    pub on_reply: Callback<(String, String)>,
    /// Replies are off in a read-only tab.
    #[prop_or(true)]
    pub can_reply: bool,
}

#[component]
pub fn Threads(props: &ThreadsProps) -> Html {
    if props.threads.is_empty() {
        return html! {};
    }
    html! {
        <section class="threads" aria-label="Comments on spans">
            <h2>{ "Comments" }</h2>
            { for props.threads.iter().map(|t| html! {
                <ThreadItem key={t.id.clone()} thread={t.clone()} on_reply={props.on_reply.clone()} can_reply={props.can_reply} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ThreadItemProps {
    thread: ThreadView,
    on_reply: Callback<(String, String)>,
    can_reply: bool,
}

#[component]
fn ThreadItem(props: &ThreadItemProps) -> Html {
    let t = &props.thread;
    let send = {
        let (id, on_reply) = (t.id.clone(), props.on_reply.clone());
        Callback::from(move |text: String| on_reply.emit((id.clone(), text)))
    };
    html! {
        <article class="thread" data-thread={t.id.clone()}>
            <p class="thread-place">{ format!("{}: ", t.place) }<q dir="auto">{ t.quote.clone() }</q></p>
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
                <Compose label="Reply" placeholder="Your reply" on_send={send} />
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
