//! The `[[slide]]` table: the briefing story, each slide a view of the app in a given
//! state with two lines of takeaway whose figures are placeholders filled from the dataset.

use super::{leak, leak_vec, what, Checker, Ctx, Ids, Kind};
use crate::forms::valid_id;
use crate::raw::RawSlide;
use atlas_model::Slide;
use std::collections::HashSet;
use toml::Spanned;

impl Checker {
    /// A slide: a fresh id among slides, a state the app understands, two lines, and only
    /// known placeholders.
    pub(super) fn slide(
        &self,
        cx: &mut Ctx,
        sl: &Spanned<RawSlide>,
        slide_ids: &mut HashSet<String>,
    ) -> Slide {
        let r = sl.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("slide", id, field);
        if !valid_id(id) || !slide_ids.insert(id.to_owned()) {
            cx.err(r.id.span(), &w("id"), format!("{id:?} is not a fresh slide id (lowercase letters, digits, '-'; unique among slides)"));
        }
        if let Err(m) = check_state(r.state.get_ref(), &self.ids) {
            cx.err(r.state.span(), &w("state"), m);
        }
        if r.lines.len() != 2 {
            cx.err(
                sl.span(),
                &w("lines"),
                format!("a slide has two lines of takeaway; found {}", r.lines.len()),
            );
        }
        let mut texts = vec![(String::from("title"), &r.title)];
        texts.extend(
            r.lines
                .iter()
                .enumerate()
                .map(|(i, l)| (format!("lines[{i}]"), l)),
        );
        for (field, t) in &texts {
            for s in [&t.en, &t.ko] {
                if let Err(m) = check_placeholders(s, &self.ids) {
                    cx.err(sl.span(), &w(field), m);
                }
            }
        }
        let lines = r
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| self.text(cx, sl.span(), &w(&format!("lines[{i}]")), l))
            .collect();
        Slide {
            id: leak(id),
            state: leak(r.state.get_ref()),
            title: self.text(cx, sl.span(), &w("title"), &r.title),
            lines: leak_vec(lines),
            notes: r
                .notes
                .as_ref()
                .map(|n| self.text(cx, sl.span(), &w("notes"), n)),
        }
    }
}

/// Checks a slide's state: `view=...` and the app's other URL parts, with known values.
fn check_state(state: &str, ids: &Ids) -> Result<(), String> {
    let mut has_view = false;
    for part in state.split('&') {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| format!("{part:?} is not key=value"))?;
        let ok = match k {
            "view" => {
                has_view = true;
                atlas_model::VIEW_SLUGS.contains(&v)
            }
            "sel" => ids.contains_key(v),
            "chart" => ["bars", "split"].contains(&v),
            "cur" => ["krw", "usd"].contains(&v),
            "per" => ["total", "year"].contains(&v),
            "group" => ["0", "1"].contains(&v),
            "lang" => ["en", "ko"].contains(&v),
            "range" => v.split_once('~').is_some_and(|(a, b)| {
                let m = |s: &str| {
                    s.len() == 7
                        && s.as_bytes()[4] == b'-'
                        && s[..4].parse::<u16>().is_ok()
                        && s[5..].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
                };
                m(a) && m(b) && a < b
            }),
            _ => {
                return Err(format!(
                    "unknown state key {k:?}; use view, sel, chart, cur, per, group, lang or range"
                ))
            }
        };
        if !ok {
            return Err(format!("{part:?} has a value the app does not know"));
        }
    }
    if has_view {
        Ok(())
    } else {
        Err(format!(
            "the state must name a view (view= one of {})",
            atlas_model::VIEW_SLUGS.join(", ")
        ))
    }
}

/// Placeholders a slide may use: `{total}`, `{usd}`, `{projects}`, `{ai_projects}`,
/// `{innovation_projects}`, `{conflicts}`, `{updates}`, `{amount:<programme id>}`.
fn check_placeholders(s: &str, ids: &Ids) -> Result<(), String> {
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| format!("unclosed placeholder in {s:?}"))?
            + open;
        let name = &rest[open + 1..close];
        let ok = match name.split_once(':') {
            Some(("amount", id)) => ids.get(id).is_some_and(|(k, _, _)| *k == Kind::Programme),
            Some(_) => false,
            None => [
                "total",
                "usd",
                "projects",
                "ai_projects",
                "innovation_projects",
                "conflicts",
                "updates",
            ]
            .contains(&name),
        };
        if !ok {
            return Err(format!("unknown placeholder {{{name}}}"));
        }
        rest = &rest[close + 1..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_of_the_app_is_a_state_and_no_other() {
        let ids = Ids::new();
        for slug in atlas_model::VIEW_SLUGS {
            assert_eq!(check_state(&format!("view={slug}"), &ids), Ok(()));
        }
        assert!(check_state("view=economy", &ids).is_ok());
        let err = check_state("view=economics", &ids).unwrap_err();
        assert!(err.contains("does not know"), "{err}");
    }
}
