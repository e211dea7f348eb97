//! What a reader without JavaScript gets: the headline figures and a table of every
//! programme with the amounts the report states and the phrases it states them in,
//! written as an HTML fragment from the dataset at build time (`seedcheck noscript DIR`,
//! which `scripts/postbuild.mjs` puts inside the page's `<noscript>`).
//!
//! Amounts are written by `atlas_model::format` in [`English`], the formats the app uses,
//! so the page reads the same with and without JavaScript.

use atlas_model::format::{self, English};
use atlas_model::{Amount, AmountClaim, Dataset};

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
        Amount::Stated { quantity, .. } => format::quantity(English, quantity),
        other => format::amount(English, other),
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
            format::category_name(English, p.category)
        ));
        let amounts: Vec<String> = p
            .amounts
            .iter()
            .map(|a| e(&format::amount(English, a.amount)))
            .collect();
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
