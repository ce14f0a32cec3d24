//! Side by side: the second article in its own scrolling pane (with Swap and Close), and the
//! comparison of the two in the Evidence tab: the claims only one outlet makes, the claims both make
//! or contradict, and the sources each cites, computed by the core (`analysis::pair`). Without a
//! second article, the tab offers to open one from the library.

use close_reader_core::analysis::evidence::SpanRef;
use close_reader_core::analysis::pair::{compare, Side};
use close_reader_core::model::names::ellipsize;
use yew::prelude::*;

use crate::components::article::Article;
use crate::effects::{commands, use_ctx};
use crate::i18n::t;
use crate::session::SessionRef;
use crate::state::Action;
use crate::state::{beside::BesideAction, ui::UiAction};
use crate::storage::library::DocMeta;

#[derive(Properties, PartialEq)]
pub struct BesidePaneProps {
    pub session: SessionRef,
    pub rev: u64,
    pub linking: Option<AttrValue>,
}

#[component]
pub fn BesidePane(props: &BesidePaneProps) -> Html {
    let ctx = use_ctx();
    let (id, title) = {
        let se = props.session.0.borrow();
        (se.id.clone(), se.doc.title.clone())
    };
    let swap = {
        let (ctx, id) = (ctx.clone(), id.clone());
        Callback::from(move |_: MouseEvent| commands::swap_sides(&ctx, &id))
    };
    let close = ctx.callback(|_: MouseEvent| Action::Beside(BesideAction::Close));
    html! {
        <section class="beside" aria-label={t!("panel-beside", title = &title)}>
            <div class="beside-head">
                <h2 dir="auto">{ title }</h2>
                <button onclick={swap} title={t!("panel-swap.title")}>{ t!("panel-swap") }</button>
                <button class="quiet" onclick={close} aria-label={t!("panel-close-beside")}>{ "✕" }</button>
            </div>
            <Article key={id} session={props.session.clone()} rev={props.rev} selected={None::<AttrValue>}
                flash={None::<(AttrValue, u32)>} linking={props.linking.clone()} suggestion={None::<AttrValue>}
                suggestions_rev={0} beside=true />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub session: SessionRef,
    pub beside: Option<SessionRef>,
    pub rev: u64,
    pub beside_rev: u64,
    pub library: crate::state::Shared<Vec<DocMeta>>,
}

#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let ctx = use_ctx();
    let main_id = props.session.0.borrow().id.clone();
    let Some(beside) = &props.beside else {
        let others: Vec<&DocMeta> = props.library.iter().filter(|m| m.id != main_id).collect();
        let onchange = {
            let ctx = ctx.clone();
            Callback::from(move |e: Event| {
                let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
                let id = select.value();
                select.set_value("");
                if !id.is_empty() {
                    let ctx = ctx.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        commands::open_beside(&ctx, &id).await
                    });
                }
            })
        };
        return html! {
            <section class="compare" aria-label={t!("panel-compare")}>
                if others.is_empty() {
                    <p class="hint">{ t!("panel-compare-hint") }</p>
                } else {
                    <label class="field">
                        <span>{ t!("panel-compare-with") }</span>
                        <select aria-label={t!("panel-open-beside.aria-label")} {onchange}>
                            <option value="" selected=true>{ t!("panel-open-beside") }</option>
                            { for others.iter().map(|m| html! { <option value={m.id.clone()}>{ m.title.clone() }</option> }) }
                        </select>
                    </label>
                }
            </section>
        };
    };
    let (a, b) = (props.session.0.borrow(), beside.0.borrow());
    let p = compare(&a.doc, &b.doc);
    let go = |r: &SpanRef| {
        let id = r.id.clone();
        let onclick = ctx.callback(move |_: MouseEvent| Action::Ui(UiAction::Focus(id.clone())));
        html! { <button class="span-ref claim" {onclick} dir="auto">{ t!("panel-quoted", quote = ellipsize(&r.quote, 80)) }</button> }
    };
    let quote = |r: &SpanRef| html! { <span class="quote" dir="auto">{ t!("panel-quoted", quote = ellipsize(&r.quote, 80)) }</span> };
    let side = |s: &Side, here: bool| {
        let k = &s.source_kinds;
        html! {
            <div class="side" data-side={if here { "here" } else { "beside" }}>
                <h4 dir="auto">{ t!("panel-only-in", title = ellipsize(&s.title, 40), count = s.only_here.len()) }</h4>
                <ul class="refs">{ for s.only_here.iter().map(|r| html! { <li>{ if here { go(r) } else { quote(r) } }</li> }) }</ul>
                <p class="meta">{ t!("panel-side-sources", named = k.named, anonymous = k.anonymous, vague = k.vague) }</p>
                <ul class="refs sources">{ for s.sources.iter().map(|c| html! {
                    <li><span class="quote" dir="auto">{ t!("panel-quoted", quote = ellipsize(&c.source.quote, 60)) }</span>
                        <span class={classes!("kind", c.kind.as_str())}>{ t!("panel-source-kind", kind = c.kind.as_str()) }</span></li>
                }) }</ul>
            </div>
        }
    };
    let pairs = |list: &[close_reader_core::analysis::pair::ClaimPair]| {
        html! {
            <ul class="refs pairs">{ for list.iter().map(|c| html! { <li>{ go(&c.a) }<span class="meta">{ "⇄" }</span>{ quote(&c.b) }</li> }) }</ul>
        }
    };
    html! {
        <section class="compare" aria-label={t!("panel-compare")}>
            <h3>{ t!("panel-same-claim", count = p.shared.len()) }</h3>
            { pairs(&p.shared) }
            <h3>{ t!("panel-contradictions", count = p.contradictions.len()) }</h3>
            { pairs(&p.contradictions) }
            { side(&p.a, true) }
            { side(&p.b, false) }
            { for p.unresolved.iter().map(|u| html! { <p class="hint">{ u.clone() }</p> }) }
        </section>
    }
}
