//! Suggestions carried between the worker, which computes them for the languages whose tables the
//! page leaves out (to keep its first load small), and the page, which shows them. A compact JSON
//! array; the page gives back `'static` names for the rule keys (and the language tables' names of
//! unnamed roles and vague groups) through the `known` function. The reasons cross as data
//! ([`Why`], [`ClassRule`]), so that the page can say them in the interface's language; their
//! English text is written again from it.

use serde_json::{json, Value};

use super::why::{
    claim_class, claim_key, hedge_class, hedge_key, Attributed, Before, ClaimCue, Why,
};
use super::{Suggestion, CLAIM, HEDGE, SOURCE};
use crate::analysis::source_kind::{ClassRule, NameSign, SourceClass, SourceKind};
use crate::model::Span;

fn kind_of(name: &str) -> Option<SourceKind> {
    [SourceKind::Named, SourceKind::Anonymous, SourceKind::Vague]
        .into_iter()
        .find(|k| k.as_str() == name)
}

/// A reason as a JSON array led by its kind: `["hedge", "approximator", "at least", "number"]`,
/// `["claim", ["number", "1,440"], ["prediction", "will"]]`, `["source", "verb", "said", "named",
/// "Amnesty International"]`.
fn why_json(why: &Why) -> Value {
    let cue = |c: &ClaimCue| json!([claim_key(c.class), c.quote]);
    match why {
        Why::Hedge {
            class,
            quote,
            before,
        } => {
            let before = before.map(|b| match b {
                Before::Number => "number",
                Before::Quantity => "quantity",
            });
            json!(["hedge", hedge_key(*class), quote, before])
        }
        Why::Claim { first, second } => json!(["claim", cue(first), second.as_ref().map(cue)]),
        Why::Source {
            by,
            cue,
            kind,
            source,
        } => {
            let by = match by {
                Attributed::Verb => "verb",
                Attributed::According => "according",
            };
            json!(["source", by, cue, kind.as_str(), source])
        }
    }
}

fn why_from(v: &Value) -> Option<Why> {
    let f = v.as_array()?;
    let s = |i: usize| f.get(i)?.as_str();
    let cue = |v: &Value| -> Option<ClaimCue> {
        let c = v.as_array().filter(|c| c.len() == 2)?;
        Some(ClaimCue {
            class: claim_class(c[0].as_str()?)?,
            quote: c[1].as_str()?.to_string(),
        })
    };
    match (s(0)?, f.len()) {
        ("hedge", 4) => Some(Why::Hedge {
            class: hedge_class(s(1)?)?,
            quote: s(2)?.to_string(),
            before: match &f[3] {
                Value::Null => None,
                b => Some(match b.as_str()? {
                    "number" => Before::Number,
                    "quantity" => Before::Quantity,
                    _ => return None,
                }),
            },
        }),
        ("claim", 3) => Some(Why::Claim {
            first: cue(&f[1])?,
            second: match &f[2] {
                Value::Null => None,
                c => Some(cue(c)?),
            },
        }),
        ("source", 5) => Some(Why::Source {
            by: match s(1)? {
                "verb" => Attributed::Verb,
                "according" => Attributed::According,
                _ => return None,
            },
            cue: s(2)?.to_string(),
            kind: kind_of(s(3)?)?,
            source: s(4)?.to_string(),
        }),
        _ => None,
    }
}

/// A source's rule as a JSON array led by its kind: `["who", "unnamed official", "officials",
/// "Pentagon"]`, `["name", "initialism", "UN"]`, `["none"]`.
fn rule_json(rule: &ClassRule) -> Value {
    match rule {
        ClassRule::NoWords => json!(["none"]),
        ClassRule::AnonymityMarker(found) => json!(["anonymity", found]),
        ClassRule::Hearsay(found) => json!(["hearsay", found]),
        ClassRule::OnRecord { role, name } => json!(["on-record", role, name]),
        ClassRule::Who { what, found, of } => json!(["who", what, found, of]),
        ClassRule::Name { sign, name } => json!(["name", sign.key(), name]),
        ClassRule::Office(found) => json!(["office", found]),
        ClassRule::UnnamedOffice(found) => json!(["unnamed-office", found]),
        ClassRule::Nothing(phrase) => json!(["nothing", phrase]),
    }
}

fn rule_from(v: &Value, known: &mut dyn FnMut(&str) -> &'static str) -> Option<ClassRule> {
    let f = v.as_array()?;
    let s = |i: usize| f.get(i)?.as_str();
    let text = |i: usize| s(i).map(str::to_string);
    Some(match (s(0)?, f.len()) {
        ("none", 1) => ClassRule::NoWords,
        ("anonymity", 2) => ClassRule::AnonymityMarker(text(1)?),
        ("hearsay", 2) => ClassRule::Hearsay(text(1)?),
        ("on-record", 3) => ClassRule::OnRecord {
            role: text(1)?,
            name: text(2)?,
        },
        ("who", 4) => ClassRule::Who {
            what: known(s(1)?),
            found: text(2)?,
            of: match &f[3] {
                Value::Null => None,
                n => Some(n.as_str()?.to_string()),
            },
        },
        ("name", 3) => ClassRule::Name {
            sign: NameSign::from_key(s(1)?)?,
            name: text(2)?,
        },
        ("office", 2) => ClassRule::Office(text(1)?),
        ("unnamed-office", 2) => ClassRule::UnnamedOffice(text(1)?),
        ("nothing", 2) => ClassRule::Nothing(text(1)?),
        _ => return None,
    })
}

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
                why_json(&s.why),
                s.source
                    .as_ref()
                    .map(|c| json!([c.kind.as_str(), rule_json(&c.why)])),
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
            let f = item
                .as_array()
                .filter(|f| f.len() == 7)
                .ok_or_else(|| bad("an item is not 7 fields"))?;
            let s = |i: usize| f[i].as_str().ok_or_else(|| bad("a field is not text"));
            let n = |i: usize| {
                f[i].as_u64()
                    .map(|n| n as usize)
                    .ok_or_else(|| bad("an offset is not a number"))
            };
            let label = match s(1)? {
                l if l == HEDGE => HEDGE,
                l if l == SOURCE => SOURCE,
                l if l == CLAIM => CLAIM,
                other => return Err(bad(&format!("unknown label {other:?}"))),
            };
            let source = match &f[6] {
                Value::Null => None,
                Value::Array(c) if c.len() == 2 => Some(SourceClass::new(
                    c[0].as_str()
                        .and_then(kind_of)
                        .ok_or_else(|| bad("unknown source kind"))?,
                    rule_from(&c[1], known)
                        .ok_or_else(|| bad("a source rule is not one the classifier writes"))?,
                )),
                _ => return Err(bad("a source class is not a pair")),
            };
            let span =
                Span::new(n(2)?, n(3)?).ok_or_else(|| bad("a span ends before it starts"))?;
            let why = why_from(&f[5]).ok_or_else(|| bad("a reason is not one the rules write"))?;
            Ok(Suggestion {
                id: s(0)?.to_string(),
                label,
                span,
                rule: known(s(4)?),
                reason: why.to_string(),
                why,
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
    fn the_reasons_cross_as_data_in_every_language() {
        let texts = [
            ("en", "Officials said the bridge may cost at least €2 million, according to Dr Ana Ruiz. Pentagon officials warned that prices fell because of 2 storms. Experts say it will cost about a decade of work."),
            ("es", "El ayuntamiento dijo que el peaje podría subir, según fuentes municipales, y que costará unos 4 millones de euros."),
            ("fr", "Selon la préfecture, l'incendie aurait fait une vingtaine de blessés. Le maire a déclaré que l'usine pourrait rouvrir dans environ trois semaines."),
            ("de", "Die Polizei teilte am Freitag mit, der Schaden betrage vermutlich rund 2 Millionen Euro. Laut einem Sprecher der Stadt wird die Brücke 2025 eröffnet."),
        ];
        let mut known = |r: &str| -> &'static str { Box::leak(r.to_string().into_boxed_str()) };
        for (tag, text) in texts {
            let all = super::super::suggest_in(tag, text).unwrap();
            for label in [HEDGE, SOURCE, CLAIM] {
                assert!(
                    all.iter().any(|s| s.label == label),
                    "{tag}: no {label} in {all:#?}"
                );
            }
            let back = from_json(&to_json(&all), &mut known).unwrap();
            assert_eq!(back, all, "{tag}");
            for (b, s) in back.iter().zip(&all) {
                assert_eq!(b.why, s.why);
                assert_eq!(b.reason, s.why.to_string());
                if let (Some(bc), Some(sc)) = (&b.source, &s.source) {
                    assert_eq!((&bc.why, &bc.rule), (&sc.why, &sc.why.to_string()));
                }
            }
        }
    }

    #[test]
    fn a_damaged_answer_is_refused() {
        let mut known = |_: &str| -> &'static str { "x" };
        for bad in [
            "",
            "{}",
            "[[1]]",
            r#"[["a","opinion",0,1,"r","why",null]]"#,
            r#"[["a","hedge",5,1,"r","why",null]]"#,
            r#"[["a","hedge",0,1,"r","modal verb 'may'",null]]"#,
            r#"[["a","hedge",0,1,"r",["hedge","guess","may",null],null]]"#,
            r#"[["a","source",0,1,"r",["source","verb","said","named","X"],["named",["name","nickname","X"]]]]"#,
        ] {
            assert!(from_json(bad, &mut known).is_err(), "{bad}");
        }
    }
}
