//! A Scene as an SVG document: the same shapes the canvas draws, as text a newsroom can
//! edit. Pure, so it is tested natively.

use super::FONT_STACK;
use crate::layout::{Anchor, Scene, Shape};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn n(v: f64) -> String {
    let s = crate::decimal::fixed(v, 2);
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The whole scene as a standalone SVG document.
pub fn svg(scene: &Scene) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{f}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        w = n(scene.width),
        h = n(scene.height),
        f = esc(FONT_STACK)
    );
    for shape in &scene.shapes {
        match shape {
            Shape::Box { rect, fill, stroke } => {
                out.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"",
                    n(rect.x),
                    n(rect.y),
                    n(rect.w.max(0.0)),
                    n(rect.h.max(0.0)),
                    fill.hex()
                ));
                if let Some((c, w)) = stroke {
                    out.push_str(&format!(
                        " stroke=\"{}\" stroke-width=\"{}\"",
                        c.hex(),
                        n(*w)
                    ));
                }
                out.push_str("/>\n");
            }
            Shape::Line {
                from,
                to,
                colour,
                width,
                dashed,
            } => {
                out.push_str(&format!(
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>\n",
                    n(from.0),
                    n(from.1),
                    n(to.0),
                    n(to.1),
                    colour.hex(),
                    n(*width),
                    if *dashed { " stroke-dasharray=\"5 4\"" } else { "" }
                ));
            }
            Shape::Path {
                points,
                closed,
                colour,
                width,
            } => {
                let mut d = String::new();
                for (i, (x, y)) in points.iter().enumerate() {
                    d.push_str(&format!(
                        "{}{} {}",
                        if i == 0 { "M" } else { "L" },
                        n(*x),
                        n(*y)
                    ));
                }
                if *closed {
                    d.push('Z');
                }
                out.push_str(&format!(
                    "<path d=\"{d}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>\n",
                    colour.hex(),
                    n(*width)
                ));
            }
            Shape::Polygon {
                rings,
                fill,
                stroke,
            } => {
                let mut d = String::new();
                for ring in rings {
                    for (i, (x, y)) in ring.iter().enumerate() {
                        d.push_str(&format!(
                            "{}{} {}",
                            if i == 0 { "M" } else { "L" },
                            n(*x),
                            n(*y)
                        ));
                    }
                    d.push('Z');
                }
                out.push_str(&format!(
                    "<path d=\"{d}\" fill=\"{}\" fill-rule=\"evenodd\"",
                    fill.hex()
                ));
                if let Some((c, w)) = stroke {
                    out.push_str(&format!(
                        " stroke=\"{}\" stroke-width=\"{}\"",
                        c.hex(),
                        n(*w)
                    ));
                }
                out.push_str("/>\n");
            }
            Shape::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                out.push_str(&format!(
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"",
                    n(centre.0),
                    n(centre.1),
                    n(*radius),
                    fill.hex()
                ));
                if let Some((c, w)) = stroke {
                    out.push_str(&format!(
                        " stroke=\"{}\" stroke-width=\"{}\"",
                        c.hex(),
                        n(*w)
                    ));
                }
                out.push_str("/>\n");
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
                let (baseline, align) = match anchor {
                    Anchor::TopLeft => ("hanging", "start"),
                    Anchor::MiddleLeft => ("central", "start"),
                    Anchor::MiddleRight => ("central", "end"),
                };
                out.push_str(&format!(
                    "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\" dominant-baseline=\"{baseline}\" text-anchor=\"{align}\">{}</text>\n",
                    n(at.0),
                    n(at.1),
                    n(*size),
                    if *bold { " font-weight=\"700\"" } else { "" },
                    colour.hex(),
                    esc(text)
                ));
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::funding::{funding, Period};
    use crate::layout::funding::{treemap, Frame, Tile};

    fn scene() -> Scene {
        let tiles: Vec<Tile> = funding(Period::Total)
            .charted
            .iter()
            .map(|c| Tile {
                id: c.programme.id,
                category: c.programme.category,
                weight: c.weight(),
                max_weight: None,
                open_ended: c.open_ended(),
                disputed: c.disagreements > 0,
                name: c.programme.name.en.to_owned(),
                value: "v & <x>".into(),
            })
            .collect();
        treemap(
            &tiles,
            Frame {
                width: 1200.0,
                height: 700.0,
                grouped: false,
                selected: None,
                highlighted: &[],
            },
        )
    }

    #[test]
    fn the_svg_parses_and_carries_every_drawn_label() {
        let s = scene();
        let doc = svg(&s);
        let parsed = roxmltree::Document::parse(&doc).expect("well-formed SVG");
        let texts: Vec<String> = parsed
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| n.text().unwrap_or("").to_owned())
            .collect();
        let drawn: Vec<&str> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts.len(), drawn.len());
        for t in drawn {
            assert!(texts.iter().any(|x| x == t), "{t} missing from the SVG");
        }
        // Escaped, not raw: the label with & and <x> survives as text.
        assert!(texts.iter().any(|t| t == "v & <x>"));
        let rects = parsed
            .descendants()
            .filter(|n| n.has_tag_name("rect"))
            .count();
        assert!(
            rects > s.items.len(),
            "one rect per tile, plus the background"
        );
    }
}
