//! The economy view: the Bank of Korea's projections and the scenarios behind them, the
//! 2050 pair, the shares of jobs with the note on their sum, and figures of context, in
//! one Scene; the selected figure's panel beside it.

use super::frame::{position, use_chart_frame, Chart, ViewProps};
use crate::i18n::{self, Key, Lang};
use crate::layout::economy::{economy, figure, value_text, EconomyFrame};
use crate::layout::Scene;
use crate::ui::chart::tooltip;
use crate::ui::details::FromDetails;
use crate::ui::export::CsvOf;
use crate::ui::markup::{cite_into, on_select, Markup};
use yew::prelude::*;

/// The view.
#[function_component(EconomyView)]
pub fn economy_view(props: &ViewProps) -> Html {
    let frame = use_chart_frame(&props.route);
    let lang = frame.lang;
    let selected = props.route.selected;
    let scene = use_memo((frame.width, lang, selected), |(width, lang, selected)| {
        if *width <= 0.0 {
            return Scene {
                width: 1.0,
                ..Scene::default()
            };
        }
        economy(&EconomyFrame {
            width: *width,
            lang: *lang,
            selected: *selected,
        })
    });
    let focused = *frame.focused;
    let chart = frame.area(Chart {
        name: "economy",
        scene: scene.clone(),
        label: lang.tf(
            Key::EconomyLabel,
            &[
                &crate::data::FIGURES.len().to_string(),
                &crate::data::SCENARIOS.len().to_string(),
            ],
        ),
        summary: crate::summary::economy::economy(
            lang,
            selected
                .and_then(|s| crate::data::FIGURES.iter().find(|f| f.id == s))
                .map(|f| lang.pick(f.label)),
        ),
        announce: focused
            .and_then(|f| announce(lang, &scene, f))
            .unwrap_or_default(),
        highlighted: String::new(),
        tooltip: focused.and_then(|f| focus_tooltip(lang, &scene, f)),
        on_select: frame.store.on_select(),
        help: Key::EconomyHelp,
        title: Key::ViewEconomy,
        csv: CsvOf::Economy,
        gestures: Default::default(),
        wrap: Default::default(),
    });
    // The panels of a figure, a scenario and a conflict.
    let has_panel = |s: &str| {
        crate::data::CONFLICTS.iter().any(|c| c.id == s)
            || crate::data::FIGURES.iter().any(|f| f.id == s)
            || crate::data::SCENARIOS.iter().any(|x| x.id == s)
    };
    html! {
        <section class="economy" aria-labelledby="economy-h">
            <h2 id="economy-h" class="sr-only">{ lang.t(Key::ViewEconomy) }</h2>
            { chart }
            if let Some(id) = selected.filter(|s| has_panel(s)) {
                <FromDetails {lang} id={Some(id)} />
            }
            <div onclick={on_select(&frame.store)}>{ figure_list(lang, &scene, selected) }</div>
        </section>
    }
}

/// The chart's items as an ordered list in its order, each a button that selects its
/// record, with its value: the keyboard's way to every figure besides the chart, and in
/// an embed (whose tables are folded away) the list beside it.
fn figure_list(lang: Lang, scene: &Scene, selected: Option<&str>) -> Html {
    let mut m = Markup::new();
    m.open(
        "ol",
        &[
            ("class", "figure-list"),
            ("data-testid", "figure-list"),
            ("aria-label", lang.t(Key::ViewEconomy)),
        ],
    );
    for it in &scene.items {
        let Some((name, value)) = describe(lang, it.id) else {
            continue;
        };
        let current = if selected == Some(it.id) {
            "true"
        } else {
            "false"
        };
        let later = crate::data::SCENARIOS.iter().any(|s| s.id == it.id);
        let class = if later { "later" } else { "" };
        m.open(
            "li",
            &[
                ("data-id", it.id),
                ("aria-current", current),
                ("class", class),
            ],
        )
        .select_button("link", it.id, &name);
        // A note's text is in the chart and its panel; the list names it.
        if !crate::data::CONFLICTS.iter().any(|c| c.id == it.id) {
            m.el("span", &[("class", "value")], &format!(" {value}"));
        }
        m.close("li");
    }
    m.close("ol");
    m.html()
}

/// A record's name and its value, as the tooltip and live region say them.
fn describe(lang: Lang, id: &str) -> Option<(String, String)> {
    if let Some(f) = figure(id) {
        return Some((lang.pick(f.label).to_owned(), value_text(lang, f)));
    }
    if let Some(s) = crate::data::SCENARIOS.iter().find(|s| s.id == id) {
        let values = format!(
            "{} {} · {} {}",
            lang.t(Key::LegendProductivity),
            i18n::percent_change(lang, s.productivity),
            lang.t(Key::LegendGdp),
            i18n::percent_change(lang, s.gdp)
        );
        return Some((lang.pick(s.label).to_owned(), values));
    }
    let c = crate::data::CONFLICTS.iter().find(|c| c.id == id)?;
    Some((lang.pick(c.title).to_owned(), lang.pick(c.note).to_owned()))
}

/// What the live region says about the focused figure.
fn announce(lang: Lang, scene: &Scene, id: &str) -> Option<String> {
    let (name, value) = describe(lang, id)?;
    let (pos, n) = position(scene, id);
    Some(lang.tf(Key::Announce, &[&name, &value, &pos, &n]))
}

/// The tooltip of the focused figure: its name, value and source.
fn focus_tooltip(lang: Lang, scene: &Scene, id: &str) -> Option<Html> {
    let item = scene.item(id)?;
    let (name, value) = describe(lang, id)?;
    let left = item.outline.x.clamp(0.0, (scene.width - 280.0).max(0.0));
    let top = item.outline.y + item.outline.h + 4.0;
    let mut body = Markup::new();
    body.el("strong", &[], &name).el("span", &[], &value);
    if let Some(f) = figure(id) {
        cite_into(&mut body, lang, f.source);
    }
    Some(tooltip(left, top, &[], body))
}
