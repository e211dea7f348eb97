//! A Scene on an HTML canvas, through plotters-canvas, sharp at any devicePixelRatio.
//!
//! The backing store is the CSS size × devicePixelRatio, and every coordinate and
//! font size is scaled by the ratio here, so layout works in CSS pixels only.
//!
//! A chart is two canvases: the scene, drawn when the scene changes, and a small overlay
//! over it with the focus ring, drawn when the focused item changes. A hover then
//! rasterises the ring's pixels instead of the whole 2560 × 1300 backing store.

pub use super::layer::Layer;
use super::FONT_STACK;
use crate::layout::colour::{Rgb, PAPER};
use crate::layout::{Anchor, Rect, Scene, Shape};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub(super) fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// The colour as plotters-canvas writes it, for the few calls made on the context itself.
fn rgb_css(c: Rgb) -> String {
    format!("rgba({},{},{},1)", c.0, c.1, c.2)
}

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
/// Treemap and bars, map and tiles, 2030 and 2050 differ in height (by up to 1.6× at
/// 1280 px). Reallocating a 2224 px wide backing store on every switch cost Chromium
/// about 10 ms (the new store's first fill and its hand-over to the compositor), more
/// than all the draw calls. The rows below the scene are painted paper and never shown:
/// the stylesheet shows a chart canvas `object-fit: cover` from its top left
/// (styles/main.css), which at this width is exactly one backing px per device px.
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

/// The canvas's context, and a plotters drawing area on it.
pub(super) fn area(
    canvas: &HtmlCanvasElement,
) -> Result<(CanvasRenderingContext2d, DrawingArea<CanvasBackend, Shift>), String> {
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the canvas has no 2D context")?;
    Ok((context(canvas)?, backend.into_drawing_area()))
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
    let (ctx, root) = area(canvas)?;
    let base = scene.base.min(scene.shapes.len());
    let kept = match layer {
        Some(layer) if base > 0 => layer.show(&ctx, &scene.shapes[..base], (w, rows), s)?,
        _ => false,
    };
    let rest = if kept {
        // The spare rows of a kept backing store, below the layer's.
        if h > rows {
            ctx.set_fill_style_str(&rgb_css(PAPER));
            ctx.fill_rect(0.0, rows as f64, w as f64, (h - rows) as f64);
        }
        &scene.shapes[base..]
    } else {
        root.fill(&rgb(PAPER)).map_err(|e| e.to_string())?;
        &scene.shapes[..]
    };
    paint(&root, &ctx, rest, s, (0, 0))?;
    root.present().map_err(|e| e.to_string())
}

/// The box `shapes` ink, in scene px, with room for stroke widths.
fn ink_bounds(shapes: &[Shape]) -> Option<Rect> {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    let mut add = |(x, y): (f64, f64), r: f64| {
        x0 = x0.min(x - r);
        y0 = y0.min(y - r);
        x1 = x1.max(x + r);
        y1 = y1.max(y + r);
    };
    for shape in shapes {
        match shape {
            Shape::Path { points, width, .. } => {
                for p in points.iter() {
                    add(*p, *width);
                }
            }
            Shape::Line {
                from, to, width, ..
            } => {
                add(*from, *width);
                add(*to, *width);
            }
            Shape::Box { rect, stroke, .. } => {
                let r = stroke.map_or(0.0, |s| s.1);
                add((rect.x, rect.y), r);
                add((rect.x + rect.w, rect.y + rect.h), r);
            }
            Shape::Polygon { rings, stroke, .. } => {
                let r = stroke.map_or(0.0, |s| s.1);
                for p in rings.iter().flat_map(|r| r.iter()) {
                    add(*p, r);
                }
            }
            Shape::Circle {
                centre,
                radius,
                stroke,
                ..
            } => add(*centre, radius + stroke.map_or(0.0, |s| s.1)),
            Shape::Text { bounds, .. } => {
                add((bounds.x, bounds.y), 2.0);
                add((bounds.x + bounds.w, bounds.y + bounds.h), 2.0);
            }
        }
    }
    (x1 > x0 && y1 > y0).then(|| Rect::new(x0, y0, x1 - x0, y1 - y0))
}

/// Draws `shapes` (the focus ring) on `overlay`, a transparent canvas stacked over the
/// canvas `scene` was drawn on with the same `dpr` and `zoom`. The overlay covers only
/// what the shapes ink, placed on the scene's device-pixel grid, so the ring lands on the
/// pixels it would have on the scene's own canvas; with nothing to draw it is hidden.
///
/// Measured in Chromium (software raster, bench/diagnose-trace.mjs): handing a changed
/// canvas to the compositor costs about 1.7 ms a frame for a small canvas, twice that
/// for a transparent one the chart's size, and more again when the backing store is
/// reallocated. So the backing store grows in steps of 256 device px and is kept while
/// the ring fits in it (and it is no more than four times the ring's box).
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
    let ink = ink_bounds(shapes)
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
    let (ctx, root) = area(overlay)?;
    paint(&root, &ctx, shapes, s, (ox as i32, oy as i32))?;
    root.present().map_err(|e| e.to_string())
}

/// Draws `shapes` scaled by `s` (scene px → backing px), shifted by `-off` backing px.
/// Coordinates are rounded before the shift, so a shape lands on the same pixels on a
/// shifted overlay as on the scene's canvas.
pub(super) fn paint(
    root: &DrawingArea<CanvasBackend, Shift>,
    ctx: &CanvasRenderingContext2d,
    shapes: &[Shape],
    s: f64,
    off: (i32, i32),
) -> Result<(), String> {
    let p = |v: f64| (v * s).round() as i32;
    let pt = |(x, y): (f64, f64)| (p(x) - off.0, p(y) - off.1);
    let width = |v: f64| ((v * s).round() as u32).max(1);
    // Outlines that follow rings join round: a province's coastline has sharp corners a
    // mitre would turn into spikes. Boxes keep square corners. A canvas keeps its
    // context's state from the last draw unless it was resized, so start from the default.
    ctx.set_line_join("miter");
    let mut round = false;
    let mut join = |r: bool| {
        if r != round {
            ctx.set_line_join(if r { "round" } else { "miter" });
            round = r;
        }
    };
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();

    let mut labels = Labels::default();
    for shape in shapes {
        if !matches!(shape, Shape::Text { .. }) {
            // plotters sets the fill style for its own fills.
            labels.ink = None;
        }
        match shape {
            Shape::Box { rect, fill, stroke } => {
                let corners = [pt((rect.x, rect.y)), pt((rect.x + rect.w, rect.y + rect.h))];
                root.draw(&Rectangle::new(corners, rgb(*fill).filled()))
                    .map_err(err)?;
                if let Some((c, sw)) = stroke {
                    join(false);
                    root.draw(&Rectangle::new(corners, rgb(*c).stroke_width(width(*sw))))
                        .map_err(err)?;
                }
            }
            Shape::Line {
                from,
                to,
                colour,
                width: lw,
                dashed,
            } => {
                let style = rgb(*colour).stroke_width(width(*lw));
                if *dashed {
                    // Dashes of 5 px with 4 px gaps, in CSS px: one path with the canvas's
                    // own dash pattern (plotters has none) rather than a path per dash.
                    let dash = js_sys::Array::of2(&(5.0 * s).into(), &(4.0 * s).into());
                    let _ = ctx.set_line_dash(&dash);
                    let drawn = root.draw(&PathElement::new(vec![pt(*from), pt(*to)], style));
                    let _ = ctx.set_line_dash(&js_sys::Array::new());
                    drawn.map_err(err)?;
                } else {
                    root.draw(&PathElement::new(vec![pt(*from), pt(*to)], style))
                        .map_err(err)?;
                }
            }
            Shape::Path {
                points,
                closed,
                colour,
                width: lw,
            } => {
                join(true);
                let mut pts: Vec<(i32, i32)> = points.iter().map(|q| pt(*q)).collect();
                if *closed {
                    // Round the first corner too: plotters' paths are open, so the
                    // path goes on past its start to the second point.
                    pts.extend(pts.iter().take(2).copied().collect::<Vec<_>>());
                }
                root.draw(&PathElement::new(
                    pts,
                    rgb(*colour).stroke_width(width(*lw)),
                ))
                .map_err(err)?;
            }
            Shape::Polygon {
                rings,
                fill,
                stroke,
            } => {
                for ring in rings {
                    let pts: Vec<(i32, i32)> = ring.iter().map(|q| pt(*q)).collect();
                    root.draw(&Polygon::new(pts, rgb(*fill).filled()))
                        .map_err(err)?;
                    if let Some((c, sw)) = stroke {
                        // plotters-canvas leaves the ring it just filled as the context's
                        // path, closed: stroke that, instead of handing plotters every
                        // point again as a second path (the map has 3,800 of them).
                        join(true);
                        ctx.set_stroke_style_str(&rgb_css(*c));
                        ctx.set_line_width(width(*sw) as f64);
                        ctx.stroke();
                    }
                }
            }
            Shape::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                let c = pt(*centre);
                let r = ((radius * s).round() as i32).max(1);
                root.draw(&Circle::new(c, r, rgb(*fill).filled()))
                    .map_err(err)?;
                if let Some((col, sw)) = stroke {
                    root.draw(&Circle::new(c, r, rgb(*col).stroke_width(width(*sw))))
                        .map_err(err)?;
                }
            }
            Shape::Text {
                at,
                text,
                size,
                bold,
                colour,
                anchor,
                ..
            } => labels.draw(ctx, text, *at, *size * s, *bold, *colour, *anchor, pt)?,
        }
    }
    Ok(())
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
    /// Draws `text` at `at` (scene px, through `pt`), `px` backing px high.
    #[allow(clippy::too_many_arguments)]
    fn draw(
        &mut self,
        ctx: &CanvasRenderingContext2d,
        text: &str,
        at: (f64, f64),
        px: f64,
        bold: bool,
        ink: Rgb,
        anchor: Anchor,
        pt: impl Fn((f64, f64)) -> (i32, i32),
    ) -> Result<(), String> {
        if self.anchor != Some(anchor) {
            let (baseline, align) = match anchor {
                Anchor::TopLeft => ("top", "start"),
                Anchor::MiddleLeft => ("middle", "start"),
                Anchor::MiddleRight => ("middle", "end"),
            };
            ctx.set_text_baseline(baseline);
            ctx.set_text_align(align);
            self.anchor = Some(anchor);
        }
        if self.ink != Some(ink) {
            ctx.set_fill_style_str(&rgb_css(ink));
            self.ink = Some(ink);
        }
        if self.font != Some((px.to_bits(), bold)) {
            let weight = if bold { "bold" } else { "normal" };
            ctx.set_font(&format!("{weight} {px}px {FONT_STACK}"));
            self.font = Some((px.to_bits(), bold));
        }
        let (x, y) = pt(at);
        ctx.fill_text(text, x as f64, y as f64)
            .map_err(|_| "the canvas refused a label".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::kept_height;

    #[test]
    fn a_taller_store_of_the_same_width_is_kept_within_twice_the_need() {
        // Bars (688 rows) after the treemap (1112) at 2224 px: kept.
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
