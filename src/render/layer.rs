//! A chart's base layer: the pixels of its scene's first shapes ([`Scene::base`]) kept on
//! a canvas off the page, so a switch back to that scene, or a new selection on it,
//! copies them with one `drawImage` instead of rasterising every path again.
//!
//! In headless Chromium (software raster) rasterising the regions map is most of its
//! switch's CPU, most of that stroking the provinces' 4,000-point outlines 2 device px
//! wide, and copying the same pixels costs a fraction of it (docs/performance.md). The
//! first time a base is asked for it is drawn on the chart; the second time (a switch
//! back, a new selection) it is drawn here, kept and copied, a little more than drawing
//! it on the chart; from then on it is only copied. The copy is 1:1 on the same
//! device-pixel grid, so the chart's pixels are the ones a direct draw gives.
//!
//! The canvas is the chart's size (browser memory, not wasm memory): one per chart,
//! freed with the chart ([`Layer::free`]). It is keyed by a print of the shapes
//! ([`fingerprint`]), not a copy of them, so it costs no wasm memory.
//!
//! [`Scene::base`]: crate::layout::Scene::base
//! [`fingerprint`]: crate::layout::fingerprint

use super::canvas::CanvasPainter;
use crate::layout::{fingerprint, Shape};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// What a layer's pixels are of: (print of the shapes, scene px → device px as bits,
/// width and height in device px).
type Key = (u64, u64, u32, u32);

/// The kept pixels of one run of shapes, and what they are of.
#[derive(Default)]
pub struct Layer {
    canvas: Option<HtmlCanvasElement>,
    /// What the canvas holds.
    key: Option<Key>,
    /// The base last drawn on the chart directly, not kept.
    seen: Option<Key>,
}

impl Layer {
    /// Copies `shapes`, drawn at `s` device px per scene px on a `w` × `h` device px
    /// paper, onto `ctx` at its top left and returns true; or returns false, and the
    /// caller draws them, the first time they are asked for.
    ///
    /// Kept pixels are of these shapes at this size; a base asked for a second time (a
    /// switch back, a new selection) is drawn here, kept and copied. A chart shown once,
    /// such as a briefing's slide, never pays for the copy or the memory.
    pub(super) fn show(
        &mut self,
        ctx: &CanvasRenderingContext2d,
        shapes: &[Shape],
        (w, h): (u32, u32),
        s: f64,
    ) -> Result<bool, String> {
        let key = (fingerprint::of(shapes), s.to_bits(), w, h);
        if self.key != Some(key) {
            if self.seen != Some(key) {
                self.seen = Some(key);
                return Ok(false);
            }
            let canvas = match &self.canvas {
                Some(c) => c.clone(),
                None => {
                    let c: HtmlCanvasElement = gloo::utils::document()
                        .create_element("canvas")
                        .ok()
                        .and_then(|e| e.dyn_into().ok())
                        .ok_or("no canvas for the base layer")?;
                    self.canvas = Some(c.clone());
                    c
                }
            };
            self.key = None;
            if canvas.width() != w {
                canvas.set_width(w);
            }
            if canvas.height() != h {
                canvas.set_height(h);
            }
            let mut painter = CanvasPainter::new(&canvas, s, (0, 0))?;
            painter.paper(0)?;
            painter.paint(shapes)?;
            self.key = Some(key);
        }
        let canvas = self.canvas.as_ref().ok_or("no canvas for the base layer")?;
        ctx.draw_image_with_html_canvas_element(canvas, 0.0, 0.0)
            .map_err(|_| "the base layer could not be copied".to_owned())?;
        Ok(true)
    }

    /// Releases the kept pixels now (Chromium would free them only once the element is
    /// collected, which may be long after the chart is gone).
    pub fn free(&mut self) {
        if let Some(c) = self.canvas.take() {
            c.set_width(0);
            c.set_height(0);
        }
        self.key = None;
        self.seen = None;
    }
}
