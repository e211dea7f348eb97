//! The dataset as accessible tables: the text alternative that every chart keeps.
//!
//! Each amount is shown as the report states it, with the phrase and line it comes
//! from; contradictions show both sides; later reports are a separate, labelled list.
//! What has no listener is written as text ([`Markup`]), which costs far less wasm than
//! an `html!` element; only the programme rows' select buttons are yew elements.

use super::markup::{cite_into, Markup};
use super::names::other;
use super::steps::FromSteps;
use super::store::use_store;
use crate::data::DATASET;
use crate::i18n::category_name as category;
use crate::i18n::{self, Key, Lang};
use yew::prelude::*;

/// The tables `write` makes in `lang`, kept in `kept` for the next call in the same
/// language. The regions', timeline's and economy's tables change with the language only,
/// and their view renders again at every selection: written once per language, they are
/// plain functions rather than components, whose machinery each view chunk would carry.
fn per_lang(
    kept: &'static std::thread::LocalKey<std::cell::RefCell<Option<(Lang, Html)>>>,
    lang: Lang,
    write: fn(Lang) -> Html,
) -> Html {
    kept.with(|k| {
        let mut k = k.borrow_mut();
        match &*k {
            Some((l, html)) if *l == lang => html.clone(),
            _ => {
                let html = write(lang);
                *k = Some((lang, html.clone()));
                html
            }
        }
    })
}

thread_local! {
    static REGION_TABLES: std::cell::RefCell<Option<(Lang, Html)>> = const { std::cell::RefCell::new(None) };
    static TIMELINE_TABLES: std::cell::RefCell<Option<(Lang, Html)>> = const { std::cell::RefCell::new(None) };
    static ECONOMY_TABLES: std::cell::RefCell<Option<(Lang, Html)>> = const { std::cell::RefCell::new(None) };
}

/// A table's caption, test id and column headings (none: no `<thead>`).
struct Head(Key, &'static str, &'static [Key]);

const REGIONS: Head = Head(
    Key::RegionsCaption,
    "region-table",
    &[Key::ColRegion, Key::ColProvinces, Key::ColFocus],
);
const PLACES: Head = Head(Key::PlacesCaption, "place-table", &[]);
const LATER_PLACES: Head = Head(Key::LaterPlacesCaption, "later-place-table", &[]);
const PROVINCES: Head = Head(Key::ProvincesCaption, "province-table", &[]);
const TARGETS: Head = Head(
    Key::TargetsCaption,
    "target-table",
    &[
        Key::ColTarget,
        Key::ColTargetValue,
        Key::ColDeadline,
        Key::ColSource,
    ],
);

/// A table that scrolls sideways on narrow screens, reachable by keyboard: the
/// scroller, the table with its caption and column headings, and its body, whose rows
/// `rows` writes.
fn table(m: &mut Markup, lang: Lang, head: Head, rows: impl FnOnce(&mut Markup)) {
    let Head(caption, testid, cols) = head;
    let caption = lang.t(caption);
    m.open(
        "div",
        &[
            ("class", "scroller"),
            ("role", "region"),
            ("aria-label", caption),
            ("tabindex", "0"),
        ],
    )
    .open("table", &[("data-testid", testid)])
    .el("caption", &[], caption);
    if !cols.is_empty() {
        m.open("thead", &[]).open("tr", &[]);
        for c in cols {
            m.el("th", &[("scope", "col")], lang.t(*c));
        }
        m.close("tr").close("thead");
    }
    m.open("tbody", &[]);
    rows(m);
    m.close("tbody").close("table").close("div");
}

/// Opens a row of record `id` with its heading cell; the caller closes the `<tr>`.
fn row_head<'m>(m: &'m mut Markup, id: &str, name: &str) -> &'m mut Markup {
    m.open("tr", &[("data-id", id)])
        .el("th", &[("scope", "row")], name)
}

/// Props of the funding tables: the language and the selection.
#[derive(Properties, PartialEq)]
pub struct FundingTableProps {
    /// Interface language.
    pub lang: Lang,
    /// The selected record, if any.
    pub selected: Option<&'static str>,
    /// Later reports' amounts shown beside the report's.
    #[prop_or_default]
    pub since: bool,
}

/// Props of one programme's row: the language, which programme, and whether it is the
/// selection.
#[derive(Properties, PartialEq)]
struct RowProps {
    lang: Lang,
    /// Index in `DATASET.programmes`.
    index: usize,
    selected: bool,
    /// Later reports' amounts shown beside the report's.
    since: bool,
}

/// One programme's row. A row of its own, so a new selection renders the two rows it
/// changes: a render of all the rows builds their markup (their sources' quotes) again
/// beside the rows on screen, the funding view's largest memory peak. Only the select
/// button is yew's; the rest is markup.
#[function_component(ProgrammeRow)]
fn programme_row(props: &RowProps) -> Html {
    let app = use_store();
    let (lang, is) = (props.lang, props.selected);
    let alt = other(lang);
    let p = &DATASET.programmes[props.index];
    let select = app.toggling::<MouseEvent>(p.id, is);
    let mut names = Markup::new();
    names
        .el(
            "span",
            &[("class", "alt-name"), ("lang", alt.code())],
            alt.pick(p.name),
        )
        .el(
            "span",
            &[("class", &format!("badge cat-{}", p.category.slug()))],
            category(lang, p.category),
        );
    super::steps::mark_into(&mut names, lang, p.id);
    let mut claims = Markup::new();
    claims.open("ul", &[("class", "claims")]);
    for a in p.amounts {
        claims.open("li", &[]).el(
            "span",
            &[("class", "amount")],
            &i18n::amount(lang, a.amount),
        );
        cite_into(&mut claims, lang, a.source);
        claims.close("li");
    }
    claims.close("ul");
    let pressed = if is { "true" } else { "false" };
    html! {
        <tr data-id={p.id} class={classes!(is.then_some("selected"))} aria-selected={pressed}>
            <th scope="row">
                <button type="button" class="link name" aria-pressed={pressed} onclick={select}>{ lang.pick(p.name) }</button>
                { names.html() }
            </th>
            <td>
                { claims.html() }
                if props.since { <FromSteps {lang} id={Some(p.id)} /> }
            </td>
        </tr>
    }
}

/// Programmes with their amounts, conflicts, and later reports. Rows follow the
/// selection, and a row's button selects its programme, so table and chart agree.
/// They take the selection as a prop rather than the route, so switching the chart,
/// currency or period does not rebuild thirty programmes' rows.
#[function_component(FundingTables)]
pub fn funding_tables(props: &FundingTableProps) -> Html {
    let lang = props.lang;
    let caption = lang.t(Key::ProgrammesCaption);
    // Written once per language, not on every selection.
    let notes = use_memo(lang, |lang| notes(*lang));
    let rows = DATASET.programmes.iter().enumerate().map(|(index, p)| {
        let selected = props.selected == Some(p.id);
        let since = props.since;
        html! { <ProgrammeRow {lang} {index} {selected} {since} /> }
    });
    html! {
        <>
            <div class="scroller" role="region" aria-label={caption} tabindex="0">
                <table data-testid="programme-table" class="programmes">
                    <caption>{ caption }</caption>
                    { head_html(lang, &[Key::ColProgramme, Key::ColAmount]) }
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            { (*notes).clone() }
        </>
    }
}

/// The programme table's header. A bare `<thead>` does not parse inside the `<div>`
/// yew parses markup in, so this part of that table is yew's.
fn head_html(lang: Lang, cols: &[Key]) -> Html {
    html! {
        <thead><tr>
            { for cols.iter().map(|c| html! { <th scope="col">{ lang.t(*c) }</th> }) }
        </tr></thead>
    }
}

/// Every contradiction, both sides with their sources, then later reporting with its
/// addresses.
fn notes(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("class", "conflicts"),
            ("aria-labelledby", "conflicts-h"),
            ("data-testid", "conflicts"),
        ],
    )
    .el(
        "h2",
        &[("id", "conflicts-h")],
        lang.t(Key::ConflictsHeading),
    )
    .el("p", &[], lang.t(Key::ConflictsIntro))
    .el("p", &[], lang.t(Key::ConflictKindsIntro))
    .open("ul", &[]);
    for c in crate::ui::names::conflicts_by_kind() {
        m.open("li", &[("data-id", c.id), ("data-kind", kind_slug(c.kind))]);
        crate::ui::names::conflict_badge_into(&mut m, lang, c);
        m.el("h3", &[], lang.pick(c.title))
            .open("ol", &[("class", "claims")]);
        for cl in c.claims {
            m.open("li", &[]).text(lang.pick(cl.says)).text(" ");
            cite_into(&mut m, lang, cl.source);
            m.close("li");
        }
        m.close("ol")
            .el("p", &[("class", "note")], lang.pick(c.note))
            .close("li");
    }
    m.close("ul").close("section");

    m.open(
        "section",
        &[
            ("class", "updates"),
            ("aria-labelledby", "updates-h"),
            ("data-testid", "updates"),
        ],
    )
    .el("h2", &[("id", "updates-h")], lang.t(Key::UpdatesHeading))
    .el("p", &[], lang.t(Key::UpdatesIntro))
    .open("ul", &[]);
    for u in crate::data::UPDATES {
        m.open("li", &[("data-id", u.id)])
            .el("h3", &[], lang.pick(u.topic))
            .el("p", &[], lang.pick(u.says))
            .open("p", &[("class", "sources")])
            .text(lang.t(Key::UpdateSources))
            .text(": ");
        for (i, s) in u.sources.iter().enumerate() {
            if i > 0 {
                m.text(", ");
            }
            // Shown as text, not a link: the app never sends the reader elsewhere unasked.
            m.el("span", &[("class", "address")], s);
        }
        m.close("p").close("li");
    }
    m.close("ul").close("section");
    m.html()
}

/// Regions, provinces and places.
pub fn region_tables(lang: Lang) -> Html {
    per_lang(&REGION_TABLES, lang, write_region_tables)
}

fn write_region_tables(lang: Lang) -> Html {
    let province_name =
        |id: &'static str| crate::data::province(id).map_or(id, |p| lang.pick(p.name));
    let mut m = Markup::new();
    table(&mut m, lang, REGIONS, |m| {
        for r in DATASET.regions {
            let provinces: Vec<_> = r.provinces.iter().map(|p| province_name(p)).collect();
            row_head(m, r.id, lang.pick(r.name))
                .open("td", &[])
                .text(&provinces.join(", "));
            if let Some(n) = r.note {
                m.el("small", &[("class", "cite")], lang.pick(n));
            }
            m.close("td").open("td", &[]).text(&lang.join(r.focus));
            cite_into(m, lang, r.source);
            m.close("td").close("tr");
        }
    });
    table(&mut m, lang, PLACES, |m| {
        for p in crate::data::PLACES {
            let Some(source) = p.source() else { continue };
            row_head(m, p.id, lang.pick(p.name))
                .open("td", &[])
                .text(p.province.map_or(p.country, province_name))
                .el("small", &[("class", "cite")], lang.pick(p.location_note))
                .close("td")
                .open("td", &[]);
            cite_into(m, lang, source);
            m.close("td").close("tr");
        }
    });
    if crate::data::PLACES
        .iter()
        .any(|p| p.later_report().is_some())
    {
        table(&mut m, lang, LATER_PLACES, |m| {
            for p in crate::data::PLACES {
                let Some(u) = p.later_report().and_then(crate::data::update) else {
                    continue;
                };
                row_head(m, p.id, lang.pick(p.name))
                    .open("td", &[])
                    .text(p.province.map_or(p.country, province_name))
                    .el("small", &[("class", "cite")], lang.pick(p.location_note))
                    .close("td")
                    .open("td", &[])
                    .text(lang.pick(u.says))
                    .el(
                        "small",
                        &[("class", "cite")],
                        &format!("{}: {}", lang.t(Key::UpdateSources), u.sources.join(", ")),
                    )
                    .close("td")
                    .close("tr");
            }
        });
    }
    let alt = other(lang);
    table(&mut m, lang, PROVINCES, |m| {
        for p in DATASET.provinces {
            row_head(m, p.id, lang.pick(p.name))
                .el("td", &[("lang", alt.code())], alt.pick(p.name))
                .close("tr");
        }
    });
    m.html()
}

/// Targets with their deadlines (the timeline view's list has the milestones).
pub fn timeline_tables(lang: Lang) -> Html {
    per_lang(&TIMELINE_TABLES, lang, write_timeline_tables)
}

fn write_timeline_tables(lang: Lang) -> Html {
    let mut m = Markup::new();
    table(&mut m, lang, TARGETS, |m| {
        for t in crate::data::TARGETS {
            let deadline = t.deadline.map(|d| d.to_string()).unwrap_or_default();
            row_head(m, t.id, lang.pick(t.metric))
                .el(
                    "td",
                    &[("class", "value")],
                    &i18n::target_value(lang, t.bound, t.unit),
                )
                .el("td", &[("class", "nowrap")], &deadline)
                .open("td", &[]);
            cite_into(m, lang, t.source);
            m.close("td").close("tr");
        }
    });
    m.html()
}

/// The dataset's name for a conflict kind, for `data-kind` (what tests and styles read).
fn kind_slug(k: crate::data::ConflictKind) -> &'static str {
    crate::data::ConflictKind::ALL
        .iter()
        .find(|(x, _)| *x == k)
        .map_or("", |(_, n)| n)
}

const FIGURES: Head = Head(
    Key::FiguresCaption,
    "figure-table",
    &[Key::ColFigure, Key::ColValue, Key::ColSource],
);
const SCENARIOS: Head = Head(
    Key::ScenariosCaption,
    "scenario-table",
    &[
        Key::ColFigure,
        Key::LegendProductivity,
        Key::LegendGdp,
        Key::UpdateSources,
    ],
);

/// Every economic figure of the report with its value and source, then the scenarios of
/// later reporting with theirs.
pub fn economy_tables(lang: Lang) -> Html {
    per_lang(&ECONOMY_TABLES, lang, write_economy_tables)
}

fn write_economy_tables(lang: Lang) -> Html {
    use crate::i18n::{figure_value, percent_change};
    let mut m = Markup::new();
    table(&mut m, lang, FIGURES, |m| {
        for f in crate::data::FIGURES {
            let mut value = figure_value(lang, f.value, f.unit);
            if let Some(p) = f.period {
                value = lang.tf(Key::WithPeriod, &[&value, lang.pick(p)]);
            }
            row_head(m, f.id, lang.pick(f.label))
                .el("td", &[("class", "value")], &value)
                .open("td", &[]);
            cite_into(m, lang, f.source);
            m.close("td").close("tr");
        }
    });
    table(&mut m, lang, SCENARIOS, |m| {
        for s in crate::data::SCENARIOS {
            let sources = crate::data::UPDATES
                .iter()
                .find(|u| u.id == s.update)
                .map_or(String::new(), |u| u.sources.join(", "));
            row_head(m, s.id, lang.pick(s.label))
                .el(
                    "td",
                    &[("class", "value")],
                    &percent_change(lang, s.productivity),
                )
                .el("td", &[("class", "value")], &percent_change(lang, s.gdp))
                .el("td", &[], &format!("{} · {sources}", lang.pick(s.period)))
                .close("tr");
        }
    });
    m.html()
}
