//! A chart's base layer: the pixels of its scene's first shapes ([`Scene::base`]) kept on
//! a canvas off the page, so a switch back to that scene, or a new selection on it,
//! copies them with one `drawImage` instead of rasterising every path again.
//!
//! Measured in headless Chromium (software raster) at 2224 × 1280 device px: the regions
//! map cost about 13.8 ms of CPU to rasterise when its switch's task ended, most of it
//! stroking the provinces' 4,000-point outlines 2 device px wide; copying the same pixels
//! costs about 3 ms. A miss draws the base here and then copies it, about 3 ms more than
//! drawing it on the chart. The copy is 1:1 on the same device-pixel grid, so the chart's
//! pixels are the ones a direct draw gives.
//!
//! The canvas is the chart's size (at that size 11 MB of browser memory, not wasm
//! memory): one per chart, freed with the chart ([`Layer::free`]). It is keyed by a print
//! of the shapes ([`fingerprint`]), not a copy of them, so it costs no wasm memory.
//!
//! [`Scene::base`]: crate::layout::Scene::base
//! [`fingerprint`]: crate::layout::fingerprint

use super::canvas::{area, paint, rgb};
use crate::layout::colour::PAPER;
use crate::layout::{fingerprint, Shape};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The kept pixels of one run of shapes, and what they are of.
#[derive(Default)]
pub struct Layer {
    canvas: Option<HtmlCanvasElement>,
    /// (print of the shapes, scene px → device px as bits) of what the canvas shows.
    key: Option<(u64, u64)>,
}

impl Layer {
    /// Copies `shapes`, drawn at `s` device px per scene px on a `w` × `h` device px
    /// paper, onto `ctx` at its top left: from the kept pixels when they are of these
    /// shapes at this size, else drawn here first and kept.
    pub(super) fn show(
        &mut self,
        ctx: &CanvasRenderingContext2d,
        shapes: &[Shape],
        (w, h): (u32, u32),
        s: f64,
    ) -> Result<(), String> {
        let key = (fingerprint::of(shapes), s.to_bits());
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
        if self.key != Some(key) || canvas.width() != w || canvas.height() != h {
            self.key = None;
            if canvas.width() != w {
                canvas.set_width(w);
            }
            if canvas.height() != h {
                canvas.set_height(h);
            }
            let (lctx, root) = area(&canvas)?;
            root.fill(&rgb(PAPER)).map_err(|e| e.to_string())?;
            paint(&root, &lctx, shapes, s, (0, 0))?;
            root.present().map_err(|e| e.to_string())?;
            self.key = Some(key);
        }
        ctx.draw_image_with_html_canvas_element(&canvas, 0.0, 0.0)
            .map_err(|_| "the base layer could not be copied".to_owned())
    }

    /// Releases the kept pixels now (Chromium would free them only once the element is
    /// collected, which may be long after the chart is gone).
    pub fn free(&mut self) {
        if let Some(c) = self.canvas.take() {
            c.set_width(0);
            c.set_height(0);
        }
        self.key = None;
    }
}
