//! The pen the economy charts are laid out with: it writes shapes top to bottom at a
//! running `y`, wraps and fits text, and turns the rows it has drawn into items.

use crate::data::Figure;
use crate::i18n::Lang;
use crate::layout::colour::{Rgb, INK, INK_SOFT, PAPER, RULE};
use crate::layout::scene::{Anchor, Item, Rect, Scene, Shape};
use crate::layout::text::{fit, width, wrap};

use super::PAD;

/// Space above and below an item's rows, inside its outline.
const ROOM: f64 = 4.0;

/// Shapes and items so far, and where the next row starts.
pub(super) struct Pen {
    /// The scene's width.
    pub width: f64,
    /// Language of labels and figures.
    pub lang: Lang,
    /// Top of the next row.
    pub y: f64,
    /// Shapes so far.
    pub shapes: Vec<Shape>,
    items: Vec<Item>,
}

impl Pen {
    /// A pen at the top of a scene `width` wide.
    pub fn new(width: f64, lang: Lang) -> Pen {
        Pen {
            width,
            lang,
            y: PAD,
            shapes: Vec::new(),
            items: Vec::new(),
        }
    }

    /// The width text may take.
    fn inner(&self) -> f64 {
        self.width - 2.0 * PAD
    }

    /// Leaves `h` px.
    pub fn gap(&mut self, h: f64) {
        self.y += h;
    }

    /// A chart's heading, bold, wrapped.
    pub fn heading(&mut self, text: &str) {
        self.wrapped(text, 14.0, true, INK);
        self.gap(4.0);
    }

    /// One line of small secondary text.
    pub fn note(&mut self, text: &str) {
        self.wrapped(text, 11.0, false, INK_SOFT);
    }

    /// One line of text, cut to the width with "..." if it is longer (the tables have it
    /// whole).
    pub fn label_line(&mut self, text: &str, size: f64, bold: bool, colour: Rgb) {
        if let Some(t) = fit(text, self.inner(), size, bold) {
            self.shapes.push(Shape::label(
                PAD,
                self.y,
                t,
                size,
                bold,
                colour,
                Anchor::TopLeft,
            ));
        }
        self.y += size * 1.3;
    }

    /// Text wrapped at spaces to the width, one label per line.
    pub fn wrapped(&mut self, text: &str, size: f64, bold: bool, colour: Rgb) {
        for line in wrap(text, self.inner(), size, bold) {
            self.label_line(&line, size, bold, colour);
        }
    }

    /// Coloured swatches and their names on one line (wrapping when narrow).
    pub fn legend(&mut self, keys: &[(Rgb, &str)]) {
        let mut x = PAD;
        let cy = self.y + 7.0;
        for (colour, name) in keys {
            let w = 16.0 + width(name, 11.0, false) + 14.0;
            let (x_at, cy_at) = if x > PAD && x + w > self.width - PAD {
                self.y += 16.0;
                (PAD, self.y + 7.0)
            } else {
                (x, cy.max(self.y + 7.0))
            };
            self.shapes.push(Shape::Circle {
                centre: (x_at + 5.0, cy_at),
                radius: 5.0,
                fill: *colour,
                stroke: None,
            });
            self.shapes.push(Shape::label(
                x_at + 14.0,
                cy_at,
                (*name).to_owned(),
                11.0,
                false,
                INK,
                Anchor::MiddleLeft,
            ));
            x = x_at + w;
        }
        self.y += 16.0;
    }

    /// A value beside a mark at height `cy`: right of `right` if `prefer_right` and it
    /// fits, else left of `left` (and right after all if it fits nowhere else).
    pub fn value_at(&mut self, right: f64, left: f64, cy: f64, text: String, prefer_right: bool) {
        let w = width(&text, 12.0, true);
        let fits_right = right + w <= self.width - PAD / 2.0;
        let fits_left = left - w >= PAD / 2.0;
        let on_right = (prefer_right && fits_right) || !fits_left;
        let (x, anchor) = if on_right {
            (right, Anchor::MiddleLeft)
        } else {
            (left, Anchor::MiddleRight)
        };
        let label = Shape::label(x, cy, text, 12.0, true, INK, anchor);
        // On paper of its own, so a line it sits over does not run through it.
        if let Shape::Text { bounds, .. } = &label {
            self.shapes.push(Shape::Box {
                rect: Rect::new(bounds.x - 2.0, bounds.y, bounds.w + 4.0, bounds.h),
                fill: PAPER,
                stroke: None,
            });
        }
        self.shapes.push(label);
    }

    /// A thin axis with labelled ticks under the rows above.
    pub fn ticks(&mut self, x0: f64, x1: f64, scale: f64, at: &[f64], unit: &str) {
        let y = self.y + 2.0;
        self.shapes.push(Shape::Line {
            from: (x0, y),
            to: (x1, y),
            colour: RULE,
            width: 1.0,
            dashed: false,
        });
        let zero = if at.iter().any(|t| *t < 0.0) { x1 } else { x0 };
        for t in at {
            let x = zero + (x1 - x0) * t / scale;
            self.shapes.push(Shape::Line {
                from: (x, y),
                to: (x, y + 4.0),
                colour: INK_SOFT,
                width: 1.0,
                dashed: false,
            });
            let text = format!("{}{unit}", signed(*t, self.lang));
            let w = width(&text, 11.0, false);
            let left = (x - w / 2.0).clamp(x0, x1 - w);
            self.shapes.push(Shape::label(
                left,
                y + 5.0,
                text,
                11.0,
                false,
                INK_SOFT,
                Anchor::TopLeft,
            ));
        }
        self.y = y + 20.0;
    }

    /// A figure's card: its value large, its label wrapped under it, in `rect`.
    pub fn card(&mut self, rect: Rect, f: &Figure, value: &str) {
        self.shapes.push(Shape::Box {
            rect,
            fill: PAPER,
            stroke: Some((RULE, 1.0)),
        });
        let inner = rect.w - 16.0;
        let size = if width(value, 18.0, true) <= inner {
            18.0
        } else {
            14.0
        };
        for (i, line) in wrap(value, inner, size, true).iter().take(2).enumerate() {
            self.shapes.push(Shape::label(
                rect.x + 8.0,
                rect.y + 8.0 + i as f64 * size * 1.25,
                line.clone(),
                size,
                true,
                INK,
                Anchor::TopLeft,
            ));
        }
        let lines = wrap(value, inner, size, true).len().min(2) as f64;
        let mut y = rect.y + 12.0 + lines * size * 1.25;
        let label = wrap(self.lang.pick(f.label), inner, 11.0, false);
        let room = ((rect.y + rect.h - 6.0 - y) / 14.0).floor().max(0.0) as usize;
        for (i, line) in label.iter().take(room).enumerate() {
            // The last line that fits carries the rest of the label, cut with "...".
            let text = if i + 1 == room && label.len() > room {
                fit(&label[i..].join(" "), inner, 11.0, false).unwrap_or_default()
            } else {
                line.clone()
            };
            self.shapes.push(Shape::label(
                rect.x + 8.0,
                y,
                text,
                11.0,
                false,
                INK_SOFT,
                Anchor::TopLeft,
            ));
            y += 14.0;
        }
        self.items.push(Item::rect(f.id, rect, rect));
    }

    /// The rows drawn since `top` as an item for record `id`, with room around them for
    /// the focus and selection outlines; the next row starts below that room.
    pub fn item(&mut self, id: &'static str, top: f64) {
        let r = Rect::new(
            PAD / 2.0,
            top - ROOM,
            self.width - PAD,
            self.y - top + 2.0 * ROOM,
        );
        self.items.push(Item::rect(id, r, r));
        self.y += 2.0 * ROOM;
    }

    /// The scene, the selected item outlined.
    pub fn finish(mut self, selected: Option<&str>) -> Scene {
        if let Some(it) = selected.and_then(|s| self.items.iter().find(|i| i.id == s)) {
            self.shapes.push(Shape::outline(it.outline, INK, 3.0));
        }
        Scene {
            width: self.width,
            height: self.y.ceil(),
            shapes: self.shapes,
            items: self.items,
            ..Scene::default()
        }
        .shrunk()
    }
}

/// A tick's number: "−10", "0", "50" ("-10" in Korean).
fn signed(v: f64, lang: Lang) -> String {
    let size = format!("{}", v.abs());
    match (v < 0.0, lang) {
        (false, _) => size,
        (true, Lang::En) => format!("−{size}"),
        (true, Lang::Ko) => format!("-{size}"),
    }
}
