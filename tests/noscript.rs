//! The `<noscript>` block in index.html repeats the headline for readers without
//! JavaScript. It is written by hand, so this test holds it to the dataset: every
//! figure it shows must be the dataset's, formatted as the app formats it.

use won_atlas::data::{Amount, DATASET};
use won_atlas::i18n::{self, Lang};

fn noscript() -> String {
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

fn stated(a: Amount) -> String {
    match a {
        Amount::Stated { quantity, .. } => i18n::quantity(Lang::En, quantity),
        other => panic!("headline amount is not stated: {other:?}"),
    }
}

#[test]
fn noscript_shows_the_dataset_headline() {
    let text = noscript();
    let init = &DATASET.initiative;
    for expected in [
        DATASET.report.title.en.to_owned(),
        DATASET.report.subtitle.en.to_owned(),
        stated(init.total.amount),
        stated(init.usd.amount),
        format!("{} flagship projects", init.projects),
        format!(
            "{} AI and {} super-innovation",
            init.ai_projects, init.innovation_projects
        ),
    ] {
        assert!(
            text.contains(&expected),
            "<noscript> lacks {expected:?}:\n{text}"
        );
    }
}

#[test]
fn noscript_has_no_figure_the_dataset_lacks() {
    // Every run of digits in the block must be one the headline figures produce.
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
    let text = noscript();
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
