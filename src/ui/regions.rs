//! The regions view: South Korea's provinces on a map (or a tile grid, where small
//! provinces would be too small to touch), shaded by the report's regional strategy,
//! with the places it names; a tooltip, a detail panel, and a list with the same
//! content. A selected programme highlights its provinces here, as a selected province
//! highlights its programmes in the funding view.
//!
//! The map/tile choice is the link's (`map=geo|tiles`); without one, tiles below 560 px
//! and the map otherwise. The map carries an inset of the Seoul capital area.

use super::chart::{chart_zoom, use_width, ChartCanvas};
use super::detail::ProgrammeDetail;
use super::export::{CsvOf, ExportBar};
use super::store::{use_actions, use_app, Actions};
use super::tables::cite;
use crate::data::{self, Place, Province, ProvinceKind, DATASET};
use crate::i18n::{Key, Lang};
use crate::layout::map::{
    self, geographic_in, region_fill, regions_of, tiles, Area, Frame, Layout, Marker, Outlines,
    UNASSIGNED,
};
use crate::layout::Scene;
use crate::state::{Action, MapStyle};
use yew::prelude::*;

/// The province's short label (map and tiles).
fn short(lang: Lang, id: &str) -> String {
    let key = match id {
        "KR-11" => Key::ShortKr11,
        "KR-26" => Key::ShortKr26,
        "KR-27" => Key::ShortKr27,
        "KR-28" => Key::ShortKr28,
        "KR-29" => Key::ShortKr29,
        "KR-30" => Key::ShortKr30,
        "KR-31" => Key::ShortKr31,
        "KR-50" => Key::ShortKr50,
        "KR-41" => Key::ShortKr41,
        "KR-51" => Key::ShortKr51,
        "KR-43" => Key::ShortKr43,
        "KR-44" => Key::ShortKr44,
        "KR-52" => Key::ShortKr52,
        "KR-46" => Key::ShortKr46,
        "KR-47" => Key::ShortKr47,
        "KR-48" => Key::ShortKr48,
        "KR-49" => Key::ShortKr49,
        // A province added to the dataset without a short name shows its full name.
        _ => {
            return province(id).map_or(id.to_owned(), |p| lang.pick(p.name).to_owned());
        }
    };
    lang.t(key).to_owned()
}

fn kind(lang: Lang, k: ProvinceKind) -> &'static str {
    lang.t(match k {
        ProvinceKind::SpecialCity => Key::KindSpecialCity,
        ProvinceKind::MetropolitanCity => Key::KindMetropolitanCity,
        ProvinceKind::SpecialSelfGoverningCity => Key::KindSpecialSelfGoverningCity,
        ProvinceKind::Province => Key::KindProvince,
        ProvinceKind::SpecialSelfGoverningProvince => Key::KindSpecialSelfGoverningProvince,
    })
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Ko,
        Lang::Ko => Lang::En,
    }
}

fn province(id: &str) -> Option<&'static Province> {
    DATASET.provinces.iter().find(|p| p.id == id)
}

fn place(id: &str) -> Option<&'static Place> {
    DATASET.places.iter().find(|p| p.id == id)
}

/// "Southwest: renewable energy, food, smart agriculture", per region of the province.
fn strategy(lang: Lang, id: &str) -> Vec<String> {
    let rs = regions_of(id);
    if rs.is_empty() {
        return vec![lang.t(Key::NoRegion).to_owned()];
    }
    rs.iter()
        .map(|(_, r)| {
            if r.focus.is_empty() {
                lang.pick(r.name).to_owned()
            } else {
                lang.tf(
                    Key::RegionWithFocus,
                    &[
                        lang.pick(r.name),
                        &r.focus
                            .iter()
                            .map(|f| lang.pick(*f))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ],
                )
            }
        })
        .collect()
}

fn programme_names(lang: Lang, id: &str) -> Vec<(&'static str, &'static str)> {
    data::programmes_touching(id)
        .into_iter()
        .filter_map(|p| data::programme(p).map(|x| (p, lang.pick(x.name))))
        .collect()
}

fn places_in(id: &str) -> Vec<&'static Place> {
    DATASET
        .places
        .iter()
        .filter(|p| p.province == Some(id))
        .collect()
}

fn markers() -> Vec<Marker> {
    Marker::of_dataset()
}

/// The swatch of a province's first region (and the second, if any).
fn swatch(id: &str) -> Html {
    let rs = regions_of(id);
    let style = match rs.as_slice() {
        [] => format!("background:{}", UNASSIGNED.hex()),
        [(a, _)] => format!("background:{}", region_fill(*a).hex()),
        [(a, _), (b, _), ..] => format!(
            "background:linear-gradient(135deg,{} 50%,{} 50%)",
            region_fill(*a).hex(),
            region_fill(*b).hex()
        ),
    };
    html! { <span class="swatch" aria-hidden="true" {style}></span> }
}

/// Later reporting about the provinces (e.g. boundary changes), from the dataset.
fn boundary_note(lang: Lang) -> Html {
    let updates: Vec<_> = DATASET
        .updates
        .iter()
        .filter(|u| u.concerns.iter().any(|c| province(c).is_some()))
        .collect();
    html! {
        <div class="note boundary-note" data-testid="boundary-note">
            <p>{ lang.t(Key::BoundaryNote) }</p>
            if !updates.is_empty() {
                <p>{ lang.t(Key::BoundaryLater) }</p>
                <ul>
                    { for updates.iter().map(|u| html! {
                        <li data-id={u.id}>
                            <strong>{ lang.pick(u.topic) }</strong>{ ": " }{ lang.pick(u.says) }
                            <small class="cite">{ lang.t(Key::UpdateSources) }{ ": " }{ u.sources.join(", ") }</small>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

/// The view.
#[function_component(RegionsView)]
pub fn regions_view() -> Html {
    let app = use_app();
    let lang = app.lang;
    let route = app.route.clone();
    let wrap = use_node_ref();
    let width = use_width(wrap.clone());
    // In a briefing the chart is laid out narrower and drawn larger, so its text reads from afar.
    let zoom = chart_zoom(&app.route, width);
    let width = width / zoom;
    let focused = use_state_eq(|| None::<&'static str>);
    // Whether the pointer is over the capital-area inset: the tooltip then points there.
    let in_inset = use_state_eq(|| false);
    // The reader's choice lives in the link (`map=geo|tiles`); without one, the width decides.
    let layout = match app.route.map {
        Some(MapStyle::Geographic) => Layout::Geographic,
        Some(MapStyle::Tiles) => Layout::Tiles,
        None => map::default_layout(width),
    };

    // A new selection made elsewhere (the detail panel, the list) ends a stale hover
    // or keyboard focus, so its tooltip does not linger over the map.
    {
        let focused = focused.clone();
        use_effect_with(route.selected, move |sel| {
            if *focused != *sel {
                focused.set(None);
            }
        });
    }
    let marks = markers();
    let selected = route.selected;
    let on_map = selected.filter(|s| province(s).is_some() || place(s).is_some());
    // A programme or a region selected (here or in the funding view) highlights its provinces.
    let highlighted: Vec<&'static str> = match selected {
        Some(id) => match (
            data::programme(id),
            DATASET.regions.iter().find(|r| r.id == id),
        ) {
            (Some(p), _) => data::provinces_of_programme(p),
            (_, Some(r)) => r.provinces.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    let frame = Frame {
        width: width.max(1.0),
        layout,
        selected: on_map,
        highlighted: &highlighted,
        inset_title: lang.t(Key::MapInsetTitle),
    };
    // Until the chart's width is measured (the first render), nothing is laid out: a map
    // laid out for 1 px was alive beside the one for the real width, 70 KB of rings each,
    // the page's largest memory peak when the regions view opened on the map.
    let measured = width > 0.0;
    // The map's outlines, projected once per width while the map shows: each new scene
    // (a selection, a highlight, the language) shares them, so the scene on screen and
    // the one laid out to replace it do not hold two sets of rings.
    let outlines = use_memo(
        (frame.width, layout, measured),
        |(width, layout, measured)| {
            (*measured && *layout == Layout::Geographic).then(|| Outlines::new(*width, &markers()))
        },
    );
    // Laid out again only when what it shows changes: a hover or keyboard focus moves the
    // focus ring, which the chart draws on a layer of its own.
    let scene = use_memo(
        (
            frame.width,
            layout,
            lang,
            on_map,
            highlighted.clone(),
            measured,
        ),
        move |(width, layout, lang, selected, highlighted, measured)| {
            if !*measured {
                return Scene {
                    width: *width,
                    height: map::height(*width, *layout),
                    ..Scene::default()
                };
            }
            let areas = Area::of_dataset(|p| short(*lang, p.id));
            let frame = Frame {
                width: *width,
                layout: *layout,
                selected: *selected,
                highlighted,
                inset_title: lang.t(Key::MapInsetTitle),
            };
            match layout {
                Layout::Geographic => match &*outlines {
                    Some(o) => geographic_in(o, &areas, &markers(), frame),
                    // Not reached: the outlines follow the same width and layout.
                    None => map::geographic(&areas, &markers(), frame),
                },
                Layout::Tiles => tiles(&areas, &markers(), frame),
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
    let set_layout = |l: Layout| {
        let dispatch = app.dispatch.clone();
        let focused = focused.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Map(match l {
                Layout::Geographic => MapStyle::Geographic,
                Layout::Tiles => MapStyle::Tiles,
            }));
            focused.set(None);
        })
    };

    // The capital-area inset, on the geographic map only.
    let inset =
        (measured && layout == Layout::Geographic).then(|| map::inset_of(frame.width, &marks));
    // Where the tooltip points: a spot that the pointer finds the same item at (in the
    // inset while the pointer is there).
    let anchor = |id: &str| {
        inset
            .filter(|_| *in_inset)
            .and_then(|i| map::inset_anchor(&i, &marks, id))
            .or_else(|| map::anchor(&scene, &marks, frame, id))
    };
    let track_inset = {
        let in_inset = in_inset.clone();
        let frame_rect = inset.map(|i| i.frame);
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            let Some(canvas) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            else {
                return;
            };
            let r = canvas.get_bounding_client_rect();
            let (x, y) = (
                (e.client_x() as f64 - r.left()) / zoom,
                (e.client_y() as f64 - r.top()) / zoom,
            );
            in_inset.set(frame_rect.is_some_and(|f| f.contains(x, y)));
        })
    };
    let leave_inset = {
        let in_inset = in_inset.clone();
        Callback::from(move |_: MouseEvent| in_inset.set(false))
    };
    // For tests and tools: the inset's frame, and where each of its provinces and markers
    // is pointed at there.
    let inset_attrs = inset.map(|i| {
        let f = i.frame;
        let at: Vec<String> = scene
            .items
            .iter()
            .filter_map(|it| {
                map::inset_anchor(&i, &marks, it.id)
                    .map(|(x, y)| format!("{}@{x:.1},{y:.1}", it.id))
            })
            .collect();
        (
            format!("{:.1},{:.1},{:.1},{:.1}", f.x, f.y, f.w, f.h),
            at.join(" "),
        )
    });

    let announce = focused
        .map(|id| {
            let pos = scene
                .items
                .iter()
                .position(|i| i.id == id)
                .map_or(0, |p| p + 1);
            let n = scene.items.len().to_string();
            if let Some(p) = province(id) {
                lang.tf(
                    Key::MapAnnounce,
                    &[
                        lang.pick(p.name),
                        other(lang).pick(p.name),
                        &strategy(lang, id).join("; "),
                        &pos.to_string(),
                        &n,
                    ],
                )
            } else if let Some(pl) = place(id) {
                lang.tf(
                    Key::MapAnnounce,
                    &[
                        lang.pick(pl.name),
                        other(lang).pick(pl.name),
                        &pl.province.map(|p| short(lang, p)).unwrap_or_default(),
                        &pos.to_string(),
                        &n,
                    ],
                )
            } else {
                String::new()
            }
        })
        .unwrap_or_default();

    let tooltip = focused.and_then(|id| {
        let (x, y) = anchor(id)?;
        let left = (x - 20.0).clamp(0.0, (frame.width - 260.0).max(0.0));
        let top = y + 16.0;
        let body = if let Some(p) = province(id) {
            let progs = programme_names(lang, id);
            html! {
                <>
                    <strong>{ lang.pick(p.name) }</strong>
                    <span lang={other(lang).code()}>{ other(lang).pick(p.name) }</span>
                    { for strategy(lang, id).into_iter().map(|s| html! { <span class="strategy">{ s }</span> }) }
                    <span>{ lang.t(Key::ProgrammesHere) }{ ": " }
                        { if progs.is_empty() { lang.t(Key::NoProgrammesHere).to_owned() } else { progs.iter().map(|p| p.1).collect::<Vec<_>>().join(", ") } }</span>
                </>
            }
        } else if let Some(pl) = place(id) {
            html! {
                <>
                    <strong>{ lang.pick(pl.name) }</strong>
                    <span lang={other(lang).code()}>{ other(lang).pick(pl.name) }</span>
                    <span>{ lang.pick(pl.location_note) }</span>
                </>
            }
        } else {
            return None;
        };
        Some(html! {
            <div class="tooltip" role="tooltip" data-testid="tooltip" data-id={id}
                data-at={format!("{},{}", crate::decimal::fixed(x, 1), crate::decimal::fixed(y, 1))} style={format!("left:{}px;top:{}px", crate::decimal::fixed(left, 0), crate::decimal::fixed(top, 0))}>
                { body }
            </div>
        })
    });

    let label = lang.tf(
        if layout == Layout::Tiles {
            Key::TilesLabel
        } else {
            Key::MapLabel
        },
        &[
            &DATASET.provinces.len().to_string(),
            &marks.len().to_string(),
        ],
    );
    let highlight_note = selected.and_then(|id| {
        if let Some(p) = data::programme(id) {
            Some(lang.tf(Key::HighlightProgramme, &[lang.pick(p.name)]))
        } else {
            DATASET
                .regions
                .iter()
                .find(|r| r.id == id)
                .map(|r| lang.tf(Key::HighlightRegion, &[lang.pick(r.name)]))
        }
    });
    let pressed = |l: Layout| if l == layout { "true" } else { "false" };
    let abroad: Vec<&Place> = DATASET
        .places
        .iter()
        .filter(|p| p.province.is_none())
        .collect();

    html! {
        <section class="regions" aria-labelledby="regions-h">
            <h2 id="regions-h" class="sr-only">{ lang.t(Key::ViewRegions) }</h2>
            <div class="controls" role="group" aria-label={lang.t(Key::MapLayout)}>
                <fieldset class="toggle">
                    <legend class="sr-only">{ lang.t(Key::MapLayout) }</legend>
                    <button type="button" aria-pressed={pressed(Layout::Geographic)} data-testid="layout-map"
                        onclick={set_layout(Layout::Geographic)}>{ lang.t(Key::MapGeographic) }</button>
                    <button type="button" aria-pressed={pressed(Layout::Tiles)} data-testid="layout-tiles"
                        onclick={set_layout(Layout::Tiles)}>{ lang.t(Key::MapTiles) }</button>
                </fieldset>
            </div>
            if let Some(note) = highlight_note {
                <p class="highlight-note" data-testid="highlight-note">{ note }</p>
            }
            <div class={classes!("chart-wrap", "map-wrap")} ref={wrap} data-layout={if layout == Layout::Tiles { "tiles" } else { "map" }}
                data-inset={inset_attrs.as_ref().map(|a| a.0.clone())} data-inset-at={inset_attrs.as_ref().map(|a| a.1.clone())}
                onmousemove={track_inset} onmouseleave={leave_inset}>
                if width > 0.0 {
                    <ChartCanvas zoom={zoom} scene={scene.clone()} label={label} help_id="regions-help"
                        focused={*focused} {on_focus} {on_select} announce={announce} testid="regions-chart"
                        highlighted={highlighted.join(" ")} />
                }
                { tooltip.unwrap_or_default() }
            </div>
            <p id="regions-help" class="help">{ lang.t(Key::MapHelp) }</p>
            <ExportBar scene={scene.clone()} name="regions" title={lang.t(Key::ViewRegions)} csv={CsvOf::Regions} />
            if scene.hidden_labels > 0 {
                <p class="help">{ lang.tf(Key::MapHiddenLabels, &[&scene.hidden_labels.to_string()]) }</p>
            }
            <ul class="legend" data-testid="map-legend">
                { for DATASET.regions.iter().enumerate().map(|(i, r)| html! {
                    <li><span class="swatch" style={format!("background:{}", region_fill(i).hex())}></span>
                        { lang.pick(r.name) }
                        if !r.focus.is_empty() { { ": " }{ r.focus.iter().map(|f| lang.pick(*f)).collect::<Vec<_>>().join(", ") } }
                    </li>
                }) }
                <li><span class="swatch" style={format!("background:{}", UNASSIGNED.hex())}></span>{ lang.t(Key::NoRegion) }</li>
                if DATASET.provinces.iter().any(|p| regions_of(p.id).len() > 1) {
                    if layout == Layout::Tiles {
                        <li><span class="swatch two"></span>{ lang.t(Key::LegendTwoRegions) }</li>
                    } else {
                        <li>{ lang.tf(Key::LegendTwoRegionsMap, &[&DATASET.provinces.iter().filter(|p| regions_of(p.id).len() > 1).map(|p| lang.pick(p.name)).collect::<Vec<_>>().join(", ")]) }</li>
                    }
                }
                <li><span class="swatch marker"></span>{ lang.t(Key::LegendFacility) }</li>
                if layout == Layout::Geographic {
                    <li data-testid="legend-inset">{ lang.t(Key::LegendInset) }</li>
                }
                if !highlighted.is_empty() {
                    <li><span class="swatch faded"></span>{ lang.t(Key::LegendFaded) }</li>
                }
            </ul>
            { boundary_note(lang) }
            if let Some(id) = selected {
                if province(id).is_some() {
                    <ProvinceDetail {id} />
                } else if place(id).is_some() {
                    <PlaceDetail {id} />
                } else if data::programme(id).is_some() {
                    <ProgrammeDetail {id} />
                }
            }
            <ProvinceList selected={route.selected} />
            if !abroad.is_empty() {
                <section class="abroad" aria-labelledby="abroad-h" data-testid="abroad">
                    <h3 id="abroad-h">{ lang.t(Key::AbroadHeading) }</h3>
                    <ul>
                        { for abroad.iter().map(|p| html! {
                            <li data-id={p.id}><strong>{ lang.pick(p.name) }</strong>{ " (" }{ p.country }{ "): " }
                                { lang.pick(p.location_note) }{ cite(lang, p.source) }</li>
                        }) }
                    </ul>
                </section>
            }
        </section>
    }
}

/// Props: the selected record.
#[derive(Properties, PartialEq)]
pub struct DetailProps {
    /// Province or place id.
    pub id: &'static str,
}

fn programme_buttons(app: &Actions, id: &str) -> Html {
    let lang = app.lang;
    let progs = programme_names(lang, id);
    if progs.is_empty() {
        return html! { <p>{ lang.t(Key::NoProgrammesHere) }</p> };
    }
    html! {
        <ul class="programmes-here">
            { for progs.iter().map(|(pid, name)| html! {
                <li data-id={*pid}><button type="button" class="link" onclick={app.on::<MouseEvent>(Action::Select(Some(pid)))}>{ *name }</button></li>
            }) }
        </ul>
    }
}

/// The detail panel of a selected province.
#[function_component(ProvinceDetail)]
pub fn province_detail(props: &DetailProps) -> Html {
    let app = use_actions();
    let lang = app.lang;
    let Some(p) = province(props.id) else {
        return html! {};
    };
    let close = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.select(None))
    };
    let places = places_in(p.id);
    let updates: Vec<_> = data::updates_about(p.id).collect();
    html! {
        <aside class="detail" aria-labelledby="detail-h" data-testid="detail" data-id={p.id}>
            <div class="detail-head">
                <h3 id="detail-h">{ lang.pick(p.name) }</h3>
                <button type="button" class="close" onclick={close} aria-label={lang.t(Key::CloseDetail)}>{ "×" }</button>
            </div>
            <p class="alt-name" lang={other(lang).code()}>{ other(lang).pick(p.name) }</p>
            <p>{ kind(lang, p.kind) }{ " · " }{ p.id }</p>
            <section>
                <h4>{ lang.t(Key::ColRegion) }</h4>
                if regions_of(p.id).is_empty() {
                    <p>{ lang.t(Key::NoRegion) }</p>
                }
                <ul>
                    { for regions_of(p.id).iter().map(|(_, r)| html! {
                        <li data-id={r.id}><strong>{ lang.pick(r.name) }</strong>
                            if !r.focus.is_empty() { { ": " }{ r.focus.iter().map(|f| lang.pick(*f)).collect::<Vec<_>>().join(", ") } }
                            { cite(lang, r.source) }
                            if let Some(n) = r.note { <small class="cite">{ lang.pick(n) }</small> }
                        </li>
                    }) }
                </ul>
            </section>
            <section>
                <h4>{ lang.t(Key::ProgrammesHere) }</h4>
                { programme_buttons(&app, p.id) }
            </section>
            if !places.is_empty() {
                <section>
                    <h4>{ lang.t(Key::PlacesHere) }</h4>
                    <ul>
                        { for places.iter().map(|pl| html! {
                            <li data-id={pl.id}>
                                <button type="button" class="link" onclick={app.on::<MouseEvent>(Action::Select(Some(pl.id)))}>{ lang.pick(pl.name) }</button>
                                <small class="cite">{ lang.pick(pl.location_note) }</small>{ cite(lang, pl.source) }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            if !updates.is_empty() {
                <section>
                    <h4>{ lang.t(Key::DetailUpdates) }</h4>
                    <ul>
                        { for updates.iter().map(|u| html! {
                            <li class="update"><strong>{ lang.pick(u.topic) }</strong><p>{ lang.pick(u.says) }</p>
                                <p class="sources">{ lang.t(Key::UpdateSources) }{ ": " }{ u.sources.join(", ") }</p></li>
                        }) }
                    </ul>
                </section>
            }
        </aside>
    }
}

/// The detail panel of a selected place.
#[function_component(PlaceDetail)]
pub fn place_detail(props: &DetailProps) -> Html {
    let app = use_actions();
    let lang = app.lang;
    let Some(pl) = place(props.id) else {
        return html! {};
    };
    let close = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.select(None))
    };
    html! {
        <aside class="detail" aria-labelledby="detail-h" data-testid="detail" data-id={pl.id}>
            <div class="detail-head">
                <h3 id="detail-h">{ lang.pick(pl.name) }</h3>
                <button type="button" class="close" onclick={close} aria-label={lang.t(Key::CloseDetail)}>{ "×" }</button>
            </div>
            <p class="alt-name" lang={other(lang).code()}>{ other(lang).pick(pl.name) }</p>
            if let Some(prov) = pl.province.and_then(province) {
                <p>{ lang.tf(Key::PlaceInProvince, &[lang.pick(prov.name)]) }{ " · " }
                    <button type="button" class="link" onclick={app.on::<MouseEvent>(Action::Select(Some(prov.id)))}>{ short(lang, prov.id) }</button></p>
            }
            <p>{ lang.pick(pl.location_note) }</p>
            { cite(lang, pl.source) }
            <section>
                <h4>{ lang.t(Key::ProgrammesHere) }</h4>
                { programme_buttons(&app, pl.id) }
            </section>
        </aside>
    }
}

/// Props of the province list: the selection.
#[derive(Properties, PartialEq)]
pub struct ProvinceListProps {
    /// The selected record, if any.
    pub selected: Option<&'static str>,
}

/// Every province with the map's content, in the map's keyboard order; the selected
/// row is marked, and a row's button selects its province. It takes the selection as a
/// prop rather than the route, so switching map and tiles does not rebuild its rows.
#[function_component(ProvinceList)]
pub fn province_list(props: &ProvinceListProps) -> Html {
    let app = use_actions();
    let lang = app.lang;
    let alt = other(lang);
    let selected = props.selected;
    let caption = lang.t(Key::ProvinceListCaption);
    let rows = map::order().filter_map(province).map(|p| {
        let is = selected == Some(p.id);
        let select = app.on::<MouseEvent>(Action::Select(if is { None } else { Some(p.id) }));
        let progs = programme_names(lang, p.id);
        html! {
            <tr data-id={p.id} class={classes!(is.then_some("selected"))} aria-selected={if is { "true" } else { "false" }}>
                <th scope="row">
                    { swatch(p.id) }
                    <button type="button" class="link name" aria-pressed={if is { "true" } else { "false" }} onclick={select}>{ lang.pick(p.name) }</button>
                    <span class="alt-name" lang={alt.code()}>{ alt.pick(p.name) }</span>
                    <span class="kind">{ kind(lang, p.kind) }</span>
                </th>
                <td>{ strategy(lang, p.id).join("; ") }</td>
                <td>{ if progs.is_empty() { lang.t(Key::NoProgrammesHere).to_owned() } else { progs.iter().map(|p| p.1).collect::<Vec<_>>().join(", ") } }</td>
                <td>{ places_in(p.id).iter().map(|pl| lang.pick(pl.name)).collect::<Vec<_>>().join(", ") }</td>
            </tr>
        }
    });
    html! {
        <div class="scroller" role="region" aria-label={caption} tabindex="0">
            <table data-testid="province-list" class="province-list">
                <caption>{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ lang.t(Key::ColProvince) }</th>
                    <th scope="col">{ lang.t(Key::ColRegion) }</th>
                    <th scope="col">{ lang.t(Key::ColProgrammes) }</th>
                    <th scope="col">{ lang.t(Key::ColFacilities) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
