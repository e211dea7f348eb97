//! What the reader is looking at, and its link: the URL hash codec.
//!
//! Every view is a link (`#view=regions`). Parsing never fails: parts it does not
//! understand are dropped and returned, so the app can say so and carry on.

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

/// The part of the app's state that lives in the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// Current view.
    pub view: View,
    /// Language, if the link sets one.
    pub lang: Option<Lang>,
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
            _ => out.ignored.push(short(part)),
        }
    }
    out
}

/// Writes the hash for a route; the default view is still written, so links are explicit.
pub fn to_hash(route: &Route) -> String {
    let mut s = format!("#view={}", route.view.slug());
    if let Some(l) = route.lang {
        s.push_str("&lang=");
        s.push_str(l.code());
    }
    s
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
        for view in View::ALL {
            for lang in [None, Some(Lang::En), Some(Lang::Ko)] {
                let route = Route { view, lang };
                let parsed = parse_hash(&to_hash(&route));
                assert_eq!(parsed.route, route);
                assert!(parsed.ignored.is_empty());
            }
        }
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
