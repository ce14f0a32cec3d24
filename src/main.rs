//! Close Reader in the browser: mount the Yew app.

mod clicks;
mod components;
mod dom;
mod effects;
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
    yew::Renderer::<components::app::App>::new().render();
}
