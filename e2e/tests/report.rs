//! The readable report and printing: the downloaded HTML report opens from `file://` on its own
//! (article, highlights, legend, numbered notes, no script), survives headless Chromium's print to
//! PDF with its text on paper, and the annotate view prints as a handout: title, highlighted
//! article, legend and numbered notes, no controls.

use std::path::Path;

use e2e::{App, TempDir};
use serde_json::json;

const TEXT: &str = "The minister said the plan may work 😀.\r\n\r\nقال الوزير إن الخطة ناجحة.\r\nCritics reportedly doubt it.";
const NOTE: &str = "Which plan?\nNo figures given.";

async fn annotated(app: &App) {
    app.new_article("Plan review", TEXT).await;
    app.select_text("The minister", 0).await;
    app.keys("s").await;
    app.select_text("may work", 0).await;
    app.keys("c").await;
    let note = app.wait_for(".span-editor textarea").await;
    note.send_keys(NOTE).await.unwrap();
    app.js("document.activeElement.blur();", vec![]).await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_for("mark[data-labels='hedge']").await;
    app.wait_saved().await;
}

/// Prints the current page to PDF through the DevTools protocol and returns the file's bytes.
async fn print_pdf(app: &App) -> Vec<u8> {
    let out = app
        .cdp(
            "Page.printToPDF",
            json!({"printBackground": true, "preferCSSPageSize": true}),
        )
        .await;
    let data = out["data"]
        .as_str()
        .expect("printToPDF returns base64 data");
    e2e::pdf::base64(data)
}

/// Pages in a PDF: its `/Type /Page` objects (not the `/Pages` tree).
fn page_count(pdf: &[u8]) -> usize {
    let s = String::from_utf8_lossy(pdf);
    s.match_indices("/Type /Page")
        .filter(|(i, _)| !s[i + 11..].starts_with('s'))
        .count()
}

/// Fails unless each expected passage is in the PDF's text (compared without whitespace: a PDF
/// places glyphs one by one).
fn assert_on_paper(pdf: &[u8], expected: &[&str]) {
    let text = e2e::pdf::text(pdf);
    let squeezed = e2e::pdf::squeezed(&text);
    for want in expected {
        assert!(
            squeezed.contains(&e2e::pdf::squeezed(want)),
            "the PDF should contain {want:?}; its text is {text:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_report_opens_from_a_file_shows_article_and_notes_and_prints_to_pdf() {
    let app = App::start().await;
    annotated(&app).await;
    app.click("Export").await;
    app.click("HTML report").await;
    let keep = TempDir::new("report");
    let file = keep.0.join("plan-review.report.html");
    std::fs::copy(app.wait_download("plan-review.report.html").await, &file).unwrap();

    app.goto(&format!("file://{}", file.display())).await;
    app.wait_for("article p").await;
    assert_eq!(app.texts("h1").await, ["Plan review"]);
    // The paragraphs as pasted (less the note numbers), right-to-left one included.
    let paragraphs = app
        .js(
            "return [...document.querySelectorAll('article p')].map(p => { const c = p.cloneNode(true); c.querySelectorAll('sup').forEach(s => s.remove()); return c.textContent; });",
            vec![],
        )
        .await;
    assert_eq!(
        paragraphs,
        json!([
            "The minister said the plan may work 😀.",
            "قال الوزير إن الخطة ناجحة.",
            "Critics reportedly doubt it."
        ])
    );
    assert_eq!(
        app.texts("article mark").await,
        ["The minister", "may work", "reportedly"]
    );
    assert_eq!(app.texts("sup.fn").await, ["1"]);
    let note = app.texts(".notes li .note").await;
    assert_eq!(note, [NOTE]);
    assert_eq!(
        app.texts(".legend li").await,
        ["Claim 1", "Source 1", "Hedge 1"]
    );
    assert_eq!(app.count("script").await, 0, "no script in the report");
    // The footnote and its note link to each other.
    let links = app
        .js(
            "return [document.querySelector('sup.fn a').getAttribute('href'), document.querySelector('.notes a.back').getAttribute('href'), !!document.getElementById('note-1'), !!document.getElementById('ref-1')];",
            vec![],
        )
        .await;
    assert_eq!(links, json!(["#note-1", "#ref-1", true, true]));
    // Labels differ in their underline's pattern, not only in colour.
    let styles = app
        .js(
            "return ['l0','l1','l2'].map(c => getComputedStyle(document.querySelector('article mark.' + c)).borderBottomStyle);",
            vec![],
        )
        .await;
    assert_eq!(styles, json!(["solid", "dashed", "dotted"]));
    app.screenshot(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots/report.png"))
        .await;

    // As printed: the back-links go, the article and the notes stay.
    app.cdp("Emulation.setEmulatedMedia", json!({"media": "print"}))
        .await;
    let printed = app
        .js(
            "const shown = s => getComputedStyle(document.querySelector(s)).display !== 'none'; return [shown('article'), shown('.notes'), shown('.legend'), shown('a.back')];",
            vec![],
        )
        .await;
    assert_eq!(printed, json!([true, true, true, false]));
    let pdf = print_pdf(&app).await;
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    assert_eq!(page_count(&pdf), 1, "a short article fits one page");
    assert_on_paper(
        &pdf,
        &[
            "Plan review",
            "The minister said the plan may work",
            "Critics reportedly doubt it.",
            "Which plan?",
            "No figures given.",
        ],
    );
    app.cdp("Emulation.setEmulatedMedia", json!({"media": ""}))
        .await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn printing_the_annotate_view_leaves_the_title_and_the_highlighted_article() {
    let app = App::start().await;
    annotated(&app).await;
    app.cdp("Emulation.setEmulatedMedia", json!({"media": "print"}))
        .await;
    let shown = app
        .js(
            "const shown = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0; };
             return ['.doc-title', 'article mark', '.side-panel', '.top-bar button', '.top-bar .file-button'].map(shown);",
            vec![],
        )
        .await;
    assert_eq!(shown, json!([true, true, false, false, false]));
    // The browser's own print command (Ctrl+P) announces itself with `beforeprint`: the handout
    // gains the legend and the numbered notes, with the words each note is about.
    app.js("window.dispatchEvent(new Event('beforeprint'));", vec![])
        .await;
    let end_matter = app
        .js(
            "const shown = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; };
             return [shown('.print-notes'), [...document.querySelectorAll('.print-notes .legend li')].map(e => e.textContent),
                     [...document.querySelectorAll('.print-notes .notes li')].map(e => e.textContent)];",
            vec![],
        )
        .await;
    assert_eq!(
        end_matter,
        json!([
            true,
            ["Claim 1", "Source 1", "Hedge 1"],
            [format!("1.Claimmay work{NOTE}")]
        ])
    );
    app.screenshot(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots/print-view.png"),
    )
    .await;
    let pdf = print_pdf(&app).await;
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(page_count(&pdf), 1);
    assert_on_paper(
        &pdf,
        &[
            "Plan review",
            "The minister said the plan may work",
            "Critics reportedly doubt it.",
            "Notes",
            "may work",
            "Which plan?",
            "No figures given.",
        ],
    );
    assert!(
        !e2e::pdf::text(&pdf).contains("Undo"),
        "no buttons on paper"
    );
    app.cdp("Emulation.setEmulatedMedia", json!({"media": ""}))
        .await;
    app.quit().await;
}
