//! The review of an import before anything changes: how many annotations found their place and
//! how many of the file's links can be made, the ones that cannot (each with its reason), and for
//! tags that name no label a choice (create the label, use an existing one, or skip). Apply is one
//! undoable edit; Cancel changes nothing.

use close_reader_core::Label;
use yew::prelude::*;

use crate::effects::{import, use_ctx};
use crate::i18n::t;
use crate::state::import::ImportAction;
use crate::state::import::{
    added, linked, plan_review, tag_counts, Choices, PendingImport, Plan, TagChoice, Target,
};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ImportReviewProps {
    pub pending: crate::state::Shared<PendingImport>,
}

/// The key of a file format's name (core's phrase, "Hypothesis annotations"), for the message
/// that names it in the language's own way; an unknown one goes as it is.
fn format_key(name: &str) -> &str {
    match name {
        "a Close Reader file" => "native",
        "a W3C Web Annotation" => "w3c-annotation",
        "a list of W3C Web Annotations" => "w3c-list",
        "a W3C Annotation Page" => "w3c-page",
        "a W3C Annotation Collection" => "w3c-collection",
        "a W3C Web Annotation graph (JSON-LD @graph)" => "w3c-graph",
        "Hypothesis annotations" => "hypothesis",
        "doccano JSONL" => "doccano",
        "Label Studio tasks" => "label-studio",
        "a Close Reader CSV sheet" => "csv",
        "a brat .ann file" => "brat",
        other => other,
    }
}

/// A message holding the user's `tag`, with the tag in bold wherever the language puts it.
fn with_tag_strong(message: impl Fn(&str) -> String, tag: &str) -> Html {
    // A character no message has stands for the tag, to find where it goes.
    const MARK: &str = "\u{e000}";
    let text = message(MARK);
    match text.split_once(MARK) {
        Some((before, after)) => {
            html! { <>{ before.to_string() }<strong>{ tag.to_string() }</strong>{ after.to_string() }</> }
        }
        None => html! { { message(tag) } },
    }
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
                    <option value="create" selected={current == "create"}>{ t!("start-import-create", tag = tag) }</option>
                }
                { for labels.iter().map(|l| {
                    let v = format!("label:{}", l.id);
                    html! { <option selected={current == v} value={v.clone()}>{ t!("start-import-mark-as", label = l.name.clone()) }</option> }
                }) }
                <option value="skip" selected={current == "skip"}>{ t!("start-import-skip") }</option>
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
    // With links: "and 2 of 3 links", the links the plan makes, of those the file holds between
    // annotations.
    let links = p.report.links.len();
    let (count, made) = (added(&planned.edits), linked(&planned.edits));
    let lead = match (&p.target, links) {
        (Target::Open, 0) => t!("start-import-found", found = found, total = total),
        (Target::Open, _) => t!(
            "start-import-found-links",
            found = found,
            total = total,
            linked = made,
            links = links
        ),
        (Target::NewDocument(doc), 0) => t!(
            "start-import-new",
            title = doc.title.clone(),
            words = doc.word_count(),
            found = found,
            total = total
        ),
        (Target::NewDocument(doc), _) => t!(
            "start-import-new-links",
            title = doc.title.clone(),
            words = doc.word_count(),
            found = found,
            total = total,
            linked = made,
            links = links
        ),
    };
    let apply_label = match (&p.target, count, made) {
        (Target::NewDocument(_), _, 0) => t!("start-import-open-with", count = count),
        (Target::NewDocument(_), _, _) => {
            t!("start-import-open-with-links", count = count, links = made)
        }
        (Target::Open, 0, _) => t!("start-import-add-nothing"),
        (Target::Open, _, 0) => t!("start-import-add", count = count),
        (Target::Open, _, _) => t!("start-import-add-links", count = count, links = made),
    };
    html! {
        <div class="modal-backdrop">
            <div class="modal import-review" role="dialog" aria-modal="true" aria-labelledby="import-title">
                <h2 id="import-title">{ t!("start-import-title", name = p.file_name.clone()) }</h2>
                <p>{ t!("start-import-read-as", format = format_key(p.format)) }{ " " }{ lead }</p>
                if !r.unknown_tags.is_empty() || untagged > 0 {
                    <fieldset class="tag-choices">
                        <legend>{ t!("start-import-tags") }</legend>
                        { for r.unknown_tags.iter().enumerate().map(|(i, tag)| choice_row(
                            format!("tag-{i}"),
                            with_tag_strong(|tag| t!("start-import-tag", tag = tag, count = per_tag[i]), tag),
                            &choices.tags[i], Some(tag), &labels, set(Some(i)))) }
                        if untagged > 0 {
                            { choice_row("tag-none".into(),
                                html! { { t!("start-import-untagged", count = untagged) } },
                                &choices.untagged, None, &labels, set(None)) }
                        }
                    </fieldset>
                }
                if !r.problems.is_empty() {
                    <h3 class="problems-title">{ t!("start-import-not-placed", count = r.problems.len()) }</h3>
                    <ul class="problems">
                        { for r.problems.iter().map(|pr| html! { <li>{ pr.to_string() }</li> }) }
                    </ul>
                }
                if !planned.unmade_links.is_empty() {
                    <h3 class="problems-title">{ t!("start-import-links-not-made", count = planned.unmade_links.len()) }</h3>
                    <ul class="problems links-not-made">
                        { for planned.unmade_links.iter().map(|pr| html! { <li>{ pr.to_string() }</li> }) }
                    </ul>
                }
                <div class="row">
                    <button ref={primary} class="primary" onclick={apply}>{ apply_label }</button>
                    <button onclick={cancel}>{ t!("start-cancel") }</button>
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
