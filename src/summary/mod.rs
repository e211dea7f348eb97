//! The written summary of each chart: what it shows, its largest and smallest items,
//! its ranges and "at least" figures said as such, and what it leaves out and why.
//!
//! Each summary is built from the same data its layout draws, in English or Korean, and
//! is the chart's accessible description, the line under it, the SVG export's `<desc>`,
//! the PNG export's description and the embed code's `title`. The funding view's
//! sentences are in the strings table (the view is in the first load, and its Korean
//! belongs in the Korean text file); the other views' sentences stand beside their
//! functions, so they arrive with the view's chunk.

pub mod economy;
pub mod funding;
pub mod regions;
pub mod timeline;

#[cfg(test)]
mod tests;

use crate::i18n::{fill, Key, Lang};

/// A sentence of a chunk view's summary in the reader's language, its slots filled.
fn say(lang: Lang, en: &str, ko: &str, args: &[&str]) -> String {
    fill(
        match lang {
            Lang::En => en,
            Lang::Ko => ko,
        },
        args,
    )
}

/// The summary's last sentence, when something is selected: its name (and value).
pub fn selected(lang: Lang, summary: &mut String, what: Option<&str>) {
    if let Some(what) = what.filter(|w| !w.is_empty()) {
        summary.push(' ');
        summary.push_str(&lang.tf(Key::SummarySelected, &[what]));
    }
}
