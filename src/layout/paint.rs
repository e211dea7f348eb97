//! One walk over a run of shapes, for everything that reads every shape: the canvas and
//! SVG backends (src/render), the print of a base layer ([`fingerprint`]) and the export
//! frame's shift ([`export`]). The `Shape` match is here once; a painter has one method
//! per kind of shape, so a new kind is a compile error in every painter until each
//! draws it.
//!
//! [`fingerprint`]: super::fingerprint
//! [`export`]: super::export

use super::colour::Rgb;
use super::scene::{Anchor, Rect, Ring, Shape};

/// An outline's colour and width, in CSS px, if the shape has one.
pub type Stroke = Option<(Rgb, f64)>;

/// A label as a painter gets it, borrowed from its [`Shape::Text`].
#[derive(Debug, Clone, Copy)]
pub struct Label<'a> {
    /// Anchor point.
    pub at: (f64, f64),
    /// What it says.
    pub text: &'a str,
    /// Size in CSS px.
    pub size: f64,
    /// Bold.
    pub bold: bool,
    /// Colour.
    pub colour: Rgb,
    /// How the anchor sits on the text.
    pub anchor: Anchor,
    /// Its box, for overlap checks.
    pub bounds: Rect,
}

/// A line as a painter gets it, from its [`Shape::Line`].
#[derive(Debug, Clone, Copy)]
pub struct Segment {
    /// Start.
    pub from: (f64, f64),
    /// End.
    pub to: (f64, f64),
    /// Colour.
    pub colour: Rgb,
    /// Width in CSS px.
    pub width: f64,
    /// Dashed.
    pub dashed: bool,
}

/// A polyline as a painter gets it, borrowed from its [`Shape::Path`].
#[derive(Debug, Clone, Copy)]
pub struct Polyline<'a> {
    /// Its points.
    pub points: &'a Ring,
    /// Whether the last point joins the first.
    pub closed: bool,
    /// Colour.
    pub colour: Rgb,
    /// Width in CSS px.
    pub width: f64,
}

/// A hatching as a painter gets it, borrowed from its [`Shape::Hatch`].
#[derive(Debug, Clone, Copy)]
pub struct Hatching<'a> {
    /// The rings it fills.
    pub rings: &'a [Ring],
    /// The stripes' direction, a unit vector (y running down).
    pub dir: (f64, f64),
    /// Distance between stripes, CSS px.
    pub gap: f64,
    /// Colour.
    pub colour: Rgb,
    /// Width in CSS px.
    pub width: f64,
}

impl<'a> Hatching<'a> {
    /// The hatching `shape` is, if it is a [`Shape::Hatch`].
    pub fn of(shape: &'a Shape) -> Option<Self> {
        match shape {
            Shape::Hatch {
                rings,
                dir,
                gap,
                colour,
                width,
            } => Some(Hatching {
                rings,
                dir: *dir,
                gap: *gap,
                colour: *colour,
                width: *width,
            }),
            _ => None,
        }
    }

    /// Each stripe, as a line.
    pub fn segments(&self) -> impl Iterator<Item = Segment> + '_ {
        crate::geo::stripes(self.rings, self.dir, self.gap)
            .into_iter()
            .map(|(from, to)| Segment {
                from,
                to,
                colour: self.colour,
                width: self.width,
                dashed: false,
            })
    }
}

/// A circle as a painter gets it, from its [`Shape::Circle`].
#[derive(Debug, Clone, Copy)]
pub struct Disc {
    /// Centre.
    pub centre: (f64, f64),
    /// Radius in CSS px.
    pub radius: f64,
    /// Fill.
    pub fill: Rgb,
    /// Outline.
    pub stroke: Stroke,
}

/// Something that draws, or reads, shapes one at a time in scene order. Each method is
/// one kind of [`Shape`], with that shape's fields.
pub trait Painter {
    /// Why a shape could not be drawn.
    type Error;

    /// A filled rectangle ([`Shape::Box`]).
    fn rect(&mut self, rect: Rect, fill: Rgb, stroke: Stroke) -> Result<(), Self::Error>;

    /// A straight line ([`Shape::Line`]).
    fn line(&mut self, segment: Segment) -> Result<(), Self::Error>;

    /// A stroked polyline ([`Shape::Path`]).
    fn path(&mut self, polyline: Polyline<'_>) -> Result<(), Self::Error>;

    /// A filled polygon of even-odd rings ([`Shape::Polygon`]).
    fn polygon(&mut self, rings: &[Ring], fill: Rgb, stroke: Stroke) -> Result<(), Self::Error>;

    /// Stripes over the inside of rings ([`Shape::Hatch`]).
    fn hatch(&mut self, hatching: Hatching<'_>) -> Result<(), Self::Error>;

    /// A filled circle ([`Shape::Circle`]).
    fn circle(&mut self, disc: Disc) -> Result<(), Self::Error>;

    /// A label ([`Shape::Text`]).
    fn text(&mut self, label: Label<'_>) -> Result<(), Self::Error>;
}

/// Hands `shapes` to `painter` in order, stopping at the first error.
pub fn paint<P: Painter>(shapes: &[Shape], painter: &mut P) -> Result<(), P::Error> {
    for shape in shapes {
        match shape {
            Shape::Box { rect, fill, stroke } => painter.rect(*rect, *fill, *stroke),
            Shape::Line {
                from,
                to,
                colour,
                width,
                dashed,
            } => painter.line(Segment {
                from: *from,
                to: *to,
                colour: *colour,
                width: *width,
                dashed: *dashed,
            }),
            Shape::Path {
                points,
                closed,
                colour,
                width,
            } => painter.path(Polyline {
                points,
                closed: *closed,
                colour: *colour,
                width: *width,
            }),
            Shape::Polygon {
                rings,
                fill,
                stroke,
            } => painter.polygon(rings, *fill, *stroke),
            Shape::Hatch { .. } => Hatching::of(shape).map_or(Ok(()), |h| painter.hatch(h)),
            Shape::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => painter.circle(Disc {
                centre: *centre,
                radius: *radius,
                fill: *fill,
                stroke: *stroke,
            }),
            Shape::Text {
                at,
                text,
                size,
                bold,
                colour,
                anchor,
                bounds,
            } => painter.text(Label {
                at: *at,
                text,
                size: *size,
                bold: *bold,
                colour: *colour,
                anchor: *anchor,
                bounds: *bounds,
            }),
        }?;
    }
    Ok(())
}
