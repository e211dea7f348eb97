//! A 64-bit print of a run of shapes, so a canvas can tell whether the pixels it kept
//! of them are still the ones to show without keeping a copy of the shapes (the map's
//! base layer is some 4,000 points: a kept copy would be another scene's worth of wasm
//! memory, and the old scene is already alive while its successor is laid out).
//!
//! Every number, colour and string that reaches the canvas is folded in, a 64-bit word
//! at a time: equal shapes give equal prints, and any change a reader could see changes
//! the print (barring a 1 in 2^64 collision).

use super::colour::Rgb;
use super::scene::{Anchor, Rect, Shape};

/// Folds 64-bit words into a hash: multiply by an odd constant, fold the high bits back.
/// Each step is a bijection of the state for a given word, so a change of one word always
/// changes the print. A few instructions a word: the map's print takes microseconds.
struct Fold(u64);

impl Fold {
    fn u64(&mut self, v: u64) {
        let x = (self.0 ^ v).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = x ^ (x >> 29);
    }
    fn f(&mut self, v: f64) {
        self.u64(v.to_bits());
    }
    fn pt(&mut self, (x, y): (f64, f64)) {
        self.f(x);
        self.f(y);
    }
    fn rgb(&mut self, c: Rgb) {
        self.u64(u64::from(c.0) << 16 | u64::from(c.1) << 8 | u64::from(c.2));
    }
    fn stroke(&mut self, s: Option<(Rgb, f64)>) {
        match s {
            None => self.u64(0),
            Some((c, w)) => {
                self.u64(1);
                self.rgb(c);
                self.f(w);
            }
        }
    }
    fn rect(&mut self, r: Rect) {
        self.pt((r.x, r.y));
        self.pt((r.w, r.h));
    }
}

/// The print of `shapes`, in order.
pub fn of(shapes: &[Shape]) -> u64 {
    let mut h = Fold(0xcbf2_9ce4_8422_2325);
    h.u64(shapes.len() as u64);
    for shape in shapes {
        match shape {
            Shape::Box { rect, fill, stroke } => {
                h.u64(1);
                h.rect(*rect);
                h.rgb(*fill);
                h.stroke(*stroke);
            }
            Shape::Line {
                from,
                to,
                colour,
                width,
                dashed,
            } => {
                h.u64(2);
                h.pt(*from);
                h.pt(*to);
                h.rgb(*colour);
                h.f(*width);
                h.u64(u64::from(*dashed));
            }
            Shape::Path {
                points,
                closed,
                colour,
                width,
            } => {
                h.u64(3);
                h.u64(points.len() as u64);
                points.iter().for_each(|p| h.pt(*p));
                h.u64(u64::from(*closed));
                h.rgb(*colour);
                h.f(*width);
            }
            Shape::Polygon {
                rings,
                fill,
                stroke,
            } => {
                h.u64(4);
                h.u64(rings.len() as u64);
                for ring in rings {
                    h.u64(ring.len() as u64);
                    ring.iter().for_each(|p| h.pt(*p));
                }
                h.rgb(*fill);
                h.stroke(*stroke);
            }
            Shape::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                h.u64(5);
                h.pt(*centre);
                h.f(*radius);
                h.rgb(*fill);
                h.stroke(*stroke);
            }
            Shape::Text {
                at,
                text,
                size,
                bold,
                colour,
                anchor,
                bounds: _,
            } => {
                h.u64(6);
                h.pt(*at);
                h.u64(text.len() as u64);
                text.bytes().for_each(|b| h.u64(u64::from(b)));
                h.f(*size);
                h.u64(u64::from(*bold));
                h.rgb(*colour);
                h.u64(match anchor {
                    Anchor::TopLeft => 0,
                    Anchor::MiddleLeft => 1,
                    Anchor::MiddleRight => 2,
                });
            }
        }
    }
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
