//! An article shown read-only with marks painted over it (heat, verdicts against a key, consensus):
//! plain text nodes only, each mark a class and a title naming what it means (also shown above the
//! text when the mark is clicked or tapped).

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
    /// Told the code point of a mark clicked or tapped (the feedback view's comment box uses it).
    #[prop_or_default]
    pub on_pick: Option<Callback<usize>>,
}

#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    let paragraphs = use_memo((props.text.clone(), props.marks.clone()), |(t, m)| {
        paint(t, m)
    });
    let marks = &props.marks;
    // What a tapped or clicked mark says (on touch screens there is no hover to show its title).
    let picked = use_state(|| None::<String>);
    let onclick = {
        let (picked, on_pick) = (picked.clone(), props.on_pick.clone());
        Callback::from(move |e: MouseEvent| {
            let mark = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|el| el.closest("mark").ok().flatten());
            let at = mark
                .as_ref()
                .and_then(|m| m.get_attribute("data-start"))
                .and_then(|s| s.parse::<usize>().ok());
            if let (Some(on_pick), Some(at)) = (&on_pick, at) {
                on_pick.emit(at);
            }
            picked.set(mark.and_then(|m| m.get_attribute("title")));
        })
    };
    html! {
        <>
        <p class="picked" role="status">{ (*picked).clone().unwrap_or_default() }</p>
        <div class="article marked-text" role="region" aria-label={props.label.clone()} {onclick}>
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
        </>
    }
}
