//! Asks what to do when an opened file's article is already in the library: says which version is
//! newer (spans, notes, last change), and takes the focus on the choice that loses nothing (Cancel
//! when the library's copy is newer, Keep both otherwise). Replace keeps the replaced version.

use yew::prelude::*;

use crate::dom::clock::{local_time, new_doc_id};
use crate::effects::{commands, use_ctx};
use crate::state::document::DocAction;
use crate::state::{Action, Conflict, Newer};

#[derive(Properties, PartialEq)]
pub struct ConflictProps {
    pub conflict: crate::state::Shared<Conflict>,
}

/// "3 spans, 1 note" (notes when known).
fn counts(spans: usize, notes: Option<usize>) -> String {
    let spans = format!("{spans} span{}", if spans == 1 { "" } else { "s" });
    match notes {
        Some(n) => format!("{spans}, {n} note{}", if n == 1 { "" } else { "s" }),
        None => spans,
    }
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
    let mark = |is: bool| if is { " (newer)" } else { "" };
    let library_line = format!(
        "In your library: {}, last changed {}{}.",
        counts(e.total(), c.existing_notes),
        local_time(&e.updated),
        mark(newer == Newer::Library)
    );
    let file_line = format!(
        "The file: {}{}{}.",
        counts(
            c.incoming.annotations().len(),
            Some(commands::notes(&c.incoming))
        ),
        c.file_changed()
            .map(|t| format!(", last changed {}", local_time(t)))
            .unwrap_or_default(),
        mark(newer == Newer::File)
    );
    let advice = match newer {
        Newer::Library => {
            "Your library's copy is newer: replacing it with the file would go back to older work."
        }
        Newer::File => "The file is newer than your library's copy.",
        Newer::Unknown => "Which is newer cannot be told from the two.",
    };
    // The choice that loses nothing takes the focus (and Enter).
    let cancel_first = newer != Newer::File;
    html! {
        <div class="modal-backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="conflict-title" aria-describedby="conflict-versions">
                <h2 id="conflict-title">{ "This article is already in your library" }</h2>
                <div id="conflict-versions">
                    <p>{ format!("“{}” has the same text as the file you opened.", e.title) }</p>
                    <ul class="versions">
                        <li class={classes!((newer == Newer::Library).then_some("newer"))}>{ library_line }</li>
                        <li class={classes!((newer == Newer::File).then_some("newer"))}>{ file_line }</li>
                    </ul>
                    <p>{ advice }</p>
                </div>
                <p class="hint">{ "Keep both opens the file as another document. Replace opens it in place of your copy, which stays in the library under a new title." }</p>
                <div class="row">
                    <button class={classes!((!cancel_first).then_some("primary"))} data-autofocus={(!cancel_first).then_some("")} onclick={keep_both}>{ "Keep both" }</button>
                    <button onclick={replace}>{ "Replace" }</button>
                    <button class={classes!(cancel_first.then_some("primary"))} data-autofocus={cancel_first.then_some("")} onclick={cancel}>{ "Cancel" }</button>
                </div>
            </div>
        </div>
    }
}
