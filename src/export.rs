//! The data behind each view as CSV, built from the same queries as the charts, so a
//! reader can check every figure. Pure: tested natively.

use crate::data::funding::{funding, Conversion, Period};
use crate::data::timeline::{entries, Row};
use crate::data::{self, Quantity, DATASET};
use crate::decimal::fixed;
use crate::i18n::{self, Lang};

/// One CSV field, quoted when it needs to be (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
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
    let mut out = row(&[
        "programme_id",
        "name_en",
        "name_ko",
        "category",
        "charted_krw_eok",
        "charted_open_ended",
        "charted_conversion",
        "amount_as_stated_en",
        "amount_as_stated_ko",
        "report_section",
        "report_line",
        "report_phrase",
    ]
    .map(String::from));
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
    let mut out = row(&[
        "row",
        "name_en",
        "name_ko",
        "krw_eok",
        "share_of_whole_percent",
        "computed",
        "update_id",
        "sources",
    ]
    .map(String::from));
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
    let mut out = row(&[
        "entry_id",
        "record_id",
        "lane",
        "date_en",
        "date_ko",
        "start_year",
        "end_year",
        "name_en",
        "name_ko",
        "source",
    ]
    .map(String::from));
    for e in entries() {
        let (en, ko, source) = match DATASET.milestones.iter().find(|m| m.id == e.id) {
            Some(m) => (
                m.name.en,
                Lang::Ko.pick(m.name),
                format!("report line {}: {}", m.source.line, m.source.quote),
            ),
            None => {
                let u = DATASET
                    .updates
                    .iter()
                    .find(|u| u.id == e.record)
                    .expect("an entry is a milestone or an update");
                let n: usize =
                    e.id.rsplit('@')
                        .next()
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(1);
                let ev = &u.events[n - 1];
                (ev.text.en, Lang::Ko.pick(ev.text), u.sources.join(" "))
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
            i18n::date(Lang::En, e.date),
            i18n::date(Lang::Ko, e.date),
            fixed(e.when.start(), 4),
            fixed(e.when.end(), 4),
            en.to_owned(),
            ko.to_owned(),
            source,
        ]));
    }
    out
}

/// Regions: one row per province: its regions and the programmes that concern it.
pub fn regions_csv() -> String {
    let mut out =
        row(&["province_id", "name_en", "name_ko", "regions", "programmes"].map(String::from));
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
    let mut out = row(&[
        "id",
        "kind",
        "label_en",
        "label_ko",
        "value_en",
        "value_ko",
        "period_en",
        "source",
    ]
    .map(String::from));
    for f in DATASET.figures {
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
    for sc in DATASET.scenarios {
        let u = DATASET.updates.iter().find(|u| u.id == sc.update);
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
                    rows.iter().any(|r| r[11] == a.source.quote),
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
            1 + DATASET.figures.len() + DATASET.scenarios.len()
        );
        let ids: Vec<&str> = rows.iter().skip(1).map(|r| r[0].as_str()).collect();
        assert!(DATASET.figures.iter().all(|f| ids.contains(&f.id)));
        assert!(DATASET.scenarios.iter().all(|s| ids.contains(&s.id)));
        let gdp = rows.iter().find(|r| r[0] == "bok-gdp-gain").unwrap();
        assert_eq!(gdp[4], "up to 12.6%");
        assert_eq!(gdp[5], "최대 12.6%");
    }
}
