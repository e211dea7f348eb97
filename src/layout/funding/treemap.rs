//! The treemap: one tile per programme, its area its floor figure, optionally grouped
//! by category with heavier borders between the groups.

use super::model::{
    badge, category_fill, dashed, marks, Frame, Tile, GROUPS, NAME_SIZE, PAD, VALUE_SIZE,
};
use crate::geo::Rect;
use crate::layout::colour::{ink_on, PAPER};
use crate::layout::scene::{Anchor, Item, Scene, Shape};
use crate::layout::text;
use crate::layout::treemap::squarify;

/// The treemap of tiles in `frame`.
pub fn treemap(tiles: &[Tile], frame: Frame) -> Scene {
    let rects = rects(tiles, frame);
    let mut scene = Scene {
        width: frame.width,
        height: frame.height,
        ..Scene::default()
    };
    for (t, r) in tiles.iter().zip(&rects) {
        tile(&mut scene, t, r);
    }
    if frame.grouped {
        // Heavier white borders between groups, so the grouping reads without colour.
        for g in GROUPS {
            let members: Vec<Rect> = tiles
                .iter()
                .zip(&rects)
                .filter(|(t, _)| t.category == g)
                .map(|(_, r)| *r)
                .collect();
            if let Some(b) = bounding(&members) {
                scene.shapes.push(Shape::outline(b, PAPER, 3.0));
            }
        }
    }
    marks(&mut scene, frame);
    scene.shrunk()
}

/// Each tile's rectangle in the frame: squarified over all tiles, or, grouped, over the
/// groups and then within each group's rectangle.
fn rects(tiles: &[Tile], frame: Frame) -> Vec<Rect> {
    let bounds = Rect::new(0.0, 0.0, frame.width, frame.height);
    if !frame.grouped {
        let weights: Vec<f64> = tiles.iter().map(|t| t.weight).collect();
        return squarify(&weights, bounds);
    }
    let mut rects = vec![Rect::default(); tiles.len()];
    let sums: Vec<f64> = GROUPS
        .iter()
        .map(|g| {
            tiles
                .iter()
                .filter(|t| t.category == *g)
                .map(|t| t.weight)
                .sum()
        })
        .collect();
    let group_rects = squarify(&sums, bounds);
    for (g, gr) in GROUPS.iter().zip(&group_rects) {
        let members: Vec<usize> = (0..tiles.len())
            .filter(|&i| tiles[i].category == *g)
            .collect();
        let weights: Vec<f64> = members.iter().map(|&i| tiles[i].weight).collect();
        for (k, r) in squarify(&weights, *gr).into_iter().enumerate() {
            rects[members[k]] = r;
        }
    }
    rects
}

/// One tile: its fill, a dashed edge where the figure is open-ended, its name and figure
/// where they fit (counted as hidden where neither does), its badge, and its item.
fn tile(scene: &mut Scene, t: &Tile, r: &Rect) {
    let fill = category_fill(t.category);
    scene.shapes.push(Shape::Box {
        rect: *r,
        fill,
        stroke: Some((PAPER, 1.5)),
    });
    let ink = ink_on(fill);
    if t.open_ended && r.w > 8.0 && r.h > 8.0 {
        let x = r.x + r.w - 4.0;
        dashed(&mut scene.shapes, (x, r.y + 4.0), (x, r.y + r.h - 4.0), ink);
    }
    // Labels: name then figure, each fitted; a tile too small for either is counted.
    let room = r.w
        - 2.0 * PAD
        - if t.disputed { 20.0 } else { 0.0 }
        - if t.open_ended { 6.0 } else { 0.0 };
    let mut y = r.y + PAD;
    let mut shown = 0;
    let mut label = |y: f64, s: String, size: f64, bold: bool| {
        scene.shapes.push(Shape::label(
            r.x + PAD,
            y,
            s,
            size,
            bold,
            ink,
            Anchor::TopLeft,
        ));
        shown += 1;
    };
    if r.h >= NAME_SIZE * 1.25 + 2.0 * PAD {
        if let Some(name) = text::fit(&t.name, room, NAME_SIZE, true) {
            label(y, name, NAME_SIZE, true);
            y += NAME_SIZE * 1.3;
        }
    }
    if y + VALUE_SIZE * 1.25 <= r.y + r.h - PAD / 2.0 {
        if let Some(value) = text::fit_whole(&t.value, room, VALUE_SIZE, false) {
            label(y, value, VALUE_SIZE, false);
        }
    }
    if shown == 0 {
        scene.hidden_labels += 1;
    }
    if t.disputed && r.w >= 24.0 && r.h >= 24.0 {
        badge(&mut scene.shapes, r.x + r.w - 12.0, r.y + 12.0);
    }
    scene.items.push(Item::rect(t.id, *r, *r));
}

/// The bounding box of the rectangles with an area, if any has one.
fn bounding(rects: &[Rect]) -> Option<Rect> {
    let first = rects.iter().find(|r| r.area() > 0.0)?;
    let (mut x0, mut y0, mut x1, mut y1) = (first.x, first.y, first.x + first.w, first.y + first.h);
    for r in rects.iter().filter(|r| r.area() > 0.0) {
        x0 = x0.min(r.x);
        y0 = y0.min(r.y);
        x1 = x1.max(r.x + r.w);
        y1 = y1.max(r.y + r.h);
    }
    Some(Rect::new(x0, y0, x1 - x0, y1 - y0))
}
