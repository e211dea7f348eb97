//! Province labels on the geographic map: each at a point far inside its province (a
//! pole of inaccessibility), or on a white plate beside it with a leader line, or left
//! out and counted (the list below the map has every name).

use super::model::{regions_of, Area, LabelPoint, Rings, LABEL};
use super::targets::{clear_of, hit_area, target_square};
use super::tiles::order_index;
use crate::data::geometry::LABEL_POINTS;
use crate::geo::{point_in_rings, Rect};
use crate::layout::colour::{ink_on, Rgb, INK, PAPER};
use crate::layout::scene::{Anchor, Scene, Shape};
use crate::layout::text;

/// A point inside each province far from its edges (a pole of inaccessibility, by grid
/// search), in projected degrees, with its distance to the nearest edge: worked out at
/// build time (`build.rs`, with [`crate::geo::pole`]), so a first draw of the map does
/// not wait for the search.
pub fn label_points() -> &'static [LabelPoint] {
    LABEL_POINTS
}

/// The label point of province `id` (projected degrees) and the room around it.
pub(super) fn label_point(id: &str) -> Option<&'static LabelPoint> {
    label_points().iter().find(|l| l.0 == id)
}

/// A bold-or-plain label centred on `at`.
fn text_shape(at: (f64, f64), s: String, size: f64, bold: bool, colour: Rgb) -> Shape {
    let w = text::width(&s, size, bold);
    Shape::label(
        at.0 - w / 2.0,
        at.1,
        s,
        size,
        bold,
        colour,
        Anchor::MiddleLeft,
    )
}

/// A province's label candidate: the area, its label point, the room there (px), its
/// fill and its rings in px.
pub(super) type Labelled<'a> = (&'a Area, (f64, f64), f64, Rgb, &'a Rings);

/// Where labels may go: within `bounds` and clear of `keep_out`, of the markers and of
/// the labels placed so far.
struct Room<'a> {
    markers: &'a [Rect],
    bounds: Rect,
    keep_out: &'a [Rect],
    placed: Vec<Rect>,
}

impl Room<'_> {
    fn clear(&self, b: &Rect) -> bool {
        self.placed
            .iter()
            .chain(self.markers)
            .all(|o| o.overlap(b) == 0.0)
    }

    fn in_frame(&self, b: &Rect) -> bool {
        let bounds = self.bounds;
        b.x >= bounds.x + 2.0
            && b.y >= bounds.y + 2.0
            && b.x + b.w <= bounds.x + bounds.w - 2.0
            && b.y + b.h <= bounds.y + bounds.h - 2.0
            && self.keep_out.iter().all(|k| k.overlap(b) == 0.0)
    }
}

/// Places province labels: inside the province where the whole label fits (at the
/// label point or near it), else on a white plate beside it with a leader line, within
/// `bounds` and clear of other labels, markers, `keep_out` and small provinces' targets;
/// else left out. Returns the plates, and the provinces whose label was left out.
pub(super) fn place_labels(
    scene: &mut Scene,
    labels: &[Labelled],
    markers: &[Rect],
    bounds: Rect,
    keep_out: &[Rect],
) -> (Vec<(&'static str, Rect)>, Vec<&'static str>) {
    let mut room = Room {
        markers,
        bounds,
        keep_out,
        placed: Vec::new(),
    };
    // Every province's target square (where its tooltip points), which plates must
    // not cover.
    let targets: Vec<(&str, Rect)> = labels
        .iter()
        .map(|(a, at, room, _, rings)| (a.id, target_square(rings, *at, *room, markers).0))
        .collect();
    let mut outside = Vec::new();
    let mut order: Vec<&Labelled> = labels.iter().collect();
    order.sort_by(|a, b| b.2.total_cmp(&a.2));
    for l in order {
        let &(a, at, _, fill, rings) = l;
        match inside_spot(&room, &a.label, at, rings) {
            Some(b) => {
                room.placed.push(b);
                if !regions_of(a.id).is_empty() {
                    // The fill under the label, so no stripe of the region's hatching
                    // runs through it.
                    scene.shapes.push(Shape::Box {
                        rect: b,
                        fill,
                        stroke: None,
                    });
                }
                scene.shapes.push(text_shape(
                    b.centre(),
                    a.label.clone(),
                    LABEL,
                    true,
                    ink_on(fill),
                ));
            }
            None => outside.push(l),
        }
    }
    // Plates, in keyboard order, so the layout does not depend on sorting ties.
    outside.sort_by_key(|l| order_index(l.0.id));
    let mut plates = Vec::new();
    let mut hidden = Vec::new();
    for l in outside {
        let (a, at, r, _, _) = *l;
        let Some(b) = plate_spot(&room, &targets, l) else {
            hidden.push(a.id);
            continue;
        };
        room.placed.push(b);
        plate(scene, at, r, b, a.label.clone());
        plates.push((a.id, b));
    }
    (plates, hidden)
}

/// A spot for `label` inside its province (every corner in `rings`) at or near `at`,
/// clear of the room's labels and markers.
fn inside_spot(room: &Room, label: &str, at: (f64, f64), rings: &Rings) -> Option<Rect> {
    let w = text::width(label, LABEL, true);
    let h = LABEL * 1.25;
    let steps = [0.0, -8.0, 8.0, -16.0, 16.0, -24.0, 24.0, -32.0, 32.0];
    steps
        .iter()
        .flat_map(|&dy| steps.iter().map(move |&dx| (dx, dy)))
        .filter(|(dx, dy): &(f64, f64)| dy.abs() <= 16.0 || dx.abs() <= 8.0)
        .map(|(dx, dy)| Rect::new(at.0 + dx - w / 2.0, at.1 + dy - h / 2.0, w, h))
        .find(|b| b.corners().iter().all(|p| point_in_rings(rings, p.0, p.1)) && room.clear(b))
}

/// A spot for a labelled province's plate beside it: in the room's frame, clear of the
/// province's own pointer area, of the room's labels and markers, and of other
/// provinces' `targets`.
fn plate_spot(room: &Room, targets: &[(&str, Rect)], l: &Labelled) -> Option<Rect> {
    let &(a, at, r, _, rings) = l;
    let own = hit_area(rings, at, r, room.markers).1;
    let w = text::width(&a.label, LABEL, true) + 8.0;
    let ph = LABEL * 1.25 + 4.0;
    let gap = r.max(4.0) + 10.0;
    let candidates = [
        (at.0 + gap, at.1 - ph / 2.0),
        (at.0 - gap - w, at.1 - ph / 2.0),
        (at.0 - w / 2.0, at.1 - gap - ph),
        (at.0 - w / 2.0, at.1 + gap),
        (at.0 + gap, at.1 - ph - 4.0),
        (at.0 + gap, at.1 + 4.0),
        (at.0 - gap - w, at.1 - ph - 4.0),
        (at.0 - gap - w, at.1 + 4.0),
        (at.0 + gap + 16.0, at.1 - ph / 2.0),
        (at.0 - gap - w - 16.0, at.1 - ph / 2.0),
    ];
    candidates
        .iter()
        .map(|&(x, y)| Rect::new(x, y, w, ph))
        .find(|b| {
            room.in_frame(b)
                && clear_of(&own, b)
                && room.clear(b)
                && targets
                    .iter()
                    .all(|(id, t)| *id == a.id || t.overlap(b) == 0.0)
        })
}

/// A plate `b` holding `label`, with a leader from the label point `at` to the plate's
/// nearest point. The leader starts at the edge of the label point's `room`, leaving the
/// province's fill in view.
fn plate(scene: &mut Scene, at: (f64, f64), room: f64, b: Rect, label: String) {
    let to = (at.0.clamp(b.x, b.x + b.w), at.1.clamp(b.y, b.y + b.h));
    let (dx, dy) = (to.0 - at.0, to.1 - at.1);
    let len = dx.hypot(dy).max(1e-9);
    let from = (at.0 + dx / len * room, at.1 + dy / len * room);
    scene.shapes.push(Shape::Line {
        from,
        to,
        colour: INK,
        width: 1.0,
        dashed: false,
    });
    scene.shapes.push(Shape::Box {
        rect: b,
        fill: PAPER,
        stroke: Some((INK, 1.0)),
    });
    scene
        .shapes
        .push(text_shape(b.centre(), label, LABEL, true, INK));
}
