//! Long work under way (a long document opening): what it is, a bar, and Cancel.

use yew::prelude::*;

use crate::state::Progress;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub progress: Progress,
    pub oncancel: Callback<MouseEvent>,
}

#[component]
pub fn ProgressBar(props: &ProgressProps) -> Html {
    let percent = (props.progress.fraction * 100.0).floor().clamp(0.0, 100.0);
    html! {
        <div class="progress-bar" role="status">
            <span class="progress-what">{ format!("{} {percent:.0} %", props.progress.what) }</span>
            <progress max="100" value={percent.to_string()} aria-label={props.progress.what.clone()}></progress>
            <button onclick={props.oncancel.clone()}>{ "Cancel" }</button>
        </div>
    }
}
