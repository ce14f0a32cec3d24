//! The evidence summary on the side panel's Evidence tab: the figures the core computes for the
//! article as marked and linked, claims with no source listed and clickable, each claim with its
//! sources beneath, idle sources, hedged claims, and each source's kind with its rule.

use std::path::Path;

use close_reader_core::analysis::source_kind::classify;
use e2e::thirtyfour::prelude::*;
use e2e::App;

const TEXT: &str = "The minister said the scheme will cost £40 million.\n\nCritics say it may fail, and a spokesperson reportedly declined to comment.";

async fn click_mark(app: &App, text: &str) {
    app.driver
        .find(By::XPath(format!(
            "//article//mark[normalize-space(.)='{text}']"
        )))
        .await
        .unwrap_or_else(|_| panic!("no highlight {text:?}"))
        .click()
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_evidence_tab_lists_unsupported_claims_sources_and_hedges() {
    let app = App::start().await;
    app.new_article("Scheme", TEXT).await;
    for (quote, key) in [
        ("The minister", "s"),
        ("the scheme will cost £40 million", "c"),
        ("Critics", "s"),
        ("it may fail", "c"),
        ("may", "h"),
        ("a spokesperson", "s"),
        ("reportedly", "h"),
    ] {
        app.select_text(quote, 0).await;
        app.keys(key).await;
    }
    app.wait_until("7 spans", "document.querySelectorAll('ol.ann-list li.entry').length === 7 || document.querySelector('.span-editor')").await;
    click_mark(&app, "the scheme will cost £40 million").await;
    app.keys("l").await;
    click_mark(&app, "The minister").await;
    app.wait_for(".span-editor .links li").await;

    app.driver
        .find(By::XPath("//button[@role='tab'][.='Evidence']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for(".evidence").await;
    let words = TEXT.split_whitespace().count();
    assert_eq!(
        app.texts(".evidence .overview").await,
        [format!(
            "{words} words · 2 claims · 3 sources · 2 hedges ({:.1} hedges per 100 words)",
            200.0 / words as f64
        )]
    );
    assert_eq!(
        app.texts(".evidence .label-counts li").await,
        ["Claim2", "Source3", "Hedge2"]
    );
    let section = |title: &str| {
        format!("//section[contains(@class,'evidence')]/h3[starts-with(., '{title}')]/following-sibling::*[1]//button")
    };
    let texts = |els: Vec<WebElement>| async move {
        let mut out = Vec::new();
        for e in els {
            out.push(e.text().await.unwrap());
        }
        out
    };
    let unsupported = app
        .driver
        .find_all(By::XPath(section("Unsupported claims (1)")))
        .await
        .unwrap();
    assert_eq!(texts(unsupported.clone()).await, ["“it may fail”"]);
    let idle = app
        .driver
        .find_all(By::XPath(section("Sources that support no claim (2)")))
        .await
        .unwrap();
    assert_eq!(texts(idle).await, ["“Critics”", "“a spokesperson”"]);
    let hedged = app
        .driver
        .find_all(By::XPath(section("Hedged claims (1)")))
        .await
        .unwrap();
    assert_eq!(
        texts(hedged).await,
        ["“it may fail”"],
        "the hedge inside the claim counts"
    );
    // Each claim with its sources beneath.
    let tree = app
        .js(
            "return [...document.querySelectorAll('.claim-tree > li')].map(li => [li.querySelector(':scope > .span-ref').textContent, [...li.querySelectorAll('.sources .span-ref')].map(b => b.textContent), !!li.querySelector('.no-source')]);",
            vec![],
        )
        .await;
    assert_eq!(
        tree,
        serde_json::json!([
            [
                "“the scheme will cost £40 million”",
                ["“The minister”"],
                false
            ],
            ["“it may fail”", [], true]
        ])
    );
    // Kinds and rules as the core classifies them.
    let kinds = app
        .js(
            "return [...document.querySelectorAll('.evidence .kinds li')].map(li => [li.querySelector('.span-ref').textContent, li.querySelector('.kind').textContent, li.querySelector('.rule').textContent]);",
            vec![],
        )
        .await;
    let expected: Vec<[String; 3]> = ["The minister", "Critics", "a spokesperson"]
        .iter()
        .map(|q| {
            let c = classify(q);
            [format!("“{q}”"), c.kind.as_str().to_string(), c.rule]
        })
        .collect();
    assert_eq!(kinds, serde_json::json!(expected));
    assert_eq!(classify("Critics").kind.as_str(), "vague");
    assert_eq!(classify("a spokesperson").kind.as_str(), "anonymous");
    // The picture for the docs: nothing selected, so the summary is in view.
    app.js("document.activeElement.blur();", vec![]).await;
    app.keys("\u{e00c}").await;
    app.wait_until(
        "no span selected",
        "!document.querySelector('.span-editor')",
    )
    .await;
    app.screenshot(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots/evidence.png"))
        .await;

    // An unsupported claim leads to its highlight.
    unsupported[0].click().await.unwrap();
    app.wait_until(
        "the claim is selected",
        "document.querySelector('mark.sel') && [...document.querySelectorAll('mark.sel')].map(m => m.textContent).join('') === 'it may fail'",
    )
    .await;
    app.quit().await;
}
