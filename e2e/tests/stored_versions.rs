//! A browser holding data from an older version: a version 1 file in IndexedDB, with a library
//! record lacking the fields added since (text hash, words, counts), opens on start and is saved
//! back as the current version with a complete record; documents of versions 1 and 2 that are not
//! opened are migrated on start too.

use e2e::App;
use serde_json::{json, Value};

const V1: &str = include_str!("../../core/tests/fixtures/format_v1_example.json");

/// Puts `doc` and `meta` under the id `old1` as an older version would have, and makes it the
/// document open last.
const SEED_JS: &str = r#"
const [doc, meta, done] = arguments;
const req = indexedDB.open('close-reader');
req.onupgradeneeded = () => { for (const s of ['docs', 'meta']) if (!req.result.objectStoreNames.contains(s)) req.result.createObjectStore(s); };
req.onerror = () => done(String(req.error));
req.onsuccess = () => {
  const db = req.result, tx = db.transaction(['docs', 'meta'], 'readwrite');
  tx.objectStore('docs').put(doc, 'old1');
  tx.objectStore('meta').put(meta, 'old1');
  tx.oncomplete = () => { db.close(); localStorage.setItem('close-reader.last-open', 'old1'); done(true); };
  tx.onerror = () => done(String(tx.error));
};
"#;

/// The stored file and record of `old1`, parsed (the database at whatever version the app made it;
/// this version stores a file's bytes, older ones its text).
const READ_JS: &str = r#"
const [done] = arguments;
const text = v => typeof v === 'string' ? v : new TextDecoder().decode(v);
const req = indexedDB.open('close-reader');
req.onsuccess = () => {
  const db = req.result, tx = db.transaction(['docs', 'meta']);
  const d = tx.objectStore('docs').get('old1'), m = tx.objectStore('meta').get('old1');
  tx.oncomplete = () => { db.close(); done([JSON.parse(text(d.result)), JSON.parse(m.result)]); };
};
"#;

#[tokio::test(flavor = "multi_thread")]
async fn a_version_1_document_in_storage_opens_and_is_saved_as_the_current_version() {
    let app = App::start().await;
    let old_meta = json!({
        "id": "old1",
        "title": "A short example",
        "created": "2024-01-01T00:00:00.000Z",
        "updated": "2024-01-02T00:00:00.000Z"
    })
    .to_string();
    let seeded = app
        .driver
        .execute_async(SEED_JS, vec![json!(V1), json!(old_meta)])
        .await
        .unwrap();
    assert_eq!(seeded.json(), &json!(true));

    app.reload().await;
    app.wait_until(
        "the version 1 document open",
        "document.querySelectorAll('article mark').length >= 3",
    )
    .await;
    let quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    assert!(quotes.iter().any(|q| q == "قال"), "{quotes:?}");

    // An edit is saved as the current version, with the record rebuilt and its dates kept.
    app.select_text("Second", 0).await;
    app.keys("c").await;
    app.wait_for("mark[data-labels~='claim']").await;
    app.wait_saved().await;
    let stored = app.driver.execute_async(READ_JS, vec![]).await.unwrap();
    let (file, meta): (Value, Value) = serde_json::from_value(stored.json().clone()).unwrap();
    assert_eq!(
        file["version"],
        close_reader_core::formats::native::PLAIN_VERSION
    );
    assert_eq!(file["annotations"].as_array().unwrap().len(), 4);
    assert_eq!(
        meta["sha256"],
        "3210364c05e75eba3ec412b29450306777b815392e44cd1f816b0af8f84b8d44"
    );
    assert_eq!(meta["created"], "2024-01-01T00:00:00.000Z");
    assert!(meta["words"].as_u64().unwrap() > 0, "{meta}");

    app.click("← Library").await;
    app.wait_until(
        "the document listed with its counts",
        "[...document.querySelectorAll('li.doc')].some(li => li.textContent.includes('A short example') && li.textContent.includes('Claim'))",
    )
    .await;
    app.quit().await;
}

/// Puts each `[id, file, record]` into IndexedDB as an older version would have, opening none.
const SEED_MANY_JS: &str = r#"
const [items, done] = arguments;
const req = indexedDB.open('close-reader');
req.onupgradeneeded = () => { for (const s of ['docs', 'meta']) if (!req.result.objectStoreNames.contains(s)) req.result.createObjectStore(s); };
req.onerror = () => done(String(req.error));
req.onsuccess = () => {
  const db = req.result, tx = db.transaction(['docs', 'meta'], 'readwrite');
  for (const [id, doc, meta] of items) { tx.objectStore('docs').put(doc, id); tx.objectStore('meta').put(meta, id); }
  tx.oncomplete = () => { db.close(); done(true); };
  tx.onerror = () => done(String(tx.error));
};
"#;

/// The stored file versions of these ids.
const VERSIONS_JS: &str = r#"
const [ids, done] = arguments;
const text = v => typeof v === 'string' ? v : new TextDecoder().decode(v);
const req = indexedDB.open('close-reader');
req.onsuccess = () => {
  const db = req.result, tx = db.transaction(['docs']);
  const got = ids.map(id => tx.objectStore('docs').get(id));
  tx.oncomplete = () => { db.close(); done(got.map(r => r.result ? JSON.parse(text(r.result)).version : null)); };
};
"#;

#[tokio::test(flavor = "multi_thread")]
async fn documents_of_versions_1_and_2_left_in_storage_are_migrated_on_start_without_being_opened()
{
    let app = App::start().await;
    // A version 2 file: what this version writes for a document with no assignment or feedback,
    // with its version number put back.
    let doc = close_reader_core::formats::native::from_json(V1).unwrap();
    let mut v2: Value =
        serde_json::from_str(&close_reader_core::formats::native::to_json(&doc)).unwrap();
    v2["version"] = json!(2);
    let meta = |id: &str| {
        json!({ "id": id, "title": "Old", "created": "2024-01-01T00:00:00.000Z", "updated": "2024-01-02T00:00:00.000Z" }).to_string()
    };
    let items = json!([
        ["v1doc", V1, meta("v1doc")],
        ["v2doc", v2.to_string(), meta("v2doc")]
    ]);
    let seeded = app
        .driver
        .execute_async(SEED_MANY_JS, vec![items])
        .await
        .unwrap();
    assert_eq!(seeded.json(), &json!(true));

    app.reload().await;
    let current = close_reader_core::formats::native::PLAIN_VERSION;
    let mut versions = Value::Null;
    for _ in 0..100 {
        versions = app
            .driver
            .execute_async(VERSIONS_JS, vec![json!(["v1doc", "v2doc"])])
            .await
            .unwrap()
            .json()
            .clone();
        if versions == json!([current, current]) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        versions,
        json!([current, current]),
        "both migrated on start"
    );
    assert_eq!(
        app.count("article[data-doc]").await,
        0,
        "neither was opened for it"
    );
    app.quit().await;
}
