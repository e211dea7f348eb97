//! What a page that embeds the app may ask of it by `postMessage` (docs/embedding.md):
//! `{type: "won-atlas:ping"}` and `{type: "won-atlas:set", theme?, lang?, accent?}`.
//!
//! The frame (src/ui/embed/frame.rs) turns a message into its own keys and their values,
//! each a short string or something else; this module decides, without the DOM, whether
//! that is exactly one of the documented shapes. Anything else is not a request: another
//! type, an unknown key, a value of the wrong type or not among the documented ones.

use super::route::{Accent, Theme};
use super::Action;
use crate::i18n::Lang;

/// The longest string value the frame reads out of a message, in UTF-16 units: longer
/// than every documented value, so a longer one is refused unread.
pub const MAX_VALUE: u32 = 32;

/// A message's value as the frame hands it over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'a> {
    /// A string of at most [`MAX_VALUE`] units.
    Str(&'a str),
    /// Anything else: a number, an object, an array, `null`, a longer string.
    Other,
}

/// A request a host page may make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostRequest {
    /// Report the page's height again (a sizer script that loaded after the frame).
    Ping,
    /// Apply these changes, in this order, without a reload.
    Set(Vec<Action>),
}

/// The request `fields` (a message's own keys and values) make, if they are exactly one
/// of the documented shapes: `ping` has only its `type`; `set` has its `type` and one to
/// three of `theme`, `lang`, `accent`, each once, each a documented value.
pub fn read_host_message(fields: &[(&str, Value)]) -> Option<HostRequest> {
    let value = |key: &str| -> Option<Option<&str>> {
        let mut found = fields.iter().filter(|(k, _)| *k == key);
        let first = found.next();
        if found.next().is_some() {
            return None;
        }
        match first {
            None => Some(None),
            Some((_, Value::Str(s))) => Some(Some(s)),
            Some((_, Value::Other)) => None,
        }
    };
    let known = ["type", "theme", "lang", "accent"];
    if !fields.iter().all(|(k, _)| known.contains(k)) {
        return None;
    }
    match value("type")?? {
        "won-atlas:ping" if fields.len() == 1 => Some(HostRequest::Ping),
        "won-atlas:set" if fields.len() > 1 => {
            let theme = match value("theme")? {
                None => None,
                Some("light") => Some(Action::Theme(Theme::Light)),
                Some("dark") => Some(Action::Theme(Theme::Dark)),
                Some(_) => return None,
            };
            let lang = match value("lang")? {
                None => None,
                Some(code) => Some(Action::Lang(Lang::from_code(code)?)),
            };
            let accent = match value("accent")? {
                None => None,
                Some(name) => Some(Action::Accent(Accent::from_name(name)?)),
            };
            Some(HostRequest::Set(
                [theme, lang, accent].into_iter().flatten().collect(),
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Value::{Other, Str};

    fn set(fields: &[(&str, Value)]) -> Option<Vec<Action>> {
        match read_host_message(fields)? {
            HostRequest::Set(actions) => Some(actions),
            HostRequest::Ping => None,
        }
    }

    /// Every subset of the three fields, with every documented value, is read as written.
    #[test]
    fn every_documented_set_is_read() {
        let themes = [("light", Theme::Light), ("dark", Theme::Dark)];
        let langs = [("en", Lang::En), ("ko", Lang::Ko)];
        let mut seen = 0;
        for theme in [None].into_iter().chain(themes.map(Some)) {
            for lang in [None].into_iter().chain(langs.map(Some)) {
                for accent in [None].into_iter().chain(Accent::ALL.map(Some)) {
                    let mut fields = vec![("type", Str("won-atlas:set"))];
                    let mut want = Vec::new();
                    if let Some((name, t)) = theme {
                        fields.push(("theme", Str(name)));
                        want.push(Action::Theme(t));
                    }
                    if let Some((code, l)) = lang {
                        fields.push(("lang", Str(code)));
                        want.push(Action::Lang(l));
                    }
                    if let Some(a) = accent {
                        fields.push(("accent", Str(a.name())));
                        want.push(Action::Accent(a));
                    }
                    // The keys' order in the message does not matter.
                    fields.reverse();
                    let got = set(&fields);
                    if want.is_empty() {
                        assert_eq!(got, None, "a set that asks nothing is not a request");
                    } else {
                        assert_eq!(got, Some(want), "{fields:?}");
                        seen += 1;
                    }
                }
            }
        }
        assert_eq!(seen, 3 * 3 * 5 - 1);
    }

    #[test]
    fn a_ping_is_read() {
        assert_eq!(
            read_host_message(&[("type", Str("won-atlas:ping"))]),
            Some(HostRequest::Ping)
        );
    }

    #[test]
    fn hostile_and_wrong_shapes_are_not_requests() {
        let set = ("type", Str("won-atlas:set"));
        let hostile: &[&[(&str, Value)]] = &[
            &[],
            &[set],
            &[("type", Other)],
            &[("type", Other), ("theme", Str("dark"))],
            &[("type", Str("won-atlas:SET")), ("theme", Str("dark"))],
            &[("type", Str("won-atlas:set ")), ("theme", Str("dark"))],
            &[("type", Str("won-atlas:state")), ("theme", Str("dark"))],
            &[("type", Str("won-atlas:height")), ("theme", Str("dark"))],
            &[("type", Str("embed-size")), ("theme", Str("dark"))],
            &[("theme", Str("dark"))],
            &[set, ("theme", Str("DARK"))],
            &[set, ("theme", Str("dark "))],
            &[set, ("theme", Str("sepia"))],
            &[set, ("theme", Str(""))],
            &[set, ("theme", Other)],
            &[set, ("lang", Str("fr"))],
            &[set, ("lang", Str("KO"))],
            &[set, ("lang", Other)],
            &[set, ("accent", Str("c8102e"))],
            &[set, ("accent", Str("#0b57b0"))],
            &[set, ("accent", Str("url(x)"))],
            &[set, ("accent", Str("Teal"))],
            &[set, ("accent", Other)],
            // One bad field spoils the whole message: nothing of it is applied.
            &[set, ("theme", Str("dark")), ("lang", Str("fr"))],
            &[set, ("theme", Str("dark")), ("accent", Other)],
            &[set, ("theme", Str("dark")), ("note", Str("hi"))],
            &[set, ("theme", Str("dark")), ("note", Other)],
            &[set, ("theme", Str("dark")), ("__proto__", Str("x"))],
            &[set, ("theme", Str("dark")), ("theme", Str("light"))],
            &[set, set, ("theme", Str("dark"))],
            &[("type", Str("won-atlas:ping")), ("theme", Str("dark"))],
            &[("type", Str("won-atlas:ping")), ("height", Other)],
            &[
                ("sentinel", Str("amp")),
                ("type", Str("embed-size")),
                ("height", Other),
            ],
        ];
        for fields in hostile {
            assert_eq!(read_host_message(fields), None, "{fields:?}");
        }
    }

    /// The longest documented value fits the frame's limit, so a value over it is never
    /// one of them.
    #[test]
    fn the_value_limit_is_above_every_documented_value() {
        let longest = [
            "won-atlas:set",
            "won-atlas:ping",
            "light",
            "dark",
            "en",
            "ko",
        ]
        .into_iter()
        .chain(Accent::ALL.map(Accent::name))
        .map(|s| s.encode_utf16().count() as u32)
        .max();
        assert!(longest.is_some_and(|n| n <= MAX_VALUE));
    }
}
