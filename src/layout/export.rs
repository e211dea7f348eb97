//! A chart framed for export: title above, source line and date below, so a PNG or SVG
//! that leaves the page still says what it shows and where the figures come from.

use super::colour::{Rgb, INK, INK_SOFT};
use super::paint::{paint, Disc, Hatching, Label, Painter, Polyline, Segment, Stroke};
use super::scene::{Anchor, Rect, Ring, Scene, Shape};
use super::text;
use super::theme;
use std::convert::Infallible;

const PAD: f64 = 16.0;

/// Collects the shapes it is handed, moved down by `dy` CSS px, and on the dark theme's
/// card if `dark` (src/layout/theme.rs).
struct Shifted {
    dy: f64,
    shapes: Vec<Shape>,
    dark: bool,
}

/// `shapes` moved down by `dy` CSS px after `drawn`, on the dark card if `dark`.
pub(super) fn shifted(shapes: &[Shape], dy: f64, drawn: Vec<Shape>, dark: bool) -> Vec<Shape> {
    let mut moved = Shifted {
        dy,
        shapes: drawn,
        dark,
    };
    let Ok(()) = paint(shapes, &mut moved);
    moved.shapes
}

impl Shifted {
    fn moved(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x, y + self.dy)
    }

    fn moved_rect(&self, r: Rect) -> Rect {
        Rect::new(r.x, r.y + self.dy, r.w, r.h)
    }

    fn moved_ring(&self, ring: &Ring) -> Ring {
        ring.iter().map(|p| self.moved(*p)).collect()
    }

    fn push(&mut self, shape: Shape) -> Result<(), Infallible> {
        self.shapes.push(shape);
        Ok(())
    }

    /// A fill and its outline, on the card if dark.
    fn fill(&self, fill: Rgb, stroke: Stroke) -> (Rgb, Stroke) {
        if self.dark {
            theme::dark_fill(fill, stroke)
        } else {
            (fill, stroke)
        }
    }

    /// A line's colour, on the card if dark.
    fn ink(&self, c: Rgb) -> Rgb {
        if self.dark {
            theme::dark_line(c)
        } else {
            c
        }
    }
}

impl Painter for Shifted {
    type Error = Infallible;

    fn rect(&mut self, rect: Rect, fill: Rgb, stroke: Stroke) -> Result<(), Infallible> {
        let rect = self.moved_rect(rect);
        let (fill, stroke) = self.fill(fill, stroke);
        self.push(Shape::Box { rect, fill, stroke })
    }

    fn line(&mut self, l: Segment) -> Result<(), Infallible> {
        let (from, to) = (self.moved(l.from), self.moved(l.to));
        let colour = if self.dark {
            let mid = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
            theme::dark_line_on(l.colour, mid, &self.shapes)
        } else {
            l.colour
        };
        self.push(Shape::Line {
            from,
            to,
            colour,
            width: l.width,
            dashed: l.dashed,
        })
    }

    fn path(&mut self, p: Polyline<'_>) -> Result<(), Infallible> {
        let points = self.moved_ring(p.points);
        self.push(Shape::Path {
            points,
            closed: p.closed,
            colour: self.ink(p.colour),
            width: p.width,
        })
    }

    fn polygon(&mut self, rings: &[Ring], fill: Rgb, stroke: Stroke) -> Result<(), Infallible> {
        let rings = rings.iter().map(|r| self.moved_ring(r)).collect();
        let (fill, stroke) = self.fill(fill, stroke);
        self.push(Shape::Polygon {
            rings,
            fill,
            stroke,
        })
    }

    /// On the dark card, the stripes keep their colour where it reads on the fill under
    /// them (as a line's does), judged at the first stripe.
    fn hatch(&mut self, h: Hatching<'_>) -> Result<(), Infallible> {
        let rings: Vec<Ring> = h.rings.iter().map(|r| self.moved_ring(r)).collect();
        let colour = match (self.dark, h.segments().next()) {
            (true, Some(l)) => {
                let (from, to) = (self.moved(l.from), self.moved(l.to));
                let mid = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
                theme::dark_line_on(h.colour, mid, &self.shapes)
            }
            (true, None) => self.ink(h.colour),
            (false, _) => h.colour,
        };
        self.push(Shape::Hatch {
            rings,
            dir: h.dir,
            gap: h.gap,
            colour,
            width: h.width,
        })
    }

    fn circle(&mut self, c: Disc) -> Result<(), Infallible> {
        let centre = self.moved(c.centre);
        let (fill, stroke) = self.fill(c.fill, c.stroke);
        self.push(Shape::Circle {
            centre,
            radius: c.radius,
            fill,
            stroke,
        })
    }

    fn text(&mut self, l: Label<'_>) -> Result<(), Infallible> {
        let (at, bounds) = (self.moved(l.at), self.moved_rect(l.bounds));
        let colour = if self.dark {
            theme::dark_ink(l.colour, bounds.centre(), &self.shapes)
        } else {
            l.colour
        };
        self.push(Shape::Text {
            at,
            text: l.text.to_owned(),
            size: l.size,
            bold: l.bold,
            colour,
            anchor: l.anchor,
            bounds,
        })
    }
}

/// Lines of text wrapped to `room` px at `size`, each cut to fit (a word wider than a
/// line is cut short).
fn wrap(s: &str, room: f64, size: f64, bold: bool) -> Vec<String> {
    text::wrap(s, room, size, bold)
        .into_iter()
        .filter_map(|l| text::fit(&l, room, size, bold))
        .collect()
}

/// `chart` with `title` above it and `footer` lines (source, date) below it.
pub fn framed(chart: &Scene, title: &str, footer: &[String]) -> Scene {
    let width = chart.width.max(320.0);
    let room = width - 2.0 * PAD;
    let mut shapes = Vec::new();
    let mut y = PAD;
    for line in wrap(title, room, 18.0, true) {
        shapes.push(Shape::label(PAD, y, line, 18.0, true, INK, Anchor::TopLeft));
        y += 24.0;
    }
    y += 8.0;
    let mut shapes = shifted(&chart.shapes, y, shapes, false);
    y += chart.height + 10.0;
    for f in footer {
        for line in wrap(f, room, 12.0, false) {
            let label = Shape::label(PAD, y, line, 12.0, false, INK_SOFT, Anchor::TopLeft);
            shapes.push(label);
            y += 16.0;
        }
    }
    Scene {
        width,
        height: y + PAD,
        shapes,
        items: Vec::new(),
        hidden_labels: chart.hidden_labels,
        // An export is drawn once, on a canvas of its own: nothing to keep.
        base: 0,
        groups: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::colour::PAPER;

    #[test]
    fn the_frame_adds_title_and_footer_and_keeps_the_chart_below_the_title() {
        let chart = Scene {
            width: 600.0,
            height: 300.0,
            shapes: vec![Shape::Box {
                rect: Rect::new(0.0, 0.0, 600.0, 300.0),
                fill: PAPER,
                stroke: None,
            }],
            ..Scene::default()
        };
        let f = framed(
            &chart,
            "Won Atlas: Funding",
            &["Source: the report".into(), "29 November 2026".into()],
        );
        let texts: Vec<&str> = f
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            texts,
            vec![
                "Won Atlas: Funding",
                "Source: the report",
                "29 November 2026"
            ]
        );
        let chart_top = f
            .shapes
            .iter()
            .find_map(|s| match s {
                Shape::Box { rect, .. } => Some(rect.y),
                _ => None,
            })
            .unwrap();
        assert!(chart_top >= 24.0 + PAD);
        assert!(f.height > chart.height + 60.0);
        for t in f.text_bounds() {
            assert!(t.x + t.w <= f.width, "footer text fits the width");
        }
    }

    #[test]
    fn long_titles_wrap_instead_of_overflowing() {
        let chart = Scene {
            width: 320.0,
            height: 100.0,
            ..Scene::default()
        };
        let f = framed(&chart, "South Korea’s ₩100 Trillion AI Initiative: where the money goes, programme by programme", &[]);
        assert!(f.text_bounds().len() >= 2);
        assert!(f.text_bounds().iter().all(|b| b.x + b.w <= 320.0));
    }
}
