//! The `[[update]]` table: what later public reporting says about a claim of the report.

use super::{leak, leak_vec, what, Checker, Ctx, ANY};
use crate::raw::RawUpdate;
use atlas_model::{Update, UpdateEvent};
use toml::Spanned;

impl Checker {
    /// An update: the records it concerns, its dated events, and https:// sources.
    pub(super) fn update(&self, cx: &mut Ctx, u: &Spanned<RawUpdate>) -> Update {
        let r = u.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("update", id, field);
        if r.concerns.is_empty() {
            cx.err(
                u.span(),
                &w("concerns"),
                "an update concerns at least one record of the report".into(),
            );
        }
        if r.sources.is_empty() {
            cx.err(
                u.span(),
                &w("sources"),
                "an update needs at least one source address".into(),
            );
        }
        for (i, src) in r.sources.iter().enumerate() {
            let v = src.get_ref();
            if !v.starts_with("https://")
                || v.len() <= "https://".len()
                || v.contains(char::is_whitespace)
            {
                cx.err(
                    src.span(),
                    &w(&format!("sources[{i}]")),
                    format!("{v:?} is not an https:// address"),
                );
            }
        }
        let events = r
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| UpdateEvent {
                date: self.date(cx, &w(&format!("events[{i}].date")), &e.get_ref().date),
                text: self.text(
                    cx,
                    e.span(),
                    &w(&format!("events[{i}].text")),
                    &e.get_ref().text,
                ),
            })
            .collect();
        Update {
            id: leak(id),
            topic: self.text(cx, u.span(), &w("topic"), &r.topic),
            concerns: self.refs(cx, &w("concerns"), &r.concerns, ANY),
            says: self.text(cx, u.span(), &w("says"), &r.says),
            events: leak_vec(events),
            sources: leak_vec(r.sources.iter().map(|s| leak(s.get_ref())).collect()),
        }
    }
}
