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
        let (k, a, b) = self.bound(
            cx,
            &w(""),
            t.span(),
            &r.kind,
            &r.value,
            &r.min,
            &r.max,
            &["exact", "at_least", "at_most", "range"],
        );
        let bound = match k.as_str() {
            "at_least" => Bound::AtLeast { value: a },
            "at_most" => Bound::AtMost { value: a },
            "range" => Bound::Range { min: a, max: b },
            _ => Bound::Exact { value: a },
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
}
