//! The regions view's two layouts as Scenes: a geographic map of the 17 provinces and a
//! tile grid (one equal cell per province, as newsrooms draw small regions).
//!
//! Both shade provinces by the report's macro-region, mark the places it names, push
//! one item per province in the same geographic keyboard order, and draw the same
//! highlight, selection and focus marks. Labels come in already translated (the UI
//! owns language); here they are placed where they fit inside their province, or left
//! out and counted (the list below the map has every name).
//!
//! Both hatch each region's provinces at an angle of its own (`pattern`), so regions
//! are told apart without their colours.
//!
//! Each part uses only parts listed before it: `model` (what is drawn), `pattern` (the
//! regions' hatching), `targets` (pointer areas and marks), `tiles`, `labels`, `inset`
//! (the capital-area box), `outlines` (the projected rings, kept per width) and
//! `geographic` (the map's drawing steps). This module holds the entry points and uses
//! them all.

mod geographic;
pub mod inset;
mod labels;
mod model;
mod outlines;
mod pattern;
mod targets;
mod tiles;

pub use self::inset::{locator, Inset};
pub use self::labels::label_points;
pub use self::model::{
    fade, region_fill, regions_of, Area, Frame, LabelPoint, Layout, Marker, MarkerKind, Rings,
    MIN_TARGET, PHONE_WIDTH, UNASSIGNED,
};
pub use self::outlines::{inset_of, projection, Outlines};
pub use self::pattern::{region_angle, HATCH};
pub use self::tiles::{order, tile_rect, tiles, TILES};
pub use crate::geo::{project_deg, Projection, STANDARD_PARALLEL};

use self::geographic::{
    by_size, inset_frame, markers_on, paint_parts, paint_provinces, part_items, parts,
    province_items, yield_plates,
};
use self::labels::{label_point, place_labels};
use self::model::PAD;
use self::outlines::{geographic_height, inset_markers, main_rings};
use self::targets::{geo_marker_rects, marker_rect, marks, square_inside, target_square};
use self::tiles::tiles_height;
use crate::geo::{bbox, Rect};
use crate::layout::colour::INK;
use crate::layout::scene::{Scene, Shape};

/// The layout a reader starts with at `width`: the tile grid on phones.
pub fn default_layout(width: f64) -> Layout {
    if width < PHONE_WIDTH {
        Layout::Tiles
    } else {
        Layout::Geographic
    }
}

/// The canvas height for a layout at `width`.
pub fn height(width: f64, layout: Layout) -> f64 {
    match layout {
        Layout::Geographic => geographic_height(width),
        Layout::Tiles => tiles_height(width),
    }
}

/// Where an item is pointed at: the centre of a province's target square (its label
/// point, unless that had to move), of its tile, or of a marker. The tooltip points
/// here, and the pointer there always finds the item.
pub fn anchor(scene: &Scene, markers: &[Marker], frame: Frame, id: &str) -> Option<(f64, f64)> {
    if let Some(m) = markers.iter().find(|m| m.id == id) {
        // On the main map: the first of its areas (the second is in the inset).
        return scene.item(m.id).map(|i| match i.polygon.first() {
            Some(r) => bbox(r.iter().copied()).centre(),
            None => i.hit.centre(),
        });
    }
    match frame.layout {
        Layout::Tiles => tile_rect(frame.width, id).map(|r| r.centre()),
        Layout::Geographic => {
            let proj = projection(frame.width);
            let &(_, lp, room) = label_point(id)?;
            let avoid = geo_marker_rects(&proj, markers);
            crate::data::geometry::shape(id)?;
            let rings = main_rings(&proj, id);
            Some(
                target_square(&rings, proj.px_deg(lp), room * proj.scale(), &avoid)
                    .0
                    .centre(),
            )
        }
    }
}

/// Where a province (or marker) is pointed at in the inset: the centre of a 24 px square
/// (plus a pixel of margin) wholly inside its part there and off the inset's markers,
/// nearest its label point; `None` if it has no such square or is not in the inset.
pub fn inset_anchor(ins: &Inset, markers: &[Marker], id: &str) -> Option<(f64, f64)> {
    let placed = inset_markers(ins, markers);
    if let Some((_, c)) = placed.iter().find(|(m, _)| m.id == id) {
        return Some(*c);
    }
    let piece = inset::piece(id)?;
    let rings = ins.rings(piece);
    let avoid: Vec<Rect> = placed.iter().map(|(_, c)| marker_rect(*c)).collect();
    let at = ins.px_deg(piece.label);
    let side = MIN_TARGET + 2.0;
    // Squares ever farther out (ring by ring of a 3 px grid), so the nearest one wins.
    (0..=16i32)
        .flat_map(|k| {
            (-k..=k)
                .flat_map(move |j| (-k..=k).map(move |i| (i, j)))
                .filter(move |(i, j)| i.abs().max(j.abs()) == k)
        })
        .map(|(i, j)| Rect::square((at.0 + 3.0 * i as f64, at.1 + 3.0 * j as f64), side))
        .find(|sq| avoid.iter().all(|a| a.overlap(sq) == 0.0) && square_inside(&rings, sq))
        .map(|sq| sq.centre())
}

/// The geographic map, with the capital-area inset.
pub fn geographic(areas: &[Area], markers: &[Marker], frame: Frame) -> Scene {
    geographic_in(&Outlines::new(frame.width, markers), areas, markers, frame)
}

/// [`geographic()`] around outlines already projected for `frame.width` (with the same
/// `markers`), which the scene then shares.
pub fn geographic_in(
    outlines: &Outlines,
    areas: &[Area],
    markers: &[Marker],
    frame: Frame,
) -> Scene {
    let width = frame.width;
    debug_assert_eq!(width.to_bits(), outlines.width.to_bits());
    let (proj, ins) = (outlines.proj, outlines.ins);
    let mut scene = Scene {
        width,
        height: geographic_height(width).max(ins.frame.y + ins.frame.h + PAD),
        ..Scene::default()
    };
    // The main map: provinces, the locator (where the inset's window lies) under the
    // labels, the labels, and each province's item.
    let draw = by_size(outlines, areas);
    let labels = paint_provinces(&mut scene, &draw, &frame, &proj);
    scene.shapes.push(Shape::outline(locator(&proj), INK, 1.5));
    let marker_rects = geo_marker_rects(&proj, markers);
    let whole = Rect::new(0.0, 0.0, scene.width, scene.height);
    let keep_out = [ins.frame.grown(4.0)];
    let (mut plates, hidden) = place_labels(&mut scene, &labels, &marker_rects, whole, &keep_out);
    province_items(&mut scene, &labels, &plates, &marker_rects);

    // The inset: a frame, its title, the provinces' parts in the window, their labels
    // (placed by the same rules, within the frame), and the markers there.
    let placed = inset_markers(&ins, markers);
    let inset_marker_rects: Vec<Rect> = placed.iter().map(|(_, c)| marker_rect(*c)).collect();
    inset_frame(&mut scene, &ins, frame.inset_title);
    let parts = parts(&outlines.pieces, &draw);
    let inset_labels = paint_parts(&mut scene, &parts, &ins, &frame);
    let (inset_plates, inset_hidden) =
        place_labels(&mut scene, &inset_labels, &inset_marker_rects, ins.map, &[]);
    // A name left out of the main map but shown in the inset is on the map.
    scene.hidden_labels += hidden
        .iter()
        .filter(|id| parts.iter().all(|(a, ..)| a.id != **id) || inset_hidden.contains(id))
        .count();
    part_items(&mut scene, &parts, &inset_plates);
    plates.extend(inset_plates);
    yield_plates(&mut scene, &plates);
    markers_on(&mut scene, markers, &placed, &proj);
    // Everything so far stays when only the selection changes (highlights fade fills
    // above, so they change the base): the canvas keeps its pixels.
    scene.base = scene.shapes.len();
    marks(&mut scene, &frame);
    scene.shrunk()
}

#[cfg(test)]
mod tests;
