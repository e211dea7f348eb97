//! The funding view: treemap or ranked bars of what each programme gets, with the
//! controls, tooltip, legend, honest-sum note, the programmes without a figure, and
//! the detail panel of the selected one.

use super::frame::{position, use_chart_frame, Chart, ViewProps};
use crate::data::funding::{funding, Charted, Conversion, FundingData, Missing, Period, Span};
use crate::data::highlight::Highlight;
use crate::data::{implied_won_per_dollar, Amount, Category, Quantity, DATASET};
use crate::i18n::category_name as category;
use crate::i18n::{self, Key, Lang};
use crate::layout::funding::{bars, category_fill, treemap, Frame, Tile, GROUPS};
use crate::layout::Scene;
use crate::state::{Chart as ChartKind, Money, Route};
use crate::ui::chart::tooltip;
use crate::ui::export::CsvOf;
use crate::ui::markup::{cite_into, Markup};
use crate::ui::panels;
use crate::ui::store::Store;
use std::rc::Rc;
use yew::prelude::*;

/// The view.
#[function_component(FundingView)]
pub fn funding_view(props: &ViewProps) -> Html {
    let route = &props.route;
    let frame = use_chart_frame(route);
    let lang = frame.lang;
    let data = use_memo(route.period, |p| funding(*p));
    let selected = route.selected.filter(|s| {
        data.charted.iter().any(|c| c.programme.id == *s)
            || data.unplotted.iter().any(|u| u.programme.id == *s)
    });
    // A province, region or place selected in another view highlights its programmes.
    let highlighted = Highlight::of(route.selected).programmes();
    // Laid out again only when what it shows changes: a hover or keyboard focus moves the
    // focus ring, which the chart draws on a layer of its own.
    let scene = use_memo(
        (
            frame.width.max(1.0),
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
                let frame = Frame {
                    width: *width,
                    height: chart_height(*width),
                    grouped: *grouped,
                    selected: *selected,
                    highlighted,
                };
                lay_out(&data, *chart, *lang, *money, frame)
            }
        },
    );
    let focus = frame
        .focused
        .and_then(|f| data.charted.iter().find(|c| c.programme.id == f));
    let count = data.charted.len().to_string();
    let label = match route.chart {
        ChartKind::Treemap => lang.tf(Key::ChartLabelTreemap, &[&count]),
        ChartKind::Bars => lang.tf(Key::ChartLabelBars, &[&count]),
    };
    let chart = frame.area(Chart {
        name: "funding",
        scene: scene.clone(),
        label,
        announce: focus
            .map(|c| announce(lang, &scene, c, route.money))
            .unwrap_or_default(),
        highlighted: highlighted.join(" "),
        tooltip: focus.and_then(|c| focus_tooltip(lang, &scene, c, route.money)),
        on_select: frame.store.on_select(),
        help: Key::ChartHelp,
        title: Key::ViewFunding,
        csv: CsvOf::Funding(route.period),
        gestures: Default::default(),
        wrap: Default::default(),
    });
    html! {
        <section class="funding" aria-labelledby="funding-h">
            <h2 id="funding-h" class="sr-only">{ lang.t(Key::ViewFunding) }</h2>
            { controls(&frame.store, route) }
            { chart }
            if scene.hidden_labels > 0 {
                <p class="help">{ lang.tf(Key::HiddenLabels, &[&scene.hidden_labels.to_string()]) }</p>
            }
            { legend(lang, route.period, &envelope(lang, &data), &data) }
            { unplotted(&frame.store, &data, selected) }
            if let Some(id) = selected {
                { panels::programme(&frame.store, id) }
            }
        </section>
    }
}

/// The treemap's height for a width: taller than wide on a phone.
fn chart_height(width: f64) -> f64 {
    if width < 600.0 {
        (width * 1.15).clamp(280.0, 520.0)
    } else {
        (width * 0.5).clamp(360.0, 620.0)
    }
}

/// The chart's scene: the charted programmes as tiles or bars.
fn lay_out(data: &FundingData, chart: ChartKind, lang: Lang, money: Money, frame: Frame) -> Scene {
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
    match chart {
        ChartKind::Treemap => treemap(&tiles, frame),
        ChartKind::Bars => {
            let group_names: Vec<(Category, String)> = GROUPS
                .iter()
                .map(|g| (*g, category(lang, *g).to_owned()))
                .collect();
            bars(&tiles, frame, &group_names, &|v| tick(lang, money, v))
        }
    }
}

/// A bar chart's axis tick: `v` eok, in the chosen currency.
fn tick(lang: Lang, money: Money, v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    match (money, implied_won_per_dollar()) {
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
}

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

/// What the live region says about the focused programme.
fn announce(lang: Lang, scene: &Scene, c: &Charted, money: Money) -> String {
    let (pos, n) = position(scene, c.programme.id);
    lang.tf(
        Key::Announce,
        &[
            lang.pick(c.programme.name),
            &figure_label(lang, c, money),
            &pos,
            &n,
        ],
    )
}

/// The tooltip of the focused programme: its name, the amount as stated, what is drawn
/// when that differs, and the source.
fn focus_tooltip(lang: Lang, scene: &Scene, c: &Charted, money: Money) -> Option<Html> {
    let item = scene.item(c.programme.id)?;
    let left = (item.outline.x + item.outline.w / 2.0).clamp(0.0, (scene.width - 260.0).max(0.0));
    let top = item.outline.y + item.outline.h.min(48.0) + 4.0;
    let mut body = Markup::new();
    body.el("strong", &[], lang.pick(c.programme.name)).el(
        "span",
        &[("class", "amount")],
        &i18n::amount(lang, c.claim.amount),
    );
    if c.conversion != Conversion::AsStated || money == Money::Dollars {
        body.el(
            "span",
            &[],
            &format!(
                "{}: {}",
                lang.t(Key::TooltipDrawn),
                figure_label(lang, c, money)
            ),
        );
    }
    cite_into(&mut body, lang, c.claim.source);
    Some(tooltip(left, top, &[], body))
}

/// The envelope's amount, which the note says is not summed.
fn envelope(lang: Lang, data: &Rc<FundingData>) -> String {
    data.envelope
        .and_then(|e| e.amounts.first())
        .map(|a| i18n::amount(lang, a.amount))
        .unwrap_or_default()
}

/// The periods the drawn figures cover: "5 years, by 2027, by 2030, 2025 alone".
fn spans(lang: Lang, data: &FundingData) -> String {
    let words: Vec<String> = data
        .spans()
        .into_iter()
        .map(|s| match s {
            Span::Years(y) => lang.tf(Key::SpanYears, &[&y.to_string()]),
            Span::By(y) => lang.tf(Key::SpanBy, &[&y.to_string()]),
            Span::OneYear(y) => lang.tf(Key::SpanOneYear, &[&y.to_string()]),
            Span::PerYear => lang.t(Key::SpanPerYear).to_owned(),
            Span::Unstated => lang.t(Key::SpanUnstated).to_owned(),
        })
        .collect();
    words.join(", ")
}

/// One of the chart's toggles: a button per option, the current one pressed.
fn toggle<T: PartialEq + Copy>(
    lang: Lang,
    name: &str,
    current: T,
    options: [(T, Key); 2],
    on: impl Fn(T) -> Callback<MouseEvent>,
) -> Html {
    html! {
        <fieldset class="toggle">
            <legend class="sr-only">{ name.to_owned() }</legend>
            { for options.iter().map(|(value, key)| html! {
                <button type="button" aria-pressed={if *value == current { "true" } else { "false" }}
                    onclick={on(*value)}>{ lang.t(*key) }</button>
            }) }
        </fieldset>
    }
}

/// Chart type, currency, period and grouping, and the rate dollars are converted at.
fn controls(app: &Store, route: &Route) -> Html {
    let lang = app.lang;
    let charts = [
        (ChartKind::Treemap, Key::ChartTreemap),
        (ChartKind::Bars, Key::ChartBars),
    ];
    let moneys = [
        (Money::Won, Key::MoneyWon),
        (Money::Dollars, Key::MoneyDollars),
    ];
    let periods = [
        (Period::Total, Key::PeriodTotal),
        (Period::PerYear, Key::PeriodPerYear),
    ];
    html! {
        <>
            <div class="controls" role="group" aria-label={lang.t(Key::ChartOptions)}>
                { toggle(lang, lang.t(Key::ChartOptions), route.chart, charts, |c| app.choosing(c)) }
                { toggle(lang, lang.t(Key::MoneyWon), route.money, moneys, |m| app.choosing(m)) }
                { toggle(lang, lang.t(Key::PeriodTotal), route.period, periods, |p| app.choosing(p)) }
                <label class="check">
                    <input type="checkbox" checked={route.grouped} onchange={app.grouped::<Event>(!route.grouped)} />
                    { lang.t(Key::GroupByCategory) }
                </label>
            </div>
            if let (Money::Dollars, Some((lo, hi))) = (route.money, implied_won_per_dollar()) {
                <p class="rate-note" data-testid="rate-note">{ lang.tf(Key::RateNote, &[&i18n::whole(lo), &i18n::whole(hi)]) }</p>
            }
        </>
    }
}

/// What the chart's fills and marks mean, and how to read its amounts.
fn legend(lang: Lang, period: Period, envelope: &str, data: &FundingData) -> Html {
    let mut m = Markup::new();
    m.open("ul", &[("class", "legend")]);
    for g in GROUPS {
        m.legend_item("swatch", &category_fill(g).hex(), "", category(lang, g));
    }
    m.legend_item("swatch dashed", "", "", lang.t(Key::LegendOpen))
        .legend_item("swatch bang", "", "!", lang.t(Key::LegendDisputed))
        .close("ul")
        .el(
            "p",
            &[("class", "note"), ("data-testid", "additive-note")],
            &lang.tf(
                Key::AdditiveNote,
                &[
                    envelope,
                    &spans(lang, data),
                    &DATASET.initiative.projects.to_string(),
                ],
            ),
        );
    if period == Period::PerYear {
        m.el("p", &[("class", "note")], lang.t(Key::PerYearNote));
    }
    m.html()
}

/// The programmes without a figure for the period, each with why, as buttons that
/// select them.
fn unplotted(app: &Store, data: &FundingData, selected: Option<&'static str>) -> Html {
    let lang = app.lang;
    html! {
        <section class="unplotted" aria-labelledby="unplotted-h" data-testid="unplotted">
            <h3 id="unplotted-h">{ lang.t(Key::UnplottedHeading) }</h3>
            <ul>
                { for data.unplotted.iter().map(|u| {
                    let id = u.programme.id;
                    let why = lang.t(match u.why { Missing::InCore => Key::WhyInCore, Missing::NotStated => Key::WhyNotStated, Missing::NoFigureForPeriod => Key::WhyNoYearly });
                    html! {
                        <li data-id={id}>
                            <button type="button" class="link" aria-pressed={if selected == Some(id) { "true" } else { "false" }}
                                onclick={app.selecting::<MouseEvent>(Some(id))}>{ lang.pick(u.programme.name) }</button>
                            { ": " }{ why }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
