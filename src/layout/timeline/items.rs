//! The timeline's items: entries in time order, the conflict markers between them, and
//! the highlight and selection outlines.

use super::marks::dashed_line;
use super::model::TimeFrame;
use super::route::{around, clear_spot};
use crate::geo::{bbox, Rect};
use crate::layout::colour::{FOCUS, INK, INK_SOFT, PAPER};
use crate::layout::scene::{Anchor, Item, Scene, Shape};

/// An entry as placed by a layout: its mark's centre and the area that answers for it.
pub(super) struct Placed {
    pub(super) id: &'static str,
    pub(super) centre: (f64, f64),
    pub(super) hit: Rect,
}

/// Conflict links, items in time order, and the selection and focus outlines.
pub(super) fn finish(scene: &mut Scene, mut placed: Vec<Placed>, frame: &TimeFrame) {
    // Keyboard order follows time (then lanes top to bottom), whatever the layout.
    let horizontal = frame.horizontal();
    placed.sort_by(|a, b| {
        let (ka, kb) = if horizontal {
            ((a.centre.0, a.centre.1), (b.centre.0, b.centre.1))
        } else {
            ((a.centre.1, a.centre.0), (b.centre.1, b.centre.0))
        };
        ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
    });
    let mut items: Vec<Item> = placed
        .iter()
        .map(|p| Item::rect(p.id, p.hit, p.hit))
        .collect();
    links(scene, &mut items, &placed, frame);
    let shows = |it: &Item, id: &str| {
        it.id == id || scene.group(it.id).is_some_and(|ids| ids.contains(&id))
    };
    let mut outlines = Vec::new();
    for it in &items {
        if frame.highlighted.iter().any(|h| shows(it, h)) {
            outlines.push(Shape::outline(it.outline, INK_SOFT, 2.0));
        }
    }
    if let Some(it) = frame
        .selected
        .and_then(|s| items.iter().find(|i| shows(i, s)))
    {
        outlines.push(Shape::outline(it.outline, INK, 3.0));
    }
    scene.shapes.append(&mut outlines);
    scene.items = items;
}

/// A dashed line between the two entries of each conflict (or the count marks that hold
/// them), broken where it would cross a label, with a "!" marker near halfway where it
/// covers no label, that is an item of its own, after the first entry it joins in
/// keyboard order.
fn links(scene: &mut Scene, items: &mut Vec<Item>, placed: &[Placed], frame: &TimeFrame) {
    let groups = scene.groups.clone();
    let holder = |id: &'static str| -> &'static str {
        groups
            .iter()
            .find(|(_, ids)| ids.contains(&id))
            .map_or(id, |(g, _)| *g)
    };
    let at = |id: &'static str| placed.iter().find(|p| p.id == holder(id)).map(|p| p.centre);
    let labels = scene.text_bounds();
    // A marker covers no label, no mark and no other marker, and stays on the chart.
    let mut clear = labels.clone();
    clear.extend(placed.iter().map(|p| Rect::square(p.centre, 16.0)));
    // Every member's mark too (a count mark's stand beside its first).
    clear.extend(scene.shapes.iter().filter_map(|s| match s {
        Shape::Circle { centre, radius, .. } => Some(Rect::square(*centre, 2.0 * radius + 2.0)),
        Shape::Polygon { rings, .. } => rings.first().map(|r| bbox(r.iter().copied())),
        _ => None,
    }));
    let bounds = Rect::new(0.0, 0.0, scene.width, scene.height);
    for (conflict, a, b) in frame.links {
        let (Some(pa), Some(pb)) = (at(a), at(b)) else {
            continue;
        };
        // The line runs from mark to mark: the marks' own labels start beside them.
        for (from, to) in around(pa, pb, &labels) {
            scene.shapes.push(dashed_line(from, to, FOCUS));
        }
        let ((mx, my), on) = clear_spot(pa, pb, 24.0, &clear, bounds);
        clear.push(Rect::square((mx, my), 24.0));
        if on != (mx, my) {
            // Beside the line: a short leader from the line to the marker's edge.
            let (dx, dy) = (mx - on.0, my - on.1);
            let len = dx.hypot(dy).max(1e-9);
            let edge = (mx - dx / len * 9.0, my - dy / len * 9.0);
            for (from, to) in around(on, edge, &labels) {
                scene.shapes.push(dashed_line(from, to, FOCUS));
            }
        }
        scene.shapes.push(Shape::Circle {
            centre: (mx, my),
            radius: 9.0,
            fill: PAPER,
            stroke: Some((FOCUS, 2.0)),
        });
        scene.shapes.push(Shape::label(
            mx - 2.5,
            my,
            marker_glyph(conflict).into(),
            12.0,
            true,
            FOCUS,
            Anchor::MiddleLeft,
        ));
        let hit = Rect::new(mx - 12.0, my - 12.0, 24.0, 24.0);
        let pos = items
            .iter()
            .position(|i| i.id == holder(a))
            .map_or(items.len(), |p| p + 1);
        items.insert(pos, Item::rect(conflict, hit, hit));
    }
}

/// A conflict marker's glyph: "!" where the report's claims cannot all hold, "?" where they
/// only need reading together (ids the dataset does not know read as "!").
fn marker_glyph(conflict: &str) -> &'static str {
    match crate::data::CONFLICTS.iter().find(|c| c.id == conflict) {
        Some(c) if c.kind == crate::data::ConflictKind::Ambiguity => "?",
        _ => "!",
    }
}
