//! Asks what to do when an opened file's article is already in the library.

use yew::prelude::*;

use crate::dom::clock::{local_time, new_doc_id};
use crate::effects::{commands, use_ctx};
use crate::state::{Action, Conflict};

#[derive(Properties, PartialEq)]
pub struct ConflictProps {
    pub conflict: std::rc::Rc<Conflict>,
}

#[component]
pub fn ConflictDialog(props: &ConflictProps) -> Html {
    let ctx = use_ctx();
    let c = props.conflict.clone();
    let choose = |replace: bool| {
        let (ctx, c) = (ctx.clone(), c.clone());
        Callback::from(move |_: MouseEvent| {
            let id = if replace {
                c.existing.id.clone()
            } else {
                new_doc_id()
            };
            ctx.send(Action::Conflict(None));
            commands::open_new(&ctx, c.incoming.clone(), id);
        })
    };
    let cancel = ctx.callback(|_: MouseEvent| Action::Conflict(None));
    let e = &c.existing;
    html! {
        <div class="modal-backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="conflict-title">
                <h2 id="conflict-title">{ "This article is already in your library" }</h2>
                <p>
                    { format!("“{}” ({} annotations, saved {}) has the same text as the file you opened ({} annotations).",
                        e.title, e.total(), local_time(&e.updated), c.incoming.annotations().len()) }
                </p>
                <div class="row">
                    <button class="primary" onclick={choose(true)}>{ "Replace" }</button>
                    <button onclick={choose(false)}>{ "Keep both" }</button>
                    <button onclick={cancel}>{ "Cancel" }</button>
                </div>
            </div>
        </div>
    }
}
