//! The gradebook's files for learning management systems (Canvas, Moodle, Google Classroom): the
//! grades are computed and written by the core in the worker (the writers' code is not in the
//! page's wasm), from the same files, rubric, overrides and identifiers as the gradebook shows;
//! the file is offered as a download and what the writer left out is told to the teacher.

use close_reader_core::formats::grades::overrides_to_json;
use close_reader_core::formats::native;
use close_reader_core::model::names::slug;
use wasm_bindgen::JsValue;

use super::Ctx;
use crate::i18n::t;
use crate::io::worker;
use crate::state::compare::Compare;
use crate::state::ui::UiAction;
use crate::state::{Action, Notice, Progress};

/// A system the grades are exported for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lms {
    Canvas,
    Moodle,
    GoogleClassroom,
}

impl Lms {
    pub const ALL: [Lms; 3] = [Lms::Canvas, Lms::Moodle, Lms::GoogleClassroom];

    /// The button's name: the system's own, and what the file is.
    pub fn button(self) -> &'static str {
        match self {
            Lms::Canvas => "Canvas CSV",
            Lms::Moodle => "Moodle CSV",
            Lms::GoogleClassroom => "Google Classroom CSV",
        }
    }

    /// What the worker calls the system, and the file name's ending.
    pub fn key(self) -> &'static str {
        match self {
            Lms::Canvas => "canvas",
            Lms::Moodle => "moodle",
            Lms::GoogleClassroom => "google-classroom",
        }
    }

    /// The identifier columns the system offers: (value, what the teacher reads). Classroom knows
    /// students only by their e-mail address.
    pub fn id_kinds(self) -> &'static [(&'static str, IdName)] {
        match self {
            Lms::Canvas => &[
                ("canvas-user", IdName::CanvasUser),
                ("sis-user", IdName::SisUser),
                ("sis-login", IdName::SisLogin),
            ],
            Lms::Moodle => &[
                ("email", IdName::Email),
                ("username", IdName::Username),
                ("id-number", IdName::IdNumber),
            ],
            Lms::GoogleClassroom => &[("email", IdName::Email)],
        }
    }

    /// The identifier column the comparison's export fills: the one chosen, when it is one this
    /// system offers (a record kept by another version may name another), else the first.
    pub fn id_column(self, c: &Compare) -> &'static str {
        let kinds = self.id_kinds();
        c.id_columns
            .get(self.key())
            .and_then(|chosen| kinds.iter().find(|(v, _)| v == chosen))
            .unwrap_or(&kinds[0])
            .0
    }
}

/// An identifier column's name as the teacher reads it: written in the interface's language when
/// shown (`{ *name }` in `html!`, or `to_string()`), so that the gradebook's menu needs no change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdName {
    CanvasUser,
    SisUser,
    SisLogin,
    Email,
    Username,
    IdNumber,
}

impl std::fmt::Display for IdName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            IdName::CanvasUser => t!("messages-id-canvas-user"),
            IdName::SisUser => t!("messages-id-sis-user"),
            IdName::SisLogin => t!("messages-id-sis-login"),
            IdName::Email => t!("messages-id-email"),
            IdName::Username => t!("messages-id-username"),
            IdName::IdNumber => t!("messages-id-number"),
        })
    }
}

/// As an element's only child (`<option>{ *name }</option>`).
impl yew::html::IntoPropValue<yew::Html> for IdName {
    fn into_prop_value(self) -> yew::Html {
        yew::Html::from(self.to_string())
    }
}

/// The request's fields: the article (with its rubric), the key, each student's file by name,
/// the overrides and the identifiers; `None` without a key.
fn fields(c: &Compare, lms: Lms, id_kind: &str) -> Option<Vec<(&'static str, JsValue)>> {
    let key = &c.entries[c.key?];
    let file = |e: &crate::state::compare::Entry| {
        e.native
            .as_deref()
            .map(str::to_string)
            .unwrap_or_else(|| native::to_json(&e.doc))
    };
    let students: Vec<(String, String)> = c
        .students()
        .into_iter()
        .map(|i| (c.entries[i].name.clone(), file(&c.entries[i])))
        .collect();
    Some(vec![
        ("system", lms.key().into()),
        ("id_kind", id_kind.into()),
        ("article", native::to_json(&c.article).into()),
        ("key", file(key).into()),
        (
            "students",
            serde_json::to_string(&students).unwrap_or_default().into(),
        ),
        ("overrides", overrides_to_json(&c.overrides).into()),
        (
            "identifiers",
            serde_json::to_string(&c.identifiers)
                .unwrap_or_default()
                .into(),
        ),
    ])
}

/// Writes the grades for `lms` (in the worker), downloads the file and tells what it left out.
pub fn run(ctx: &Ctx, c: &Compare, lms: Lms, id_kind: &str) {
    let Some(fields) = fields(c, lms, id_kind) else {
        return ctx.send(Action::notice(Some(Notice::error(t!(
            "messages-grades-need-key"
        )))));
    };
    let name = format!("{}-{}.csv", slug(&c.article.title), lms.key());
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        ctx.send(Action::Ui(UiAction::Progress(Some(Progress {
            what: t!("messages-writing-grades", file = lms.button()),
            fraction: -1.0,
        }))));
        let written = worker::request("grades", &fields, None).await;
        ctx.send(Action::Ui(UiAction::Progress(None)));
        let answer = match written {
            Ok(v) => v.as_string().unwrap_or_default(),
            Err(why) if why == worker::CANCELLED => {
                return ctx.send(Action::notice(Some(Notice::info(t!(
                    "messages-export-cancelled"
                )))))
            }
            Err(why) => return ctx.send(Action::notice(Some(Notice::error(why)))),
        };
        let v: serde_json::Value = serde_json::from_str(&answer).unwrap_or_default();
        let file = v["file"].as_str().unwrap_or_default();
        if let Err(e) = crate::io::download::text_file(&name, "text/csv;charset=utf-8", file) {
            return ctx.send(Action::notice(Some(Notice::error(e))));
        }
        let problems: Vec<&str> = v["problems"]
            .as_array()
            .map(|a| a.iter().filter_map(|p| p.as_str()).collect())
            .unwrap_or_default();
        let notice = if problems.is_empty() {
            Notice::info(t!("messages-grades-saved", file = &name))
        } else {
            Notice::error(t!(
                "messages-grades-saved-but",
                file = &name,
                problems = problems.join(" ")
            ))
        };
        ctx.send(Action::notice(Some(notice)));
    });
}
