//! A Scene on an HTML canvas, through plotters-canvas, sharp at any devicePixelRatio.
//!
//! The backing store is the CSS size × devicePixelRatio, and every coordinate and
//! font size is scaled by the ratio here, so layout works in CSS pixels only.
//!
//! A chart is two canvases: the scene, drawn when the scene changes, and a small overlay
//! over it with the focus ring, drawn when the focused item changes. A hover then
//! rasterises the ring's pixels instead of the whole 2560 × 1300 backing store.

pub use super::layer::Layer;
use crate::layout::{Scene, Shape};
use ink::Ink;
pub(super) use painter::CanvasPainter;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

mod ink;
mod painter;

/// (devicePixelRatio, zoom, scene px → backing px) for a ratio and a briefing zoom,
/// both kept finite, positive and at most 4.
fn scales(dpr: f64, zoom: f64) -> (f64, f64, f64) {
    let zoom = if zoom.is_finite() && zoom > 0.0 {
        zoom.min(4.0)
    } else {
        1.0
    };
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr.min(4.0)
    } else {
        1.0
    };
    (dpr, zoom, dpr * zoom)
}

/// Sets the backing store to `w` × `h` device px (only when it differs: setting it
/// reallocates and clears) and the CSS box to `css`.
fn size(canvas: &HtmlCanvasElement, w: u32, h: u32, css: (f64, f64)) {
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let style = canvas.style();
    let _ = style.set_property("width", &format!("{}px", css.0));
    let _ = style.set_property("height", &format!("{}px", css.1));
}

/// The backing store height for a chart that needs `need` device px rows at width `w`,
/// when its canvas is now `cur_w` × `cur_h`: the current height if the width is the same
/// and it holds the scene with at most as much again to spare, else exactly `need`.
///
/// Bars and the fund's split, map and tiles, 2030 and 2050 differ in height. Reallocating a
/// wide backing store on every switch costs Chromium more than all the draw calls (the
/// new store's first fill and its hand-over to the compositor; docs/performance.md).
/// The rows below the scene are painted paper and never shown: the stylesheet shows a
/// chart canvas `object-fit: cover` from its top left (styles/main.css), which at this
/// width is exactly one backing px per device px.
pub fn kept_height(cur_w: u32, cur_h: u32, w: u32, need: u32) -> u32 {
    if cur_w == w && cur_h >= need && cur_h <= need.saturating_mul(2) {
        cur_h
    } else {
        need
    }
}

pub(super) fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, String> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(|| "the canvas has no 2D context".to_owned())
}

/// Draws `scene` on `canvas`, its backing store exactly the scene's size at `dpr` (the
/// PNG export reads every pixel of it).
pub fn draw(canvas: &HtmlCanvasElement, scene: &Scene, dpr: f64) -> Result<(), String> {
    draw_sized(canvas, scene, dpr, 1.0, None)
}

/// Draws `scene` on a chart canvas on the page at `zoom` times its size (briefing mode:
/// the same scene, readable from the back of the room). The backing store keeps its
/// height when it is taller than the scene needs ([`kept_height`]), so switching between
/// two scenes of different heights does not reallocate it. The scene's base shapes
/// ([`Scene::base`]) come from `layer`, which keeps their pixels for the next draw.
pub fn draw_zoomed(
    canvas: &HtmlCanvasElement,
    scene: &Scene,
    dpr: f64,
    zoom: f64,
    layer: &mut Layer,
) -> Result<(), String> {
    draw_sized(canvas, scene, dpr, zoom, Some(layer))
}

/// Draws on a canvas sized for `scene`; with a `layer` (a chart on the page), its height
/// is kept ([`kept_height`]) and the base shapes come from the layer.
fn draw_sized(
    canvas: &HtmlCanvasElement,
    scene: &Scene,
    dpr: f64,
    zoom: f64,
    layer: Option<&mut Layer>,
) -> Result<(), String> {
    let (_, zoom, s) = scales(dpr, zoom);
    let css = (scene.width * zoom, scene.height * zoom);
    let (w, h) = (
        (scene.width * s).round() as u32,
        (scene.height * s).round() as u32,
    );
    let rows = h;
    // bench/page.js takes the first read of `canvas.width` as the start of the draw.
    let h = if layer.is_some() {
        kept_height(canvas.width(), canvas.height(), w, h)
    } else {
        h
    };
    size(canvas, w, h, css);
    // The scene's own proportions, for boxes whose height follows the width (print):
    // without it the spare rows of a kept backing store would show.
    let _ = canvas
        .style()
        .set_property("aspect-ratio", &format!("{} / {}", css.0, css.1));
    let mut painter = CanvasPainter::new(canvas, s, (0, 0))?;
    let base = scene.base.min(scene.shapes.len());
    let kept = match layer {
        Some(layer) if base > 0 => {
            layer.show(painter.context(), &scene.shapes[..base], (w, rows), s)?
        }
        _ => false,
    };
    let rest = if kept {
        // The spare rows of a kept backing store, below the layer's.
        if h > rows {
            painter.paper(rows)?;
        }
        &scene.shapes[base..]
    } else {
        painter.paper(0)?;
        &scene.shapes[..]
    };
    painter.paint(rest)
}

/// Draws `shapes` (the focus ring) on `overlay`, a transparent canvas stacked over the
/// canvas `scene` was drawn on with the same `dpr` and `zoom`. The overlay covers only
/// what the shapes ink, placed on the scene's device-pixel grid, so the ring lands on the
/// pixels it would have on the scene's own canvas; with nothing to draw it is hidden.
///
/// In Chromium (software raster) handing a changed canvas to
/// the compositor costs more for a bigger canvas, more again for a transparent one, and
/// more again when its backing store is reallocated. So the backing store grows in steps
/// of 256 device px and is kept while the ring fits in it (and it is no more than four
/// times the ring's box).
pub fn draw_overlay(
    overlay: &HtmlCanvasElement,
    scene: &Scene,
    shapes: &[Shape],
    dpr: f64,
    zoom: f64,
) -> Result<(), String> {
    const STEP: f64 = 256.0;
    let (dpr, _, s) = scales(dpr, zoom);
    let (w, h) = ((scene.width * s).round(), (scene.height * s).round());
    // The ink's box in device px, clipped to the scene.
    let ink = Ink::of(shapes)
        .map(|b| {
            (
                ((b.x * s).floor() - 2.0).clamp(0.0, w),
                ((b.y * s).floor() - 2.0).clamp(0.0, h),
                (((b.x + b.w) * s).ceil() + 2.0).clamp(0.0, w),
                (((b.y + b.h) * s).ceil() + 2.0).clamp(0.0, h),
            )
        })
        .filter(|d| d.2 > d.0 && d.3 > d.1);
    let style = overlay.style();
    let Some((x0, y0, x1, y1)) = ink else {
        let _ = style.set_property("display", "none");
        return Ok(());
    };
    let (need_w, need_h) = (x1 - x0, y1 - y0);
    let (cur_w, cur_h) = (overlay.width() as f64, overlay.height() as f64);
    let fits = cur_w >= need_w
        && cur_h >= need_h
        && cur_w <= w
        && cur_h <= h
        && cur_w * cur_h <= 4.0 * (need_w * need_h).max(STEP * STEP);
    let (bw, bh) = if fits {
        (cur_w, cur_h)
    } else {
        (
            ((need_w / STEP).ceil() * STEP).min(w),
            ((need_h / STEP).ceil() * STEP).min(h),
        )
    };
    // Keep the canvas inside the scene (so it never widens the page).
    let (ox, oy) = (x0.min(w - bw).max(0.0), y0.min(h - bh).max(0.0));
    let _ = style.set_property("left", &format!("{}px", ox / dpr));
    let _ = style.set_property("top", &format!("{}px", oy / dpr));
    // Reallocates only when the size changes (which clears it); the CSS box follows.
    size(overlay, bw as u32, bh as u32, (bw / dpr, bh / dpr));
    if fits {
        // plotters cannot clear to transparent (it skips fully transparent fills).
        context(overlay)?.clear_rect(0.0, 0.0, bw, bh);
    }
    let _ = style.set_property("display", "block");
    CanvasPainter::new(overlay, s, (ox as i32, oy as i32))?.paint(shapes)
}

#[cfg(test)]
mod tests {
    use super::kept_height;

    #[test]
    fn a_taller_store_of_the_same_width_is_kept_within_twice_the_need() {
        // Bars (688 rows) after the split treemap (1112) at 2224 px: kept.
        assert_eq!(kept_height(2224, 1112, 2224, 688), 1112);
        assert_eq!(kept_height(2224, 1376, 2224, 688), 1376);
        // The same height is, of course, kept.
        assert_eq!(kept_height(2224, 688, 2224, 688), 688);
    }

    #[test]
    fn a_store_too_short_too_tall_or_of_another_width_is_sized_exactly() {
        // Too short: it must grow to hold the scene.
        assert_eq!(kept_height(2224, 688, 2224, 1112), 1112);
        // More than twice the need: the waste is not worth keeping.
        assert_eq!(kept_height(2224, 1377, 2224, 688), 688);
        // Another width (a resize, another devicePixelRatio, a fresh 300 × 150 canvas).
        assert_eq!(kept_height(2000, 1112, 2224, 688), 688);
        assert_eq!(kept_height(300, 150, 2224, 100), 100);
    }
}
