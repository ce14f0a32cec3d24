//! The side panel: search, counts per label (which double as filters), the selected span's editor, and
//! every annotation in text order (a windowed list) or, on the Evidence tab, the evidence summary;
//! clicking an entry scrolls to and flashes its highlight.

use close_reader_core::model::label::slot;
use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::beside::ComparePanel;
use crate::components::entry_list::EntryList;
use crate::components::evidence_panel::EvidencePanel;
use crate::components::groups::Reveal;
use crate::components::search_bar::SearchBar;
use crate::components::span_editor::SpanEditor;
use crate::components::suggestion_panel::{SuggestionCard, SuggestionTab};
use crate::effects::use_ctx;
use crate::i18n::{num, t};
use crate::session::SessionRef;
use crate::state::Action;
use crate::state::{labels::LabelAction, ui::UiAction};

#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    pub session: SessionRef,
    pub rev: u64,
    pub selected: Option<AttrValue>,
    pub hidden: Rc<BTreeSet<String>>,
    pub linking: Option<AttrValue>,
    pub suggestion: Option<AttrValue>,
    pub suggestions_rev: u64,
    pub beside: Option<SessionRef>,
    pub beside_rev: u64,
    pub library: crate::state::Shared<Vec<crate::storage::library::DocMeta>>,
    /// Another tab edits the document: the span editor's fields are shown disabled.
    #[prop_or_default]
    pub read_only: bool,
    /// Where the search's current match is, for the article to keep it in the page.
    pub reveal: Reveal,
}

#[component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let ctx = use_ctx();
    // 0: annotations, 1: evidence, 2: suggestions.
    let showing = use_state_eq(|| 0u8);
    let tab = |which: u8, name: String| {
        let showing = showing.clone();
        let chosen = *showing == which;
        html! {
            <button role="tab" class="tab" aria-selected={chosen.to_string()} tabindex={if chosen { "0" } else { "-1" }}
                onclick={Callback::from(move |_: MouseEvent| showing.set(which))}>{ name }</button>
        }
    };
    let se = props.session.0.borrow();
    let doc = &se.doc;
    let slot = |label: &str| slot(&doc.labels, label);
    let chips = doc.counts().into_iter().map(|(l, n)| {
        let shown = !props.hidden.contains(&l.id);
        let id = l.id.clone();
        html! {
            <button class={classes!("chip", format!("l{}", slot(&l.id)))} aria-pressed={shown.to_string()}
                title={if shown { t!("panel-chip-hide", label = &l.name) } else { t!("panel-chip-show", label = &l.name) }}
                onclick={ctx.callback(move |_: MouseEvent| Action::Ui(UiAction::ToggleHidden(id.clone())))}>
                <span class="swatch" aria-hidden="true"></span>{ l.name.clone() }<span class="count">{ num(n as f64) }</span>
            </button>
        }
    });
    let editor = props.selected.as_ref().and_then(|id| doc.annotation(id)).map(|a| {
        let links = crate::state::links::rows(doc, &a.id);
        let linking = props.linking.as_deref() == Some(a.id.as_str());
        let threads = crate::state::thread_view::threads_on(doc, &a.id);
        html! { <SpanEditor annotation={a.clone()} quote={doc.quote(a).to_string()} labels={doc.labels.clone()} {links} {linking} {threads} /> }
    });
    let shown: Rc<Vec<usize>> = Rc::new(
        doc.annotations()
            .iter()
            .enumerate()
            .filter(|(_, a)| !props.hidden.contains(&a.label))
            .map(|(i, _)| i)
            .collect(),
    );
    html! {
        <aside class="side-panel" aria-label={t!("panel-annotations")}>
            <SearchBar session={props.session.clone()} rev={props.rev} reveal={props.reveal.clone()} />
            if let Some(id) = props.suggestion.clone() {
                <SuggestionCard session={props.session.clone()} rev={props.rev} {id} />
            }
            <fieldset class="edit-lock" disabled={props.read_only}>{ for editor }</fieldset>
            <div class="tabs" role="tablist" aria-label={t!("panel-tabs")}>
                { tab(0, t!("panel-annotations")) }{ tab(1, t!("panel-evidence")) }{ tab(2, t!("panel-suggestions")) }
            </div>
            if *showing == 1 {
                <ComparePanel session={props.session.clone()} beside={props.beside.clone()} rev={props.rev}
                    beside_rev={props.beside_rev} library={props.library.clone()} />
                <EvidencePanel session={props.session.clone()} rev={props.rev} />
            } else if *showing == 2 {
                <SuggestionTab session={props.session.clone()} rev={props.rev} suggestions_rev={props.suggestions_rev} />
            } else {
                <h2>{ t!("panel-annotations-count", count = doc.annotations().len()) }</h2>
                <div class="chips" role="group" aria-label={t!("panel-show-labels")}>
                    { for chips }
                    <button class="quiet edit-labels" onclick={ctx.callback(|_: MouseEvent| Action::labels(LabelAction::Show(true)))}
                        title={t!("panel-edit-labels.title")}>{ t!("panel-edit-labels") }</button>
                </div>
                if doc.annotations().is_empty() {
                    <p class="hint">{ t!("panel-empty") }</p>
                } else if shown.is_empty() {
                    <p class="hint">{ t!("panel-all-hidden") }</p>
                }
                <EntryList session={props.session.clone()} rev={props.rev} selected={props.selected.clone()} {shown} />
            }
        </aside>
    }
}
