//! The compare view's agreement table as a journey reads it, and as the core computes it for the
//! same files: journeys compare the two, so the page cannot show figures the core does not.

use close_reader_core::analysis::agreement::{score, spans_of, Match};
use close_reader_core::Document;

use crate::App;

/// The agreement table's rows on screen: annotator, then its cells.
pub async fn table(app: &App) -> Vec<Vec<String>> {
    let v = app
        .js(
            "return [...document.querySelectorAll('table.scores:not(.pairwise) tbody tr')].map(tr => [...tr.children].map(c => c.textContent));",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

fn figure(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.3}")).unwrap_or_else(|| "—".into())
}

/// The table the core computes for these students against this key, for one label.
pub fn expected_table(
    key: &Document,
    students: &[(&str, Document)],
    label: &str,
) -> Vec<Vec<String>> {
    let k = spans_of(key);
    students
        .iter()
        .map(|(name, d)| {
            let s = spans_of(d);
            let mut row = vec![
                name.to_string(),
                s.iter().filter(|x| x.label == label).count().to_string(),
            ];
            for mode in [Match::Exact, Match::Overlap] {
                let p = score(&k, &s, label, mode);
                row.extend([figure(p.precision), figure(p.recall), figure(p.f1)]);
            }
            row
        })
        .collect()
}
