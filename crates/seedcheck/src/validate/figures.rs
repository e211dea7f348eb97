//! The `[[figure]]` table: economic projections and context figures.

use super::{leak, sub, what, Checker, Ctx};
use crate::raw::RawFigure;
use atlas_model::{Figure, FigureUnit, FigureValue, RankOrder};
use toml::Spanned;

impl Checker {
    /// A figure: its value and how it is qualified, unit and period.
    pub(super) fn figure(&self, cx: &mut Ctx, g: &Spanned<RawFigure>) -> Figure {
        let r = g.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("figure", id, field);
        let value = if r.kind.get_ref() == "rank" {
            self.figure_rank(cx, &w(""), g.span(), r)
        } else {
            self.figure_quantity(cx, &w(""), g.span(), r)
        };
        if r.kind.get_ref() != "rank" && r.order.is_some() {
            cx.err(
                g.span(),
                &w("order"),
                "only a figure of kind \"rank\" has an order".into(),
            );
        }
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

    /// A place in a world ranking: unit "rank", a whole `value` from 1, and the `order`
    /// it counts in ("largest": 4 is the fourth-largest; "lowest": 1 is the lowest).
    fn figure_rank(
        &self,
        cx: &mut Ctx,
        w: &str,
        span: std::ops::Range<usize>,
        r: &RawFigure,
    ) -> FigureValue {
        if r.unit != FigureUnit::Rank {
            cx.err(
                span.clone(),
                &sub(w, ".unit"),
                "a figure of kind \"rank\" has unit \"rank\"".into(),
            );
        }
        let place = match &r.value {
            Some(v) if v.get_ref().fract() == 0.0 && (1.0..=1000.0).contains(v.get_ref()) => {
                *v.get_ref() as u16
            }
            Some(v) => {
                cx.err(
                    v.span(),
                    &sub(w, ".value"),
                    format!(
                        "{} is not a place in a ranking: write a whole number from 1",
                        v.get_ref()
                    ),
                );
                1
            }
            None => {
                cx.err(
                    span.clone(),
                    &sub(w, ".value"),
                    "a rank needs its place as `value` (1 for the first)".into(),
                );
                1
            }
        };
        let order = match r.order.as_ref().map(|o| (o, o.get_ref().as_str())) {
            Some((_, "largest")) => RankOrder::Largest,
            Some((_, "lowest")) => RankOrder::Lowest,
            Some((o, other)) => {
                cx.err(
                    o.span(),
                    &sub(w, ".order"),
                    format!("{other:?} is not one of largest, lowest"),
                );
                RankOrder::Largest
            }
            None => {
                cx.err(
                    span,
                    &sub(w, ".order"),
                    "a rank says which end it counts from: order = \"largest\" or \"lowest\""
                        .into(),
                );
                RankOrder::Largest
            }
        };
        FigureValue::Rank { place, order }
    }

    /// A quantity: exact, a range, "up to" or "approximately".
    fn figure_quantity(
        &self,
        cx: &mut Ctx,
        w: &str,
        span: std::ops::Range<usize>,
        r: &RawFigure,
    ) -> FigureValue {
        if r.unit == FigureUnit::Rank {
            cx.err(
                r.kind.span(),
                &sub(w, ".kind"),
                "a figure with unit \"rank\" has kind \"rank\" and an order".into(),
            );
        }
        let (k, a, b) = self.bound(
            cx,
            w,
            span,
            &r.kind,
            &r.value,
            &r.min,
            &r.max,
            &["exact", "range", "up_to", "approximately", "rank"],
        );
        match k.as_str() {
            "range" => FigureValue::Range { min: a, max: b },
            "up_to" => FigureValue::UpTo { value: a },
            "approximately" => FigureValue::Approximately { value: a },
            _ => FigureValue::Exact { value: a },
        }
    }
}
