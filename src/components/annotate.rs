//! The annotate screen: the top bar with messages under it, the article with its label toolbar, and the side panel.

use yew::prelude::*;

use crate::components::{
    article::Article, banner::Banner, beside::BesidePane, label_editor::LabelEditor, label_toolbar::LabelToolbar,
    side_panel::SidePanel,
    top_bar::TopBar,
};
use crate::session::SessionRef;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub struct AnnotateProps {
    pub state: AppState,
}

#[component]
pub fn Annotate(props: &AnnotateProps) -> Html {
    use_effect(|| crate::dom::perf::mark("render:committed"));
    let s = &props.state;
    crate::effects::suggestions::use_rejections(s);
    {
        // The article beside is saved after a link across the two changed it.
        let ctx = crate::effects::use_ctx();
        use_effect_with(s.beside_rev, move |_| crate::effects::persist::save_beside(&ctx));
    }
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
    let session = SessionRef(session);
    html! {
        <div class="annotate">
            <div class="masthead">
                <TopBar {title} {source_url} {can_undo} {can_redo} save={s.save.clone()} />
                <Banner notice={s.notice.clone()} />
            </div>
            <div class={classes!("workspace", s.beside.is_some().then_some("two-up"))}>
                <main class="reader">
                    <Article key={session.0.borrow().id.clone()} session={session.clone()} rev={s.rev} selected={s.selected.clone()} flash={s.flash.clone()} linking={s.linking.clone()} suggestion={s.suggestion.clone()} suggestions_rev={s.suggestions_rev} />
                    if let Some(p) = s.pending.clone() { <LabelToolbar pending={p} labels={labels.clone()} /> }
                </main>
                if let Some(b) = s.beside.clone() {
                    <BesidePane session={SessionRef(b)} rev={s.beside_rev} linking={s.linking.clone()} />
                }
                <SidePanel session={session.clone()} rev={s.rev} selected={s.selected.clone()} hidden={s.hidden.clone()} linking={s.linking.clone()} suggestion={s.suggestion.clone()} suggestions_rev={s.suggestions_rev}
                    beside={s.beside.clone().map(SessionRef)} beside_rev={s.beside_rev} library={s.library.clone()} />
            </div>
            if s.labels_open {
                <LabelEditor session={session.clone()} rev={s.rev} {error} />
            }
        </div>
    }
}
