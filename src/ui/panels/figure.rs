//! The panel of an economic figure or of a scenario behind one: its value, its source
//! (the report's phrase, or the later report it comes from), and what else bears on it.

use super::frame::{conflicts_into, list, section, sources_into, update_into};
use crate::data::{self, Figure, Scenario};
use crate::i18n::{self, Key, Lang};
use crate::ui::markup::{cite_into, Markup};
use crate::ui::store::Store;
use yew::prelude::*;

/// The panel of figure or scenario `id` (nothing if it is neither).
pub fn figure(app: &Store, id: &str) -> Html {
    let lang = app.lang;
    let mut m = Markup::new();
    let (title, record) = if let Some(f) = crate::data::FIGURES.iter().find(|f| f.id == id) {
        figure_into(&mut m, lang, f);
        (lang.pick(f.label), f.id)
    } else if let Some(s) = crate::data::SCENARIOS.iter().find(|s| s.id == id) {
        scenario_into(&mut m, lang, s);
        (lang.pick(s.label), s.id)
    } else {
        return html! {};
    };
    super::frame::panel(app, record, "figure-h", title, m)
}

/// A figure of the report: its value and period, its source, the scenarios later
/// reporting gives behind it, the contradictions and later reports about it.
fn figure_into(m: &mut Markup, lang: Lang, f: &Figure) {
    m.open("p", &[("class", "value")]).el(
        "strong",
        &[("data-testid", "figure-value")],
        &i18n::figure_value(lang, f.value, f.unit),
    );
    if let Some(p) = f.period {
        m.text(&format!(" · {}", lang.pick(p)));
    }
    m.close("p");
    cite_into(m, lang, f.source);
    let scenarios: Vec<&Scenario> = crate::data::SCENARIOS
        .iter()
        .filter(|s| s.figures.contains(&f.id))
        .collect();
    section(m, lang, Key::DetailScenarios, scenarios.is_empty(), |m| {
        list(m, &scenarios, |m, s| {
            m.el(
                "li",
                &[("class", "later")],
                &format!(
                    "{}: {} / {}",
                    lang.pick(s.label),
                    i18n::percent_change(lang, s.productivity),
                    i18n::percent_change(lang, s.gdp)
                ),
            );
        });
    });
    conflicts_into(m, lang, f.id);
    let updates: Vec<_> = data::updates_about(f.id).collect();
    section(m, lang, Key::DetailUpdates, updates.is_empty(), |m| {
        list(m, updates, |m, u| update_into(m, lang, u));
    });
}

/// A scenario: marked as later reporting with its date and source, then its two values
/// and what the later report says.
fn scenario_into(m: &mut Markup, lang: Lang, s: &Scenario) {
    let u = crate::data::UPDATES.iter().find(|u| u.id == s.update);
    let date = u
        .and_then(|u| u.events.first())
        .map(|e| i18n::date(lang, e.date))
        .unwrap_or_default();
    let host = u
        .and_then(|u| u.sources.first())
        .map_or("", |s| crate::layout::economy::host(s));
    m.el(
        "p",
        &[("class", "later-note")],
        &lang.tf(Key::LaterReporting, &[&date, host]),
    );
    m.el(
        "p",
        &[("class", "value")],
        &lang.tf(
            Key::WithPeriod,
            &[
                &format!(
                    "{} {} · {} {}",
                    lang.t(Key::LegendProductivity),
                    i18n::percent_change(lang, s.productivity),
                    lang.t(Key::LegendGdp),
                    i18n::percent_change(lang, s.gdp),
                ),
                lang.pick(s.period),
            ],
        ),
    );
    if let Some(u) = u {
        m.el("p", &[], lang.pick(u.says));
        sources_into(m, lang, u);
    }
}
