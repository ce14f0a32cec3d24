//! The evidence summary of the open article, computed by the core: counts, claims with no source
//! (each a button to its highlight), each claim with its sources beneath, sources that back nothing,
//! hedge density and the hedged claims, and each source's kind with the rule that decided it.

use close_reader_core::analysis::evidence::{summarise, EvidenceSummary, SpanRef};
use close_reader_core::model::names::ellipsize;
use close_reader_core::Document;
use yew::prelude::*;

use crate::effects::use_ctx;
use crate::i18n::{num, t, why};
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

/// Hedges per 100 words to one decimal, as the overview shows it ("1.8").
fn density(s: &EvidenceSummary) -> f64 {
    (s.hedge_density * 10.0).round() / 10.0
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
        html! { <button class={classes!("span-ref", class)} data-id={r.id.clone()} {onclick} dir="auto">{ t!("panel-quoted", quote = ellipsize(&r.quote, 90)) }</button> }
    };
    let list = |items: &[SpanRef], class: &'static str, empty: String| {
        if items.is_empty() {
            html! { <p class="hint">{ empty }</p> }
        } else {
            html! { <ul class="refs">{ for items.iter().map(|r| html! { <li>{ go(r, class) }</li> }) }</ul> }
        }
    };
    let counts = summary.counts.iter().map(|c| html! {
        <li><span class="name">{ c.name.clone() }</span><span class="count">{ num(c.count as f64) }</span></li>
    });
    let tree = claims.iter().map(|c| html! {
        <li>
            { go(&c.claim, "claim") }
            if c.sources.is_empty() {
                <p class="no-source">{ t!("panel-no-source") }</p>
            } else {
                <ul class="refs sources">{ for c.sources.iter().map(|s| html! { <li>{ go(s, "source") }</li> }) }</ul>
            }
        </li>
    });
    let hedged = summary.hedged_claims.iter().map(|h| {
        let n = h.hedges.len();
        html! { <li>{ go(&h.claim, "claim") }<span class="meta">{ t!("panel-hedge-count", count = n) }</span></li> }
    });
    let kinds = &summary.source_kinds;
    let sources = summary.sources.iter().map(|s| {
        html! {
            <li>
                { go(&s.source, "source") }
                <span class={classes!("kind", s.kind.as_str())}>{ t!("panel-source-kind", kind = s.kind.as_str()) }</span>
                <span class="rule">{ why::source_rule(&s.why) }</span>
            </li>
        }
    });
    html! {
        <section class="evidence" aria-label={t!("panel-evidence-summary")}>
            <p class="overview">{ t!("panel-overview", words = summary.words, claims = summary.claims, sources = summary.sources.len(),
                hedges = summary.hedges, density = density(&summary)) }</p>
            <ul class="label-counts">{ for counts }</ul>

            <h3>{ t!("panel-unsupported", count = summary.unsupported_claims.len()) }</h3>
            { list(&summary.unsupported_claims, "claim", if summary.claims == 0 { t!("panel-no-claims") } else { t!("panel-all-claims-sourced") }) }

            <h3>{ t!("panel-claims-and-sources") }</h3>
            if claims.is_empty() { <p class="hint">{ t!("panel-no-claims") }</p> } else { <ul class="claim-tree">{ for tree }</ul> }

            <h3>{ t!("panel-idle-sources", count = summary.idle_sources.len()) }</h3>
            { list(&summary.idle_sources, "source", if summary.sources.is_empty() { t!("panel-no-sources") } else { t!("panel-all-sources-used") }) }

            <h3>{ t!("panel-hedged-claims", count = summary.hedged_claims.len()) }</h3>
            if summary.hedged_claims.is_empty() { <p class="hint">{ t!("panel-no-hedged-claims") }</p> } else { <ul class="refs">{ for hedged }</ul> }

            <h3>{ t!("panel-sources-by-kind", named = kinds.named, anonymous = kinds.anonymous, vague = kinds.vague) }</h3>
            if summary.sources.is_empty() { <p class="hint">{ t!("panel-no-sources") }</p> } else { <ul class="refs kinds">{ for sources }</ul> }
        </section>
    }
}
