//! The funding view's summaries: the ranked bars (over the period or per year, in won
//! or dollars) and the treemap of the fund's split by industry.

use crate::data::funding::{fund_split, Charted, Conversion, FundingData, Missing, Period};
use crate::data::{implied_won_per_dollar, Amount, Money as Sum, Quantity};
use crate::i18n::figure::{figure_label, sum};
use crate::i18n::{self, Key, Lang};
use crate::state::Money;

/// Appends a sentence to a summary, a space before it unless it is the first. Not
/// inlined: one copy serves every sentence.
#[inline(never)]
fn add(out: &mut String, lang: Lang, key: Key, args: &[&str]) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&lang.tf(key, args));
}

/// The ranked bars of `data` in the chosen currency, with the selected programme.
pub fn bars(
    lang: Lang,
    data: &FundingData,
    period: Period,
    money: Money,
    selected: Option<&str>,
) -> String {
    let mut out = String::new();
    let label = |c: &Charted| figure_label(lang, c, money);
    let name = |c: &Charted| lang.pick(c.programme.name);
    if let (Some(top), Some(bottom)) = (data.charted.first(), data.charted.last()) {
        let currency = match (money, implied_won_per_dollar()) {
            (Money::Dollars, Some((lo, hi))) => {
                lang.tf(Key::SummaryInDollars, &[&i18n::whole(lo), &i18n::whole(hi)])
            }
            _ => lang.t(Key::SummaryInWon).to_owned(),
        };
        let key = match period {
            Period::Total => Key::SummaryBarsTotal,
            Period::PerYear if one_year(data).next().is_some() => Key::SummaryBarsPerYearMixed,
            Period::PerYear => Key::SummaryBarsPerYear,
        };
        add(
            &mut out,
            lang,
            key,
            &[
                &data.charted.len().to_string(),
                &currency,
                name(top),
                &label(top),
                name(bottom),
                &label(bottom),
            ],
        );
    }
    // One year's budget among yearly amounts is that year's alone, not a rate.
    for c in one_year(data) {
        add(&mut out, lang, Key::SummaryOneYear, &[name(c), &label(c)]);
    }
    let count = |f: fn(&Quantity) -> bool| data.charted.iter().filter(|c| f(&c.quantity)).count();
    let ranges = count(|q| matches!(q, Quantity::Range { .. }));
    let floors = count(|q| matches!(q, Quantity::AtLeast { .. }));
    for (n, key) in [(ranges, Key::SummaryRanges), (floors, Key::SummaryFloors)] {
        if n > 0 {
            add(&mut out, lang, key, &[&n.to_string()]);
        }
    }
    let marked = |ambiguous: bool| {
        data.charted
            .iter()
            .filter(|c| c.disputed() && c.only_ambiguous() == ambiguous)
            .count()
    };
    for (n, key) in [
        (marked(false), Key::SummaryDisputed),
        (marked(true), Key::SummaryAmbiguous),
    ] {
        if n > 0 {
            add(&mut out, lang, key, &[&n.to_string()]);
        }
    }
    let why = |w: Missing| data.unplotted.iter().filter(|u| u.why == w).count();
    let reasons: Vec<String> = [
        (Missing::NotStated, Key::SummaryNotStated),
        (Missing::InCore, Key::SummaryInCore),
        (Missing::NoFigureForPeriod, Key::SummaryNoYearly),
    ]
    .into_iter()
    .filter(|(w, _)| why(*w) > 0)
    .map(|(w, k)| lang.tf(k, &[&why(w).to_string()]))
    .collect();
    if !reasons.is_empty() {
        add(
            &mut out,
            lang,
            Key::SummaryUnplotted,
            &[&data.unplotted.len().to_string(), &reasons.join(", ")],
        );
    }
    if let Some(claim) = data.envelope.and_then(|e| e.amounts.first()) {
        // A floor is said in words ("at least ₩100 trillion"), not as a sign.
        let said = match claim.amount {
            Amount::Stated {
                quantity: Quantity::AtLeast { value },
                ..
            } => lang.tf(Key::AtLeast, &[&i18n::money(lang, value)]),
            a => i18n::amount(lang, a),
        };
        add(&mut out, lang, Key::SummaryEnvelope, &[&said]);
    }
    let chosen = selected.and_then(|s| {
        let c = data.charted.iter().find(|c| c.programme.id == s);
        match c {
            Some(c) => Some(format!("{}, {}", name(c), label(c))),
            None => data
                .unplotted
                .iter()
                .map(|u| u.programme)
                .chain(data.envelope)
                .find(|p| p.id == s)
                .map(|p| lang.pick(p.name).to_owned()),
        }
    });
    super::selected(lang, &mut out, chosen.as_deref());
    out
}

/// The charted figures that are one year's budget drawn among yearly amounts.
fn one_year(data: &FundingData) -> impl Iterator<Item = &Charted> {
    data.charted
        .iter()
        .filter(|c| matches!(c.conversion, Conversion::OneYearOnly(_)))
}

/// The fund's split by industry: the whole, its largest and smallest named parts, and
/// what the reports leave unallocated.
pub fn split(lang: Lang) -> String {
    let Some((u, split, _)) = fund_split() else {
        return String::new();
    };
    let won = |m: Sum| sum(lang, Quantity::Exact { value: m }, Money::Won);
    let date = u
        .events
        .iter()
        .map(|e| e.date)
        .max_by_key(|d| d.start)
        .map(|d| i18n::date(lang, d))
        .unwrap_or_default();
    // The ends by a scan, not a sort: a sort's code would weigh on the first load.
    let parts = split.parts;
    let top = parts.iter().rev().max_by_key(|p| p.amount.eok);
    let bottom = parts.iter().min_by_key(|p| p.amount.eok);
    let (Some(top), Some(bottom)) = (top, bottom) else {
        return String::new();
    };
    lang.tf(
        Key::SummarySplit,
        &[
            &date,
            &parts.len().to_string(),
            &won(split.whole),
            lang.pick(top.name),
            &won(top.amount),
            lang.pick(bottom.name),
            &won(bottom.amount),
            &won(split.remainder()),
        ],
    )
}
