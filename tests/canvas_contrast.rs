//! Text drawn on the canvas meets WCAG AA contrast, as DOM text does (axe checks that in
//! the browser suite; axe cannot see into a canvas). Every Scene the views can draw is
//! walked in draw order: each `Shape::Text` is measured against the fill under its centre
//! (the last box, polygon or circle drawn there before it, else the page's PAPER). Normal
//! text needs 4.5:1; large text (24 px, or 18.66 px bold) 3:1.
//!
//! Scenes cover the funding bars (grouped or not), the fund's split treemap, the timeline (both ranges)
//! and the map (geographic and tiles), at phone and desktop widths, with nothing, the
//! first record, or a highlight selected, so selected and faded fills are all measured.
//! (The focus ring is no fill: it is drawn on a layer above the scene.)

use won_atlas::data::funding::{funding, Period};
use won_atlas::data::timeline::{conflict_links, entries, Row};
use won_atlas::data::Category;
use won_atlas::i18n::{self, Lang};
use won_atlas::layout::colour::{Rgb, PAPER};
use won_atlas::layout::funding::{
    bars, split_tiles, split_treemap, Frame, SplitFrame, SplitTile, Tile, GROUPS,
};
use won_atlas::layout::map::{self, Area, Layout, Marker};
use won_atlas::layout::timeline::{timeline, TimeFrame, TimeItem};
use won_atlas::layout::{point_in_rings, Scene, Shape};

const WIDTHS: [f64; 3] = [360.0, 760.0, 1280.0];

/// Every text of `scene` whose contrast with its background is below AA, described.
fn failures(name: &str, scene: &Scene) -> Vec<String> {
    let mut out = Vec::new();
    for (i, shape) in scene.shapes.iter().enumerate() {
        let Shape::Text {
            text,
            size,
            bold,
            colour,
            bounds,
            ..
        } = shape
        else {
            continue;
        };
        let (cx, cy) = bounds.centre();
        let background = scene.shapes[..i]
            .iter()
            .rev()
            .find_map(|s| match s {
                Shape::Box { rect, fill, .. } if rect.contains(cx, cy) => Some(*fill),
                Shape::Polygon { rings, fill, .. } if point_in_rings(rings, cx, cy) => Some(*fill),
                Shape::Circle {
                    centre,
                    radius,
                    fill,
                    ..
                } if (cx - centre.0).hypot(cy - centre.1) <= *radius => Some(*fill),
                _ => None,
            })
            .unwrap_or(PAPER);
        let large = *size >= 24.0 || (*bold && *size >= 18.66);
        let needed = if large { 3.0 } else { 4.5 };
        let ratio = colour.contrast(background);
        if ratio < needed {
            out.push(format!(
                "{name}: {text:?} ({size} px{}) {} on {}: {ratio:.2}:1 < {needed}:1",
                if *bold { " bold" } else { "" },
                colour.hex(),
                background.hex()
            ));
        }
    }
    out
}

fn texts(scene: &Scene) -> usize {
    scene
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Text { .. }))
        .count()
}

fn funding_scenes() -> Vec<(String, Scene)> {
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Ko] {
        let tiles: Vec<SplitTile> = split_tiles(lang);
        for width in WIDTHS {
            let frame = SplitFrame {
                width,
                height: if width < 600.0 { 420.0 } else { 600.0 },
                title: "Likely split reported at the fund’s launch (later report)",
                caption: "Sources: example.org",
            };
            out.push((
                format!("split {lang:?} {width}px"),
                split_treemap(&tiles, frame),
            ));
        }
    }
    for lang in [Lang::En, Lang::Ko] {
        for period in [Period::Total, Period::PerYear] {
            let data = funding(period);
            let tiles: Vec<Tile> = data
                .charted
                .iter()
                .map(|c| {
                    Tile::of(
                        c,
                        lang.pick(c.programme.name).to_owned(),
                        i18n::quantity(lang, c.quantity),
                    )
                })
                .collect();
            let first = tiles.first().map(|t| t.id);
            let highlight: Vec<&str> = tiles.iter().skip(1).step_by(2).map(|t| t.id).collect();
            let groups: Vec<(Category, String)> =
                GROUPS.iter().map(|g| (*g, format!("{g:?}"))).collect();
            for width in WIDTHS {
                for grouped in [false, true] {
                    for (state, selected, highlighted) in [
                        ("plain", None, &[][..]),
                        ("selected", first, &[][..]),
                        ("highlighted", None, &highlight[..]),
                    ] {
                        let frame = Frame {
                            width,
                            height: if width < 600.0 { 480.0 } else { 600.0 },
                            grouped,
                            selected,
                            highlighted,
                        };
                        let tag =
                            format!("{lang:?} {period:?} {width}px grouped={grouped} {state}");
                        out.push((
                            format!("bars {tag}"),
                            bars(&tiles, frame, &groups, &|v| format!("{v}")),
                        ));
                    }
                }
            }
        }
    }
    out
}

fn timeline_scenes() -> Vec<(String, Scene)> {
    let mut out = Vec::new();
    let links = conflict_links();
    for lang in [Lang::En, Lang::Ko] {
        let items: Vec<TimeItem> = entries()
            .iter()
            .map(|e| TimeItem {
                id: e.id,
                row: e.row,
                when: e.when,
                mark: e.mark,
                label: format!("{} {}", e.record, i18n::date(lang, e.date)),
            })
            .collect();
        let rows: Vec<(Row, String)> = Row::ALL.iter().map(|r| (*r, format!("{r:?}"))).collect();
        let first = items.first().map(|i| i.id);
        let some: Vec<&str> = items.iter().step_by(3).map(|i| i.id).collect();
        for width in WIDTHS {
            for range in [(2024.0, 2031.0), (2024.0, 2051.0), (2025.0, 2026.5)] {
                for (state, selected, highlighted) in [
                    ("plain", None, &[][..]),
                    ("selected", first, &[][..]),
                    ("highlighted", None, &some[..]),
                ] {
                    let frame = TimeFrame {
                        width,
                        range,
                        today: 2026.0,
                        today_label: "Today".into(),
                        quarters: ["Q1", "Q2", "Q3", "Q4"].map(String::from),
                        rows: &rows,
                        links: &links,
                        selected,
                        highlighted,
                    };
                    out.push((
                        format!("timeline {lang:?} {width}px {range:?} {state}"),
                        timeline(&items, &frame),
                    ));
                }
            }
        }
    }
    out
}

fn map_scenes() -> Vec<(String, Scene)> {
    let mut out = Vec::new();
    let markers = Marker::of_dataset();
    for lang in [Lang::En, Lang::Ko] {
        let areas = Area::of_dataset(|p| lang.pick(p.name).to_owned());
        let first = areas.first().map(|a| a.id);
        let some: Vec<&str> = areas.iter().step_by(2).map(|a| a.id).collect();
        for width in WIDTHS {
            for layout in [Layout::Geographic, Layout::Tiles] {
                for (state, selected, highlighted) in [
                    ("plain", None, &[][..]),
                    ("selected", first, &[][..]),
                    ("highlighted", None, &some[..]),
                ] {
                    let frame = map::Frame {
                        width,
                        layout,
                        selected,
                        highlighted,
                        inset_title: lang.t(i18n::Key::MapInsetTitle),
                    };
                    let scene = match layout {
                        Layout::Geographic => map::geographic(&areas, &markers, frame),
                        Layout::Tiles => map::tiles(&areas, &markers, frame),
                    };
                    out.push((format!("map {lang:?} {width}px {layout:?} {state}"), scene));
                }
            }
        }
    }
    out
}

fn check(scenes: Vec<(String, Scene)>) {
    assert!(!scenes.is_empty());
    let labelled = scenes.iter().filter(|(_, s)| texts(s) > 0).count();
    assert!(
        labelled * 2 >= scenes.len(),
        "most scenes draw text ({labelled} of {})",
        scenes.len()
    );
    let bad: Vec<String> = scenes.iter().flat_map(|(n, s)| failures(n, s)).collect();
    assert!(
        bad.is_empty(),
        "{} canvas labels below WCAG AA:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn funding_canvas_text_meets_aa() {
    check(funding_scenes());
}

#[test]
fn timeline_canvas_text_meets_aa() {
    check(timeline_scenes());
}

#[test]
fn map_canvas_text_meets_aa() {
    check(map_scenes());
}

/// The measure itself: a known failing pair is caught, a known passing pair is not.
#[test]
fn the_measure_catches_low_contrast() {
    let grey = Rgb(0x99, 0x99, 0x99);
    let scene = |colour: Rgb, fill: Rgb| Scene {
        width: 100.0,
        height: 100.0,
        shapes: vec![
            Shape::Box {
                rect: won_atlas::layout::Rect::new(0.0, 0.0, 100.0, 100.0),
                fill,
                stroke: None,
            },
            Shape::Text {
                at: (10.0, 10.0),
                text: "label".into(),
                size: 12.0,
                bold: false,
                colour,
                anchor: won_atlas::layout::Anchor::TopLeft,
                bounds: won_atlas::layout::Rect::new(10.0, 10.0, 30.0, 12.0),
            },
        ],
        ..Scene::default()
    };
    assert_eq!(failures("grey on white", &scene(grey, PAPER)).len(), 1);
    assert!(failures("black on white", &scene(Rgb(0, 0, 0), PAPER)).is_empty());
}
