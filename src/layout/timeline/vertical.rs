//! The vertical timeline for narrow screens: time running down the page, a thin column
//! per lane for the marks, and every label in one column beside them.

use super::items::{finish, Placed};
use super::marks::{dashed_line, gridline, mark, tick_label, ticks};
use super::model::{row_colour, tint, TimeFrame, TimeItem, LABEL_SIZE};
use crate::data::timeline::{Mark, When};
use crate::geo::Rect;
use crate::layout::colour::{FOCUS, INK, INK_SOFT, RULE};
use crate::layout::scene::{Anchor, Scene, Shape};
use crate::layout::text;

/// Left of the lane columns: the tick labels' gutter, CSS px.
const GUTTER: f64 = 46.0;
/// Width of a lane's column, CSS px.
const LANE_W: f64 = 14.0;

/// Where things go down the page.
struct Column {
    t0: f64,
    t1: f64,
    top: f64,
    length: f64,
    lanes_x: f64,
    label_x: f64,
    label_room: f64,
}

impl Column {
    /// The y of a time.
    fn y(&self, t: f64) -> f64 {
        self.top + (t - self.t0) / (self.t1 - self.t0) * self.length
    }
}

/// Lays out the timeline down the page.
pub(super) fn vertical(items: &[TimeItem], frame: &TimeFrame) -> Scene {
    let width = frame.width;
    let (t0, t1) = frame.range;
    let lanes_x = GUTTER + 8.0;
    let label_x = lanes_x + LANE_W * frame.rows.len() as f64 + 8.0;
    let col = Column {
        t0,
        t1,
        top: 24.0,
        length: ((t1 - t0) * 150.0).clamp(520.0, 1600.0),
        lanes_x,
        label_x,
        label_room: (width - label_x - 8.0).max(40.0),
    };
    let mut scene = Scene {
        width,
        height: col.top + col.length + 24.0,
        ..Scene::default()
    };
    let mut shapes = axis(frame, &col);
    let mut marks_layer: Vec<Shape> = Vec::new();
    let mut placed = Vec::new();
    let mut last_bottom = f64::MIN;
    let mut visible: Vec<&TimeItem> = items
        .iter()
        .filter(|i| {
            frame.rows.iter().any(|(r, _)| *r == i.row)
                && i.when.end() >= t0
                && i.when.start() <= t1
        })
        .collect();
    visible.sort_by(|a, b| {
        a.when
            .start()
            .total_cmp(&b.when.start())
            .then(a.id.cmp(b.id))
    });
    for it in visible {
        let lane = frame
            .rows
            .iter()
            .position(|(r, _)| *r == it.row)
            .unwrap_or(0);
        let cx = col.lanes_x + LANE_W * lane as f64 + LANE_W / 2.0;
        let (ys, ye) = (col.y(it.when.start().max(t0)), col.y(it.when.end().min(t1)));
        let colour = row_colour(it.row);
        if let When::Span(..) = it.when {
            marks_layer.push(Shape::Box {
                rect: Rect::new(cx - 4.0, ys, 8.0, (ye - ys).max(2.0)),
                fill: tint(colour),
                stroke: Some((colour, 1.5)),
            });
        }
        if matches!(it.when, When::Point(_)) || it.mark != Mark::Event {
            mark(&mut marks_layer, it.mark, cx, ys, colour);
        }
        placed.push(label(
            &mut shapes,
            &mut scene,
            &mut last_bottom,
            &col,
            it,
            (cx, ys),
        ));
    }
    shapes.extend(marks_layer);
    scene.shapes = shapes;
    finish(&mut scene, placed, frame);
    scene.shrunk()
}

/// The axis down the left: a gridline and label per tick, and the reader's date.
fn axis(frame: &TimeFrame, col: &Column) -> Vec<Shape> {
    let width = frame.width;
    let mut shapes = Vec::new();
    for (t, major) in ticks(frame.range) {
        let y = col.y(t);
        shapes.push(gridline((GUTTER, y), (width, y), major));
        shapes.push(Shape::label(
            GUTTER - 6.0,
            y,
            tick_label(t, &frame.quarters),
            12.0,
            major,
            INK_SOFT,
            Anchor::MiddleRight,
        ));
    }
    if frame.today_in_range() {
        let y = col.y(frame.today);
        shapes.push(dashed_line((GUTTER, y), (width, y), FOCUS));
    }
    shapes
}

/// An entry's label, level with its mark at `(cx, cy)` or pushed down below the label
/// before (ending at `last_bottom`) with a leader; pushed too far, it is dropped and
/// counted. Returns where the entry was placed.
fn label(
    shapes: &mut Vec<Shape>,
    scene: &mut Scene,
    last_bottom: &mut f64,
    col: &Column,
    it: &TimeItem,
    (cx, cy): (f64, f64),
) -> Placed {
    let h = LABEL_SIZE * 1.25;
    let ly = (cy - h / 2.0).max(*last_bottom + 3.0);
    let label = text::fit(&it.label, col.label_room, LABEL_SIZE, false);
    let mut hit_bottom = cy + 8.0;
    match label {
        Some(l) if ly - (cy - h / 2.0) <= 40.0 && ly + h <= scene.height => {
            if ly - (cy - h / 2.0) > 3.0 {
                shapes.push(Shape::Line {
                    from: (cx + 7.0, cy),
                    to: (col.label_x - 2.0, ly + h / 2.0),
                    colour: RULE,
                    width: 1.0,
                    dashed: false,
                });
            }
            shapes.push(Shape::label(
                col.label_x,
                ly,
                l,
                LABEL_SIZE,
                false,
                INK,
                Anchor::TopLeft,
            ));
            *last_bottom = ly + h;
            hit_bottom = hit_bottom.max(ly + h);
        }
        _ => scene.hidden_labels += 1,
    }
    let hit_top = (cy - 8.0).min(ly);
    let hit = Rect::new(
        cx - 12.0,
        hit_top,
        scene.width - (cx - 12.0),
        (hit_bottom - hit_top).max(24.0),
    );
    Placed {
        id: it.id,
        centre: (cx, cy),
        hit,
    }
}
