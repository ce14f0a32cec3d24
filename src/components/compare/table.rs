//! The agreement table: each annotator's spans of the label, precision, recall and F1 against the
//! key under exact and overlap matching; Krippendorff's alpha per label; F1 between annotators.

use close_reader_core::analysis::agreement::Prf;
use yew::prelude::*;

use crate::i18n::{num, t};
use crate::state::compare::{Compare, Row};

/// What the table shows, computed once per change of the comparison.
pub struct TableData {
    pub rows: Vec<Row>,
    pub alphas: Vec<(String, Option<f64>)>,
    pub names: Vec<String>,
    pub pairs: Vec<Vec<Option<f64>>>,
}

impl TableData {
    pub fn of(c: &Compare) -> TableData {
        let (names, pairs) = c.pairs();
        TableData {
            rows: c.rows(),
            alphas: c.alphas(),
            names,
            pairs,
        }
    }
}

/// A figure to three decimals, or a dash where it is undefined: always three, so that a column's
/// figures line up, in the interface language's digits and decimal sign (`0.500`, `0,500`, `٠٫٥٠٠`).
pub fn figure(x: Option<f64>) -> String {
    x.map(|v| {
        // The language's decimal sign: what `num` writes between the digits of a half.
        let sign: String = num(0.5).chars().filter(|c| !c.is_numeric()).collect();
        format!("{v:.3}")
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => num(d),
                None if c == '.' => sign.clone(),
                None => c.to_string(),
            })
            .collect()
    })
    .unwrap_or_else(|| "—".into())
}

fn prf_cells(p: Option<Prf>) -> Html {
    match p {
        Some(p) => {
            html! { <><td>{ figure(p.precision) }</td><td>{ figure(p.recall) }</td><td>{ figure(p.f1) }</td></> }
        }
        None => html! { <><td>{ "—" }</td><td>{ "—" }</td><td>{ "—" }</td></> },
    }
}

pub fn agreement_table(c: &Compare, data: &TableData) -> Html {
    let TableData {
        rows,
        alphas,
        names,
        pairs,
    } = data;
    let label = c.label_name(&c.label);
    let key = c.key.map(|k| c.entries[k].name.clone());
    html! {
        <section class="agreement" aria-label={t!("classroom-agreement")}>
            <h2>{ t!("classroom-agreement-heading", label = &label) }</h2>
            <p class="alphas">
                { t!("classroom-alpha") }{ " " }
                { for alphas.iter().map(|(name, a)| html! { <span class="alpha" data-label={name.clone()}>{ format!("{name} {}", figure(*a)) }</span> }) }
            </p>
            if rows.is_empty() {
                <p class="empty">{ t!("classroom-agreement-empty") }</p>
            } else {
                <div class="table-scroll">
                    <table class="scores" aria-label={t!("classroom-agreement-table", label = &label)}>
                        <thead>
                            <tr><th rowspan="2">{ t!("classroom-col-annotator") }</th><th rowspan="2">{ t!("classroom-col-spans") }</th>
                                <th colspan="3">{ t!("classroom-col-exact") }</th><th colspan="3">{ t!("classroom-col-overlap") }</th></tr>
                            <tr><th>{ t!("classroom-col-precision") }</th><th>{ t!("classroom-col-recall") }</th><th>{ "F1" }</th><th>{ t!("classroom-col-precision") }</th><th>{ t!("classroom-col-recall") }</th><th>{ "F1" }</th></tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|r| html! {
                                <tr><th scope="row">{ r.name.clone() }</th><td>{ num(r.spans as f64) }</td>{ prf_cells(r.exact) }{ prf_cells(r.overlap) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                if key.is_none() { <p class="hint">{ t!("classroom-agreement-choose-key") }</p> }
                if names.len() > 1 {
                    <details class="pairs">
                        <summary>{ t!("classroom-pairwise", label = &label) }</summary>
                        <div class="table-scroll">
                            <table class="scores pairwise">
                                <thead><tr><th></th>{ for names.iter().map(|n| html! { <th scope="col">{ n.clone() }</th> }) }</tr></thead>
                                <tbody>
                                    { for names.iter().zip(pairs.iter()).map(|(n, row)| html! {
                                        <tr><th scope="row">{ n.clone() }</th>{ for row.iter().map(|x| html! { <td>{ figure(*x) }</td> }) }</tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    </details>
                }
            }
        </section>
    }
}
