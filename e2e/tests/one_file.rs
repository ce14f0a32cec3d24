//! The one-file build, `dist/close-reader.html`, as a teacher would hand it out on a USB stick: opened
//! from `file://` with the network switched off, it annotates, keeps the work across a reload, and
//! downloads the file; nothing is fetched and the page's CSP reports no violation.

use e2e::{App, TempDir};
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn the_one_file_build_works_from_a_usb_stick_without_network() {
    let stick = TempDir::new("usb");
    let folder = stick.0.join("USB stick");
    std::fs::create_dir_all(&folder).unwrap();
    let page = folder.join("close-reader.html");
    std::fs::copy(e2e::dist_dir().join("close-reader.html"), &page)
        .expect("dist/close-reader.html: run `cargo xtask dist`");
    let url = format!("file://{}", page.display()).replace(' ', "%20");

    let app = App::launch(&url, 1280, 900).await;
    app.cdp("Network.enable", json!({})).await;
    app.cdp(
        "Network.emulateNetworkConditions",
        json!({"offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}),
    )
    .await;
    app.goto(&url).await;
    let csp = app
        .js(
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content;",
            vec![],
        )
        .await;
    let csp = csp.as_str().unwrap();
    assert!(
        csp.contains("connect-src 'none'") && !csp.contains("'self'"),
        "{csp}"
    );

    app.click("Try the sample article").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    app.select_text("almost certainly", 0).await;
    app.keys("h").await;
    app.select_text("Councillor Maya Okafor", 0).await;
    app.keys("s").await;
    app.wait_until(
        "two marks",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    let spans = app.spans().await;
    app.wait_saved().await;

    // Opened again (a reload, as a double-click on the file would): the work is there.
    app.driver.refresh().await.unwrap();
    app.wait_for("article[data-doc] mark").await;
    assert_eq!(app.spans().await, spans, "the saved work comes back");

    app.click("Download").await;
    let file = app.wait_download(".close-reader.json").await;
    let doc = close_reader_core::formats::native::from_bytes(&std::fs::read(file).unwrap())
        .expect("a valid Close Reader file");
    let quotes: Vec<&str> = doc.annotations().iter().map(|a| doc.quote(a)).collect();
    assert_eq!(quotes, vec!["Councillor Maya Okafor", "almost certainly"]);

    let fetched = app
        .js(
            "return performance.getEntriesByType('resource').map(e => e.name);",
            vec![],
        )
        .await;
    assert_eq!(fetched, json!([]), "the page fetches nothing");
    app.quit().await;
}
