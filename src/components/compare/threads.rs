//! The feedback view's conversations: the comment box for the span the teacher clicked (one of the
//! shown student's spans, or a key span they missed) and the student's threads with the teacher's
//! replies. Renders what `state/compare_threads.rs` computes.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::threads::{Compose, Threads};
use crate::dom::clock::now_iso;
use crate::effects::Ctx;
use crate::i18n::t;
use crate::state::compare::Compare;
use crate::state::comparison::CompareAction;
use crate::state::thread_view::{thread_views, Reader};
use crate::state::Action;

pub fn feedback_threads(ctx: &Ctx, c: &Compare) -> Html {
    let Some(i) = c.student.filter(|_| c.key.is_some()) else {
        return html! {};
    };
    let name = c.entries[i].name.clone();
    let threads = Rc::new(thread_views(
        &c.entries[i].doc,
        &c.threads_of(i),
        Reader::Teacher { student: &name },
    ));
    let on_reply = ctx.callback(|(thread, text): (String, String)| {
        Action::Compare(CompareAction::Reply {
            thread,
            text,
            now: now_iso(),
        })
    });
    let on_comment = ctx.callback(|text: String| {
        Action::Compare(CompareAction::Comment {
            text,
            now: now_iso(),
        })
    });
    let close = ctx.callback(|_: MouseEvent| Action::Compare(CompareAction::Pick(None)));
    html! {
        <div class="feedback-threads">
            if let Some(target) = c.comment_target() {
                <section class="comment-box" aria-label={t!("classroom-comment-box")}>
                    <p class="comment-on">{ t!("classroom-comment-on", what = &target.what) }</p>
                    <Compose label={t!("classroom-comment")} placeholder={t!("classroom-comment.placeholder")} on_send={on_comment} />
                    <button class="quiet" onclick={close}>{ t!("classroom-close") }</button>
                </section>
            } else {
                <p class="view-hint">{ t!("classroom-comment-hint") }</p>
            }
            <Threads {threads} {on_reply} />
        </div>
    }
}
