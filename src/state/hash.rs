//! The route's link: the URL hash codec.

use super::route::{Accent, Chart, MapStyle, Money, Route, Theme, View};
use crate::data::funding::Period;
use crate::data::DATASET;
use crate::i18n::Lang;

/// The dataset's own copy of an id, if it names a selectable record.
pub fn known_id(id: &str) -> Option<&'static str> {
    let d = &DATASET;
    d.programmes
        .iter()
        .map(|p| p.id)
        .chain(d.provinces.iter().map(|p| p.id))
        .chain(d.regions.iter().map(|r| r.id))
        .chain(crate::data::APART_IDS.iter().copied())
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
        if read_part(&mut out.route, key, value).is_none() {
            out.ignored.push(short(part));
        }
    }
    out
}

/// Sets the part of `route` that `key=value` names; `None` if the key or its value is
/// not one the app knows, leaving the route as it was.
fn read_part(route: &mut Route, key: &str, value: &str) -> Option<()> {
    let r = route;
    match key {
        "view" => r.view = View::from_slug(value)?,
        "lang" => r.lang = Some(Lang::from_code(value)?),
        "sel" => r.selected = Some(known_id(value)?),
        "chart" => {
            r.chart = match value {
                // `treemap` (the retired programme treemap) is not read: the notice
                // names it and the bars are shown.
                "bars" => Chart::Bars,
                "split" => Chart::Split,
                _ => return None,
            }
        }
        "cur" => {
            r.money = match value {
                "krw" => Money::Won,
                "usd" => Money::Dollars,
                _ => return None,
            }
        }
        "per" => {
            r.period = match value {
                "total" => Period::Total,
                "year" => Period::PerYear,
                _ => return None,
            }
        }
        "group" => r.grouped = flag(value)?,
        "since" => r.since = flag(value)?,
        "range" => r.range = Some(parse_range(value)?),
        "slide" => r.slide = Some(parse_slide(value)?),
        "map" => {
            r.map = Some(match value {
                "geo" => MapStyle::Geographic,
                "tiles" => MapStyle::Tiles,
                _ => return None,
            })
        }
        "theme" => {
            r.theme = Some(match value {
                "light" => Theme::Light,
                "dark" => Theme::Dark,
                _ => return None,
            })
        }
        "presenter" => r.presenter = flag(value)?,
        "contrast" => r.contrast = flag(value)?,
        "embed" => r.embed = flag(value)?,
        "accent" => r.accent = Accent::from_name(value)?,
        _ => return None,
    }
    Some(())
}

/// "1" or "0".
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// A slide of the story, 1-based.
fn parse_slide(value: &str) -> Option<u16> {
    let n = value.parse::<u16>().ok()?;
    (1..=crate::data::SLIDE_COUNT).contains(&n).then_some(n)
}

/// Writes the hash for a route. The view is always written, so links are explicit;
/// other parts only when they differ from the default, so links stay short.
pub fn to_hash(route: &Route) -> String {
    let mut s = format!("#view={}", route.view.slug());
    if let Some(id) = route.selected {
        s.push_str("&sel=");
        s.push_str(id);
    }
    if route.chart == Chart::Split {
        s.push_str("&chart=split");
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
    if route.since {
        s.push_str("&since=1");
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
    if route.accent != Accent::Default {
        s.push_str("&accent=");
        s.push_str(route.accent.name());
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
            Some(crate::data::MILESTONES[0].id),
            Some(crate::data::UPDATES[0].id),
            Some(crate::data::CONFLICTS[0].id),
        ];
        for view in View::ALL {
            for lang in [None, Some(Lang::En), Some(Lang::Ko)] {
                for selected in ids {
                    for chart in [Chart::Bars, Chart::Split] {
                        for money in [Money::Won, Money::Dollars] {
                            for period in [Period::Total, Period::PerYear] {
                                for grouped in [false, true] {
                                    for (range, embed, accent) in [
                                        (None, false, Accent::Default),
                                        (Some((2024 * 12, 2031 * 12)), true, Accent::Teal),
                                        (
                                            Some((2025 * 12 + 6, 2025 * 12 + 9)),
                                            false,
                                            Accent::Purple,
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
                                            since: grouped != embed,
                                            range,
                                            embed,
                                            accent,
                                            slide: embed.then_some(crate::data::SLIDE_COUNT),
                                            presenter: embed && range.is_some(),
                                            contrast: accent == Accent::Teal,
                                            theme: match (embed, grouped) {
                                                (true, _) => Some(Theme::Dark),
                                                (false, true) => Some(Theme::Light),
                                                _ => None,
                                            },
                                            map: match (embed, chart) {
                                                (true, Chart::Split) => Some(MapStyle::Tiles),
                                                (false, Chart::Split) => Some(MapStyle::Geographic),
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

    /// An old link to the retired programme treemap opens the bars and says so; the
    /// split is its own value, and the bars' old explicit value still reads.
    #[test]
    fn an_old_treemap_link_opens_the_bars_with_a_notice() {
        let p = parse_hash("#view=funding&chart=treemap&cur=usd");
        assert_eq!(p.route.chart, Chart::Bars);
        assert_eq!(p.route.money, Money::Dollars);
        assert_eq!(p.ignored, vec!["chart=treemap".to_owned()]);
        assert_eq!(
            parse_hash("#view=funding&chart=split").route.chart,
            Chart::Split
        );
        let old = parse_hash("#view=funding&chart=bars");
        assert_eq!((old.route.chart, old.ignored.len()), (Chart::Bars, 0));
        assert_eq!(to_hash(&old.route), "#view=funding");
    }

    /// A theme is `light` or `dark`; anything else leaves the reader's own with the notice.
    #[test]
    fn themes_are_light_or_dark_and_nothing_else() {
        for (name, theme) in [("light", Theme::Light), ("dark", Theme::Dark)] {
            let p = parse_hash(&format!("#view=funding&theme={name}"));
            assert_eq!((p.route.theme, p.ignored.len()), (Some(theme), 0), "{name}");
        }
        for bad in ["", "Dark", "sepia", "dark;x", "auto"] {
            let p = parse_hash(&format!("#view=funding&theme={bad}"));
            assert_eq!(p.route.theme, None, "{bad}");
            assert_eq!(p.ignored, vec![format!("theme={bad}")], "{bad}");
        }
    }

    /// The accents are a named set: every name reads, `default` is the app's own colour
    /// (and leaves the link), and anything else (an old hex colour, CSS, another case)
    /// is refused with the notice, leaving the app's colour.
    #[test]
    fn accents_are_named_and_nothing_else() {
        for a in Accent::ALL {
            let p = parse_hash(&format!("#accent={}", a.name()));
            assert_eq!((p.route.accent, p.ignored.len()), (a, 0), "{}", a.name());
        }
        assert_eq!(
            to_hash(&parse_hash("#accent=default").route),
            "#view=funding"
        );
        assert_eq!(
            to_hash(&parse_hash("#accent=teal").route),
            "#view=funding&accent=teal"
        );
        for bad in [
            "",
            "0b57b0",
            "Teal",
            "teal;color:red",
            "url(x)",
            "purple ",
            "ｔｅａｌ",
        ] {
            let p = parse_hash(&format!("#view=funding&accent={bad}"));
            assert_eq!(p.route.accent, Accent::Default, "{bad}");
            assert_eq!(p.ignored, vec![format!("accent={bad}")], "{bad}");
        }
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
        let n = usize::from(crate::data::SLIDE_COUNT);
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
}
