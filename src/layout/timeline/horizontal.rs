//! The horizontal timeline: one lane per row across the page, time running left to
//! right, entries stacked in sub-rows where their labels would meet.

use super::items::{finish, Placed};
use super::marks::{dashed_line, gridline, mark, tick_label, ticks};
use super::model::{
    row_colour, tint, TimeFrame, TimeItem, AXIS_H, LABEL_SIZE, LABEL_STUB, MAX_LABEL, MAX_SUBROWS,
    SUB,
};
use crate::data::timeline::{Mark, When};
use crate::geo::Rect;
use crate::layout::colour::{Rgb, FOCUS, INK, INK_SOFT, RULE};
use crate::layout::scene::{Anchor, Scene, Shape};
use crate::layout::text;

/// Where time runs: the visible range onto the plot's left and right edges.
struct Plot {
    t0: f64,
    t1: f64,
    left: f64,
    right: f64,
}

impl Plot {
    /// The x of a time.
    fn x(&self, t: f64) -> f64 {
        self.left + (t - self.t0) / (self.t1 - self.t0) * (self.right - self.left)
    }
}

/// An entry given its sub-row: its mark's left and right, the left edge it needs free,
/// and the sub-row.
struct Slot<'i> {
    it: &'i TimeItem,
    ml: f64,
    mr: f64,
    edge: f64,
    sub: usize,
}

/// Lays out the timeline in horizontal lanes.
pub(super) fn horizontal(items: &[TimeItem], frame: &TimeFrame) -> Scene {
    let width = frame.width;
    let gutter = (width * 0.16).clamp(90.0, 150.0);
    let plot = Plot {
        t0: frame.range.0,
        t1: frame.range.1,
        left: gutter + 10.0,
        right: width - 14.0,
    };
    let mut scene = Scene {
        width,
        ..Scene::default()
    };
    let mut below: Vec<Shape> = Vec::new();
    let mut placed: Vec<Placed> = Vec::new();

    let mut y = AXIS_H + 6.0;
    for (row, name) in frame.rows {
        let lane_top = y;
        let colour = row_colour(*row);
        let slots = slots(items.iter().filter(|i| i.row == *row), &plot);
        let used = slots.iter().map(|s| s.sub + 1).max().unwrap_or(1);
        let mut lane_shapes = Vec::new();
        for k in 0..slots.len() {
            let cy = lane_top + 6.0 + SUB * slots[k].sub as f64 + SUB / 2.0;
            let (p, shown) = entry(&mut lane_shapes, &slots, k, cy, &plot, colour);
            if !shown {
                scene.hidden_labels += 1;
            }
            placed.push(p);
        }
        let lane_h = 12.0 + SUB * used as f64;
        below.push(Shape::Line {
            from: (0.0, lane_top + lane_h),
            to: (width, lane_top + lane_h),
            colour: RULE,
            width: 1.0,
            dashed: false,
        });
        for (i, line) in lane_name(name, gutter - 8.0, 12.0).into_iter().enumerate() {
            below.push(Shape::label(
                6.0,
                lane_top + 6.0 + SUB / 2.0 + i as f64 * 15.0,
                line,
                12.0,
                true,
                colour,
                Anchor::MiddleLeft,
            ));
        }
        scene.shapes.extend(lane_shapes);
        y = lane_top + lane_h.max(44.0);
    }
    let lanes_bottom = y;
    scene.height = lanes_bottom + 26.0;
    let mut shapes = axis(frame, &plot, lanes_bottom);
    shapes.extend(below);
    shapes.append(&mut scene.shapes);
    scene.shapes = shapes;
    finish(&mut scene, placed, frame);
    scene.shrunk()
}

/// Gives each entry of a lane in the visible range a sub-row by its mark (plus a label
/// stub): the first that is free, else the one that frees up first.
fn slots<'i>(lane: impl Iterator<Item = &'i TimeItem>, plot: &Plot) -> Vec<Slot<'i>> {
    let mut free = [f64::MIN; MAX_SUBROWS];
    let mut slots: Vec<Slot> = Vec::new();
    for it in lane {
        if it.when.end() < plot.t0 || it.when.start() > plot.t1 {
            continue;
        }
        let (ml, mr) = match it.when {
            When::Point(t) => (plot.x(t) - 8.0, plot.x(t) + 8.0),
            When::Span(a, b) => (plot.x(a).max(plot.left), plot.x(b).min(plot.right)),
        };
        // A span's mark (a deadline diamond) is centred on its start.
        let edge = match it.when {
            When::Span(..) if it.mark != Mark::Event => ml - 8.0,
            _ => ml,
        };
        let sub = (0..MAX_SUBROWS)
            .find(|&r| free[r] + 6.0 <= edge)
            .unwrap_or_else(|| {
                (0..MAX_SUBROWS)
                    .min_by(|&a, &b| free[a].total_cmp(&free[b]))
                    .unwrap_or(0)
            });
        let stub = match it.when {
            When::Point(_) => mr + LABEL_STUB,
            When::Span(..) => mr.max(ml + LABEL_STUB),
        };
        free[sub] = free[sub].max(stub);
        slots.push(Slot {
            it,
            ml,
            mr,
            edge,
            sub,
        });
    }
    slots
}

/// Draws entry `k` of a lane's `slots` at height `cy`: its span bar and mark, and its
/// label in the room up to the next mark in its sub-row. Returns where it was placed
/// and whether its label is shown.
fn entry(
    shapes: &mut Vec<Shape>,
    slots: &[Slot],
    k: usize,
    cy: f64,
    plot: &Plot,
    colour: Rgb,
) -> (Placed, bool) {
    let sl = &slots[k];
    let next_mark = slots[k + 1..]
        .iter()
        .filter(|o| o.sub == sl.sub)
        .map(|o| o.edge)
        .fold(plot.right, f64::min);
    let label_x = match sl.it.when {
        When::Point(_) => sl.mr + 3.0,
        When::Span(..) if sl.it.mark != Mark::Event => sl.ml + 11.0,
        When::Span(..) => sl.ml + 4.0,
    };
    // Earlier entries in the row may still reach past this mark (crowded clusters).
    let prev_end = slots[..k]
        .iter()
        .filter(|o| o.sub == sl.sub)
        .map(|o| o.mr)
        .fold(f64::MIN, f64::max);
    let room = (next_mark - 6.0 - label_x)
        .min(MAX_LABEL)
        .min(plot.right - label_x);
    let label = if prev_end > sl.edge {
        None
    } else {
        text::fit(&sl.it.label, room, LABEL_SIZE, false)
    };
    if let When::Span(..) = sl.it.when {
        shapes.push(Shape::Box {
            rect: Rect::new(sl.ml, cy - 8.0, (sl.mr - sl.ml).max(2.0), 16.0),
            fill: tint(colour),
            stroke: Some((colour, 1.5)),
        });
    }
    let cx = match sl.it.when {
        When::Point(t) => plot.x(t),
        When::Span(..) => sl.ml,
    };
    if matches!(sl.it.when, When::Point(_)) || sl.it.mark != Mark::Event {
        mark(shapes, sl.it.mark, cx, cy, colour);
    }
    let shown = label.is_some();
    let right = match label {
        Some(l) => {
            let w = text::width(&l, LABEL_SIZE, false);
            shapes.push(Shape::label(
                label_x,
                cy,
                l,
                LABEL_SIZE,
                false,
                INK,
                Anchor::MiddleLeft,
            ));
            sl.mr.max(label_x + w)
        }
        None => sl.mr,
    };
    let hit = Rect::new(
        sl.ml - 4.0,
        cy - SUB / 2.0,
        (right - sl.ml + 8.0).max(24.0),
        SUB,
    );
    let placed = Placed {
        id: sl.it.id,
        centre: (cx, cy),
        hit,
    };
    (placed, shown)
}

/// A lane name in one line, or two where it does not fit (split at a space).
fn lane_name(name: &str, room: f64, size: f64) -> Vec<String> {
    if text::width(name, size, true) <= room {
        return vec![name.to_owned()];
    }
    let words: Vec<&str> = name.split(' ').collect();
    for cut in (1..words.len()).rev() {
        let first = words[..cut].join(" ");
        if text::width(&first, size, true) <= room {
            let rest = words[cut..].join(" ");
            return [Some(first), text::fit(&rest, room, size, true)]
                .into_iter()
                .flatten()
                .collect();
        }
    }
    text::fit(name, room, size, true).into_iter().collect()
}

/// The axis: ticks and gridlines, placed greedily so tick labels never touch, and the
/// reader's date as a dashed line through every lane, labelled in its own band below.
fn axis(frame: &TimeFrame, plot: &Plot, lanes_bottom: f64) -> Vec<Shape> {
    let width = frame.width;
    let mut axis = Vec::new();
    let mut last_right = f64::MIN;
    for (t, major) in ticks(frame.range) {
        let x = plot.x(t);
        axis.push(gridline((x, AXIS_H - 4.0), (x, lanes_bottom), major));
        let label = tick_label(t, &frame.quarters);
        let w = text::width(&label, 12.0, major);
        let lx = (x - w / 2.0).max(plot.left - w / 2.0).min(width - w);
        if lx > last_right + 8.0 {
            axis.push(Shape::label(
                lx,
                6.0,
                label,
                12.0,
                major,
                INK_SOFT,
                Anchor::TopLeft,
            ));
            last_right = lx + w;
        }
    }
    if frame.today_in_range() {
        let x = plot.x(frame.today);
        axis.push(dashed_line(
            (x, AXIS_H - 6.0),
            (x, lanes_bottom + 4.0),
            FOCUS,
        ));
        let w = text::width(&frame.today_label, 12.0, true);
        let lx = (x - w / 2.0).clamp(0.0, width - w);
        axis.push(Shape::label(
            lx,
            lanes_bottom + 6.0,
            frame.today_label.clone(),
            12.0,
            true,
            FOCUS,
            Anchor::TopLeft,
        ));
    }
    axis
}
