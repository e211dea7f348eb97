//! Money, numbers and dates as each language writes them: one copy, used by the app, the
//! page a reader without JavaScript gets, and the build-time checker.
//!
//! English: ₩16 trillion, ₩530 billion, $71–74 billion, August 2025.
//! Korean: 16조 원, 5,300억 원, 1조 2,800억 원, 710억~740억 달러, 2025년 8월 (a range with
//! "~", as Korean text writes it).
//! Money arrives as whole 억, so nothing is rounded on the way to the screen.
//!
//! The phrases around a figure ("{0} a year", "about {0}") are interface strings, so each
//! function takes a [`Language`]: the app passes its own, which reads the Korean pack, and
//! the build passes [`English`] or [`Korean`].

use crate::strings::Key;
use crate::{
    Amount, Basis, Bound, Category, Currency, DateSpec, FigureUnit, FigureValue, Money, Quantity,
    RankOrder, StepKind, TargetUnit, Ymd,
};

/// How a language writes numbers: the English idiom (₩16 trillion) or the Korean one
/// (16조 원).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idiom {
    /// Thousands, billions and trillions; the currency sign before the figure.
    English,
    /// 만, 억 and 조; the currency word after the figure.
    Korean,
}

/// A language the formats can write in: its number idiom and its interface strings.
pub trait Language: Copy {
    /// How it writes numbers.
    fn idiom(self) -> Idiom;

    /// An interface string.
    fn t(self, key: Key) -> &'static str;

    /// An interface sentence with its numbered slots filled.
    fn tf(self, key: Key, args: &[&str]) -> String {
        fill(self.t(key), args)
    }
}

/// English, with the strings table's English: what the build writes for the page a
/// reader without JavaScript gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct English;

impl Language for English {
    fn idiom(self) -> Idiom {
        Idiom::English
    }

    fn t(self, key: Key) -> &'static str {
        key.en()
    }
}

/// Korean, with the strings table's Korean: what the build writes for the Korean half of
/// the page a reader without JavaScript gets (the app reads the same strings from its
/// Korean pack; the strings table's Korean is built only with the `codegen` feature).
#[cfg(feature = "codegen")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Korean;

#[cfg(feature = "codegen")]
impl Language for Korean {
    fn idiom(self) -> Idiom {
        Idiom::Korean
    }

    fn t(self, key: Key) -> &'static str {
        crate::strings::KO[key as usize]
    }
}

/// Replaces `{0}`, `{1}`, ... in `template` by `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_owned();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

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
pub fn money(lang: impl Language, m: Money) -> String {
    match lang.idiom() {
        Idiom::English => {
            let (n, scale) = english_scale(m.eok);
            format!("{}{n} {scale}", symbol(m.currency))
        }
        Idiom::Korean => format!("{} {}", korean_units(m.eok), korean_currency(m.currency)),
    }
}

/// A range: "$71–74 billion" / "710억~740억 달러".
pub fn money_range(lang: impl Language, min: Money, max: Money) -> String {
    match lang.idiom() {
        Idiom::English => {
            let (a, sa) = english_scale(min.eok);
            let (b, sb) = english_scale(max.eok);
            let s = symbol(min.currency);
            if sa == sb {
                format!("{s}{a}–{b} {sb}")
            } else {
                format!("{s}{a} {sa}–{s}{b} {sb}")
            }
        }
        Idiom::Korean => format!(
            "{}~{} {}",
            korean_units(min.eok),
            korean_units(max.eok),
            korean_currency(min.currency)
        ),
    }
}

/// A floor: "₩100+ trillion" (the report's own idiom) / "100조 원 이상".
pub fn money_at_least(lang: impl Language, m: Money) -> String {
    match lang.idiom() {
        Idiom::English => {
            let (n, scale) = english_scale(m.eok);
            format!("{}{n}+ {scale}", symbol(m.currency))
        }
        Idiom::Korean => format!(
            "{} {} 이상",
            korean_units(m.eok),
            korean_currency(m.currency)
        ),
    }
}

/// A quantity without its period.
pub fn quantity(lang: impl Language, q: Quantity) -> String {
    match q {
        Quantity::Exact { value } => money(lang, value),
        Quantity::Range { min, max } => money_range(lang, min, max),
        Quantity::AtLeast { value } => money_at_least(lang, value),
    }
}

/// An amount as the report states it, with its period: "₩8 trillion a year by 2030".
pub fn amount(lang: impl Language, a: Amount) -> String {
    amount_with(lang, a, &|q| quantity(lang, q))
}

/// An amount with its period, the sum written by `sum` (won as stated, or dollars).
pub fn amount_with(lang: impl Language, a: Amount, sum: &dyn Fn(Quantity) -> String) -> String {
    match a {
        Amount::InCore => lang.t(Key::AmountInCore).to_owned(),
        Amount::NotStated => lang.t(Key::AmountNotStated).to_owned(),
        Amount::Stated {
            quantity: q,
            basis,
            approximate,
        } => {
            let sum = sum(q);
            // Korean says "약" of a point and "(대략치)" of a floor: never "약 … 이상".
            let sum = match (approximate, q) {
                (true, Quantity::AtLeast { .. }) => lang.tf(Key::ApproximateFloor, &[&sum]),
                (true, _) => lang.tf(Key::Approximately, &[&sum]),
                (false, _) => sum,
            };
            with_basis(lang, sum, basis)
        }
    }
}

/// A written sum with its period appended in the language's order.
pub fn with_basis(lang: impl Language, sum: String, basis: Basis) -> String {
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

/// The name of a programme's group: "Super-innovation" / "초혁신".
pub fn category_name(lang: impl Language, c: Category) -> &'static str {
    lang.t(match c {
        Category::Envelope => Key::CategoryEnvelope,
        Category::Ai => Key::CategoryAi,
        Category::SuperInnovation => Key::CategorySuperInnovation,
        Category::CrossCutting => Key::CategoryCrossCutting,
    })
}

/// A step's kind in words: "Budgeted" / "예산 반영".
pub fn step_kind_name(lang: impl Language, k: StepKind) -> &'static str {
    lang.t(match k {
        StepKind::Announced => Key::StepAnnounced,
        StepKind::Legislated => Key::StepLegislated,
        StepKind::Budgeted => Key::StepBudgeted,
        StepKind::Contracted => Key::StepContracted,
        StepKind::Launched => Key::StepLaunched,
        StepKind::UnderWay => Key::StepUnderWay,
        StepKind::Delivered => Key::StepDelivered,
        StepKind::Changed => Key::StepChanged,
        StepKind::Cut => Key::StepCut,
        StepKind::Delayed => Key::StepDelayed,
        StepKind::Dropped => Key::StepDropped,
    })
}

/// A target's value in words: "70%", "at least 3%", "top 3", "200,000" / "20만",
/// "15×" / "15배", "Level 4 or above" as "at least Level 4", and the report's own notation
/// kept verbatim where it states no clear value.
pub fn target_value(lang: impl Language, bound: Bound, unit: TargetUnit) -> String {
    let one = |v: f64| unit_value(lang, v, unit);
    match bound {
        Bound::Exact { value } => one(value),
        Bound::AtLeast { value } => lang.tf(Key::TargetAtLeast, &[&one(value)]),
        Bound::AtMost { value } if unit == TargetUnit::Rank => {
            lang.tf(Key::TargetTop, &[&plain_number(lang, value)])
        }
        Bound::AtMost { value } => lang.tf(Key::TargetAtMost, &[&one(value)]),
        Bound::Range { min, max } => {
            let span = lang.tf(
                Key::TargetRange,
                &[&plain_number(lang, min), &plain_number(lang, max)],
            );
            with_unit(lang, span, unit)
        }
        Bound::AsWritten { text } => lang.tf(Key::TargetAsWritten, &[text]),
    }
}

/// One value with its unit.
fn unit_value(lang: impl Language, v: f64, unit: TargetUnit) -> String {
    with_unit(lang, plain_number(lang, v), unit)
}

/// A number, or a span of two ("2–5"), with its unit written once.
fn with_unit(lang: impl Language, n: String, unit: TargetUnit) -> String {
    let key = match unit {
        TargetUnit::Count => return n,
        TargetUnit::Percent => Key::UnitPercent,
        TargetUnit::Rank => Key::UnitRank,
        TargetUnit::Multiple => Key::UnitMultiple,
        TargetUnit::Level => Key::UnitLevel,
        TargetUnit::Models => Key::UnitModels,
        TargetUnit::Teams => Key::UnitTeams,
        TargetUnit::TrillionWonPerYear => Key::UnitTrillionWonPerYear,
    };
    lang.tf(key, &[&n])
}

/// A count or measure: whole numbers grouped ("200,000"; in Korean, whole 만 as "20만"),
/// fractions as written ("1.5").
fn plain_number(lang: impl Language, v: f64) -> String {
    if v.fract() != 0.0 || v < 0.0 {
        return format!("{v}");
    }
    let n = v as u64;
    match lang.idiom() {
        Idiom::Korean if n >= 10_000 && n % 10_000 == 0 => {
            format!("{}만", group_digits(n / 10_000))
        }
        _ => group_digits(n),
    }
}

/// The decade of `v`: `(k, 10^k)` with `10^k <= v < 10^(k+1)`, for a positive finite `v`
/// (anything else is `(0, 1.0)`). Counted with exact powers of ten rather than `log10`,
/// which would link libm's `log10` into the app's first load (docs/performance.md has the
/// measured size) and may land a hair below a whole number at a power of ten itself; the
/// tests hold it to `log10`.
pub fn decade(v: f64) -> (i32, f64) {
    if !(v > 0.0 && v.is_finite()) {
        return (0, 1.0);
    }
    let (mut k, mut p) = (0, 1.0_f64);
    while p * 10.0 <= v {
        k += 1;
        p *= 10.0;
    }
    while p > v {
        k -= 1;
        // One rounding of an exact power: the nearest double to 10^k.
        p = 10f64.powi(k);
    }
    (k, p)
}

/// Three significant figures, trailing zeros cut: 11.36 → "11.4", 392.0 → "392".
fn sig3(v: f64) -> String {
    if v <= 0.0 {
        return "0".into();
    }
    let digits = (2 - decade(v).0).max(0) as usize;
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

/// Dollars from 억 dollars (fractional), as a range: "≈ $11.4–11.8 billion" / "약 114억~118억 달러".
pub fn usd_range(lang: impl Language, lo: f64, hi: f64) -> String {
    match lang.idiom() {
        Idiom::English => {
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
        Idiom::Korean => {
            let (a, b) = (korean_usd_units(lo), korean_usd_units(hi));
            if a == b {
                format!("약 {a} 달러")
            } else {
                format!("약 {a}~{b} 달러")
            }
        }
    }
}

/// A won quantity in dollars at a won-per-dollar range `rate` = (low, high).
pub fn quantity_in_usd(lang: impl Language, q: Quantity, rate: (f64, f64)) -> String {
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

/// A rate with no decimals and grouped digits: 1351.35 → "1,351".
pub fn whole(n: f64) -> String {
    group_digits(n.round().max(0.0) as u64)
}

/// An economic figure as the report qualifies it: "1.1–3.2%" / "1.1~3.2%", "up to 12.6%" /
/// "최대 12.6%", "−16.5%" / "-16.5%", "₩85 trillion" / "85조 원", "about $21,000" /
/// "약 2만 1,000달러", "the world’s 4th-largest" / "세계 4위", "the world’s lowest" /
/// "세계 최저".
pub fn figure_value(lang: impl Language, v: FigureValue, unit: FigureUnit) -> String {
    let one = |x: f64| figure_number(lang, x, unit);
    match v {
        FigureValue::Exact { value } => one(value),
        FigureValue::Range { min, max } => {
            let span = lang.tf(
                Key::TargetRange,
                &[&signed(lang, min, false), &signed(lang, max, false)],
            );
            match unit {
                FigureUnit::Percent => lang.tf(Key::UnitPercent, &[&span]),
                _ => span,
            }
        }
        FigureValue::UpTo { value } => lang.tf(Key::FigureUpTo, &[&one(value)]),
        FigureValue::Approximately { value } => lang.tf(Key::Approximately, &[&one(value)]),
        FigureValue::Rank { place, order } => rank(lang, place, order),
    }
}

/// A percentage change with its sign: "+8.4%", "−16.5%" (Korean writes "-16.5%").
pub fn percent_change(lang: impl Language, v: f64) -> String {
    lang.tf(Key::UnitPercent, &[&signed(lang, v, true)])
}

/// A number as written, its minus sign in the language's form and, with `plus`, a "+"
/// before a rise.
fn signed(lang: impl Language, v: f64, plus: bool) -> String {
    let size = format!("{}", v.abs());
    let minus = match lang.idiom() {
        Idiom::English => "−",
        Idiom::Korean => "-",
    };
    if v < 0.0 {
        format!("{minus}{size}")
    } else if plus && v > 0.0 {
        format!("+{size}")
    } else {
        size
    }
}

/// One value of a figure with its unit.
fn figure_number(lang: impl Language, v: f64, unit: FigureUnit) -> String {
    match unit {
        FigureUnit::Percent => lang.tf(Key::UnitPercent, &[&signed(lang, v, false)]),
        FigureUnit::Count => plain_number(lang, v),
        FigureUnit::Krw => money(
            lang,
            Money {
                currency: Currency::Krw,
                eok: (v / 1e8).round().max(0.0) as u64,
            },
        ),
        FigureUnit::Usd => dollars(lang, v),
        FigureUnit::Rank => lang.tf(Key::UnitRank, &[&plain_number(lang, v)]),
    }
}

/// Whole dollars: "$21,000", "$1 billion" / "2만 1,000달러", "10억 달러".
fn dollars(lang: impl Language, v: f64) -> String {
    let n = v.round().max(0.0) as u64;
    match lang.idiom() {
        Idiom::English if n >= 1_000_000_000 && n % 100_000_000 == 0 => {
            format!("${} billion", decimal(n / 100_000_000, 10, 1))
        }
        Idiom::English => format!("${}", group_digits(n)),
        Idiom::Korean => {
            let (eok, man, rest) = (n / 100_000_000, n / 10_000 % 10_000, n % 10_000);
            let mut parts = Vec::new();
            if eok > 0 {
                parts.push(format!("{}억", group_digits(eok)));
            }
            if man > 0 {
                parts.push(format!("{}만", group_digits(man)));
            }
            if rest > 0 || parts.is_empty() {
                parts.push(group_digits(rest));
            }
            // "10억 달러", but "2만 1,000달러": the currency word follows digits directly.
            let gap = if rest > 0 { "" } else { " " };
            format!("{}{gap}달러", parts.join(" "))
        }
    }
}

/// A place in a world ranking: "the world’s 4th-largest", "the world’s lowest" /
/// "세계 4위", "세계 최저".
pub fn rank(lang: impl Language, place: u16, order: RankOrder) -> String {
    match (order, place) {
        (RankOrder::Largest, 1) => lang.t(Key::RankLargestFirst).to_owned(),
        (RankOrder::Lowest, 1) => lang.t(Key::RankLowestFirst).to_owned(),
        (RankOrder::Largest, n) => lang.tf(Key::RankLargest, &[&ordinal(lang, n)]),
        (RankOrder::Lowest, n) => lang.tf(Key::RankLowest, &[&ordinal(lang, n)]),
    }
}

/// "4th" in English; the bare number in Korean, whose phrase carries the 위 or 번째.
fn ordinal(lang: impl Language, n: u16) -> String {
    match lang.idiom() {
        Idiom::Korean => n.to_string(),
        Idiom::English => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
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
pub fn ymd(lang: impl Language, d: Ymd) -> String {
    match (lang.idiom(), d.month, d.day) {
        (Idiom::English, None, _) => d.year.to_string(),
        (Idiom::English, Some(m), None) => format!("{} {}", MONTHS_EN[m as usize - 1], d.year),
        (Idiom::English, Some(m), Some(day)) => {
            format!("{day} {} {}", MONTHS_EN[m as usize - 1], d.year)
        }
        (Idiom::Korean, None, _) => format!("{}년", d.year),
        (Idiom::Korean, Some(m), None) => format!("{}년 {m}월", d.year),
        (Idiom::Korean, Some(m), Some(day)) => format!("{}년 {m}월 {day}일", d.year),
    }
}

/// A date or span: "October 2024–2025" / "2024년 10월~2025년"; a span of whole years
/// writes 년 once in Korean: "2023~2050년".
pub fn date(lang: impl Language, d: DateSpec) -> String {
    match d.end {
        None => ymd(lang, d.start),
        Some(end)
            if lang.idiom() == Idiom::Korean && d.start.month.is_none() && end.month.is_none() =>
        {
            format!("{}~{}년", d.start.year, end.year)
        }
        Some(end) => {
            let dash = match lang.idiom() {
                Idiom::English => '–',
                Idiom::Korean => '~',
            };
            format!("{}{dash}{}", ymd(lang, d.start), ymd(lang, end))
        }
    }
}

/// A date as ISO 8601 at its precision, for data files: `2025`, `2025-08`, `2025-08-04`.
pub fn iso_ymd(d: Ymd) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
        (Some(m), None) => format!("{:04}-{m:02}", d.year),
        _ => format!("{:04}", d.year),
    }
}

/// A date or a span as ISO 8601 at its precision: `2025-08`, `2024-10/2025`.
pub fn iso_date(d: DateSpec) -> String {
    match d.end {
        Some(end) => format!("{}/{}", iso_ymd(d.start), iso_ymd(end)),
        None => iso_ymd(d.start),
    }
}

#[cfg(test)]
mod tests;
