//! The "Export" menu's work: the open document written in another tool's format (or as the
//! readable report) by the core, and offered as a download named after the title. The writers run
//! in the worker (their code is not in the page's wasm): the document goes to it as a Close Reader
//! file, and while it writes, the bar shows and Cancel stops it. The report's own words (headings,
//! fixed phrases) go with it in the interface's language.

use close_reader_core::analysis::report::words::{Counted, ReportWords};
use close_reader_core::formats::native;
use close_reader_core::model::names::slug;
use wasm_bindgen::JsValue;

use super::Ctx;
use crate::dom::clock::{local_time, now_iso};
use crate::i18n::{lang, num, t};
use crate::io::worker;
use crate::state::ui::UiAction;
use crate::state::{Action, Notice, Progress};

/// Every export, in the menu's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    W3c,
    Csv,
    Brat,
    Doccano,
    LabelStudio,
    Report,
}

impl Export {
    pub const ALL: [Export; 6] = [
        Export::W3c,
        Export::Csv,
        Export::Brat,
        Export::Doccano,
        Export::LabelStudio,
        Export::Report,
    ];

    /// The menu item's name: the format's own name (the report's in the interface's language).
    pub fn name(self) -> String {
        match self {
            Export::W3c => "W3C Web Annotation".into(),
            Export::Csv => "CSV".into(),
            Export::Brat => "brat".into(),
            Export::Doccano => "doccano".into(),
            Export::LabelStudio => "Label Studio".into(),
            Export::Report => t!("messages-export-report"),
        }
    }

    /// What the file is for, shown as the item's tooltip.
    pub fn hint(self) -> String {
        match self {
            Export::W3c => t!("messages-export-w3c-hint"),
            Export::Csv => t!("messages-export-csv-hint"),
            Export::Brat => t!("messages-export-brat-hint"),
            Export::Doccano => t!("messages-export-doccano-hint"),
            Export::LabelStudio => t!("messages-export-label-studio-hint"),
            Export::Report => t!("messages-export-report-hint"),
        }
    }

    /// The file name's ending after the title's slug.
    pub fn extension(self) -> &'static str {
        match self {
            Export::W3c => "annotations.jsonld",
            Export::Csv => "csv",
            Export::Brat => "brat.zip",
            Export::Doccano => "doccano.jsonl",
            Export::LabelStudio => "label-studio.json",
            Export::Report => "report.html",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Export::W3c => "application/ld+json",
            Export::Csv => "text/csv;charset=utf-8",
            Export::Brat => "application/zip",
            Export::Doccano => "application/jsonl",
            Export::LabelStudio => "application/json",
            Export::Report => "text/html;charset=utf-8",
        }
    }

    /// What the worker calls this export.
    fn key(self) -> &'static str {
        match self {
            Export::W3c => "w3c",
            Export::Csv => "csv",
            Export::Brat => "brat",
            Export::Doccano => "doccano",
            Export::LabelStudio => "label-studio",
            Export::Report => "report",
        }
    }
}

/// Writes the open document as `what` (in the worker) and offers it as `<title-slug>.<extension>`.
pub fn run(ctx: &Ctx, what: Export) {
    let state = ctx.state();
    let Some(session) = state.session else { return };
    let (name, title, fields) = {
        let s = session.borrow();
        let doc = &s.doc;
        let words = match what {
            Export::Report => {
                serde_json::to_string(&report_words(doc.word_count(), doc.annotations().len()))
                    .unwrap_or_default()
            }
            _ => String::new(),
        };
        let fields: [(&str, JsValue); 5] = [
            ("what", what.key().into()),
            ("file", native::to_json(doc).into()),
            ("doc_id", s.id.as_str().into()),
            ("generated", local_time(&now_iso()).into()),
            ("words", words.into()),
        ];
        (
            format!("{}.{}", slug(&doc.title), what.extension()),
            doc.title.clone(),
            fields,
        )
    };
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        ctx.send(Action::Ui(UiAction::Progress(Some(Progress {
            what: t!("messages-exporting", title = &title, format = what.name()),
            fraction: -1.0,
        }))));
        let written = worker::request("export", &fields, None).await;
        ctx.send(Action::Ui(UiAction::Progress(None)));
        let result = match written {
            Ok(file) => match file.as_string() {
                Some(text) => crate::io::download::text_file(&name, what.mime(), &text),
                None => crate::io::download::bytes_file(
                    &name,
                    what.mime(),
                    &js_sys::Uint8Array::new(&file).to_vec(),
                ),
            },
            Err(why) if why == worker::CANCELLED => {
                return ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
                    "messages-export-cancelled"
                ))))))
            }
            Err(why) => Err(why),
        };
        if let Err(e) = result {
            ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(e)))));
        }
    });
}

/// The readable report's own words in the interface's language, for a document of `words` words
/// and `annotations` annotations (its count phrases are written whole for those, with the
/// language's plural forms; a placeholder in braces is the report's to fill).
pub fn report_words(words: usize, annotations: usize) -> ReportWords {
    let language = lang();
    ReportWords {
        lang: language.tag().to_string(),
        right_to_left: language.right_to_left(),
        digits: (0u8..10).map(num).collect(),
        untitled: t!("report-untitled"),
        page_title: t!("report-page-title", title = "{title}"),
        source: t!("report-source", url = "{url}"),
        word_count: Counted {
            exact: [(words, t!("report-word-count", count = words))].into(),
            other: t!("report-word-count", count = "{count}"),
        },
        annotation_count: Counted {
            exact: [(
                annotations,
                t!("report-annotation-count", count = annotations),
            )]
            .into(),
            other: t!("report-annotation-count", count = "{count}"),
        },
        annotated_by: t!("report-annotated-by", name = "{name}"),
        exported: t!("report-exported", date = "{date}"),
        legend: t!("report-legend"),
        note_marker: t!("report-note-marker", number = "{number}"),
        claims: t!("report-claims"),
        no_source: t!("report-no-source"),
        named: t!("report-kind-named"),
        anonymous: t!("report-kind-anonymous"),
        vague: t!("report-kind-vague"),
        notes: t!("report-notes"),
        back_to_note: t!("report-back-to-note", number = "{number}"),
        comments: t!("report-comments"),
    }
}

/// Prints the annotate view: the print style sheet leaves the title and the highlighted article,
/// followed by the legend and the numbered notes.
pub fn print(ctx: &Ctx) {
    prepare_print(ctx);
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Builds the print-only legend and notes for the open document (also run on the browser's own
/// `beforeprint`, so Ctrl+P prints them too).
pub fn prepare_print(ctx: &Ctx) {
    if let Some(session) = ctx.state().session {
        crate::dom::print_notes::fill(&session.borrow().doc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{all_sources, install, Lang};

    /// The words' phrases for counts the app wrote whole, replaced by the core's own phrases for
    /// them, after checking that they read the same.
    fn counts_as_the_cores(mine: &mut Counted, core: &Counted, english: &ReportWords) {
        for (n, phrase) in &mine.exact {
            assert_eq!(phrase, &english.counted(core, *n), "for {n}");
        }
        mine.exact = core.exact.clone();
    }

    #[test]
    fn the_reports_words_in_english_are_the_cores_own() {
        install(Lang::En, None);
        let core = ReportWords::english();
        for (words, annotations) in [(0, 0), (1, 1), (2, 2), (412, 37)] {
            let mut mine = report_words(words, annotations);
            counts_as_the_cores(&mut mine.word_count, &core.word_count, &core);
            counts_as_the_cores(&mut mine.annotation_count, &core.annotation_count, &core);
            assert_eq!(mine, core, "{words} words, {annotations} annotations");
        }
    }

    #[test]
    fn the_reports_words_follow_the_interfaces_language() {
        let sources = all_sources();
        let english = ReportWords::english();
        install(Lang::Fr, Some(&sources[&Lang::Fr]));
        let fr = report_words(1, 0);
        install(Lang::Ar, Some(&sources[&Lang::Ar]));
        let ar = report_words(1234, 2);
        install(Lang::En, None);

        assert_eq!((fr.lang.as_str(), fr.right_to_left), ("fr", false));
        assert_eq!(fr.legend, "Légende");
        assert_eq!(fr.page_title, "{title} (annoté)");
        assert_eq!(
            fr.counted(&fr.annotation_count, 0),
            "0 annotation",
            "French's singular zero"
        );
        assert_eq!(fr.counted(&fr.word_count, 1), "1 mot");
        assert_eq!(fr.digits, "0123456789");
        for (mine, theirs) in [
            (&fr.untitled, &english.untitled),
            (&fr.claims, &english.claims),
            (&fr.no_source, &english.no_source),
            (&fr.back_to_note, &english.back_to_note),
            (&fr.comments, &english.comments),
            (&fr.annotated_by, &english.annotated_by),
        ] {
            assert_ne!(mine, theirs);
        }

        assert_eq!((ar.lang.as_str(), ar.right_to_left), ("ar", true));
        assert_eq!(ar.digits, "٠١٢٣٤٥٦٧٨٩");
        assert!(ar.counted(&ar.word_count, 1234).contains("١٬٢٣٤"));
        assert_eq!(ar.counted(&ar.annotation_count, 2), "تعليقان توضيحيان");
        // Every phrase is Arabic's, and keeps the place the report fills.
        let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(&ar) else {
            unreachable!()
        };
        let Ok(serde_json::Value::Object(en_fields)) = serde_json::to_value(&english) else {
            unreachable!()
        };
        for (name, value) in &fields {
            if let Some(text) = value
                .as_str()
                .filter(|_| name != "lang" && name != "digits")
            {
                assert_ne!(Some(value), en_fields.get(name), "{name}");
                assert!(
                    text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
                    "{name}: {text}"
                );
            }
        }
        for slot in ["{title}", "{url}", "{name}", "{date}", "{number}"] {
            assert!(serde_json::to_string(&ar).unwrap().contains(slot), "{slot}");
        }
        assert!(
            ar.word_count.other.contains("{count}")
                && ar.annotation_count.other.contains("{count}")
        );
    }
}
