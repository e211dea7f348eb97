//! A Scene on an HTML canvas, through plotters-canvas, sharp at any devicePixelRatio.
//!
//! The backing store is the CSS size × devicePixelRatio, and every coordinate and
//! font size is scaled by the ratio here, so layout works in CSS pixels only.

use super::FONT_STACK;
use crate::layout::colour::{Rgb, PAPER};
use crate::layout::{Anchor, Scene, Shape};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// Draws `scene` on `canvas`, resizing its backing store for `dpr`.
pub fn draw(canvas: &HtmlCanvasElement, scene: &Scene, dpr: f64) -> Result<(), String> {
    draw_zoomed(canvas, scene, dpr, 1.0)
}

/// Draws `scene` at `zoom` times its size (briefing mode: the same scene, readable from
/// the back of the room).
pub fn draw_zoomed(
    canvas: &HtmlCanvasElement,
    scene: &Scene,
    dpr: f64,
    zoom: f64,
) -> Result<(), String> {
    let zoom = if zoom.is_finite() && zoom > 0.0 {
        zoom.min(4.0)
    } else {
        1.0
    };
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr.min(4.0)
    } else {
        1.0
    } * zoom;
    let css = (scene.width * zoom, scene.height * zoom);
    let (w, h) = (
        (scene.width * dpr).round() as u32,
        (scene.height * dpr).round() as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let style = canvas.style();
    let _ = style.set_property("width", &format!("{}px", css.0));
    let _ = style.set_property("height", &format!("{}px", css.1));

    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the canvas has no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&rgb(PAPER)).map_err(|e| e.to_string())?;
    let p = |v: f64| (v * dpr).round() as i32;
    let width = |v: f64| ((v * dpr).round() as u32).max(1);

    for shape in &scene.shapes {
        match shape {
            Shape::Box { rect, fill, stroke } => {
                let corners = [
                    (p(rect.x), p(rect.y)),
                    (p(rect.x + rect.w), p(rect.y + rect.h)),
                ];
                root.draw(&Rectangle::new(corners, rgb(*fill).filled()))
                    .map_err(|e| e.to_string())?;
                if let Some((c, sw)) = stroke {
                    root.draw(&Rectangle::new(corners, rgb(*c).stroke_width(width(*sw))))
                        .map_err(|e| e.to_string())?;
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
                    // Dashes of 5 px with 4 px gaps, in CSS px.
                    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
                    let len = (dx * dx + dy * dy).sqrt();
                    let mut t = 0.0;
                    while t < len {
                        let t2 = (t + 5.0).min(len);
                        let a = (from.0 + dx * t / len, from.1 + dy * t / len);
                        let b = (from.0 + dx * t2 / len, from.1 + dy * t2 / len);
                        root.draw(&PathElement::new(
                            vec![(p(a.0), p(a.1)), (p(b.0), p(b.1))],
                            style,
                        ))
                        .map_err(|e| e.to_string())?;
                        t += 9.0;
                    }
                } else {
                    root.draw(&PathElement::new(
                        vec![(p(from.0), p(from.1)), (p(to.0), p(to.1))],
                        style,
                    ))
                    .map_err(|e| e.to_string())?;
                }
            }
            Shape::Polygon {
                rings,
                fill,
                stroke,
            } => {
                for ring in rings {
                    let pts: Vec<(i32, i32)> = ring.iter().map(|(x, y)| (p(*x), p(*y))).collect();
                    root.draw(&Polygon::new(pts.clone(), rgb(*fill).filled()))
                        .map_err(|e| e.to_string())?;
                    if let Some((c, sw)) = stroke {
                        let mut closed = pts;
                        if let Some(first) = closed.first().copied() {
                            closed.push(first);
                        }
                        root.draw(&PathElement::new(closed, rgb(*c).stroke_width(width(*sw))))
                            .map_err(|e| e.to_string())?;
                    }
                }
            }
            Shape::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                let c = (p(centre.0), p(centre.1));
                let r = ((radius * dpr).round() as i32).max(1);
                root.draw(&Circle::new(c, r, rgb(*fill).filled()))
                    .map_err(|e| e.to_string())?;
                if let Some((col, sw)) = stroke {
                    root.draw(&Circle::new(c, r, rgb(*col).stroke_width(width(*sw))))
                        .map_err(|e| e.to_string())?;
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
            } => {
                let pos = match anchor {
                    Anchor::TopLeft => Pos::new(HPos::Left, VPos::Top),
                    Anchor::MiddleLeft => Pos::new(HPos::Left, VPos::Center),
                    Anchor::MiddleRight => Pos::new(HPos::Right, VPos::Center),
                };
                let font = FontDesc::new(
                    FontFamily::Name(FONT_STACK),
                    size * dpr,
                    if *bold {
                        FontStyle::Bold
                    } else {
                        FontStyle::Normal
                    },
                );
                let ink = rgb(*colour);
                let style = TextStyle::from(font).color(&ink).pos(pos);
                root.draw_text(text, &style, (p(at.0), p(at.1)))
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    root.present().map_err(|e| e.to_string())
}
