//! The dataset as accessible tables: the text alternative that every chart keeps.
//!
//! Each amount is shown as the report states it, with the phrase and line it comes
//! from; contradictions show both sides; later reports are a separate, labelled list.

use super::store::use_actions;
use crate::data::{Category, Source, DATASET};
use crate::i18n::{self, Key, Lang};
use crate::state::Action;
use yew::prelude::*;

/// Props: the language.
#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// Interface language.
    pub lang: Lang,
}

/// The other language, for the bilingual name column.
fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Ko,
        Lang::Ko => Lang::En,
    }
}

fn category(lang: Lang, c: Category) -> &'static str {
    lang.t(match c {
        Category::Envelope => Key::CategoryEnvelope,
        Category::Ai => Key::CategoryAi,
        Category::SuperInnovation => Key::CategorySuperInnovation,
        Category::CrossCutting => Key::CategoryCrossCutting,
    })
}

/// "Report section “…”, line N: “quote”".
pub(super) fn cite(lang: Lang, s: Source) -> Html {
    html! {
        <small class="cite">{ lang.tf(Key::SourceLine, &[s.section.heading, &s.line.to_string(), s.quote]) }</small>
    }
}

/// A table that scrolls sideways on narrow screens, reachable by keyboard.
fn scroller(label: &str, table: Html) -> Html {
    html! {
        <div class="scroller" role="region" aria-label={label.to_owned()} tabindex="0">{ table }</div>
    }
}

/// Props of the funding tables: the language and the selection.
#[derive(Properties, PartialEq)]
pub struct FundingTableProps {
    /// Interface language.
    pub lang: Lang,
    /// The selected record, if any.
    pub selected: Option<&'static str>,
}

/// Props of one programme's row: the language, which programme, and whether it is the
/// selection.
#[derive(Properties, PartialEq)]
struct RowProps {
    lang: Lang,
    /// Index in `DATASET.programmes`.
    index: usize,
    selected: bool,
}

/// One programme's row. A row of its own, so a new selection renders the two rows it
/// changes: a render of all seventeen rows built some 44 KB of markup (their sources'
/// quotes) beside the rows on screen, the funding view's largest memory peak.
#[function_component(ProgrammeRow)]
fn programme_row(props: &RowProps) -> Html {
    let app = use_actions();
    let (lang, is) = (props.lang, props.selected);
    let alt = other(lang);
    let p = &DATASET.programmes[props.index];
    let select = app.on::<MouseEvent>(Action::Select(if is { None } else { Some(p.id) }));
    html! {
        <tr data-id={p.id} class={classes!(is.then_some("selected"))} aria-selected={if is { "true" } else { "false" }}>
            <th scope="row">
                <button type="button" class="link name" aria-pressed={if is { "true" } else { "false" }} onclick={select}>{ lang.pick(p.name) }</button>
                <span class="alt-name" lang={alt.code()}>{ alt.pick(p.name) }</span>
                <span class={classes!("badge", format!("cat-{}", p.category.slug()))}>{ category(lang, p.category) }</span>
            </th>
            <td>
                <ul class="claims">
                    { for p.amounts.iter().map(|a| html! {
                        <li>
                            <span class="amount">{ i18n::amount(lang, a.amount) }</span>
                            { cite(lang, a.source) }
                        </li>
                    }) }
                </ul>
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
    let rows = DATASET.programmes.iter().enumerate().map(|(index, p)| {
        let selected = props.selected == Some(p.id);
        html! { <ProgrammeRow {lang} {index} {selected} /> }
    });
    let table = html! {
        <table data-testid="programme-table" class="programmes">
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ lang.t(Key::ColProgramme) }</th>
                    <th scope="col">{ lang.t(Key::ColAmount) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    };
    html! {
        <>
            { scroller(caption, table) }
            <Conflicts {lang} />
            <Updates {lang} />
        </>
    }
}

/// Every contradiction, both sides with their sources.
#[function_component(Conflicts)]
pub fn conflicts(props: &TableProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="conflicts" aria-labelledby="conflicts-h" data-testid="conflicts">
            <h2 id="conflicts-h">{ lang.t(Key::ConflictsHeading) }</h2>
            <p>{ lang.t(Key::ConflictsIntro) }</p>
            <ul>
                { for DATASET.conflicts.iter().map(|c| html! {
                    <li data-id={c.id}>
                        <h3>{ lang.pick(c.title) }</h3>
                        <ol class="claims">
                            { for c.claims.iter().map(|cl| html! {
                                <li>{ lang.pick(cl.says) }{ " " }{ cite(lang, cl.source) }</li>
                            }) }
                        </ol>
                        <p class="note">{ lang.pick(c.note) }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Later reporting, with its addresses.
#[function_component(Updates)]
pub fn updates(props: &TableProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="updates" aria-labelledby="updates-h" data-testid="updates">
            <h2 id="updates-h">{ lang.t(Key::UpdatesHeading) }</h2>
            <p>{ lang.t(Key::UpdatesIntro) }</p>
            <ul>
                { for DATASET.updates.iter().map(|u| html! {
                    <li data-id={u.id}>
                        <h3>{ lang.pick(u.topic) }</h3>
                        <p>{ lang.pick(u.says) }</p>
                        <p class="sources">
                            { lang.t(Key::UpdateSources) }{ ": " }
                            { for u.sources.iter().enumerate().map(|(i, s)| html! {
                                <>
                                    if i > 0 { { ", " } }
                                    // Shown as text, not a link: the app never sends the reader elsewhere unasked.
                                    <span class="address">{ *s }</span>
                                </>
                            }) }
                        </p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Regions, provinces and places.
#[function_component(RegionTables)]
pub fn region_tables(props: &TableProps) -> Html {
    let lang = props.lang;
    let province_name = |id: &str| {
        DATASET
            .provinces
            .iter()
            .find(|p| p.id == id)
            .map_or(id.to_owned(), |p| lang.pick(p.name).to_owned())
    };
    let regions = html! {
        <table data-testid="region-table">
            <caption>{ lang.t(Key::RegionsCaption) }</caption>
            <thead><tr>
                <th scope="col">{ lang.t(Key::ColRegion) }</th>
                <th scope="col">{ lang.t(Key::ColProvinces) }</th>
                <th scope="col">{ lang.t(Key::ColFocus) }</th>
            </tr></thead>
            <tbody>
                { for DATASET.regions.iter().map(|r| html! {
                    <tr data-id={r.id}>
                        <th scope="row">{ lang.pick(r.name) }</th>
                        <td>
                            { r.provinces.iter().map(|p| province_name(p)).collect::<Vec<_>>().join(", ") }
                            if let Some(n) = r.note { <small class="cite">{ lang.pick(n) }</small> }
                        </td>
                        <td>
                            { r.focus.iter().map(|f| lang.pick(*f)).collect::<Vec<_>>().join(", ") }
                            { cite(lang, r.source) }
                        </td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    let alt = other(lang);
    let provinces = html! {
        <table data-testid="province-table">
            <caption>{ lang.t(Key::ProvincesCaption) }</caption>
            <tbody>
                { for DATASET.provinces.iter().map(|p| html! {
                    <tr data-id={p.id}>
                        <th scope="row">{ lang.pick(p.name) }</th>
                        <td lang={alt.code()}>{ alt.pick(p.name) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    let places = html! {
        <table data-testid="place-table">
            <caption>{ lang.t(Key::PlacesCaption) }</caption>
            <tbody>
                { for DATASET.places.iter().map(|p| html! {
                    <tr data-id={p.id}>
                        <th scope="row">{ lang.pick(p.name) }</th>
                        <td>{ p.province.map(province_name).unwrap_or_else(|| p.country.to_owned()) }
                            <small class="cite">{ lang.pick(p.location_note) }</small></td>
                        <td>{ cite(lang, p.source) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    html! {
        <>
            { scroller(lang.t(Key::RegionsCaption), regions) }
            { scroller(lang.t(Key::PlacesCaption), places) }
            { scroller(lang.t(Key::ProvincesCaption), provinces) }
        </>
    }
}

/// Targets with their deadlines (the timeline view's list has the milestones).
#[function_component(TimelineTables)]
pub fn timeline_tables(props: &TableProps) -> Html {
    let lang = props.lang;
    let ts = html! {
        <table data-testid="target-table">
            <caption>{ lang.t(Key::TargetsCaption) }</caption>
            <thead><tr>
                <th scope="col">{ lang.t(Key::ColTarget) }</th>
                <th scope="col">{ lang.t(Key::ColDeadline) }</th>
                <th scope="col">{ lang.t(Key::ColSource) }</th>
            </tr></thead>
            <tbody>
                { for DATASET.targets.iter().map(|t| html! {
                    <tr data-id={t.id}>
                        <th scope="row">{ lang.pick(t.metric) }</th>
                        <td>{ t.deadline.map(|d| d.to_string()).unwrap_or_default() }</td>
                        <td>{ cite(lang, t.source) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    scroller(lang.t(Key::TargetsCaption), ts)
}
