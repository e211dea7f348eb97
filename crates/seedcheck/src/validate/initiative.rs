//! The `[initiative]` table: the headline figures.

use super::{what, Checker, Ctx};
use crate::raw::RawInitiative;
use atlas_model::{Amount, Currency, Initiative, Money, Quantity};
use toml::Spanned;

impl Checker {
    /// The initiative: its total must be in won and its dollar figure in dollars.
    pub(super) fn initiative(&self, cx: &mut Ctx, i: &Spanned<RawInitiative>) -> Initiative {
        let r = i.get_ref();
        let w = |field: &str| what("initiative", "", field);
        let total = self.amount(cx, &w("total"), &r.total);
        let usd = self.amount(cx, &w("usd"), &r.usd);
        if !matches!(
            usd.amount,
            Amount::Stated {
                quantity: Quantity::Range {
                    min: Money {
                        currency: Currency::Usd,
                        ..
                    },
                    ..
                } | Quantity::Exact {
                    value: Money {
                        currency: Currency::Usd,
                        ..
                    }
                },
                ..
            }
        ) {
            cx.err(
                r.usd.span(),
                &w("usd"),
                "the dollar figure must be a stated amount with currency = \"USD\"".into(),
            );
        }
        if !matches!(
            total.amount,
            Amount::Stated {
                quantity: Quantity::Exact {
                    value: Money {
                        currency: Currency::Krw,
                        ..
                    }
                } | Quantity::AtLeast {
                    value: Money {
                        currency: Currency::Krw,
                        ..
                    }
                },
                ..
            }
        ) {
            cx.err(
                r.total.span(),
                &w("total"),
                "the total must be a stated amount in won (exact or at_least)".into(),
            );
        }
        Initiative {
            name: self.text(cx, i.span(), &w("name"), &r.name),
            launched: self.date(cx, &w("launched"), &r.launched),
            launched_source: self.source(cx, &w("launched_source"), &r.launched_source),
            total,
            usd,
            projects: self.count(cx, &w("projects"), &r.projects),
            projects_source: self.source(cx, &w("projects_source"), &r.projects_source),
            ai_projects: self.count(cx, &w("ai_projects"), &r.ai_projects),
            ai_projects_source: self.source(cx, &w("ai_projects_source"), &r.ai_projects_source),
            innovation_projects: self.count(cx, &w("innovation_projects"), &r.innovation_projects),
            innovation_projects_source: self.source(
                cx,
                &w("innovation_projects_source"),
                &r.innovation_projects_source,
            ),
            administration: self.text(cx, i.span(), &w("administration"), &r.administration),
            administration_source: self.source(
                cx,
                &w("administration_source"),
                &r.administration_source,
            ),
        }
    }
}
