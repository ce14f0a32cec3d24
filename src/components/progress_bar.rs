//! Long work under way (a long document opening): what it is, a bar, and Cancel.

use yew::prelude::*;

use crate::i18n::t;
use crate::state::Progress;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub progress: Progress,
    pub oncancel: Callback<MouseEvent>,
}

#[component]
pub fn ProgressBar(props: &ProgressProps) -> Html {
    // A fraction below zero: work whose length is not known (a file read in the import worker).
    let known = props.progress.fraction >= 0.0;
    let percent = (props.progress.fraction * 100.0).floor().clamp(0.0, 100.0);
    let what = if known {
        t!(
            "start-progress",
            what = props.progress.what.clone(),
            percent = percent
        )
    } else {
        props.progress.what.clone()
    };
    html! {
        <div class="progress-bar" role="status">
            <span class="progress-what">{ what }</span>
            <progress max="100" value={known.then(|| percent.to_string())} aria-label={props.progress.what.clone()}></progress>
            <button onclick={props.oncancel.clone()}>{ t!("start-cancel") }</button>
        </div>
    }
}
