//! Opening the files a class gets (`cargo xtask bench open`): a 20-page PDF, a 50-page Word file and
//! a 300-page EPUB, made by real tools (pandoc, LibreOffice) from a generated article with headings
//! and lists, each timed from choosing the file to its review painted (the worker's reading), and
//! from "Start annotating" to the article painted and to the whole article in the page, with the
//! longest main-thread task throughout.

use std::path::{Path, PathBuf};
use std::process::Command;

use e2e::{generate, App};
use serde_json::{json, Value};

/// Runs before the page's scripts: the times of the review and of the article, and long tasks.
const PROBE_JS: &str = r#"
const bench = window.bench = { longTasks: [] };
const painted = (t0, key) => requestAnimationFrame(() => requestAnimationFrame(() => { bench[key] = performance.now() - t0; }));
const when = (test, then) => {
  if (test()) { then(); return; }
  new MutationObserver((_, obs) => { if (test()) { obs.disconnect(); then(); } })
    .observe(document, { childList: true, subtree: true, attributes: true });
};
document.addEventListener('change', e => {
  if (e.target.type !== 'file') return;
  const t0 = performance.now();
  bench.longTasks = [];
  when(() => document.querySelector('.modal.arrival .shape-preview p[data-start]'), () => painted(t0, 'review'));
}, true);
document.addEventListener('click', e => {
  if (!e.target.closest?.('.modal.arrival button.primary')) return;
  const t0 = performance.now();
  const shown = () => !document.querySelector('.modal.arrival') && document.querySelector('article[data-doc] p[data-start]');
  when(shown, () => painted(t0, 'article'));
  when(() => shown() && !document.querySelector('article .unmounted'), () => painted(t0, 'whole'));
}, true);
try {
  new PerformanceObserver(list => { for (const t of list.getEntries()) bench.longTasks.push(t.duration); })
    .observe({ type: 'longtask', buffered: false });
} catch (_) {}
"#;

/// One kind of file: its name, the pages it should have, and the words that make about so many.
struct Case {
    name: &'static str,
    pages: usize,
    words: usize,
}

const CASES: [Case; 3] = [
    Case {
        name: "handout.pdf",
        pages: 20,
        words: 9_000,
    },
    Case {
        name: "report.docx",
        pages: 50,
        words: 22_000,
    },
    Case {
        name: "book.epub",
        pages: 300,
        words: 100_000,
    },
];

/// The generated article as Markdown: a heading every eight paragraphs (a chapter for pandoc's EPUB
/// every forty), and a short list after every heading.
fn markdown(words: usize) -> String {
    let doc = generate::document(words, 0);
    let mut out =
        String::from("---\ntitle: A long read for the benchmark\nauthor: Close Reader\n---\n\n");
    for (i, para) in doc.text.as_str().split("\n\n").enumerate() {
        if i % 40 == 0 {
            out.push_str(&format!("# Chapter {}\n\n", i / 40 + 1));
        } else if i % 8 == 0 {
            out.push_str(&format!(
                "## Part {}\n\n- a first point\n- a second point\n\n",
                i / 8
            ));
        }
        out.push_str(para.trim());
        out.push_str("\n\n");
    }
    out
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?}: {}", String::from_utf8_lossy(&out.stderr)))
    }
}

/// Makes the case's file in `dir` (pandoc for Word and EPUB, LibreOffice from Word for the PDF).
fn make(case: &Case, dir: &Path) -> Result<PathBuf, String> {
    let md = dir.join(format!("{}.md", case.name));
    std::fs::write(&md, markdown(case.words)).map_err(|e| e.to_string())?;
    let out = dir.join(case.name);
    if case.name.ends_with(".pdf") {
        let docx = dir.join("handout.docx");
        run(Command::new("pandoc").arg(&md).arg("-o").arg(&docx))?;
        run(Command::new("soffice")
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(dir)
            .arg(&docx))?;
        std::fs::rename(dir.join("handout.pdf"), &out).ok();
    } else {
        run(Command::new("pandoc").arg(&md).arg("-o").arg(&out))?;
    }
    Ok(out)
}

/// The PDF's page count by `pdfinfo`, where it is installed.
fn pdf_pages(path: &Path) -> Option<usize> {
    let out = Command::new("pdfinfo").arg(path).output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
}

async fn measured(app: &App, key: &str) -> f64 {
    for _ in 0..4800 {
        if let Some(ms) = app
            .js(&format!("return window.bench?.{key} ?? null;"), vec![])
            .await
            .as_f64()
        {
            return ms;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("bench.{key} was never measured");
}

/// Opens each file in a fresh browser, prints a Markdown table and returns its rows.
pub async fn open(base: &str, dir: &Path) -> Value {
    println!("| File | Made by | Pages | Size | Words | Choose → review painted | Start → painted (whole article) | Longest task |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut rows = Vec::new();
    for case in &CASES {
        let path = match make(case, dir) {
            Ok(p) => p,
            Err(e) => {
                println!("| {} | not made: {e} | | | | | | |", case.name);
                continue;
            }
        };
        let pages = pdf_pages(&path).map_or(case.pages.to_string(), |p| p.to_string());
        let kb = std::fs::metadata(&path).map_or(0, |m| m.len()) / 1024;
        let app = App::launch(base, 1280, 900).await;
        app.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": PROBE_JS }),
        )
        .await;
        app.goto(base).await;
        app.wait_for("textarea").await;
        app.open_file(&path).await;
        let review = measured(&app, "review").await;
        app.js(
            "document.querySelector('.modal.arrival button.primary').click();",
            vec![],
        )
        .await;
        let article = measured(&app, "article").await;
        let whole = measured(&app, "whole").await;
        let longest = app
            .js("return Math.max(0, ...bench.longTasks);", vec![])
            .await
            .as_f64()
            .unwrap_or(0.0);
        app.quit().await;
        let tool = if case.name.ends_with(".pdf") {
            "pandoc → LibreOffice"
        } else {
            "pandoc"
        };
        println!(
            "| {} | {tool} | {pages} | {kb} KB | {} | {review:.0} ms | {article:.0} ms ({whole:.0} ms) | {longest:.0} ms |",
            case.name, case.words
        );
        rows.push(json!({
            "file": case.name, "pages": pages, "kb": kb, "words": case.words,
            "review_ms": review, "article_ms": article, "whole_ms": whole, "longest_task_ms": longest,
        }));
    }
    Value::Array(rows)
}
