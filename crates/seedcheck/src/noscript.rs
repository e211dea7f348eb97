//! What a reader without JavaScript gets: the headline figures and a table of every
//! programme with the amounts the report states and the phrases it states them in,
//! written as an HTML fragment from the dataset at build time (`seedcheck noscript DIR`,
//! which `scripts/postbuild.mjs` puts inside the page's `<noscript>`).
//!
//! The app formats money in `src/i18n/format.rs`, which this crate cannot import (the app
//! depends on this crate, not the other way round), so the few English shapes needed here
//! are written again below. This file uses nothing but `atlas_model` and `std`, so the
//! app's native test `tests/noscript.rs` includes it and checks every amount written here
//! against the app's own formatter.

use atlas_model::{Amount, AmountClaim, Basis, Category, Currency, Dataset, Money, Quantity};

/// 1조 (one trillion) in 억.
const JO: u64 = 10_000;

/// Digits with thousands separators: 1351 → "1,351".
// `%` rather than `is_multiple_of`: the app (rust-version 1.84) compiles this file too.
#[allow(clippy::manual_is_multiple_of)]
fn group_digits(n: u64) -> String {
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

/// `value / unit` with up to `decimals` decimals, trailing zeros cut.
fn decimal(value: u64, unit: u64, decimals: u32) -> String {
    let scale = 10u128.pow(decimals);
    let scaled = (value as u128 * scale + unit as u128 / 2) / unit as u128;
    let mut s = group_digits((scaled / scale) as u64);
    let frac = scaled % scale;
    if frac > 0 {
        let f = format!("{frac:0width$}", width = decimals as usize);
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s
}

/// (16, "trillion") or (530, "billion").
fn scale(eok: u64) -> (String, &'static str) {
    if eok >= JO {
        (decimal(eok, JO, 2), "trillion")
    } else {
        (decimal(eok, 10, 1), "billion")
    }
}

fn symbol(c: Currency) -> &'static str {
    match c {
        Currency::Krw => "₩",
        Currency::Usd => "$",
    }
}

/// One sum: "₩16 trillion", "₩530 billion", "$71 billion".
pub fn money_en(m: Money) -> String {
    let (n, s) = scale(m.eok);
    format!("{}{n} {s}", symbol(m.currency))
}

/// A quantity without its period: "₩100+ trillion", "$71–74 billion".
pub fn quantity_en(q: Quantity) -> String {
    match q {
        Quantity::Exact { value } => money_en(value),
        Quantity::AtLeast { value } => {
            let (n, s) = scale(value.eok);
            format!("{}{n}+ {s}", symbol(value.currency))
        }
        Quantity::Range { min, max } => {
            let (a, sa) = scale(min.eok);
            let (b, sb) = scale(max.eok);
            let c = symbol(min.currency);
            if sa == sb {
                format!("{c}{a}–{b} {sb}")
            } else {
                format!("{c}{a} {sa}–{c}{b} {sb}")
            }
        }
    }
}

/// An amount as the report states it, with its period: "₩8 trillion a year by 2030".
pub fn amount_en(a: Amount) -> String {
    match a {
        Amount::InCore => "Included in the fund’s core (no figure)".to_owned(),
        Amount::NotStated => "Amount not stated".to_owned(),
        Amount::Stated {
            quantity,
            basis,
            approximate,
        } => {
            let sum = quantity_en(quantity);
            let sum = if approximate {
                format!("about {sum}")
            } else {
                sum
            };
            match basis {
                Basis::Total {
                    years: None,
                    by: None,
                } => sum,
                Basis::Total {
                    years: Some(y),
                    by: None,
                } => format!("{sum} over {y} years"),
                Basis::Total {
                    years: None,
                    by: Some(b),
                } => format!("{sum} by {b}"),
                Basis::Total {
                    years: Some(y),
                    by: Some(b),
                } => format!("{sum} over {y} years, by {b}"),
                Basis::PerYear { by: None } => format!("{sum} a year"),
                Basis::PerYear { by: Some(b) } => format!("{sum} a year by {b}"),
                Basis::OneYear { year } => format!("{sum} ({year} budget)"),
            }
        }
    }
}

/// The group's English name, as the app's table writes it.
pub fn category_en(c: Category) -> &'static str {
    match c {
        Category::Envelope => "Envelope",
        Category::Ai => "AI",
        Category::SuperInnovation => "Super-innovation",
        Category::CrossCutting => "Cross-cutting",
    }
}

/// Text escaped for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The headline sentence: "₩100+ trillion committed to the National Growth Fund, given as
/// $71–74 billion, for 30 flagship projects (15 AI and 15 super-innovation)."
pub fn headline_en(d: &Dataset) -> String {
    let i = &d.initiative;
    let stated = |c: &AmountClaim| match c.amount {
        Amount::Stated { quantity, .. } => quantity_en(quantity),
        other => amount_en(other),
    };
    format!(
        "{} committed to the National Growth Fund, given as {}, for {} flagship projects ({} AI and {} super-innovation).",
        stated(&i.total),
        stated(&i.usd),
        i.projects,
        i.ai_projects,
        i.innovation_projects
    )
}

/// The whole fragment that goes inside `<noscript>`.
pub fn fragment(d: &Dataset) -> String {
    let mut h = String::new();
    let e = escape;
    h.push_str("<div class=\"noscript\" data-generated=\"seedcheck noscript\">\n");
    h.push_str(&format!("<h1>{}</h1>\n", e(d.initiative.name.en)));
    h.push_str(&format!(
        "<p class=\"noscript-headline\" data-testid=\"noscript-headline\">{}</p>\n",
        e(&headline_en(d))
    ));
    h.push_str("<p>Won Atlas draws its charts with JavaScript and WebAssembly. Turn JavaScript on to see where the money goes, where in Korea, and when. Without it, here is every programme and the amounts the report states for it.</p>\n");
    h.push_str("<table data-testid=\"noscript-programmes\">\n");
    h.push_str("<caption>Programmes of the initiative and the amounts the report states, each with the phrase and line of the report it comes from</caption>\n");
    h.push_str("<thead><tr><th scope=\"col\">Programme</th><th scope=\"col\">Group</th><th scope=\"col\">Amount as stated</th><th scope=\"col\">In the report’s words</th></tr></thead>\n<tbody>\n");
    for p in d.programmes {
        h.push_str(&format!(
            "<tr data-id=\"{}\"><th scope=\"row\">{}</th><td>{}</td>",
            e(p.id),
            e(p.name.en),
            category_en(p.category)
        ));
        let amounts: Vec<String> = p.amounts.iter().map(|a| e(&amount_en(a.amount))).collect();
        let quotes: Vec<String> = p
            .amounts
            .iter()
            .map(|a| format!("“{}” (line {})", e(a.source.quote), a.source.line))
            .collect();
        if amounts.is_empty() {
            h.push_str("<td>Amount not stated</td><td></td></tr>\n");
        } else {
            h.push_str(&format!(
                "<td>{}</td><td>{}</td></tr>\n",
                amounts.join("<br>"),
                quotes.join("<br>")
            ));
        }
    }
    h.push_str("</tbody>\n</table>\n");
    h.push_str(&format!(
        "<p>Source: {}: {}.</p>\n",
        e(d.report.title.en),
        e(d.report.subtitle.en)
    ));
    h.push_str("</div>\n");
    h
}
