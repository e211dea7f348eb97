//! An amount claim: what the report states for a programme (a sum, a range or a floor,
//! over a period) or that it states none, with its source.

use super::{sub, Checker, Ctx};
use crate::raw::RawAmount;
use atlas_model::{Amount, AmountClaim, Basis, Currency, Money, Quantity};
use toml::Spanned;

impl Checker {
    /// An amount claim: its kind decides which fields it takes.
    pub(super) fn amount(&self, cx: &mut Ctx, w: &str, a: &Spanned<RawAmount>) -> AmountClaim {
        let source = match &a.get_ref().source {
            Some(s) => self.source(cx, &sub(w, ".source"), s),
            None => {
                cx.err(
                    a.span(),
                    &sub(w, ".source"),
                    "provenance is missing: add `source = { section = \"…\", quote = \"…\" }`"
                        .into(),
                );
                self.no_source()
            }
        };
        AmountClaim {
            amount: self.stated(cx, w, a),
            source,
        }
    }

    /// An amount's figure without its source: what it states, or that it states none.
    pub(super) fn stated(&self, cx: &mut Ctx, w: &str, a: &Spanned<RawAmount>) -> Amount {
        let raw = a.get_ref();
        let kind = raw.kind.get_ref().as_str();
        let currency = currency(cx, w, a);
        let amount = match kind {
            "in_core" | "not_stated" => {
                // Fields that only a stated amount takes: name the first stray one.
                let figure_fields = [
                    ("value", raw.value.is_some()),
                    ("min", raw.min.is_some()),
                    ("max", raw.max.is_some()),
                    ("basis", raw.basis.is_some()),
                    ("years", raw.years.is_some()),
                    ("by", raw.by.is_some()),
                    ("year", raw.year.is_some()),
                ];
                if let Some((f, _)) = figure_fields.iter().find(|(_, present)| *present) {
                    cx.err(
                        a.span(),
                        &sub(w, &format!(".{f}")),
                        format!("kind {kind:?} has no figure; remove `{f}`"),
                    );
                }
                if kind == "in_core" {
                    Amount::InCore
                } else {
                    Amount::NotStated
                }
            }
            "exact" | "at_least" | "range" => Amount::Stated {
                quantity: self.quantity(cx, w, a, currency),
                basis: self.basis(cx, w, a),
                approximate: raw.approximate.unwrap_or(false),
            },
            other => {
                cx.err(
                    raw.kind.span(),
                    &sub(w, ".kind"),
                    format!("{other:?} is not an amount kind; use \"exact\", \"range\", \"at_least\", \"in_core\" or \"not_stated\""),
                );
                Amount::NotStated
            }
        };
        amount
    }

    /// A stated amount's sum: `min` and `max` for a range, else `value`.
    fn quantity(
        &self,
        cx: &mut Ctx,
        w: &str,
        a: &Spanned<RawAmount>,
        currency: Currency,
    ) -> Quantity {
        let raw = a.get_ref();
        let kind = raw.kind.get_ref().as_str();
        if kind == "range" {
            if raw.value.is_some() {
                cx.err(
                    a.span(),
                    &sub(w, ".value"),
                    "a range takes `min` and `max`, not `value`".into(),
                );
            }
            return match (&raw.min, &raw.max) {
                (Some(lo), Some(hi)) => {
                    let min = self.money(cx, &sub(w, ".min"), lo, currency);
                    let max = self.money(cx, &sub(w, ".max"), hi, currency);
                    if min.eok >= max.eok {
                        cx.err(
                            hi.span(),
                            &sub(w, ".max"),
                            "a range's `max` must be above its `min`".into(),
                        );
                    }
                    Quantity::Range { min, max }
                }
                _ => {
                    cx.err(
                        a.span(),
                        &sub(w, ".min"),
                        "a range needs both `min` and `max`".into(),
                    );
                    Quantity::Exact {
                        value: Money { currency, eok: 1 },
                    }
                }
            };
        }
        if raw.min.is_some() || raw.max.is_some() {
            cx.err(
                a.span(),
                &sub(w, ".min"),
                format!("kind {kind:?} takes `value`, not `min`/`max`"),
            );
        }
        let value = match &raw.value {
            Some(v) => self.money(cx, &sub(w, ".value"), v, currency),
            None => {
                cx.err(
                    a.span(),
                    &sub(w, ".value"),
                    format!("kind {kind:?} needs a `value`"),
                );
                Money { currency, eok: 1 }
            }
        };
        if kind == "exact" {
            Quantity::Exact { value }
        } else {
            Quantity::AtLeast { value }
        }
    }

    /// A stated amount's period: a total (over `years`, `by` a year), per year, or one
    /// year's budget.
    fn basis(&self, cx: &mut Ctx, w: &str, a: &Spanned<RawAmount>) -> Basis {
        let raw = a.get_ref();
        let years = raw.years.as_ref().map(|y| {
            let v = *y.get_ref();
            if !(1..=50).contains(&v) {
                cx.err(
                    y.span(),
                    &sub(w, ".years"),
                    format!("{v} is not a period length in years"),
                );
            }
            v.clamp(1, 50) as u8
        });
        let by = raw.by.as_ref().map(|y| self.year(cx, &sub(w, ".by"), y));
        match raw.basis.as_ref().map(|b| b.get_ref().as_str()) {
            Some("total") => {
                if raw.year.is_some() {
                    cx.err(
                        a.span(),
                        &sub(w, ".year"),
                        "`year` goes with basis \"one_year\"; use `by` or `years` for a total"
                            .into(),
                    );
                }
                Basis::Total { years, by }
            }
            Some("per_year") => {
                if raw.years.is_some() || raw.year.is_some() {
                    cx.err(
                        a.span(),
                        &sub(w, ".years"),
                        "a per-year amount takes only `by`".into(),
                    );
                }
                Basis::PerYear { by }
            }
            Some("one_year") => match &raw.year {
                Some(y) => Basis::OneYear {
                    year: self.year(cx, &sub(w, ".year"), y),
                },
                None => {
                    cx.err(
                        a.span(),
                        &sub(w, ".year"),
                        "basis \"one_year\" needs the budget `year`".into(),
                    );
                    Basis::OneYear { year: 2000 }
                }
            },
            Some(other) => {
                let span = raw.basis.as_ref().map(|b| b.span()).unwrap_or(a.span());
                cx.err(
                    span,
                    &sub(w, ".basis"),
                    format!(
                        "{other:?} is not a basis; use \"total\", \"per_year\" or \"one_year\""
                    ),
                );
                Basis::Total { years, by }
            }
            None => {
                cx.err(
                    a.span(),
                    &sub(w, ".basis"),
                    "a stated amount needs a `basis`: \"total\", \"per_year\" or \"one_year\""
                        .into(),
                );
                Basis::Total { years, by }
            }
        }
    }
}

/// The amount's currency: won unless it says `"USD"`.
fn currency(cx: &mut Ctx, w: &str, a: &Spanned<RawAmount>) -> Currency {
    let raw = a.get_ref();
    match raw.currency.as_ref().map(|c| c.get_ref().as_str()) {
        None | Some("KRW") => Currency::Krw,
        Some("USD") => Currency::Usd,
        Some(other) => {
            let span = raw.currency.as_ref().map(|c| c.span()).unwrap_or(a.span());
            cx.err(
                span,
                &sub(w, ".currency"),
                format!("{other:?} is not a currency; use \"KRW\" or \"USD\""),
            );
            Currency::Krw
        }
    }
}
