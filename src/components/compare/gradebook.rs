//! The gradebook in the compare view: with a key and the assignment's rubric, each student's
//! points per criterion (computed by the core), total and grade on the rubric's scale; the
//! teacher overrides a value with a reason (a small form under the table), reverts it, and gives
//! each student's identifier in their LMS (one by one or as a pasted roster). Overrides of
//! students no longer in the set are listed, not dropped.

use close_reader_core::analysis::grades::{ClassGrades, Grade};
use close_reader_core::model::rubric::points_text;
use close_reader_core::model::{GradeOverride, Rubric};
use yew::prelude::*;

use super::CompareRef;
use crate::effects::grade_exports::Lms;
use crate::effects::use_ctx;
use crate::state::comparison::CompareAction;
use crate::state::grading::{parse_roster, GradeEdit};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct GradebookProps {
    pub compare: CompareRef,
}

/// The cell being changed: (student, criterion).
type Cell = (String, usize);

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

#[component]
pub fn Gradebook(props: &GradebookProps) -> Html {
    let ctx = use_ctx();
    let editing = use_state(|| None::<Cell>);
    let points = use_state(String::new);
    let reason = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let roster_problems = use_state(Vec::<String>::new);
    let roster_text = use_state(String::new);
    let grades = use_memo(props.compare.clone(), |c| c.0.grades());
    let c = &props.compare.0;
    let edit = {
        let ctx = ctx.clone();
        move |e: GradeEdit| ctx.send(Action::Compare(CompareAction::Grades(e)))
    };
    let Some(rubric) = c.rubric() else {
        return html! {
            <section class="gradebook" aria-label="Gradebook">
                <h2>{ "Gradebook" }</h2>
                <p class="hint">{ "No rubric yet: open the article, choose Assign, and add a rubric there; its grades show here." }</p>
            </section>
        };
    };
    let class: &ClassGrades = match grades.as_ref() {
        None => {
            return html! {
                <section class="gradebook" aria-label="Gradebook">
                    <h2>{ "Gradebook" }</h2>
                    <p class="hint">{ "Choose a key (above): the rubric's criteria are computed against it." }</p>
                </section>
            }
        }
        Some(Err(why)) => {
            return html! {
                <section class="gradebook" aria-label="Gradebook">
                    <h2>{ "Gradebook" }</h2>
                    <p class="error" role="alert">{ why.clone() }</p>
                </section>
            }
        }
        Some(Ok(g)) => g,
    };
    let open_cell = |student: &str, i: usize, g: &Grade| {
        let (editing, points, reason, problem) = (
            editing.clone(),
            points.clone(),
            reason.clone(),
            problem.clone(),
        );
        let cell = (student.to_string(), i);
        let value = g.criteria[i].points.map(points_text).unwrap_or_default();
        let why = g.criteria[i].override_reason.clone().unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            editing.set(Some(cell.clone()));
            points.set(value.clone());
            reason.set(why.clone());
            problem.set(None);
        })
    };
    let row = |g: &Grade| {
        let name = g.student.clone();
        let on_id = {
            let (edit, name) = (edit.clone(), name.clone());
            Callback::from(move |e: Event| {
                edit(GradeEdit::Identifier(name.clone(), input_value(&e)))
            })
        };
        html! {
            <tr>
                <th scope="row">{ name.clone() }</th>
                { for g.criteria.iter().enumerate().map(|(i, cg)| {
                    let shown = cg.points.map(points_text).unwrap_or_else(|| "—".into());
                    let over = cg.override_reason.is_some();
                    let title = match (&cg.override_reason, cg.computed) {
                        (Some(r), Some(was)) => format!("Overridden (computed {}): {r}", points_text(was)),
                        (Some(r), None) => format!("Given by hand: {r}"),
                        (None, _) => format!("{} for {}: change", rubric.criteria[i].name, name),
                    };
                    html! {
                        <td class={classes!("num", over.then_some("overridden"))}>
                            <button class="cell" title={title.clone()} aria-label={format!("{}, {}: {shown}. {title}", name, rubric.criteria[i].name)}
                                onclick={open_cell(&name, i, g)}>{ shown }{ if over { "*" } else { "" } }</button>
                        </td>
                    }
                }) }
                <td class="num total">{ format!("{} / {}", points_text(g.total), points_text(g.possible)) }</td>
                <td class="grade">{ g.shown(rubric).unwrap_or_else(|| "incomplete".into()) }</td>
                <td><input type="text" class="lms-id" value={c.identifiers.get(&name).cloned().unwrap_or_default()}
                    aria-label={format!("LMS identifier of {name}")} onchange={on_id} /></td>
            </tr>
        }
    };
    let form = (*editing).clone().and_then(|(student, i)| {
        let g = class.grades.iter().find(|g| g.student == student)?;
        let criterion = rubric.criteria.get(i)?;
        let cg = &g.criteria[i];
        let save = {
            let (c, edit, editing, problem) =
                (props.compare.clone(), edit.clone(), editing.clone(), problem.clone());
            let (points, reason, student) = ((*points).clone(), (*reason).clone(), student.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let value: f64 = points.trim().replace(',', ".").parse().unwrap_or(f64::NAN);
                let o = GradeOverride {
                    student: student.clone(),
                    criterion: i,
                    points: value,
                    reason: reason.clone(),
                };
                match c.0.override_problem(&o) {
                    Some(p) => problem.set(Some(p)),
                    None => {
                        edit(GradeEdit::Override(o));
                        editing.set(None);
                    }
                }
            })
        };
        let revert = {
            let (edit, editing, student) = (edit.clone(), editing.clone(), student.clone());
            Callback::from(move |_: MouseEvent| {
                edit(GradeEdit::Revert(student.clone(), i));
                editing.set(None);
            })
        };
        let cancel = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(None))
        };
        let on_points = {
            let points = points.clone();
            Callback::from(move |e: InputEvent| points.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
        };
        let on_reason = {
            let reason = reason.clone();
            Callback::from(move |e: InputEvent| reason.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
        };
        let computed = cg
            .computed
            .map(|p| format!("computed {}", points_text(p)))
            .unwrap_or_else(|| "given by hand".into());
        Some(html! {
            <form class="override-form" onsubmit={save} aria-label="Change a value">
                <p>{ format!("{student} · {} ({computed}, out of {})", criterion.name, points_text(criterion.points)) }</p>
                <label class="inline-field">{ "Points " }
                    <input type="text" inputmode="decimal" class="short" value={(*points).clone()} oninput={on_points} aria-label="Points given" />
                </label>
                <label class="inline-field">{ "Reason " }
                    <input type="text" class="reason" value={(*reason).clone()} oninput={on_reason} aria-label="Reason"
                        placeholder={if criterion.measure.is_by_hand() { "optional" } else { "required: why this value" }} />
                </label>
                <button type="submit" class="primary">{ "Keep this value" }</button>
                if cg.override_reason.is_some() {
                    <button type="button" onclick={revert}>{ "Revert to computed" }</button>
                }
                <button type="button" onclick={cancel}>{ "Cancel" }</button>
                if let Some(p) = (*problem).clone() {
                    <p class="error" role="alert">{ p }</p>
                }
            </form>
        })
    });
    let roster = {
        let (edit, roster_problems, text) =
            (edit.clone(), roster_problems.clone(), roster_text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (_, problems) = parse_roster(&text);
            roster_problems.set(problems);
            edit(GradeEdit::Roster((*text).clone()));
        })
    };
    let on_roster = {
        let text = roster_text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let id_column = |lms: Lms| {
        let kinds = lms.id_kinds();
        if kinds.len() < 2 {
            return html! {};
        }
        let chosen = lms.id_column(c);
        let on = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                let v = e
                    .target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value();
                edit(GradeEdit::IdColumn(lms.key().into(), v))
            })
        };
        html! {
            <label class="inline-field">{ format!("{} identifiers are ", lms.button().trim_end_matches(" CSV")) }
                <select onchange={on} aria-label={format!("{} identifier", lms.button())}>
                    { for kinds.iter().map(|(v, name)| html! { <option value={*v} selected={chosen == *v}>{ *name }</option> }) }
                </select>
            </label>
        }
    };
    html! {
        <section class="gradebook" aria-label="Gradebook">
            <h2>{ format!("Gradebook · {}", points_text(rubric.possible())) }{ " points" }</h2>
            <div class="table-scroll">
                <table class="scores grades" aria-label="Grades">
                    <thead><tr>
                        <th scope="col">{ "Student" }</th>
                        { for rubric.criteria.iter().map(|cr| html! {
                            <th scope="col" title={format!("{} points", points_text(cr.points))}>{ cr.name.clone() }<br/><span class="possible">{ format!("/ {}", points_text(cr.points)) }</span></th>
                        }) }
                        <th scope="col">{ "Total" }</th><th scope="col">{ "Grade" }</th><th scope="col">{ "LMS identifier" }</th>
                    </tr></thead>
                    <tbody>{ for class.grades.iter().map(row) }</tbody>
                </table>
            </div>
            <p class="hint">{ "Click a value to change it; a changed value is marked * and keeps its reason (hover to read it)." }</p>
            { form.unwrap_or_default() }
            if !class.unmatched.is_empty() {
                <div class="unmatched" role="note">
                    <p>{ "Values given for students no longer in this set (kept, in case their file comes back):" }</p>
                    <ul>{ for class.unmatched.iter().map(|o| html! {
                        <li>{ unmatched_line(rubric, o) }</li>
                    }) }</ul>
                </div>
            }
            <details class="roster">
                <summary>{ "Paste a roster of identifiers" }</summary>
                <form onsubmit={roster}>
                    <textarea rows="4" aria-label="Roster" value={(*roster_text).clone()} oninput={on_roster} placeholder="Ana Lima, ana.lima@school.example\nBen Ode, ben.ode@school.example" />
                    <button type="submit">{ "Use these identifiers" }</button>
                </form>
                if !roster_problems.is_empty() {
                    <p class="error" role="alert">{ format!("Not read: {}.", roster_problems.join("; ")) }</p>
                }
            </details>
            <div class="row id-columns">{ for Lms::ALL.into_iter().map(id_column) }</div>
        </section>
    }
}

/// "Zoe · Finds the claims: 3 (reason)".
fn unmatched_line(r: &Rubric, o: &GradeOverride) -> String {
    let name = r
        .criteria
        .get(o.criterion)
        .map(|c| c.name.clone())
        .unwrap_or_else(|| format!("criterion {}", o.criterion + 1));
    let why = if o.reason.is_empty() {
        String::new()
    } else {
        format!(" ({})", o.reason)
    };
    format!("{} · {name}: {}{why}", o.student, points_text(o.points))
}
