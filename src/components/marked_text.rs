//! An article shown read-only with marks painted over it (heat, verdicts against a key, consensus):
//! plain text nodes only, each mark a class and a title naming what it means.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::compare::Mark;
use crate::state::paint::paint;

#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    pub text: std::sync::Arc<str>,
    pub marks: Rc<Vec<Mark>>,
    /// Names the region for assistive technology ("Heat of Claim", "Feedback for Ana").
    pub label: AttrValue,
}

#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    let paragraphs = use_memo((props.text.clone(), props.marks.clone()), |(t, m)| {
        paint(t, m)
    });
    let marks = &props.marks;
    html! {
        <div class="article marked-text" role="region" aria-label={props.label.clone()}>
            { for paragraphs.iter().map(|p| html! {
                <p>
                    { for p.iter().map(|piece| {
                        if piece.marks.is_empty() {
                            html! { piece.text.clone() }
                        } else {
                            let class = piece.marks.iter().map(|&i| marks[i].class.as_str()).collect::<Vec<_>>().join(" ");
                            let title = piece.marks.iter().map(|&i| marks[i].title.as_str()).collect::<Vec<_>>().join("\n");
                            html! { <mark {class} {title} data-start={piece.start.to_string()}>{ piece.text.clone() }</mark> }
                        }
                    }) }
                </p>
            }) }
        </div>
    }
}
