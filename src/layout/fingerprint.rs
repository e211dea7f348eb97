//! A 64-bit print of a run of shapes, so a canvas can tell whether the pixels it kept
//! of them are still the ones to show without keeping a copy of the shapes (the map's
//! base layer is some 4,000 points: a kept copy would be another scene's worth of wasm
//! memory, and the old scene is already alive while its successor is laid out).
//!
//! Every number, colour and string that reaches the canvas is folded in, a 64-bit word
//! at a time: equal shapes give equal prints, and any change a reader could see changes
//! the print (barring a 1 in 2^64 collision).

use super::colour::Rgb;
use super::paint::{paint, Disc, Hatching, Label, Painter, Polyline, Segment, Stroke};
use super::scene::{Anchor, Rect, Ring, Shape};
use std::convert::Infallible;

/// Folds 64-bit words into a hash: multiply by an odd constant, fold the high bits back.
/// Each step is a bijection of the state for a given word, so a change of one word always
/// changes the print. A few instructions a word: the map's print takes microseconds.
struct Fold(u64);

impl Fold {
    fn word(&mut self, v: u64) {
        let x = (self.0 ^ v).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = x ^ (x >> 29);
    }
    fn num(&mut self, v: f64) {
        self.word(v.to_bits());
    }
    fn point(&mut self, (x, y): (f64, f64)) {
        self.num(x);
        self.num(y);
    }
    fn points(&mut self, points: &[(f64, f64)]) {
        self.word(points.len() as u64);
        points.iter().for_each(|p| self.point(*p));
    }
    fn colour(&mut self, c: Rgb) {
        self.word(u64::from(c.0) << 16 | u64::from(c.1) << 8 | u64::from(c.2));
    }
    fn outline(&mut self, s: Stroke) {
        match s {
            None => self.word(0),
            Some((c, w)) => {
                self.word(1);
                self.colour(c);
                self.num(w);
            }
        }
    }
}

/// Each shape folds in a tag for its kind, then its fields in order.
impl Painter for Fold {
    type Error = Infallible;

    fn rect(&mut self, rect: Rect, fill: Rgb, stroke: Stroke) -> Result<(), Infallible> {
        self.word(1);
        self.point((rect.x, rect.y));
        self.point((rect.w, rect.h));
        self.colour(fill);
        self.outline(stroke);
        Ok(())
    }

    fn line(&mut self, l: Segment) -> Result<(), Infallible> {
        self.word(2);
        self.point(l.from);
        self.point(l.to);
        self.colour(l.colour);
        self.num(l.width);
        self.word(u64::from(l.dashed));
        Ok(())
    }

    fn path(&mut self, p: Polyline<'_>) -> Result<(), Infallible> {
        self.word(3);
        self.points(p.points);
        self.word(u64::from(p.closed));
        self.colour(p.colour);
        self.num(p.width);
        Ok(())
    }

    fn polygon(&mut self, rings: &[Ring], fill: Rgb, stroke: Stroke) -> Result<(), Infallible> {
        self.word(4);
        self.word(rings.len() as u64);
        rings.iter().for_each(|ring| self.points(ring));
        self.colour(fill);
        self.outline(stroke);
        Ok(())
    }

    /// The rings and the stripes' grid, not the stripes: they follow from these.
    fn hatch(&mut self, h: Hatching<'_>) -> Result<(), Infallible> {
        self.word(7);
        self.word(h.rings.len() as u64);
        h.rings.iter().for_each(|ring| self.points(ring));
        self.point(h.dir);
        self.num(h.gap);
        self.colour(h.colour);
        self.num(h.width);
        Ok(())
    }

    fn circle(&mut self, c: Disc) -> Result<(), Infallible> {
        self.word(5);
        self.point(c.centre);
        self.num(c.radius);
        self.colour(c.fill);
        self.outline(c.stroke);
        Ok(())
    }

    /// The label's bounds are left out: they follow from what is folded in.
    fn text(&mut self, label: Label<'_>) -> Result<(), Infallible> {
        self.word(6);
        self.point(label.at);
        self.word(label.text.len() as u64);
        label.text.bytes().for_each(|b| self.word(u64::from(b)));
        self.num(label.size);
        self.word(u64::from(label.bold));
        self.colour(label.colour);
        self.word(match label.anchor {
            Anchor::TopLeft => 0,
            Anchor::MiddleLeft => 1,
            Anchor::MiddleRight => 2,
        });
        Ok(())
    }
}

/// The print of `shapes`, in order.
pub fn of(shapes: &[Shape]) -> u64 {
    let mut h = Fold(0xcbf2_9ce4_8422_2325);
    h.word(shapes.len() as u64);
    let Ok(()) = paint(shapes, &mut h);
    h.0
}

#[cfg(test)]
mod tests {
    use super::of;
    use crate::layout::colour::{INK, PAPER};
    use crate::layout::{Anchor, Rect, Shape};
    use std::rc::Rc;

    fn shapes() -> Vec<Shape> {
        vec![
            Shape::Polygon {
                rings: vec![Rc::new([(0.0, 0.0), (10.0, 0.0), (0.0, 10.0)])],
                fill: INK,
                stroke: Some((PAPER, 1.0)),
            },
            Shape::label(
                1.0,
                2.0,
                "서울".to_owned(),
                11.0,
                true,
                INK,
                Anchor::TopLeft,
            ),
            Shape::Box {
                rect: Rect::new(1.0, 2.0, 3.0, 4.0),
                fill: PAPER,
                stroke: None,
            },
        ]
    }

    #[test]
    fn equal_shapes_print_alike_even_as_separate_copies() {
        assert_eq!(of(&shapes()), of(&shapes()));
        assert_ne!(of(&shapes()), of(&[]));
    }

    #[test]
    fn a_moved_point_a_colour_a_stroke_or_a_word_changes_the_print() {
        let base = of(&shapes());
        let mut moved = shapes();
        if let Shape::Polygon { rings, .. } = &mut moved[0] {
            rings[0] = Rc::new([(0.0, 0.0), (10.0, 0.0), (0.0, 10.5)]);
        }
        let mut faded = shapes();
        if let Shape::Polygon { fill, .. } = &mut faded[0] {
            *fill = PAPER;
        }
        let mut unstroked = shapes();
        if let Shape::Polygon { stroke, .. } = &mut unstroked[0] {
            *stroke = None;
        }
        let mut english = shapes();
        english[1] = Shape::label(
            1.0,
            2.0,
            "Seoul".to_owned(),
            11.0,
            true,
            INK,
            Anchor::TopLeft,
        );
        let mut reordered = shapes();
        reordered.swap(0, 2);
        for changed in [moved, faded, unstroked, english, reordered] {
            assert_ne!(of(&changed), base);
        }
    }
}
