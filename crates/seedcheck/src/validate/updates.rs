//! The `[[update]]` table: what later public reporting says about a claim of the report.

use super::{leak, leak_vec, sub, what, Checker, Ctx, ANY};
use crate::forms::parse_won_words;
use crate::raw::{RawSplit, RawUpdate};
use atlas_model::{Currency, Money, Split, SplitPart, Update, UpdateEvent};
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
                short: self.short(
                    cx,
                    e.span(),
                    &w(&format!("events[{i}].short")),
                    &e.get_ref().short,
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
            split: r
                .split
                .as_ref()
                .map(|s| self.split(cx, &w("split"), s.get_ref(), r.says.en.as_str())),
        }
    }

    /// A split: each part's amount written as in the update's English text, the parts
    /// together no larger than the whole. (That the whole stands in the update named by
    /// `whole` is checked by [`Checker::split_wholes`], once every update is read.)
    fn split(&self, cx: &mut Ctx, w: &str, s: &RawSplit, says: &str) -> Split {
        let won = |cx: &mut Ctx, field: &str, v: &toml::Spanned<String>| -> u64 {
            parse_won_words(v.get_ref()).unwrap_or_else(|e| {
                cx.err(v.span(), &sub(w, field), e);
                0
            })
        };
        let whole = won(cx, ".of", &s.of);
        if s.parts.is_empty() {
            cx.err(
                s.of.span(),
                &sub(w, ".parts"),
                "a split needs at least one part".into(),
            );
        }
        let parts: Vec<SplitPart> = s
            .parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let raw = p.get_ref();
                let field = format!(".parts[{i}].amount");
                let amount = won(cx, &field, &raw.amount);
                if !says.contains(raw.amount.get_ref().as_str()) {
                    cx.err(
                        raw.amount.span(),
                        &sub(w, &field),
                        format!(
                            "{:?} is not written in the update's English `says`; a part's amount must appear there as written",
                            raw.amount.get_ref()
                        ),
                    );
                }
                SplitPart {
                    name: self.text(cx, p.span(), &sub(w, &format!(".parts[{i}].name")), &raw.name),
                    amount: krw(amount),
                }
            })
            .collect();
        let sum: u64 = parts.iter().map(|p| p.amount.eok).sum();
        if whole > 0 && sum > whole {
            cx.err(
                s.of.span(),
                &sub(w, ".parts"),
                format!(
                    "the parts add up to {sum} 억, more than the whole {:?} ({whole} 억)",
                    s.of.get_ref()
                ),
            );
        }
        Split {
            whole_update: leak(s.whole.get_ref()),
            whole: krw(whole),
            parts: leak_vec(parts),
        }
    }

    /// Every split's whole stands, as written, in the English text of the update it
    /// names.
    pub(super) fn split_wholes(&self, cx: &mut Ctx, raw: &[Spanned<RawUpdate>], all: &[Update]) {
        for u in raw {
            let r = u.get_ref();
            let Some(s) = r.split.as_ref().map(|s| s.get_ref()) else {
                continue;
            };
            let w = what("update", r.id.get_ref(), "split.whole");
            match all.iter().find(|x| x.id == s.whole.get_ref().as_str()) {
                None => cx.err(
                    s.whole.span(),
                    &w,
                    format!("{:?} names no [[update]]", s.whole.get_ref()),
                ),
                Some(x) if !x.says.en.contains(s.of.get_ref().as_str()) => cx.err(
                    s.of.span(),
                    &what("update", r.id.get_ref(), "split.of"),
                    format!(
                        "{:?} is not written in the English `says` of update {:?}, which reports the whole",
                        s.of.get_ref(),
                        x.id
                    ),
                ),
                Some(_) => {}
            }
        }
    }
}

/// Won in whole 억.
fn krw(eok: u64) -> Money {
    Money {
        currency: Currency::Krw,
        eok,
    }
}
