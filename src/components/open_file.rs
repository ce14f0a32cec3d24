//! The "Open file" control: a real file input (so it works with the keyboard and in tests).

use yew::prelude::*;

use crate::effects::{commands, use_ctx};
use crate::i18n::t;

#[component]
pub fn OpenFile() -> Html {
    let ctx = use_ctx();
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            commands::open_file(&ctx, file);
        }
        input.set_value("");
    });
    let label = t!("start-open-file");
    html! {
        <label class="button file-button">
            { label.clone() }
            <input type="file" accept=".json,.jsonld,.jsonl,.csv,.ann,application/json,application/ld+json,text/csv" aria-label={label} {onchange} />
        </label>
    }
}
