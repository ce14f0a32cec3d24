//! The compare view (reached from the library's "Compare" button): one article, the files
//! collected for it, and what they show together: the heat of each label, one student against the
//! key, or the consensus; beside it the files, the agreement table and the ranked spans.

mod consensus;
mod files;
mod gradebook;
mod lists;
mod table;
mod threads;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::banner::Banner;
use crate::components::marked_text::MarkedText;
use crate::effects::grade_exports::{self, Lms};
use crate::effects::{commands, use_ctx};
use crate::i18n::t;
use crate::state::compare::{Compare, Mark, View};
use crate::state::comparison::CompareAction;
use crate::state::Action;

/// The comparison, compared by pointer: every change makes a new one.
pub type CompareRef = crate::state::Shared<Compare>;

#[derive(Properties, PartialEq)]
pub struct CompareScreenProps {
    pub compare: CompareRef,
    pub notice: Option<crate::state::Notice>,
    /// Whether the comparison is kept in this browser.
    pub keeping: crate::state::class_set::Keeping,
}

#[component]
pub fn CompareScreen(props: &CompareScreenProps) -> Html {
    let ctx = use_ctx();
    let c = props.compare.0.clone();
    // Everything the view shows, computed once per change of the comparison.
    let derived = use_memo(props.compare.clone(), |c| {
        let c = &c.0;
        let (marks, score): (Vec<Mark>, Option<f64>) = match c.view {
            View::Heat => (c.heat_marks(), None),
            View::Feedback => c.feedback_marks().unwrap_or_default(),
            View::Consensus => (c.consensus_marks(), None),
        };
        (
            Rc::new(marks),
            score,
            table::TableData::of(c),
            c.ranked(),
            c.key_found(),
        )
    });
    let back = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| commands::show_library(&ctx))
    };
    let chosen = |e: Event| {
        e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    };
    let on_key =
        ctx.callback(move |e: Event| Action::Compare(CompareAction::Key(chosen(e).parse().ok())));
    let on_label = ctx.callback(move |e: Event| Action::Compare(CompareAction::Label(chosen(e))));
    let view_tab = |view: View, name: String| {
        let chosen = c.view == view;
        let onclick = ctx.callback(move |_: MouseEvent| Action::Compare(CompareAction::View(view)));
        html! { <button role="tab" class="tab" aria-selected={chosen.to_string()} {onclick}>{ name }</button> }
    };
    let on_student = ctx
        .callback(move |e: Event| Action::Compare(CompareAction::Student(chosen(e).parse().ok())));
    let gradebook = {
        let (ctx, c) = (ctx.clone(), c.clone());
        Callback::from(move |_: MouseEvent| commands::download_gradebook(&ctx, &c))
    };
    let feedback_files = {
        let (ctx, c) = (ctx.clone(), c.clone());
        Callback::from(move |_: MouseEvent| commands::download_feedback(&ctx, &c))
    };
    let lms_button = |lms: Lms| {
        let (ctx, c) = (ctx.clone(), c.clone());
        let kind = lms.id_column(&c);
        let disabled = c.key.is_none() || c.students().is_empty() || c.rubric().is_none();
        let onclick = Callback::from(move |_: MouseEvent| grade_exports::run(&ctx, &c, lms, kind));
        html! {
            <button {onclick} {disabled} title={t!("classroom-lms-title")}>{ lms.button() }</button>
        }
    };
    let students = c.students();
    let (marks, score) = (derived.0.clone(), derived.1);
    let label_name = c.label_name(&c.label);
    let region = match c.view {
        View::Heat => t!("classroom-region-heat", label = &label_name),
        View::Feedback => t!("classroom-region-feedback"),
        View::Consensus => t!(
            "classroom-region-consensus",
            k = c.k,
            count = students.len()
        ),
    };
    html! {
        <div class="compare-screen">
            <div class="masthead">
                <header class="top-bar compare-bar">
                    <button class="quiet" onclick={back}>{ t!("classroom-back-to-library") }</button>
                    <div class="doc-head">
                        <h1 class="doc-title">{ t!("classroom-compare-title", title = &c.article.title) }</h1>
                    </div>
                    <div class="row tools">
                        <label class="inline-field">{ t!("classroom-key") }{ " " }
                            <select onchange={on_key} aria-label={t!("classroom-key")}>
                                <option value="" selected={c.key.is_none()}>{ t!("classroom-no-key") }</option>
                                { for c.entries.iter().enumerate().map(|(i, e)| html! {
                                    <option value={i.to_string()} selected={c.key == Some(i)}>{ e.name.clone() }</option>
                                }) }
                            </select>
                        </label>
                        <label class="inline-field">{ t!("classroom-label") }{ " " }
                            <select onchange={on_label} aria-label={t!("classroom-label")}>
                                { for c.article.labels.iter().map(|l| html! {
                                    <option value={l.id.clone()} selected={c.label == l.id}>{ l.name.clone() }</option>
                                }) }
                            </select>
                        </label>
                        <button onclick={gradebook} disabled={c.key.is_none() || students.is_empty()}>{ t!("classroom-gradebook-csv") }</button>
                        { for Lms::ALL.into_iter().map(lms_button) }
                        <button onclick={feedback_files} disabled={c.key.is_none() || students.is_empty()} title={t!("classroom-feedback-files.title")}>{ t!("classroom-feedback-files") }</button>
                    </div>
                </header>
                <Banner notice={props.notice.clone()} />
            </div>
            <div class="compare-body">
                <main class="reader">
                    <div class="tabs" role="tablist" aria-label={t!("classroom-views")}>
                        { view_tab(View::Heat, t!("classroom-view-heat")) }{ view_tab(View::Feedback, t!("classroom-feedback")) }{ view_tab(View::Consensus, t!("classroom-view-consensus")) }
                    </div>
                    { match c.view {
                        View::Heat => html! {
                            <p class="view-hint">{ t!("classroom-heat-hint", label = &label_name, count = students.len()) }</p>
                        },
                        View::Feedback => html! {
                            <div class="view-hint feedback-head">
                                if c.key.is_none() {
                                    <p>{ t!("classroom-feedback-choose-key") }</p>
                                } else {
                                    <label class="inline-field">{ t!("classroom-feedback-for") }{ " " }
                                        <select onchange={on_student} aria-label={t!("classroom-student")}>
                                            { for students.iter().map(|&i| html! {
                                                <option value={i.to_string()} selected={c.student == Some(i)}>{ c.entries[i].name.clone() }</option>
                                            }) }
                                        </select>
                                    </label>
                                    <span class="score">{ match score {
                                        // Halves to even, as `{:.0}` rounds them.
                                        Some(s) => t!("classroom-score", percent = (s * 100.0).round_ties_even()),
                                        None => t!("classroom-score-none"),
                                    } }</span>
                                    <ul class="legend">
                                        <li><span class="swatch fb-matched"></span>{ t!("classroom-legend-matched") }</li>
                                        <li><span class="swatch fb-partial"></span>{ t!("classroom-legend-partial") }</li>
                                        <li><span class="swatch fb-missed"></span>{ t!("classroom-legend-missed") }</li>
                                        <li><span class="swatch fb-extra"></span>{ t!("classroom-legend-extra") }</li>
                                    </ul>
                                }
                            </div>
                        },
                        View::Consensus => consensus::consensus_controls(&ctx, &props.compare),
                    } }
                    if c.view == View::Feedback {
                        <MarkedText text={c.article.text.shared()} {marks} label={region}
                            on_pick={ctx.callback(|at: usize| Action::Compare(CompareAction::Pick(Some(at))))} />
                        { threads::feedback_threads(&ctx, &c) }
                    } else {
                        <MarkedText text={c.article.text.shared()} {marks} label={region} />
                    }
                </main>
                <aside class="side-panel compare-panel" aria-label={t!("classroom-compare-panel")}>
                    { files::files(&ctx, &props.compare, &props.keeping) }
                    { table::agreement_table(&c, &derived.2) }
                    <gradebook::Gradebook compare={props.compare.clone()} />
                    { lists::lists(&c, &derived.3, &derived.4) }
                </aside>
            </div>
        </div>
    }
}
