//! The map's tests, by concern. The fixtures here are the dataset's provinces and
//! places, labelled in English, in a frame with nothing selected.

mod geographic;
mod inset;
mod marks;
mod tiles;

use super::inset as map_inset;
use super::model::{fill_of, MARKER_R, PAD};
use super::outlines::main_rings;
use super::targets::{geo_marker_rects, rect_ring, square_inside, target_square, LATER_DASHES};
use super::tiles::TILE_ROWS;
use super::*;
use crate::data::geometry::{shape, PROVINCE_SHAPES};
use crate::data::DATASET;
use crate::geo::{bbox, covers, edge_dist, flat, on_border, point_in_rings};
use crate::layout::colour::{ink_on, Rgb, FOCUS, INK, PAPER};
use crate::layout::scene::{Ring, FOCUS_WIDTH};

fn areas() -> Vec<Area> {
    Area::of_dataset(|p| p.name.en.to_owned())
}

fn markers() -> Vec<Marker> {
    Marker::of_dataset()
}

fn frame(width: f64, layout: Layout) -> Frame<'static> {
    Frame {
        width,
        layout,
        selected: None,
        highlighted: &[],
        inset_title: "Seoul capital area",
    }
}

fn label_px(width: f64, id: &str) -> (f64, f64) {
    let lp = label_points().iter().find(|l| l.0 == id).unwrap().1;
    projection(width).px_deg(lp)
}

fn id_of(name: &str) -> &'static str {
    DATASET
        .provinces
        .iter()
        .find(|p| p.name.en == name)
        .unwrap_or_else(|| panic!("no province {name}"))
        .id
}

/// Whether every point of the 24 px square centred on `c` hits `id`.
fn square_hits(s: &Scene, c: (f64, f64), id: &str) -> bool {
    let h = MIN_TARGET / 2.0 - 0.5;
    (0..=8).all(|i| {
        (0..=8).all(|j| {
            let (x, y) = (
                c.0 - h + 2.0 * h * i as f64 / 8.0,
                c.1 - h + 2.0 * h * j as f64 / 8.0,
            );
            s.hit(x, y) == Some(id)
        })
    })
}

/// Whether some 24 px square inside the item's box answers only `id`.
fn has_target(s: &Scene, id: &str) -> bool {
    let hit = s.item(id).expect("every province is an item").hit;
    let h = MIN_TARGET / 2.0;
    let mut y = hit.y + h;
    while y <= hit.y + hit.h - h {
        let mut x = hit.x + h;
        while x <= hit.x + hit.w - h {
            if square_hits(s, (x, y), id) {
                return true;
            }
            x += 1.0;
        }
        y += 1.0;
    }
    false
}

/// The widths the geographic map is drawn at in the browser suite and on phones.
const INSET_WIDTHS: [f64; 6] = [320.0, 390.0, 560.0, 800.0, 1024.0, 1280.0];

/// The scenes of both layouts in `f` (its layout is the geographic one's).
fn both_layouts(f: Frame) -> [Scene; 2] {
    [
        geographic(&areas(), &markers(), f),
        tiles(
            &areas(),
            &markers(),
            Frame {
                layout: Layout::Tiles,
                ..f
            },
        ),
    ]
}

/// Every province, tile and marker stands 3:1 from the paper, or its edge does, in the
/// light and the dark theme: in both layouts, at a phone's and a desktop's width, as
/// drawn and with a highlight that fades the rest.
#[test]
fn every_mark_stands_out_from_the_paper_in_both_themes() {
    use crate::layout::theme::assert_marks_stand_out;
    let some = [id_of("Seoul")];
    for width in [390.0, 1280.0] {
        for highlighted in [&[][..], &some[..]] {
            let f = Frame {
                highlighted,
                ..frame(width, Layout::Geographic)
            };
            for (scene, what) in both_layouts(f).iter().zip(["map", "tiles"]) {
                assert_marks_stand_out(
                    scene,
                    &format!("{what} at {width}, {} highlighted", highlighted.len()),
                );
            }
        }
    }
}

/// `shapes` with each hatching drawn out as its stripes, as painters get them.
fn expanded(shapes: &[Shape]) -> Vec<Shape> {
    shapes
        .iter()
        .flat_map(|s| match crate::layout::paint::Hatching::of(s) {
            Some(h) => h
                .segments()
                .map(|l| Shape::Line {
                    from: l.from,
                    to: l.to,
                    colour: l.colour,
                    width: l.width,
                    dashed: l.dashed,
                })
                .collect(),
            None => vec![s.clone()],
        })
        .collect()
}

/// Colour is not the only cue to a province's macro-region: in both layouts, each
/// region's provinces carry stripes at the region's own angle (on the canvas and in the
/// SVG export), the regions' angles differ, a province in no region carries none, and
/// no stripe runs through a label.
#[test]
fn each_region_is_hatched_at_an_angle_of_its_own() {
    let angles: Vec<f64> = (0..DATASET.regions.len()).map(region_angle).collect();
    for (i, a) in angles.iter().enumerate() {
        assert!(
            angles[i + 1..].iter().all(|b| (a - b).abs() > 1.0),
            "regions share a hatching: {angles:?}"
        );
    }
    let stripes_of = |s: &[Shape]| -> Vec<((f64, f64), (f64, f64))> {
        s.iter()
            .filter_map(|sh| match sh {
                Shape::Line {
                    from, to, colour, ..
                } if *colour == HATCH => Some((*from, *to)),
                _ => None,
            })
            .collect()
    };
    for layout in [Layout::Geographic, Layout::Tiles] {
        for width in [390.0, 1280.0] {
            let scene = match layout {
                Layout::Geographic => geographic(&areas(), &markers(), frame(width, layout)),
                Layout::Tiles => tiles(&areas(), &markers(), frame(width, layout)),
            };
            // The scene holds one hatching per province (or half tile), not its stripes.
            let hatchings = scene
                .shapes
                .iter()
                .filter(|s| matches!(s, Shape::Hatch { .. }))
                .count();
            assert!(hatchings <= 2 * DATASET.provinces.len(), "{hatchings}");
            let shapes = expanded(&scene.shapes);
            let stripes = stripes_of(&shapes);
            // The SVG export draws the same stripes.
            let svg = crate::render::svg::svg(&scene, "");
            assert_eq!(
                svg.matches(&format!("stroke=\"{}\"", HATCH.hex())).count(),
                stripes.len(),
                "{layout:?} {width}: the SVG's stripes"
            );
            // A stripe under a label is covered by a ground drawn between them.
            for (ti, t) in shapes.iter().enumerate() {
                let Shape::Text { bounds, .. } = t else {
                    continue;
                };
                for (si, sh) in shapes[..ti].iter().enumerate() {
                    let Shape::Line {
                        from: a,
                        to: b,
                        colour,
                        ..
                    } = sh
                    else {
                        continue;
                    };
                    let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
                    if *colour != HATCH || !bounds.contains(mid.0, mid.1) {
                        continue;
                    }
                    let covered = shapes[si + 1..ti].iter().any(
                        |g| matches!(g, Shape::Box { rect, .. } if rect.contains(mid.0, mid.1)),
                    );
                    assert!(
                        covered,
                        "{layout:?} {width}: a stripe runs through a label at {mid:?}"
                    );
                }
                for sh in &shapes[ti + 1..] {
                    if let Shape::Line {
                        from: a,
                        to: b,
                        colour,
                        ..
                    } = sh
                    {
                        let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
                        assert!(
                            *colour != HATCH || !bounds.contains(mid.0, mid.1),
                            "{layout:?} {width}: a stripe is drawn over a label at {mid:?}"
                        );
                    }
                }
            }
            for p in DATASET.provinces {
                let regions = regions_of(p.id);
                let item = scene.item(p.id).unwrap();
                // The stripes on the province, less the second region's half of a tile.
                let on: Vec<f64> = stripes
                    .iter()
                    .filter(|(a, b)| {
                        let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
                        let half = layout == Layout::Tiles && regions.len() > 1 && {
                            let r = item.outline;
                            (mid.0 - r.x) / r.w + (mid.1 - r.y) / r.h > 1.0
                        };
                        !half
                            && match layout {
                                Layout::Tiles => item.outline.contains(mid.0, mid.1),
                                // The province that answers there (Seoul, not the
                                // Gyeonggi around it).
                                Layout::Geographic => {
                                    point_in_rings(&item.ring, mid.0, mid.1)
                                        && scene.hit(mid.0, mid.1) == Some(p.id)
                                }
                            }
                    })
                    .map(|(a, b)| {
                        (-(b.1 - a.1))
                            .atan2(b.0 - a.0)
                            .to_degrees()
                            .rem_euclid(180.0)
                    })
                    .collect();
                match regions.first() {
                    None => assert!(on.is_empty(), "{layout:?} {width}: {} is striped", p.id),
                    Some((i, _)) => {
                        // A province too small for a stripe at this width has none.
                        assert!(
                            on.iter().all(|a| (a - region_angle(*i)).abs() < 1e-6),
                            "{layout:?} {width}: {} has stripes {on:?}",
                            p.id
                        );
                        if layout == Layout::Tiles || width >= 1280.0 && item.outline.w > 40.0 {
                            assert!(
                                !on.is_empty(),
                                "{layout:?} {width}: {} has no stripes",
                                p.id
                            );
                        }
                    }
                }
            }
        }
    }
}

/// The hatching reads on the fill it lies on, at 3:1, on the paper and on the dark card.
#[test]
fn the_hatching_stands_out_from_its_fill_in_both_themes() {
    use crate::layout::theme::{themed, MARK_CONTRAST};
    let fill_under = |shapes: &[Shape], (x, y): (f64, f64)| {
        shapes.iter().rev().find_map(|s| match s {
            Shape::Box { rect, fill, .. } if rect.contains(x, y) => Some(*fill),
            Shape::Polygon { rings, fill, .. } if point_in_rings(rings, x, y) => Some(*fill),
            _ => None,
        })
    };
    for layout in [Layout::Geographic, Layout::Tiles] {
        for width in [390.0, 1280.0] {
            let light = match layout {
                Layout::Geographic => geographic(&areas(), &markers(), frame(width, layout)),
                Layout::Tiles => tiles(&areas(), &markers(), frame(width, layout)),
            };
            let dark = themed(&light);
            // The dark scene is the card, then each shape of the light one in turn.
            assert_eq!(dark.shapes.len(), light.shapes.len() + 1);
            let (light, dark) = (expanded(&light.shapes), expanded(&dark.shapes));
            assert_eq!(dark.len(), light.len() + 1);
            let mut stripes = 0;
            for (i, s) in light.iter().enumerate() {
                let Shape::Line {
                    from, to, colour, ..
                } = s
                else {
                    continue;
                };
                if *colour != HATCH {
                    continue;
                }
                stripes += 1;
                let mid = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
                for (theme, shapes, at) in [("light", &light, i), ("dark", &dark, i + 1)] {
                    let Shape::Line { colour, .. } = shapes[at] else {
                        panic!("{theme}: shape {at} is no line");
                    };
                    let fill = fill_under(&shapes[..at], mid).expect("a stripe lies on a fill");
                    assert!(
                        colour.contrast(fill) >= MARK_CONTRAST,
                        "{layout:?} {width} {theme}: {colour:?} on {fill:?} at {mid:?}"
                    );
                }
            }
            assert!(stripes > 20, "{layout:?} {width}: {stripes} stripes");
        }
    }
}
