//! Working with other tools from the browser: every item of the Export menu downloads a file that
//! its format's reader takes back, links between annotations included; the menu works from the
//! keyboard; files of other tools opened through "Open file" are reviewed (placed, not placed, tags
//! to map, links made and not made) before one undoable edit that adds annotations and links.

use std::path::{Path, PathBuf};

use close_reader_core::anchoring::ImportReport;
use close_reader_core::formats::import_links::ForeignLink;
use close_reader_core::formats::{brat, csv, doccano, label_studio, native, w3c_import};
use close_reader_core::{Document, LinkKind};
use e2e::thirtyfour::prelude::*;
use e2e::{App, TempDir};
use serde_json::json;

/// Emoji, right-to-left text and CRLF line ends, as imports and exports must keep them.
const TEXT: &str = "The minister said the plan may work 😀.\r\n\r\nقال الوزير إن الخطة ناجحة.\r\nCritics reportedly doubt it.";

/// Clicks the annotation quoting `quote`, on a piece of its highlight where it is the innermost
/// span and nothing is suggested (a highlight is cut into pieces by overlapping spans and by
/// suggestions, and a click on a suggestion shows the suggestion).
async fn click_mark(app: &App, quote: &str) {
    let at = app
        .js(
            r#"const marks = [...document.querySelectorAll('article mark')];
               const pieces = {};
               marks.forEach((m, i) => m.dataset.ids.split(' ').forEach(id => (pieces[id] ||= []).push(i)));
               for (const [id, at] of Object.entries(pieces)) {
                 if (at.map(i => marks[i].textContent).join('') === arguments[0]) {
                   const innermost = at.filter(i => marks[i].dataset.ids.split(' ')[0] === id);
                   return innermost.find(i => !marks[i].dataset.suggested) ?? innermost[0] ?? at[0];
                 }
               }
               return null;"#,
            vec![json!(quote)],
        )
        .await;
    let Some(at) = at.as_u64() else {
        panic!("no highlight {quote:?} among {:?}", app.marks().await)
    };
    let marks = app.driver.find_all(By::Css("article mark")).await.unwrap();
    marks[at as usize].click().await.unwrap();
}

/// Waits for the message banner to say `needle`.
async fn banner(app: &App, needle: &str) {
    app.wait_until(
        &format!("a message saying {needle:?}"),
        &format!("[...document.querySelectorAll('.banner-text')].some(e => e.textContent.includes({needle:?}))"),
    )
    .await;
}

/// The links the span editor lists for the selected span, as (relation, quote), once it lists
/// `n` of them.
async fn link_rows(app: &App, n: usize) -> Vec<(String, String)> {
    app.wait_until(
        &format!("{n} links listed"),
        &format!("document.querySelectorAll('.span-editor .links li').length === {n}"),
    )
    .await;
    let rows = app
        .js(
            "return [...document.querySelectorAll('.span-editor .links li')].map(li => [li.querySelector('.relation').textContent, li.querySelector('.linked').textContent]);",
            vec![],
        )
        .await;
    serde_json::from_value(rows).unwrap()
}

fn row(relation: &str, quote: &str) -> (String, String) {
    (relation.to_string(), format!("“{quote}”"))
}

/// A document with three spans, one with a note (a line break in it), and the claim linked to its
/// source, typed as a user would.
async fn annotated(app: &App) {
    app.new_article("Plan review", TEXT).await;
    app.select_text("The minister", 0).await;
    app.keys("s").await;
    app.select_text("may work", 0).await;
    app.keys("c").await;
    let note = app.wait_for(".span-editor textarea").await;
    note.send_keys("Which plan?\nNo figures given.")
        .await
        .unwrap();
    app.js("document.activeElement.blur();", vec![]).await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_until(
        "three marks",
        "new Set([...document.querySelectorAll('article mark')].flatMap(m => m.dataset.ids.split(' '))).size === 3",
    )
    .await;
    // The claim is supported by the source: L with the claim selected, then a click on the source.
    click_mark(app, "may work").await;
    app.wait_for(".span-editor").await;
    app.keys("l").await;
    banner(app, "Linking").await;
    click_mark(app, "The minister").await;
    banner(app, "Linked: claim").await;
    assert_eq!(
        link_rows(app, 1).await,
        [row("Supported by", "The minister")]
    );
    app.wait_saved().await;
}

/// The entry named `name` of a stored (uncompressed) ZIP, as brat exports are written.
fn stored_entry(zip: &[u8], name: &str) -> Vec<u8> {
    let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes(zip[i..i + 4].try_into().unwrap()) as usize;
    let mut at = 0;
    while zip[at..].starts_with(b"PK\x03\x04") {
        let (size, name_len, extra) = (u32_at(at + 18), u16_at(at + 26), u16_at(at + 28));
        let data = at + 30 + name_len + extra;
        if &zip[at + 30..at + 30 + name_len] == name.as_bytes() {
            return zip[data..data + size].to_vec();
        }
        at = data + size;
    }
    panic!("no {name} in the ZIP");
}

/// The file's links as (from quote, kind, to quote) once `report`'s annotations are placed on `doc`.
fn linked_quotes(
    doc: &Document,
    report: &ImportReport,
    links: &[ForeignLink],
) -> Vec<(String, LinkKind, String)> {
    let quote = |source: &str| {
        let p = report
            .placed
            .iter()
            .find(|p| p.source_id.as_deref() == Some(source))
            .unwrap_or_else(|| {
                panic!("the link's end {source:?} is not among the placed annotations")
            });
        doc.text.slice(p.annotation.span).to_string()
    };
    links
        .iter()
        .map(|l| (quote(&l.from), l.kind, quote(&l.to)))
        .collect()
}

/// Chooses `item` in the Export menu and returns the downloaded file.
async fn export(app: &App, item: &str, suffix: &str) -> PathBuf {
    app.click("Export").await;
    app.wait_for("[role=menu]").await;
    app.click(item).await;
    app.wait_download(suffix).await
}

fn bare(doc: &Document) -> Document {
    Document::new(&doc.title, doc.text.as_str(), doc.source_url.clone())
}

/// (label, quote, note) of every annotation, in text order.
fn summary(doc: &Document) -> Vec<(String, String, String)> {
    doc.annotations()
        .iter()
        .map(|a| (a.label.clone(), doc.quote(a).to_string(), a.note.clone()))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_export_downloads_a_file_its_format_reads_back() {
    let app = App::start().await;
    annotated(&app).await;
    app.click("Download").await;
    let doc = native::from_bytes(
        &std::fs::read(app.wait_download("plan-review.close-reader.json").await).unwrap(),
    )
    .unwrap();
    assert_eq!(doc.text.as_str(), TEXT, "the pasted text is kept exactly");
    let want = summary(&doc);
    assert_eq!(want.len(), 3);
    let quote_of = |id: &str| doc.quote(doc.annotation(id).unwrap()).to_string();
    let (claim, source) = {
        let l = &doc.links()[0];
        assert_eq!(doc.links().len(), 1);
        assert_eq!(
            (quote_of(&l.from).as_str(), l.kind, quote_of(&l.to).as_str()),
            ("may work", LinkKind::SupportedBy, "The minister")
        );
        (l.from.clone(), l.to.clone())
    };
    let the_link = vec![(
        "may work".to_string(),
        LinkKind::SupportedBy,
        "The minister".to_string(),
    )];
    let now = "2026-01-01T00:00:00Z";
    let placed_on_bare = |report: &ImportReport| {
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let mut d = bare(&doc);
        close_reader_core::anchoring::apply(&mut d, report, |_| None);
        summary(&d)
    };

    let w3c =
        std::fs::read(export(&app, "W3C Web Annotation", "plan-review.annotations.jsonld").await)
            .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&w3c).unwrap();
    assert_eq!(v["type"], "AnnotationCollection");
    let items = v["first"]["items"].as_array().unwrap();
    let iri_of = |quote: &str| {
        items
            .iter()
            .find(|a| a["target"]["selector"][0]["exact"] == quote)
            .unwrap_or_else(|| panic!("an annotation quoting {quote:?}"))["id"]
            .clone()
    };
    let linking: Vec<&serde_json::Value> = items
        .iter()
        .filter(|a| a["motivation"] == "linking")
        .collect();
    assert_eq!(linking.len(), 1, "one linking annotation: {v}");
    assert_eq!(
        linking[0]["target"],
        json!([iri_of("may work"), iri_of("The minister")]),
        "it targets the claim, then its source"
    );
    assert_eq!(
        linking[0]["body"][0]["value"], "supported-by",
        "{}",
        linking[0]
    );
    let (report, links) = w3c_import::import(&bare(&doc), &w3c, now).unwrap();
    assert_eq!(placed_on_bare(&report), want);
    assert_eq!(linked_quotes(&doc, &report, &links), the_link);

    let sheet = std::fs::read(export(&app, "CSV", "plan-review.csv").await).unwrap();
    assert!(
        sheet.starts_with(b"id,label,start,end,quote,note"),
        "no BOM, our header"
    );
    let rows = csv::parse(std::str::from_utf8(&sheet).unwrap()).unwrap();
    let column = |name: &str| rows[0].1.iter().position(|h| h == name).unwrap();
    let links_of = |id: &str| {
        let r = rows.iter().find(|(_, r)| r[column("id")] == id).unwrap();
        r.1[column("links")].clone()
    };
    assert_eq!(links_of(&claim), format!("supported-by:{source}"));
    assert_eq!(
        links_of(&source),
        "",
        "a link is written on the row it starts from"
    );
    let (report, links) = csv::import(&bare(&doc), &sheet, now).unwrap();
    assert_eq!(placed_on_bare(&report), want);
    assert_eq!(linked_quotes(&doc, &report, &links), the_link);

    let zip = std::fs::read(export(&app, "brat", "plan-review.brat.zip").await).unwrap();
    assert_eq!(
        zip,
        brat::to_brat_zip(&doc),
        "the core's own bytes for this document"
    );
    let ann = String::from_utf8(stored_entry(&zip, "plan-review.ann")).unwrap();
    // T1 is "The minister", T2 "may work": brat ids follow the text.
    assert!(
        ann.lines().any(|l| l == "R1\tSupportedBy Arg1:T2 Arg2:T1"),
        "the relation in the .ann:\n{ann}"
    );
    let (report, links) = brat::import(&bare(&doc), ann.as_bytes(), now).unwrap();
    assert_eq!(placed_on_bare(&report).len(), 3);
    assert_eq!(linked_quotes(&doc, &report, &links), the_link);

    let jsonl = std::fs::read(export(&app, "doccano", "plan-review.doccano.jsonl").await).unwrap();
    let (d, r, links) = doccano::open(&jsonl, "x", now).unwrap();
    assert_eq!(d.text.as_str(), TEXT);
    assert_eq!(r.placed.len(), 3);
    assert_eq!(linked_quotes(&d, &r, &links), the_link);

    let ls =
        std::fs::read(export(&app, "Label Studio", "plan-review.label-studio.json").await).unwrap();
    let (mut d, r, links) = label_studio::open(&ls, "x", now).unwrap();
    assert_eq!(d.text.as_str(), TEXT);
    assert_eq!(linked_quotes(&d, &r, &links), the_link);
    close_reader_core::anchoring::apply(&mut d, &r, |_| None);
    assert_eq!(summary(&d), want, "Label Studio keeps notes too");

    let report =
        std::fs::read_to_string(export(&app, "HTML report", "plan-review.report.html").await)
            .unwrap();
    assert!(report.contains("<h1 dir=\"auto\">Plan review</h1>"));
    assert!(report.contains("Which plan?\nNo figures given."));
    assert_eq!(
        app.count("[role=menu]").await,
        0,
        "choosing an item closes the menu"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_export_menu_works_from_the_keyboard_and_closes_on_a_click_outside() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    let button = app.button("Export").await;
    assert_eq!(
        button.attr("aria-haspopup").await.unwrap().as_deref(),
        Some("menu")
    );
    assert_eq!(
        button.attr("aria-expanded").await.unwrap().as_deref(),
        Some("false")
    );
    button.focus().await.unwrap();
    app.keys(&Key::Down.value().to_string()).await;
    app.wait_for("[role=menu]").await;
    assert_eq!(
        button.attr("aria-expanded").await.unwrap().as_deref(),
        Some("true")
    );
    let focused = || app.js("return document.activeElement.textContent;", vec![]);
    app.wait_until(
        "first item focused",
        "document.activeElement.textContent === 'W3C Web Annotation'",
    )
    .await;
    app.keys(&Key::Down.value().to_string()).await;
    assert_eq!(focused().await, json!("CSV"));
    app.keys(&Key::Up.value().to_string()).await;
    app.keys(&Key::Up.value().to_string()).await;
    assert_eq!(
        focused().await,
        json!("Share as an assignment…"),
        "up from the first wraps to the last"
    );
    assert_eq!(
        app.texts("[role=menuitem]").await,
        [
            "W3C Web Annotation",
            "CSV",
            "brat",
            "doccano",
            "Label Studio",
            "HTML report",
            "Print",
            "Share as an assignment…"
        ]
    );
    app.screenshot(&shots().join("export-menu.png")).await;
    app.keys(&Key::Escape.value().to_string()).await;
    app.wait_until("closed", "!document.querySelector('[role=menu]')")
        .await;
    assert_eq!(
        focused().await,
        json!("Export"),
        "focus returns to the button"
    );

    app.click("Export").await;
    app.wait_for("[role=menu]").await;
    app.driver
        .find(By::Css("article p"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_until(
        "closed by a click outside",
        "!document.querySelector('[role=menu]')",
    )
    .await;
    app.quit().await;
}

/// Where screenshots go: the workspace's `target/screenshots/`.
fn shots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots")
}

/// Waits for the import review and returns its text.
async fn review(app: &App) -> String {
    app.wait_for(".import-review").await.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn hypothesis_annotations_are_reviewed_mapped_added_and_undone_in_one_step() {
    let app = App::start().await;
    // The text of the Hypothesis fixture's article (core/tests/support), pasted exactly.
    let article = "Scam centres: 1,440 freed 😀\r\n\r\nThe minister said the scheme will reportedly cost 40\u{a0}million. Critics said the scheme will fail. قال الوزير إن الخطة ناجحة.\r\nThe family 👩\u{200d}👩\u{200d}👧 waited for news; officials said the scheme will help.\r\nCafe\u{301} owners were not consulted.";
    app.new_article("Scam centres", article).await;
    app.wait_saved().await;
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/hypothesis_search.json")
        .canonicalize()
        .unwrap();

    // Cancel changes nothing.
    app.open_file(&fixture).await;
    let text = review(&app).await;
    assert!(
        text.contains("Read as Hypothesis annotations. 5 of 7 annotations found their place"),
        "{text}"
    );
    app.click("Cancel").await;
    app.wait_until("closed", "!document.querySelector('.import-review')")
        .await;
    assert_eq!(app.count("article mark").await, 0);

    app.open_file(&fixture).await;
    let text = review(&app).await;
    assert!(text.contains("Not placed (2)"), "{text}");
    assert!(
        text.contains("occurs in 3 places that fit equally well, so it is not guessed"),
        "{text}"
    );
    assert!(text.contains("“Rhetoric” (1 annotation)"), "{text}");
    assert_eq!(
        app.texts(".import-review .row .primary").await,
        ["Add 5 annotations"]
    );
    app.screenshot(&shots().join("import-review.png")).await;
    // Map the unknown tag to Claim instead of creating a label.
    app.js(
        "const s = document.getElementById('tag-0'); s.value = 'label:claim'; s.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![],
    )
    .await;
    app.click("Add 5 annotations").await;
    app.wait_until("closed", "!document.querySelector('.import-review')")
        .await;
    app.wait_until(
        "the notice",
        "document.querySelector('.banner.info')?.textContent.includes('Added 5 annotations from “hypothesis_search.json”. Undo takes them back.')",
    )
    .await;
    let mut quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    quotes.sort();
    assert_eq!(
        quotes,
        [
            "Scam centres",
            "The family 👩\u{200d}👩\u{200d}👧 waited for news",
            "reportedly cost 40\u{a0}million",
            "the scheme will",
            "قال الوزير",
        ]
    );
    let headline = app
        .marks()
        .await
        .into_iter()
        .find(|(_, _, t)| t == "Scam centres");
    assert_eq!(
        headline.map(|(labels, _, _)| labels).as_deref(),
        Some("claim"),
        "the tag mapped to Claim"
    );

    // One undo takes the whole import back; redo brings it again.
    app.click("Undo").await;
    app.wait_until(
        "all gone",
        "document.querySelectorAll('article mark').length === 0",
    )
    .await;
    app.click("Redo").await;
    app.wait_until("all back", "new Set([...document.querySelectorAll('article mark')].flatMap(m => m.dataset.ids.split(' '))).size === 5").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_w3c_export_from_another_browser_adds_its_spans_and_a_new_label_here() {
    let keep = TempDir::new("w3c");
    let a = App::start().await;
    annotated(&a).await;
    let file = keep.0.join("plan.annotations.jsonld");
    std::fs::copy(
        export(&a, "W3C Web Annotation", "plan-review.annotations.jsonld").await,
        &file,
    )
    .unwrap();
    let theirs = a.spans().await;
    a.quit().await;

    // The same article, in a fresh profile; one tag renamed to a label this document lacks.
    let w3c = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"Hedge\"", "\"Doubt\"");
    std::fs::write(&file, w3c).unwrap();
    let b = App::start().await;
    b.new_article("Plan review", TEXT).await;
    b.open_file(&file).await;
    let text = review(&b).await;
    assert!(
        text.contains("3 of 3 annotations and 1 of 1 link found their place in this article."),
        "{text}"
    );
    assert!(text.contains("Create the label “Doubt”"), "{text}");
    assert!(!text.contains("Links not made"), "{text}");
    b.click("Add 3 annotations and 1 link").await;
    b.wait_for("mark[data-labels='doubt']").await;
    let mut ours: Vec<String> = b.spans().await.into_iter().map(|(_, q)| q).collect();
    let mut want: Vec<String> = theirs.into_iter().map(|(_, q)| q).collect();
    ours.sort();
    want.sort();
    assert_eq!(ours, want);
    assert!(
        b.texts(".chip").await.iter().any(|c| c.contains("Doubt")),
        "the new label is listed"
    );
    click_mark(&b, "may work").await;
    assert_eq!(
        link_rows(&b, 1).await,
        [row("Supported by", "The minister")],
        "the claim is linked to its source as in the other browser"
    );
    b.click("Undo").await;
    b.wait_until(
        "all gone",
        "document.querySelectorAll('article mark').length === 0",
    )
    .await;
    assert!(
        !b.texts(".chip").await.iter().any(|c| c.contains("Doubt")),
        "and its label"
    );
    // Redo brings the annotations and the link back together, so they were one step.
    b.click("Redo").await;
    b.wait_for("mark[data-labels='doubt']").await;
    click_mark(&b, "may work").await;
    assert_eq!(
        link_rows(&b, 1).await,
        [row("Supported by", "The minister")]
    );
    b.quit().await;
}

/// A brat `.ann` for [`TEXT`], as brat itself would save it: a claim, its source and a hedge on it,
/// with their relations, and one relation to an annotation the file does not have.
const RELATIONS_ANN: &str = "T1\tSource 0 12\tThe minister\n\
    T2\tClaim 18 35\tthe plan may work\n\
    T3\tHedge 27 30\tmay\n\
    R1\tSupportedBy Arg1:T2 Arg2:T1\n\
    R2\tHedges Arg1:T3 Arg2:T2\n\
    R3\tSupportedBy Arg1:T2 Arg2:T7\n";

#[tokio::test(flavor = "multi_thread")]
async fn brat_relations_become_links_and_one_undo_takes_them_back_with_the_spans() {
    let dir = TempDir::new("brat-relations");
    let ann = dir.0.join("plan-review.ann");
    std::fs::write(&ann, RELATIONS_ANN).unwrap();
    let app = App::start().await;
    app.new_article("Plan review", TEXT).await;
    app.wait_saved().await;
    app.open_file(&ann).await;
    let text = review(&app).await;
    assert!(
        text.contains("Read as a brat .ann file. 3 of 3 annotations and 2 of 3 links found their place in this article."),
        "{text}"
    );
    assert_eq!(
        app.texts(".import-review .links-not-made li").await,
        ["Line 6 (\"R3\"), was skipped: it links \"T7\", which was not imported, so the link cannot be made."]
    );
    assert!(text.contains("Links not made (1)"), "{text}");
    app.screenshot(&shots().join("import-review-links.png"))
        .await;
    assert!(
        !text.contains("Not placed"),
        "every annotation is placed: {text}"
    );
    app.click("Add 3 annotations and 2 links").await;
    app.wait_until("closed", "!document.querySelector('.import-review')")
        .await;
    click_mark(&app, "the plan may work").await;
    assert_eq!(
        link_rows(&app, 2).await,
        [row("Supported by", "The minister"), row("Hedged by", "may")]
    );
    click_mark(&app, "may").await;
    assert_eq!(
        link_rows(&app, 1).await,
        [row("Hedges", "the plan may work")]
    );

    app.click("Undo").await;
    app.wait_until(
        "the spans and their links gone in one step",
        "document.querySelectorAll('article mark').length === 0",
    )
    .await;
    app.click("Redo").await;
    app.wait_for("mark[data-labels~='hedge']").await;
    click_mark(&app, "the plan may work").await;
    assert_eq!(
        link_rows(&app, 2).await.len(),
        2,
        "redo brings the links back"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn annotations_without_an_article_ask_for_it_and_doccano_and_label_studio_open_as_new_documents(
) {
    let dir = TempDir::new("noarticle");
    let w3c = dir.0.join("one.jsonld");
    std::fs::write(
        &w3c,
        json!({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
               "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
               "target": {"source": "https://example.org", "selector": {"type": "TextQuoteSelector", "exact": "plan"}}})
        .to_string(),
    )
    .unwrap();
    let app = App::start().await;
    app.open_file(&w3c).await;
    let alert = app.alert_containing("“one.jsonld” was not opened").await;
    assert!(
        alert.contains("Open the article first, then open this file to add its annotations."),
        "{alert}"
    );

    let jsonl = dir.0.join("council.doccano.jsonl");
    std::fs::write(
        &jsonl,
        "{\"text\": \"The council said rents may fall 😀.\", \"label\": [[4, 11, \"Source\"], [17, 31, \"Prediction\"]]}\n",
    )
    .unwrap();
    app.open_file(&jsonl).await;
    let text = review(&app).await;
    assert!(
        text.contains("It opens as a new document, “council”"),
        "{text}"
    );
    app.click("Open with 2 annotations").await;
    app.wait_for("article[data-doc] mark[data-labels='prediction']")
        .await;
    let mut quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    quotes.sort();
    assert_eq!(quotes, ["council", "rents may fall"]);
    assert_eq!(app.texts("h1.doc-title").await, ["council"]);

    // A Label Studio task with a relation opens as a new document with the link made.
    let ls = dir.0.join("rents.label-studio.json");
    std::fs::write(
        &ls,
        json!([{"data": {"text": "The council said rents may fall 😀."},
                "annotations": [{"result": [
                    {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
                     "value": {"start": 4, "end": 11, "text": "council", "labels": ["Source"]}},
                    {"id": "r2", "from_name": "label", "to_name": "text", "type": "labels",
                     "value": {"start": 17, "end": 31, "text": "rents may fall", "labels": ["Claim"]}},
                    {"from_id": "r2", "to_id": "r1", "type": "relation", "direction": "right",
                     "labels": ["supported-by"]}]}]}])
        .to_string(),
    )
    .unwrap();
    app.open_file(&ls).await;
    let text = review(&app).await;
    assert!(
        text.contains("It opens as a new document, “rents” (7 words), with 2 of its 2 spans and 1 of 1 link placed."),
        "{text}"
    );
    app.click("Open with 2 annotations and 1 link").await;
    banner(
        &app,
        "Opened “rents.label-studio.json” as a new document with 2 annotations and 1 link.",
    )
    .await;
    assert_eq!(app.texts("h1.doc-title").await, ["rents"]);
    click_mark(&app, "rents may fall").await;
    assert_eq!(link_rows(&app, 1).await, [row("Supported by", "council")]);
    app.quit().await;
}
