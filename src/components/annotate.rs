//! The annotate screen: the top bar with messages under it, the article with its label toolbar, and the side panel.

use yew::prelude::*;

use crate::components::{
    article::Article, assignment_dialog::AssignmentDialog, assignment_strip::AssignmentStrip,
    banner::Banner, beside::BesidePane, label_editor::LabelEditor, label_toolbar::LabelToolbar,
    marked_text::MarkedText, name_prompt::NamePrompt, side_panel::SidePanel, top_bar::TopBar,
};
use crate::session::SessionRef;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub struct AnnotateProps {
    pub state: AppState,
}

#[component]
pub fn Annotate(props: &AnnotateProps) -> Html {
    crate::dom::perf::mark("render:annotate");
    use_effect(|| crate::dom::perf::mark("render:committed"));
    let s = &props.state;
    crate::effects::suggestions::use_rejections(s);
    {
        // The article beside is saved after a link across the two changed it.
        let ctx = crate::effects::use_ctx();
        use_effect_with(s.beside_rev, move |_| {
            crate::effects::persist::save_beside(&ctx)
        });
    }
    // Where the work is kept: saving failed, or another tab edits the document.
    let ctx = crate::effects::use_ctx();
    let save_banner = crate::components::save_banner::save_banner(&ctx, &s.save);
    let tab_banner = crate::components::tab_banner::tab_banner(&ctx, s.read_only);
    let Some(session) = s.session.clone() else {
        return html! {};
    };
    let (title, source_url, can_undo, can_redo, labels) = {
        let se = session.borrow();
        (
            se.doc.title.clone(),
            se.doc.source_url.clone(),
            se.history.can_undo(),
            se.history.can_redo(),
            se.doc.labels.clone(),
        )
    };
    {
        // Highlights, badges and buttons take each label's colour by its position (`--l0`…`--l7`).
        let colors: Vec<String> = labels.iter().map(|l| l.color.clone()).collect();
        use_effect_with(colors, |colors| crate::dom::label_colors::apply(colors));
    }
    let error = s
        .notice
        .as_ref()
        .filter(|n| n.kind == crate::state::NoticeKind::Error)
        .map(|n| n.text.clone());
    // A feedback file shown against its key: the student's spans and the key's, read-only.
    let feedback_view = s.feedback_shown.then(|| {
        let se = session.borrow();
        let key = se.doc.feedback.as_ref()?;
        let fb = close_reader_core::analysis::agreement::feedback(
            &crate::state::compare::key_spans(key),
            &close_reader_core::analysis::agreement::spans_of(&se.doc),
        );
        let marks = crate::state::compare::verdict_marks_for(&se.doc, &fb.items);
        Some(html! { <MarkedText text={se.doc.text.shared()} marks={std::rc::Rc::new(marks)} label="Your spans against the key" /> })
    }).flatten();
    let (name_required, name) = {
        let se = session.borrow();
        (
            se.doc.assignment.as_ref().is_some_and(|a| a.require_name),
            se.doc.annotator.clone(),
        )
    };
    let session = SessionRef(session);
    html! {
        <div class="annotate">
            <div class="masthead">
                <TopBar {title} {source_url} {can_undo} {can_redo} save={s.save.clone()} />
                <Banner notice={s.notice.clone()} />
                { save_banner }
                { tab_banner }
            </div>
            <div class={classes!("workspace", s.beside.is_some().then_some("two-up"))}>
                <main class="reader">
                    <AssignmentStrip session={session.clone()} rev={s.rev} feedback_shown={s.feedback_shown} />
                    if let Some(view) = feedback_view { { view } } else {
                    <Article key={session.0.borrow().id.clone()} session={session.clone()} rev={s.rev} selected={s.selected.clone()} flash={s.flash.clone()} linking={s.linking.clone()} suggestion={s.suggestion.clone()} suggestions_rev={s.suggestions_rev} />
                    if let Some(p) = s.pending.clone() { <LabelToolbar pending={p} labels={labels.clone()} /> }
                    <p id="caret-help" class="caret-help">{ "Keyboard: ←/→ next word, Shift+←/→ extend, a label key marks it, Enter opens the highlight, Esc clears, Tab leaves. " }
                        <span id="caret-status" aria-live="polite"></span></p>
                    }
                </main>
                if let Some(b) = s.beside.clone() {
                    <BesidePane session={SessionRef(b)} rev={s.beside_rev} linking={s.linking.clone()} />
                }
                // On narrow screens the side panel is a drawer over the article (CSS); elsewhere
                // the wrapper is `display: contents`.
                <div id="side-drawer" class={classes!("drawer", s.panel_open.then_some("open"))}>
                    <button class="drawer-close quiet" onclick={ctx.callback(|_: MouseEvent| crate::state::Action::ShowPanel(false))}>{ "Close panel ▾" }</button>
                    <SidePanel session={session.clone()} rev={s.rev} selected={s.selected.clone()} hidden={s.hidden.clone()} linking={s.linking.clone()} suggestion={s.suggestion.clone()} suggestions_rev={s.suggestions_rev}
                        beside={s.beside.clone().map(SessionRef)} beside_rev={s.beside_rev} library={s.library.clone()} read_only={s.read_only.is_some()} />
                </div>
            </div>
            if !s.panel_open {
                <button class="panel-toggle primary" aria-controls="side-drawer" aria-expanded="false"
                    onclick={ctx.callback(|_: MouseEvent| crate::state::Action::ShowPanel(true))}>{ "Spans and notes ▴" }</button>
            }
            if s.assignment_open {
                <AssignmentDialog session={session.clone()} rev={s.rev} />
            }
            if s.asking_name {
                <NamePrompt required={name_required} current={name} />
            }
            if s.labels_open {
                <LabelEditor session={session.clone()} rev={s.rev} {error} />
            }
        </div>
    }
}
