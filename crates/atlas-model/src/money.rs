//! Money as the report states it: exact sums in whole 억, ranges and floors, over a
//! period, and where the report says so.

use crate::Source;
#[cfg(feature = "codegen")]
use serde::{Deserialize, Serialize};

/// A currency of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
pub enum Currency {
    /// South Korean won.
    #[cfg_attr(feature = "codegen", serde(rename = "KRW"))]
    Krw,
    /// US dollar.
    #[cfg_attr(feature = "codegen", serde(rename = "USD"))]
    Usd,
}

/// An exact sum of money: `eok` × 10^8 units of `currency`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Money {
    /// The currency.
    pub currency: Currency,
    /// Whole 억 (hundreds of millions) of the currency.
    pub eok: u64,
}

/// How precisely the report states a sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Quantity {
    /// Exactly this sum.
    Exact {
        /// The sum.
        value: Money,
    },
    /// Somewhere from `min` to `max`.
    Range {
        /// Lower end.
        min: Money,
        /// Upper end.
        max: Money,
    },
    /// This sum or more ("₩100+ trillion", "₩0.5T+").
    AtLeast {
        /// The floor.
        value: Money,
    },
}

/// Over what time a stated sum is spent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Basis {
    /// The whole sum over a period ("₩16 trillion (5 yrs)", "by 2027").
    Total {
        /// Length of the period in years, where stated.
        years: Option<u8>,
        /// The year by which, where stated.
        by: Option<u16>,
    },
    /// Each year ("₩8T/yr (by 2030)").
    PerYear {
        /// The year by which that yearly level is reached, where stated.
        by: Option<u16>,
    },
    /// One year's budget ("62.7B (2025 project)").
    OneYear {
        /// The budget year.
        year: u16,
    },
}

/// One statement of money for a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Amount {
    /// The report gives a figure.
    Stated {
        /// The sum and how precise it is.
        quantity: Quantity,
        /// Over what time.
        basis: Basis,
        /// The report marks it as approximate.
        approximate: bool,
    },
    /// "Included in core" of the National Growth Fund, with no figure of its own.
    InCore,
    /// No amount given, or "N/A".
    NotStated,
}

/// An amount and where the report states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct AmountClaim {
    /// What is stated.
    pub amount: Amount,
    /// Where.
    pub source: Source,
}
