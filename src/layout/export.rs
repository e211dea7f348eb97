//! A chart framed for export: title above, source line and date below, so a PNG or SVG
//! that leaves the page still says what it shows and where the figures come from.

use super::colour::{INK, INK_SOFT};
use super::scene::{Anchor, Rect, Scene, Shape};
use super::text;

const PAD: f64 = 16.0;

fn shift(shape: &Shape, dy: f64) -> Shape {
    let mv = |(x, y): (f64, f64)| (x, y + dy);
    let mr = |r: &Rect| Rect::new(r.x, r.y + dy, r.w, r.h);
    match shape {
        Shape::Box { rect, fill, stroke } => Shape::Box {
            rect: mr(rect),
            fill: *fill,
            stroke: *stroke,
        },
        Shape::Line {
            from,
            to,
            colour,
            width,
            dashed,
        } => Shape::Line {
            from: mv(*from),
            to: mv(*to),
            colour: *colour,
            width: *width,
            dashed: *dashed,
        },
        Shape::Path {
            points,
            closed,
            colour,
            width,
        } => Shape::Path {
            points: points.iter().map(|p| mv(*p)).collect(),
            closed: *closed,
            colour: *colour,
            width: *width,
        },
        Shape::Polygon {
            rings,
            fill,
            stroke,
        } => Shape::Polygon {
            rings: rings
                .iter()
                .map(|r| r.iter().map(|p| mv(*p)).collect())
                .collect(),
            fill: *fill,
            stroke: *stroke,
        },
        Shape::Circle {
            centre,
            radius,
            fill,
            stroke,
        } => Shape::Circle {
            centre: mv(*centre),
            radius: *radius,
            fill: *fill,
            stroke: *stroke,
        },
        Shape::Text {
            at,
            text,
            size,
            bold,
            colour,
            anchor,
            bounds,
        } => Shape::Text {
            at: mv(*at),
            text: text.clone(),
            size: *size,
            bold: *bold,
            colour: *colour,
            anchor: *anchor,
            bounds: mr(bounds),
        },
    }
}

/// Lines of text wrapped to `room` px at `size` (words kept whole where they fit).
fn wrap(s: &str, room: f64, size: f64, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text::width(&candidate, size, bold) <= room || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = word.to_owned();
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
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
        shapes.push(Shape::Text {
            at: (PAD, y),
            bounds: Rect::new(PAD, y, text::width(&line, 18.0, true), 22.5),
            text: line,
            size: 18.0,
            bold: true,
            colour: INK,
            anchor: Anchor::TopLeft,
        });
        y += 24.0;
    }
    y += 8.0;
    shapes.extend(chart.shapes.iter().map(|s| shift(s, y)));
    y += chart.height + 10.0;
    for f in footer {
        for line in wrap(f, room, 12.0, false) {
            shapes.push(Shape::Text {
                at: (PAD, y),
                bounds: Rect::new(PAD, y, text::width(&line, 12.0, false), 15.0),
                text: line,
                size: 12.0,
                bold: false,
                colour: INK_SOFT,
                anchor: Anchor::TopLeft,
            });
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
