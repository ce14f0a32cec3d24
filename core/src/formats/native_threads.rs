//! The optional `threads` member of the native file: conversations on spans (`model/thread.rs`),
//! each anchored by its code-point span with the quoted text beside it, and the annotation it
//! comments on when there is one. Older Close Readers ignore members they do not know, so a file
//! with threads keeps its version, and a file without them is written byte for byte as before;
//! see `docs/format.md`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::formats::native::LoadError;
use crate::model::names::ellipsize;
use crate::model::{Document, Message, Span, Thread};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"id\", \"start\", \"end\", \"quote\" and \"messages\"")]
pub(crate) struct ThreadV3 {
    pub id: String,
    /// The student's annotation it comments on; absent for a span of the key they missed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotation: Option<String>,
    pub start: u64,
    pub end: u64,
    pub quote: String,
    pub messages: Vec<MessageV3>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"id\", \"author\", \"time\" and \"text\"")]
pub(crate) struct MessageV3 {
    pub id: String,
    pub author: String,
    pub time: String,
    pub text: String,
}

/// Reads the member on its own before the whole file, so that a thread of the wrong shape is
/// named by its position rather than by a place in the file. `null` means absent.
pub(crate) fn check_shape(file: &Value) -> Result<(), LoadError> {
    let Some(t) = file.get("threads").filter(|v| !v.is_null()) else {
        return Ok(());
    };
    let Some(items) = t.as_array() else {
        return Err(LoadError::BadThreads {
            detail: "it is not a list".into(),
        });
    };
    for (i, item) in items.iter().enumerate() {
        ThreadV3::deserialize(item).map_err(|e| LoadError::BadThread {
            index: i + 1,
            detail: format!("cannot be read: {e}"),
        })?;
    }
    Ok(())
}

/// The threads, each checked against the text as a key span is (inside it, not empty, quoting the
/// text at its offsets), with its messages' and ids' problems named. The annotation a thread
/// names need not exist: a student may have removed it, and the comment stays on its span.
pub(crate) fn threads_of(doc: &Document, threads: Vec<ThreadV3>) -> Result<Vec<Thread>, LoadError> {
    let mut out: Vec<Thread> = Vec::with_capacity(threads.len());
    for (i, t) in threads.into_iter().enumerate() {
        let bad = |detail: String| LoadError::BadThread {
            index: i + 1,
            detail,
        };
        if t.start > t.end {
            return Err(bad(format!(
                "ends before it starts (start {}, end {})",
                t.start, t.end
            )));
        }
        let len = doc.text.len();
        if t.end > len as u64 {
            return Err(bad(format!(
                "has offsets [{}, {}), outside the text (which has {len} characters)",
                t.start, t.end
            )));
        }
        let span = Span::new(t.start as usize, t.end as usize).expect("start <= end");
        let found = doc.text.slice(span);
        if !span.is_empty() && found != t.quote {
            return Err(bad(format!(
                "quotes \"{}\", but the text at its offsets reads \"{}\"",
                ellipsize(&t.quote, 80),
                ellipsize(found, 80)
            )));
        }
        if out.iter().any(|o| o.id == t.id) {
            return Err(bad(format!(
                "has the id \"{}\", as an earlier thread does",
                t.id
            )));
        }
        let thread = Thread {
            id: t.id,
            span,
            annotation: t.annotation,
            messages: t
                .messages
                .into_iter()
                .map(|m| Message {
                    id: m.id,
                    author: m.author,
                    time: m.time,
                    text: m.text,
                })
                .collect(),
        };
        if let Some(p) = thread.problem() {
            return Err(bad(p));
        }
        out.push(thread);
    }
    Ok(out)
}

/// The document's threads with their quotes, or `None` when it has none (the member is left out).
/// A span outside the text (which no loaded document has) is written with an empty quote rather
/// than failing the save; such a file is refused when opened, naming the thread.
pub(crate) fn write_threads(doc: &Document) -> Option<Vec<ThreadV3>> {
    if doc.threads.is_empty() {
        return None;
    }
    Some(
        doc.threads
            .iter()
            .map(|t| ThreadV3 {
                id: t.id.clone(),
                annotation: t.annotation.clone(),
                start: t.span.start() as u64,
                end: t.span.end() as u64,
                quote: if t.span.end() <= doc.text.len() {
                    doc.text.slice(t.span).to_string()
                } else {
                    String::new()
                },
                messages: t
                    .messages
                    .iter()
                    .map(|m| MessageV3 {
                        id: m.id.clone(),
                        author: m.author.clone(),
                        time: m.time.clone(),
                        text: m.text.clone(),
                    })
                    .collect(),
            })
            .collect(),
    )
}
