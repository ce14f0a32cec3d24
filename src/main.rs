//! Close Reader in the browser: mount the Yew app.

mod clicks;
mod components;
mod dom;
mod effects;
mod i18n;
mod intake;
mod io;
mod keys;
mod layout;
mod limits;
mod sample;
mod session;
mod state;
mod storage;
mod suggested;

fn main() {
    dom::crash::install();
    // The interface's language is read first (another language's messages may be fetched).
    #[cfg(target_arch = "wasm32")]
    i18n::start(|| {
        yew::Renderer::<components::app::App>::new().render();
    });
    #[cfg(not(target_arch = "wasm32"))]
    yew::Renderer::<components::app::App>::new().render();
}
