//! axe-core, the accessibility checker, run inside the page under test: shared by the accessibility
//! audit and the theme tests (which audit the dark theme's contrast).

use serde_json::{json, Value};

use crate::App;

/// Injects axe-core once per page (WebDriver scripts are not subject to the page's CSP, so the
/// policy stays as strict as it ships) and returns each serious or critical violation with its nodes.
pub async fn audit(app: &App, screen: &str) -> Vec<String> {
    let injected = app.js("return !!window.axe;", vec![]).await;
    if injected != json!(true) {
        let path = xtask::tools::axe_script();
        let src = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run `cargo xtask test`, which installs axe-core)",
                path.display()
            )
        });
        app.js(&format!("{src}\nreturn true;"), vec![]).await;
    }
    let result = app
        .driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                 nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary) }))))
               .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));",
            vec![],
        )
        .await
        .expect("axe ran")
        .json()
        .clone();
    let Value::Array(found) = result else {
        panic!("axe returned {result}")
    };
    found
        .into_iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .map(|v| {
            let nodes: Vec<String> = v["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect();
            format!(
                "{screen}: {} ({}): {}\n    {}",
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or(""),
                nodes.join("\n    ")
            )
        })
        .collect()
}

/// Fails with every problem found, one per line.
pub fn check(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "serious or critical accessibility violations:\n{}",
        problems.join("\n")
    );
}
