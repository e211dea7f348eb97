//! The regions view: South Korea's provinces on a map (or a tile grid, where small
//! provinces would be too small to touch), shaded by the report's regional strategy,
//! with the places it names; a tooltip, a detail panel, and a list with the same
//! content. A selected programme highlights its provinces here, as a selected province
//! highlights its programmes in the funding view.
//!
//! The map/tile choice is the link's (`map=geo|tiles`); without one, tiles below 560 px
//! and the map otherwise. The map carries an inset of the Seoul capital area.

mod list;
mod notes;

use super::frame::{position, use_chart_frame, Chart, ViewProps, WrapExtras};
use crate::data::highlight::Highlight;
use crate::data::{self, DATASET};
use crate::i18n::{Key, Lang};
use crate::layout::map::Inset;
use crate::layout::map::{
    self, geographic_in, tiles, Area, Frame, Layout, Marker, MarkerKind, Outlines,
};
use crate::layout::Scene;
use crate::state::MapStyle;
use crate::ui::chart::tooltip;
use crate::ui::details::FromDetails;
use crate::ui::export::CsvOf;
use crate::ui::markup::Markup;
use crate::ui::names::{other, programmes_here, short, strategy};
use crate::ui::store::Store;
use list::ProvinceList;
use notes::{abroad, below_map};
use std::rc::Rc;
use yew::prelude::*;

/// The view.
#[function_component(RegionsView)]
pub fn regions_view(props: &ViewProps) -> Html {
    let route = &props.route;
    let frame = use_chart_frame(route);
    let lang = frame.lang;
    // Whether the pointer is over the capital-area inset: the tooltip then points there.
    let in_inset = use_state_eq(|| false);
    // The reader's choice lives in the link (`map=geo|tiles`); without one, the width decides.
    let layout = match route.map {
        Some(MapStyle::Geographic) => Layout::Geographic,
        Some(MapStyle::Tiles) => Layout::Tiles,
        None => map::default_layout(frame.width),
    };
    use_end_stale_focus(route.selected, &frame.focused);
    let selected = route.selected;
    let on_map = selected.filter(|s| data::province(s).is_some() || data::place(s).is_some());
    // A programme or a region selected (here or in the funding view) highlights its provinces.
    let highlighted = Highlight::of(selected).provinces();
    let width = frame.width.max(1.0);
    let scene = use_map_scene(width, layout, lang, on_map, &highlighted, frame.width > 0.0);
    let marks = Marker::of_dataset();
    // The capital-area inset, on the geographic map only.
    let inset =
        (frame.width > 0.0 && layout == Layout::Geographic).then(|| map::inset_of(width, &marks));
    let map_frame = Frame {
        width,
        layout,
        selected: on_map,
        highlighted: &highlighted,
        inset_title: lang.t(Key::MapInsetTitle),
    };
    let pointed = inset.filter(|_| *in_inset);
    let chart = frame.area(Chart {
        name: "regions",
        scene: scene.clone(),
        label: chart_label(lang, layout, &marks),
        summary: crate::summary::regions::regions(
            lang,
            layout,
            selected
                .and_then(|s| {
                    data::province(s)
                        .map(|p| p.name)
                        .or_else(|| data::place(s).map(|p| p.name))
                })
                .map(|n| lang.pick(n)),
        ),
        announce: frame
            .focused
            .map(|id| announce(lang, &scene, id))
            .unwrap_or_default(),
        highlighted: highlighted.join(" "),
        tooltip: frame.focused.and_then(|id| {
            let at = anchor(&scene, &marks, map_frame, pointed, id)?;
            focus_tooltip(lang, id, at, width)
        }),
        on_select: frame.store.on_select(),
        help: Key::MapHelp,
        title: Key::ViewRegions,
        csv: CsvOf::Regions,
        gestures: Default::default(),
        wrap: wrap_extras(layout, inset, &scene, &marks, &in_inset, frame.zoom),
    });
    html! {
        <section class="regions" aria-labelledby="regions-h">
            <h2 id="regions-h" class="sr-only">{ lang.t(Key::ViewRegions) }</h2>
            if route.slide.is_none() { { layout_controls(&frame.store, layout, &frame.focused) } }
            if let Some(note) = highlight_note(lang, selected) {
                <p class="highlight-note" data-testid="highlight-note">{ note }</p>
            }
            { chart }
            if scene.hidden_labels > 0 {
                <p class="help">{ lang.tf(Key::MapHiddenLabels, &[&scene.hidden_labels.to_string()]) }</p>
            }
            { below_map(lang, layout, !highlighted.is_empty()) }
            if let Some(id) = selected.filter(|s| has_panel(s)) {
                <FromDetails {lang} id={Some(id)} />
            }
            <ProvinceList selected={route.selected} />
            { abroad(lang) }
        </section>
    }
}

/// A new selection made elsewhere (the detail panel, the list) ends a stale hover or
/// keyboard focus, so its tooltip does not linger over the map.
#[hook]
fn use_end_stale_focus(
    selected: Option<&'static str>,
    focused: &UseStateHandle<Option<&'static str>>,
) {
    let focused = focused.clone();
    use_effect_with(selected, move |sel| {
        if *focused != *sel {
            focused.set(None);
        }
    });
}

/// The map's scene, laid out again only when what it shows changes: a hover or keyboard
/// focus moves the focus ring, which the chart draws on a layer of its own. Until the
/// chart's width is `measured` (the first render), nothing is laid out, so no map for a
/// width of 1 px is ever alive beside the one for the real width.
#[hook]
fn use_map_scene(
    width: f64,
    layout: Layout,
    lang: Lang,
    selected: Option<&'static str>,
    highlighted: &[&'static str],
    measured: bool,
) -> Rc<Scene> {
    // The map's outlines, projected once per width while the map shows: each new scene
    // (a selection, a highlight, the language) shares them, so the scene on screen and
    // the one laid out to replace it do not hold two sets of rings.
    let outlines = use_memo((width, layout, measured), |(width, layout, measured)| {
        (*measured && *layout == Layout::Geographic)
            .then(|| Outlines::new(*width, &Marker::of_dataset()))
    });
    use_memo(
        (
            width,
            layout,
            lang,
            selected,
            highlighted.to_vec(),
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
            let markers = Marker::of_dataset();
            match layout {
                Layout::Geographic => match &*outlines {
                    Some(o) => geographic_in(o, &areas, &markers, frame),
                    // Not reached: the outlines follow the same width and layout.
                    None => map::geographic(&areas, &markers, frame),
                },
                Layout::Tiles => tiles(&areas, &markers, frame),
            }
        },
    )
}

/// The map/tiles switch; a switch ends the focus, whose item may sit elsewhere.
fn layout_controls(
    app: &Store,
    layout: Layout,
    focused: &UseStateHandle<Option<&'static str>>,
) -> Html {
    let lang = app.lang;
    let set_layout = |l: Layout| {
        let app = app.clone();
        let focused = focused.clone();
        Callback::from(move |_: MouseEvent| {
            app.choose(match l {
                Layout::Geographic => MapStyle::Geographic,
                Layout::Tiles => MapStyle::Tiles,
            });
            focused.set(None);
        })
    };
    let pressed = |l: Layout| if l == layout { "true" } else { "false" };
    html! {
        <div class="controls" role="group" aria-label={lang.t(Key::MapLayout)}>
            <fieldset class="toggle">
                <legend class="sr-only">{ lang.t(Key::MapLayout) }</legend>
                <button type="button" aria-pressed={pressed(Layout::Geographic)} data-testid="layout-map"
                    onclick={set_layout(Layout::Geographic)}>{ lang.t(Key::MapGeographic) }</button>
                <button type="button" aria-pressed={pressed(Layout::Tiles)} data-testid="layout-tiles"
                    onclick={set_layout(Layout::Tiles)}>{ lang.t(Key::MapTiles) }</button>
            </fieldset>
        </div>
    }
}

/// The map's wrap: its layout, and on the map the inset's frame and where each of its
/// provinces and markers is pointed at there (for tests and tools), and the pointer
/// tracking that tells whether the pointer is over the inset.
fn wrap_extras(
    layout: Layout,
    inset: Option<Inset>,
    scene: &Scene,
    marks: &[Marker],
    in_inset: &UseStateHandle<bool>,
    zoom: f64,
) -> WrapExtras {
    let attrs = inset.map(|i| {
        let f = i.frame;
        let at: Vec<String> = scene
            .items
            .iter()
            .filter_map(|it| {
                map::inset_anchor(&i, marks, it.id).map(|(x, y)| format!("{}@{x:.1},{y:.1}", it.id))
            })
            .collect();
        (
            format!("{:.1},{:.1},{:.1},{:.1}", f.x, f.y, f.w, f.h),
            at.join(" "),
        )
    });
    let track = {
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
    let leave = {
        let in_inset = in_inset.clone();
        Callback::from(move |_: MouseEvent| in_inset.set(false))
    };
    let (inset, inset_at) = attrs.unzip();
    WrapExtras {
        class: Some("map-wrap"),
        layout: Some(if layout == Layout::Tiles {
            "tiles"
        } else {
            "map"
        }),
        inset,
        inset_at,
        onmousemove: Some(track),
        onmouseleave: Some(leave),
    }
}

/// The chart's accessible name: a map or tiles of so many provinces and of the report's
/// facilities, then how many facilities only later reports name.
fn chart_label(lang: Lang, layout: Layout, markers: &[Marker]) -> String {
    let key = match layout {
        Layout::Tiles => Key::TilesLabel,
        Layout::Geographic => Key::MapLabel,
    };
    let later = markers
        .iter()
        .filter(|m| m.kind == MarkerKind::LaterReport)
        .count();
    let mut label = lang.tf(
        key,
        &[
            &DATASET.provinces.len().to_string(),
            &(markers.len() - later).to_string(),
        ],
    );
    if later > 0 {
        label.push_str(&lang.tf(Key::MapLaterSuffix, &[&later.to_string()]));
    }
    label
}

/// Where the tooltip of `id` points: a spot that the pointer finds the same item at (in
/// the inset while the pointer is over it, `pointed`).
fn anchor(
    scene: &Scene,
    marks: &[Marker],
    frame: Frame,
    pointed: Option<Inset>,
    id: &str,
) -> Option<(f64, f64)> {
    pointed
        .and_then(|i| map::inset_anchor(&i, marks, id))
        .or_else(|| map::anchor(scene, marks, frame, id))
}

/// What the live region says about the focused province or place.
fn announce(lang: Lang, scene: &Scene, id: &str) -> String {
    let (pos, n) = position(scene, id);
    let (name, where_) = if let Some(p) = data::province(id) {
        (p.name, strategy(lang, id).join("; "))
    } else if let Some(pl) = data::place(id) {
        (
            pl.name,
            pl.province.map(|p| short(lang, p)).unwrap_or_default(),
        )
    } else {
        return String::new();
    };
    lang.tf(
        Key::MapAnnounce,
        &[lang.pick(name), other(lang).pick(name), &where_, &pos, &n],
    )
}

/// The tooltip of the focused province or place, pointing at (`x`, `y`).
fn focus_tooltip(lang: Lang, id: &str, (x, y): (f64, f64), width: f64) -> Option<Html> {
    let left = (x - 20.0).clamp(0.0, (width - 260.0).max(0.0));
    let top = y + 16.0;
    let mut body = Markup::new();
    let alt = other(lang);
    if let Some(p) = data::province(id) {
        body.el("strong", &[], lang.pick(p.name)).el(
            "span",
            &[("lang", alt.code())],
            alt.pick(p.name),
        );
        for s in strategy(lang, id) {
            body.el("span", &[("class", "strategy")], &s);
        }
        body.el(
            "span",
            &[],
            &format!(
                "{}: {}",
                lang.t(Key::ProgrammesHere),
                programmes_here(lang, id)
            ),
        );
    } else if let Some(pl) = data::place(id) {
        body.el("strong", &[], lang.pick(pl.name))
            .el("span", &[("lang", alt.code())], alt.pick(pl.name))
            .el("span", &[], lang.pick(pl.location_note));
        // How far the facility has come, from the steps later reports record for it.
        if let Some(s) = crate::data::steps::place_furthest(pl.id) {
            body.el(
                "span",
                &[
                    ("class", "step-mark"),
                    ("data-testid", "step-mark"),
                    ("data-kind", s.kind.slug()),
                ],
                &lang.tf(
                    Key::StepMark,
                    &[
                        crate::i18n::step_kind_name(lang, s.kind),
                        &crate::i18n::date(lang, s.date),
                    ],
                ),
            );
        }
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
}

/// "Highlighted: the provinces of …", for a selected programme or region.
fn highlight_note(lang: Lang, selected: Option<&'static str>) -> Option<String> {
    match Highlight::of(selected) {
        Highlight::Programme(p) => Some(lang.tf(Key::HighlightProgramme, &[lang.pick(p.name)])),
        Highlight::Region(r) => Some(lang.tf(Key::HighlightRegion, &[lang.pick(r.name)])),
        Highlight::Nothing | Highlight::Other(_) => None,
    }
}

/// Whether the view shows a panel for `id`: a province, a place or a programme.
fn has_panel(id: &str) -> bool {
    data::province(id).is_some() || data::place(id).is_some() || data::programme(id).is_some()
}
