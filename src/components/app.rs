//! The root: owns the reducer, provides [`Ctx`], runs the effects, and shows the current screen.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::components::{
    annotate::Annotate, arrival::ArrivalDialog, banner::Banner, compare::CompareScreen,
    conflict::ConflictDialog, import_review::ImportReview, library::Library,
    progress_bar::ProgressBar, start::Start,
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
            guards.extend(crate::effects::lifecycle::install(&ctx));
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
    {
        // After each change: a save within half a second, and the other tabs told which document
        // this one has open.
        let (ctx, timer) = (ctx.clone(), save_timer.clone());
        let needs = state.needs_save();
        let open = state.session.as_ref().map(|s| s.borrow().id.clone());
        use_effect_with((state.rev, needs, open), move |(_, needs, open)| {
            if *needs {
                persist::schedule(&ctx, &timer);
            }
            crate::effects::tabs::watch(open.clone());
        });
    }
    {
        // The compare view's class set is kept after each change of the comparison, and a reload
        // comes back to the comparison that was on screen (the first render only notes what shows,
        // so that the startup can still read where the last visit ended).
        let ctx = ctx.clone();
        let shown = use_mut_ref(|| None::<Option<String>>);
        let comparing = state
            .compare
            .as_ref()
            .filter(|_| state.screen == Screen::Compare)
            .map(|c| c.doc_id.clone());
        use_effect_with(
            (state.compare.clone(), comparing),
            move |(compare, comparing)| {
                if compare.is_some() {
                    crate::effects::class_sets::keep(&ctx);
                }
                let before = shown.borrow_mut().replace(comparing.clone());
                if before.is_some_and(|b| b != *comparing) {
                    crate::effects::class_sets::remember_screen(comparing.as_deref());
                }
            },
        );
    }

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
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                commands::dropped(&ctx, files);
            }
        })
    };

    // Messages sit at the top, sticky: on the annotate screen inside its sticky masthead, under the
    // top bar; elsewhere on their own.
    let notice = state.notice.clone();
    let screen = match state.screen {
        Screen::Annotate if state.session.is_some() => {
            let s = &*state;
            html! { <Annotate session={s.session.clone().expect("open")} rev={s.rev} save={s.save.clone()}
            notice={s.notice.clone()} read_only={s.read_only} selected={s.selected.clone()}
            pending={s.pending.clone()} flash={s.flash.clone()} linking={s.linking.clone()}
            suggestion={s.suggestion.clone()} suggestions_rev={s.suggestions_rev}
            hidden={s.hidden.clone()} beside={s.beside.clone()} beside_rev={s.beside_rev}
            library={s.library.clone()} feedback_shown={s.feedback_shown} panel_open={s.panel_open}
            assignment_open={s.assignment_open} rubric_draft={s.rubric_draft.clone()} asking_name={s.asking_name}
            labels_open={s.labels_open} theme={s.theme} /> }
        }
        Screen::Compare if state.compare.is_some() => html! {
            <CompareScreen compare={state.compare.clone().expect("a comparison")} {notice} keeping={state.class_kept.clone()} />
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
            <div key={state.lang.tag()} class={classes!("app", (*dragging).then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
                { screen }
                if let Some(a) = state.arrival.clone() { <ArrivalDialog arrival={a} /> }
                if let Some(c) = state.conflict.clone() { <ConflictDialog conflict={c} /> }
                if let Some(p) = state.import.clone() { <ImportReview pending={p} /> }
                if let Some(progress) = state.progress.clone() {
                    <ProgressBar {progress} oncancel={Callback::from(|_: MouseEvent| {
                        crate::effects::opening::cancel();
                        crate::effects::arrival::cancel();
                    })} />
                }
                <div class="drop-hint" aria-hidden="true">{ if state.screen == Screen::Compare { crate::i18n::t!("library-drop-students") } else { crate::i18n::t!("library-drop-article") } }</div>
            </div>
        </ContextProvider<Ctx>>
    }
}
