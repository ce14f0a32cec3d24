//! The evidence summary of the open article, computed by the core: counts, claims with no source
//! (each a button to its highlight), each claim with its sources beneath, sources that back nothing,
//! hedge density and the hedged claims, and each source's kind with the rule that decided it.

use close_reader_core::analysis::evidence::{summarise, EvidenceSummary, SpanRef};
use close_reader_core::model::names::ellipsize;
use close_reader_core::Document;
use yew::prelude::*;

use crate::effects::use_ctx;
use crate::session::SessionRef;
use crate::state::ui::UiAction;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct EvidencePanelProps {
    pub session: SessionRef,
    pub rev: u64,
}

/// A claim with the sources linked to it, as the panel lists them.
struct ClaimSources {
    claim: SpanRef,
    sources: Vec<SpanRef>,
}

fn claims_with_sources(doc: &Document) -> Vec<ClaimSources> {
    doc.annotations()
        .iter()
        .filter(|a| a.label == "claim")
        .map(|c| ClaimSources {
            claim: SpanRef::of(doc, c),
            sources: doc
                .sources_of(&c.id)
                .into_iter()
                .map(|s| SpanRef::of(doc, s))
                .collect(),
        })
        .collect()
}

/// "1.8 hedges per 100 words".
pub fn density_text(s: &EvidenceSummary) -> String {
    format!("{:.1} hedges per 100 words", s.hedge_density)
}

#[component]
pub fn EvidencePanel(props: &EvidencePanelProps) -> Html {
    let ctx = use_ctx();
    let se = props.session.0.borrow();
    let doc = &se.doc;
    let summary = summarise(doc);
    let claims = claims_with_sources(doc);
    let go = |r: &SpanRef, class: &'static str| {
        let id = r.id.clone();
        let onclick = ctx.callback(move |_: MouseEvent| Action::Ui(UiAction::Focus(id.clone())));
        html! { <button class={classes!("span-ref", class)} data-id={r.id.clone()} {onclick} dir="auto">{ format!("“{}”", ellipsize(&r.quote, 90)) }</button> }
    };
    let list = |items: &[SpanRef], class: &'static str, empty: &'static str| {
        if items.is_empty() {
            html! { <p class="hint">{ empty }</p> }
        } else {
            html! { <ul class="refs">{ for items.iter().map(|r| html! { <li>{ go(r, class) }</li> }) }</ul> }
        }
    };
    let counts = summary.counts.iter().map(|c| html! {
        <li><span class="name">{ c.name.clone() }</span><span class="count">{ c.count }</span></li>
    });
    let tree = claims.iter().map(|c| html! {
        <li>
            { go(&c.claim, "claim") }
            if c.sources.is_empty() {
                <p class="no-source">{ "no source linked" }</p>
            } else {
                <ul class="refs sources">{ for c.sources.iter().map(|s| html! { <li>{ go(s, "source") }</li> }) }</ul>
            }
        </li>
    });
    let hedged = summary.hedged_claims.iter().map(|h| {
        let n = h.hedges.len();
        html! { <li>{ go(&h.claim, "claim") }<span class="meta">{ format!("{n} hedge{}", if n == 1 { "" } else { "s" }) }</span></li> }
    });
    let kinds = &summary.source_kinds;
    let sources = summary.sources.iter().map(|s| {
        html! {
            <li>
                { go(&s.source, "source") }
                <span class={classes!("kind", s.kind.as_str())}>{ s.kind.as_str() }</span>
                <span class="rule">{ s.rule.clone() }</span>
            </li>
        }
    });
    html! {
        <section class="evidence" aria-label="Evidence summary">
            <p class="overview">{ format!("{} words · {} claims · {} sources · {} hedges ({})",
                summary.words, summary.claims, summary.sources.len(), summary.hedges, density_text(&summary)) }</p>
            <ul class="label-counts">{ for counts }</ul>

            <h3>{ format!("Unsupported claims ({})", summary.unsupported_claims.len()) }</h3>
            { list(&summary.unsupported_claims, "claim", if summary.claims == 0 { "No claims marked yet." } else { "Every claim has a linked source." }) }

            <h3>{ "Claims and their sources" }</h3>
            if claims.is_empty() { <p class="hint">{ "No claims marked yet." }</p> } else { <ul class="claim-tree">{ for tree }</ul> }

            <h3>{ format!("Sources that support no claim ({})", summary.idle_sources.len()) }</h3>
            { list(&summary.idle_sources, "source", if summary.sources.is_empty() { "No sources marked yet." } else { "Every source supports a claim." }) }

            <h3>{ format!("Hedged claims ({})", summary.hedged_claims.len()) }</h3>
            if summary.hedged_claims.is_empty() { <p class="hint">{ "No claim carries a hedge (linked, or inside it)." }</p> } else { <ul class="refs">{ for hedged }</ul> }

            <h3>{ format!("Sources by kind: {} named, {} anonymous, {} vague", kinds.named, kinds.anonymous, kinds.vague) }</h3>
            if summary.sources.is_empty() { <p class="hint">{ "No sources marked yet." }</p> } else { <ul class="refs kinds">{ for sources }</ul> }
        </section>
    }
}
