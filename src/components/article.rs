//! The article: one block component per paragraph. Clicking a highlight selects its span (clicking
//! again where spans overlap steps to the next one).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::block::BlockView;
use crate::effects::use_ctx;
use crate::session::SessionRef;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub session: SessionRef,
    pub rev: u64,
    pub selected: Option<AttrValue>,
    pub flash: Option<(AttrValue, u32)>,
}

/// Which annotation a click on a highlight covering `ids` selects, given the current selection.
pub fn next_selection(ids: &[&str], selected: Option<&str>) -> Option<String> {
    let at = selected.and_then(|s| ids.iter().position(|i| *i == s));
    let pick = match at {
        Some(i) => ids.get((i + 1) % ids.len()),
        None => ids.first(),
    };
    pick.map(|s| s.to_string())
}

#[component]
pub fn Article(props: &ArticleProps) -> Html {
    let ctx = use_ctx();
    let onclick = {
        let (ctx, selected) = (ctx.clone(), props.selected.clone());
        Callback::from(move |e: MouseEvent| {
            let collapsed = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .is_none_or(|s| s.is_collapsed());
            if !collapsed {
                return;
            }
            let mark = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("mark[data-ids]").ok().flatten());
            let next = mark.and_then(|m| {
                let ids = m.get_attribute("data-ids").unwrap_or_default();
                next_selection(&ids.split(' ').collect::<Vec<_>>(), selected.as_deref())
            });
            if next.is_some() || selected.is_some() {
                ctx.send(Action::Select(next));
            }
        })
    };
    let se = props.session.0.borrow();
    let sel_blocks = props
        .selected
        .as_ref()
        .map(|id| se.blocks_of(id))
        .unwrap_or(0..0);
    let flash_blocks = props
        .flash
        .as_ref()
        .map(|(id, _)| se.blocks_of(id))
        .unwrap_or(0..0);
    let labels = se.label_ids.clone();
    html! {
        <article data-doc={se.id.clone()} class="article" aria-label="Article" {onclick}>
            { for se.blocks.iter().map(|b| {
                let i = b.index;
                html! {
                    <BlockView key={i} text={se.doc.text.clone()} block={*b} segments={se.segments[i].clone()}
                        labels={labels.clone()}
                        selected={sel_blocks.contains(&i).then(|| props.selected.clone()).flatten()}
                        flash={flash_blocks.contains(&i).then(|| props.flash.clone()).flatten()} />
                }
            }) }
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::next_selection;

    #[test]
    fn repeated_clicks_cycle_through_overlapping_spans() {
        let ids = ["a2", "a1", "a3"];
        assert_eq!(next_selection(&ids, None).as_deref(), Some("a2"));
        assert_eq!(next_selection(&ids, Some("a2")).as_deref(), Some("a1"));
        assert_eq!(next_selection(&ids, Some("a3")).as_deref(), Some("a2"));
        assert_eq!(next_selection(&ids, Some("zz")).as_deref(), Some("a2"));
    }
}
