//! The funding view: treemap or ranked bars of what each programme gets, with the
//! controls, tooltip, legend, honest-sum note, the programmes without a figure, and
//! the detail panel of the selected one.

use super::chart::{chart_zoom, tooltip, use_width, ChartCanvas};
use super::detail::programme_detail;
use super::export::{CsvOf, ExportBar};
use super::markup::Markup;
use super::store::use_app;
use super::tables::cite_into;
use crate::data::funding::{funding, Charted, Conversion, Missing, Period};
use crate::data::{implied_won_per_dollar, Amount, Category, Quantity};
use crate::i18n::{self, Key, Lang};
use crate::layout::funding::{bars, category_fill, treemap, Frame, Tile, GROUPS};
use crate::state::{Action, Chart, Money};
use yew::prelude::*;

/// The sum of a charted figure in the chosen currency, without its period.
fn sum(lang: Lang, q: Quantity, money: Money) -> String {
    match (money, implied_won_per_dollar()) {
        (Money::Dollars, Some(rate)) => i18n::quantity_in_usd(lang, q, rate),
        _ => i18n::quantity(lang, q),
    }
}

/// The label of a charted figure: as stated, or with how it was converted.
pub fn figure_label(lang: Lang, c: &Charted, money: Money) -> String {
    let basis = match c.claim.amount {
        Amount::Stated { basis, .. } => basis,
        _ => return i18n::amount(lang, c.claim.amount),
    };
    match c.conversion {
        Conversion::DividedByYears(y) => {
            let original = match c.claim.amount {
                Amount::Stated { quantity, .. } => sum(lang, quantity, money),
                _ => String::new(),
            };
            lang.tf(
                Key::ConvertedPerYear,
                &[&sum(lang, c.quantity, money), &original, &y.to_string()],
            )
        }
        _ => i18n::with_basis(lang, sum(lang, c.quantity, money), basis),
    }
}

fn category_name(lang: Lang, c: Category) -> &'static str {
    lang.t(match c {
        Category::Envelope => Key::CategoryEnvelope,
        Category::Ai => Key::CategoryAi,
        Category::SuperInnovation => Key::CategorySuperInnovation,
        Category::CrossCutting => Key::CategoryCrossCutting,
    })
}

fn toggle<T: PartialEq + Copy>(
    app: &super::store::AppCtx,
    name: &str,
    current: T,
    options: &[(T, Key, Action)],
) -> Html {
    html! {
        <fieldset class="toggle">
            <legend class="sr-only">{ name.to_owned() }</legend>
            { for options.iter().map(|(value, key, action)| html! {
                <button type="button" aria-pressed={if *value == current { "true" } else { "false" }}
                    onclick={app.on::<MouseEvent>(*action)}>{ app.lang.t(*key) }</button>
            }) }
        </fieldset>
    }
}

/// What the chart's fills and marks mean, and how to read its amounts.
fn legend(lang: Lang, period: Period, envelope: &str) -> Html {
    let mut m = Markup::new();
    m.open("ul", &[("class", "legend")]);
    for g in GROUPS {
        m.legend_item(
            "swatch",
            &category_fill(g).hex(),
            "",
            category_name(lang, g),
        );
    }
    m.legend_item("swatch dashed", "", "", lang.t(Key::LegendOpen))
        .legend_item("swatch bang", "", "!", lang.t(Key::LegendDisputed))
        .close("ul")
        .el(
            "p",
            &[("class", "note"), ("data-testid", "additive-note")],
            &lang.tf(Key::AdditiveNote, &[envelope]),
        );
    if period == Period::PerYear {
        m.el("p", &[("class", "note")], lang.t(Key::PerYearNote));
    }
    m.html()
}

/// The view.
#[function_component(FundingView)]
pub fn funding_view() -> Html {
    let app = use_app();
    let lang = app.lang;
    let route = app.route.clone();
    let wrap = use_node_ref();
    let width = use_width(wrap.clone());
    // In a briefing the chart is laid out narrower and drawn larger, so its text reads from afar.
    let zoom = chart_zoom(&app.route, width);
    let width = width / zoom;
    let focused = use_state_eq(|| None::<&'static str>);

    let data = use_memo(route.period, |p| funding(*p));
    let selected = route.selected.filter(|s| {
        data.charted.iter().any(|c| c.programme.id == *s)
            || data.unplotted.iter().any(|u| u.programme.id == *s)
    });
    // A province, region or place selected in another view highlights its programmes.
    let highlighted: Vec<&'static str> = match route.selected {
        Some(id) if crate::data::programme(id).is_none() => crate::data::programmes_touching(id),
        _ => Vec::new(),
    };
    let rate = implied_won_per_dollar();
    // Laid out again only when what it shows changes: a hover or keyboard focus moves the
    // focus ring, which the chart draws on a layer of its own.
    let scene = use_memo(
        (
            width.max(1.0),
            route.chart,
            lang,
            route.money,
            route.grouped,
            selected,
            highlighted.clone(),
            route.period,
        ),
        {
            // `data` follows the period, which is among the inputs.
            let data = data.clone();
            move |(width, chart, lang, money, grouped, selected, highlighted, _)| {
                let (width, lang, money) = (*width, *lang, *money);
                let tiles: Vec<Tile> = data
                    .charted
                    .iter()
                    .map(|c| {
                        Tile::of(
                            c,
                            lang.pick(c.programme.name).to_owned(),
                            figure_label(lang, c, money),
                        )
                    })
                    .collect();
                let frame = Frame {
                    width,
                    height: if width < 600.0 {
                        (width * 1.15).clamp(280.0, 520.0)
                    } else {
                        (width * 0.5).clamp(360.0, 620.0)
                    },
                    grouped: *grouped,
                    selected: *selected,
                    highlighted,
                };
                let group_names: Vec<(Category, String)> = GROUPS
                    .iter()
                    .map(|g| (*g, category_name(lang, *g).to_owned()))
                    .collect();
                let tick = |v: f64| -> String {
                    if v == 0.0 {
                        return "0".into();
                    }
                    match (money, rate) {
                        (Money::Dollars, Some((lo, hi))) => {
                            let mid = (lo + hi) / 2.0;
                            i18n::usd_range(lang, v / mid, v / mid)
                                .replace("≈ ", "")
                                .replace("약 ", "")
                        }
                        _ => i18n::money(
                            lang,
                            crate::data::Money {
                                currency: crate::data::Currency::Krw,
                                eok: v.round() as u64,
                            },
                        ),
                    }
                };
                match chart {
                    Chart::Treemap => treemap(&tiles, frame),
                    Chart::Bars => bars(&tiles, frame, &group_names, &tick),
                }
            }
        },
    );

    let on_focus = {
        let focused = focused.clone();
        Callback::from(move |id: Option<&'static str>| focused.set(id))
    };
    let on_select = {
        let app = app.clone();
        Callback::from(move |id: Option<&'static str>| app.select(id))
    };

    let focus_charted = focused.and_then(|f| data.charted.iter().find(|c| c.programme.id == f));
    let announce = focus_charted
        .map(|c| {
            let pos = scene
                .items
                .iter()
                .position(|i| i.id == c.programme.id)
                .map_or(0, |p| p + 1);
            lang.tf(
                Key::Announce,
                &[
                    lang.pick(c.programme.name),
                    &figure_label(lang, c, route.money),
                    &pos.to_string(),
                    &scene.items.len().to_string(),
                ],
            )
        })
        .unwrap_or_default();

    let tooltip = focus_charted.and_then(|c| {
        let item = scene.item(c.programme.id)?;
        let left =
            (item.outline.x + item.outline.w / 2.0).clamp(0.0, (scene.width - 260.0).max(0.0));
        let top = item.outline.y + item.outline.h.min(48.0) + 4.0;
        let mut body = Markup::new();
        body.el("strong", &[], lang.pick(c.programme.name)).el(
            "span",
            &[("class", "amount")],
            &i18n::amount(lang, c.claim.amount),
        );
        if c.conversion != Conversion::AsStated || route.money == Money::Dollars {
            body.el(
                "span",
                &[],
                &format!(
                    "{}: {}",
                    lang.t(Key::TooltipDrawn),
                    figure_label(lang, c, route.money)
                ),
            );
        }
        cite_into(&mut body, lang, c.claim.source);
        Some(tooltip(left, top, &[], body))
    });

    let label = match route.chart {
        Chart::Treemap => lang.tf(Key::ChartLabelTreemap, &[&data.charted.len().to_string()]),
        Chart::Bars => lang.tf(Key::ChartLabelBars, &[&data.charted.len().to_string()]),
    };
    let envelope = data
        .envelope
        .and_then(|e| e.amounts.first())
        .map(|a| i18n::amount(lang, a.amount))
        .unwrap_or_default();

    html! {
        <section class="funding" aria-labelledby="funding-h">
            <h2 id="funding-h" class="sr-only">{ lang.t(Key::ViewFunding) }</h2>
            <div class="controls" role="group" aria-label={lang.t(Key::ChartOptions)}>
                { toggle(&app, lang.t(Key::ChartOptions), route.chart, &[(Chart::Treemap, Key::ChartTreemap, Action::Chart(Chart::Treemap)), (Chart::Bars, Key::ChartBars, Action::Chart(Chart::Bars))]) }
                { toggle(&app, lang.t(Key::MoneyWon), route.money, &[(Money::Won, Key::MoneyWon, Action::Money(Money::Won)), (Money::Dollars, Key::MoneyDollars, Action::Money(Money::Dollars))]) }
                { toggle(&app, lang.t(Key::PeriodTotal), route.period, &[(Period::Total, Key::PeriodTotal, Action::Period(Period::Total)), (Period::PerYear, Key::PeriodPerYear, Action::Period(Period::PerYear))]) }
                <label class="check">
                    <input type="checkbox" checked={route.grouped} onchange={app.on::<Event>(Action::Grouped(!route.grouped))} />
                    { lang.t(Key::GroupByCategory) }
                </label>
            </div>
            if let (Money::Dollars, Some((lo, hi))) = (route.money, rate) {
                <p class="rate-note" data-testid="rate-note">{ lang.tf(Key::RateNote, &[&i18n::whole(lo), &i18n::whole(hi)]) }</p>
            }
            <div class="chart-wrap" ref={wrap}>
                if width > 0.0 {
                    <ChartCanvas zoom={zoom} scene={scene.clone()} label={label} help_id="funding-help"
                        focused={*focused} {on_focus} {on_select} announce={announce} testid="funding-chart" highlighted={highlighted.join(" ")} />
                }
                { tooltip.unwrap_or_default() }
            </div>
            <p id="funding-help" class="help">{ lang.t(Key::ChartHelp) }</p>
            <ExportBar scene={scene.clone()} name="funding" title={lang.t(Key::ViewFunding)} csv={CsvOf::Funding(route.period)} />
            if scene.hidden_labels > 0 {
                <p class="help">{ lang.tf(Key::HiddenLabels, &[&scene.hidden_labels.to_string()]) }</p>
            }
            { legend(lang, route.period, &envelope) }
            <section class="unplotted" aria-labelledby="unplotted-h" data-testid="unplotted">
                <h3 id="unplotted-h">{ lang.t(Key::UnplottedHeading) }</h3>
                <ul>
                    { for data.unplotted.iter().map(|u| {
                        let id = u.programme.id;
                        let why = lang.t(match u.why { Missing::InCore => Key::WhyInCore, Missing::NotStated => Key::WhyNotStated, Missing::NoFigureForPeriod => Key::WhyNoYearly });
                        html! {
                            <li data-id={id}>
                                <button type="button" class="link" aria-pressed={if selected == Some(id) { "true" } else { "false" }}
                                    onclick={app.on::<MouseEvent>(Action::Select(Some(id)))}>{ lang.pick(u.programme.name) }</button>
                                { ": " }{ why }
                            </li>
                        }
                    }) }
                </ul>
            </section>
            if let Some(id) = selected {
                { programme_detail(&app.actions(), id) }
            }
        </section>
    }
}
