//! The app's one context, and the hook that reads it: [`use_store`] gives the language
//! and the domain actions components call (`select`, `selecting`, `choose`, ...), so no
//! component builds an [`Action`] or touches the URL by hand.
//!
//! The context carries no part of the route: the app makes `dispatch` once, so the
//! context changes only with the language, and a component that reads it is not rendered
//! again when a scene switch or a selection changes the route. The components that show
//! the route take it as a prop.

use crate::i18n::Lang;
use crate::state::Action;
use yew::prelude::*;

/// The language and the actions.
#[derive(Clone, PartialEq)]
pub struct Store {
    /// The effective language.
    pub lang: Lang,
    /// Applies an action: updates the state and the URL.
    dispatch: Callback<Action>,
}

impl Store {
    /// The store around the app's `dispatch`.
    pub fn new(lang: Lang, dispatch: Callback<Action>) -> Self {
        Self { lang, dispatch }
    }

    /// Selects a record (or clears the selection).
    pub fn select(&self, id: Option<&'static str>) {
        self.dispatch.emit(Action::Select(id));
    }

    /// A callback that selects `id` (or clears the selection) whatever its event.
    pub fn selecting<E>(&self, id: Option<&'static str>) -> Callback<E> {
        self.on(Action::Select(id))
    }

    /// A callback that selects `id`, or clears the selection if `id` is it already.
    pub fn toggling<E>(&self, id: &'static str, is_selected: bool) -> Callback<E> {
        self.selecting((!is_selected).then_some(id))
    }

    /// A callback that selects what it is called with (a chart's hit, or `None`).
    pub fn on_select(&self) -> Callback<Option<&'static str>> {
        self.dispatch.reform(Action::Select)
    }

    /// Sets the timeline's range (months since year 0), or goes back to the default.
    pub fn set_range(&self, range: Option<(u32, u32)>) {
        self.dispatch.emit(Action::Range(range));
    }

    /// Chooses a setting's value: a view, chart, currency, period, language, theme or map
    /// style.
    pub fn choose(&self, choice: impl Into<Action>) {
        self.dispatch.emit(choice.into());
    }

    /// A callback that chooses a setting's value whatever its event.
    pub fn choosing<E>(&self, choice: impl Into<Action>) -> Callback<E> {
        self.on(choice.into())
    }

    /// A callback that groups (or ungroups) the funding chart.
    pub fn grouped<E>(&self, g: bool) -> Callback<E> {
        self.on(Action::Grouped(g))
    }

    /// A callback that shows (or hides) later reports' amounts beside the report's.
    pub fn since<E>(&self, s: bool) -> Callback<E> {
        self.on(Action::Since(s))
    }

    /// A callback that shows slide `n` of the briefing, or leaves briefing mode.
    pub fn slide<E>(&self, n: Option<u16>) -> Callback<E> {
        self.on(Action::Slide(n))
    }

    /// A callback that turns high contrast on or off.
    pub fn contrast<E>(&self, on: bool) -> Callback<E> {
        self.on(Action::Contrast(on))
    }

    /// A callback that applies `action` whatever its event.
    fn on<E>(&self, action: Action) -> Callback<E> {
        let d = self.dispatch.clone();
        Callback::from(move |_| d.emit(action))
    }
}

/// The store; panics only if used outside `App`, which is a programming error.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("use_store is used inside App")
}
