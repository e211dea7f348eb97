//! The app's state as a context, and `use_app()`, which wraps it with the domain
//! actions components call (`select`, `set_view`, ...), so no component builds an
//! `Action` or touches the URL by hand.

use crate::i18n::Lang;
use crate::state::{Action, Route};
use yew::prelude::*;

/// What every component can read and do.
#[derive(Clone, PartialEq)]
pub struct AppCtx {
    /// The current route (what the URL says).
    pub route: Route,
    /// The effective language.
    pub lang: Lang,
    /// Applies an action: updates the state and the URL.
    pub dispatch: Callback<Action>,
}

impl AppCtx {
    /// Selects a record (or clears the selection).
    pub fn select(&self, id: Option<&'static str>) {
        self.dispatch.emit(Action::Select(id));
    }

    /// A callback that applies `action` whatever its event.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let d = self.dispatch.clone();
        Callback::from(move |_| d.emit(action))
    }
}

/// The app context; panics only if used outside `App`, which is a programming error.
#[hook]
pub fn use_app() -> AppCtx {
    use_context::<AppCtx>().expect("use_app is used inside App")
}
