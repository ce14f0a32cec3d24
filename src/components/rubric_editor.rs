//! The rubric part of the assignment dialog: criteria (name, points, how measured) added, edited,
//! reordered and removed, and the scale with its letter bands. Every change goes to the reducer
//! (`state/rubric_edit.rs`), which saves the rubric only while valid; the core's problem with the
//! draft is shown here, at once.

use std::rc::Rc;

use close_reader_core::model::rubric::{points_text, round_points};
use close_reader_core::model::{Label, LinkKind, Measure, Rubric, Scale};
use yew::prelude::*;

use crate::effects::use_ctx;
use crate::i18n::{reasons, t};
use crate::state::classroom::ClassAction;
use crate::state::rubric_edit::{measure_choice, scale_choice, RubricEdit, MEASURES, SCALES};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct RubricEditorProps {
    pub draft: Option<Rubric>,
    pub labels: Rc<Vec<Label>>,
}

fn value_of(e: &Event) -> String {
    let t = e.target().expect("a target");
    if let Some(i) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&t) {
        return i.value();
    }
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

#[component]
pub fn RubricEditor(props: &RubricEditorProps) -> Html {
    let ctx = use_ctx();
    let send = {
        let ctx = ctx.clone();
        move |edit: RubricEdit| ctx.send(Action::Class(ClassAction::Rubric(edit)))
    };
    // A callback sending the edit made from the event's value.
    let on = |make: Rc<dyn Fn(String) -> RubricEdit>| {
        let send = send.clone();
        Callback::from(move |e: Event| send(make(value_of(&e))))
    };
    let click = |edit: RubricEdit| {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send(edit.clone()))
    };
    let Some(r) = &props.draft else {
        return html! {
            <fieldset class="rubric-editor">
                <legend>{ t!("classroom-rubric") }</legend>
                <p class="hint">{ t!("classroom-rubric-none") }</p>
                <button onclick={click(RubricEdit::Start(true))}>{ t!("classroom-rubric-add") }</button>
            </fieldset>
        };
    };
    let problem = r.problem().or_else(|| r.label_problem(&props.labels));
    let n = r.criteria.len();
    let criterion = |i: usize| {
        let c = &r.criteria[i];
        let num = i + 1;
        let choice = measure_choice(&c.measure);
        let detail = match &c.measure {
            Measure::Recall { label } | Measure::F1 { label, .. } => html! {
                <select aria-label={t!("classroom-criterion-label", number = num)} onchange={on(Rc::new(move |v| RubricEdit::Label(i, v)))}>
                    { for props.labels.iter().map(|l| html! {
                        <option value={l.id.clone()} selected={*label == l.id}>{ l.name.clone() }</option>
                    }) }
                </select>
            },
            Measure::LinksFound { kind } => html! {
                <select aria-label={t!("classroom-criterion-links", number = num)} onchange={on(Rc::new(move |v| RubricEdit::LinkKind(i, v)))}>
                    <option value="" selected={kind.is_none()}>{ t!("classroom-link-every-kind") }</option>
                    { for LinkKind::ALL.iter().map(|k| html! {
                        <option value={k.as_str()} selected={*kind == Some(*k)}>{ k.as_str() }</option>
                    }) }
                </select>
            },
            Measure::Notes { at_least } => html! {
                <input type="number" min="1" step="1" class="short" value={at_least.to_string()}
                    aria-label={t!("classroom-criterion-notes", number = num)}
                    onchange={on(Rc::new(move |v| RubricEdit::AtLeast(i, v)))} />
            },
            Measure::ByHand => html! {},
        };
        html! {
            <li class="criterion">
                <span class="criterion-number" aria-hidden="true">{ format!("{}.", crate::i18n::num(num as f64)) }</span>
                <input type="text" class="criterion-name" value={c.name.clone()} maxlength="120"
                    aria-label={t!("classroom-criterion-name", number = num)}
                    onchange={on(Rc::new(move |v| RubricEdit::Name(i, v)))} />
                <input type="number" min="0.01" step="0.01" class="short" value={points_text(c.points)}
                    aria-label={t!("classroom-criterion-points", number = num)}
                    onchange={on(Rc::new(move |v| RubricEdit::Points(i, v)))} />
                <select aria-label={t!("classroom-criterion-measure", number = num)} onchange={on(Rc::new(move |v| RubricEdit::Measure(i, v)))}>
                    { for MEASURES.iter().map(|(v, name)| html! {
                        <option value={*v} selected={choice == *v}>{ name.to_string() }</option>
                    }) }
                </select>
                { detail }
                <span class="criterion-tools">
                    <button class="icon" title={t!("classroom-move-up")} aria-label={t!("classroom-criterion-move-up", number = num)} disabled={i == 0} onclick={click(RubricEdit::Move(i, true))}>{ "↑" }</button>
                    <button class="icon" title={t!("classroom-move-down")} aria-label={t!("classroom-criterion-move-down", number = num)} disabled={i + 1 == n} onclick={click(RubricEdit::Move(i, false))}>{ "↓" }</button>
                    <button class="icon" title={t!("classroom-remove")} aria-label={t!("classroom-criterion-remove", number = num)} onclick={click(RubricEdit::Remove(i))}>{ "✕" }</button>
                </span>
            </li>
        }
    };
    let scale = scale_choice(&r.scale);
    let bands = match &r.scale {
        Scale::Letters(bands) => html! {
            <ul class="bands" aria-label={t!("classroom-bands")}>
                { for bands.iter().enumerate().map(|(i, b)| html! {
                    <li>
                        <input type="text" class="short" maxlength="12" value={b.letter.clone()}
                            aria-label={t!("classroom-band-letter", number = i + 1)}
                            onchange={on(Rc::new(move |v| RubricEdit::BandLetter(i, v)))} />
                        { " " }{ t!("classroom-band-from") }{ " " }
                        <input type="number" min="0" max="100" step="0.1" class="short" value={b.min_percent.to_string()}
                            aria-label={t!("classroom-band-lowest", number = i + 1)}
                            onchange={on(Rc::new(move |v| RubricEdit::BandMin(i, v)))} />
                        { t!("classroom-band-percent") }
                        <button class="icon" aria-label={t!("classroom-band-remove", number = i + 1)} onclick={click(RubricEdit::RemoveBand(i))}>{ "✕" }</button>
                    </li>
                }) }
                <li><button onclick={click(RubricEdit::AddBand)}>{ t!("classroom-band-add") }</button></li>
            </ul>
        },
        _ => html! {},
    };
    html! {
        <fieldset class="rubric-editor">
            <legend>{ t!("classroom-rubric-legend", points = round_points(r.possible())) }</legend>
            <ol class="criteria" aria-label={t!("classroom-criteria")}>{ for (0..n).map(criterion) }</ol>
            <div class="row">
                <button onclick={click(RubricEdit::Add)}>{ t!("classroom-criterion-add") }</button>
                <label class="inline-field">{ t!("classroom-grade-shown-as") }{ " " }
                    <select aria-label={t!("classroom-scale")} onchange={on(Rc::new(RubricEdit::Scale))}>
                        { for SCALES.iter().map(|(v, name)| html! {
                            <option value={*v} selected={scale == *v}>{ name.to_string() }</option>
                        }) }
                    </select>
                </label>
                <button class="quiet" onclick={click(RubricEdit::Start(false))}>{ t!("classroom-rubric-remove") }</button>
            </div>
            { bands }
            { match problem {
                Some(p) => html! { <p class="error rubric-problem" role="alert">{ t!("classroom-rubric-not-saved", problem = reasons::rubric(&p)) }</p> },
                None => html! { <p class="hint rubric-saved">{ t!("classroom-rubric-saved") }</p> },
            } }
        </fieldset>
    }
}
