//! The words a charted programme figure is written with: its sum in the chosen currency
//! and its period, as the funding chart's bars, tooltip and live region write it.

use super::{Key, Lang};
use crate::data::funding::{Charted, Conversion};
use crate::data::{implied_won_per_dollar, Amount, Quantity};
use crate::state::Money;

/// The sum of a charted figure in the chosen currency, without its period.
pub fn sum(lang: Lang, q: Quantity, money: Money) -> String {
    match (money, implied_won_per_dollar()) {
        (Money::Dollars, Some(rate)) => super::quantity_in_usd(lang, q, rate),
        _ => super::quantity(lang, q),
    }
}

/// The label of a charted figure with its period: as stated, or with how it was
/// converted (divided by its years, or one year's amount drawn among yearly ones).
pub fn figure_label(lang: Lang, c: &Charted, money: Money) -> String {
    let basis = match c.claim.amount {
        Amount::Stated { basis, .. } => basis,
        _ => return super::amount(lang, c.claim.amount),
    };
    match c.conversion {
        Conversion::DividedByYears(y) => {
            let original = match c.claim.amount {
                Amount::Stated { quantity, .. } => sum(lang, quantity, money),
                _ => String::new(),
            };
            lang.tf(
                Key::ConvertedPerYear,
                &[&sum(lang, c.quantity, money), &original, &y.to_string()],
            )
        }
        // Among yearly amounts, one year's budget says that it is that year's alone.
        Conversion::OneYearOnly(y) => lang.tf(
            Key::AmountOneYearOnly,
            &[&sum(lang, c.quantity, money), &y.to_string()],
        ),
        Conversion::AsStated => super::with_basis(lang, sum(lang, c.quantity, money), basis),
    }
}
