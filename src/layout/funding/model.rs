//! What the funding charts are drawn from: the programmes as tiles, the reader's frame,
//! the group colours, and the marks both charts share.

use crate::data::funding::Charted;
use crate::data::Quantity;
use crate::geo::Rect;
use crate::layout::colour::{Rgb, INK, INK_SOFT, PAPER};
use crate::layout::scene::{Anchor, Scene, Shape};
use atlas_model::Category;

/// One programme as the charts see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// Programme id.
    pub id: &'static str,
    /// Its group.
    pub category: Category,
    /// Size: the floor of the figure.
    pub weight: f64,
    /// Top of a range, if the figure is one.
    pub max_weight: Option<f64>,
    /// The figure may be larger than drawn ("at least").
    pub open_ended: bool,
    /// The report states a different figure elsewhere, or a conflict names it.
    pub disputed: bool,
    /// Every conflict naming it is an ambiguity: marked "?" rather than "!".
    pub ambiguous: bool,
    /// Name label.
    pub name: String,
    /// Figure label.
    pub value: String,
}

impl Tile {
    /// The tile of a charted programme, with its name and figure label already in the
    /// reader's language and currency (the view and the contrast test build them alike).
    pub fn of(c: &Charted, name: String, value: String) -> Tile {
        Tile {
            id: c.programme.id,
            category: c.programme.category,
            weight: c.weight(),
            max_weight: match c.quantity {
                Quantity::Range { max, .. } => Some(max.eok as f64),
                _ => None,
            },
            open_ended: c.open_ended(),
            disputed: c.disputed(),
            ambiguous: c.only_ambiguous(),
            name,
            value,
        }
    }
}

/// What the reader has selected or highlighted, and the canvas size. (Focus is drawn on a
/// layer of its own: [`Scene::focus_marks`].)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame<'a> {
    /// Width in CSS px.
    pub width: f64,
    /// Height in CSS px (the treemap's; bars take what their rows need).
    pub height: f64,
    /// Group tiles by category.
    pub grouped: bool,
    /// Selected programme.
    pub selected: Option<&'a str>,
    /// Programmes highlighted from another view (e.g. a province's).
    pub highlighted: &'a [&'a str],
}

/// Fill colours per group: Okabe–Ito hues, distinguishable with colour-blindness.
pub fn category_fill(c: Category) -> Rgb {
    match c {
        Category::Ai => Rgb(0x00, 0x72, 0xb2),
        Category::SuperInnovation => Rgb(0xe6, 0x9f, 0x00),
        Category::CrossCutting => Rgb(0x00, 0x9e, 0x73),
        Category::Envelope => Rgb(0x99, 0x99, 0x99),
    }
}

/// Groups in drawing order.
pub const GROUPS: [Category; 3] = [
    Category::Ai,
    Category::SuperInnovation,
    Category::CrossCutting,
];

/// Programme name size, CSS px.
pub(super) const NAME_SIZE: f64 = 14.0;
/// Figure size, CSS px.
pub(super) const VALUE_SIZE: f64 = 13.0;
/// Padding around labels, CSS px.
pub(super) const PAD: f64 = 6.0;

/// A small "!" badge: the report states another figure for this programme.
pub(super) fn badge(shapes: &mut Vec<Shape>, cx: f64, cy: f64, ambiguous: bool) {
    let r = 8.0;
    shapes.push(Shape::Box {
        rect: Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r),
        fill: PAPER,
        stroke: Some((INK, 1.5)),
    });
    shapes.push(Shape::label(
        cx - if ambiguous { 3.5 } else { 2.5 },
        cy,
        if ambiguous { "?" } else { "!" }.into(),
        12.0,
        true,
        INK,
        Anchor::MiddleLeft,
    ));
}

/// Dashed edge: the figure is a floor and may be larger.
pub(super) fn dashed(shapes: &mut Vec<Shape>, from: (f64, f64), to: (f64, f64), colour: Rgb) {
    shapes.push(Shape::Line {
        from,
        to,
        colour,
        width: 2.0,
        dashed: true,
    });
}

/// Outlines for highlighted and selected items, drawn last so they are on top.
pub(super) fn marks(scene: &mut Scene, frame: Frame) {
    let mut extra = Vec::new();
    for item in &scene.items {
        if frame.highlighted.contains(&item.id) {
            extra.push(Shape::outline(item.outline, INK_SOFT, 2.0));
        }
    }
    if let Some(item) = frame.selected.and_then(|s| scene.item(s)) {
        extra.push(Shape::outline(item.outline, INK, 4.0));
        extra.push(Shape::outline(item.outline.inset(4.0), PAPER, 2.0));
    }
    scene.shapes.extend(extra);
}
