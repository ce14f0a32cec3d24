//! Above an assignment's article: the teacher's instructions and whose work this is; above a
//! feedback file's article: the score against the key and the switch to see the spans against it.

use close_reader_core::analysis::agreement::{feedback, spans_of, Verdict};
use yew::prelude::*;

use crate::effects::use_ctx;
use crate::i18n::{num, t};
use crate::session::SessionRef;
use crate::state::classroom::ClassAction;
use crate::state::compare::key_spans;
use crate::state::grading::{measure_words, possible_words};
use crate::state::Action;

/// How the work will be assessed: each criterion, its points and how it is measured.
fn rubric_list(r: &close_reader_core::model::Rubric, doc: &close_reader_core::Document) -> Html {
    use close_reader_core::model::rubric::round_points;
    let label_name = |id: &str| {
        doc.labels
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.name.to_lowercase())
            .unwrap_or_else(|| id.to_string())
    };
    html! {
        <details class="rubric-shown" open=true>
            <summary>{ t!("classroom-assessed", points = possible_words(r)) }</summary>
            <table class="rubric-table" aria-label={t!("classroom-rubric")}>
                <thead><tr><th scope="col">{ t!("classroom-col-criterion") }</th><th scope="col">{ t!("classroom-col-points") }</th><th scope="col">{ t!("classroom-col-measured") }</th></tr></thead>
                <tbody>
                    { for r.criteria.iter().map(|c| html! {
                        <tr>
                            <th scope="row">{ c.name.clone() }</th>
                            <td class="num">{ num(round_points(c.points)) }</td>
                            <td>{ measure_words(&c.measure, &label_name) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct AssignmentStripProps {
    pub session: SessionRef,
    pub rev: u64,
    pub feedback_shown: bool,
}

#[component]
pub fn AssignmentStrip(props: &AssignmentStripProps) -> Html {
    let ctx = use_ctx();
    let se = props.session.0.borrow();
    let doc = &se.doc;
    let mut out = Vec::new();
    if let Some(a) = &doc.assignment {
        let (who, action) = match &doc.annotator {
            Some(n) => (
                t!("classroom-annotating-as", name = n),
                t!("classroom-change-name"),
            ),
            None => (t!("classroom-no-name"), t!("classroom-add-name")),
        };
        out.push(html! {
            <section class="assignment-strip" aria-label={t!("classroom-assignment")}>
                <h2>{ t!("classroom-assignment") }</h2>
                if !a.instructions.trim().is_empty() {
                    <p class="instructions">{ a.instructions.clone() }</p>
                }
                if let Some(r) = &a.rubric {
                    { rubric_list(r, doc) }
                }
                <p class="who">
                    { who }{ " · " }
                    <button class="link-button" onclick={ctx.callback(|_: MouseEvent| Action::Class(ClassAction::AskName(true)))}>{ action }</button>
                </p>
            </section>
        });
    }
    if let Some(key) = &doc.feedback {
        let fb = feedback(&key_spans(key), &spans_of(doc));
        let count = |f: fn(&Verdict) -> bool| fb.items.iter().filter(|i| f(&i.verdict)).count();
        let matched = count(|v| matches!(v, Verdict::Matched));
        let partial = count(|v| matches!(v, Verdict::Partial { .. }));
        let missed = count(|v| matches!(v, Verdict::Missed));
        let extra = count(|v| matches!(v, Verdict::Extra));
        // Halves to even, as `{:.0}` rounds them (and as the journeys compute the score).
        let heading = match fb.score {
            Some(s) => t!(
                "classroom-feedback-heading",
                name = &key.key_name,
                percent = (s * 100.0).round_ties_even()
            ),
            None => t!("classroom-feedback-heading-none", name = &key.key_name),
        };
        let shown = props.feedback_shown;
        out.push(html! {
            <section class="feedback-strip" aria-label={t!("classroom-feedback")}>
                <h2>{ heading }</h2>
                <ul class="legend">
                    <li><span class="swatch fb-matched"></span>{ t!("classroom-count-matched", count = matched) }</li>
                    <li><span class="swatch fb-partial"></span>{ t!("classroom-count-partial", count = partial) }</li>
                    <li><span class="swatch fb-missed"></span>{ t!("classroom-count-missed", count = missed) }</li>
                    <li><span class="swatch fb-extra"></span>{ t!("classroom-count-extra", count = extra) }</li>
                </ul>
                <button onclick={ctx.callback(move |_: MouseEvent| Action::Class(ClassAction::ShowFeedback(!shown)))}>
                    { if shown { t!("classroom-back-to-annotating") } else { t!("classroom-show-against-key") } }
                </button>
            </section>
        });
    }
    html! { <>{ for out }</> }
}
