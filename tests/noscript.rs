//! Readers without JavaScript get the headline and a table of every programme, generated
//! from the dataset at build time: `seedcheck noscript seeds` (crates/seedcheck/src/
//! noscript.rs) writes the HTML and scripts/postbuild.mjs puts it inside the built page's
//! `<noscript>` (e2e/noscript.test.mjs checks the result in a browser with JavaScript off).
//!
//! The app is no dependency of seedcheck's tests, so this test includes that module as it
//! is and checks the fragment it writes from the app's dataset; both write amounts with
//! `atlas_model::format`. It also checks the hand-written fallback left in index.html
//! (used only by a build without the hook).

#[path = "../crates/seedcheck/src/noscript.rs"]
#[allow(dead_code)]
mod noscript;

use won_atlas::data::{Amount, DATASET};
use won_atlas::i18n::{self, Lang};

fn stated(a: Amount) -> String {
    match a {
        Amount::Stated { quantity, .. } => i18n::quantity(Lang::En, quantity),
        other => panic!("headline amount is not stated: {other:?}"),
    }
}

/// The fragment's section in `lang` ("en" or "ko"), from its opening tag to its end.
fn section<'a>(html: &'a str, lang: &str) -> &'a str {
    let start = html
        .find(&format!("<section lang=\"{lang}\""))
        .unwrap_or_else(|| panic!("no {lang} section"));
    let end = start
        + html[start..]
            .find("</section>")
            .expect("the section closes");
    &html[start..end]
}

/// The row of programme `id` in `html`.
fn row<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<tr data-id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no row for {id}"));
    &html[start..start + html[start..].find("</tr>").unwrap()]
}

#[test]
fn the_fragment_has_the_headline_and_a_row_per_programme() {
    let full = noscript::fragment(&DATASET);
    let html = section(&full, "en");
    let init = &DATASET.initiative;
    let e = noscript::escape;
    for expected in [
        e(init.name.en),
        e(DATASET.report.title.en),
        e(DATASET.report.subtitle.en),
        e(&stated(init.total.amount)),
        e(&stated(init.usd.amount)),
        format!("{} flagship projects", init.projects),
        format!(
            "{} AI and {} super-innovation",
            init.ai_projects, init.innovation_projects
        ),
    ] {
        assert!(html.contains(&expected), "the fragment lacks {expected:?}");
    }
    assert_eq!(
        html.matches("<tr data-id=").count(),
        DATASET.programmes.len()
    );
    for p in DATASET.programmes {
        let row = row(html, p.id);
        assert!(row.contains(&format!("<th scope=\"row\">{}</th>", e(p.name.en))));
        for claim in p.amounts {
            assert!(
                row.contains(&e(&i18n::amount(Lang::En, claim.amount))),
                "{}",
                p.id
            );
            assert!(row.contains(&e(claim.source.quote)), "{}", p.id);
        }
    }
}

#[test]
fn index_html_links_to_the_korean_page_and_carries_no_korean_section() {
    let full = noscript::fragment(&DATASET);
    let link = full
        .find(&format!("<a href=\"{}\"", noscript::KOREAN_PAGE))
        .expect("a link to the Korean text page");
    assert!(
        link < full.find("<section").unwrap(),
        "the link comes first"
    );
    assert_eq!(full.matches("<section").count(), 1, "one section");
    assert!(full.contains("<section lang=\"en\""));
    assert!(!full.contains("lang=\"ko\" id="), "no Korean section");
    assert!(
        !full.contains(&noscript::escape(&headline_ko())),
        "no Korean headline"
    );
}

fn headline_ko() -> String {
    won_atlas::data::korean::embedded();
    noscript::headline_ko(&DATASET)
}

#[test]
fn the_single_file_fragment_keeps_both_sections_and_links_down_to_the_korean_one() {
    let full = noscript::fragment_inline(&DATASET);
    let link = full
        .find("<a href=\"#noscript-ko\"")
        .expect("a link to the Korean section");
    let en = full
        .find("<section lang=\"en\"")
        .expect("an English section");
    let ko = full
        .find("<section lang=\"ko\" id=\"noscript-ko\"")
        .expect("a Korean section the link leads to");
    assert!(link < en && en < ko, "the link, then English, then Korean");
    assert!(section(&full, "ko").contains(&noscript::escape(&headline_ko())));
}

#[test]
fn the_korean_page_writes_as_the_app_does_in_korean() {
    won_atlas::data::korean::embedded();
    let full = noscript::korean_page(&DATASET, "./main.css");
    assert!(full.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"));
    assert!(full.contains("<link rel=\"stylesheet\" href=\"./main.css\">"));
    // Its top says it is the text version and leads to the app in Korean.
    let top = &full[..full.find("<section").unwrap()];
    assert!(top.contains("텍스트 버전입니다"), "{top}");
    assert!(top.contains("<a href=\"index.html#lang=ko\""), "{top}");
    let name = noscript::escape(Lang::Ko.pick(DATASET.initiative.name));
    let title = &full[full.find("<title>").unwrap()..full.find("</title>").unwrap()];
    assert!(title.contains(&name), "{title}");
    assert!(full.contains(&format!("<h1>{name}</h1>")));
    let html = section(&full, "ko");
    let e = noscript::escape;
    let init = &DATASET.initiative;
    let ko = |t: won_atlas::data::Text| Lang::Ko.pick(t).to_owned();
    let stated_ko = |a: Amount| match a {
        Amount::Stated { quantity, .. } => i18n::quantity(Lang::Ko, quantity),
        other => panic!("headline amount is not stated: {other:?}"),
    };
    for expected in [
        e(&ko(init.name)),
        e(&stated_ko(init.total.amount)),
        e(&stated_ko(init.usd.amount)),
        format!("선도 프로젝트 {}개", init.projects),
    ] {
        assert!(
            html.contains(&expected),
            "the Korean section lacks {expected:?}"
        );
    }
    assert_eq!(
        html.matches("<tr data-id=").count(),
        DATASET.programmes.len()
    );
    for p in DATASET.programmes {
        let row = row(html, p.id);
        assert!(
            row.contains(&format!("<th scope=\"row\">{}</th>", e(&ko(p.name)))),
            "{}",
            p.id
        );
        for claim in p.amounts {
            // The app's Korean amount, and the quote verbatim then its rendering, marked
            // as a translation the way the app's citations mark it.
            assert!(
                row.contains(&e(&i18n::amount(Lang::Ko, claim.amount))),
                "{}",
                p.id
            );
            let translation = Lang::Ko.tf(
                won_atlas::i18n::Key::QuoteTranslation,
                &[Lang::Ko.pick(won_atlas::data::Text {
                    en: claim.source.quote,
                    ko: claim.source.ko,
                })],
            );
            assert!(
                row.contains(&format!(
                    "{}”</span> ({})",
                    e(claim.source.quote),
                    e(&translation)
                )),
                "{}: {}",
                p.id,
                claim.source.quote
            );
        }
    }
}

#[test]
fn the_fragments_and_the_korean_page_are_well_formed_and_have_no_script() {
    won_atlas::data::korean::embedded();
    let page = noscript::korean_page(&DATASET, "main.css");
    let page = page.trim_start_matches("<!DOCTYPE html>\n");
    for html in [
        noscript::fragment(&DATASET),
        noscript::fragment_inline(&DATASET),
        page.to_owned(),
    ] {
        assert!(!html.to_ascii_lowercase().contains("<script"));
        // <br>, <meta> and <link> are HTML's void elements; make them XML's to parse the
        // rest strictly.
        let xml = html.replace("<br>", "<br/>");
        let xml = close_void_tags(&xml);
        let doc = roxmltree::Document::parse(&xml).expect("the HTML is well-formed");
        let tables: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("table"))
            .collect();
        assert!(!tables.is_empty(), "a table");
        for table in tables {
            assert!(table.children().any(|n| n.has_tag_name("caption")));
        }
    }
}

/// `html` with each `<meta …>` and `<link …>` closed as XML closes an empty element.
fn close_void_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find('>').expect("tags close") + 1;
        let tag = &rest[..end];
        if tag.starts_with("<meta ") || tag.starts_with("<link ") {
            out.push_str(&tag[..end - 1]);
            out.push_str("/>");
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

// ---- The hand-written fallback in index.html ------------------------------------------

fn fallback() -> String {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html is readable");
    let start = html
        .find("<noscript>")
        .expect("index.html has a <noscript> block");
    let end = html
        .find("</noscript>")
        .expect("the <noscript> block is closed");
    html[start..end].to_owned()
}

#[test]
fn the_fallback_shows_the_dataset_headline() {
    let text = fallback();
    let init = &DATASET.initiative;
    for expected in [
        DATASET.report.title.en.to_owned(),
        stated(init.total.amount),
        stated(init.usd.amount),
        format!("{} flagship projects", init.projects),
    ] {
        assert!(
            text.contains(&expected),
            "<noscript> lacks {expected:?}:\n{text}"
        );
    }
}

#[test]
fn the_fallback_has_no_figure_the_dataset_lacks() {
    let init = &DATASET.initiative;
    let allowed: String = [
        DATASET.report.title.en.to_owned(),
        stated(init.total.amount),
        stated(init.usd.amount),
        init.projects.to_string(),
        init.ai_projects.to_string(),
        init.innovation_projects.to_string(),
    ]
    .join(" ");
    let text = fallback();
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if !digits.is_empty() {
            assert!(
                allowed.contains(&digits),
                "<noscript> shows {digits}, which no headline figure has"
            );
            digits.clear();
        }
    }
}
