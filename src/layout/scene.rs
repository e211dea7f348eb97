//! Shapes in CSS pixels, and the items a reader can point at or focus.

use super::colour::{Rgb, FOCUS};
pub use crate::geo::{point_in_rings, Rect};
use std::rc::Rc;

/// A ring or polyline of points in CSS px, shared: a province's outline is one allocation
/// that its fill, its outline marks and its pointer area all point at. (The regions map
/// has thousands of points, and the old scene is still alive while its successor is laid
/// out, so copies would set the page's memory peak.)
pub type Ring = Rc<[(f64, f64)]>;

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
    /// A stroked polyline, closed or open: an outline drawn as one path rather than a
    /// line per segment (a province's ring has hundreds), so its corners join.
    Path {
        /// Points in CSS px.
        points: Ring,
        /// Whether the last point joins back to the first.
        closed: bool,
        /// Colour.
        colour: Rgb,
        /// Width.
        width: f64,
    },
    /// A filled polygon of one or more rings (even-odd fill), optionally outlined.
    Polygon {
        /// Rings of points in CSS px.
        rings: Vec<Ring>,
        /// Fill.
        fill: Rgb,
        /// Outline colour and width.
        stroke: Option<(Rgb, f64)>,
    },
    /// Parallel stripes over the inside of even-odd rings (a region's hatching): lines
    /// along `dir`, `gap` px apart on one grid for the whole canvas
    /// ([`crate::geo::stripes`]). Painters get each stripe; the scene keeps only the
    /// rings, shared with their fill.
    Hatch {
        /// Rings of points in CSS px.
        rings: Vec<Ring>,
        /// The stripes' direction, a unit vector (y running down).
        dir: (f64, f64),
        /// Distance between stripes, CSS px.
        gap: f64,
        /// Colour.
        colour: Rgb,
        /// Width.
        width: f64,
    },
    /// A filled circle, optionally outlined (markers, points on a timeline).
    Circle {
        /// Centre.
        centre: (f64, f64),
        /// Radius.
        radius: f64,
        /// Fill.
        fill: Rgb,
        /// Outline colour and width.
        stroke: Option<(Rgb, f64)>,
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

impl Shape {
    /// A label anchored at (x, y), with its bounds measured for overlap checks.
    pub fn label(
        x: f64,
        y: f64,
        text: String,
        size: f64,
        bold: bool,
        colour: Rgb,
        anchor: Anchor,
    ) -> Shape {
        let w = super::text::width(&text, size, bold);
        let h = size * 1.25;
        let bounds = match anchor {
            Anchor::TopLeft => Rect::new(x, y, w, h),
            Anchor::MiddleLeft => Rect::new(x, y - h / 2.0, w, h),
            Anchor::MiddleRight => Rect::new(x - w, y - h / 2.0, w, h),
        };
        Shape::Text {
            at: (x, y),
            text,
            size,
            bold,
            colour,
            anchor,
            bounds,
        }
    }

    /// A closed path around `r`, drawn inside it (focus, selection and group outlines).
    pub fn outline(r: Rect, colour: Rgb, width: f64) -> Shape {
        let r = r.inset(width / 2.0);
        let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.w, r.y + r.h);
        Shape::Path {
            points: Rc::new([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]),
            closed: true,
            colour,
            width,
        }
    }

    /// One closed path per ring (province outlines), sharing the rings' points.
    pub fn rings(rings: &[Ring], colour: Rgb, width: f64) -> impl Iterator<Item = Shape> + '_ {
        rings.iter().map(move |r| Shape::Path {
            points: r.clone(),
            closed: true,
            colour,
            width,
        })
    }
}

/// Width of the focus outline, in CSS px.
pub const FOCUS_WIDTH: f64 = 3.0;

/// A thing a reader can hover, focus or select.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The data id it stands for.
    pub id: &'static str,
    /// The area that answers the pointer.
    pub hit: Rect,
    /// The area outlined when it is focused or selected.
    pub outline: Rect,
    /// For non-rectangular items (provinces): the rings that answer the pointer
    /// (even-odd). Empty means the `hit` rectangle is the shape.
    pub polygon: Vec<Ring>,
    /// The rings focus, selection and highlight marks follow, centred on them (a
    /// province's own outline). Empty means the `outline` rectangle, drawn inside it.
    pub ring: Vec<Ring>,
    /// Open polylines the marks follow too: a province's edges in the map's inset, less
    /// the seams where the inset's window cuts it (a mark there would trace the frame).
    pub open: Vec<Ring>,
}

impl Item {
    /// A rectangular item.
    pub fn rect(id: &'static str, hit: Rect, outline: Rect) -> Item {
        Item {
            id,
            hit,
            outline,
            polygon: Vec::new(),
            ring: Vec::new(),
            open: Vec::new(),
        }
    }

    /// The outline shapes of this item in `colour` at `width`: along its rings, or
    /// inside its outline rectangle.
    pub fn marks(&self, colour: Rgb, width: f64) -> Vec<Shape> {
        if self.ring.is_empty() && self.open.is_empty() {
            return vec![Shape::outline(self.outline, colour, width)];
        }
        let open = self.open.iter().map(|points| Shape::Path {
            points: points.clone(),
            closed: false,
            colour,
            width,
        });
        Shape::rings(&self.ring, colour, width)
            .chain(open)
            .collect()
    }

    /// Whether the point is on the item.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        self.hit.contains(x, y) && (self.polygon.is_empty() || point_in_rings(&self.polygon, x, y))
    }
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
    /// Items that stand for several records (the timeline's count marks, where marks
    /// crowd too closely to label each): the item's id and the ids it holds, in order.
    pub groups: Vec<(&'static str, Vec<&'static str>)>,
    /// How many of the first shapes are the scene's base layer, which the chart canvas
    /// keeps the pixels of (src/render/layer.rs): what a new selection or a switch back
    /// does not change. 0 (the default) keeps none. The map sets it: its provinces'
    /// outlines are slow for the browser to rasterise.
    pub base: usize,
}

impl Scene {
    /// The scene with no spare capacity: its vectors grew by doubling while it was laid
    /// out, and a scene stays alive while the reader looks at it (and beside its
    /// successor while that is laid out), so the spare room would be held with it.
    pub fn shrunk(mut self) -> Scene {
        self.shapes.shrink_to_fit();
        self.groups.shrink_to_fit();
        self.items.shrink_to_fit();
        for i in &mut self.items {
            i.polygon.shrink_to_fit();
            i.ring.shrink_to_fit();
            i.open.shrink_to_fit();
        }
        self
    }

    /// The item under a point, if any.
    ///
    /// Where items overlap (a marker on a province), the smallest wins, so small
    /// things stay reachable.
    pub fn hit(&self, x: f64, y: f64) -> Option<&'static str> {
        self.items
            .iter()
            .filter(|i| i.contains(x, y))
            .min_by(|a, b| a.hit.area().total_cmp(&b.hit.area()))
            .map(|i| i.id)
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The item that shows `id`: its own, or the count mark that holds it.
    pub fn holder(&self, id: &str) -> Option<&Item> {
        self.item(id).or_else(|| {
            let (group, _) = self.groups.iter().find(|(_, ids)| ids.contains(&id))?;
            self.item(group)
        })
    }

    /// The ids a count mark holds, if `id` is one.
    pub fn group(&self, id: &str) -> Option<&[&'static str]> {
        self.groups
            .iter()
            .find(|(g, _)| *g == id)
            .map(|(_, ids)| ids.as_slice())
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

    /// The focus ring of item `id` (nothing for an unknown id). It is drawn over the
    /// scene on a layer of its own, so a hover redraws this and not the scene; the
    /// scene itself never contains it (exports have no hover ring).
    pub fn focus_marks(&self, id: &str) -> Vec<Shape> {
        self.item(id)
            .map(|i| i.marks(FOCUS, FOCUS_WIDTH))
            .unwrap_or_default()
    }

    /// Every text shape's bounds.
    pub fn text_bounds(&self) -> Vec<Rect> {
        self.texts().into_iter().map(|(_, b)| b).collect()
    }

    /// Every label's text and box, in drawing order.
    pub fn texts(&self) -> Vec<(&str, Rect)> {
        self.shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, bounds, .. } => Some((text.as_str(), *bounds)),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polygons_hit_inside_not_in_their_box_corners() {
        let tri: Vec<Ring> = vec![Rc::new([(0.0, 0.0), (10.0, 0.0), (0.0, 10.0)])];
        let item = Item {
            id: "t",
            hit: Rect::new(0.0, 0.0, 10.0, 10.0),
            outline: Rect::default(),
            polygon: tri,
            ring: Vec::new(),
            open: Vec::new(),
        };
        assert!(item.contains(2.0, 2.0));
        assert!(!item.contains(9.0, 9.0));
    }

    #[test]
    fn focus_marks_sit_inside_a_box_or_on_an_items_rings() {
        let ring: Ring = Rc::new([(0.0, 0.0), (30.0, 0.0), (0.0, 30.0)]);
        let scene = Scene {
            items: vec![
                Item::rect(
                    "box",
                    Rect::new(0.0, 0.0, 40.0, 20.0),
                    Rect::new(10.0, 10.0, 20.0, 10.0),
                ),
                Item {
                    ring: vec![ring.clone()],
                    ..Item::rect("tri", Rect::new(0.0, 0.0, 30.0, 30.0), Rect::default())
                },
            ],
            ..Scene::default()
        };
        // A box's ring is one closed path, its stroke just inside the outline rectangle.
        let h = FOCUS_WIDTH / 2.0;
        assert_eq!(
            scene.focus_marks("box"),
            vec![Shape::Path {
                points: Rc::new([
                    (10.0 + h, 10.0 + h),
                    (30.0 - h, 10.0 + h),
                    (30.0 - h, 20.0 - h),
                    (10.0 + h, 20.0 - h)
                ]),
                closed: true,
                colour: FOCUS,
                width: FOCUS_WIDTH,
            }]
        );
        // A province's follows its rings.
        assert_eq!(
            scene.focus_marks("tri"),
            vec![Shape::Path {
                points: ring,
                closed: true,
                colour: FOCUS,
                width: FOCUS_WIDTH,
            }]
        );
        assert!(scene.focus_marks("nothing").is_empty());
    }

    #[test]
    fn the_smallest_overlapping_item_wins() {
        let scene = Scene {
            items: vec![
                Item::rect("big", Rect::new(0.0, 0.0, 100.0, 100.0), Rect::default()),
                Item::rect("marker", Rect::new(40.0, 40.0, 10.0, 10.0), Rect::default()),
            ],
            ..Scene::default()
        };
        assert_eq!(scene.hit(45.0, 45.0), Some("marker"));
        assert_eq!(scene.hit(5.0, 5.0), Some("big"));
        assert_eq!(scene.hit(500.0, 5.0), None);
    }
}
