//! `cargo xtask bench`: measures the built app in headless Chromium and prints a Markdown table (also
//! written to `target/bench.json`). Startup: from navigation to the sample article painted (its
//! paragraphs in the DOM and two animation frames later), for the hosted build and the one-file build,
//! each in a fresh browser profile (nothing cached) and again on a reload.

use std::time::Duration;

use e2e::App;
use serde_json::{json, Value};

const RUNS: usize = 7;

/// Runs before the page's scripts: notes when the article's paragraphs first exist, then when the
/// frame after that has been painted.
const WATCH_JS: &str = r#"
new MutationObserver((_, obs) => {
  if (document.querySelector('article[data-doc] p[data-start]')) {
    obs.disconnect();
    window.benchShown = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.benchPainted = performance.now(); }));
  }
}).observe(document, { childList: true, subtree: true });
"#;

struct Stats {
    median: f64,
    worst: f64,
}

fn stats(mut v: Vec<f64>) -> Stats {
    v.sort_by(f64::total_cmp);
    Stats {
        median: v[v.len() / 2],
        worst: *v.last().expect("runs"),
    }
}

async fn painted_ms(app: &App) -> f64 {
    for _ in 0..400 {
        if let Some(ms) = app.js("return window.benchPainted ?? null;", vec![]).await.as_f64() {
            return ms;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the sample article was never painted");
}

/// Cold (fresh profile) and warm (reload) times to the painted sample article at `url`.
async fn startup(url: &str) -> (Stats, Stats) {
    let (mut cold, mut warm) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let app = App::launch(url, 1280, 900).await;
        app.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": WATCH_JS }),
        )
        .await;
        app.goto(&format!("{url}#sample")).await;
        cold.push(painted_ms(&app).await);
        app.wait_saved().await; // so that the reload reopens it
        app.driver.refresh().await.expect("reload");
        warm.push(painted_ms(&app).await);
        app.quit().await;
    }
    (stats(cold), stats(warm))
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let hosted = e2e::app_url();
    let one_file = format!(
        "file://{}",
        e2e::dist_dir().join("close-reader.html").display()
    );
    let mut rows: Vec<Value> = Vec::new();
    println!("| Build | Measure | Median | Worst of {RUNS} |\n|---|---|---|---|");
    for (build, url) in [("hosted dist/", hosted), ("one file", one_file)] {
        let (cold, warm) = startup(&url).await;
        for (what, s) in [
            ("navigation → sample painted, first visit", cold),
            ("navigation → sample painted, reload", warm),
        ] {
            println!(
                "| {build} | {what} | {:.0} ms | {:.0} ms |",
                s.median, s.worst
            );
            rows.push(json!({"build": build, "measure": what, "median_ms": s.median, "worst_ms": s.worst}));
        }
    }
    let out = xtask::root().join("target").join("bench.json");
    std::fs::write(&out, serde_json::to_string_pretty(&rows).unwrap()).expect("write bench.json");
    println!("\nWritten to {}", out.display());
}
