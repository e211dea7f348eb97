//! The route: the part of the app's state that lives in the URL, and the settings it
//! is made of.

use crate::data::funding::Period;
use crate::i18n::Lang;

/// The four views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Funding allocations.
    #[default]
    Funding,
    /// The regional map.
    Regions,
    /// The milestone timeline.
    Timeline,
    /// The economic figures.
    Economy,
}

impl View {
    /// In tab order.
    pub const ALL: [View; atlas_model::VIEW_SLUGS.len()] =
        [View::Funding, View::Regions, View::Timeline, View::Economy];

    /// The name used in URLs and element ids: its place in
    /// [`atlas_model::VIEW_SLUGS`], the list the validator checks slides against.
    pub fn slug(self) -> &'static str {
        let i = View::ALL.iter().position(|v| *v == self).unwrap_or(0);
        atlas_model::VIEW_SLUGS[i]
    }

    /// The view for a slug.
    pub fn from_slug(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == s)
    }

    /// The next view in tab order, wrapping.
    pub fn next(self) -> View {
        let i = View::ALL.iter().position(|v| *v == self).unwrap_or(0);
        View::ALL[(i + 1) % View::ALL.len()]
    }

    /// The previous view in tab order, wrapping.
    pub fn prev(self) -> View {
        let i = View::ALL.iter().position(|v| *v == self).unwrap_or(0);
        View::ALL[(i + View::ALL.len() - 1) % View::ALL.len()]
    }
}

/// What the funding view draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Chart {
    /// The report's programmes as ranked bars.
    #[default]
    Bars,
    /// The later-reported split of the National Growth Fund by industry, as a treemap
    /// (its parts do make up one whole).
    Split,
}

/// The currency figures are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Money {
    /// Won, as the report states them.
    #[default]
    Won,
    /// Dollars, converted at the rate the report's headline implies.
    Dollars,
}

/// The regions view's layout, when the reader has chosen one (else it follows the width).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MapStyle {
    /// Provinces at their real shape.
    Geographic,
    /// The tile grid.
    Tiles,
}

/// Light or dark. Without one in the URL, the reader's system preference decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Dark text on light.
    Light,
    /// Light text on dark (charts stay on a light card, so their contrast holds).
    Dark,
}

/// A newsroom's accent for selections, focus and highlights: one of a few named colours
/// (src/layout/accent.rs holds each one's light- and dark-theme value), so no link can
/// pick one that fails contrast or that colour-blind readers cannot tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Accent {
    /// The stylesheet's own blue.
    #[default]
    Default,
    /// A clear blue.
    Blue,
    /// A blue-green.
    Teal,
    /// A violet.
    Purple,
}

impl Accent {
    /// Every accent, in the order a builder offers them.
    pub const ALL: [Accent; 4] = [Accent::Default, Accent::Blue, Accent::Teal, Accent::Purple];

    /// The name in links (`accent=teal`) and in the embed's messages.
    pub fn name(self) -> &'static str {
        match self {
            Accent::Default => "default",
            Accent::Blue => "blue",
            Accent::Teal => "teal",
            Accent::Purple => "purple",
        }
    }

    /// The accent a name stands for.
    pub fn from_name(s: &str) -> Option<Accent> {
        Accent::ALL.into_iter().find(|a| a.name() == s)
    }
}

/// The part of the app's state that lives in the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// Current view.
    pub view: View,
    /// Language, if the link sets one.
    pub lang: Option<Lang>,
    /// Selected record: any selectable dataset id (programme, province, region, place,
    /// milestone, later-report update or conflict).
    pub selected: Option<&'static str>,
    /// Funding chart type.
    pub chart: Chart,
    /// Currency.
    pub money: Money,
    /// Over the period or per year.
    pub period: Period,
    /// Group the funding chart by category.
    pub grouped: bool,
    /// Show, beside the report's figures, the amounts later reports state since.
    pub since: bool,
    /// The timeline's visible range in whole months since year 0 (`year * 12 + month - 1`),
    /// if the reader has zoomed or panned.
    pub range: Option<(u32, u32)>,
    /// Embedded in another page: one view, compact chrome.
    pub embed: bool,
    /// A newsroom's accent colour.
    pub accent: Accent,
    /// Briefing mode: the slide shown (1-based); its state drives the view.
    pub slide: Option<u16>,
    /// The presenter's window of a briefing.
    pub presenter: bool,
    /// High contrast (for projectors).
    pub contrast: bool,
    /// Theme, if the link sets one.
    pub theme: Option<Theme>,
    /// Map or tile grid, if the reader chose one.
    pub map: Option<MapStyle>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_order_wraps() {
        assert_eq!(View::Economy.next(), View::Funding);
        assert_eq!(View::Funding.prev(), View::Economy);
        assert_eq!(View::Funding.next(), View::Regions);
        assert_eq!(View::Timeline.next(), View::Economy);
    }

    #[test]
    fn every_view_has_its_own_slug_and_back() {
        assert_eq!(View::ALL.len(), atlas_model::VIEW_SLUGS.len());
        for v in View::ALL {
            assert_eq!(View::from_slug(v.slug()), Some(v));
        }
        assert_eq!(View::Economy.slug(), "economy");
        assert_eq!(View::Timeline.slug(), "timeline");
    }
}
