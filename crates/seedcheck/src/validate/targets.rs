//! The `[[target]]` table: measurable goals with a deadline.

use super::{leak, what, Checker, Ctx, Kind};
use crate::raw::RawTarget;
use atlas_model::{Bound, Target};
use toml::Spanned;

impl Checker {
    /// A target: its bound, unit and deadline, and the programme it belongs to, if any.
    pub(super) fn target(&self, cx: &mut Ctx, t: &Spanned<RawTarget>) -> Target {
        let r = t.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("target", id, field);
        let bound = match (r.kind.get_ref().as_str(), &r.written) {
            ("as_written", written) => self.as_written(cx, &w("written"), t, written),
            (_, Some(written)) => {
                cx.err(
                    written.span(),
                    &w("written"),
                    "only a target of kind \"as_written\" takes `written`".into(),
                );
                Bound::AsWritten { text: "" }
            }
            (_, None) => {
                let (k, a, b) = self.bound(
                    cx,
                    &w(""),
                    t.span(),
                    &r.kind,
                    &r.value,
                    &r.min,
                    &r.max,
                    &["exact", "at_least", "at_most", "range", "as_written"],
                );
                match k.as_str() {
                    "at_least" => Bound::AtLeast { value: a },
                    "at_most" => Bound::AtMost { value: a },
                    "range" => Bound::Range { min: a, max: b },
                    _ => Bound::Exact { value: a },
                }
            }
        };
        let programme = r
            .programme
            .as_ref()
            .map(|p| self.one_ref(cx, &w("programme"), p, &[Kind::Programme]));
        Target {
            id: leak(id),
            metric: self.text(cx, t.span(), &w("metric"), &r.metric),
            programme,
            bound,
            unit: r.unit,
            deadline: r
                .deadline
                .as_ref()
                .map(|d| self.year(cx, &w("deadline"), d)),
            source: self.source(cx, &w("source"), &r.source),
        }
    }

    /// A value the report writes in a notation that states no clear value: `written`
    /// must be given and stand verbatim in the target's source quote, and no number may
    /// be given beside it.
    fn as_written(
        &self,
        cx: &mut Ctx,
        w: &str,
        t: &Spanned<RawTarget>,
        written: &Option<crate::raw::S>,
    ) -> Bound {
        let r = t.get_ref();
        if let Some(n) = r.value.as_ref().or(r.min.as_ref()).or(r.max.as_ref()) {
            cx.err(
                n.span(),
                w,
                "a target \"as_written\" gives its notation in `written`, not a number".into(),
            );
        }
        let Some(written) = written else {
            cx.err(
                t.span(),
                w,
                "missing: give the report's notation, e.g. written = \"5–2\"".into(),
            );
            return Bound::AsWritten { text: "" };
        };
        let text = written.get_ref();
        let quote = r.source.get_ref().quote.get_ref();
        if text.trim().is_empty() || !quote.contains(text.as_str()) {
            cx.err(
                written.span(),
                w,
                format!("{text:?} does not stand in the source quote {quote:?}"),
            );
        }
        Bound::AsWritten { text: leak(text) }
    }
}
