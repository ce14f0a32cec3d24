//! The root: owns the reducer, provides [`Ctx`], runs the effects, and shows the current screen.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::components::{
    annotate::Annotate,
    banner::Banner,
    compare::{CompareRef, CompareScreen},
    conflict::ConflictDialog,
    import_review::ImportReview,
    library::Library,
    progress_bar::ProgressBar,
    start::Start,
};
use crate::effects::{commands, keyboard, persist, selection_watch, startup, Ctx};
use crate::state::{AppState, Screen};

#[component]
pub fn App() -> Html {
    crate::dom::perf::mark("render:app");
    let state = use_reducer(AppState::default);
    let latest = use_mut_ref(AppState::default);
    *latest.borrow_mut() = (*state).clone();
    let ctx = Ctx {
        dispatch: state.dispatcher(),
        latest,
    };
    let save_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let dragging = use_state(|| false);

    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            startup::run(ctx.clone());
            crate::effects::tabs::install(ctx.clone());
            let mut guards = keyboard::install(ctx.clone());
            guards.extend(selection_watch::install(ctx.clone()));
            let window = web_sys::window().expect("window");
            // Leaving: the changes storage has not confirmed go to the journal at once (storage's
            // own writes may not finish), and a save starts.
            let c = ctx.clone();
            guards.push(gloo::events::EventListener::new(
                &window,
                "pagehide",
                move |_| {
                    persist::journal_now(&c);
                    persist::save_now(&c);
                },
            ));
            let c = ctx.clone();
            guards.push(gloo::events::EventListener::new_with_options(
                &window,
                "beforeunload",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    // Only when no journal could hold the changes: the browser asks before leaving.
                    if !persist::journal_now(&c) && persist::would_lose(&c) {
                        e.prevent_default();
                        let _ = js_sys::Reflect::set(e, &"returnValue".into(), &true.into());
                    }
                },
            ));
            let c = ctx.clone();
            guards.push(gloo::events::EventListener::new(
                &window,
                "beforeprint",
                move |_| crate::effects::export::prepare_print(&c),
            ));
            guards.push(gloo::events::EventListener::new(
                &window,
                "afterprint",
                |_| crate::dom::print_notes::clear(),
            ));
            // An assignment link pasted into a tab that already shows the app changes only the fragment.
            let c = ctx.clone();
            guards.push(gloo::events::EventListener::new(
                &window,
                "hashchange",
                move |_| {
                    let c = c.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        crate::effects::assignment::open_from_fragment(&c).await;
                    });
                },
            ));
            let c = ctx.clone();
            let doc = window.document().expect("document");
            guards.push(gloo::events::EventListener::new(
                &doc,
                "visibilitychange",
                move |_| {
                    if web_sys::window()
                        .and_then(|w| w.document())
                        .is_some_and(|d| d.hidden())
                    {
                        persist::journal_now(&c);
                        persist::save_now(&c);
                    }
                },
            ));
            move || drop(guards)
        });
    }
    // A dialog that opens takes the keyboard focus.
    let dialogs = (
        state.labels_open,
        state.assignment_open,
        state.asking_name,
        state.import.is_some(),
        state.conflict.is_some(),
    );
    use_effect_with(dialogs, |_| crate::dom::focus::into_dialog());
    if state.needs_save() {
        persist::schedule(&ctx, &save_timer);
    }
    crate::effects::tabs::watch(&state);

    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (ctx, dragging) = (ctx.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let files = e.data_transfer().and_then(|d| d.files());
            if ctx.state().screen == Screen::Compare {
                if let Some(files) = files {
                    crate::effects::collect::add_files(&ctx, files);
                }
                return;
            }
            match files.as_ref().map(|f| f.length()).unwrap_or(0) {
                0 => {}
                1 => commands::open_file(&ctx, files.and_then(|f| f.get(0)).expect("one file")),
                n => ctx.send(crate::state::Action::Notice(Some(crate::state::Notice::error(format!(
                    "{n} files were dropped; drop one Close Reader file at a time. Nothing was changed."
                ))))),
            }
        })
    };

    // Messages sit at the top, sticky: on the annotate screen inside its sticky masthead, under the
    // top bar; elsewhere on their own.
    let notice = state.notice.clone();
    let screen = match state.screen {
        Screen::Annotate if state.session.is_some() => {
            html! { <Annotate state={(*state).clone()} /> }
        }
        Screen::Compare if state.compare.is_some() => html! {
            <CompareScreen compare={CompareRef(state.compare.clone().expect("a comparison"))} {notice} />
        },
        Screen::Library => html! {
            <>
                <div class="masthead"><Banner {notice} /></div>
                <Library items={state.library.clone()} />
            </>
        },
        _ => html! {
            <>
                <div class="masthead"><Banner {notice} /></div>
                <Start library_size={state.library.len()} />
            </>
        },
    };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <div class={classes!("app", (*dragging).then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
                { screen }
                if let Some(c) = state.conflict.clone() { <ConflictDialog conflict={c} /> }
                if let Some(p) = state.import.clone() { <ImportReview pending={p} /> }
                if let Some(progress) = state.progress.clone() {
                    <ProgressBar {progress} oncancel={Callback::from(|_: MouseEvent| crate::effects::opening::cancel())} />
                }
                <div class="drop-hint" aria-hidden="true">{ if state.screen == Screen::Compare { "Drop students' files to add them" } else { "Drop a Close Reader file to open it" } }</div>
            </div>
        </ContextProvider<Ctx>>
    }
}
