//! The text below the map: its legend, the note on boundaries, and the places outside
//! Korea the report names. Passive text, so markup.

use crate::data::{Place, DATASET};
use crate::i18n::{Key, Lang};
use crate::layout::map::{region_fill, regions_of, Layout, UNASSIGNED};
use crate::ui::markup::{cite_into, Markup};
use yew::prelude::*;

/// The map's legend and the boundary note.
pub fn below_map(lang: Lang, layout: Layout, faded: bool) -> Html {
    let mut m = Markup::new();
    m.open("ul", &[("class", "legend"), ("data-testid", "map-legend")]);
    for (i, r) in DATASET.regions.iter().enumerate() {
        let text = if r.focus.is_empty() {
            lang.pick(r.name).to_owned()
        } else {
            format!("{}: {}", lang.pick(r.name), lang.join(r.focus))
        };
        // The region's hatching on the map, over its colour.
        let swatch = format!("swatch hatch-{}", i % 6);
        m.legend_item(&swatch, &region_fill(i).hex(), "", &text);
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
    if crate::data::PLACES
        .iter()
        .any(|p| p.later_report().is_some())
    {
        m.legend_item(
            "swatch marker later-place",
            "",
            "",
            lang.t(Key::LegendLaterFacility),
        );
    }
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

/// Later reporting about the provinces (e.g. boundary changes), from the dataset.
fn boundary_note_into(m: &mut Markup, lang: Lang) {
    let updates: Vec<_> = crate::data::UPDATES
        .iter()
        .filter(|u| {
            u.concerns
                .iter()
                .any(|c| crate::data::province(c).is_some())
        })
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

/// The places outside Korea the report names.
pub fn abroad(lang: Lang) -> Html {
    let abroad: Vec<&Place> = crate::data::PLACES
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
            if let Some(s) = p.source() {
                cite_into(&mut m, lang, s);
            }
            m.close("li");
        }
        m.close("ul").close("section");
    }
    m.html()
}
