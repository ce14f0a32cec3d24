//! What the app does besides rendering: starting up, saving, listening to the keyboard and the
//! selection, and the async commands behind buttons (files, downloads, library). Each reads the
//! latest state through [`Ctx`] and changes it only by dispatching actions.

pub mod arrival;
pub mod assignment;
pub mod caret;
pub mod class_sets;
pub mod collect;
pub mod commands;
pub mod export;
pub mod grade_exports;
pub mod import;
pub mod keyboard;
pub mod lifecycle;
pub mod opening;
pub mod persist;
pub mod preferences;
pub mod recover;
pub mod selection_watch;
pub mod startup;
pub mod suggestions;
pub mod tabs;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Action, AppState};

/// What effects and components need: the dispatcher, and the state as of the last render.
#[derive(Clone)]
pub struct Ctx {
    pub dispatch: UseReducerDispatcher<AppState>,
    pub latest: Rc<RefCell<AppState>>,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.dispatch == other.dispatch && Rc::ptr_eq(&self.latest, &other.latest)
    }
}

impl Ctx {
    pub fn send(&self, a: Action) {
        self.dispatch.dispatch(a);
    }

    pub fn state(&self) -> AppState {
        self.latest.borrow().clone()
    }

    pub fn callback<E>(&self, f: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let d = self.dispatch.clone();
        Callback::from(move |e| d.dispatch(f(e)))
    }
}

/// The app's [`Ctx`], provided by the root component.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("Ctx is provided by App")
}
