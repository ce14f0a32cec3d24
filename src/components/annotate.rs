//! The annotate screen: the top bar with messages under it, the article with its label toolbar, and
//! the side panel. It receives the pieces of the state it shows, nothing more.

use std::collections::BTreeSet;
use std::rc::Rc;

use close_reader_core::model::contrast::Theme;
use yew::prelude::*;

use crate::components::groups::Reveal;
use crate::components::{
    article::Article, assignment_dialog::AssignmentDialog, assignment_strip::AssignmentStrip,
    banner::Banner, beside::BesidePane, label_editor::LabelEditor, label_toolbar::LabelToolbar,
    marked_text::MarkedText, name_prompt::NamePrompt, side_panel::SidePanel, threads::Threads,
    top_bar::TopBar,
};
use crate::i18n::t;
use crate::session::SessionRef;
use crate::state::tabs::ReadOnly;
use crate::state::ui::UiAction;
use crate::state::{Action, Notice, NoticeKind, Pending, SaveStatus, Shared};
use crate::storage::library::DocMeta;

#[derive(Properties, PartialEq)]
pub struct AnnotateProps {
    pub session: SessionRef,
    pub rev: u64,
    pub save: SaveStatus,
    pub notice: Option<Notice>,
    pub read_only: Option<ReadOnly>,
    pub selected: Option<AttrValue>,
    pub pending: Option<Pending>,
    pub flash: Option<(AttrValue, u32)>,
    pub linking: Option<AttrValue>,
    pub suggestion: Option<AttrValue>,
    pub suggestions_rev: u64,
    pub hidden: Rc<BTreeSet<String>>,
    pub beside: Option<SessionRef>,
    pub beside_rev: u64,
    pub library: Shared<Vec<DocMeta>>,
    pub feedback_shown: bool,
    pub panel_open: bool,
    pub assignment_open: bool,
    /// The rubric being edited in the assignment dialog.
    pub rubric_draft: Option<close_reader_core::model::Rubric>,
    pub asking_name: bool,
    pub labels_open: bool,
    pub theme: Theme,
}

#[component]
pub fn Annotate(props: &AnnotateProps) -> Html {
    crate::dom::perf::mark("render:annotate");
    use_effect(|| crate::dom::perf::mark("render:committed"));
    crate::effects::suggestions::use_rejections(&props.session, props.suggestions_rev);
    crate::effects::suggestions::use_worker_suggestions(&props.session, props.suggestions_rev);
    let ctx = crate::effects::use_ctx();
    {
        // The article beside is saved after a link across the two changed it.
        let ctx = ctx.clone();
        use_effect_with(props.beside_rev, move |_| {
            crate::effects::persist::save_beside(&ctx)
        });
    }
    // Where the work is kept: saving failed, or another tab edits the document.
    let save_banner = crate::components::save_banner::save_banner(&ctx, &props.save);
    let tab_banner = crate::components::tab_banner::tab_banner(&ctx, props.read_only);
    let session = &props.session;
    let (title, source_url, can_undo, can_redo, labels, name_required, name, id) = {
        let se = session.borrow();
        (
            se.doc.title.clone(),
            se.doc.source_url.clone(),
            se.history.can_undo(),
            se.history.can_redo(),
            se.doc.labels.clone(),
            se.doc.assignment.as_ref().is_some_and(|a| a.require_name),
            se.doc.annotator.clone(),
            se.id.clone(),
        )
    };
    {
        // Highlights, badges and buttons take each label's colour by its position (`--l0`…`--l7`).
        let colors: Vec<String> = labels.iter().map(|l| l.color.clone()).collect();
        use_effect_with(colors, |colors| crate::dom::label_colors::apply(colors));
    }
    let error = props
        .notice
        .as_ref()
        .filter(|n| n.kind == NoticeKind::Error)
        .map(|n| n.text.clone());
    // A feedback file shown against its key: the student's spans and the key's, read-only.
    let feedback_view = props
        .feedback_shown
        .then(|| {
            let se = session.borrow();
            let marks = crate::state::compare::feedback_file_marks(&se.doc)?;
            Some(html! { <MarkedText text={se.doc.text.shared()} marks={Rc::new(marks)} label={t!("annotate-feedback-region")} /> })
        })
        .flatten();
    // The teacher's comments on the student's spans (and on those they missed), with their replies.
    let threads = {
        let se = session.borrow();
        Rc::new(crate::state::thread_view::thread_views(
            &se.doc,
            &se.doc.threads,
            crate::state::thread_view::Reader::Student,
        ))
    };
    let on_reply = ctx.callback(|(thread, text): (String, String)| {
        Action::edit(crate::state::edit::EditAction::Reply { thread, text })
    });
    // "Show the span": its highlight flashes and the side panel's editor opens with the comments.
    let on_show = Some(ctx.callback(|id: String| Action::Ui(UiAction::Focus(id))));
    let show_panel =
        |open: bool| ctx.callback(move |_: MouseEvent| Action::Ui(UiAction::ShowPanel(open)));
    // The search's current match, which the article keeps in the page (a book is not all in it).
    let revealed = use_state_eq(|| None::<usize>);
    let reveal = Reveal {
        at: *revealed,
        set: revealed.setter(),
    };
    html! {
        <div class="annotate">
            <div class="masthead">
                <TopBar {title} {source_url} {can_undo} {can_redo} save={props.save.clone()} />
                <Banner notice={props.notice.clone()} />
                { save_banner }
                { tab_banner }
            </div>
            <div class={classes!("workspace", props.beside.is_some().then_some("two-up"))}>
                <main class="reader">
                    <AssignmentStrip session={session.clone()} rev={props.rev} feedback_shown={props.feedback_shown} />
                    <Threads {threads} {on_reply} {on_show} can_reply={props.read_only.is_none()} />
                    if let Some(view) = feedback_view { { view } } else {
                    <Article key={id} session={session.clone()} rev={props.rev} reveal={reveal.at} selected={props.selected.clone()} flash={props.flash.clone()} linking={props.linking.clone()} suggestion={props.suggestion.clone()} suggestions_rev={props.suggestions_rev} />
                    if let Some(p) = props.pending.clone() { <LabelToolbar pending={p} labels={labels.clone()} /> }
                    <p id="caret-help" class="caret-help">{ t!("annotate-caret-help") }{ " " }
                        <span id="caret-status" aria-live="polite"></span></p>
                    }
                </main>
                if let Some(b) = props.beside.clone() {
                    <BesidePane session={b} rev={props.beside_rev} linking={props.linking.clone()} />
                }
                // On narrow screens the side panel is a drawer over the article (CSS); elsewhere
                // the wrapper is `display: contents`.
                <div id="side-drawer" class={classes!("drawer", props.panel_open.then_some("open"))}>
                    <button class="drawer-close quiet" onclick={show_panel(false)}>{ t!("annotate-close-panel") }</button>
                    <SidePanel session={session.clone()} rev={props.rev} reveal={reveal.clone()} selected={props.selected.clone()} hidden={props.hidden.clone()} linking={props.linking.clone()} suggestion={props.suggestion.clone()} suggestions_rev={props.suggestions_rev}
                        beside={props.beside.clone()} beside_rev={props.beside_rev} library={props.library.clone()} read_only={props.read_only.is_some()} />
                </div>
            </div>
            if !props.panel_open {
                <button class="panel-toggle primary" aria-controls="side-drawer" aria-expanded="false"
                    onclick={show_panel(true)}>{ t!("annotate-open-panel") }</button>
            }
            if props.assignment_open {
                <AssignmentDialog session={session.clone()} rev={props.rev} draft={props.rubric_draft.clone()} />
            }
            if props.asking_name {
                <NamePrompt required={name_required} current={name} />
            }
            if props.labels_open {
                <LabelEditor session={session.clone()} rev={props.rev} {error} theme={props.theme} />
            }
        </div>
    }
}
