//! What the benchmark measures beyond the article rows for a book (`cargo xtask bench book`): edits
//! spread over the whole book rather than its first pages, jumps to far places as a dragged scroll
//! bar makes them, memory as the browser counts it (JavaScript heap, the DOM's heap and array
//! buffers such as the wasm memory), the page's size in elements, and where opening spent its time
//! (the app's `open:*` performance marks, recorded with `?perf`).

use e2e::App;
use serde_json::{json, Value};

/// A book: a million words (about 6.5 million characters) with 100,000 spans, in the generator's
/// paragraphs of 40 to 120 words.
pub const WORDS: usize = 1_000_000;
pub const SPANS: usize = 100_000;

/// Jumps to random places of the article (a fixed sequence), one per frame with two frames to
/// settle after each, as dragging the scroll bar does; returns [frames, slow frames (> 50 ms),
/// longest frame].
const JUMP_JS: &str = r#"
const done = arguments[arguments.length - 1];
bench.longTasks = [];
let seed = 7; const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const gaps = []; let last = performance.now(); let jumps = 0, settle = 0;
const step = () => {
  const now = performance.now(); gaps.push(now - last); last = now;
  if (jumps >= 40 && settle === 0) { done([gaps.length, gaps.filter(g => g > 50).length, Math.max(...gaps)]); return; }
  if (settle > 0) { settle--; } else {
    scrollTo(0, random() * (document.documentElement.scrollHeight - innerHeight));
    jumps++; settle = 2;
  }
  requestAnimationFrame(step);
};
requestAnimationFrame(step);
"#;

/// Scrolls to `fraction` of the article's height (for an edit far into the book).
pub async fn scroll_to_fraction(app: &App, fraction: f64) {
    app.js(
        &format!(
            "scrollTo(0, {fraction} * (document.documentElement.scrollHeight - innerHeight));"
        ),
        vec![],
    )
    .await;
}

/// The jumps of [`JUMP_JS`] and the long tasks (> 50 ms) they caused.
pub async fn jumps(app: &App) -> (Value, usize) {
    let frames = app
        .driver
        .execute_async(JUMP_JS, vec![])
        .await
        .expect("jumping")
        .json()
        .clone();
    let long = app
        .js("return bench.longTasks.filter(d => d > 50).length;", vec![])
        .await
        .as_u64()
        .unwrap_or(0) as usize;
    (frames, long)
}

/// The page's memory in MB after a garbage collection: the JavaScript heap, the DOM's (Blink's
/// heap) and array buffers, as `Runtime.getHeapUsage` reports them, and the wasm memory (which
/// never shrinks: its largest size so far).
pub async fn heap_mb(app: &App) -> Value {
    app.cdp("HeapProfiler.collectGarbage", json!({})).await;
    let usage = app.cdp("Runtime.getHeapUsage", json!({})).await;
    let mb = |k: &str| usage[k].as_f64().unwrap_or(0.0) / 1_048_576.0;
    let wasm = app
        .js("return bench.wasmMemory?.() ?? 0;", vec![])
        .await
        .as_f64()
        .unwrap_or(0.0)
        / 1_048_576.0;
    let (js, dom, buffers) = (
        mb("usedSize"),
        mb("embedderHeapUsedSize"),
        mb("backingStorageSize"),
    );
    json!({ "js": js, "dom": dom, "buffers": buffers, "wasm": wasm, "total": js + dom + buffers + wasm })
}

/// Elements in the page, and paragraphs of the article among them.
pub async fn elements(app: &App) -> Value {
    app.js(
        "return [document.getElementsByTagName('*').length, document.querySelectorAll('article p').length];",
        vec![],
    )
    .await
}

/// The app's performance marks since the page opened, in order: name and time (ms).
pub async fn marks(app: &App) -> Value {
    app.js(
        "return performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]);",
        vec![],
    )
    .await
}
