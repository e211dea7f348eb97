//! The regions view: South Korea's provinces on a map (or a tile grid, where small
//! provinces would be too small to touch), shaded by the report's regional strategy,
//! with the places it names; a tooltip, a detail panel, and a list with the same
//! content. A selected programme highlights its provinces here, as a selected province
//! highlights its programmes in the funding view.
//!
//! The map/tile choice is the link's (`map=geo|tiles`); without one, tiles below 560 px
//! and the map otherwise. The map carries an inset of the Seoul capital area.

use super::chart::{chart_zoom, tooltip, use_width, ChartCanvas};
use super::detail::{panel, programme_detail, update_into};
use super::export::{CsvOf, ExportBar};
use super::markup::Markup;
use super::store::{use_actions, use_app, Actions};
use super::tables::cite_into;
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
                    &[lang.pick(r.name), &lang.join(r.focus)],
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
    let mut m = Markup::new();
    m.el(
        "span",
        &[
            ("class", "swatch"),
            ("aria-hidden", "true"),
            ("style", &style),
        ],
        "",
    );
    m.html()
}

/// Later reporting about the provinces (e.g. boundary changes), from the dataset.
fn boundary_note_into(m: &mut Markup, lang: Lang) {
    let updates: Vec<_> = DATASET
        .updates
        .iter()
        .filter(|u| u.concerns.iter().any(|c| province(c).is_some()))
        .collect();
    m.open(
        "div",
        &[
            ("class", "note boundary-note"),
            ("data-testid", "boundary-note"),
        ],
    )
    .el("p", &[], lang.t(Key::BoundaryNote));
    if !updates.is_empty() {
        m.el("p", &[], lang.t(Key::BoundaryLater)).open("ul", &[]);
        for u in updates {
            m.open("li", &[("data-id", u.id)])
                .el("strong", &[], lang.pick(u.topic))
                .text(": ")
                .text(lang.pick(u.says))
                .el(
                    "small",
                    &[("class", "cite")],
                    &format!("{}: {}", lang.t(Key::UpdateSources), u.sources.join(", ")),
                )
                .close("li");
        }
        m.close("ul");
    }
    m.close("div");
}

/// The map's legend and the boundary note: text below the chart.
fn below_map(lang: Lang, layout: Layout, faded: bool) -> Html {
    let mut m = Markup::new();
    m.open("ul", &[("class", "legend"), ("data-testid", "map-legend")]);
    for (i, r) in DATASET.regions.iter().enumerate() {
        let text = if r.focus.is_empty() {
            lang.pick(r.name).to_owned()
        } else {
            format!("{}: {}", lang.pick(r.name), lang.join(r.focus))
        };
        m.legend_item("swatch", &region_fill(i).hex(), "", &text);
    }
    m.legend_item("swatch", &UNASSIGNED.hex(), "", lang.t(Key::NoRegion));
    let two: Vec<&str> = DATASET
        .provinces
        .iter()
        .filter(|p| regions_of(p.id).len() > 1)
        .map(|p| lang.pick(p.name))
        .collect();
    if !two.is_empty() {
        if layout == Layout::Tiles {
            m.legend_item("swatch two", "", "", lang.t(Key::LegendTwoRegions));
        } else {
            let names = lang.tf(Key::LegendTwoRegionsMap, &[&two.join(", ")]);
            m.legend_item("", "", "", &names);
        }
    }
    m.legend_item("swatch marker", "", "", lang.t(Key::LegendFacility));
    if layout == Layout::Geographic {
        m.el(
            "li",
            &[("data-testid", "legend-inset")],
            lang.t(Key::LegendInset),
        );
    }
    if faded {
        m.legend_item("swatch faded", "", "", lang.t(Key::LegendFaded));
    }
    m.close("ul");
    boundary_note_into(&mut m, lang);
    m.html()
}

/// The places outside Korea the report names.
fn abroad(lang: Lang) -> Html {
    let abroad: Vec<&Place> = DATASET
        .places
        .iter()
        .filter(|p| p.province.is_none())
        .collect();
    let mut m = Markup::new();
    if !abroad.is_empty() {
        m.open(
            "section",
            &[
                ("class", "abroad"),
                ("aria-labelledby", "abroad-h"),
                ("data-testid", "abroad"),
            ],
        )
        .el("h3", &[("id", "abroad-h")], lang.t(Key::AbroadHeading))
        .open("ul", &[]);
        for p in abroad {
            m.open("li", &[("data-id", p.id)])
                .el("strong", &[], lang.pick(p.name))
                .text(" (")
                .text(p.country)
                .text("): ")
                .text(lang.pick(p.location_note));
            cite_into(&mut m, lang, p.source);
            m.close("li");
        }
        m.close("ul").close("section");
    }
    m.html()
}

/// The view.
#[function_component(RegionsView)]
pub fn regions_view() -> Html {
    let app = use_app();
    let lang = app.lang;
    let actions = app.actions();
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
        let mut body = Markup::new();
        let alt = other(lang);
        if let Some(p) = province(id) {
            let progs = programme_names(lang, id);
            body.el("strong", &[], lang.pick(p.name)).el(
                "span",
                &[("lang", alt.code())],
                alt.pick(p.name),
            );
            for s in strategy(lang, id) {
                body.el("span", &[("class", "strategy")], &s);
            }
            let names = if progs.is_empty() {
                lang.t(Key::NoProgrammesHere).to_owned()
            } else {
                progs.iter().map(|p| p.1).collect::<Vec<_>>().join(", ")
            };
            body.el(
                "span",
                &[],
                &format!("{}: {}", lang.t(Key::ProgrammesHere), names),
            );
        } else if let Some(pl) = place(id) {
            body.el("strong", &[], lang.pick(pl.name))
                .el("span", &[("lang", alt.code())], alt.pick(pl.name))
                .el("span", &[], lang.pick(pl.location_note));
        } else {
            return None;
        }
        let at = format!(
            "{},{}",
            crate::decimal::fixed(x, 1),
            crate::decimal::fixed(y, 1)
        );
        Some(tooltip(
            left,
            top,
            &[("data-id", id), ("data-at", &at)],
            body,
        ))
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
            { below_map(lang, layout, !highlighted.is_empty()) }
            if let Some(id) = selected {
                if province(id).is_some() {
                    { province_detail(&actions, id) }
                } else if place(id).is_some() {
                    { place_detail(&actions, id) }
                } else if data::programme(id).is_some() {
                    { programme_detail(&actions, id) }
                }
            }
            <ProvinceList selected={route.selected} />
            { abroad(lang) }
        </section>
    }
}

/// The programmes that name a province or place, as buttons that select them.
fn programme_buttons(m: &mut Markup, lang: Lang, id: &str) {
    let progs = programme_names(lang, id);
    if progs.is_empty() {
        m.el("p", &[], lang.t(Key::NoProgrammesHere));
        return;
    }
    m.open("ul", &[("class", "programmes-here")]);
    for (pid, name) in progs {
        m.open("li", &[("data-id", pid)])
            .select_button("link", pid, name)
            .close("li");
    }
    m.close("ul");
}

/// The detail panel of a selected province. A function, not a component: its text is
/// markup, which yew leaves alone while it is unchanged.
fn province_detail(app: &Actions, id: &str) -> Html {
    let lang = app.lang;
    let Some(p) = province(id) else {
        return html! {};
    };
    let alt = other(lang);
    let places = places_in(p.id);
    let updates: Vec<_> = data::updates_about(p.id).collect();
    let regions = regions_of(p.id);
    let mut m = Markup::new();
    m.el(
        "p",
        &[("class", "alt-name"), ("lang", alt.code())],
        alt.pick(p.name),
    )
    .el("p", &[], &format!("{} · {}", kind(lang, p.kind), p.id))
    .open("section", &[])
    .el("h4", &[], lang.t(Key::ColRegion));
    if regions.is_empty() {
        m.el("p", &[], lang.t(Key::NoRegion));
    }
    m.open("ul", &[]);
    for (_, r) in &regions {
        m.open("li", &[("data-id", r.id)])
            .el("strong", &[], lang.pick(r.name));
        if !r.focus.is_empty() {
            m.text(": ").text(&lang.join(r.focus));
        }
        cite_into(&mut m, lang, r.source);
        if let Some(n) = r.note {
            m.el("small", &[("class", "cite")], lang.pick(n));
        }
        m.close("li");
    }
    m.close("ul")
        .close("section")
        .open("section", &[])
        .el("h4", &[], lang.t(Key::ProgrammesHere));
    programme_buttons(&mut m, lang, p.id);
    m.close("section");
    if !places.is_empty() {
        m.open("section", &[])
            .el("h4", &[], lang.t(Key::PlacesHere))
            .open("ul", &[]);
        for pl in places {
            m.open("li", &[("data-id", pl.id)])
                .select_button("link", pl.id, lang.pick(pl.name))
                .el("small", &[("class", "cite")], lang.pick(pl.location_note));
            cite_into(&mut m, lang, pl.source);
            m.close("li");
        }
        m.close("ul").close("section");
    }
    if !updates.is_empty() {
        m.open("section", &[])
            .el("h4", &[], lang.t(Key::DetailUpdates))
            .open("ul", &[]);
        for u in updates {
            update_into(&mut m, lang, u);
        }
        m.close("ul").close("section");
    }
    panel(app, p.id, "detail-h", lang.pick(p.name), m)
}

/// The detail panel of a selected place (a function, as [`province_detail`]).
fn place_detail(app: &Actions, id: &str) -> Html {
    let lang = app.lang;
    let Some(pl) = place(id) else {
        return html! {};
    };
    let alt = other(lang);
    let mut m = Markup::new();
    m.el(
        "p",
        &[("class", "alt-name"), ("lang", alt.code())],
        alt.pick(pl.name),
    );
    if let Some(prov) = pl.province.and_then(province) {
        m.open("p", &[])
            .text(&lang.tf(Key::PlaceInProvince, &[lang.pick(prov.name)]))
            .text(" · ")
            .select_button("link", prov.id, &short(lang, prov.id))
            .close("p");
    }
    m.el("p", &[], lang.pick(pl.location_note));
    cite_into(&mut m, lang, pl.source);
    m.open("section", &[])
        .el("h4", &[], lang.t(Key::ProgrammesHere));
    programme_buttons(&mut m, lang, pl.id);
    m.close("section");
    panel(app, pl.id, "detail-h", lang.pick(pl.name), m)
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
