//! The data behind each view as CSV, built from the same queries as the charts, so a
//! reader can check every figure. Pure: tested natively.
//!
//! Tidy (one row per record, one value per cell), bilingual (`_en` and `_ko` columns) and
//! with provenance (the report's section, line and phrase, or the later report's
//! sources). Dates are ISO 8601 at the precision the report gives them: `2025-08-04`,
//! `2025-08`, `2025`, a span `2024-10/2025`. A deadline ("by 2030") is its year, `2030`,
//! marked by the row's kind (`deadline`) or in a `by_year` column, so every date cell
//! parses as ISO 8601 without open-ended intervals. Every row ends with the dataset's
//! version, `dataset_date` and `dataset_hash` (crates/seedcheck/src/version.rs), so a
//! desk can tell whether its copy is current.

use crate::data::funding::{funding, Conversion, Period};
use crate::data::timeline::{entries, Row};
use crate::data::{self, Basis, MilestoneKind, Quantity, DATASET};
use crate::decimal::fixed;
use crate::i18n::{self, Lang};
use atlas_model::format::iso_date;

/// One CSV field, quoted when it needs to be (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

// `DATASET_VERSION`: the dataset's date and content hash, computed by build.rs.
include!(concat!(env!("OUT_DIR"), "/version.rs"));

/// The columns every CSV ends with: the dataset's version.
const VERSION_COLUMNS: [&str; 2] = ["dataset_date", "dataset_hash"];

fn line(fields: impl Iterator<Item = String>) -> String {
    let mut line = fields.map(|f| field(&f)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The header line: the columns, then the version's.
fn header(names: &[&str]) -> String {
    line(
        names
            .iter()
            .chain(&VERSION_COLUMNS)
            .map(|n| (*n).to_owned()),
    )
}

/// One row: the fields, then the dataset's version.
fn row(fields: &[String]) -> String {
    line(
        fields
            .iter()
            .cloned()
            .chain([DATASET_VERSION.0, DATASET_VERSION.1].map(String::from)),
    )
}

/// A milestone's kind as the seeds spell it.
fn kind_slug(k: MilestoneKind) -> &'static str {
    match k {
        MilestoneKind::Law => "law",
        MilestoneKind::Launch => "launch",
        MilestoneKind::Agreement => "agreement",
        MilestoneKind::Appointment => "appointment",
        MilestoneKind::Opening => "opening",
        MilestoneKind::Deadline => "deadline",
        MilestoneKind::Projection => "projection",
        MilestoneKind::Announcement => "announcement",
    }
}

/// An amount's basis, and the years it names: (basis, years, by_year, budget_year).
fn basis(amount: atlas_model::Amount) -> [String; 4] {
    use atlas_model::Amount;
    let (kind, years, by, budget) = match amount {
        Amount::Stated { basis, .. } => match basis {
            Basis::Total { years, by } => ("total", years.map(u16::from), by, None),
            Basis::PerYear { by } => ("per_year", None, by, None),
            Basis::OneYear { year } => ("one_year", None, None, Some(year)),
        },
        Amount::InCore => ("in_core", None, None, None),
        Amount::NotStated => ("not_stated", None, None, None),
    };
    let text = |n: Option<u16>| n.map_or(String::new(), |n| n.to_string());
    [kind.to_owned(), text(years), text(by), text(budget)]
}

fn low(q: Quantity) -> u64 {
    match q {
        Quantity::Exact { value } | Quantity::AtLeast { value } => value.eok,
        Quantity::Range { min, .. } => min.eok,
    }
}

/// Funding: one row per programme: what the chart draws (in 억 won) and every amount
/// the report states for it, with the phrase and line each comes from.
pub fn funding_csv(period: Period) -> String {
    let f = funding(period);
    let mut out = header(&[
        "programme_id",
        "name_en",
        "name_ko",
        "category",
        "charted_krw_eok",
        "charted_open_ended",
        "charted_conversion",
        "amount_as_stated_en",
        "amount_as_stated_ko",
        "basis",
        "years",
        "by_year",
        "budget_year",
        "report_section",
        "report_line",
        "report_phrase",
    ]);
    for p in DATASET.programmes {
        let charted = f.charted.iter().find(|c| c.programme.id == p.id);
        for claim in p.amounts {
            let is_charted = charted.is_some_and(|c| std::ptr::eq(c.claim, claim));
            let (eok, open, conv) = match charted.filter(|_| is_charted) {
                Some(c) => (
                    low(c.quantity).to_string(),
                    c.open_ended().to_string(),
                    match c.conversion {
                        Conversion::AsStated => "as stated".to_owned(),
                        Conversion::DividedByYears(y) => format!("divided by {y} years"),
                        Conversion::OneYearOnly(y) => format!("{y} only"),
                    },
                ),
                None => (String::new(), String::new(), String::new()),
            };
            let [basis, years, by_year, budget_year] = basis(claim.amount);
            out.push_str(&row(&[
                p.id.to_owned(),
                p.name.en.to_owned(),
                Lang::Ko.pick(p.name).to_owned(),
                p.category.slug().to_owned(),
                eok,
                open,
                conv,
                i18n::amount(Lang::En, claim.amount),
                i18n::amount(Lang::Ko, claim.amount),
                basis,
                years,
                by_year,
                budget_year,
                claim.source.section.heading.to_owned(),
                claim.source.line.to_string(),
                claim.source.quote.to_owned(),
            ]));
        }
    }
    out
}

/// The National Growth Fund's split by industry, from later reporting: one row per
/// part, then what the parts leave (computed) and the whole, each with its share of the
/// whole, the update it comes from and its sources.
pub fn split_csv() -> String {
    let mut out = header(&[
        "row",
        "name_en",
        "name_ko",
        "krw_eok",
        "share_of_whole_percent",
        "computed",
        "update_id",
        "sources",
    ]);
    let Some((u, split, whole)) = crate::data::funding::fund_split() else {
        return out;
    };
    let share = |eok: u64| fixed(eok as f64 * 100.0 / split.whole.eok.max(1) as f64, 1);
    let sources = |u: &atlas_model::Update| u.sources.join(" ");
    for p in split.parts {
        out.push_str(&row(&[
            "part".into(),
            p.name.en.to_owned(),
            Lang::Ko.pick(p.name).to_owned(),
            p.amount.eok.to_string(),
            share(p.amount.eok),
            "false".into(),
            u.id.to_owned(),
            sources(u),
        ]));
    }
    let rest = split.remainder();
    out.push_str(&row(&[
        "not_allocated".into(),
        i18n::Key::SplitRest.en().to_owned(),
        Lang::Ko.t(i18n::Key::SplitRest).to_owned(),
        rest.eok.to_string(),
        share(rest.eok),
        "true".into(),
        u.id.to_owned(),
        sources(u),
    ]));
    out.push_str(&row(&[
        "whole".into(),
        i18n::Key::SplitWhole.en().to_owned(),
        Lang::Ko.t(i18n::Key::SplitWhole).to_owned(),
        split.whole.eok.to_string(),
        share(split.whole.eok),
        "false".into(),
        whole.id.to_owned(),
        sources(whole),
    ]));
    out
}

/// Timeline: one row per milestone and later-report event, in time order.
pub fn timeline_csv() -> String {
    let mut out = header(&[
        "entry_id",
        "record_id",
        "lane",
        "kind",
        "date",
        "date_en",
        "date_ko",
        "name_en",
        "name_ko",
        "source",
    ]);
    for e in entries() {
        let (en, ko, source, kind) = match crate::data::MILESTONES.iter().find(|m| m.id == e.id) {
            Some(m) => (
                m.name.en,
                Lang::Ko.pick(m.name),
                format!("report line {}: {}", m.source.line, m.source.quote),
                kind_slug(m.kind),
            ),
            None => {
                let u = crate::data::UPDATES
                    .iter()
                    .find(|u| u.id == e.record)
                    .expect("an entry is a milestone or an update");
                let n: usize =
                    e.id.rsplit('@')
                        .next()
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(1);
                let ev = &u.events[n - 1];
                (
                    ev.text.en,
                    Lang::Ko.pick(ev.text),
                    u.sources.join(" "),
                    "later-report",
                )
            }
        };
        let lane = match e.row {
            Row::Report(l) => l.slug().to_owned(),
            Row::Later => "later-reports".to_owned(),
        };
        out.push_str(&row(&[
            e.id.to_owned(),
            e.record.to_owned(),
            lane,
            kind.to_owned(),
            iso_date(e.date),
            i18n::date(Lang::En, e.date),
            i18n::date(Lang::Ko, e.date),
            en.to_owned(),
            ko.to_owned(),
            source,
        ]));
    }
    out
}

/// Regions: one row per province: its regions and the programmes that concern it.
pub fn regions_csv() -> String {
    let mut out = header(&["province_id", "name_en", "name_ko", "regions", "programmes"]);
    for p in DATASET.provinces {
        let regions: Vec<&str> = DATASET
            .regions
            .iter()
            .filter(|r| r.provinces.contains(&p.id))
            .map(|r| r.id)
            .collect();
        out.push_str(&row(&[
            p.id.to_owned(),
            p.name.en.to_owned(),
            Lang::Ko.pick(p.name).to_owned(),
            regions.join(" "),
            data::programmes_touching(p.id).join(" "),
        ]));
    }
    out
}

/// Economy: one row per figure of the report, then one per scenario of later reporting
/// (its value columns are the productivity and GDP changes, its source the update's).
pub fn economy_csv() -> String {
    use atlas_model::format::{figure_value, percent_change};
    let mut out = header(&[
        "id",
        "kind",
        "label_en",
        "label_ko",
        "value_en",
        "value_ko",
        "period_en",
        "source",
    ]);
    for f in crate::data::FIGURES {
        let period = f.period.map_or("", |p| p.en);
        out.push_str(&row(&[
            f.id.into(),
            "figure".into(),
            f.label.en.into(),
            Lang::Ko.pick(f.label).into(),
            figure_value(Lang::En, f.value, f.unit),
            figure_value(Lang::Ko, f.value, f.unit),
            period.into(),
            format!("report line {}: {}", f.source.line, f.source.quote),
        ]));
    }
    for sc in crate::data::SCENARIOS {
        let u = crate::data::UPDATES.iter().find(|u| u.id == sc.update);
        let both = |lang: Lang| {
            format!(
                "{} / {}",
                percent_change(lang, sc.productivity),
                percent_change(lang, sc.gdp)
            )
        };
        out.push_str(&row(&[
            sc.id.into(),
            "scenario (later reporting): productivity / GDP".into(),
            sc.label.en.into(),
            Lang::Ko.pick(sc.label).into(),
            both(Lang::En),
            both(Lang::Ko),
            sc.period.en.into(),
            u.map_or(String::new(), |u| u.sources.join(" ")),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Ymd;

    /// Minimal RFC 4180 reader for the tests.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let (mut row, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(std::mem::take(&mut cell)),
                ('\r', false) => {}
                ('\n', false) => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (c, _) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn funding_rows_are_every_amount_claim_and_the_charted_figures_add_up() {
        let rows = parse(&funding_csv(Period::Total));
        let claims: usize = DATASET.programmes.iter().map(|p| p.amounts.len()).sum();
        assert_eq!(rows.len(), claims + 1);
        assert!(
            rows.iter().all(|r| r.len() == rows[0].len()),
            "every row has every column"
        );
        // Exactly one row per charted programme carries the charted figure, and it matches.
        let f = funding(Period::Total);
        for c in &f.charted {
            let marked: Vec<_> = rows
                .iter()
                .filter(|r| r[0] == c.programme.id && !r[4].is_empty())
                .collect();
            assert_eq!(marked.len(), 1, "{}", c.programme.id);
            assert_eq!(marked[0][4], low(c.quantity).to_string());
        }
        // Phrases with commas and quotes survive the round trip.
        for p in DATASET.programmes {
            for a in p.amounts {
                assert!(
                    rows.iter().any(|r| r[15] == a.source.quote),
                    "{}",
                    a.source.quote
                );
            }
        }
    }

    /// One row per part, the computed remainder and the whole; the parts and the
    /// remainder add up to the whole, and no report programme is among them.
    #[test]
    fn split_rows_are_the_parts_the_remainder_and_the_whole() {
        let rows = parse(&split_csv());
        let (_, split, _) = crate::data::funding::fund_split().unwrap();
        assert_eq!(rows.len(), 1 + split.parts.len() + 2);
        assert!(rows.iter().all(|r| r.len() == rows[0].len()));
        let eok = |kind: &str| -> u64 {
            rows.iter()
                .skip(1)
                .filter(|r| r[0] == kind)
                .map(|r| r[3].parse::<u64>().unwrap())
                .sum()
        };
        assert_eq!(eok("part") + eok("not_allocated"), eok("whole"));
        let rest = rows.iter().find(|r| r[0] == "not_allocated").unwrap();
        assert_eq!(rest[5], "true");
        assert!(rows.iter().skip(1).all(|r| r[7].starts_with("https://")));
        for p in DATASET.programmes {
            assert!(rows.iter().all(|r| r[1] != p.name.en), "{}", p.id);
        }
    }

    #[test]
    fn timeline_rows_are_every_entry() {
        let rows = parse(&timeline_csv());
        assert_eq!(rows.len(), entries().len() + 1);
        assert!(rows.iter().skip(1).any(|r| r[2] == "later-reports"));
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
    fn is_iso_date(s: &str) -> bool {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        match parts.as_slice() {
            [y] => num(y, 4),
            [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap()),
            [y, m, d] => {
                num(y, 4)
                    && num(m, 2)
                    && num(d, 2)
                    && (1..=12).contains(&m.parse::<u8>().unwrap())
                    && (1..=31).contains(&d.parse::<u8>().unwrap())
            }
            _ => false,
        }
    }

    /// Whether `cell` holds a fractional year such as 2023.4411 or 2051.0000.
    fn has_fractional_year(cell: &str) -> bool {
        cell.split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .any(|w| {
                w.split_once('.').is_some_and(|(a, b)| {
                    a.len() == 4 && (a.starts_with("19") || a.starts_with("20")) && b.len() >= 2
                })
            })
    }

    #[test]
    fn a_fractional_year_is_recognised() {
        assert!(has_fractional_year("2023.4411"));
        assert!(has_fractional_year("from 2051.0000 on"));
        assert!(!has_fractional_year("2025-08"));
        assert!(!has_fractional_year("₩1.28 trillion"));
        assert!(!has_fractional_year("2.1%"));
    }

    /// Timeline dates are ISO 8601 at the precision the dataset states: as many parts as
    /// the date has, a span as start/end, and no fractional year anywhere.
    #[test]
    fn timeline_dates_are_iso_at_their_precision() {
        let rows = parse(&timeline_csv());
        let col = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
        let (date, id) = (col("date"), col("entry_id"));
        for (r, e) in rows.iter().skip(1).zip(entries()) {
            assert_eq!(r[id], e.id);
            let ends: Vec<&str> = r[date].split('/').collect();
            assert!(ends.iter().all(|d| is_iso_date(d)), "{}: {}", e.id, r[date]);
            assert_eq!(
                ends.len(),
                1 + usize::from(e.date.end.is_some()),
                "{}",
                e.id
            );
            let parts = |y: Ymd| 1 + usize::from(y.month.is_some()) + usize::from(y.day.is_some());
            assert_eq!(ends[0].split('-').count(), parts(e.date.start), "{}", e.id);
            assert_eq!(ends[0][..4].parse::<u16>().unwrap(), e.date.start.year);
            if let Some(end) = e.date.end {
                assert_eq!(ends[1].split('-').count(), parts(end), "{}", e.id);
                assert_eq!(ends[1][..4].parse::<u16>().unwrap(), end.year, "{}", e.id);
            }
        }
        // The Bank of Korea's projection runs from 2023 to 2050, not to 2051.0000.
        let bok = rows
            .iter()
            .find(|r| r[id] == "bok-projection-2050")
            .unwrap();
        assert_eq!(bok[date], "2023/2050");
        // A deadline is its year, marked by its kind.
        let kind = col("kind");
        let deadlines: Vec<_> = rows.iter().filter(|r| r[kind] == "deadline").collect();
        assert!(!deadlines.is_empty());
        assert!(deadlines.iter().all(|r| is_iso_date(&r[date])));
    }

    /// Funding rows give the amount's basis and its years as plain ISO years.
    #[test]
    fn funding_years_are_iso_years() {
        let rows = parse(&funding_csv(Period::Total));
        let col = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
        let by = col("by_year");
        let with_by: Vec<_> = rows.iter().skip(1).filter(|r| !r[by].is_empty()).collect();
        assert!(!with_by.is_empty());
        for r in &with_by {
            assert!(is_iso_date(&r[by]) && r[by].len() == 4, "{}", r[by]);
            // The year stated is the year the phrase names ("by 2027").
            assert!(
                r[col("amount_as_stated_en")].contains(&r[by])
                    || r[col("report_phrase")].contains(&r[by]),
                "{r:?}"
            );
        }
        let bases = ["total", "per_year", "one_year", "in_core", "not_stated"];
        assert!(rows
            .iter()
            .skip(1)
            .all(|r| bases.contains(&r[col("basis")].as_str())));
    }

    /// Every CSV ends each row with the dataset's version: its date (ISO) and its hash,
    /// the same in every file.
    #[test]
    fn every_csv_names_the_datasets_version() {
        for csv in [
            funding_csv(Period::Total),
            split_csv(),
            timeline_csv(),
            regions_csv(),
            economy_csv(),
        ] {
            let rows = parse(&csv);
            let n = rows[0].len();
            assert_eq!(rows[0][n - 2..], ["dataset_date", "dataset_hash"]);
            for r in rows.iter().skip(1) {
                assert_eq!(r.len(), n);
                // No cell of any export holds a fractional year.
                assert!(!r.iter().any(|c| has_fractional_year(c)), "{r:?}");
                assert!(is_iso_date(&r[n - 2]), "{}", r[n - 2]);
                assert_eq!(r[n - 1].len(), 16);
                assert!(r[n - 1].bytes().all(|b| b.is_ascii_hexdigit()));
                assert_eq!((r[n - 2].as_str(), r[n - 1].as_str()), DATASET_VERSION);
            }
        }
        // The date is the newest later-report event given to the day.
        let newest = crate::data::UPDATES
            .iter()
            .flat_map(|u| u.events.iter())
            .filter(|e| e.date.end.is_none() && e.date.start.day.is_some())
            .map(|e| iso_date(e.date))
            .max()
            .unwrap();
        assert_eq!(DATASET_VERSION.0, newest);
    }

    #[test]
    fn regions_rows_are_the_provinces() {
        let rows = parse(&regions_csv());
        assert_eq!(rows.len(), DATASET.provinces.len() + 1);
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"x\""), "\"say \"\"x\"\"\"");
    }

    #[test]
    fn economy_has_a_row_per_figure_and_scenario() {
        let rows = parse(&economy_csv());
        assert_eq!(
            rows.len(),
            1 + crate::data::FIGURES.len() + crate::data::SCENARIOS.len()
        );
        let ids: Vec<&str> = rows.iter().skip(1).map(|r| r[0].as_str()).collect();
        assert!(crate::data::FIGURES.iter().all(|f| ids.contains(&f.id)));
        assert!(crate::data::SCENARIOS.iter().all(|s| ids.contains(&s.id)));
        let gdp = rows.iter().find(|r| r[0] == "bok-gdp-gain").unwrap();
        assert_eq!(gdp[4], "up to 12.6%");
        assert_eq!(gdp[5], "최대 12.6%");
    }
}
