//! Money and dates as each language writes them.
//!
//! English: ₩16 trillion, ₩530 billion, $71–74 billion, August 2025.
//! Korean: 16조 원, 5,300억 원, 1조 2,800억 원, 710억–740억 달러, 2025년 8월.
//! Money arrives as whole 억, so nothing is rounded on the way to the screen.

use super::{Key, Lang};
use atlas_model::{Amount, Basis, Currency, DateSpec, Money, Quantity, Ymd};

/// 1조 (one trillion) in 억.
const JO: u64 = 10_000;

/// Digits with thousands separators: 1351 → "1,351".
pub fn group_digits(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A whole number of `unit`s written with up to `decimals` decimals, trailing zeros cut.
fn decimal(value: u64, unit: u64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    // Exact for every figure of the report: 억 values divide evenly at this precision.
    let scaled = (value as u128 * scale as u128 + unit as u128 / 2) / unit as u128;
    let whole = (scaled / scale as u128) as u64;
    let frac = (scaled % scale as u128) as u64;
    let mut s = group_digits(whole);
    if frac > 0 {
        let f = format!("{frac:0width$}", width = decimals as usize);
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s
}

/// The English number and its scale word: (16, "trillion") or (530, "billion").
fn english_scale(eok: u64) -> (String, &'static str) {
    if eok >= JO {
        (decimal(eok, JO, 2), "trillion")
    } else {
        (decimal(eok, 10, 1), "billion")
    }
}

/// Korean 조/억 digits without the currency word: 12,800억 → "1조 2,800억".
fn korean_units(eok: u64) -> String {
    let jo = eok / JO;
    let rest = eok % JO;
    match (jo, rest) {
        (0, r) => format!("{}억", group_digits(r)),
        (j, 0) => format!("{}조", group_digits(j)),
        (j, r) => format!("{}조 {}억", group_digits(j), group_digits(r)),
    }
}

fn symbol(currency: Currency) -> &'static str {
    match currency {
        Currency::Krw => "₩",
        Currency::Usd => "$",
    }
}

fn korean_currency(currency: Currency) -> &'static str {
    match currency {
        Currency::Krw => "원",
        Currency::Usd => "달러",
    }
}

/// One sum: "₩16 trillion" / "16조 원".
pub fn money(lang: Lang, m: Money) -> String {
    match lang {
        Lang::En => {
            let (n, scale) = english_scale(m.eok);
            format!("{}{n} {scale}", symbol(m.currency))
        }
        Lang::Ko => format!("{} {}", korean_units(m.eok), korean_currency(m.currency)),
    }
}

/// A range: "$71–74 billion" / "710억–740억 달러".
pub fn money_range(lang: Lang, min: Money, max: Money) -> String {
    match lang {
        Lang::En => {
            let (a, sa) = english_scale(min.eok);
            let (b, sb) = english_scale(max.eok);
            let s = symbol(min.currency);
            if sa == sb {
                format!("{s}{a}–{b} {sb}")
            } else {
                format!("{s}{a} {sa}–{s}{b} {sb}")
            }
        }
        Lang::Ko => format!(
            "{}–{} {}",
            korean_units(min.eok),
            korean_units(max.eok),
            korean_currency(min.currency)
        ),
    }
}

/// A floor: "₩100+ trillion" (the report's own idiom) / "100조 원 이상".
pub fn money_at_least(lang: Lang, m: Money) -> String {
    match lang {
        Lang::En => {
            let (n, scale) = english_scale(m.eok);
            format!("{}{n}+ {scale}", symbol(m.currency))
        }
        Lang::Ko => format!(
            "{} {} 이상",
            korean_units(m.eok),
            korean_currency(m.currency)
        ),
    }
}

/// A quantity without its period.
pub fn quantity(lang: Lang, q: Quantity) -> String {
    match q {
        Quantity::Exact { value } => money(lang, value),
        Quantity::Range { min, max } => money_range(lang, min, max),
        Quantity::AtLeast { value } => money_at_least(lang, value),
    }
}

/// An amount as the report states it, with its period: "₩8 trillion a year by 2030".
pub fn amount(lang: Lang, a: Amount) -> String {
    amount_with(lang, a, &|q| quantity(lang, q))
}

/// An amount with its period, the sum written by `sum` (won as stated, or dollars).
pub fn amount_with(lang: Lang, a: Amount, sum: &dyn Fn(Quantity) -> String) -> String {
    match a {
        Amount::InCore => lang.t(Key::AmountInCore).to_owned(),
        Amount::NotStated => lang.t(Key::AmountNotStated).to_owned(),
        Amount::Stated {
            quantity: q,
            basis,
            approximate,
        } => {
            let sum = sum(q);
            let sum = if approximate {
                lang.tf(Key::Approximately, &[&sum])
            } else {
                sum
            };
            with_basis(lang, sum, basis)
        }
    }
}

/// A written sum with its period appended in the language's order.
pub fn with_basis(lang: Lang, sum: String, basis: Basis) -> String {
    match basis {
        Basis::Total {
            years: None,
            by: None,
        } => sum,
        Basis::Total {
            years: Some(y),
            by: None,
        } => lang.tf(Key::AmountOverYears, &[&sum, &y.to_string()]),
        Basis::Total {
            years: None,
            by: Some(b),
        } => lang.tf(Key::AmountBy, &[&sum, &b.to_string()]),
        Basis::Total {
            years: Some(y),
            by: Some(b),
        } => lang.tf(
            Key::AmountOverYearsBy,
            &[&sum, &y.to_string(), &b.to_string()],
        ),
        Basis::PerYear { by: None } => lang.tf(Key::AmountPerYear, &[&sum]),
        Basis::PerYear { by: Some(b) } => lang.tf(Key::AmountPerYearBy, &[&sum, &b.to_string()]),
        Basis::OneYear { year } => lang.tf(Key::AmountOneYear, &[&sum, &year.to_string()]),
    }
}

/// Three significant figures, trailing zeros cut: 11.36 → "11.4", 392.0 → "392".
fn sig3(v: f64) -> String {
    if v <= 0.0 {
        return "0".into();
    }
    let digits = (2 - crate::decimal::decade(v).0).max(0) as usize;
    let s = format!("{v:.digits$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    };
    // Group the whole part.
    let (whole, frac) = s.split_once('.').map_or((s.as_str(), ""), |(w, f)| (w, f));
    let mut out = group_digits(whole.parse().unwrap_or(0));
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Korean dollars from 억 (possibly fractional): 113.6 → "114억", 3.76 → "3억 7,600만".
fn korean_usd_units(eok: f64) -> String {
    if eok >= 10.0 {
        format!("{}억", group_digits(eok.round() as u64))
    } else {
        let man = (eok * 100.0).round() as u64 * 100; // to the nearest 100만
        let (e, m) = (man / 10_000, man % 10_000);
        match (e, m) {
            (0, m) => format!("{}만", group_digits(m)),
            (e, 0) => format!("{e}억"),
            (e, m) => format!("{e}억 {}만", group_digits(m)),
        }
    }
}

/// Dollars from 억 dollars (fractional), as a range: "≈ $11.4–11.8 billion" / "약 114억–118억 달러".
pub fn usd_range(lang: Lang, lo: f64, hi: f64) -> String {
    match lang {
        Lang::En => {
            // 1억 dollars = $0.1 billion = $100 million.
            let (a, b, unit) = if hi >= 10.0 {
                (lo / 10.0, hi / 10.0, "billion")
            } else {
                (lo * 100.0, hi * 100.0, "million")
            };
            let (a, b) = (sig3(a), sig3(b));
            if a == b {
                format!("≈ ${a} {unit}")
            } else {
                format!("≈ ${a}–{b} {unit}")
            }
        }
        Lang::Ko => {
            let (a, b) = (korean_usd_units(lo), korean_usd_units(hi));
            if a == b {
                format!("약 {a} 달러")
            } else {
                format!("약 {a}–{b} 달러")
            }
        }
    }
}

/// A won quantity in dollars at a won-per-dollar range `rate` = (low, high).
pub fn quantity_in_usd(lang: Lang, q: Quantity, rate: (f64, f64)) -> String {
    let (lo_rate, hi_rate) = rate;
    match q {
        Quantity::Exact { value } => {
            usd_range(lang, value.eok as f64 / hi_rate, value.eok as f64 / lo_rate)
        }
        Quantity::Range { min, max } => {
            usd_range(lang, min.eok as f64 / hi_rate, max.eok as f64 / lo_rate)
        }
        Quantity::AtLeast { value } => {
            let s = usd_range(lang, value.eok as f64 / hi_rate, value.eok as f64 / hi_rate);
            lang.tf(Key::AtLeast, &[&s])
        }
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One date at its precision: "August 2025", "26 December 2024" / "2025년 8월".
pub fn ymd(lang: Lang, d: Ymd) -> String {
    match (lang, d.month, d.day) {
        (Lang::En, None, _) => d.year.to_string(),
        (Lang::En, Some(m), None) => format!("{} {}", MONTHS_EN[m as usize - 1], d.year),
        (Lang::En, Some(m), Some(day)) => {
            format!("{day} {} {}", MONTHS_EN[m as usize - 1], d.year)
        }
        (Lang::Ko, None, _) => format!("{}년", d.year),
        (Lang::Ko, Some(m), None) => format!("{}년 {m}월", d.year),
        (Lang::Ko, Some(m), Some(day)) => format!("{}년 {m}월 {day}일", d.year),
    }
}

/// A date or span: "October 2024–2025" / "2024년 10월–2025년".
pub fn date(lang: Lang, d: DateSpec) -> String {
    match d.end {
        None => ymd(lang, d.start),
        Some(end) => format!("{}–{}", ymd(lang, d.start), ymd(lang, end)),
    }
}

/// A rate with no decimals and grouped digits: 1351.35 → "1,351".
pub fn whole(n: f64) -> String {
    group_digits(n.round().max(0.0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{En, Ko};

    fn krw(eok: u64) -> Money {
        Money {
            currency: Currency::Krw,
            eok,
        }
    }

    fn usd(eok: u64) -> Money {
        Money {
            currency: Currency::Usd,
            eok,
        }
    }

    fn stated(quantity: Quantity, basis: Basis) -> Amount {
        Amount::Stated {
            quantity,
            basis,
            approximate: false,
        }
    }

    fn total() -> Basis {
        Basis::Total {
            years: None,
            by: None,
        }
    }

    fn ymd_of(year: u16, month: Option<u8>, day: Option<u8>) -> Ymd {
        Ymd { year, month, day }
    }

    #[test]
    fn money_in_both_languages() {
        let cases: &[(Money, &str, &str)] = &[
            (krw(160_000), "₩16 trillion", "16조 원"),
            (krw(5_300), "₩530 billion", "5,300억 원"),
            (krw(12_800), "₩1.28 trillion", "1조 2,800억 원"),
            (krw(627), "₩62.7 billion", "627억 원"),
            (krw(946), "₩94.6 billion", "946억 원"),
            (krw(1_000_000), "₩100 trillion", "100조 원"),
            (krw(1_600), "₩160 billion", "1,600억 원"),
            (krw(1_000), "₩100 billion", "1,000억 원"),
            (krw(5_000), "₩500 billion", "5,000억 원"),
            (krw(850_000), "₩85 trillion", "85조 원"),
            (usd(710), "$71 billion", "710억 달러"),
        ];
        for &(m, en, ko) in cases {
            assert_eq!(money(En, m), en);
            assert_eq!(money(Ko, m), ko);
        }
    }

    #[test]
    fn ranges_floors_and_periods_in_each_idiom() {
        let cases: &[(Amount, &str, &str)] = &[
            (
                stated(
                    Quantity::Range {
                        min: usd(710),
                        max: usd(740),
                    },
                    total(),
                ),
                "$71–74 billion",
                "710억–740억 달러",
            ),
            (
                stated(
                    Quantity::AtLeast {
                        value: krw(1_000_000),
                    },
                    total(),
                ),
                "₩100+ trillion",
                "100조 원 이상",
            ),
            (
                stated(
                    Quantity::Exact {
                        value: krw(160_000),
                    },
                    Basis::Total {
                        years: Some(5),
                        by: None,
                    },
                ),
                "₩16 trillion over 5 years",
                "5년간 16조 원",
            ),
            (
                stated(
                    Quantity::Exact { value: krw(5_300) },
                    Basis::Total {
                        years: None,
                        by: Some(2027),
                    },
                ),
                "₩530 billion by 2027",
                "2027년까지 5,300억 원",
            ),
            (
                stated(
                    Quantity::Exact { value: krw(80_000) },
                    Basis::PerYear { by: Some(2030) },
                ),
                "₩8 trillion a year by 2030",
                "2030년까지 연 8조 원",
            ),
            (
                stated(
                    Quantity::AtLeast { value: krw(5_000) },
                    Basis::PerYear { by: None },
                ),
                "₩500+ billion a year",
                "연 5,000억 원 이상",
            ),
            (
                stated(
                    Quantity::Exact { value: krw(627) },
                    Basis::OneYear { year: 2025 },
                ),
                "₩62.7 billion (2025 budget)",
                "627억 원(2025년 예산)",
            ),
            (
                stated(
                    Quantity::Exact { value: krw(946) },
                    Basis::Total {
                        years: Some(4),
                        by: Some(2028),
                    },
                ),
                "₩94.6 billion over 4 years, by 2028",
                "2028년까지 4년간 946억 원",
            ),
            (
                stated(
                    Quantity::Range {
                        min: krw(5_000),
                        max: krw(20_000),
                    },
                    total(),
                ),
                "₩500 billion–₩2 trillion",
                "5,000억–2조 원",
            ),
            (
                Amount::InCore,
                "Included in the fund’s core (no figure)",
                "펀드 핵심 재원에 포함(금액 없음)",
            ),
            (Amount::NotStated, "Amount not stated", "금액 미기재"),
            (
                Amount::Stated {
                    quantity: Quantity::Exact { value: krw(1_600) },
                    basis: total(),
                    approximate: true,
                },
                "about ₩160 billion",
                "약 1,600억 원",
            ),
        ];
        for &(a, en, ko) in cases {
            assert_eq!(amount(En, a), en);
            assert_eq!(amount(Ko, a), ko);
        }
    }

    #[test]
    fn dates_at_their_precision() {
        let cases: &[(DateSpec, &str, &str)] = &[
            (
                DateSpec {
                    start: ymd_of(2025, Some(8), None),
                    end: None,
                },
                "August 2025",
                "2025년 8월",
            ),
            (
                DateSpec {
                    start: ymd_of(2026, None, None),
                    end: None,
                },
                "2026",
                "2026년",
            ),
            (
                DateSpec {
                    start: ymd_of(2024, Some(12), Some(26)),
                    end: None,
                },
                "26 December 2024",
                "2024년 12월 26일",
            ),
            (
                DateSpec {
                    start: ymd_of(2024, Some(10), None),
                    end: Some(ymd_of(2025, None, None)),
                },
                "October 2024–2025",
                "2024년 10월–2025년",
            ),
        ];
        for &(d, en, ko) in cases {
            assert_eq!(date(En, d), en);
            assert_eq!(date(Ko, d), ko);
        }
    }

    #[test]
    fn dollars_converted_from_won_are_ranges_in_each_idiom() {
        let rate = (1_000_000.0 / 740.0, 1_000_000.0 / 710.0); // the report's implied range
        let q = Quantity::Exact {
            value: krw(160_000),
        };
        assert_eq!(quantity_in_usd(En, q, rate), "≈ $11.4–11.8 billion");
        assert_eq!(quantity_in_usd(Ko, q, rate), "약 114억–118억 달러");
        let small = Quantity::Exact { value: krw(5_300) };
        assert_eq!(quantity_in_usd(En, small, rate), "≈ $376–392 million");
        assert_eq!(
            quantity_in_usd(Ko, small, rate),
            "약 3억 7,600만–3억 9,200만 달러"
        );
        let floor = Quantity::AtLeast {
            value: krw(1_000_000),
        };
        assert_eq!(quantity_in_usd(En, floor, rate), "at least ≈ $71 billion");
        assert_eq!(quantity_in_usd(Ko, floor, rate), "약 710억 달러 이상");
    }

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1_351), "1,351");
        assert_eq!(group_digits(1_000_000), "1,000,000");
        assert_eq!(whole(1408.45), "1,408");
    }
}
