//! The steps that draw the geographic map: the provinces at their real shape and place,
//! their labels and pointer areas, the capital-area inset with the provinces' parts in
//! it, and the markers on both.

use super::inset::{self, Inset};
use super::labels::{label_point, Labelled};
use super::model::{fill_of, hatch_of, Area, Frame, Marker, Rings, GEO_MARKER_TARGET};
use super::outlines::{seamless_lines, Outlines, Piece};
use super::pattern::hatch;
use super::targets::{clear_of, hit_area, marker_shapes, rect_ring};
use super::tiles::order;
use crate::geo::{bbox, flat, Projection, Rect};
use crate::layout::colour::{edge, EDGE, INK, INK_SOFT, PAPER};
use crate::layout::scene::{Anchor, Item, Scene, Shape};
use crate::layout::text;

/// Each area with its rings on the main map, larger provinces first, so a province
/// inside another's hole (Seoul in Gyeonggi) is painted over it.
pub(super) fn by_size<'a>(outlines: &Outlines, areas: &'a [Area]) -> Vec<(&'a Area, Rings)> {
    let mut draw: Vec<(&Area, Rings)> = areas.iter().map(|a| (a, outlines.land_of(a.id))).collect();
    draw.sort_by(|a, b| {
        let area = |r: &Rings| bbox(flat(r)).area();
        area(&b.1).total_cmp(&area(&a.1))
    });
    draw
}

/// Paints the provinces of `draw` on the main map, and returns their label candidates.
pub(super) fn paint_provinces<'a>(
    scene: &mut Scene,
    draw: &'a [(&'a Area, Rings)],
    frame: &Frame,
    proj: &Projection,
) -> Vec<Labelled<'a>> {
    let mut labels = Vec::new();
    for (a, rings) in draw {
        let (fill, second) = fill_of(a.id, frame);
        scene.shapes.push(Shape::Polygon {
            rings: rings.clone(),
            fill,
            stroke: Some((EDGE, 1.0)),
        });
        if let (Some(i), _, faded) = hatch_of(a.id, frame) {
            hatch(&mut scene.shapes, rings, i, faded);
        }
        // A second region rings the province, where the ring leaves its fill visible.
        if let (Some(s), Some(l)) = (second, label_point(a.id)) {
            if l.2 * proj.scale() >= 8.0 {
                scene.shapes.extend(Shape::rings(rings, s, 3.0));
            }
        }
        let Some(&(_, lp, room)) = label_point(a.id) else {
            continue;
        };
        labels.push((*a, proj.px_deg(lp), room * proj.scale(), fill, rings));
    }
    labels
}

/// Pushes each province's item, in keyboard order: it answers in its pointer area, and
/// on its label's plate too where the plate stands clear of that area.
pub(super) fn province_items(
    scene: &mut Scene,
    labels: &[Labelled],
    plates: &[(&'static str, Rect)],
    marker_rects: &[Rect],
) {
    for id in order() {
        let Some((_, at, room, _, rings)) = labels.iter().find(|l| l.0.id == id) else {
            continue;
        };
        let (mut hit, mut polygon) = hit_area(rings, *at, *room, marker_rects);
        if let Some((_, plate)) = plates.iter().find(|p| p.0 == id) {
            if clear_of(&polygon, plate) {
                polygon.push(rect_ring(*plate));
                hit = bbox(flat(&polygon));
            }
        }
        scene.items.push(Item {
            id,
            hit,
            outline: bbox(flat(rings)),
            polygon,
            ring: rings.to_vec(),
            open: Vec::new(),
        });
    }
}

/// The inset's frame and its title.
pub(super) fn inset_frame(scene: &mut Scene, ins: &Inset, title: &str) {
    scene.shapes.push(Shape::Box {
        rect: ins.frame,
        fill: PAPER,
        stroke: Some((INK_SOFT, 1.0)),
    });
    if title.is_empty() {
        return;
    }
    if let Some(t) = text::fit(title, ins.frame.w - 8.0, 11.0, true) {
        scene.shapes.push(Shape::label(
            ins.frame.x + 4.0,
            ins.frame.y + 3.0,
            t,
            11.0,
            true,
            INK,
            Anchor::TopLeft,
        ));
    }
}

/// A province's part of the inset as drawn: the area, its rings there, and their edges
/// less the seams.
pub(super) type Part<'a> = (&'a Area, &'a Rings, &'a (Rings, Rings));

/// The parts of the inset, in the order of `draw`.
pub(super) fn parts<'a>(pieces: &'a [Piece], draw: &'a [(&'a Area, Rings)]) -> Vec<Part<'a>> {
    draw.iter()
        .filter_map(|(a, _)| {
            let (_, rings, edges) = pieces.iter().find(|p| p.0 == a.id)?;
            Some((*a, rings, edges))
        })
        .collect()
}

/// Paints the provinces' parts in the inset, with borders between provinces but not
/// along the frame's seams, and returns their label candidates.
pub(super) fn paint_parts<'a>(
    scene: &mut Scene,
    parts: &[Part<'a>],
    ins: &Inset,
    frame: &Frame,
) -> Vec<Labelled<'a>> {
    let mut labels = Vec::new();
    for &(a, rings, (closed, open)) in parts {
        let (fill, second) = fill_of(a.id, frame);
        // An edge all round (along the seams it lies on the frame), then the borders
        // between provinces as on the main map.
        scene.shapes.push(Shape::Polygon {
            rings: rings.clone(),
            fill,
            stroke: edge(fill),
        });
        if let (Some(i), _, faded) = hatch_of(a.id, frame) {
            hatch(&mut scene.shapes, rings, i, faded);
        }
        seamless_lines(&mut scene.shapes, (closed, open), EDGE, 1.0);
        let Some(p) = inset::piece(a.id) else {
            continue;
        };
        if let Some(s) = second.filter(|_| p.room * ins.scale >= 8.0) {
            seamless_lines(&mut scene.shapes, (closed, open), s, 3.0);
        }
        labels.push((a, ins.px_deg(p.label), p.room * ins.scale, fill, rings));
    }
    labels
}

/// The inset's parts answer for their provinces: the same items, so the keyboard order
/// and the list do not change.
pub(super) fn part_items(scene: &mut Scene, parts: &[Part], plates: &[(&'static str, Rect)]) {
    for (a, rings, (closed, open)) in parts {
        if let Some(item) = scene.items.iter_mut().find(|i| i.id == a.id) {
            item.polygon.extend(rings.iter().cloned());
            item.ring.extend(closed.iter().cloned());
            item.open.extend(open.iter().cloned());
            if let Some((_, plate)) = plates.iter().find(|p| p.0 == a.id) {
                if clear_of(&item.polygon, plate) {
                    item.polygon.push(rect_ring(*plate));
                }
            }
            item.hit = bbox(flat(&item.polygon));
        }
    }
}

/// Where a plate lies over a province that wins the pointer there (a smaller one), the
/// plate stays a label only: its province keeps its own area.
pub(super) fn yield_plates(scene: &mut Scene, plates: &[(&'static str, Rect)]) {
    for _ in 0..2 {
        for (id, plate) in plates {
            let answers = [(0.2, 0.5), (0.5, 0.5), (0.8, 0.5)].iter().all(|(fx, fy)| {
                scene.hit(plate.x + plate.w * fx, plate.y + plate.h * fy) == Some(*id)
            });
            if answers {
                continue;
            }
            if let Some(item) = scene.items.iter_mut().find(|i| i.id == *id) {
                let ring = rect_ring(*plate);
                if let Some(k) = item.polygon.iter().position(|r| *r == ring) {
                    item.polygon.remove(k);
                    item.hit = bbox(flat(&item.polygon));
                }
            }
        }
    }
}

/// The markers on the main map, and again in the inset where they fall in it (`placed`):
/// the same item, answering in both places.
pub(super) fn markers_on(
    scene: &mut Scene,
    markers: &[Marker],
    placed: &[(&Marker, (f64, f64))],
    proj: &Projection,
) {
    for m in markers {
        marker_shapes(
            scene,
            m.id,
            m.kind,
            proj.px(m.lon, m.lat),
            GEO_MARKER_TARGET,
        );
    }
    for (m, c) in placed {
        marker_shapes(scene, m.id, m.kind, *c, GEO_MARKER_TARGET);
        let Some(extra) = scene.items.pop() else {
            continue;
        };
        if let Some(item) = scene.items.iter_mut().find(|i| i.id == m.id) {
            if item.polygon.is_empty() {
                item.polygon.push(rect_ring(item.hit));
            }
            item.polygon.push(rect_ring(extra.hit));
            item.hit = bbox(flat(&item.polygon));
            item.ring.extend(extra.ring);
        }
    }
}
