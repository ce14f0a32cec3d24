//! Suggestions carried between the worker, which computes them for the languages whose tables the
//! page leaves out (to keep its first load small), and the page, which shows them. A compact JSON
//! array; the page gives back `'static` names for the rule keys through the `known` function.

use serde_json::{json, Value};

use super::{Suggestion, CLAIM, HEDGE, SOURCE};
use crate::analysis::source_kind::{SourceClass, SourceKind};
use crate::model::Span;

/// `suggestions` as JSON text.
pub fn to_json(suggestions: &[Suggestion]) -> String {
    let items: Vec<Value> = suggestions
        .iter()
        .map(|s| {
            json!([
                s.id,
                s.label,
                s.span.start(),
                s.span.end(),
                s.rule,
                s.reason,
                s.source.as_ref().map(|c| json!([c.kind.as_str(), c.rule])),
            ])
        })
        .collect();
    Value::Array(items).to_string()
}

/// Reads what [`to_json`] wrote; `known` turns a rule key into the page's `'static` copy of it.
pub fn from_json(
    text: &str,
    known: &mut dyn FnMut(&str) -> &'static str,
) -> Result<Vec<Suggestion>, String> {
    let bad = |what: &str| format!("the worker's suggestions: {what}");
    let items: Vec<Value> = serde_json::from_str(text).map_err(|e| bad(&e.to_string()))?;
    items
        .iter()
        .map(|item| {
            let f = item.as_array().filter(|f| f.len() == 7).ok_or_else(|| bad("an item is not 7 fields"))?;
            let s = |i: usize| f[i].as_str().ok_or_else(|| bad("a field is not text"));
            let n = |i: usize| f[i].as_u64().map(|n| n as usize).ok_or_else(|| bad("an offset is not a number"));
            let label = match s(1)? {
                l if l == HEDGE => HEDGE,
                l if l == SOURCE => SOURCE,
                l if l == CLAIM => CLAIM,
                other => return Err(bad(&format!("unknown label {other:?}"))),
            };
            let source = match &f[6] {
                Value::Null => None,
                Value::Array(c) if c.len() == 2 => Some(SourceClass {
                    kind: match c[0].as_str() {
                        Some("named") => SourceKind::Named,
                        Some("anonymous") => SourceKind::Anonymous,
                        Some("vague") => SourceKind::Vague,
                        _ => return Err(bad("unknown source kind")),
                    },
                    rule: c[1].as_str().ok_or_else(|| bad("a source rule is not text"))?.to_string(),
                }),
                _ => return Err(bad("a source class is not a pair")),
            };
            let span = Span::new(n(2)?, n(3)?).ok_or_else(|| bad("a span ends before it starts"))?;
            Ok(Suggestion {
                id: s(0)?.to_string(),
                label,
                span,
                rule: known(s(4)?),
                reason: s(5)?.to_string(),
                source,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_cross_to_the_page_unchanged() {
        let text = "Officials said the bridge may cost €2 million, according to Dr Ana Ruiz. 😀 Ça suffit.";
        let all = super::super::suggest(text);
        assert!(all.len() >= 2, "{all:?}");
        let mut known = |r: &str| -> &'static str { Box::leak(r.to_string().into_boxed_str()) };
        assert_eq!(from_json(&to_json(&all), &mut known).unwrap(), all);
    }

    #[test]
    fn a_damaged_answer_is_refused() {
        let mut known = |_: &str| -> &'static str { "x" };
        for bad in ["", "{}", "[[1]]", r#"[["a","opinion",0,1,"r","why",null]]"#, r#"[["a","hedge",5,1,"r","why",null]]"#] {
            assert!(from_json(bad, &mut known).is_err(), "{bad}");
        }
    }
}
