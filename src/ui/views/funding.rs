//! The funding view: the report's programmes as ranked bars, with the controls,
//! tooltip, legend, the note on what adds up, the programmes without a figure and the
//! detail panel of the selected one; or, in its later-reports mode, the treemap of the
//! National Growth Fund's split by industry, with its table of figures.

use super::frame::{position, use_chart_frame, Chart, ViewProps};
use crate::data::funding::{
    fund_split, funding, Charted, Conversion, FundingData, Missing, Period, Span,
};
use crate::data::highlight::Highlight;
use crate::data::{implied_won_per_dollar, Amount, Basis, Category, DATASET};
use crate::i18n::category_name as category;
use crate::i18n::figure::figure_label;
use crate::i18n::{self, Key, Lang};
use crate::layout::funding::{
    bars, category_fill, split_tiles, split_treemap, split_won as won, Frame, SplitFrame,
    SplitTile, Tile, GROUPS, REST_ID,
};
use crate::layout::Scene;
use crate::state::{Chart as ChartKind, Money, Route};
use crate::ui::chart::tooltip;
use crate::ui::details::FromDetails;
use crate::ui::export::CsvOf;
use crate::ui::markup::{cite_into, Markup};
use crate::ui::steps::FromSteps;
use crate::ui::store::Store;
use yew::prelude::*;

/// The view.
#[function_component(FundingView)]
pub fn funding_view(props: &ViewProps) -> Html {
    let route = &props.route;
    let frame = use_chart_frame(route);
    let lang = frame.lang;
    let data = use_memo(route.period, |p| funding(*p));
    // The envelope (the fund) is not a bar, but its row in the table selects it and its
    // panel opens like a programme's.
    let selected = route.selected.filter(|s| {
        data.charted.iter().any(|c| c.programme.id == *s)
            || data.unplotted.iter().any(|u| u.programme.id == *s)
            || data.envelope.is_some_and(|e| e.id == *s)
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
    let hidden = if scene.hidden_labels > 0 {
        html! { <p class="help">{ lang.tf(Key::HiddenLabels, &[&scene.hidden_labels.to_string()]) }</p> }
    } else {
        Html::default()
    };
    let split = route.chart == ChartKind::Split;
    let (chart, below, details) = if split {
        // Later figures stay in won: the report's won-per-dollar range is for its own
        // figures, not for amounts reported at a later date.
        let parts = split_tiles(lang);
        let focus = frame.focused.and_then(|f| parts.iter().find(|p| p.id == f));
        let chart = frame.area(Chart {
            name: "funding",
            scene: scene.clone(),
            label: lang.tf(
                Key::ChartLabelSplit,
                &[
                    &split_date(lang),
                    &parts.len().saturating_sub(1).to_string(),
                ],
            ),
            announce: focus
                .map(|p| {
                    let (pos, n) = position(&scene, p.id);
                    lang.tf(Key::Announce, &[&p.name, &p.value, &pos, &n])
                })
                .unwrap_or_default(),
            summary: crate::summary::funding::split(lang),
            highlighted: String::new(),
            tooltip: focus.and_then(|p| split_tooltip(lang, &scene, p)),
            on_select: {
                // A part stands for the later report it comes from: selecting it opens
                // that report's panel (what it says, its dates and sources).
                let select = frame.store.on_select();
                let update = fund_split().map(|(u, _, _)| u.id);
                Callback::from(move |id: Option<&'static str>| select.emit(id.and(update)))
            },
            help: Key::ChartHelpSplit,
            title: Key::ViewFunding,
            csv: CsvOf::Split,
            gestures: Default::default(),
            wrap: Default::default(),
        });
        let report = route
            .selected
            .filter(|s| fund_split().is_some_and(|(u, _, _)| u.id == *s));
        (chart, split_table(lang), report)
    } else {
        let focus = frame
            .focused
            .and_then(|f| data.charted.iter().find(|c| c.programme.id == f));
        let count = data.charted.len().to_string();
        let chart = frame.area(Chart {
            name: "funding",
            scene: scene.clone(),
            label: lang.tf(Key::ChartLabelBars, &[&count]),
            summary: crate::summary::funding::bars(
                lang,
                &data,
                route.period,
                route.money,
                selected,
            ),
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
        let below = html! {
            <>
                { legend(lang, route.period, &data) }
                { unplotted(&frame.store, &data, selected) }
            </>
        };
        (chart, below, selected)
    };
    // One tree for both charts, with as many children after the chart: yew matches
    // unkeyed children by position counted from the end, so the chart's canvas (and the
    // backing store it keeps, `render::canvas`) survives a switch between the bars and
    // the split instead of being made anew.
    html! {
        <section class="funding" aria-labelledby="funding-h">
            <h2 id="funding-h" class="sr-only">{ lang.t(Key::ViewFunding) }</h2>
            if route.slide.is_none() {
                if !split { <FromSteps {lang} fold=true /> }
                { controls(&frame.store, route) }
            }
            { chart }
            { hidden }
            { below }
            if let Some(id) = details {
                <FromDetails {lang} id={Some(id)} />
            }
        </section>
    }
}

/// The split treemap's height for a width (under its title): taller than wide on a
/// phone.
fn chart_height(width: f64) -> f64 {
    if width < 600.0 {
        (width * 1.15).clamp(280.0, 520.0)
    } else {
        (width * 0.5).clamp(360.0, 620.0)
    }
}

/// The chart's scene: the charted programmes as bars, or the fund's split.
fn lay_out(data: &FundingData, chart: ChartKind, lang: Lang, money: Money, frame: Frame) -> Scene {
    if chart == ChartKind::Split {
        let title = lang.tf(Key::SplitTitle, &[&split_date(lang)]);
        let caption = split_caption(lang);
        return split_treemap(
            &split_tiles(lang),
            SplitFrame {
                width: frame.width,
                height: frame.height,
                title: &title,
                caption: &caption,
            },
        );
    }
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
    let group_names: Vec<(Category, String)> = GROUPS
        .iter()
        .map(|g| (*g, category(lang, *g).to_owned()))
        .collect();
    bars(&tiles, frame, &group_names, &|v| tick(lang, money, v))
}

/// When the split was reported: the last dated event of its update (the fund's launch).
fn split_date(lang: Lang) -> String {
    fund_split()
        .and_then(|(u, _, _)| u.events.iter().map(|e| e.date).max_by_key(|d| d.start))
        .map(|d| i18n::date(lang, d))
        .unwrap_or_default()
}

/// The hosts of the split's sources and of its whole's, in order, each once.
fn split_hosts() -> Vec<&'static str> {
    let mut hosts: Vec<&'static str> = Vec::new();
    if let Some((u, _, whole)) = fund_split() {
        for s in u.sources.iter().chain(whole.sources) {
            let h = s
                .trim_start_matches("https://")
                .split('/')
                .next()
                .unwrap_or(s);
            if !hosts.contains(&h) {
                hosts.push(h);
            }
        }
    }
    hosts
}

/// The caption drawn on the split: the whole and the sources.
fn split_caption(lang: Lang) -> String {
    let whole = fund_split()
        .map(|(_, s, _)| won(lang, s.whole))
        .unwrap_or_default();
    lang.tf(Key::SplitCaption, &[&whole, &split_hosts().join(", ")])
}

/// The tooltip of a focused part: its name and amount.
fn split_tooltip(lang: Lang, scene: &Scene, p: &SplitTile) -> Option<Html> {
    let item = scene.item(p.id)?;
    let left = (item.outline.x + item.outline.w / 2.0).clamp(0.0, (scene.width - 260.0).max(0.0));
    let top = item.outline.y + item.outline.h.min(48.0) + 4.0;
    let mut body = Markup::new();
    body.el("strong", &[], &p.name)
        .el("span", &[("class", "amount")], &p.value)
        .el("span", &[], lang.t(Key::DetailUpdates));
    Some(tooltip(left, top, &[], body))
}

/// The split's note and its table of every figure: each part, what they leave,
/// and the whole, with their shares and sources.
fn split_table(lang: Lang) -> Html {
    let Some((u, split, whole)) = fund_split() else {
        return Html::default();
    };
    let mut m = Markup::new();
    m.el(
        "p",
        &[("class", "note"), ("data-testid", "split-note")],
        &lang.tf(
            Key::SplitNote,
            &[
                &won(lang, split.allocated()),
                &won(lang, split.whole),
                &won(lang, split.remainder()),
            ],
        ),
    );
    let caption = lang.t(Key::SplitTableCaption);
    m.open(
        "div",
        &[
            ("class", "scroller"),
            ("role", "region"),
            ("aria-label", caption),
            ("tabindex", "0"),
        ],
    )
    .open("table", &[("data-testid", "split-table")])
    .el("caption", &[], caption)
    .open("thead", &[])
    .open("tr", &[]);
    for c in [Key::ColIndustry, Key::ColSplitAmount, Key::ColShare] {
        m.el("th", &[("scope", "col")], lang.t(c));
    }
    m.close("tr").close("thead").open("tbody", &[]);
    let share = |eok: u64| format!("{:.1}%", eok as f64 * 100.0 / split.whole.eok.max(1) as f64);
    let line = |m: &mut Markup, id: &str, name: &str, eok: crate::data::Money| {
        m.open("tr", &[("data-id", id)])
            .el("th", &[("scope", "row")], name)
            .el("td", &[], &won(lang, eok))
            .el("td", &[], &share(eok.eok))
            .close("tr");
    };
    for p in split.parts {
        line(&mut m, p.name.en, lang.pick(p.name), p.amount);
    }
    line(&mut m, REST_ID, lang.t(Key::SplitRest), split.remainder());
    line(&mut m, "whole", lang.t(Key::SplitWhole), split.whole);
    m.close("tbody").close("table").close("div");
    m.open("p", &[("class", "sources")])
        .text(lang.t(Key::UpdateSources))
        .text(": ");
    for (i, s) in u.sources.iter().chain(whole.sources).enumerate() {
        if i > 0 {
            m.text(", ");
        }
        m.el("span", &[("class", "address")], s);
    }
    m.close("p");
    m.html()
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
fn envelope(lang: Lang, data: &FundingData) -> String {
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
        (ChartKind::Bars, Key::ChartBars),
        (ChartKind::Split, Key::ChartSplit),
    ];
    let bars = route.chart == ChartKind::Bars;
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
                { toggle(lang, lang.t(Key::LegendChartType), route.chart, charts, |c| app.choosing(c)) }
                // Currency, period and grouping are the bars' own settings: the split's
                // later figures stay in won.
                if bars {
                    { toggle(lang, lang.t(Key::LegendCurrency), route.money, moneys, |m| app.choosing(m)) }
                    { toggle(lang, lang.t(Key::LegendPeriod), route.period, periods, |p| app.choosing(p)) }
                    <label class="check">
                        <input type="checkbox" checked={route.grouped} onchange={app.grouped::<Event>(!route.grouped)} />
                        { lang.t(Key::GroupByCategory) }
                    </label>
                    <label class="check">
                        <input type="checkbox" data-testid="since-toggle" checked={route.since} onchange={app.since::<Event>(!route.since)} />
                        { lang.t(Key::SinceToggle) }
                    </label>
                }
            </div>
            if bars && route.since {
                <p class="rate-note" data-testid="since-note">{ lang.t(Key::SinceNote) }</p>
            }
            if let (true, Money::Dollars, Some((lo, hi))) = (bars, route.money, implied_won_per_dollar()) {
                <p class="rate-note" data-testid="rate-note">{ lang.tf(Key::RateNote, &[&i18n::whole(lo), &i18n::whole(hi)]) }</p>
            }
        </>
    }
}

/// The first amount of a programme that matches `pick`, written with its period.
fn first_amount(id: &str, pick: impl Fn(Basis) -> bool) -> Option<Amount> {
    crate::data::programme(id)?
        .amounts
        .iter()
        .map(|c| c.amount)
        .find(|a| matches!(a, Amount::Stated { basis, .. } if pick(*basis)))
}

/// The programmes the report marks as inside the fund with no figure of their own.
fn in_fund(lang: Lang) -> String {
    DATASET
        .programmes
        .iter()
        .filter(|p| {
            p.amounts
                .iter()
                .any(|c| c.amount == Amount::InCore && c.source.quote.contains("AI Fund"))
        })
        .map(|p| lang.pick(p.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How many rows of the key-components table say "Included in AI Fund".
fn in_fund_rows() -> usize {
    let mut quotes: Vec<&str> = DATASET
        .programmes
        .iter()
        .flat_map(|p| p.amounts)
        .filter(|c| c.amount == Amount::InCore && c.source.quote.contains("AI Fund"))
        .map(|c| c.source.quote)
        .collect();
    quotes.sort_unstable();
    quotes.dedup();
    quotes.len()
}

/// The note under the bars: every period the drawn figures cover, what may overlap and
/// why, and what the report does and does not say about the fund.
fn additive_note(lang: Lang, data: &FundingData) -> String {
    let said = |a: Option<Amount>| a.map(|a| i18n::amount(lang, a)).unwrap_or_default();
    let total = |b: Basis| matches!(b, Basis::Total { .. });
    lang.tf(
        Key::AdditiveNote,
        &[
            &envelope(lang, data),
            &spans(lang, data),
            &DATASET.initiative.projects.to_string(),
            &said(first_amount("startup-vc", total)),
            &said(first_amount("startup-vc", |b| {
                matches!(b, Basis::PerYear { .. })
            })),
            &said(first_amount("ai-infrastructure", total)),
            &in_fund(lang),
            &in_fund_rows().to_string(),
        ],
    )
}

/// What the chart's fills and marks mean, and how to read its amounts.
fn legend(lang: Lang, period: Period, data: &FundingData) -> Html {
    let mut m = Markup::new();
    m.open("ul", &[("class", "legend")]);
    for g in GROUPS {
        m.legend_item("swatch", &category_fill(g).hex(), "", category(lang, g));
    }
    m.legend_item("swatch dashed", "", "", lang.t(Key::LegendOpen))
        .legend_item("swatch bang", "", "!", lang.t(Key::LegendDisputed))
        .legend_item(
            "swatch bang ambiguity",
            "",
            "?",
            lang.t(Key::LegendAmbiguousFigure),
        )
        .close("ul")
        .el(
            "p",
            &[("class", "note"), ("data-testid", "additive-note")],
            &additive_note(lang, data),
        );
    if period == Period::PerYear {
        m.el("p", &[("class", "note")], lang.t(Key::PerYearNote));
        if data
            .charted
            .iter()
            .any(|c| matches!(c.conversion, Conversion::OneYearOnly(_)))
        {
            m.el(
                "p",
                &[("class", "note"), ("data-testid", "one-year-note")],
                lang.t(Key::PerYearOneYearNote),
            );
        }
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
