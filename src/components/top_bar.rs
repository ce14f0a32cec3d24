//! The annotate screen's bar: back to the library, the title and source, save state, undo/redo,
//! download, export and open.

use yew::prelude::*;

use crate::components::export_menu::ExportMenu;
use crate::components::open_file::OpenFile;
use crate::effects::{commands, use_ctx};
use crate::i18n::t;
use crate::intake::is_web_url;
use crate::state::edit::EditAction;
use crate::state::{Action, SaveStatus};

#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    pub title: String,
    pub source_url: Option<String>,
    pub can_undo: bool,
    pub can_redo: bool,
    pub save: SaveStatus,
}

#[component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let ctx = use_ctx();
    let library = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| commands::show_library(&ctx))
    };
    let download = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| commands::download(&ctx))
    };
    let (status_class, status) = match &props.save {
        SaveStatus::Saved => ("save-state saved", t!("annotate-saved")),
        SaveStatus::Unsaved => ("save-state", t!("annotate-saving")),
        // The banner under the bar says why and what to do.
        SaveStatus::Failed(_) => ("save-state failed", t!("annotate-not-saved")),
    };
    html! {
        <header class="top-bar">
            <button class="quiet" onclick={library}>{ t!("annotate-library") }</button>
            <div class="doc-head">
                <h1 class="doc-title">{ props.title.clone() }</h1>
                // Trimmed as checked: a URL from a file may start with a space the browser keeps
                // (a no-break space), which made it a link into this page.
                if let Some(url) = props.source_url.as_deref().map(str::trim).filter(|u| is_web_url(u)).map(str::to_string) {
                    <a class="source-link" href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a>
                }
            </div>
            <span class={status_class} role="status">{ status }</span>
            <div class="row tools">
                <button onclick={ctx.callback(|_: MouseEvent| Action::edit(EditAction::Undo))} disabled={!props.can_undo} title={t!("annotate-undo.title")}>{ t!("annotate-undo") }</button>
                <button onclick={ctx.callback(|_: MouseEvent| Action::edit(EditAction::Redo))} disabled={!props.can_redo} title={t!("annotate-redo.title")}>{ t!("annotate-redo") }</button>
                <button class="primary" onclick={download} title={t!("annotate-download.title")}>{ t!("annotate-download") }</button>
                <ExportMenu />
                <OpenFile />
            </div>
        </header>
    }
}
