//! What a reader without JavaScript gets: the headline figures and a table of every
//! programme with the amounts the report states and the phrases it states them in,
//! written as HTML from the dataset at build time by `seedcheck` and put in place by
//! `scripts/postbuild.mjs` and `scripts/single-file.mjs`.
//!
//! The page says it in English and in Korean, each in a `<section lang="…">`. On the site,
//! index.html's `<noscript>` holds the English section ([`fragment`]) with a link at its
//! top to the Korean one, which is a static page of its own beside it ([`korean_page`],
//! [`KOREAN_PAGE`]): every reader downloads index.html, so its first load carries one
//! language. The offline single file has no files beside it, so its `<noscript>` holds
//! both sections and the link leads down the page ([`fragment_inline`]).
//!
//! Amounts are written by `atlas_model::format` in [`English`] and [`Korean`] (조/억), the
//! formats the app uses, so the page reads the same with and without JavaScript. In
//! Korean, each of the report's phrases stays verbatim in English and its Korean rendering
//! follows, marked "번역", as the app cites it.

use atlas_model::format::{self, English, Korean, Language};
use atlas_model::strings::Key;
use atlas_model::{Amount, AmountClaim, Dataset, Ko, Quantity};

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

/// The headline sentence: "₩100+ trillion committed to the National Growth Fund for 30
/// flagship projects (15 AI and 15 super-innovation); the report gives ₩100 trillion as
/// $71–74 billion."
pub fn headline_en(d: &Dataset) -> String {
    headline(
        English,
        d,
        "{0} committed to the National Growth Fund for {1} flagship projects ({2} AI and {3} super-innovation); the report gives {4} as {5}.",
    )
}

/// The headline sentence in Korean: "100조 원 이상 규모의 국민성장펀드를 조성해 선도
/// 프로젝트 30개(AI 15개, 초혁신 15개)에 투입합니다. 보고서는 100조 원을 710억~740억
/// 달러로 적습니다."
pub fn headline_ko(d: &Dataset) -> String {
    headline(
        Korean,
        d,
        "{0} 규모의 국민성장펀드를 조성해 선도 프로젝트 {1}개(AI {2}개, 초혁신 {3}개)에 투입합니다. 보고서는 {4}을 {5}로 적습니다.",
    )
}

/// The headline `template` filled with the envelope, the project counts, the figure the
/// dollars are given for, and the dollars, in `lang`.
fn headline(lang: impl Language, d: &Dataset, template: &str) -> String {
    let i = &d.initiative;
    format::fill(
        template,
        &[
            &stated(lang, &i.total),
            &i.projects.to_string(),
            &i.ai_projects.to_string(),
            &i.innovation_projects.to_string(),
            &point(lang, &i.total),
            &stated(lang, &i.usd),
        ],
    )
}

/// Items of a table cell as a list, so that several amounts or quotes read apart.
fn list(items: &[String]) -> String {
    let mut out = String::from("<ul>");
    for i in items {
        out.push_str("<li>");
        out.push_str(i);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    out
}

/// A headline figure as stated, without its period ("₩100+ trillion", "100조 원 이상").
fn stated(lang: impl Language, c: &AmountClaim) -> String {
    match c.amount {
        Amount::Stated { quantity, .. } => format::quantity(lang, quantity),
        other => format::amount(lang, other),
    }
}

/// The figure a floor starts from, as a point ("₩100 trillion" of "₩100+ trillion"): the
/// report converts the point to dollars, not the floor.
fn point(lang: impl Language, c: &AmountClaim) -> String {
    match c.amount {
        Amount::Stated {
            quantity: Quantity::AtLeast { value } | Quantity::Exact { value },
            ..
        } => format::quantity(lang, Quantity::Exact { value }),
        _ => stated(lang, c),
    }
}

/// A Korean text as the checker registered it.
fn ko(k: Ko) -> &'static str {
    k.get().unwrap_or_default()
}

/// The Korean text page's file name, beside index.html.
pub const KOREAN_PAGE: &str = "ko.html";

/// The fragment that goes inside index.html's `<noscript>`: a link to the Korean text
/// page, then the English section.
pub fn fragment(d: &Dataset) -> String {
    let mut h = String::new();
    h.push_str("<div class=\"noscript\" data-generated=\"seedcheck noscript\">\n");
    h.push_str(&format!(
        "<p><a href=\"{KOREAN_PAGE}\" lang=\"ko\" hreflang=\"ko\" data-testid=\"noscript-to-ko\">한국어</a></p>\n"
    ));
    h.push_str("<section lang=\"en\" data-testid=\"noscript-en\">\n");
    english(&mut h, d);
    h.push_str("</section>\n");
    h.push_str("</div>\n");
    h
}

/// The fragment for the single file's `<noscript>`, which has no page beside it: a link to
/// the Korean section, then the English section and the Korean one.
pub fn fragment_inline(d: &Dataset) -> String {
    let mut h = String::new();
    h.push_str("<div class=\"noscript\" data-generated=\"seedcheck noscript-inline\">\n");
    h.push_str("<p><a href=\"#noscript-ko\" lang=\"ko\" hreflang=\"ko\" data-testid=\"noscript-to-ko\">한국어</a></p>\n");
    h.push_str("<section lang=\"en\" data-testid=\"noscript-en\">\n");
    english(&mut h, d);
    h.push_str("</section>\n");
    korean_section(&mut h, d, "h2");
    h.push_str("</div>\n");
    h
}

/// The Korean text page ([`KOREAN_PAGE`]), a whole document with no script: its title and
/// description in Korean, the site's `stylesheet` (the file index.html links, so a reader
/// coming from there has it already), a line saying this is the text version with links
/// to the app in Korean and to the English page, then the Korean section. The build adds
/// the site's Content Security Policy to its `<head>`.
pub fn korean_page(d: &Dataset, stylesheet: &str) -> String {
    let e = escape;
    let k = Korean;
    let name = ko(d.initiative.name.ko);
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n");
    h.push_str("<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<meta name=\"color-scheme\" content=\"light\">\n");
    h.push_str(&format!(
        "<meta name=\"description\" content=\"{}\">\n",
        e(&format!(
            "{}의 모든 프로그램과 보고서가 밝힌 금액을, 금액마다 근거가 된 보고서 구절과 함께 보여 주는 원 아틀라스의 텍스트 버전입니다.",
            name
        ))
    ));
    h.push_str("<link rel=\"icon\" href=\"data:,\">\n");
    h.push_str(&format!(
        "<title>{}: {} (텍스트 버전)</title>\n",
        e(k.t(Key::AppName)),
        e(name)
    ));
    h.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{}\">\n",
        e(stylesheet)
    ));
    h.push_str("</head>\n<body>\n");
    h.push_str("<main class=\"noscript\" data-generated=\"seedcheck noscript-ko\">\n");
    h.push_str("<p><a href=\"index.html#lang=en\" lang=\"en\" hreflang=\"en\" data-testid=\"text-to-en\">English</a></p>\n");
    h.push_str("<p data-testid=\"text-version\">이 페이지는 원 아틀라스의 텍스트 버전입니다. 자바스크립트가 켜져 있으면 <a href=\"index.html#lang=ko\" data-testid=\"text-to-app\">차트가 있는 원 아틀라스 전체 앱</a>을 한국어로 볼 수 있습니다.</p>\n");
    korean_section(&mut h, d, "h1");
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// A table's opening with its `caption`, inside the box that scrolls it sideways where the
/// page is narrower than the table (the app's `.scroller`, a region named by the caption
/// and reachable by keyboard), so the page itself never scrolls sideways.
fn table_start(h: &mut String, testid: &str, caption: &str) {
    h.push_str(&format!(
        "<div class=\"scroller\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">\n<table data-testid=\"{testid}\">\n<caption>{}</caption>\n",
        escape(caption),
        escape(caption)
    ));
}

/// The English section: the name, the headline, and every programme with its amounts.
fn english(h: &mut String, d: &Dataset) {
    let e = escape;
    h.push_str(&format!("<h1>{}</h1>\n", e(d.initiative.name.en)));
    h.push_str(&format!(
        "<p class=\"noscript-headline\" data-testid=\"noscript-headline\">{}</p>\n",
        e(&headline_en(d))
    ));
    h.push_str("<p>Won Atlas draws its charts with JavaScript and WebAssembly. Turn JavaScript on to see where the money goes, where in Korea, and when. Without it, here is every programme and the amounts the report states for it.</p>\n");
    table_start(
        h,
        "noscript-programmes",
        "Programmes of the initiative and the amounts the report states, each with the phrase and line of the report it comes from",
    );
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
                list(&amounts),
                list(&quotes)
            ));
        }
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    h.push_str(&format!(
        "<p>Source: {}: {}.</p>\n",
        e(d.report.title.en),
        e(d.report.subtitle.en)
    ));
}

/// The Korean section: the same headline and table, with Korean names, 조/억 amounts and
/// each phrase of the report verbatim, then its Korean rendering marked "번역". Its name
/// is a `heading` of the level it takes in its page ("h1" on a page of its own).
fn korean_section(h: &mut String, d: &Dataset, heading: &str) {
    h.push_str("<section lang=\"ko\" id=\"noscript-ko\" data-testid=\"noscript-ko\">\n");
    korean(h, d, heading);
    h.push_str("</section>\n");
}

/// The Korean section's content.
fn korean(h: &mut String, d: &Dataset, heading: &str) {
    let e = escape;
    let k = Korean;
    h.push_str(&format!(
        "<{heading}>{}</{heading}>\n",
        e(ko(d.initiative.name.ko))
    ));
    h.push_str(&format!(
        "<p class=\"noscript-headline\" data-testid=\"noscript-headline-ko\">{}</p>\n",
        e(&headline_ko(d))
    ));
    h.push_str("<p>이 앱은 자바스크립트와 웹어셈블리로 차트를 그립니다. 자바스크립트를 켜면 돈이 무엇에, 어느 지역에, 언제 쓰이는지 볼 수 있습니다. 자바스크립트 없이도 아래 표에서 모든 프로그램과 보고서가 밝힌 금액을 볼 수 있습니다.</p>\n");
    table_start(
        h,
        "noscript-programmes-ko",
        "이니셔티브의 프로그램과 보고서가 밝힌 금액. 금액마다 근거가 된 보고서 구절과 행을 함께 적었습니다.",
    );
    h.push_str(&format!(
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        k.t(Key::ColProgramme),
        k.t(Key::ColCategory),
        k.t(Key::ColAmount),
        k.t(Key::ColSource)
    ));
    for p in d.programmes {
        h.push_str(&format!(
            "<tr data-id=\"{}\"><th scope=\"row\">{}</th><td>{}</td>",
            e(p.id),
            e(ko(p.name.ko)),
            format::category_name(k, p.category)
        ));
        if p.amounts.is_empty() {
            h.push_str(&format!(
                "<td>{}</td><td></td></tr>\n",
                k.t(Key::AmountNotStated)
            ));
            continue;
        }
        let amounts: Vec<String> = p
            .amounts
            .iter()
            .map(|a| e(&format::amount(k, a.amount)))
            .collect();
        let quotes: Vec<String> = p
            .amounts
            .iter()
            .map(|a| {
                format!(
                    "{}행: <span lang=\"en\">“{}”</span> ({})",
                    a.source.line,
                    e(a.source.quote),
                    e(&k.tf(Key::QuoteTranslation, &[ko(a.source.ko)]))
                )
            })
            .collect();
        h.push_str(&format!(
            "<td>{}</td><td>{}</td></tr>\n",
            list(&amounts),
            list(&quotes)
        ));
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    h.push_str(&format!(
        "<p>출처: <span lang=\"en\">{}: {}</span> ({}: {})</p>\n",
        e(d.report.title.en),
        e(d.report.subtitle.en),
        e(ko(d.report.title.ko)),
        e(ko(d.report.subtitle.ko))
    ));
}
