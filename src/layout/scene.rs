//! Shapes in CSS pixels, and the items a reader can point at or focus.

use super::colour::Rgb;

/// An axis-aligned rectangle in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// A rectangle.
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    /// Area.
    pub fn area(&self) -> f64 {
        self.w * self.h
    }

    /// Whether the point lies inside (left/top edges inclusive).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x < self.x + self.w && y >= self.y && y < self.y + self.h
    }

    /// The centre point.
    pub fn centre(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Shrunk by `d` on every side (never below zero size).
    pub fn inset(&self, d: f64) -> Rect {
        let dx = d.min(self.w / 2.0);
        let dy = d.min(self.h / 2.0);
        Rect::new(
            self.x + dx,
            self.y + dy,
            self.w - 2.0 * dx,
            self.h - 2.0 * dy,
        )
    }

    /// Area shared with another rectangle.
    pub fn overlap(&self, o: &Rect) -> f64 {
        let w = (self.x + self.w).min(o.x + o.w) - self.x.max(o.x);
        let h = (self.y + self.h).min(o.y + o.h) - self.y.max(o.y);
        if w > 0.0 && h > 0.0 {
            w * h
        } else {
            0.0
        }
    }
}

/// Where a text's anchor point sits on the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Anchor is the text's top-left corner.
    TopLeft,
    /// Anchor is the middle of the text's left edge.
    MiddleLeft,
    /// Anchor is the middle of the text's right edge.
    MiddleRight,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle, optionally outlined.
    Box {
        /// Where.
        rect: Rect,
        /// Fill.
        fill: Rgb,
        /// Outline colour and width.
        stroke: Option<(Rgb, f64)>,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f64, f64),
        /// End.
        to: (f64, f64),
        /// Colour.
        colour: Rgb,
        /// Width.
        width: f64,
        /// Dashed (open-ended amounts, envelope).
        dashed: bool,
    },
    /// A label.
    Text {
        /// Anchor point.
        at: (f64, f64),
        /// What it says.
        text: String,
        /// Size in CSS px.
        size: f64,
        /// Bold.
        bold: bool,
        /// Colour.
        colour: Rgb,
        /// How the anchor sits on the text.
        anchor: Anchor,
        /// Its box, for overlap checks.
        bounds: Rect,
    },
}

/// A thing a reader can hover, focus or select.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The data id it stands for.
    pub id: &'static str,
    /// The area that answers the pointer.
    pub hit: Rect,
    /// The area outlined when it is focused or selected.
    pub outline: Rect,
}

/// A laid-out view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    /// Width in CSS px.
    pub width: f64,
    /// Height in CSS px.
    pub height: f64,
    /// Shapes, drawn in order.
    pub shapes: Vec<Shape>,
    /// Pointable items, in keyboard order.
    pub items: Vec<Item>,
    /// Labels that did not fit and were left out (the table has them all).
    pub hidden_labels: usize,
}

impl Scene {
    /// The item under a point, if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<&'static str> {
        self.items
            .iter()
            .find(|i| i.hit.contains(x, y))
            .map(|i| i.id)
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The id `step` places after (or before, if negative) `from` in keyboard order,
    /// clamped to the ends; the first item when nothing is focused.
    pub fn step(&self, from: Option<&str>, step: isize) -> Option<&'static str> {
        let n = self.items.len() as isize;
        if n == 0 {
            return None;
        }
        let i = match from.and_then(|f| self.items.iter().position(|i| i.id == f)) {
            Some(i) => (i as isize + step).clamp(0, n - 1),
            None if step < 0 => n - 1,
            None => 0,
        };
        Some(self.items[i as usize].id)
    }

    /// Every text shape's bounds.
    pub fn text_bounds(&self) -> Vec<Rect> {
        self.shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { bounds, .. } => Some(*bounds),
                _ => None,
            })
            .collect()
    }
}
