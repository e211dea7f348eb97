//! What a run of shapes inks, for sizing the focus ring's overlay canvas to it.

use crate::layout::colour::Rgb;
use crate::layout::paint::{paint, Disc, Hatching, Label, Painter, Polyline, Segment, Stroke};
use crate::layout::{Rect, Ring, Shape};
use std::convert::Infallible;

/// The box shapes ink, in scene px, with room for stroke widths: grown by each shape
/// painted on it.
pub(super) struct Ink {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Ink {
    /// The box `shapes` ink, if they ink anything.
    pub(super) fn of(shapes: &[Shape]) -> Option<Rect> {
        let mut ink = Ink {
            x0: f64::MAX,
            y0: f64::MAX,
            x1: f64::MIN,
            y1: f64::MIN,
        };
        let Ok(()) = paint(shapes, &mut ink);
        let Ink { x0, y0, x1, y1 } = ink;
        (x1 > x0 && y1 > y0).then(|| Rect::new(x0, y0, x1 - x0, y1 - y0))
    }

    /// Grows the box to hold a disc of radius `r` around `(x, y)`.
    fn add(&mut self, (x, y): (f64, f64), r: f64) -> Result<(), Infallible> {
        self.x0 = self.x0.min(x - r);
        self.y0 = self.y0.min(y - r);
        self.x1 = self.x1.max(x + r);
        self.y1 = self.y1.max(y + r);
        Ok(())
    }

    /// Grows the box to hold `r` around each of `points`.
    fn add_all(&mut self, points: &[(f64, f64)], r: f64) -> Result<(), Infallible> {
        points.iter().try_for_each(|p| self.add(*p, r))
    }

    /// Grows the box to hold `rect`, with `r` to spare.
    fn add_rect(&mut self, rect: Rect, r: f64) -> Result<(), Infallible> {
        self.add((rect.x, rect.y), r)?;
        self.add((rect.x + rect.w, rect.y + rect.h), r)
    }
}

fn stroke_width(stroke: Stroke) -> f64 {
    stroke.map_or(0.0, |s| s.1)
}

impl Painter for Ink {
    type Error = Infallible;

    fn rect(&mut self, rect: Rect, _: Rgb, stroke: Stroke) -> Result<(), Infallible> {
        self.add_rect(rect, stroke_width(stroke))
    }

    fn line(&mut self, l: Segment) -> Result<(), Infallible> {
        self.add_all(&[l.from, l.to], l.width)
    }

    fn path(&mut self, p: Polyline<'_>) -> Result<(), Infallible> {
        self.add_all(p.points, p.width)
    }

    fn polygon(&mut self, rings: &[Ring], _: Rgb, stroke: Stroke) -> Result<(), Infallible> {
        let r = stroke_width(stroke);
        rings.iter().try_for_each(|ring| self.add_all(ring, r))
    }

    /// The stripes lie inside the rings.
    fn hatch(&mut self, h: Hatching<'_>) -> Result<(), Infallible> {
        h.rings
            .iter()
            .try_for_each(|ring| self.add_all(ring, h.width))
    }

    fn circle(&mut self, c: Disc) -> Result<(), Infallible> {
        self.add(c.centre, c.radius + stroke_width(c.stroke))
    }

    fn text(&mut self, label: Label<'_>) -> Result<(), Infallible> {
        self.add_rect(label.bounds, 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Ink;
    use crate::layout::colour::INK;
    use crate::layout::{Anchor, Rect, Shape};

    #[test]
    fn the_ink_holds_each_shape_with_its_stroke_and_nothing_inks_nothing() {
        assert_eq!(Ink::of(&[]), None);
        let shapes = [
            Shape::Circle {
                centre: (10.0, 20.0),
                radius: 4.0,
                fill: INK,
                stroke: Some((INK, 1.0)),
            },
            Shape::Text {
                at: (30.0, 5.0),
                text: "x".into(),
                size: 10.0,
                bold: false,
                colour: INK,
                anchor: Anchor::TopLeft,
                bounds: Rect::new(30.0, 5.0, 8.0, 12.5),
            },
        ];
        // The circle's disc and outline, and the label's box with 2 px to spare.
        assert_eq!(Ink::of(&shapes), Some(Rect::new(5.0, 3.0, 35.0, 22.0)));
    }
}
