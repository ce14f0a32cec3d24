//! The review of an import before anything changes: how many annotations found their place and
//! how many of the file's links can be made, the ones that cannot (each with its reason), and for
//! tags that name no label a choice (create the label, use an existing one, or skip). Apply is one
//! undoable edit; Cancel changes nothing.

use close_reader_core::Label;
use yew::prelude::*;

use crate::effects::{import, use_ctx};
use crate::state::import::ImportAction;
use crate::state::import::{
    added, linked, plan_review, tag_counts, what_is_added, Choices, PendingImport, Plan, TagChoice,
    Target,
};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ImportReviewProps {
    pub pending: crate::state::Shared<PendingImport>,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The `<select>` value of a choice, and back.
fn value_of(c: &TagChoice) -> String {
    match c {
        TagChoice::Label(id) => format!("label:{id}"),
        TagChoice::Create => "create".into(),
        TagChoice::Skip => "skip".into(),
    }
}

fn choice_of(v: &str) -> TagChoice {
    match v.strip_prefix("label:") {
        Some(id) => TagChoice::Label(id.to_string()),
        None if v == "create" => TagChoice::Create,
        None => TagChoice::Skip,
    }
}

/// One row: what the tag is, how many annotations carry it, and the choice.
fn choice_row(
    id: String,
    what: Html,
    choice: &TagChoice,
    create: Option<&str>,
    labels: &[Label],
    onchange: Callback<Event>,
) -> Html {
    let current = value_of(choice);
    html! {
        <div class="tag-choice">
            <label for={id.clone()}>{ what }</label>
            <select {id} {onchange}>
                if let Some(tag) = create {
                    <option value="create" selected={current == "create"}>{ format!("Create the label “{tag}”") }</option>
                }
                { for labels.iter().map(|l| {
                    let v = format!("label:{}", l.id);
                    html! { <option selected={current == v} value={v.clone()}>{ format!("Mark as {}", l.name) }</option> }
                }) }
                <option value="skip" selected={current == "skip"}>{ "Do not import them" }</option>
            </select>
        </div>
    }
}

#[component]
pub fn ImportReview(props: &ImportReviewProps) -> Html {
    let ctx = use_ctx();
    let p = props.pending.clone();
    let choices = {
        let p = p.clone();
        use_state(move || Choices::defaults(&p.report))
    };
    let primary = use_node_ref();
    {
        let primary = primary.clone();
        use_effect_with((), move |_| {
            if let Some(b) = primary.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let labels: Vec<Label> = match &p.target {
        Target::NewDocument(doc) => doc.labels.clone(),
        Target::Open => ctx
            .state()
            .session
            .map(|s| s.borrow().doc.labels.clone())
            .unwrap_or_default(),
    };
    // What applying would do with the current choices: a skipped tag leaves out its annotations,
    // and with them the links to them.
    let planned = match &p.target {
        Target::NewDocument(doc) => plan_review(doc, &p.report, &choices),
        Target::Open => ctx.state().session.map_or_else(Plan::default, |s| {
            plan_review(&s.borrow().doc, &p.report, &choices)
        }),
    };
    let (per_tag, untagged) = tag_counts(&p.report.report);
    let set = |i: Option<usize>| {
        let choices = choices.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let mut c = (*choices).clone();
            match i {
                Some(i) => c.tags[i] = choice_of(&v),
                None => c.untagged = choice_of(&v),
            }
            choices.set(c);
        })
    };
    let apply = {
        let (ctx, choices) = (ctx.clone(), choices.clone());
        Callback::from(move |_: MouseEvent| import::apply(&ctx, (*choices).clone()))
    };
    let cancel = ctx.callback(|_: MouseEvent| Action::Import(ImportAction::Review(None)));
    let r = &p.report.report;
    let found = r.placed.len();
    let total = found + r.problems.len();
    // "and 2 of 3 links": the links the plan makes, of those the file holds between annotations.
    let links = match p.report.links.len() {
        0 => String::new(),
        n => format!(
            " and {} of {}",
            linked(&planned.edits),
            plural(n, "link", "links")
        ),
    };
    let lead = match &p.target {
        Target::Open => format!(
            "{} of {}{links} found {} place in this article.",
            found,
            plural(total, "annotation", "annotations"),
            if found == 1 && links.is_empty() {
                "its"
            } else {
                "their"
            }
        ),
        Target::NewDocument(doc) => format!(
            "It opens as a new document, “{}” ({}), with {} of its {}{links} placed.",
            doc.title,
            plural(doc.word_count(), "word", "words"),
            found,
            plural(total, "span", "spans")
        ),
    };
    let apply_label = match (&p.target, added(&planned.edits)) {
        (Target::NewDocument(_), _) => format!("Open with {}", what_is_added(&planned.edits)),
        (Target::Open, 0) => "Add nothing".to_string(),
        (Target::Open, _) => format!("Add {}", what_is_added(&planned.edits)),
    };
    html! {
        <div class="modal-backdrop">
            <div class="modal import-review" role="dialog" aria-modal="true" aria-labelledby="import-title">
                <h2 id="import-title">{ format!("Import “{}”", p.file_name) }</h2>
                <p>{ format!("Read as {}. ", p.format) }{ lead }</p>
                if !r.unknown_tags.is_empty() || untagged > 0 {
                    <fieldset class="tag-choices">
                        <legend>{ "Tags that are not labels here" }</legend>
                        { for r.unknown_tags.iter().enumerate().map(|(i, tag)| choice_row(
                            format!("tag-{i}"),
                            html! { <>{ "“" }<strong>{ tag.clone() }</strong>{ format!("” ({})", plural(per_tag[i], "annotation", "annotations")) }</> },
                            &choices.tags[i], Some(tag), &labels, set(Some(i)))) }
                        if untagged > 0 {
                            { choice_row("tag-none".into(),
                                html! { { format!("Without a tag ({})", plural(untagged, "annotation", "annotations")) } },
                                &choices.untagged, None, &labels, set(None)) }
                        }
                    </fieldset>
                }
                if !r.problems.is_empty() {
                    <h3 class="problems-title">{ format!("Not placed ({})", r.problems.len()) }</h3>
                    <ul class="problems">
                        { for r.problems.iter().map(|pr| html! { <li>{ pr.to_string() }</li> }) }
                    </ul>
                }
                if !planned.unmade_links.is_empty() {
                    <h3 class="problems-title">{ format!("Links not made ({})", planned.unmade_links.len()) }</h3>
                    <ul class="problems links-not-made">
                        { for planned.unmade_links.iter().map(|pr| html! { <li>{ pr.to_string() }</li> }) }
                    </ul>
                }
                <div class="row">
                    <button ref={primary} class="primary" onclick={apply}>{ apply_label }</button>
                    <button onclick={cancel}>{ "Cancel" }</button>
                </div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn select_values_round_trip() {
        for c in [
            TagChoice::Create,
            TagChoice::Skip,
            TagChoice::Label("my:label".into()),
        ] {
            assert_eq!(choice_of(&value_of(&c)), c);
        }
    }
}
