//! The horizontal timeline: one lane per row across the page, time running left to
//! right, entries stacked in sub-rows where their labels would meet, and joined into a
//! count mark where the sub-rows run out (several, on sub-rows added for them, where one
//! would stretch too far).

use super::groups::{runs, settle, singles, Unit};
use super::items::{finish, Placed};
use super::marks::{dashed_line, gridline, mark, tick_label, ticks};
use super::model::{
    row_colour, tint, TimeFrame, TimeItem, AXIS_H, GROUP_SPAN, LABEL_SIZE, MAX_SUBROWS, SUB,
};
use super::route::around;
use crate::data::timeline::{Mark, When};
use crate::geo::Rect;
use crate::layout::colour::{Rgb, FOCUS, INK, INK_SOFT, RULE};
use crate::layout::scene::{Anchor, Scene, Shape};
use crate::layout::text;

/// Where time runs: the visible range onto the plot's left and right edges.
pub(super) struct Plot {
    t0: f64,
    t1: f64,
    left: f64,
    right: f64,
}

impl Plot {
    /// The x of a time.
    pub(super) fn x(&self, t: f64) -> f64 {
        self.left + (t - self.t0) / (self.t1 - self.t0) * (self.right - self.left)
    }
}

/// The lanes' names' gutter at `width`.
fn gutter(width: f64) -> f64 {
    (width * 0.16).clamp(90.0, 150.0)
}

/// Where time runs in `frame`: right of the lanes' names.
pub(super) fn plot(frame: &TimeFrame) -> Plot {
    Plot {
        t0: frame.range.0,
        t1: frame.range.1,
        left: gutter(frame.width) + 10.0,
        right: frame.width - 14.0,
    }
}

/// Lays out the timeline in horizontal lanes.
pub(super) fn horizontal(items: &[TimeItem], frame: &TimeFrame) -> Scene {
    let width = frame.width;
    let gutter = gutter(width);
    let plot = plot(frame);
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
        let lane: Vec<&TimeItem> = items
            .iter()
            .filter(|i| i.row == *row && i.when.end() >= plot.t0 && i.when.start() <= plot.t1)
            .collect();
        let (units, slots) = lane_units(&lane, &plot);
        let used = slots.iter().map(|s| s.sub + 1).max().unwrap_or(1);
        let mut lane_shapes = Vec::new();
        for (u, sl) in units.iter().zip(&slots) {
            let cy = lane_top + 6.0 + SUB * sl.sub as f64 + SUB / 2.0;
            placed.push(entry(&mut lane_shapes, u, sl, cy, &plot, colour));
            if sl.label.is_none() {
                scene.hidden_labels += 1;
            }
            if u.is_group() {
                scene
                    .groups
                    .push((u.id(), u.members.iter().map(|m| m.id).collect()));
            }
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
    let labels: Vec<Rect> = scene.text_bounds();
    let mut shapes = axis(frame, &plot, lanes_bottom, &labels);
    shapes.extend(below);
    shapes.append(&mut scene.shapes);
    scene.shapes = shapes;
    finish(&mut scene, placed, frame);
    scene.shrunk()
}

/// A lane's units and their sub-rows. Entries take MAX_SUBROWS sub-rows, joining into
/// count marks where they crowd. A count mark whose first and last entries lie more than
/// GROUP_SPAN apart would hide where in a dense stretch its entries lie, so such a
/// stretch is cut into runs within GROUP_SPAN, each a count mark, and the lane grows a
/// sub-row at a time until they fit apart; runs join where they still have room, but
/// never past GROUP_SPAN. (With a sub-row per unit every unit fits, so this ends.)
fn lane_units<'i>(lane: &[&'i TimeItem], plot: &Plot) -> (Vec<Unit<'i>>, Vec<Slot>) {
    let x = |e: &TimeItem| plot.x(e.when.start());
    let span = |a: &Unit, b: &Unit| x(b.last()) - x(a.first());
    let (units, placed) = settle(
        singles(lane),
        |u, must| slots(u, plot, must, MAX_SUBROWS),
        |_, _| true,
    )
    .expect("every join is allowed");
    if units.iter().all(|u| span(u, u) <= GROUP_SPAN) {
        return (units, placed);
    }
    let start: Vec<Unit<'i>> = units
        .iter()
        .flat_map(|u| {
            if span(u, u) <= GROUP_SPAN {
                singles(&u.members)
            } else {
                runs(&u.members, GROUP_SPAN, x)
            }
        })
        .collect();
    (MAX_SUBROWS + 1..=start.len().max(MAX_SUBROWS + 1))
        .find_map(|rows| {
            settle(
                start.clone(),
                |u, must| slots(u, plot, must, rows),
                |a, b| span(a, b) <= GROUP_SPAN,
            )
        })
        .expect("a sub-row for each unit leaves room for all")
}

/// A unit given its sub-row: its marks' left and right, where its label starts (with
/// the label), and the sub-row.
struct Slot {
    ml: f64,
    mr: f64,
    label: Option<(f64, String)>,
    sub: usize,
}

/// A member's mark: its left and right (a span's bar), the left edge it needs free and
/// where a label beside it starts.
fn extent(it: &TimeItem, plot: &Plot) -> (f64, f64, f64, f64) {
    let (ml, mr) = match it.when {
        When::Point(t) => (plot.x(t) - 8.0, plot.x(t) + 8.0),
        When::Span(a, b) => (plot.x(a).max(plot.left), plot.x(b).min(plot.right)),
    };
    // A span's mark (a deadline diamond) is centred on its start.
    let (edge, label_x) = match it.when {
        When::Point(_) => (ml, mr + 3.0),
        When::Span(..) if it.mark != Mark::Event => (ml - 8.0, ml + 11.0),
        When::Span(..) => (ml, ml + 4.0),
    };
    (ml, mr, edge, label_x)
}

/// Gives each unit of a lane one of `rows` sub-rows where its marks and its whole label fit after the
/// units before it: the label right of the marks (inside a span's bar where it fits,
/// else after it), or left of them at the plot's right end. `Err(k)` where unit k finds no room (unless `must`: then it takes the sub-row
/// that frees up first, without its label).
fn slots(units: &[Unit], plot: &Plot, must: bool, rows: usize) -> Result<Vec<Slot>, usize> {
    let mut free = vec![f64::MIN; rows];
    let mut out: Vec<Slot> = Vec::with_capacity(units.len());
    for (k, u) in units.iter().enumerate() {
        let (mut ml, mut mr, mut edge, mut label_x) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for m in &u.members {
            let (a, b, e, lx) = extent(m, plot);
            ml = ml.min(a);
            mr = mr.max(b);
            edge = edge.min(e);
            label_x = label_x.max(lx);
        }
        let text = u.label();
        let w = text::width(&text, LABEL_SIZE, u.is_group());
        // A label too long for a span's bar (an entry's, or a count mark's member's) goes
        // after the bar, so the bar's end never runs through the words.
        if u.members.iter().any(|m| matches!(m.when, When::Span(..))) && label_x + w + 4.0 > mr {
            label_x = label_x.max(mr + 4.0);
        }
        let label_at = if label_x + w <= plot.right {
            Some(label_x)
        } else if edge - 3.0 - w >= plot.left {
            Some(edge - 3.0 - w)
        } else {
            None
        };
        let need = label_at.map_or(edge, |lx| lx.min(edge));
        let reach = label_at.map_or(mr, |lx| mr.max(lx + w));
        let (sub, label) = match (0..rows).find(|&r| free[r] + 6.0 <= need) {
            Some(r) => (r, label_at.map(|lx| (lx, text))),
            None if must => {
                let r = (0..rows)
                    .min_by(|&a, &b| free[a].total_cmp(&free[b]))
                    .unwrap_or(0);
                (r, None)
            }
            None => return Err(k),
        };
        free[sub] = free[sub].max(if label.is_some() { reach } else { mr });
        out.push(Slot { ml, mr, label, sub });
    }
    Ok(out)
}

/// Draws a unit at height `cy`: each member's span bar and mark, and the unit's label
/// (the entry's short label, or the count of a count mark). Returns where it was placed.
fn entry(
    shapes: &mut Vec<Shape>,
    u: &Unit,
    sl: &Slot,
    cy: f64,
    plot: &Plot,
    colour: Rgb,
) -> Placed {
    // A count mark's marks are joined by a rule, so they read as one.
    if u.is_group() {
        shapes.push(Shape::Line {
            from: (sl.ml + 6.0, cy),
            to: (
                u.members
                    .iter()
                    .map(|m| extent(m, plot).0 + 6.0)
                    .fold(sl.ml + 6.0, f64::max),
                cy,
            ),
            colour,
            width: 2.0,
            dashed: false,
        });
    }
    for it in &u.members {
        let (ml, mr, _, _) = extent(it, plot);
        if let When::Span(..) = it.when {
            shapes.push(Shape::Box {
                rect: Rect::new(ml, cy - 8.0, (mr - ml).max(2.0), 16.0),
                fill: tint(colour),
                stroke: Some((colour, 1.5)),
            });
        }
        let cx = match it.when {
            When::Point(t) => plot.x(t),
            When::Span(..) => ml,
        };
        if matches!(it.when, When::Point(_)) || it.mark != Mark::Event {
            mark(shapes, it.mark, cx, cy, colour);
        }
    }
    let (mut left, mut right) = (sl.ml, sl.mr);
    if let Some((lx, l)) = &sl.label {
        let w = text::width(l, LABEL_SIZE, u.is_group());
        left = left.min(*lx);
        right = right.max(lx + w);
        shapes.push(Shape::label(
            *lx,
            cy,
            l.clone(),
            LABEL_SIZE,
            u.is_group(),
            // Ink, not the lane colour: a count is text and needs 4.5:1 on the lane's band.
            INK,
            Anchor::MiddleLeft,
        ));
    }
    let first = u.first();
    let cx = match first.when {
        When::Point(t) => plot.x(t),
        When::Span(..) => extent(first, plot).0,
    };
    Placed {
        id: u.id(),
        centre: (cx, cy),
        hit: Rect::new(
            left - 4.0,
            cy - SUB / 2.0,
            (right - left + 8.0).max(24.0),
            SUB,
        ),
    }
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
/// reader's date as a dashed line through every lane, broken where it would cross one of
/// the entries' `labels`, and labelled in its own band below.
fn axis(frame: &TimeFrame, plot: &Plot, lanes_bottom: f64, labels: &[Rect]) -> Vec<Shape> {
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
        for (a, b) in around((x, AXIS_H - 6.0), (x, lanes_bottom + 4.0), labels) {
            axis.push(dashed_line(a, b, FOCUS));
        }
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
