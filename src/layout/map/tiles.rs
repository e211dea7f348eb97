//! The tile grid: one equal cell per province, as newsrooms draw small regions. Read
//! row by row, the grid is also the keyboard order of both layouts.

use super::model::{fill_of, hatch_of, Area, Frame, Marker, LABEL, MIN_TARGET, PAD};
use super::pattern::hatch;
use super::targets::{marker_shapes, marks, rect_ring};
use crate::geo::Rect;
use crate::layout::colour::{edge, ink_on};
use crate::layout::scene::{Anchor, Item, Ring, Scene, Shape};
use crate::layout::text;

/// The tile grid: (column, row) per province, approximating geography (west to east,
/// north to south). Reading it row by row is also the keyboard order in both layouts.
pub const TILES: [(&str, u8, u8); 17] = [
    ("KR-28", 0, 0), // Incheon
    ("KR-11", 1, 0), // Seoul
    ("KR-41", 2, 0), // Gyeonggi
    ("KR-51", 3, 0), // Gangwon
    ("KR-44", 0, 1), // South Chungcheong
    ("KR-50", 1, 1), // Sejong
    ("KR-43", 2, 1), // North Chungcheong
    ("KR-47", 3, 1), // North Gyeongsang
    ("KR-52", 0, 2), // Jeonbuk
    ("KR-30", 1, 2), // Daejeon
    ("KR-27", 2, 2), // Daegu
    ("KR-31", 3, 2), // Ulsan
    ("KR-29", 0, 3), // Gwangju
    ("KR-46", 1, 3), // South Jeolla
    ("KR-48", 2, 3), // South Gyeongsang
    ("KR-26", 3, 3), // Busan
    ("KR-49", 0, 4), // Jeju
];
const TILE_COLS: f64 = 4.0;
pub(super) const TILE_ROWS: f64 = 5.0;

/// Keyboard order: the tile grid read row by row (north to south, west to east).
pub fn order() -> impl Iterator<Item = &'static str> {
    TILES.iter().map(|t| t.0)
}

/// Where a province stands in keyboard order (unknown ids last).
pub(super) fn order_index(id: &str) -> usize {
    order().position(|o| o == id).unwrap_or(usize::MAX)
}

fn tile_size(width: f64) -> (f64, f64) {
    let w = ((width - 2.0 * PAD) / TILE_COLS).min(150.0);
    (w, (w * 0.62).max(MIN_TARGET + 8.0))
}

/// The canvas height of the tile grid at `width`.
pub(super) fn tiles_height(width: f64) -> f64 {
    tile_size(width).1 * TILE_ROWS + 2.0 * PAD
}

/// The cell of a province in the tile grid.
pub fn tile_rect(width: f64, id: &str) -> Option<Rect> {
    let (w, h) = tile_size(width);
    let left = (width - w * TILE_COLS) / 2.0;
    TILES
        .iter()
        .find(|t| t.0 == id)
        .map(|&(_, c, r)| Rect::new(left + c as f64 * w, PAD + r as f64 * h, w, h))
}

/// The tile grid.
pub fn tiles(areas: &[Area], markers: &[Marker], frame: Frame) -> Scene {
    let width = frame.width;
    let mut scene = Scene {
        width,
        height: tiles_height(width),
        ..Scene::default()
    };
    for id in order() {
        let (Some(a), Some(cell)) = (areas.iter().find(|a| a.id == id), tile_rect(width, id))
        else {
            continue;
        };
        tile(&mut scene, a, cell, &frame);
    }
    for m in markers {
        let Some(cell) = tile_rect(width, m.province) else {
            continue;
        };
        let k = markers
            .iter()
            .filter(|o| o.province == m.province)
            .position(|o| o.id == m.id)
            .unwrap_or(0) as f64;
        let c = (
            cell.x + cell.w - 14.0 - k * (MIN_TARGET + 2.0),
            cell.y + cell.h - 14.0,
        );
        marker_shapes(&mut scene, m.id, m.kind, c, MIN_TARGET);
    }
    marks(&mut scene, &frame);
    scene.shrunk()
}

/// One province's cell: its fill and its region's hatching (split where it lies in two
/// regions), its label where it fits, and its item.
fn tile(scene: &mut Scene, a: &Area, cell: Rect, frame: &Frame) {
    let r = cell.inset(1.5);
    let (fill, second) = fill_of(a.id, frame);
    let (first_hatch, second_hatch, faded) = hatch_of(a.id, frame);
    scene.shapes.push(Shape::Box {
        rect: r,
        fill,
        stroke: edge(fill),
    });
    if let Some(i) = first_hatch {
        hatch(&mut scene.shapes, &[rect_ring(r)], i, faded);
    }
    if let Some(s) = second {
        // A province in two regions: the lower-right half in the second one's colour
        // and hatching.
        let half = vec![Ring::from([
            (r.x + r.w, r.y),
            (r.x + r.w, r.y + r.h),
            (r.x, r.y + r.h),
        ])];
        scene.shapes.push(Shape::Polygon {
            rings: half.clone(),
            fill: s,
            stroke: edge(s),
        });
        if let Some(i) = second_hatch {
            hatch(&mut scene.shapes, &half, i, faded);
        }
    }
    // The label sits in the upper-left half, on the first region's colour.
    let fitted = [LABEL, 11.0, 10.0]
        .iter()
        .find(|&&sz| text::width(&a.label, sz, true) <= r.w - 8.0)
        .map(|&sz| (a.label.clone(), sz))
        .or_else(|| text::fit(&a.label, r.w - 8.0, 10.0, true).map(|l| (l, 10.0)));
    match fitted {
        Some((l, size)) => {
            let label = Shape::label(
                r.x + 4.0,
                r.y + 4.0,
                l,
                size,
                true,
                ink_on(fill),
                Anchor::TopLeft,
            );
            if let (Shape::Text { bounds, .. }, Some(_)) = (&label, first_hatch) {
                // The fill under the label, so no stripe runs through it.
                scene.shapes.push(Shape::Box {
                    rect: bounds.grown(1.0),
                    fill,
                    stroke: None,
                });
            }
            scene.shapes.push(label);
        }
        None => scene.hidden_labels += 1,
    }
    scene.items.push(Item {
        ring: vec![rect_ring(cell.inset(2.0))],
        ..Item::rect(a.id, cell, r)
    });
}
