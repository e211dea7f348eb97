//! The `[[figure]]` table: economic projections and context figures.

use super::{leak, what, Checker, Ctx};
use crate::raw::RawFigure;
use atlas_model::{Figure, FigureValue};
use toml::Spanned;

impl Checker {
    /// A figure: its value and how it is qualified, unit and period.
    pub(super) fn figure(&self, cx: &mut Ctx, g: &Spanned<RawFigure>) -> Figure {
        let r = g.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("figure", id, field);
        let (k, a, b) = self.bound(
            cx,
            &w(""),
            g.span(),
            &r.kind,
            &r.value,
            &r.min,
            &r.max,
            &["exact", "range", "up_to", "approximately"],
        );
        let value = match k.as_str() {
            "range" => FigureValue::Range { min: a, max: b },
            "up_to" => FigureValue::UpTo { value: a },
            "approximately" => FigureValue::Approximately { value: a },
            _ => FigureValue::Exact { value: a },
        };
        Figure {
            id: leak(id),
            group: r.group,
            label: self.text(cx, g.span(), &w("label"), &r.label),
            value,
            unit: r.unit,
            period: r
                .period
                .as_ref()
                .map(|t| self.text(cx, g.span(), &w("period"), t)),
            source: self.source(cx, &w("source"), &r.source),
        }
    }
}
