//! Asks what to do when an opened file's article is already in the library: says which version is
//! newer (spans, notes, last change), and takes the focus on the choice that loses nothing (Cancel
//! when the library's copy is newer, Keep both otherwise). Replace keeps the replaced version.

use yew::prelude::*;

use crate::components::library::local_time;
use crate::dom::clock::new_doc_id;
use crate::effects::{commands, use_ctx};
use crate::i18n::t;
use crate::state::document::DocAction;
use crate::state::{Action, Conflict, Newer};

#[derive(Properties, PartialEq)]
pub struct ConflictProps {
    pub conflict: crate::state::Shared<Conflict>,
}

#[component]
pub fn ConflictDialog(props: &ConflictProps) -> Html {
    let ctx = use_ctx();
    let c = props.conflict.clone();
    let keep_both = {
        let (ctx, c) = (ctx.clone(), c.clone());
        Callback::from(move |_: MouseEvent| {
            ctx.send(Action::Doc(DocAction::Conflict(None)));
            commands::open_new_from(&ctx, c.incoming.clone(), new_doc_id(), c.base.clone());
        })
    };
    let replace = {
        let (ctx, c) = (ctx.clone(), c.clone());
        Callback::from(move |_: MouseEvent| {
            ctx.send(Action::Doc(DocAction::Conflict(None)));
            commands::replace(&ctx, c.clone());
        })
    };
    let cancel = ctx.callback(|_: MouseEvent| Action::Doc(DocAction::Conflict(None)));
    let e = &c.existing;
    let newer = c.newer();
    // "3 spans, 1 note" (notes when known).
    let counts = |spans: usize, notes: Option<usize>| match notes {
        Some(notes) => t!("library-conflict-counts", spans = spans, notes = notes),
        None => t!("library-conflict-spans", spans = spans),
    };
    let here = counts(e.total(), c.existing_notes);
    let when = local_time(&e.updated);
    let library_line = if newer == Newer::Library {
        t!(
            "library-conflict-in-library-newer",
            counts = here,
            when = when
        )
    } else {
        t!("library-conflict-in-library", counts = here, when = when)
    };
    let there = counts(
        c.incoming.annotations().len(),
        Some(commands::notes(&c.incoming)),
    );
    // A file that says nothing of when it changed is never the newer one.
    let file_line = match c.file_changed() {
        Some(changed) if newer == Newer::File => {
            t!(
                "library-conflict-file-newer",
                counts = there,
                when = local_time(changed)
            )
        }
        Some(changed) => t!(
            "library-conflict-file",
            counts = there,
            when = local_time(changed)
        ),
        None => t!("library-conflict-file-undated", counts = there),
    };
    let advice = match newer {
        Newer::Library => t!("library-conflict-advice-library"),
        Newer::File => t!("library-conflict-advice-file"),
        Newer::Unknown => t!("library-conflict-advice-unknown"),
    };
    // The choice that loses nothing takes the focus (and Enter).
    let cancel_first = newer != Newer::File;
    html! {
        <div class="modal-backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="conflict-title" aria-describedby="conflict-versions">
                <h2 id="conflict-title">{ t!("library-conflict-title") }</h2>
                <div id="conflict-versions">
                    <p>{ t!("library-conflict-same-text", title = &e.title) }</p>
                    <ul class="versions">
                        <li class={classes!((newer == Newer::Library).then_some("newer"))}>{ library_line }</li>
                        <li class={classes!((newer == Newer::File).then_some("newer"))}>{ file_line }</li>
                    </ul>
                    <p>{ advice }</p>
                </div>
                <p class="hint">{ t!("library-conflict-hint") }</p>
                <div class="row">
                    <button class={classes!((!cancel_first).then_some("primary"))} data-autofocus={(!cancel_first).then_some("")} onclick={keep_both}>{ t!("library-conflict-keep-both") }</button>
                    <button onclick={replace}>{ t!("library-conflict-replace") }</button>
                    <button class={classes!(cancel_first.then_some("primary"))} data-autofocus={cancel_first.then_some("")} onclick={cancel}>{ t!("library-cancel") }</button>
                </div>
            </div>
        </div>
    }
}
