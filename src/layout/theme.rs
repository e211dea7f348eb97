//! A laid-out Scene in the dark theme. Layouts draw on the light paper, each fill that
//! stands under 3:1 from it with an edge that does (`colour::edge`); [`themed`] redraws
//! the scene on the dark card: page colours (paper, ink, rules, focus) take their dark
//! counterparts, a fill under 3:1 from the card gets an edge (its outline, or its own
//! colour, lifted until it reads), a line or label drawn on the card in a data colour is
//! lifted until it reads there, and a label on a fill keeps the ink chosen for that fill
//! (a line on a fill, its colour) where it still reads there.

#[cfg(test)]
use super::colour::EDGE;
use super::colour::{Rgb, DARK_PAPER, FOCUS, INK, INK_SOFT, PAPER, RULE};
use super::scene::{point_in_rings, Rect, Scene, Shape};

/// The light page colours and their dark-theme counterparts (the stylesheet's).
const DARK: [(Rgb, Rgb); 5] = [
    (PAPER, DARK_PAPER),
    (INK, Rgb(0xe8, 0xeb, 0xf0)),
    (INK_SOFT, Rgb(0xb6, 0xbd, 0xc9)),
    (RULE, Rgb(0x3a, 0x41, 0x4d)),
    (FOCUS, Rgb(0xff, 0xb3, 0x7a)),
];

/// Non-text contrast (WCAG 1.4.11): a mark, or its edge, against its background.
pub const MARK_CONTRAST: f64 = 3.0;

/// `c` mixed a tenth of the way to white until it stands `ratio` from `paper`.
fn lifted(c: Rgb, paper: Rgb, ratio: f64) -> Rgb {
    let mut c = c;
    for _ in 0..24 {
        if c.contrast(paper) >= ratio {
            break;
        }
        let up = |v: u8| v + ((255 - v) as f64 * 0.1).ceil() as u8;
        c = Rgb(up(c.0), up(c.1), up(c.2));
    }
    c
}

/// A page colour's dark counterpart; any other colour as it is.
fn dark(c: Rgb) -> Rgb {
    DARK.iter().find(|p| p.0 == c).map_or(c, |p| p.1)
}

/// The fill a point lies on among `shapes` (the last box or polygon under it), if any.
fn fill_under(shapes: &[Shape], (x, y): (f64, f64)) -> Option<Rgb> {
    shapes.iter().rev().find_map(|s| match s {
        Shape::Box { rect, fill, .. } if rect.contains(x, y) => Some(*fill),
        Shape::Polygon { rings, fill, .. } if point_in_rings(rings, x, y) => Some(*fill),
        _ => None,
    })
}

/// A fill and its outline on the card: a mark the card would swallow gets its edge (its
/// outline, or its own colour), lifted until it reads.
pub(super) fn dark_fill(fill: Rgb, stroke: Option<(Rgb, f64)>) -> (Rgb, Option<(Rgb, f64)>) {
    let fill = match dark(fill) {
        // A pale ground (a tint under a span, a grey, a faded province) recedes on the
        // card as it does on the paper: taken most of the way to the card.
        Rgb(r, g, b)
            if r.max(g).max(b) - r.min(g).min(b) < 0x40 && Rgb(r, g, b).luminance() > 0.5 =>
        {
            let m = |v: u8, d: u8| d + (v - d) / 4;
            Rgb(m(r, 0x1d), m(g, 0x22), m(b, 0x2b))
        }
        f => f,
    };
    let stroke = match stroke {
        s if fill.contrast(DARK_PAPER) < MARK_CONTRAST => {
            let (c, w) = s.unwrap_or((fill, 1.0));
            Some((lifted(dark(c), DARK_PAPER, MARK_CONTRAST), w.max(1.0)))
        }
        s => s.map(|(c, w)| (dark(c), w)),
    };
    (fill, stroke)
}

/// A line's colour on the card.
pub(super) fn dark_line(c: Rgb) -> Rgb {
    lifted(dark(c), DARK_PAPER, MARK_CONTRAST)
}

/// A line's colour on the card at `at`, over `drawn` (the shapes on the card so far): a
/// data colour drawn on a fill keeps its colour where it reads there (a region's
/// hatching on its fill), else it is lifted until it reads on the card.
pub(super) fn dark_line_on(c: Rgb, at: (f64, f64), drawn: &[Shape]) -> Rgb {
    match fill_under(drawn, at) {
        Some(f) if f != DARK_PAPER && dark(c) == c && c.contrast(f) >= MARK_CONTRAST => c,
        _ => dark_line(c),
    }
}

/// A label's colour on the card, over `drawn` (the shapes on the card so far): the ink
/// chosen for the fill it lies on where it still reads there, else lifted until it
/// reads on the card (and so on a pale ground taken towards it).
pub(super) fn dark_ink(c: Rgb, at: (f64, f64), drawn: &[Shape]) -> Rgb {
    match fill_under(drawn, at) {
        Some(f) if f != DARK_PAPER && c.contrast(f) >= 4.5 => c,
        _ => lifted(dark(c), DARK_PAPER, 4.5),
    }
}

/// The scene's drawing on the dark card (see the module's doc), the card its first shape
/// (the canvas's own paper is the light one). It has no items: what is hit and focused
/// is the laid-out scene's.
pub fn themed(scene: &Scene) -> Scene {
    let card = Shape::Box {
        rect: Rect::new(0.0, 0.0, scene.width, scene.height),
        fill: DARK_PAPER,
        stroke: None,
    };
    Scene {
        width: scene.width,
        height: scene.height,
        shapes: dark_shapes(&scene.shapes, vec![card]),
        base: scene.base + usize::from(scene.base > 0),
        ..Scene::default()
    }
}

/// `shapes` on the dark card, after `drawn` (what lies under them).
pub fn dark_shapes(shapes: &[Shape], drawn: Vec<Shape>) -> Vec<Shape> {
    super::export::shifted(shapes, 0.0, drawn, true)
}

/// The filled shapes of `scene` that neither stand 3:1 from `paper` nor have an outline
/// that does, described. A fill the colour of the paper, or of the fill it lies on, is
/// ground rather than a mark (a card, a label's plate).
#[cfg(test)]
pub fn faint_marks(scene: &Scene, paper: Rgb) -> Vec<String> {
    let reads = |c: Rgb| c.contrast(paper) >= MARK_CONTRAST;
    let centre = |s: &Shape| match s {
        Shape::Box { rect, .. } => rect.centre(),
        Shape::Polygon { rings, .. } => crate::geo::bbox(crate::geo::flat(rings)).centre(),
        Shape::Circle { centre, .. } => *centre,
        _ => (f64::NAN, f64::NAN),
    };
    scene
        .shapes
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Shape::Box { fill, stroke, .. }
            | Shape::Polygon { fill, stroke, .. }
            | Shape::Circle { fill, stroke, .. } => {
                let ground = fill_under(&scene.shapes[..i], centre(s)) == Some(*fill);
                let ok = *fill == paper
                    || ground
                    || reads(*fill)
                    || stroke.is_some_and(|(c, w)| w >= 1.0 && reads(c));
                (!ok).then(|| {
                    format!(
                        "shape {i}: fill {} stroke {stroke:?} on {}",
                        fill.hex(),
                        paper.hex()
                    )
                })
            }
            _ => None,
        })
        .collect()
}

/// Every filled shape of `scene`, in the light and the dark theme, stands 3:1 from the
/// paper or has an edge that does; `what` names the scene in the failure.
#[cfg(test)]
pub fn assert_marks_stand_out(scene: &Scene, what: &str) {
    let light = faint_marks(scene, PAPER);
    assert!(light.is_empty(), "{what}, light: {light:#?}");
    let dark = faint_marks(&themed(scene), DARK_PAPER);
    assert!(dark.is_empty(), "{what}, dark: {dark:#?}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::scene::Anchor;

    #[test]
    fn the_edge_and_the_dark_page_colours_read_on_their_paper() {
        assert!(
            EDGE.contrast(PAPER) >= MARK_CONTRAST && EDGE.contrast(DARK_PAPER) >= MARK_CONTRAST
        );
        for (light, dark) in DARK {
            if light != PAPER && light != RULE {
                assert!(
                    dark.contrast(DARK_PAPER) >= light.contrast(PAPER).min(4.5),
                    "{}",
                    dark.hex()
                );
            }
        }
    }

    #[test]
    fn a_faint_fill_is_found_and_a_label_on_a_fill_keeps_its_ink() {
        let yellow = Rgb(0xf0, 0xe4, 0x42);
        let blue = Rgb(0x0b, 0x57, 0xb0);
        let scene = Scene {
            shapes: vec![
                Shape::Box {
                    rect: Rect::new(0.0, 0.0, 50.0, 20.0),
                    fill: yellow,
                    stroke: None,
                },
                Shape::label(
                    2.0,
                    2.0,
                    "on yellow".into(),
                    12.0,
                    false,
                    INK,
                    Anchor::TopLeft,
                ),
                Shape::Box {
                    rect: Rect::new(0.0, 40.0, 50.0, 20.0),
                    fill: blue,
                    stroke: None,
                },
                Shape::label(
                    60.0,
                    40.0,
                    "on paper".into(),
                    12.0,
                    false,
                    INK,
                    Anchor::TopLeft,
                ),
            ],
            ..Scene::default()
        };
        assert_eq!(
            faint_marks(&scene, PAPER).len(),
            1,
            "the yellow box alone is faint on white"
        );
        assert_eq!(
            faint_marks(&scene, DARK_PAPER).len(),
            1,
            "on the card, the blue box is faint"
        );
        let night = themed(&scene);
        assert!(
            faint_marks(&night, DARK_PAPER).is_empty(),
            "the card gives it an edge"
        );
        let colour = |s: &Shape| match s {
            Shape::Text { colour, .. } => *colour,
            _ => unreachable!(),
        };
        // The card first, then the scene's shapes.
        assert_eq!(
            colour(&night.shapes[2]),
            INK,
            "the label on the yellow fill keeps its ink"
        );
        assert!(
            colour(&night.shapes[4]).contrast(DARK_PAPER) >= 4.5,
            "the label on the card reads"
        );
    }
}
