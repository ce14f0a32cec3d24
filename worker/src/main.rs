//! The import worker: reads a file or a pasted web page into an article with its shape, off the
//! page's thread, and answers with a Close Reader file of it (which the page's own reader opens,
//! so the page needs no importer code) and what the preview shows beside it.
//!
//! It also holds what a student needs only now and then, so that the page's own wasm stays small:
//! telling other tools' files apart and reading them for the import's review, and the exports to
//! other tools' formats and the readable report, and fitting the students' files collected by the
//! compare view to its article.
//!
//! Messages in: `{id, op: "file", bytes: Uint8Array}`, `{id, op: "paste", html: string}`,
//! `{id, op: "read", bytes, name, now, open?: string}` (see [`read`]) or
//! `{id, op: "export", what, file, doc_id, generated}` (see [`export`]) or
//! `{id, op: "fit", article, bytes}` (see [`fit`]) or
//! `{id, op: "grades", system, id_kind, article, key, students, overrides, identifiers}` (see
//! [`grades`]) or `{id, op: "suggest", tag, text}` (the suggestions for an article in a language
//! other than English, whose tables only the worker has).
//! Messages out: `{ready: true}` once, then per request `{id, ok}` (for `file` and `paste` JSON
//! text with `file`, `kind`, `byline`, `date`, `left_out`; for `read` JSON text with a `route`; for
//! `export` the file's text or bytes; for `fit` JSON text) or `{id, error: string}` (a message for the user).

use close_reader_core::formats::native;
use close_reader_core::import::{self, Article};
use close_reader_core::Document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let reply = answer(&e.data());
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}

fn answer(request: &JsValue) -> JsValue {
    let get = |k: &str| js_sys::Reflect::get(request, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let text = |k: &str| get(k).as_string().unwrap_or_default();
    let id = get("id");
    let out = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&out, &"id".into(), &id);
    let result: Result<JsValue, String> = match get("op").as_string().as_deref() {
        Some("file") => {
            let bytes = js_sys::Uint8Array::new(&get("bytes")).to_vec();
            import::open(&bytes)
                .map(|o| reply(o.kind, o.article).to_string().into())
                .map_err(|e| e.to_string())
        }
        Some("paste") => Ok(reply("web page", import::html::from_paste(&text("html")))
            .to_string()
            .into()),
        Some("read") => {
            let bytes = js_sys::Uint8Array::new(&get("bytes")).to_vec();
            read(&bytes, &text("name"), get("open").as_string(), &text("now")).map(JsValue::from)
        }
        Some("fit") => {
            let bytes = js_sys::Uint8Array::new(&get("bytes")).to_vec();
            fit(&text("article"), &bytes).map(JsValue::from)
        }
        Some("suggest") => {
            close_reader_core::analysis::suggest::suggest_in(&text("tag"), &text("text"))
                .map(|all| JsValue::from(close_reader_core::analysis::suggest::wire::to_json(&all)))
                .ok_or_else(|| format!("no suggestion rules for {:?}", text("tag")))
        }
        Some("grades") => {
            grades(&text("system"), &text("id_kind"), &|k| text(k)).map(JsValue::from)
        }
        Some("export") => export(
            &text("what"),
            &text("file"),
            &text("doc_id"),
            &text("generated"),
            &text("words"),
        ),
        _ => Err("The import worker was asked something it does not know.".to_string()),
    };
    match result {
        Ok(answer) => {
            let _ = js_sys::Reflect::set(&out, &"ok".into(), &answer);
        }
        Err(why) => {
            let _ = js_sys::Reflect::set(&out, &"error".into(), &why.into());
        }
    }
    out.into()
}

/// A file the page did not open itself (it opens only what starts as a Close Reader file does):
/// told apart by its content, as "Open file" always did. The answer's `route` says what it is:
/// `native` (a Close Reader file after all, or one meant as one: the page's reader opens it or
/// says what is wrong with it), `review` (another tool's annotations, read and placed on `open`,
/// the open document as a Close Reader file, for the review: see `formats::wire`),
/// `needs-article` (such a file with no article open) or `article` (an article to import, as the
/// `file` request answers). A file that is none of them is an error, with the message to show.
fn read(bytes: &[u8], name: &str, open: Option<String>, now: &str) -> Result<String, String> {
    use close_reader_core::formats::detect::{detect, meant_as_native, Format, NotRecognised};
    use close_reader_core::formats::reader::{self, ReadError};
    use close_reader_core::formats::wire;
    let route = |r: &str| serde_json::json!({ "route": r }).to_string();
    match detect(bytes) {
        Ok(Format::Native) => Ok(route("native")),
        Ok(format) => {
            let open = match open {
                Some(file) => Some(native::from_json(&file).map_err(|e| e.to_string())?),
                None => None,
            };
            match reader::read(format, bytes, open.as_ref(), &title_of(name), now) {
                Ok(reading) => {
                    let mut v = wire::reading_to_json(format, &reading);
                    v["route"] = "review".into();
                    Ok(v.to_string())
                }
                Err(ReadError::NeedsArticle) => Ok(serde_json::json!({
                    "route": "needs-article",
                    "format": wire::format_index(format),
                })
                .to_string()),
                Err(e) => Err(e.to_string()),
            }
        }
        // Not an annotation file: an article (a web page, PDF, Word file…) to import.
        Err(e) if !meant_as_native(name, bytes, &e) && e != NotRecognised::Empty => {
            let opened = import::open(bytes).map_err(|e| e.to_string())?;
            let mut v = reply(opened.kind, opened.article);
            v["route"] = "article".into();
            Ok(v.to_string())
        }
        Err(e) if !meant_as_native(name, bytes, &e) => Err(e.to_string()),
        Err(_) => Ok(route("native")),
    }
}

/// A student's file (`bytes`, a Close Reader file) fitted to the compare view's article (`article`,
/// a Close Reader file): the same text, re-anchored onto it, or another article (see
/// `formats::collect`); JSON written by `formats::wire`, or why the file cannot be read.
fn fit(article: &str, bytes: &[u8]) -> Result<String, String> {
    use close_reader_core::formats::{collect, wire};
    let file = native::from_bytes(bytes).map_err(|e| e.to_string())?;
    let article = native::from_json(article).map_err(|e| e.to_string())?;
    Ok(wire::fit_to_json(&collect::fit(&article, file)).to_string())
}

/// A title from a file name: the part before its first dot (`scam.doccano.jsonl` → `scam`).
fn title_of(name: &str) -> String {
    let stem = name.split('.').next().unwrap_or("").trim();
    if stem.is_empty() {
        "Imported article".into()
    } else {
        stem.to_string()
    }
}

/// The open document (`file`, a Close Reader file) written for another tool or as the readable
/// report (`what` names which, as the page's Export menu does): the file's text, or its bytes for a
/// ZIP. `doc_id` names the W3C collection; `generated` is the report's date line; `words` the
/// report's own words in the interface's language (JSON, see `analysis::report::words`; English's
/// when absent).
fn export(
    what: &str,
    file: &str,
    doc_id: &str,
    generated: &str,
    words: &str,
) -> Result<JsValue, String> {
    use close_reader_core::analysis::report::{self, words::ReportWords, ReportOptions};
    use close_reader_core::formats::{brat, csv, doccano, label_studio, w3c};
    let doc = native::from_json(file).map_err(|e| e.to_string())?;
    let text = match what {
        "brat" => return Ok(js_sys::Uint8Array::from(&brat::to_brat_zip(&doc)[..]).into()),
        "w3c" => w3c::to_w3c_json(
            &doc,
            &w3c::W3cOptions {
                document_id: doc_id,
                creator: doc.annotator.as_deref(),
            },
        ),
        "csv" => csv::to_csv(&doc, csv::CsvOptions { bom: false }),
        "doccano" => doccano::to_jsonl(&doc),
        "label-studio" => label_studio::to_json(&doc),
        "report" => report::to_html_in(
            &doc,
            &ReportOptions {
                generated: Some(generated),
            },
            &ReportWords::from_json(words),
        ),
        _ => return Err("The import worker was asked something it does not know.".to_string()),
    };
    Ok(text.into())
}

/// The compare view's grades written for a learning management system (`system`: `canvas`,
/// `moodle` or `google-classroom`; `id_kind` which identifier column, where the system has
/// several): computed here by the core from the same files as the page's gradebook (`article`, a
/// Close Reader file carrying the rubric; `key`, one; `students`, a JSON array of
/// `[name, Close Reader file]`; `overrides` as `formats::grades` writes them; `identifiers` a JSON
/// object from name to identifier). The answer is JSON `{file, problems}`.
fn grades(system: &str, id_kind: &str, field: &dyn Fn(&str) -> String) -> Result<String, String> {
    use close_reader_core::analysis::grades::grade_class;
    use close_reader_core::analysis::lms::{
        canvas, google_classroom, moodle, Identifiers, LmsAssignment,
    };
    use close_reader_core::formats::grades::overrides_from_json;
    let article = native::from_json(&field("article")).map_err(|e| e.to_string())?;
    let rubric = article
        .assignment
        .as_ref()
        .and_then(|a| a.rubric.clone())
        .ok_or("The article's assignment has no rubric, so there are no grades to export.")?;
    let key = native::from_json(&field("key")).map_err(|e| e.to_string())?;
    let listed: Vec<(String, String)> =
        serde_json::from_str(&field("students")).map_err(|e| e.to_string())?;
    let mut students = Vec::new();
    for (name, file) in listed {
        let doc = native::from_json(&file).map_err(|e| format!("{name}'s file: {e}"))?;
        students.push((name, doc));
    }
    let overrides = overrides_from_json(&field("overrides"))?;
    let ids: Identifiers =
        serde_json::from_str(&field("identifiers")).map_err(|e| e.to_string())?;
    let class = grade_class(
        &rubric,
        &key,
        students.iter().map(|(n, d)| (n.as_str(), d)),
        &overrides,
    )?;
    let assignment = LmsAssignment {
        title: article.title.clone(),
        possible: rubric.possible(),
    };
    let g = &class.grades;
    let written = match system {
        "canvas" => {
            let column = match id_kind {
                "sis-user" => canvas::CanvasId::SisUserId,
                "sis-login" => canvas::CanvasId::SisLoginId,
                _ => canvas::CanvasId::CanvasUserId,
            };
            canvas::canvas_csv(&assignment, g, &ids, column)
        }
        "moodle" => {
            let column = match id_kind {
                "username" => moodle::MoodleId::Username,
                "id-number" => moodle::MoodleId::IdNumber,
                _ => moodle::MoodleId::Email,
            };
            moodle::moodle_csv(&assignment, g, &ids, column, Some(&rubric))
        }
        "google-classroom" => google_classroom::google_classroom_csv(&assignment, g, &ids),
        _ => return Err("The import worker was asked something it does not know.".to_string()),
    }?;
    Ok(serde_json::json!({ "file": written.csv, "problems": written.problems }).to_string())
}

/// The answer: the article as a Close Reader file, and what the preview shows beside it.
fn reply(kind: &str, article: Article) -> serde_json::Value {
    // An article with no title of its own is named by its first line, as a paste is.
    let title = match article.title.trim() {
        "" => close_reader_core::model::names::ellipsize(
            article
                .text
                .as_str()
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("Untitled"),
            80,
        ),
        t => t.to_string(),
    };
    let mut doc = Document::new(&title, "", None);
    doc.text = article.text;
    doc.shape = article.shape;
    serde_json::json!({
        "file": native::to_json(&doc),
        "kind": kind,
        "byline": article.byline,
        "date": article.date,
        "left_out": article.left_out,
    })
}

#[cfg(test)]
mod tests {
    use super::title_of;

    #[test]
    fn titles_come_from_the_file_name() {
        assert_eq!(title_of("scam.doccano.jsonl"), "scam");
        assert_eq!(title_of(".hidden"), "Imported article");
    }
}
