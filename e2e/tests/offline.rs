//! The hosted app after a first visit: the service worker keeps it, so it opens with the server
//! unreachable, with the saved work; and a new build on the server is picked up on a later visit
//! without losing that work.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use e2e::{App, TempDir};

/// The names of the page's caches (polled: the Cache API answers asynchronously).
async fn caches(app: &App) -> String {
    app.js(
        "caches.keys().then(k => { window.e2eCaches = k.join(' '); }); return window.e2eCaches || '';",
        vec![],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

async fn wait_caches(app: &App, what: &str, ok: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let names = caches(app).await;
        if ok(&names) {
            return names;
        }
        assert!(
            Instant::now() < deadline,
            "caches never became {what}: {names:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn after_one_visit_the_app_opens_offline_and_updates_on_a_later_visit() {
    let site = TempDir::new("site");
    for entry in std::fs::read_dir(e2e::dist_dir()).unwrap().flatten() {
        std::fs::copy(entry.path(), site.0.join(entry.file_name())).unwrap();
    }
    let (url, online) =
        xtask::serve::start_switchable(site.0.clone(), "/courses/reading/", 0).unwrap();
    let app = App::start_with(&url, "#sample", 1280, 900).await;
    app.wait_for("article[data-doc] p[data-start]").await;
    app.wait_until(
        "the service worker controls the page",
        "!!navigator.serviceWorker.controller",
    )
    .await;
    let first = wait_caches(&app, "one app cache", |n| n.starts_with("close-reader-")).await;

    app.select_text("almost certainly", 0).await;
    app.keys("h").await;
    app.wait_for("article mark[data-labels='hedge']").await;
    app.wait_saved().await;
    let spans = app.spans().await;

    // The server goes away: the app still opens, with the work.
    online.store(false, Ordering::SeqCst);
    app.driver.refresh().await.unwrap();
    app.wait_for("article[data-doc] mark").await;
    assert_eq!(app.spans().await, spans, "offline, the saved work is there");

    // A new build is published; the server is back.
    let sw = std::fs::read_to_string(site.0.join("sw.js")).unwrap();
    std::fs::write(
        site.0.join("sw.js"),
        sw.replace(&format!("\"{first}\""), "\"close-reader-second-build\""),
    )
    .unwrap();
    let index = std::fs::read_to_string(site.0.join("index.html")).unwrap();
    std::fs::write(
        site.0.join("index.html"),
        index.replacen(
            "<head>",
            "<head>\n  <meta name=\"build\" content=\"second\">",
            1,
        ),
    )
    .unwrap();
    online.store(true, Ordering::SeqCst);

    // This visit still shows the kept build while the new one installs in the background...
    app.driver.refresh().await.unwrap();
    app.wait_for("article[data-doc] mark").await;
    wait_caches(&app, "only the new build's", |n| {
        n == "close-reader-second-build"
    })
    .await;
    // ...and the next visit is the new build, with the work untouched.
    app.driver.refresh().await.unwrap();
    app.wait_for("article[data-doc] mark").await;
    assert_eq!(app.count("meta[name=build][content=second]").await, 1);
    assert_eq!(app.spans().await, spans);
    app.quit().await;
}
