//! Assignments: the teacher's link (the assignment deflated into the URL fragment, never sent to a
//! server) and file, and a student's arrival from either: their earlier work if this browser has
//! it, else a fresh copy, with their name asked once and written into the file they hand in.

use close_reader_core::formats::assignment_link::{
    assignment_file, base64url_decode, base64url_encode, fragment_code, MAX_LINK_CHARS,
};
use close_reader_core::formats::native;
use close_reader_core::model::names::slug;
use close_reader_core::Document;

use super::Ctx;
use crate::dom::clock::new_doc_id;
use crate::dom::compress::{deflate, inflate};
use crate::i18n::{reasons, t};
use crate::limits::{link_too_long_message, MAX_ASSIGNMENT_BYTES, MAX_TEXT_CHARS};
use crate::state::{classroom::ClassAction, ui::UiAction};
use crate::state::{Action, Notice};
use crate::storage::{library, prefs};

/// The page's address without its fragment: where the link opens.
fn page_address() -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let href = loc.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The link that opens `doc` as an assignment, or why it cannot be made (naming the rubric when
/// the link would fit without it).
pub async fn make_link(doc: &Document) -> Result<String, String> {
    let link = link_of(doc).await?;
    let len = link.chars().count();
    if len <= MAX_LINK_CHARS {
        return Ok(link);
    }
    let mut bare = doc.clone();
    if let Some(a) = bare.assignment.as_mut().filter(|a| a.rubric.is_some()) {
        a.rubric = None;
        if link_of(&bare).await?.chars().count() <= MAX_LINK_CHARS {
            return Err(crate::limits::rubric_link_message(len));
        }
    }
    Err(link_too_long_message(len))
}

async fn link_of(doc: &Document) -> Result<String, String> {
    let packed = deflate(assignment_file(doc).as_bytes()).await?;
    Ok(format!(
        "{}#assignment={}",
        page_address(),
        base64url_encode(&packed)
    ))
}

/// Puts the link on the clipboard.
pub fn copy_link(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(url);
    }
}

/// Downloads the assignment file of `doc`: the article, its labels and the assignment, no annotations.
pub fn download_file(doc: &Document) -> Result<(), String> {
    let name = format!("{}.assignment.close-reader.json", slug(&doc.title));
    crate::io::download::text_file(&name, "application/json", &assignment_file(doc))
}

/// Opens the assignment in the page's fragment, if there is one; true when there was.
pub async fn open_from_fragment(ctx: &Ctx) -> bool {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return false;
    };
    let Some(code) = fragment_code(&hash).map(str::to_string) else {
        return false;
    };
    super::startup::clear_hash();
    let refused = |why: String| {
        ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
            "messages-link-not-opened",
            why = why
        ))))))
    };
    if code.is_empty() {
        refused(t!("messages-link-empty"));
        return true;
    }
    match unpack(&code).await {
        Ok(doc) => receive(ctx, doc).await,
        Err(why) => refused(why),
    }
    true
}

async fn unpack(code: &str) -> Result<Document, String> {
    let packed = base64url_decode(code).map_err(|e| reasons::link_code(&e))?;
    let bytes = inflate(&packed).await?;
    if bytes.len() as f64 > MAX_ASSIGNMENT_BYTES {
        return Err(t!("messages-link-too-big"));
    }
    let doc = native::from_bytes(&bytes).map_err(|e| reasons::load(&e))?;
    if doc.text.len() > MAX_TEXT_CHARS {
        return Err(crate::limits::too_long_message(doc.text.len()));
    }
    if doc.assignment.is_none() {
        return Err(t!("messages-link-no-assignment"));
    }
    Ok(doc)
}

/// A student opens an assignment (from a link or a file): the copy already in this browser if
/// there is one (their work is never replaced), else a new document with their name, asked once.
pub async fn receive(ctx: &Ctx, mut doc: Document) {
    let sha = doc.text.sha256().to_string();
    let saved = library::list()
        .await
        .unwrap_or_else(|_| ctx.state().library.to_vec())
        .into_iter()
        .find(|m| m.sha256 == sha);
    if let Some(meta) = saved {
        super::commands::open_saved(ctx, &meta.id).await;
        ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
            "messages-assignment-already-here",
            title = meta.title
        ))))));
        return;
    }
    let name = prefs::name();
    doc.annotator = name.clone();
    super::commands::open_new(ctx, doc, new_doc_id());
    if name.is_none() {
        ctx.send(Action::Class(ClassAction::AskName(true)));
    }
}
