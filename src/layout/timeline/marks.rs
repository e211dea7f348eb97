//! Entry marks and the time axis's ticks, shared by both layouts.

use super::model::MINOR_RULE;
use crate::data::timeline::Mark;
use crate::layout::colour::{Rgb, PAPER, RULE};
use crate::layout::scene::{Ring, Shape};

/// The mark of an entry centred at (x, y); spans are drawn by the caller. An event is
/// a filled disc; a projection an open one, a deadline an open diamond and a later
/// entry an open square, outlined in the lane's colour.
pub(super) fn mark(shapes: &mut Vec<Shape>, m: Mark, x: f64, y: f64, colour: Rgb) {
    let (fill, stroke) = match m {
        Mark::Event => (colour, Some((PAPER, 1.5))),
        _ => (PAPER, Some((colour, 2.5))),
    };
    let corners = match m {
        Mark::Event | Mark::Projection => {
            shapes.push(Shape::Circle {
                centre: (x, y),
                radius: 6.0,
                fill,
                stroke,
            });
            return;
        }
        Mark::Deadline => [(x, y - 8.0), (x + 8.0, y), (x, y + 8.0), (x - 8.0, y)],
        Mark::Later => [
            (x - 6.0, y - 6.0),
            (x + 6.0, y - 6.0),
            (x + 6.0, y + 6.0),
            (x - 6.0, y + 6.0),
        ],
    };
    shapes.push(Shape::Polygon {
        rings: vec![Ring::from(corners)],
        fill,
        stroke,
    });
}

/// Year (and, when zoomed in, quarter) ticks within the range.
pub fn ticks(range: (f64, f64)) -> Vec<(f64, bool)> {
    let (t0, t1) = range;
    let span = t1 - t0;
    let step = if span > 40.0 {
        10.0
    } else if span > 16.0 {
        5.0
    } else if span > 3.0 {
        1.0
    } else {
        0.25
    };
    let mut out = Vec::new();
    let mut t = (t0 / step).ceil() * step;
    while t <= t1 + 1e-9 {
        out.push((t, (t - t.round()).abs() < 1e-9));
        t += step;
    }
    out
}

/// A tick's label: the year, or the quarter's name.
pub(super) fn tick_label(t: f64, quarters: &[String; 4]) -> String {
    if (t - t.round()).abs() < 1e-9 {
        format!("{}", t.round() as i64)
    } else {
        let q = ((t - t.floor()) * 4.0).round() as usize;
        quarters[q.min(3)].clone()
    }
}

/// A gridline from `from` to `to`: a rule for years, a fainter one for quarters.
pub(super) fn gridline(from: (f64, f64), to: (f64, f64), major: bool) -> Shape {
    Shape::Line {
        from,
        to,
        colour: if major { RULE } else { MINOR_RULE },
        width: 1.0,
        dashed: false,
    }
}

/// The dashed line marking the reader's date (and the conflict links).
pub(super) fn dashed_line(from: (f64, f64), to: (f64, f64), colour: Rgb) -> Shape {
    Shape::Line {
        from,
        to,
        colour,
        width: 2.0,
        dashed: true,
    }
}
