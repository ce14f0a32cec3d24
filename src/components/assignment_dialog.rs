//! The teacher's "Assign" dialog: instructions and options for the open article, then its
//! assignment file to download or its link to copy (an article too long for a link says so).

use close_reader_core::model::classroom::Assignment;
use close_reader_core::model::Rubric;
use yew::prelude::*;

use crate::components::rubric_editor::RubricEditor;

use crate::effects::{assignment, use_ctx};
use crate::i18n::t;
use crate::session::SessionRef;
use crate::state::{classroom::ClassAction, ui::UiAction};
use crate::state::{Action, Notice};

/// Longest instructions kept (the file format's limit).
const MAX_INSTRUCTIONS: usize = 2_000;

#[derive(Properties, PartialEq)]
pub struct AssignmentDialogProps {
    pub session: SessionRef,
    pub rev: u64,
    /// The rubric as being edited (saved into the assignment while valid).
    pub draft: Option<Rubric>,
}

#[component]
pub fn AssignmentDialog(props: &AssignmentDialogProps) -> Html {
    let ctx = use_ctx();
    let current = props
        .session
        .0
        .borrow()
        .doc
        .assignment
        .clone()
        .unwrap_or_default();
    let labels = std::rc::Rc::new(props.session.0.borrow().doc.labels.clone());
    // The link made last, or why none could be.
    let link = use_state(|| None::<Result<String, String>>);
    let set = {
        let (ctx, link) = (ctx.clone(), link.clone());
        move |a: Assignment| {
            link.set(None);
            ctx.send(Action::Class(ClassAction::SetAssignment(Some(a))));
        }
    };
    let on_instructions = {
        let (set, current) = (set.clone(), current.clone());
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            set(Assignment {
                instructions: v.chars().take(MAX_INSTRUCTIONS).collect(),
                ..current.clone()
            })
        })
    };
    // A checkbox that sets one option of the assignment.
    let option = |set_option: fn(&mut Assignment, bool)| {
        let (set, current) = (set.clone(), current.clone());
        Callback::from(move |e: Event| {
            let mut a = current.clone();
            set_option(
                &mut a,
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            );
            set(a)
        })
    };
    let on_hide = option(|a, on| a.hide_suggestions = on);
    let on_name = option(|a, on| a.require_name = on);
    let with_assignment = {
        let (session, current) = (props.session.clone(), current.clone());
        move || {
            let mut doc = session.0.borrow().doc.clone();
            doc.assignment = Some(current.clone());
            doc
        }
    };
    let download = {
        let (ctx, with_assignment) = (ctx.clone(), with_assignment.clone());
        Callback::from(move |_: MouseEvent| {
            if let Err(e) = assignment::download_file(&with_assignment()) {
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(e)))));
            }
        })
    };
    let make_link = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let (doc, link) = (with_assignment(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                link.set(Some(assignment::make_link(&doc).await));
            });
        })
    };
    let copy = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(Ok(url)) = (*link).clone() {
                assignment::copy_link(&url);
            }
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .select()
    });
    let close = ctx.callback(|_: MouseEvent| Action::Class(ClassAction::ShowAssignment(false)));
    html! {
        <div class="modal-backdrop">
            <div class="modal assignment-dialog" role="dialog" aria-modal="true" aria-labelledby="assignment-title">
                <h2 id="assignment-title">{ t!("classroom-assign-title") }</h2>
                <p class="hint">{ t!("classroom-assign-hint") }</p>
                <label class="field">
                    <span>{ t!("classroom-assign-instructions") }</span>
                    <textarea rows="4" maxlength="2000" value={current.instructions.clone()} oninput={on_instructions}
                        placeholder={t!("classroom-assign-instructions.placeholder")} />
                </label>
                <label class="toggle"><input type="checkbox" checked={current.hide_suggestions} onchange={on_hide} />{ " " }{ t!("classroom-assign-hide-suggestions") }</label>
                <label class="toggle"><input type="checkbox" checked={current.require_name} onchange={on_name} />{ " " }{ t!("classroom-assign-require-name") }</label>
                <RubricEditor draft={props.draft.clone()} labels={labels} />
                <div class="row">
                    <button class="primary" onclick={download}>{ t!("classroom-assign-download") }</button>
                    <button onclick={make_link}>{ t!("classroom-assign-make-link") }</button>
                    <button onclick={close}>{ t!("classroom-close") }</button>
                </div>
                { match (*link).clone() {
                    Some(Ok(url)) => html! {
                        <div class="share-link">
                            <label class="field">
                                <span>{ t!("classroom-assign-link-about", count = url.chars().count()) }</span>
                                <input type="text" readonly=true value={url} onfocus={select_all} aria-label={t!("classroom-assign-link")} />
                            </label>
                            <button onclick={copy}>{ t!("classroom-assign-copy-link") }</button>
                        </div>
                    },
                    Some(Err(why)) => html! { <p class="error" role="alert">{ why }</p> },
                    None => html! {},
                } }
            </div>
        </div>
    }
}
