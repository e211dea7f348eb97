//! The changes a reader makes, and the route each leaves.

use super::route::{Accent, Chart, MapStyle, Money, Route, Theme, View};
use crate::data::funding::Period;
use crate::i18n::Lang;

/// A change the reader makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Switch view.
    View(View),
    /// Select a record, or clear the selection.
    Select(Option<&'static str>),
    /// Switch chart type.
    Chart(Chart),
    /// Switch currency.
    Money(Money),
    /// Switch period.
    Period(Period),
    /// Group or ungroup.
    Grouped(bool),
    /// Show or hide later reports' amounts beside the report's.
    Since(bool),
    /// Switch language.
    Lang(Lang),
    /// Set the timeline's range (months since year 0), or go back to the default.
    Range(Option<(u32, u32)>),
    /// Show a slide of the briefing (1-based), or leave briefing mode.
    Slide(Option<u16>),
    /// A clicker's step through the briefing, from the slide shown when it is applied (so
    /// two keys pressed before the page renders again step twice).
    SlideMove(SlideMove),
    /// High contrast on or off.
    Contrast(bool),
    /// Set the theme.
    Theme(Theme),
    /// Choose the map or the tile grid.
    Map(MapStyle),
    /// Set the accent colour (a host page's choice, src/ui/embed/frame.rs).
    Accent(Accent),
}

/// Where a clicker key moves the briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideMove {
    /// One slide on, stopping at the last.
    Next,
    /// One slide back, stopping at the first.
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
}

impl SlideMove {
    /// The slide this move reaches from slide `n` of `total` (1-based).
    pub fn from(self, n: u16, total: u16) -> u16 {
        match self {
            SlideMove::Next => (n + 1).min(total),
            SlideMove::Previous => n.saturating_sub(1).max(1),
            SlideMove::First => 1,
            SlideMove::Last => total,
        }
    }
}

/// A setting's value is the action that chooses it, so a control passes the value.
macro_rules! choices {
    ($($value:ty => $action:ident),* $(,)?) => {$(
        impl From<$value> for Action {
            fn from(v: $value) -> Action {
                Action::$action(v)
            }
        }
    )*};
}

choices!(
    View => View,
    Chart => Chart,
    Money => Money,
    Period => Period,
    Lang => Lang,
    Theme => Theme,
    MapStyle => Map,
);

impl Action {
    /// Whether this change replaces the current history entry instead of adding one:
    /// zoom steps should not fill the back button, selections and views should.
    pub fn replaces_history(&self) -> bool {
        matches!(self, Action::Range(_))
    }
}

impl Route {
    /// The route after an action.
    pub fn apply(&self, action: Action) -> Route {
        let mut r = self.clone();
        match action {
            Action::View(v) => r.view = v,
            Action::Select(s) => r.selected = s,
            Action::Chart(c) => r.chart = c,
            Action::Money(m) => r.money = m,
            Action::Period(p) => r.period = p,
            Action::Grouped(g) => r.grouped = g,
            Action::Since(s) => r.since = s,
            Action::Lang(l) => r.lang = Some(l),
            Action::Range(x) => r.range = x,
            Action::Slide(n) => r.slide = n,
            Action::SlideMove(m) => {
                r.slide = r.slide.map(|n| m.from(n, crate::data::SLIDE_COUNT));
            }
            Action::Contrast(c) => r.contrast = c,
            Action::Theme(t) => r.theme = Some(t),
            Action::Map(m) => r.map = Some(m),
            Action::Accent(a) => r.accent = a,
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_change_one_thing() {
        let r = Route::default();
        let id = crate::data::DATASET.programmes[1].id;
        let s = r.apply(Action::Select(Some(id)));
        assert_eq!(s.selected, Some(id));
        assert_eq!(s.view, r.view);
        assert_eq!(s.apply(Action::Select(None)), r);
        assert_eq!(r.apply(Action::Money(Money::Dollars)).money, Money::Dollars);
        assert!(r.apply(Action::Grouped(true)).grouped);
        assert!(r.apply(Action::Since(true)).since);
        assert!(!r.apply(Action::Since(true)).grouped);
    }

    #[test]
    fn a_choice_is_the_action_that_makes_it() {
        assert_eq!(Action::from(Chart::Bars), Action::Chart(Chart::Bars));
        assert_eq!(Action::from(MapStyle::Tiles), Action::Map(MapStyle::Tiles));
        assert_eq!(Action::from(Lang::Ko), Action::Lang(Lang::Ko));
        let r = Route::default().apply(Period::PerYear.into());
        assert_eq!(r.period, Period::PerYear);
    }
}
