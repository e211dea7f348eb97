//! What the reader is looking at, and its link: the URL hash codec.
//!
//! Every view is a link (`#view=regions`). Parsing never fails: parts it does not
//! understand are dropped and returned, so the app can say so and carry on.

use crate::data::funding::Period;
use crate::data::DATASET;
use crate::i18n::Lang;

/// The three views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Funding allocations.
    #[default]
    Funding,
    /// The regional map.
    Regions,
    /// The milestone timeline.
    Timeline,
}

impl View {
    /// In tab order.
    pub const ALL: [View; 3] = [View::Funding, View::Regions, View::Timeline];

    /// The name used in URLs and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            View::Funding => "funding",
            View::Regions => "regions",
            View::Timeline => "timeline",
        }
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

/// How the funding view draws programmes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Chart {
    /// Areas.
    #[default]
    Treemap,
    /// Ranked bars.
    Bars,
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
    /// The timeline's visible range in whole months since year 0 (`year * 12 + month - 1`),
    /// if the reader has zoomed or panned.
    pub range: Option<(u32, u32)>,
    /// Embedded in another page: one view, compact chrome.
    pub embed: bool,
    /// A newsroom's accent colour, as RGB.
    pub accent: Option<(u8, u8, u8)>,
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
            Action::Lang(l) => r.lang = Some(l),
            Action::Range(x) => r.range = x,
            Action::Slide(n) => r.slide = n,
            Action::SlideMove(m) => {
                r.slide = r.slide.map(|n| m.from(n, DATASET.slides.len() as u16));
            }
            Action::Contrast(c) => r.contrast = c,
            Action::Theme(t) => r.theme = Some(t),
            Action::Map(m) => r.map = Some(m),
        }
        r
    }
}

/// The dataset's own copy of an id, if it names a selectable record.
pub fn known_id(id: &str) -> Option<&'static str> {
    let d = &DATASET;
    d.programmes
        .iter()
        .map(|p| p.id)
        .chain(d.provinces.iter().map(|p| p.id))
        .chain(d.milestones.iter().map(|m| m.id))
        .chain(d.regions.iter().map(|r| r.id))
        .chain(d.places.iter().map(|p| p.id))
        .chain(d.updates.iter().map(|u| u.id))
        .chain(d.conflicts.iter().map(|c| c.id))
        .find(|k| *k == id)
}

/// A parsed hash and the parts that were ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    /// What was understood.
    pub route: Route,
    /// Parts that were not understood, as written (for a notice).
    pub ignored: Vec<String>,
}

/// Longest hash the parser reads; anything longer is cut and reported.
const MAX_HASH: usize = 2048;

/// Reads a location hash such as `#view=regions&lang=ko`.
pub fn parse_hash(hash: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut body = hash.strip_prefix('#').unwrap_or(hash);
    if body.len() > MAX_HASH {
        let mut cut = MAX_HASH;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        body = &body[..cut];
        out.ignored.push("…".into());
    }
    for part in body.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        match key {
            "view" => match View::from_slug(value) {
                Some(v) => out.route.view = v,
                None => out.ignored.push(short(part)),
            },
            "lang" => match Lang::from_code(value) {
                Some(l) => out.route.lang = Some(l),
                None => out.ignored.push(short(part)),
            },
            "sel" => match known_id(value) {
                Some(id) => out.route.selected = Some(id),
                None => out.ignored.push(short(part)),
            },
            "chart" => match value {
                "treemap" => out.route.chart = Chart::Treemap,
                "bars" => out.route.chart = Chart::Bars,
                _ => out.ignored.push(short(part)),
            },
            "cur" => match value {
                "krw" => out.route.money = Money::Won,
                "usd" => out.route.money = Money::Dollars,
                _ => out.ignored.push(short(part)),
            },
            "per" => match value {
                "total" => out.route.period = Period::Total,
                "year" => out.route.period = Period::PerYear,
                _ => out.ignored.push(short(part)),
            },
            "group" => match value {
                "1" => out.route.grouped = true,
                "0" => out.route.grouped = false,
                _ => out.ignored.push(short(part)),
            },
            "range" => match parse_range(value) {
                Some(r) => out.route.range = Some(r),
                None => out.ignored.push(short(part)),
            },
            "slide" => match value.parse::<u16>() {
                Ok(n) if n >= 1 && (n as usize) <= DATASET.slides.len() => {
                    out.route.slide = Some(n)
                }
                _ => out.ignored.push(short(part)),
            },
            "map" => match value {
                "geo" => out.route.map = Some(MapStyle::Geographic),
                "tiles" => out.route.map = Some(MapStyle::Tiles),
                _ => out.ignored.push(short(part)),
            },
            "theme" => match value {
                "light" => out.route.theme = Some(Theme::Light),
                "dark" => out.route.theme = Some(Theme::Dark),
                _ => out.ignored.push(short(part)),
            },
            "presenter" => match value {
                "1" => out.route.presenter = true,
                "0" => out.route.presenter = false,
                _ => out.ignored.push(short(part)),
            },
            "contrast" => match value {
                "1" => out.route.contrast = true,
                "0" => out.route.contrast = false,
                _ => out.ignored.push(short(part)),
            },
            "embed" => match value {
                "1" => out.route.embed = true,
                "0" => out.route.embed = false,
                _ => out.ignored.push(short(part)),
            },
            "accent" => match parse_hex(value) {
                Some(c) => out.route.accent = Some(c),
                None => out.ignored.push(short(part)),
            },
            _ => out.ignored.push(short(part)),
        }
    }
    out
}

/// Writes the hash for a route. The view is always written, so links are explicit;
/// other parts only when they differ from the default, so links stay short.
pub fn to_hash(route: &Route) -> String {
    let mut s = format!("#view={}", route.view.slug());
    if let Some(id) = route.selected {
        s.push_str("&sel=");
        s.push_str(id);
    }
    if route.chart == Chart::Bars {
        s.push_str("&chart=bars");
    }
    if route.money == Money::Dollars {
        s.push_str("&cur=usd");
    }
    if route.period == Period::PerYear {
        s.push_str("&per=year");
    }
    if route.grouped {
        s.push_str("&group=1");
    }
    if let Some((a, b)) = route.range {
        s.push_str(&format!("&range={}~{}", month_text(a), month_text(b)));
    }
    if route.embed {
        s.push_str("&embed=1");
    }
    if let Some(n) = route.slide {
        s.push_str(&format!("&slide={n}"));
    }
    if route.presenter {
        s.push_str("&presenter=1");
    }
    if route.contrast {
        s.push_str("&contrast=1");
    }
    if let Some(m) = route.map {
        s.push_str(match m {
            MapStyle::Geographic => "&map=geo",
            MapStyle::Tiles => "&map=tiles",
        });
    }
    if let Some(t) = route.theme {
        s.push_str(match t {
            Theme::Light => "&theme=light",
            Theme::Dark => "&theme=dark",
        });
    }
    if let Some((r, g, b)) = route.accent {
        s.push_str(&format!("&accent={r:02x}{g:02x}{b:02x}"));
    }
    if let Some(l) = route.lang {
        s.push_str("&lang=");
        s.push_str(l.code());
    }
    s
}

/// "2024-01" for month index 2024 * 12.
fn month_text(m: u32) -> String {
    format!("{:04}-{:02}", m / 12, m % 12 + 1)
}

/// "2024-01" → month index; years 2000–2100 only.
fn parse_month(s: &str) -> Option<u32> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, m): (u32, u32) = (y.parse().ok()?, m.parse().ok()?);
    ((2000..=2100).contains(&y) && (1..=12).contains(&m)).then_some(y * 12 + m - 1)
}

/// "2024-01~2031-01" → (start, end) months, start before end.
fn parse_range(s: &str) -> Option<(u32, u32)> {
    let (a, b) = s.split_once('~')?;
    let (a, b) = (parse_month(a)?, parse_month(b)?);
    (a < b).then_some((a, b))
}

/// An accent colour: exactly six hex digits (no "#": it would end the hash). Anything
/// else is refused, so a link cannot inject CSS.
pub fn parse_hex(s: &str) -> Option<(u8, u8, u8)> {
    if s.len() != 6 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).ok();
    Some((c(0)?, c(2)?, c(4)?))
}

/// A part of a hash short enough to quote in a notice.
fn short(part: &str) -> String {
    let mut s: String = part.chars().take(40).collect();
    if part.chars().count() > 40 {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips() {
        let ids = [
            None,
            Some(DATASET.programmes[0].id),
            Some(DATASET.provinces[0].id),
            Some(DATASET.milestones[0].id),
            Some(DATASET.updates[0].id),
            Some(DATASET.conflicts[0].id),
        ];
        for view in View::ALL {
            for lang in [None, Some(Lang::En), Some(Lang::Ko)] {
                for selected in ids {
                    for chart in [Chart::Treemap, Chart::Bars] {
                        for money in [Money::Won, Money::Dollars] {
                            for period in [Period::Total, Period::PerYear] {
                                for grouped in [false, true] {
                                    for (range, embed, accent) in [
                                        (None, false, None),
                                        (
                                            Some((2024 * 12, 2031 * 12)),
                                            true,
                                            Some((0x0b, 0x57, 0xb0)),
                                        ),
                                        (
                                            Some((2025 * 12 + 6, 2025 * 12 + 9)),
                                            false,
                                            Some((0xff, 0, 0x10)),
                                        ),
                                    ] {
                                        let route = Route {
                                            view,
                                            lang,
                                            selected,
                                            chart,
                                            money,
                                            period,
                                            grouped,
                                            range,
                                            embed,
                                            accent,
                                            slide: embed.then_some(DATASET.slides.len() as u16),
                                            presenter: embed && range.is_some(),
                                            contrast: accent.is_some(),
                                            theme: match (embed, grouped) {
                                                (true, _) => Some(Theme::Dark),
                                                (false, true) => Some(Theme::Light),
                                                _ => None,
                                            },
                                            map: match (embed, chart) {
                                                (true, Chart::Bars) => Some(MapStyle::Tiles),
                                                (false, Chart::Bars) => Some(MapStyle::Geographic),
                                                _ => None,
                                            },
                                        };
                                        let parsed = parse_hash(&to_hash(&route));
                                        assert_eq!(parsed.route, route);
                                        assert!(parsed.ignored.is_empty());
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn accents_are_six_hex_digits_and_nothing_else() {
        assert_eq!(parse_hex("0b57B0"), Some((0x0b, 0x57, 0xb0)));
        for bad in [
            "",
            "0b57b",
            "0b57b00",
            "#0b57b",
            "red",
            "0b57bg",
            "0b57b0;x",
            "ｆｆｆｆｆｆ",
        ] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
        let p = parse_hash("#view=funding&accent=url(x)");
        assert_eq!(p.route.accent, None);
        assert_eq!(p.ignored, vec!["accent=url(x)"]);
    }

    #[test]
    fn ranges_are_months_in_order() {
        assert_eq!(parse_range("2024-01~2031-01"), Some((2024 * 12, 2031 * 12)));
        for bad in [
            "2031-01~2024-01",
            "2024-13~2025-01",
            "1999-01~2025-01",
            "2024-1~2025-01",
            "2024-01",
            "x~y",
        ] {
            assert_eq!(parse_range(bad), None, "{bad}");
        }
    }

    #[test]
    fn slides_outside_the_story_are_refused() {
        let n = DATASET.slides.len();
        assert_eq!(parse_hash("#slide=1").route.slide, Some(1));
        for bad in ["0".to_owned(), (n + 1).to_string(), "x".into(), "-1".into()] {
            assert_eq!(
                parse_hash(&format!("#slide={bad}")).route.slide,
                None,
                "{bad}"
            );
        }
    }

    #[test]
    fn unknown_ids_are_not_selected() {
        let p = parse_hash("#view=funding&sel=no-such-programme");
        assert_eq!(p.route.selected, None);
        assert_eq!(p.ignored, vec!["sel=no-such-programme"]);
    }

    #[test]
    fn actions_change_one_thing() {
        let r = Route::default();
        let id = DATASET.programmes[1].id;
        let s = r.apply(Action::Select(Some(id)));
        assert_eq!(s.selected, Some(id));
        assert_eq!(s.view, r.view);
        assert_eq!(s.apply(Action::Select(None)), r);
        assert_eq!(r.apply(Action::Money(Money::Dollars)).money, Money::Dollars);
        assert!(r.apply(Action::Grouped(true)).grouped);
    }

    #[test]
    fn unknown_and_malformed_parts_are_ignored_and_reported() {
        let p = parse_hash("#view=map&zoom=3&&lang=fr&view=timeline");
        assert_eq!(p.route.view, View::Timeline);
        assert_eq!(p.route.lang, None);
        assert_eq!(p.ignored, vec!["view=map", "zoom=3", "lang=fr"]);
    }

    #[test]
    fn empty_and_bare_hashes_give_the_default() {
        assert_eq!(parse_hash("").route, Route::default());
        assert_eq!(parse_hash("#").route, Route::default());
        assert!(parse_hash("#").ignored.is_empty());
    }

    #[test]
    fn hostile_input_never_panics() {
        let long = "é".repeat(5000);
        let inputs = [
            "#=",
            "#==&=",
            "#view",
            "#view=",
            "#%zz",
            "#\u{0}",
            &long,
            "#&&&&",
            "#lang=ko=ko",
        ];
        for s in inputs {
            let p = parse_hash(s);
            assert!(p.ignored.iter().all(|i| i.chars().count() <= 41));
        }
    }

    #[test]
    fn tab_order_wraps() {
        assert_eq!(View::Timeline.next(), View::Funding);
        assert_eq!(View::Funding.prev(), View::Timeline);
        assert_eq!(View::Funding.next(), View::Regions);
    }
}
