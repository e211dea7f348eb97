//! A Scene as an SVG document: the same shapes the canvas draws, as text a newsroom can
//! edit, written by a [`Painter`]. Pure, so it is tested natively.

use super::FONT_STACK;
use crate::layout::colour::Rgb;
use crate::layout::paint::{paint, Disc, Hatching, Label, Painter, Polyline, Segment, Stroke};
use crate::layout::{Anchor, Rect, Ring, Scene};
use std::convert::Infallible;

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

/// The whole scene as a standalone SVG document, described by `desc` (the chart's
/// summary, as `<desc>`; none when empty).
pub fn svg(scene: &Scene, desc: &str) -> String {
    let desc = if desc.is_empty() {
        String::new()
    } else {
        format!("<desc>{}</desc>\n", esc(desc))
    };
    let mut doc = Svg(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{f}\">\n{desc}<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        w = n(scene.width),
        h = n(scene.height),
        f = esc(FONT_STACK)
    ));
    let Ok(()) = paint(&scene.shapes, &mut doc);
    doc.0.push_str("</svg>\n");
    doc.0
}

/// An SVG document being written, one element a shape.
struct Svg(String);

impl Svg {
    /// The stroke attributes of an outline, if there is one, and the element's end.
    fn end(&mut self, stroke: Stroke) -> Result<(), Infallible> {
        if let Some((c, w)) = stroke {
            self.0.push_str(&format!(
                " stroke=\"{}\" stroke-width=\"{}\"",
                c.hex(),
                n(w)
            ));
        }
        self.0.push_str("/>\n");
        Ok(())
    }
}

/// Appends `ring` to a path's data as a move and lines.
fn ring_data(d: &mut String, ring: &[(f64, f64)]) {
    for (i, (x, y)) in ring.iter().enumerate() {
        d.push_str(&format!(
            "{}{} {}",
            if i == 0 { "M" } else { "L" },
            n(*x),
            n(*y)
        ));
    }
}

impl Painter for Svg {
    type Error = Infallible;

    fn rect(&mut self, rect: Rect, fill: Rgb, stroke: Stroke) -> Result<(), Infallible> {
        self.0.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"",
            n(rect.x),
            n(rect.y),
            n(rect.w.max(0.0)),
            n(rect.h.max(0.0)),
            fill.hex()
        ));
        self.end(stroke)
    }

    fn line(&mut self, l: Segment) -> Result<(), Infallible> {
        self.0.push_str(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>\n",
            n(l.from.0),
            n(l.from.1),
            n(l.to.0),
            n(l.to.1),
            l.colour.hex(),
            n(l.width),
            if l.dashed {
                " stroke-dasharray=\"5 4\""
            } else {
                ""
            }
        ));
        Ok(())
    }

    fn path(&mut self, p: Polyline<'_>) -> Result<(), Infallible> {
        let mut d = String::new();
        ring_data(&mut d, p.points);
        if p.closed {
            d.push('Z');
        }
        self.0.push_str(&format!(
            "<path d=\"{d}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>\n",
            p.colour.hex(),
            n(p.width)
        ));
        Ok(())
    }

    fn polygon(&mut self, rings: &[Ring], fill: Rgb, stroke: Stroke) -> Result<(), Infallible> {
        let mut d = String::new();
        for ring in rings {
            ring_data(&mut d, ring);
            d.push('Z');
        }
        self.0.push_str(&format!(
            "<path d=\"{d}\" fill=\"{}\" fill-rule=\"evenodd\"",
            fill.hex()
        ));
        self.end(stroke)
    }

    fn hatch(&mut self, h: Hatching<'_>) -> Result<(), Infallible> {
        h.segments().try_for_each(|l| self.line(l))
    }

    fn circle(&mut self, c: Disc) -> Result<(), Infallible> {
        self.0.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"",
            n(c.centre.0),
            n(c.centre.1),
            n(c.radius),
            c.fill.hex()
        ));
        self.end(c.stroke)
    }

    fn text(&mut self, l: Label<'_>) -> Result<(), Infallible> {
        let (baseline, align) = match l.anchor {
            Anchor::TopLeft => ("hanging", "start"),
            Anchor::MiddleLeft => ("central", "start"),
            Anchor::MiddleRight => ("central", "end"),
        };
        self.0.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\" dominant-baseline=\"{baseline}\" text-anchor=\"{align}\">{}</text>\n",
            n(l.at.0),
            n(l.at.1),
            n(l.size),
            if l.bold { " font-weight=\"700\"" } else { "" },
            l.colour.hex(),
            esc(l.text)
        ));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::funding::{funding, Period};
    use crate::layout::colour::{INK, PAPER};
    use crate::layout::funding::{bars, Frame, Tile};
    use crate::layout::Shape;
    use std::rc::Rc;

    fn scene() -> Scene {
        let tiles: Vec<Tile> = funding(Period::Total)
            .charted
            .iter()
            .map(|c| Tile::of(c, c.programme.name.en.to_owned(), "v & <x>".into()))
            .collect();
        bars(
            &tiles,
            Frame {
                width: 1200.0,
                height: 700.0,
                grouped: false,
                selected: None,
                highlighted: &[],
            },
            &[],
            &|v| format!("{v}"),
        )
    }

    #[test]
    fn the_svg_parses_and_carries_every_drawn_label() {
        let s = scene();
        let doc = svg(&s, "");
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

    #[test]
    fn each_kind_of_shape_is_one_element_with_its_attributes() {
        let red = Rgb(200, 10, 20);
        let scene = Scene {
            width: 120.5,
            height: 80.0,
            shapes: vec![
                Shape::Box {
                    rect: Rect::new(1.0, 2.5, 30.0, -4.0),
                    fill: INK,
                    stroke: Some((PAPER, 1.5)),
                },
                Shape::Box {
                    rect: Rect::new(1.0, 2.5, 30.0, 4.0),
                    fill: red,
                    stroke: None,
                },
                Shape::Line {
                    from: (0.0, 0.0),
                    to: (10.125, 3.0),
                    colour: INK,
                    width: 1.0,
                    dashed: true,
                },
                Shape::Line {
                    from: (0.0, 1.0),
                    to: (10.0, 1.0),
                    colour: red,
                    width: 0.5,
                    dashed: false,
                },
                Shape::Path {
                    points: Rc::new([(0.0, 0.0), (5.0, 5.333), (10.0, 0.0)]),
                    closed: true,
                    colour: red,
                    width: 2.0,
                },
                Shape::Path {
                    points: Rc::new([(1.0, 0.0), (6.0, 5.0)]),
                    closed: false,
                    colour: INK,
                    width: 1.0,
                },
                Shape::Polygon {
                    rings: vec![
                        Rc::new([(0.0, 0.0), (50.0, 0.0), (50.0, 50.0)]),
                        Rc::new([(10.0, 5.0), (20.0, 5.0), (20.0, 10.0)]),
                    ],
                    fill: red,
                    stroke: None,
                },
                Shape::Polygon {
                    rings: vec![Rc::new([(60.0, 0.0), (70.0, 0.0), (70.0, 10.0)])],
                    fill: PAPER,
                    stroke: Some((INK, 0.75)),
                },
                Shape::Circle {
                    centre: (30.0, 30.0),
                    radius: 4.0,
                    fill: red,
                    stroke: Some((INK, 1.0)),
                },
                Shape::Circle {
                    centre: (40.0, 30.0),
                    radius: 2.5,
                    fill: INK,
                    stroke: None,
                },
                Shape::label(
                    5.0,
                    6.0,
                    "a < b & \"c\"".into(),
                    12.0,
                    true,
                    INK,
                    Anchor::MiddleRight,
                ),
                Shape::label(5.0, 26.0, "서울".into(), 11.5, false, red, Anchor::TopLeft),
                Shape::label(5.0, 46.0, "x".into(), 10.0, false, red, Anchor::MiddleLeft),
            ],
            ..Scene::default()
        };
        let doc = svg(&scene, "");
        let body = doc
            .split_once("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
            .expect("the paper first")
            .1;
        let expected = concat!(
            "<rect x=\"1\" y=\"2.5\" width=\"30\" height=\"0\" fill=\"#1a1d24\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n",
            "<rect x=\"1\" y=\"2.5\" width=\"30\" height=\"4\" fill=\"#c80a14\"/>\n",
            "<line x1=\"0\" y1=\"0\" x2=\"10.12\" y2=\"3\" stroke=\"#1a1d24\" stroke-width=\"1\" stroke-dasharray=\"5 4\"/>\n",
            "<line x1=\"0\" y1=\"1\" x2=\"10\" y2=\"1\" stroke=\"#c80a14\" stroke-width=\"0.5\"/>\n",
            "<path d=\"M0 0L5 5.33L10 0Z\" fill=\"none\" stroke=\"#c80a14\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n",
            "<path d=\"M1 0L6 5\" fill=\"none\" stroke=\"#1a1d24\" stroke-width=\"1\" stroke-linejoin=\"round\"/>\n",
            "<path d=\"M0 0L50 0L50 50ZM10 5L20 5L20 10Z\" fill=\"#c80a14\" fill-rule=\"evenodd\"/>\n",
            "<path d=\"M60 0L70 0L70 10Z\" fill=\"#ffffff\" fill-rule=\"evenodd\" stroke=\"#1a1d24\" stroke-width=\"0.75\"/>\n",
            "<circle cx=\"30\" cy=\"30\" r=\"4\" fill=\"#c80a14\" stroke=\"#1a1d24\" stroke-width=\"1\"/>\n",
            "<circle cx=\"40\" cy=\"30\" r=\"2.5\" fill=\"#1a1d24\"/>\n",
            "<text x=\"5\" y=\"6\" font-size=\"12\" font-weight=\"700\" fill=\"#1a1d24\" dominant-baseline=\"central\" text-anchor=\"end\">a &lt; b &amp; &quot;c&quot;</text>\n",
            "<text x=\"5\" y=\"26\" font-size=\"11.5\" fill=\"#c80a14\" dominant-baseline=\"hanging\" text-anchor=\"start\">서울</text>\n",
            "<text x=\"5\" y=\"46\" font-size=\"10\" fill=\"#c80a14\" dominant-baseline=\"central\" text-anchor=\"start\">x</text>\n",
            "</svg>\n",
        );
        assert_eq!(body, expected);
        assert!(doc.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120.5\" height=\"80\" viewBox=\"0 0 120.5 80\""
        ));
    }

    #[test]
    fn the_summary_is_the_documents_escaped_desc() {
        let s = scene();
        let summary = "Ranked bars of 3 programmes <largest> “first” & more";
        let doc = svg(&s, summary);
        let parsed = roxmltree::Document::parse(&doc).expect("well-formed SVG");
        let desc = parsed
            .descendants()
            .find(|n| n.has_tag_name("desc"))
            .and_then(|n| n.text());
        assert_eq!(desc, Some(summary));
        assert!(!svg(&s, "").contains("<desc>"));
    }
}
