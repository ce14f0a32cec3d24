//! The gradebook in the compare view: with a key and the assignment's rubric, each student's
//! points per criterion (computed by the core), total and grade on the rubric's scale; the
//! teacher overrides a value with a reason (a small form under the table), reverts it, and gives
//! each student's identifier in their LMS (one by one or as a pasted roster). Overrides of
//! students no longer in the set are listed, not dropped.

use close_reader_core::analysis::grades::{ClassGrades, Grade};
use close_reader_core::model::rubric::{points_text, round_points};
use close_reader_core::model::{GradeOverride, Rubric};
use yew::prelude::*;

use super::CompareRef;
use crate::effects::grade_exports::Lms;
use crate::effects::use_ctx;
use crate::i18n::{num, t};
use crate::state::comparison::CompareAction;
use crate::state::grading::{parse_roster, GradeEdit};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct GradebookProps {
    pub compare: CompareRef,
}

/// The cell being changed: (student, criterion).
type Cell = (String, usize);

/// Points as the interface's language writes them, to hundredths as the core keeps them.
fn pts(x: f64) -> String {
    num(round_points(x))
}

/// The grade as the rubric's scale shows it (`7.5 / 10`, `75 %`, `B`), or that it is incomplete.
fn grade_text(g: &Grade, r: &Rubric) -> String {
    use close_reader_core::model::Scale;
    let Some(percent) = g.percent else {
        return t!("classroom-grade-incomplete");
    };
    match &r.scale {
        Scale::Points => t!(
            "classroom-points-of",
            points = round_points(g.total),
            possible = round_points(g.possible)
        ),
        Scale::Percent => t!(
            "classroom-percent",
            percent = (percent * 10.0).round_ties_even() / 10.0
        ),
        Scale::Letters(_) => g.letter.clone().unwrap_or_default(),
    }
}

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
            <section class="gradebook" aria-label={t!("classroom-gradebook")}>
                <h2>{ t!("classroom-gradebook") }</h2>
                <p class="hint">{ t!("classroom-gradebook-no-rubric") }</p>
            </section>
        };
    };
    let class: &ClassGrades = match grades.as_ref() {
        None => {
            return html! {
                <section class="gradebook" aria-label={t!("classroom-gradebook")}>
                    <h2>{ t!("classroom-gradebook") }</h2>
                    <p class="hint">{ t!("classroom-gradebook-choose-key") }</p>
                </section>
            }
        }
        Some(Err(why)) => {
            return html! {
                <section class="gradebook" aria-label={t!("classroom-gradebook")}>
                    <h2>{ t!("classroom-gradebook") }</h2>
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
                    let shown = cg.points.map(pts).unwrap_or_else(|| "—".into());
                    let over = cg.override_reason.is_some();
                    let criterion = &rubric.criteria[i].name;
                    let title = match (&cg.override_reason, cg.computed) {
                        (Some(r), Some(was)) => t!("classroom-grade-overridden", computed = round_points(was), reason = r),
                        (Some(r), None) => t!("classroom-grade-by-hand", reason = r),
                        (None, _) => t!("classroom-grade-change", criterion = criterion, student = &name),
                    };
                    let label = t!("classroom-grade-cell", student = &name, criterion = criterion, value = &shown, title = &title);
                    html! {
                        <td class={classes!("num", over.then_some("overridden"))}>
                            <button class="cell" title={title.clone()} aria-label={label}
                                onclick={open_cell(&name, i, g)}>{ shown }{ if over { "*" } else { "" } }</button>
                        </td>
                    }
                }) }
                <td class="num total">{ t!("classroom-points-of", points = round_points(g.total), possible = round_points(g.possible)) }</td>
                <td class="grade">{ grade_text(g, rubric) }</td>
                <td><input type="text" class="lms-id" value={c.identifiers.get(&name).cloned().unwrap_or_default()}
                    aria-label={t!("classroom-lms-identifier-of", name = &name)} onchange={on_id} /></td>
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
        let about = match cg.computed {
            Some(p) => t!(
                "classroom-override-about",
                student = &student,
                criterion = &criterion.name,
                computed = round_points(p),
                possible = round_points(criterion.points)
            ),
            None => t!(
                "classroom-override-about-by-hand",
                student = &student,
                criterion = &criterion.name,
                possible = round_points(criterion.points)
            ),
        };
        Some(html! {
            <form class="override-form" onsubmit={save} aria-label={t!("classroom-override-form")}>
                <p>{ about }</p>
                <label class="inline-field">{ t!("classroom-col-points") }{ " " }
                    <input type="text" inputmode="decimal" class="short" value={(*points).clone()} oninput={on_points} aria-label={t!("classroom-points-given")} />
                </label>
                <label class="inline-field">{ t!("classroom-reason") }{ " " }
                    <input type="text" class="reason" value={(*reason).clone()} oninput={on_reason} aria-label={t!("classroom-reason")}
                        placeholder={if criterion.measure.is_by_hand() { t!("classroom-reason.optional") } else { t!("classroom-reason.required") }} />
                </label>
                <button type="submit" class="primary">{ t!("classroom-override-keep") }</button>
                if cg.override_reason.is_some() {
                    <button type="button" onclick={revert}>{ t!("classroom-override-revert") }</button>
                }
                <button type="button" onclick={cancel}>{ t!("classroom-cancel") }</button>
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
            <label class="inline-field">{ t!("classroom-lms-identifiers-are", system = lms.button().trim_end_matches(" CSV")) }{ " " }
                <select onchange={on} aria-label={t!("classroom-lms-identifier", system = lms.button())}>
                    { for kinds.iter().map(|(v, name)| html! { <option value={*v} selected={chosen == *v}>{ name.to_string() }</option> }) }
                </select>
            </label>
        }
    };
    html! {
        <section class="gradebook" aria-label={t!("classroom-gradebook")}>
            <h2>{ t!("classroom-gradebook-heading", points = round_points(rubric.possible())) }</h2>
            <div class="table-scroll">
                <table class="scores grades" aria-label={t!("classroom-grades")}>
                    <thead><tr>
                        <th scope="col">{ t!("classroom-student") }</th>
                        { for rubric.criteria.iter().map(|cr| html! {
                            <th scope="col" title={t!("classroom-points", points = round_points(cr.points))}>{ cr.name.clone() }<br/><span class="possible">{ format!("/ {}", pts(cr.points)) }</span></th>
                        }) }
                        <th scope="col">{ t!("classroom-col-total") }</th><th scope="col">{ t!("classroom-col-grade") }</th><th scope="col">{ t!("classroom-col-lms-identifier") }</th>
                    </tr></thead>
                    <tbody>{ for class.grades.iter().map(row) }</tbody>
                </table>
            </div>
            <p class="hint">{ t!("classroom-gradebook-hint") }</p>
            { form.unwrap_or_default() }
            if !class.unmatched.is_empty() {
                <div class="unmatched" role="note">
                    <p>{ t!("classroom-unmatched") }</p>
                    <ul>{ for class.unmatched.iter().map(|o| html! {
                        <li>{ unmatched_line(rubric, o) }</li>
                    }) }</ul>
                </div>
            }
            <details class="roster">
                <summary>{ t!("classroom-roster-paste") }</summary>
                <form onsubmit={roster}>
                    <textarea rows="4" aria-label={t!("classroom-roster")} value={(*roster_text).clone()} oninput={on_roster} placeholder="Ana Lima, ana.lima@school.example\nBen Ode, ben.ode@school.example" />
                    <button type="submit">{ t!("classroom-roster-use") }</button>
                </form>
                if !roster_problems.is_empty() {
                    <p class="error" role="alert">{ t!("classroom-roster-not-read", problems = roster_problems.join("; ")) }</p>
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
        .unwrap_or_else(|| t!("classroom-unmatched-criterion", number = o.criterion + 1));
    let points = round_points(o.points);
    if o.reason.is_empty() {
        t!(
            "classroom-unmatched-line",
            student = &o.student,
            criterion = name,
            points = points
        )
    } else {
        t!(
            "classroom-unmatched-line-reason",
            student = &o.student,
            criterion = name,
            points = points,
            reason = &o.reason
        )
    }
}
