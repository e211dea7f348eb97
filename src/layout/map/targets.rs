//! Where provinces and markers answer the pointer: each province keeps a 24 px square
//! of its own (moved off markers where it must), small provinces answer in the hull of
//! their shape and that square, and markers answer in a small square of their own. The
//! marks of the selection and the highlight follow the same items.

use super::model::{Frame, Marker, MarkerKind, Rings, GEO_MARKER_TARGET, MARKER_R, MIN_TARGET};
use crate::geo::{bbox, edges_meet, flat, hull, point_in_rings, Projection, Rect};
use crate::layout::colour::{INK, PAPER};
use crate::layout::scene::{Item, Ring, Scene, Shape};

/// A closed ring along the sides of `r`.
pub(super) fn rect_ring(r: Rect) -> Ring {
    Ring::from(r.corners())
}

/// The 24 px square (plus a pixel of margin) a province answers in: around its label
/// point, or moved off any marker target in `avoid`, with whether it had to move (the
/// province's own shape does not hold that square around its label point).
pub(super) fn target_square(
    rings: &[Ring],
    label: (f64, f64),
    room: f64,
    avoid: &[Rect],
) -> (Rect, bool) {
    let side = MIN_TARGET + 2.0;
    let half = side / 2.0;
    let at = |(dx, dy): (f64, f64)| Rect::square((label.0 + dx, label.1 + dy), side);
    if room >= half && avoid.iter().all(|a| a.overlap(&at((0.0, 0.0))) == 0.0) {
        return (at((0.0, 0.0)), false);
    }
    // The nearest free square whose centre is still in the province.
    let steps = [-24.0, -18.0, -12.0, -6.0, 0.0, 6.0, 12.0, 18.0, 24.0];
    let mut candidates: Vec<(f64, f64)> = steps
        .iter()
        .flat_map(|&dy| steps.iter().map(move |&dx| (dx, dy)))
        .collect();
    candidates.sort_by(|a, b| (a.0.hypot(a.1)).total_cmp(&b.0.hypot(b.1)));
    let free = |sq: &Rect| avoid.iter().all(|a| a.overlap(sq) == 0.0);
    let square = candidates
        .iter()
        .map(|&d| at(d))
        .find(|sq| free(sq) && point_in_rings(rings, sq.centre().0, sq.centre().1))
        .or_else(|| candidates.iter().map(|&d| at(d)).find(free))
        .unwrap_or_else(|| at((0.0, 0.0)));
    (square, true)
}

/// The pointer area of a province: its own rings, or, where those leave no 24 px square
/// around its label, the hull of its main ring and that square plus its outlying rings.
/// The square moves off any marker target in `avoid`, so a marker in a small province
/// (Seoul's lab) leaves the province a target of its own.
pub(super) fn hit_area(
    rings: &[Ring],
    label: (f64, f64),
    room: f64,
    avoid: &[Rect],
) -> (Rect, Rings) {
    let (square, small) = target_square(rings, label, room, avoid);
    if !small {
        return (bbox(flat(rings)), rings.to_vec());
    }
    let main = rings
        .iter()
        .position(|r| point_in_rings(std::slice::from_ref(r), label.0, label.1))
        .unwrap_or(0);
    let mut pts = Vec::with_capacity(rings[main].len() + 4);
    pts.extend_from_slice(&rings[main]);
    pts.extend_from_slice(&rect_ring(square));
    let h = hull(pts);
    let hb = bbox(h.iter().copied());
    let mut out = vec![Ring::from(h)];
    for (i, r) in rings.iter().enumerate() {
        if i != main && bbox(r.iter().copied()).overlap(&hb) == 0.0 {
            out.push(r.clone());
        }
    }
    (bbox(flat(&out)), out)
}

/// Whether no sampled point of `r` lies in `rings` (so `r` can join them as a ring
/// without cutting a hole).
pub(super) fn clear_of(rings: &[Ring], r: &Rect) -> bool {
    (0..=6).all(|i| {
        (0..=6).all(|j| {
            let x = r.x + r.w * i as f64 / 6.0;
            let y = r.y + r.h * j as f64 / 6.0;
            !point_in_rings(rings, x, y)
        })
    })
}

/// Whether `sq` lies wholly inside `rings`: a corner inside, and no edge of theirs
/// meeting it.
pub(super) fn square_inside(rings: &[Ring], sq: &Rect) -> bool {
    point_in_rings(rings, sq.x, sq.y) && !edges_meet(sq, rings)
}

/// A marker's pointer area on the geographic map, centred on it.
pub(super) fn marker_rect(c: (f64, f64)) -> Rect {
    Rect::square(c, GEO_MARKER_TARGET)
}

/// Every marker's pointer area on the main map of `proj`.
pub(super) fn geo_marker_rects(proj: &Projection, markers: &[Marker]) -> Vec<Rect> {
    markers
        .iter()
        .map(|m| marker_rect(proj.px(m.lon, m.lat)))
        .collect()
}

/// A marker drawn at `c` and its item, answering in a square of side `target`. A place
/// from the report is a filled ink disc; a place from a later report is a hollow ring
/// drawn in dashes, so the two never read as one set.
pub(super) fn marker_shapes(
    scene: &mut Scene,
    id: &'static str,
    kind: MarkerKind,
    c: (f64, f64),
    target: f64,
) {
    match kind {
        MarkerKind::Report => {
            scene.shapes.push(Shape::Circle {
                centre: c,
                radius: MARKER_R,
                fill: INK,
                stroke: Some((PAPER, 2.0)),
            });
            scene.shapes.push(Shape::Circle {
                centre: c,
                radius: 2.0,
                fill: PAPER,
                stroke: None,
            });
        }
        MarkerKind::LaterReport => {
            scene.shapes.push(Shape::Circle {
                centre: c,
                radius: MARKER_R + 1.0,
                fill: PAPER,
                stroke: None,
            });
            // Eight dashes around the ring, each spanning half of its sector.
            let r = MARKER_R;
            for i in 0..LATER_DASHES {
                let a0 = i as f64 * std::f64::consts::TAU / LATER_DASHES as f64;
                let a1 = a0 + std::f64::consts::PI / LATER_DASHES as f64;
                scene.shapes.push(Shape::Line {
                    from: (c.0 + r * a0.cos(), c.1 + r * a0.sin()),
                    to: (c.0 + r * a1.cos(), c.1 + r * a1.sin()),
                    colour: INK,
                    width: 2.5,
                    dashed: false,
                });
            }
        }
    }
    let r = Rect::square(c, target);
    scene.items.push(Item {
        ring: vec![rect_ring(Rect::square(c, 2.0 * (MARKER_R + 3.0)))],
        ..Item::rect(id, r, r)
    });
}

/// How many dashes a later report's marker ring has.
pub(super) const LATER_DASHES: usize = 8;

/// Highlight and selection marks, along each item's ring. (Focus is drawn on a layer of
/// its own: [`Scene::focus_marks`].)
pub(super) fn marks(scene: &mut Scene, frame: &Frame) {
    let mut extra = Vec::new();
    for item in frame.highlighted.iter().filter_map(|id| scene.item(id)) {
        extra.extend(item.marks(INK, 1.75));
    }
    if let Some(item) = frame.selected.and_then(|s| scene.item(s)) {
        extra.extend(item.marks(INK, 4.0));
        extra.extend(item.marks(PAPER, 1.5));
    }
    scene.shapes.extend(extra);
}
