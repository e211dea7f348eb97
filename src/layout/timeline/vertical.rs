//! The vertical timeline for narrow screens: time running down the page, a thin column
//! per lane for the marks, each column named in a header above it, and every label in
//! one column beside them.

use super::groups::{settle, singles, Unit};
use super::items::{finish, Placed};
use super::marks::{dashed_line, gridline, mark, tick_label, ticks};
use super::model::{row_colour, tint, TimeFrame, TimeItem, LABEL_SIZE};
use super::route::around;
use crate::data::timeline::{Mark, Row, When};
use crate::geo::Rect;
use crate::layout::colour::{FOCUS, INK, INK_SOFT, RULE};
use crate::layout::scene::{Anchor, Scene, Shape};
use crate::layout::text;

/// Left of the lane columns: the tick labels' gutter, CSS px.
const GUTTER: f64 = 42.0;
/// Width of a lane's column, CSS px: narrow enough that a short label (16 em, 208 px)
/// fits whole beside seven lanes on a 390 px phone's 360 px chart.
const LANE_W: f64 = 12.0;
/// Height of a line of the lane header, CSS px.
const HEADER_LINE: f64 = 16.0;
/// How far a label may be pushed below its mark, CSS px.
const MAX_PUSH: f64 = 40.0;

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

    /// The x of a lane's column's centre.
    fn lane_x(&self, lane: usize) -> f64 {
        self.lanes_x + LANE_W * lane as f64 + LANE_W / 2.0
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
        top: 24.0 + HEADER_LINE * frame.rows.len() as f64,
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
    let mut shapes = header(frame, &col);
    shapes.extend(axis(frame, &col));
    let mut marks_layer: Vec<Shape> = Vec::new();
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
    let lane_of = |row: Row| frame.rows.iter().position(|(r, _)| *r == row).unwrap_or(0);
    let (units, tops) = settle(
        singles(&visible),
        |units, must| label_tops(units, &col, scene.height, &lane_of, must),
        |_, _| true,
    )
    .expect("every join is allowed");
    let mut placed = Vec::new();
    for (u, top) in units.iter().zip(&tops) {
        for it in &u.members {
            let cx = col.lane_x(lane_of(it.row));
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
        }
        if u.is_group() {
            scene
                .groups
                .push((u.id(), u.members.iter().map(|m| m.id).collect()));
        }
        placed.push(label(&mut shapes, &mut scene, &col, u, *top, &lane_of));
    }
    if frame.today_in_range() {
        let y = col.y(frame.today);
        let labels: Vec<Rect> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { bounds, .. } => Some(*bounds),
                _ => None,
            })
            .collect();
        for (a, b) in around((GUTTER, y), (width, y), &labels) {
            shapes.push(dashed_line(a, b, FOCUS));
        }
    }
    shapes.extend(marks_layer);
    scene.shapes = shapes;
    finish(&mut scene, placed, frame);
    scene.shrunk()
}

/// The lane names, one a line above the columns, each joined to its column by an elbow:
/// the columns are too narrow to carry their names, and a legend apart would make the
/// reader match colours.
fn header(frame: &TimeFrame, col: &Column) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for (i, (row, name)) in frame.rows.iter().enumerate() {
        let colour = row_colour(*row);
        let y = 10.0 + HEADER_LINE * i as f64;
        let cx = col.lane_x(i);
        shapes.push(Shape::Line {
            from: (cx, col.top - 4.0),
            to: (cx, y),
            colour,
            width: 1.0,
            dashed: false,
        });
        shapes.push(Shape::Line {
            from: (cx, y),
            to: (col.label_x - 4.0, y),
            colour,
            width: 1.0,
            dashed: false,
        });
        if let Some(l) = text::fit(name, col.label_room, 12.0, true) {
            shapes.push(Shape::label(
                col.label_x,
                y,
                l,
                12.0,
                true,
                colour,
                Anchor::MiddleLeft,
            ));
        }
    }
    shapes
}

/// The axis down the left: a gridline and label per tick.
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
    shapes
}

/// Where each unit's first mark sits.
fn anchor(u: &Unit, col: &Column, lane_of: &impl Fn(Row) -> usize) -> (f64, f64) {
    let first = u.first();
    (
        col.lane_x(lane_of(first.row)),
        col.y(first.when.start().max(col.t0)),
    )
}

/// The top of each unit's label: level with its mark, or pushed down below the label
/// before. `Err(k)` where unit k's would be pushed more than [`MAX_PUSH`] (unless
/// `must`: then it goes without its label, `None`).
fn label_tops(
    units: &[Unit],
    col: &Column,
    height: f64,
    lane_of: &impl Fn(Row) -> usize,
    must: bool,
) -> Result<Vec<Option<f64>>, usize> {
    let h = LABEL_SIZE * 1.25;
    let mut last_bottom = f64::MIN;
    let mut out = Vec::with_capacity(units.len());
    for (k, u) in units.iter().enumerate() {
        let (_, cy) = anchor(u, col, lane_of);
        let ly = (cy - h / 2.0).max(last_bottom + 3.0);
        if ly - (cy - h / 2.0) <= MAX_PUSH && ly + h <= height {
            out.push(Some(ly));
            last_bottom = ly + h;
        } else if must || k == 0 {
            out.push(None);
        } else {
            return Err(k);
        }
    }
    Ok(out)
}

/// A unit's label at `top` (with a leader from its mark if pushed down), or none,
/// counted. Returns where the unit was placed.
fn label(
    shapes: &mut Vec<Shape>,
    scene: &mut Scene,
    col: &Column,
    u: &Unit,
    top: Option<f64>,
    lane_of: &impl Fn(Row) -> usize,
) -> Placed {
    let h = LABEL_SIZE * 1.25;
    let (cx, cy) = anchor(u, col, lane_of);
    let bold = u.is_group();
    // A short label fits whole at 390 px; only narrower screens cut one.
    let text = top.and_then(|_| text::fit(&u.label(), col.label_room, LABEL_SIZE, bold));
    let mut hit_bottom = cy + 8.0;
    let mut hit_top = cy - 8.0;
    match (top, text) {
        (Some(ly), Some(l)) => {
            if ly - (cy - h / 2.0) > 3.0 {
                shapes.push(Shape::Line {
                    from: (cx + 7.0, cy),
                    to: (col.label_x - 2.0, ly + h / 2.0),
                    colour: RULE,
                    width: 1.0,
                    dashed: false,
                });
            }
            // Ink, not the lane colour: a count is text and needs 4.5:1 on the lane's band.
            let colour = INK;
            shapes.push(Shape::label(
                col.label_x,
                ly,
                l,
                LABEL_SIZE,
                bold,
                colour,
                Anchor::TopLeft,
            ));
            hit_bottom = hit_bottom.max(ly + h);
            hit_top = hit_top.min(ly);
        }
        _ => scene.hidden_labels += 1,
    }
    let hit = Rect::new(
        cx - 12.0,
        hit_top,
        scene.width - (cx - 12.0),
        (hit_bottom - hit_top).max(24.0),
    );
    Placed {
        id: u.id(),
        centre: (cx, cy),
        hit,
    }
}
