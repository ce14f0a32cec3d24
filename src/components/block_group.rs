//! A run of paragraphs (up to [`GROUP_BLOCKS`](crate::session::GROUP_BLOCKS), fewer under many spans):
//! the unit the article renders and skips. Its props change only when one of its paragraphs changed or holds the selected or flashed
//! span, so an edit re-renders one group instead of the whole article.

use yew::prelude::*;

use crate::components::block::BlockView;
use crate::session::SessionRef;

#[derive(Properties, PartialEq)]
pub struct BlockGroupProps {
    pub session: SessionRef,
    pub group: usize,
    /// The session's version of this group: changes with any of its paragraphs' segments.
    pub version: u64,
    /// Blocks of this group showing the selected span, and its id.
    pub selected: Option<(std::ops::Range<usize>, AttrValue)>,
    /// Blocks of this group showing the flashed span, its id and flash count.
    pub flash: Option<(std::ops::Range<usize>, AttrValue, u32)>,
    /// Blocks of this group showing the current suggestion, and its id.
    pub current: Option<(std::ops::Range<usize>, AttrValue)>,
}

#[component]
pub fn BlockGroup(props: &BlockGroupProps) -> Html {
    let se = props.session.0.borrow();
    let labels = se.label_ids.clone();
    html! {
        <div class="group">
        { for se.group(props.group).map(|i| {
            let b = se.blocks[i];
            let selected = props.selected.as_ref().filter(|(r, _)| r.contains(&i)).map(|(_, id)| id.clone());
            let flash = props.flash.as_ref().filter(|(r, _, _)| r.contains(&i)).map(|(_, id, n)| (id.clone(), *n));
            let current = props.current.as_ref().filter(|(r, _)| r.contains(&i)).map(|(_, id)| id.clone());
            html! {
                <BlockView key={i} text={se.doc.text.clone()} block={b} segments={se.segments[i].clone()}
                    labels={labels.clone()} {selected} {flash} suggested={se.suggested[i].clone()} {current}
                    style={se.doc.shape.line_style(&b)} marks={se.doc.shape.marks_on(b.span).to_vec()} />
            }
        }) }
        </div>
    }
}
