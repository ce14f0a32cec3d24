//! `cargo xtask bench`: measures the built app in headless Chromium, prints Markdown tables and writes
//! them to `target/bench.json`.
//!
//! - Startup: navigation to the sample article painted (its paragraphs in the DOM, then two animation
//!   frames), hosted and one-file builds, fresh profile and reload.
//! - Size: on generated articles (`e2e::generate`) of 1k–100k words with 100–10,000 spans: opening the
//!   file to painted (the first screen, and the whole article in the page); adding a span (selection + `c`) and removing it (`Delete`), each as script time
//!   (from the first to the last event listener: the app's handler renders synchronously) and to painted, median and 95th percentile; long tasks and
//!   slow frames while scrolling the whole article; JS heap plus wasm memory; serialising a download.
//!
//! - The largest document the app accepts (2,000,000 characters, 200,000 spans, an 80 MB file): the same
//!   measures, with the longest task while it opens (the page must stay responsive).
//! - Printing a 20,000-word article with 2,000 spans and 667 notes: time to a PDF, and its size.
//! - The compare view: 60 students' files of a 3,000-word article read in, then the key and the label changed.
//!
//! - A book (`book.rs`): 1,000,000 words with 100,000 spans, with edits spread over it, jumps to far
//!   places, memory as the browser counts it and where opening spent its time.
//!
//! - Opening the files a class gets (`files.rs`): a 20-page PDF, a 50-page Word file and a 300-page
//!   EPUB, made by pandoc and LibreOffice, to the review and to the article painted.
//!
//! `cargo xtask bench quick` runs only the largest article, `largest` only the largest document, `book`
//! only the book; `cargo xtask bench compare` only the compare view, `open` only the files.

mod book;
mod files;

use std::path::Path;
use std::time::Duration;

use e2e::{generate, App, TempDir};
use serde_json::{json, Value};

const STARTUP_RUNS: usize = 5;
const EDIT_RUNS: usize = 30;

/// Runs before the page's scripts: timestamps for startup, file open, key edits, downloads, plus long
/// tasks and the wasm memory.
const PROBE_JS: &str = r#"
const bench = window.bench = { longTasks: [] };
const painted = (t0, key) => requestAnimationFrame(() => requestAnimationFrame(() => { bench[key] = performance.now() - t0; }));
new MutationObserver((_, obs) => {
  if (document.querySelector('article[data-doc] p[data-start]')) {
    obs.disconnect();
    painted(0, 'startup');
  }
}).observe(document, { childList: true, subtree: true });
document.addEventListener('change', e => {
  if (e.target.type !== 'file') return;
  const t0 = performance.now();
  bench.load = null; bench.openAt = t0;
  new MutationObserver((_, obs) => {
    if (document.querySelector('article[data-doc] mark')) { obs.disconnect(); painted(t0, 'load'); }
  }).observe(document, { childList: true, subtree: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector('article[data-doc] mark') && !document.querySelector('article .unmounted')) { obs.disconnect(); painted(t0, 'loadAll'); }
  }).observe(document, { childList: true, subtree: true });
}, true);
// Script time: from the first listener (window, capture) to the last (window, bubble), which runs
// after the app's own handler has updated the page (Yew renders synchronously) and its microtasks.
let t0 = 0;
const watched = e => e.type === 'keydown' ? (e.key === 'c' || e.key === 'Delete') : e.target.textContent === 'Download';
for (const type of ['keydown', 'click']) {
  window.addEventListener(type, e => {
    if (!watched(e)) return;
    t0 = performance.now();
    if (type === 'keydown') { bench.editScript = null; bench.editPaint = null; painted(t0, 'editPaint'); }
    else bench.download = null;
  }, true);
  window.addEventListener(type, e => {
    if (!watched(e)) return;
    bench[type === 'keydown' ? 'editScript' : 'download'] = performance.now() - t0;
  }, false);
}
addEventListener('TrunkApplicationStarted', e => { bench.wasmMemory = () => e.detail.wasm.memory.buffer.byteLength; });
try {
  new PerformanceObserver(list => { for (const t of list.getEntries()) bench.longTasks.push(t.duration); })
    .observe({ type: 'longtask', buffered: false });
} catch (_) {}
"#;

/// Selects the first word of a run of text in the viewport, preferring unmarked text (where nearly every
/// word is marked, the new span overlaps others, as a user's would); false if none.
const SELECT_WORD_JS: &str = r#"
for (const css of ['article p > span[data-s]', 'article p > mark[data-s]']) {
  for (const el of document.querySelectorAll(css)) {
    const r = el.getBoundingClientRect();
    if (r.top < 80 || r.bottom > innerHeight - 80) continue;
    const t = el.firstChild; if (!t) continue;
    const m = /[A-Za-z]{3,}/.exec(t.data); if (!m) continue;
    const range = document.createRange(); range.setStart(t, m.index); range.setEnd(t, m.index + m[0].length);
    const s = getSelection(); s.removeAllRanges(); s.addRange(range);
    return true;
  }
}
return false;
"#;

/// Scrolls the whole article, one viewport per frame; returns [frames, slow frames (> 50 ms), longest frame].
const SCROLL_JS: &str = r#"
const done = arguments[arguments.length - 1];
bench.longTasks = [];
scrollTo(0, 0);
const gaps = []; let last = performance.now();
const step = () => {
  const now = performance.now(); gaps.push(now - last); last = now;
  // At most 600 screens (the 100,000-word article is about 470): the largest document would
  // outlast the script timeout, and 600 screens of it say as much about scrolling.
  if (scrollY + innerHeight >= document.documentElement.scrollHeight - 2 || gaps.length >= 600) {
    done([gaps.length, gaps.filter(g => g > 50).length, Math.max(...gaps)]);
  } else { scrollBy(0, innerHeight * 0.9); requestAnimationFrame(step); }
};
requestAnimationFrame(step);
"#;

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * p).round() as usize]
}

async fn probe(app: &App) {
    app.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": PROBE_JS }),
    )
    .await;
}

/// Waits for `bench[key]` to be set and returns it.
async fn measured(app: &App, key: &str) -> f64 {
    for _ in 0..2400 {
        let v = app
            .js(&format!("return window.bench?.{key} ?? null;"), vec![])
            .await;
        if let Some(ms) = v.as_f64() {
            return ms;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("bench.{key} was never measured");
}

async fn startup(url: &str) -> (Vec<f64>, Vec<f64>) {
    let (mut cold, mut warm) = (Vec::new(), Vec::new());
    for _ in 0..STARTUP_RUNS {
        let app = App::launch(url, 1280, 900).await;
        probe(&app).await;
        app.goto(&format!("{url}#sample")).await;
        cold.push(measured(&app, "startup").await);
        app.wait_saved().await; // so that the reload reopens it
        app.driver.refresh().await.expect("reload");
        warm.push(measured(&app, "startup").await);
        app.quit().await;
    }
    (cold, warm)
}

struct Sized {
    words: usize,
    spans: usize,
    file_kb: f64,
    load: f64,
    load_all: f64,
    add: (Vec<f64>, Vec<f64>),
    remove: (Vec<f64>, Vec<f64>),
    scroll: Value,
    long_tasks: usize,
    /// The longest task from choosing the file to the whole article in the page.
    open_longest: f64,
    memory_mb: f64,
    download: f64,
    /// For a book: the jumps, the browser's own memory figures, the page's elements and the marks.
    book: Option<Value>,
}

async fn one_edit(app: &App, key: &str) -> (f64, f64) {
    app.keys(key).await;
    let paint = measured(app, "editPaint").await;
    (measured(app, "editScript").await, paint)
}

/// `is_book`: edits are spread over the whole article, and [`book`]'s measures are added.
async fn sized(base: &str, dir: &Path, words: usize, spans: usize, is_book: bool) -> Sized {
    let path = dir.join(format!("bench-{words}-{spans}.close-reader.json"));
    let file = generate::file(words, spans);
    std::fs::write(&path, &file).unwrap();
    let app = App::launch(base, 1280, 900).await;
    // Scrolling a book's 600 screens, or jumping about it, may outlast WebDriver's 30 s default.
    app.driver
        .set_script_timeout(Duration::from_secs(600))
        .await
        .expect("script timeout");
    probe(&app).await;
    app.goto(&if is_book {
        format!("{base}?perf")
    } else {
        base.to_string()
    })
    .await;
    app.open_file(&path).await;
    let load = measured(&app, "load").await;
    let load_all = measured(&app, "loadAll").await;
    let open_longest = app
        .js("return Math.max(0, ...bench.longTasks);", vec![])
        .await
        .as_f64()
        .unwrap_or(0.0);
    if is_book {
        eprintln!(
            "book: painted {load:.0} ms, whole {load_all:.0} ms, longest task {open_longest:.0} ms"
        );
    }
    app.wait_saved().await;
    let memory = app
        .js(
            "return (performance.memory?.usedJSHeapSize ?? 0) + (bench.wasmMemory?.() ?? 0);",
            vec![],
        )
        .await
        .as_f64()
        .unwrap_or(0.0);

    let (mut add, mut remove) = ((vec![], vec![]), (vec![], vec![]));
    let (marks, opened_heap) = if is_book {
        let heap = book::heap_mb(&app).await;
        eprintln!("book: saved; memory {heap}");
        (Some(book::marks(&app).await), Some(heap))
    } else {
        (None, None)
    };
    for i in 0..EDIT_RUNS {
        if is_book {
            book::scroll_to_fraction(&app, (i as f64 + 0.5) / EDIT_RUNS as f64).await;
        } else {
            app.js(&format!("scrollTo(0, {});", 400 + i * 700), vec![])
                .await;
        }
        // A far place may take a frame or two to be put in the page.
        let mut chosen = false;
        for _ in 0..40 {
            chosen = app.js(SELECT_WORD_JS, vec![]).await == json!(true);
            if chosen || !is_book {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if !chosen {
            continue;
        }
        app.wait_for(".label-toolbar").await;
        let (s, p) = one_edit(&app, "c").await;
        add.0.push(s);
        add.1.push(p);
        let (s, p) = one_edit(&app, "\u{E017}").await;
        remove.0.push(s);
        remove.1.push(p);
    }
    app.wait_saved().await;
    if is_book {
        eprintln!("book: edits {:?} {:?}", add, remove);
    }

    let scroll = app
        .driver
        .execute_async(SCROLL_JS, vec![])
        .await
        .expect("scrolling")
        .json()
        .clone();
    let long_tasks = app
        .js("return bench.longTasks.filter(d => d > 50).length;", vec![])
        .await
        .as_u64()
        .unwrap_or(0) as usize;
    let book = if is_book {
        let (jumps, jump_long) = book::jumps(&app).await;
        let open_at = app.js("return bench.openAt;", vec![]).await;
        Some(json!({
            "jumps": jumps, "jump_long_tasks": jump_long, "heap_mb": book::heap_mb(&app).await, "opened_heap_mb": opened_heap,
            "elements": book::elements(&app).await, "marks": marks, "open_at": open_at,
        }))
    } else {
        None
    };

    app.click("Download").await;
    let download = measured(&app, "download").await;
    app.quit().await;
    Sized {
        words,
        spans,
        file_kb: file.len() as f64 / 1024.0,
        load,
        load_all,
        add,
        remove,
        scroll,
        long_tasks,
        open_longest,
        memory_mb: memory / 1_048_576.0,
        download,
        book,
    }
}

/// Printing a long handout: from the print command to the PDF (Chromium's own printing), and its size.
async fn print(base: &str, dir: &Path) -> (f64, f64) {
    let path = dir.join("bench-print.close-reader.json");
    let doc = generate::noted(20_000, 2_000, 3);
    std::fs::write(&path, close_reader_core::formats::native::to_json(&doc)).unwrap();
    let app = App::launch(base, 1280, 900).await;
    app.goto(base).await;
    app.open_file(&path).await;
    app.wait_for("article[data-doc] mark").await;
    app.js("window.dispatchEvent(new Event('beforeprint'));", vec![])
        .await;
    let started = std::time::Instant::now();
    let out = app
        .cdp(
            "Page.printToPDF",
            json!({"printBackground": true, "preferCSSPageSize": true}),
        )
        .await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let pdf = e2e::pdf::base64(out["data"].as_str().expect("a PDF"));
    app.quit().await;
    (ms, pdf.len() as f64 / 1024.0)
}

/// How long the page takes to compute the suggestions of a 10,000-word article when it opens, read
/// from the `suggest:start` and `suggest:done` performance marks (`?perf`), over five openings.
async fn suggestions(base: &str, dir: &Path) -> Vec<f64> {
    let path = dir.join("bench-suggest.close-reader.json");
    std::fs::write(&path, generate::file(10_000, 100)).unwrap();
    let mut out = Vec::new();
    for _ in 0..5 {
        let app = App::launch(base, 1280, 900).await;
        app.goto(&format!("{base}?perf")).await;
        app.open_file(&path).await;
        app.wait_for("article[data-doc] mark").await;
        let ms = app
            .js(
                "const [s, d] = ['suggest:start', 'suggest:done'].map(n => performance.getEntriesByName(n).at(-1)); return s && d ? d.startTime - s.startTime : null;",
                vec![],
            )
            .await;
        out.push(ms.as_f64().expect("the suggest marks are recorded"));
        app.quit().await;
    }
    out
}

/// Changes a select of the compare view and measures to the next paint (the view recomputes).
const CHOOSE_JS: &str = r#"
const done = arguments[arguments.length - 1];
const s = document.querySelector(`select[aria-label='${arguments[0]}']`);
const t0 = performance.now();
s.value = s.options[arguments[1] % s.options.length].value;
s.dispatchEvent(new Event('change', { bubbles: true }));
requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
"#;

/// The compare view with `students` files of a `words`-word article: reading them all (from the
/// picker to the table complete and painted), then changing the key and the label (to the next paint).
async fn compare_class(
    base: &str,
    dir: &Path,
    words: usize,
    students: usize,
) -> (f64, Vec<f64>, Vec<f64>) {
    let (_, docs) = generate::class(words, students + 1, 60);
    let paths: Vec<String> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let p = dir.join(format!("class-{i:02}.close-reader.json"));
            std::fs::write(&p, close_reader_core::formats::native::to_json(d)).unwrap();
            p.display().to_string()
        })
        .collect();
    let app = App::launch(base, 1280, 900).await;
    app.goto(base).await;
    // The first file is the teacher's key, opened into the library; the others are the class.
    app.open_file(Path::new(&paths[0])).await;
    app.wait_for("article[data-doc] mark").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_for(".doc-list").await;
    app.driver
        .find(e2e::thirtyfour::By::Css(
            "button[aria-label^='Compare files for']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for(".compare-screen").await;
    app.js(
        &format!(
            r#"window.bench = {{}};
            document.addEventListener('change', e => {{
              if (e.target.type !== 'file') return;
              const t0 = performance.now();
              new MutationObserver((_, obs) => {{
                if (document.querySelectorAll('.entry-files > li').length === {} && !document.querySelector('.progress')) {{
                  obs.disconnect();
                  requestAnimationFrame(() => requestAnimationFrame(() => {{ bench.compare = performance.now() - t0; }}));
                }}
              }}).observe(document, {{ childList: true, subtree: true }});
            }}, true);"#,
            students + 1
        ),
        vec![],
    )
    .await;
    app.add_compare_files(&paths[1..]).await;
    let read = measured(&app, "compare").await;
    let mut key = Vec::new();
    let mut label = Vec::new();
    for i in 0..10 {
        let ms = app
            .driver
            .execute_async(CHOOSE_JS, vec![json!("Key"), json!(i + 1)])
            .await
            .unwrap();
        key.push(ms.json().as_f64().unwrap());
        let ms = app
            .driver
            .execute_async(CHOOSE_JS, vec![json!("Label"), json!(i + 1)])
            .await
            .unwrap();
        label.push(ms.json().as_f64().unwrap());
    }
    app.quit().await;
    (read, key, label)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let quick = std::env::args().any(|a| ["quick", "largest", "book"].contains(&a.as_str()));
    let largest = std::env::args().any(|a| a == "largest");
    let only_book = std::env::args().any(|a| a == "book");
    let hosted = e2e::app_url();
    if std::env::args().any(|a| a == "compare") {
        let dir = TempDir::new("bench");
        let (read, key, label) = compare_class(&hosted, &dir.0, 3_000, 60).await;
        println!("read {read:.0} ms; key {key:?}; label {label:?}");
        return;
    }
    if std::env::args().any(|a| a == "open") {
        let dir = TempDir::new("bench-open");
        let rows = files::open(&hosted, &dir.0).await;
        let out = xtask::root().join("target").join("bench-open.json");
        std::fs::write(&out, serde_json::to_string_pretty(&rows).unwrap()).expect("write");
        return;
    }
    let mut report = json!({ "startup": [], "sizes": [] });

    if !quick {
        let one_file = format!(
            "file://{}",
            e2e::dist_dir().join("close-reader.html").display()
        );
        println!("| Build | Navigation → sample painted | Median | Worst of {STARTUP_RUNS} |\n|---|---|---|---|");
        for (build, url) in [("hosted dist/", hosted.clone()), ("one file", one_file)] {
            let (cold, warm) = startup(&url).await;
            for (what, v) in [("first visit", cold), ("reload", warm)] {
                let (median, worst) = (percentile(&v, 0.5), percentile(&v, 1.0));
                println!("| {build} | {what} | {median:.0} ms | {worst:.0} ms |");
                report["startup"].as_array_mut().unwrap().push(
                    json!({"build": build, "measure": what, "median_ms": median, "worst_ms": worst}),
                );
            }
        }
        println!();
    }

    let sizes: Vec<(usize, usize)> = if only_book {
        vec![(book::WORDS, book::SPANS)]
    } else if largest {
        vec![(310_000, 200_000)]
    } else if quick {
        vec![(100_000, 10_000)]
    } else {
        [1_000, 10_000, 50_000, 100_000]
            .into_iter()
            .flat_map(|w| [100, 1_000, 10_000].into_iter().map(move |s| (w, s)))
            .filter(|(w, s)| s <= w)
            .chain([(310_000, 200_000), (book::WORDS, book::SPANS)])
            .collect()
    };
    let dir = TempDir::new("bench");
    println!("| Words | Spans | File | Open → painted (whole article in page) | Longest task opening | Add: script / painted (median, p95) | Remove: script / painted (median, p95) | Scroll: frames, > 50 ms, longest | Long tasks | Memory | Download |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (words, spans) in sizes {
        let is_book = (words, spans) == (book::WORDS, book::SPANS);
        let r = sized(&hosted, &dir.0, words, spans, is_book).await;
        let pair = |v: &(Vec<f64>, Vec<f64>)| {
            format!(
                "{:.1} / {:.0} ms ({:.1} / {:.0}; n={})",
                percentile(&v.0, 0.5),
                percentile(&v.1, 0.5),
                percentile(&v.0, 0.95),
                percentile(&v.1, 0.95),
                v.0.len()
            )
        };
        println!(
            "| {} | {} | {:.0} KB | {:.0} ms ({:.0} ms) | {:.0} ms | {} | {} | {}, {}, {:.0} ms | {} | {:.1} MB | {:.0} ms |",
            r.words,
            r.spans,
            r.file_kb,
            r.load,
            r.load_all,
            r.open_longest,
            pair(&r.add),
            pair(&r.remove),
            r.scroll[0],
            r.scroll[1],
            r.scroll[2].as_f64().unwrap_or(0.0),
            r.long_tasks,
            r.memory_mb,
            r.download
        );
        report["sizes"].as_array_mut().unwrap().push(json!({
            "words": r.words, "spans": r.spans, "file_kb": r.file_kb, "load_ms": r.load, "load_all_ms": r.load_all,
            "add_script_ms": r.add.0, "add_paint_ms": r.add.1,
            "remove_script_ms": r.remove.0, "remove_paint_ms": r.remove.1,
            "scroll": r.scroll, "long_tasks_over_50ms": r.long_tasks, "open_longest_task_ms": r.open_longest,
            "memory_mb": r.memory_mb, "download_ms": r.download, "book": r.book,
        }));
        if let Some(b) = &r.book {
            println!("\nBook: jumps {} (long tasks {}); memory after opening {}, at the end {}; elements, paragraphs {}; marks since the file was chosen at {} ms: {}\n", b["jumps"], b["jump_long_tasks"], b["opened_heap_mb"], b["heap_mb"], b["elements"], b["open_at"], b["marks"]);
        }
    }
    if only_book {
        return;
    }
    let (print_ms, print_kb) = print(&hosted, &dir.0).await;
    println!(
        "\nPrinting 20,000 words with 2,000 spans and 667 notes: {print_ms:.0} ms to a PDF of {print_kb:.0} KB"
    );
    report["print"] = json!({ "ms": print_ms, "pdf_kb": print_kb });
    let suggest_ms = suggestions(&hosted, &dir.0).await;
    println!(
        "\nSuggestions for a 10,000-word article, computed in the page: median {:.1} ms, worst {:.1} ms of {}",
        percentile(&suggest_ms, 0.5),
        percentile(&suggest_ms, 1.0),
        suggest_ms.len()
    );
    report["suggest_10k_words_ms"] = json!(suggest_ms);
    let (read, key, label) = compare_class(&hosted, &dir.0, 3_000, 60).await;
    println!(
        "\nCompare view, 60 students' files of a 3,000-word article: reading all of them to the table painted {:.0} ms; changing the key {:.0} ms (median, worst {:.0}); changing the label {:.0} ms (median, worst {:.0})",
        read,
        percentile(&key, 0.5),
        percentile(&key, 1.0),
        percentile(&label, 0.5),
        percentile(&label, 1.0)
    );
    report["compare_60_files"] =
        json!({ "read_ms": read, "key_change_ms": key, "label_change_ms": label });
    let out = xtask::root().join("target").join("bench.json");
    std::fs::write(&out, serde_json::to_string_pretty(&report).unwrap()).expect("write bench.json");
    println!("\nWritten to {}", out.display());
}
