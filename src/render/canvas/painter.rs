//! The canvas's [`Painter`]: boxes, lines, paths and circles through plotters-canvas's
//! drawing backend, and on the 2D context itself what plotters has no call for: dashes,
//! line joins, polygons whose outline strokes the path just filled, and labels that set
//! only what differs from the label before.

use crate::layout::colour::{Rgb, PAPER};
use crate::layout::paint::{paint, Disc, Hatching, Label, Painter, Polyline, Segment, Stroke};
use crate::layout::{Anchor, Rect, Ring, Shape};
use crate::render::FONT_STACK;
use plotters::prelude::{Color, DrawingBackend, RGBColor, ShapeStyle};
use plotters_canvas::CanvasBackend;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// The colour as plotters-canvas writes it, for the calls made on the context itself.
fn rgb_css(c: Rgb) -> String {
    format!("rgba({},{},{},1)", c.0, c.1, c.2)
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Draws shapes on one canvas, scaled by `s` (scene px → backing px) and shifted by
/// `-off` backing px. Coordinates are rounded before the shift, so a shape lands on the
/// same pixels on a shifted overlay as on the scene's canvas.
pub(in crate::render) struct CanvasPainter {
    backend: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    s: f64,
    off: (i32, i32),
    /// Whether the context joins lines round, as this paint last set it (else mitre).
    round: bool,
    labels: Labels,
}

impl CanvasPainter {
    /// A painter on `canvas`'s 2D context.
    pub fn new(canvas: &HtmlCanvasElement, s: f64, off: (i32, i32)) -> Result<Self, String> {
        let backend = CanvasBackend::with_canvas_object(canvas.clone())
            .ok_or("the canvas has no 2D context")?;
        Ok(CanvasPainter {
            backend,
            ctx: super::context(canvas)?,
            s,
            off,
            round: false,
            labels: Labels::default(),
        })
    }

    /// The canvas's 2D context.
    pub fn context(&self) -> &CanvasRenderingContext2d {
        &self.ctx
    }

    /// Fills the backing store with paper from row `top` down.
    pub fn paper(&mut self, top: u32) -> Result<(), String> {
        let (w, h) = self.backend.get_size();
        let paper = rgb(PAPER).to_backend_color();
        self.plotters()
            .draw_rect((0, top as i32), (w as i32, h as i32), &paper, true)
            .map_err(err)
    }

    /// Draws `shapes`, in order.
    pub fn paint(&mut self, shapes: &[Shape]) -> Result<(), String> {
        // Outlines that follow rings join round: a province's coastline has sharp corners
        // a mitre would turn into spikes. Boxes keep square corners. A canvas keeps its
        // context's state from the last draw unless it was resized, so start from the
        // default.
        self.ctx.set_line_join("miter");
        self.round = false;
        self.labels = Labels::default();
        paint(shapes, self)
    }

    /// plotters-canvas's drawing backend. It sets the fill style for its own fills, so
    /// the next label sets its ink again.
    fn plotters(&mut self) -> &mut CanvasBackend {
        self.labels.ink = None;
        &mut self.backend
    }

    fn pt(&self, (x, y): (f64, f64)) -> (i32, i32) {
        let p = |v: f64| (v * self.s).round() as i32;
        (p(x) - self.off.0, p(y) - self.off.1)
    }

    /// A line width of `w` scene px in backing px, at least one.
    fn width(&self, w: f64) -> u32 {
        ((w * self.s).round() as u32).max(1)
    }

    /// A stroke `w` scene px wide in `c`.
    fn stroke(&self, c: Rgb, w: f64) -> ShapeStyle {
        rgb(c).stroke_width(self.width(w))
    }

    fn join(&mut self, round: bool) {
        if round != self.round {
            self.ctx
                .set_line_join(if round { "round" } else { "miter" });
            self.round = round;
        }
    }

    /// Fills `ring` as plotters-canvas fills a polygon, leaving it the context's path.
    fn fill_ring(&self, ring: &[(f64, f64)], fill: &str) {
        self.ctx.begin_path();
        let mut pts = ring.iter().map(|q| self.pt(*q));
        if let Some((x, y)) = pts.next() {
            self.ctx.set_fill_style_str(fill);
            self.ctx.move_to(f64::from(x), f64::from(y));
            for (x, y) in pts {
                self.ctx.line_to(f64::from(x), f64::from(y));
            }
            self.ctx.close_path();
        }
        self.ctx.fill();
    }
}

impl Painter for CanvasPainter {
    type Error = String;

    fn rect(&mut self, rect: Rect, fill: Rgb, stroke: Stroke) -> Result<(), String> {
        let (a, b) = (
            self.pt((rect.x, rect.y)),
            self.pt((rect.x + rect.w, rect.y + rect.h)),
        );
        // Top left and bottom right, whichever way round the rectangle is.
        let (a, b) = ((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)));
        self.plotters()
            .draw_rect(a, b, &rgb(fill).filled(), true)
            .map_err(err)?;
        if let Some((c, w)) = stroke {
            self.join(false);
            let style = self.stroke(c, w);
            self.plotters()
                .draw_rect(a, b, &style, false)
                .map_err(err)?;
        }
        Ok(())
    }

    fn line(&mut self, l: Segment) -> Result<(), String> {
        let style = self.stroke(l.colour, l.width);
        let path = [self.pt(l.from), self.pt(l.to)];
        if !l.dashed {
            return self.plotters().draw_path(path, &style).map_err(err);
        }
        // Dashes of 5 px with 4 px gaps, in CSS px: one path with the canvas's own dash
        // pattern (plotters has none) rather than a path per dash.
        let dash = js_sys::Array::of2(&(5.0 * self.s).into(), &(4.0 * self.s).into());
        let _ = self.ctx.set_line_dash(&dash);
        let drawn = self.plotters().draw_path(path, &style);
        let _ = self.ctx.set_line_dash(&js_sys::Array::new());
        drawn.map_err(err)
    }

    fn path(&mut self, p: Polyline<'_>) -> Result<(), String> {
        self.join(true);
        let mut pts: Vec<(i32, i32)> = p.points.iter().map(|q| self.pt(*q)).collect();
        if p.closed {
            // Round the first corner too: plotters' paths are open, so the path goes on
            // past its start to the second point.
            pts.extend_from_within(..pts.len().min(2));
        }
        let style = self.stroke(p.colour, p.width);
        self.plotters().draw_path(pts, &style).map_err(err)
    }

    /// Each ring is filled on the context and its outline strokes the path just filled,
    /// rather than handing plotters every point again as a second path (the map has
    /// 3,800 of them).
    fn polygon(&mut self, rings: &[Ring], fill: Rgb, stroke: Stroke) -> Result<(), String> {
        // The fills set the fill style: the next label sets its ink again.
        self.labels.ink = None;
        let fill = rgb_css(fill);
        let stroke = stroke.map(|(c, w)| (rgb_css(c), self.width(w)));
        for ring in rings {
            self.fill_ring(ring, &fill);
            if let Some((c, w)) = &stroke {
                self.join(true);
                self.ctx.set_stroke_style_str(c);
                self.ctx.set_line_width(f64::from(*w));
                self.ctx.stroke();
            }
        }
        Ok(())
    }

    fn hatch(&mut self, h: Hatching<'_>) -> Result<(), String> {
        h.segments().try_for_each(|l| self.line(l))
    }

    fn circle(&mut self, d: Disc) -> Result<(), String> {
        let c = self.pt(d.centre);
        let r = ((d.radius * self.s).round() as i32).max(1) as u32;
        self.plotters()
            .draw_circle(c, r, &rgb(d.fill).filled(), true)
            .map_err(err)?;
        if let Some((col, w)) = d.stroke {
            let style = self.stroke(col, w);
            self.plotters()
                .draw_circle(c, r, &style, false)
                .map_err(err)?;
        }
        Ok(())
    }

    fn text(&mut self, label: Label<'_>) -> Result<(), String> {
        let at = self.pt(label.at);
        self.labels.draw(&self.ctx, &label, label.size * self.s, at)
    }
}

/// The context's text state as the last label of this paint set it. A scene's labels
/// come in runs of one font, colour and alignment, and each of these is a string handed
/// across the wasm boundary (the font a CSS font shorthand for the browser to parse), so
/// a label sets only what differs from the one before. What each is set to is what
/// plotters-canvas's `draw_text` sets, so the pixels are the same.
#[derive(Default)]
struct Labels {
    font: Option<(u64, bool)>,
    anchor: Option<Anchor>,
    ink: Option<Rgb>,
}

impl Labels {
    /// Draws `label` at `at` backing px, `px` backing px high.
    fn draw(
        &mut self,
        ctx: &CanvasRenderingContext2d,
        label: &Label<'_>,
        px: f64,
        (x, y): (i32, i32),
    ) -> Result<(), String> {
        if self.anchor != Some(label.anchor) {
            let (baseline, align) = match label.anchor {
                Anchor::TopLeft => ("top", "start"),
                Anchor::MiddleLeft => ("middle", "start"),
                Anchor::MiddleRight => ("middle", "end"),
            };
            ctx.set_text_baseline(baseline);
            ctx.set_text_align(align);
            self.anchor = Some(label.anchor);
        }
        if self.ink != Some(label.colour) {
            ctx.set_fill_style_str(&rgb_css(label.colour));
            self.ink = Some(label.colour);
        }
        if self.font != Some((px.to_bits(), label.bold)) {
            let weight = if label.bold { "bold" } else { "normal" };
            ctx.set_font(&format!("{weight} {px}px {FONT_STACK}"));
            self.font = Some((px.to_bits(), label.bold));
        }
        ctx.fill_text(label.text, f64::from(x), f64::from(y))
            .map_err(|_| "the canvas refused a label".to_owned())
    }
}
