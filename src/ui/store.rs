//! The app's state as contexts, and the hooks that read them: `use_app()` wraps the route
//! with the domain actions components call (`select`, `on`, ...), so no component builds
//! an `Action` or touches the URL by hand; `use_actions()` gives the actions and the
//! language alone, for components that show no part of the route.

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
    /// The language and the actions alone (what detail panels need).
    pub fn actions(&self) -> Actions {
        Actions {
            lang: self.lang,
            dispatch: self.dispatch.clone(),
        }
    }

    /// Selects a record (or clears the selection).
    pub fn select(&self, id: Option<&'static str>) {
        self.dispatch.emit(Action::Select(id));
    }

    /// A callback that applies `action` whatever its event.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        on(&self.dispatch, action)
    }
}

/// The language and the actions without the route. The app makes `dispatch` once, so this
/// context changes only with the language: a component that reads it (and not
/// [`use_app`]) is not rendered again when a scene switch or a selection changes the route.
#[derive(Clone, PartialEq)]
pub struct Actions {
    /// The effective language.
    pub lang: Lang,
    /// Applies an action: updates the state and the URL.
    pub dispatch: Callback<Action>,
}

impl Actions {
    /// Selects a record (or clears the selection).
    pub fn select(&self, id: Option<&'static str>) {
        self.dispatch.emit(Action::Select(id));
    }

    /// A callback that applies `action` whatever its event.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        on(&self.dispatch, action)
    }
}

fn on<E>(dispatch: &Callback<Action>, action: Action) -> Callback<E> {
    let d = dispatch.clone();
    Callback::from(move |_| d.emit(action))
}

/// The app context; panics only if used outside `App`, which is a programming error.
#[hook]
pub fn use_app() -> AppCtx {
    use_context::<AppCtx>().expect("use_app is used inside App")
}

/// The actions context; panics only if used outside `App`, which is a programming error.
#[hook]
pub fn use_actions() -> Actions {
    use_context::<Actions>().expect("use_actions is used inside App")
}
