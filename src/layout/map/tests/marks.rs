//! Selection, highlight and focus marks, and the layer the canvas keeps.

use super::*;

#[test]
fn selection_focus_and_highlight_show_in_the_inset() {
    let seoul = id_of("Seoul");
    let gyeonggi = id_of("Gyeonggi");
    for width in [390.0, 1280.0] {
        let ins = inset_of(width, &markers());
        let inside = |sh: &Shape, colour: Rgb, w: f64| match sh {
            Shape::Path {
                points,
                colour: c,
                width,
                ..
            } if *c == colour && *width == w => points.iter().any(|p| ins.map.contains(p.0, p.1)),
            _ => false,
        };
        let plain = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        let marked = |f: Frame| geographic(&areas(), &markers(), f);
        let sel = marked(Frame {
            selected: Some(seoul),
            ..frame(width, Layout::Geographic)
        });
        let focus = sel.focus_marks(seoul);
        assert!(!plain.shapes.iter().any(|sh| inside(sh, INK, 4.0)));
        assert!(
            sel.shapes.iter().any(|sh| inside(sh, INK, 4.0)),
            "selection mark in the inset at {width}"
        );
        assert!(
            focus.iter().any(|sh| inside(sh, FOCUS, FOCUS_WIDTH)),
            "focus mark in the inset at {width}"
        );
        // The marks leave out the seams along the frame.
        for sh in sel.shapes.iter().chain(&focus) {
            if let Shape::Path {
                points,
                closed,
                colour,
                ..
            } = sh
            {
                if *colour != FOCUS && *colour != INK {
                    continue;
                }
                let n = points.len();
                let edges = if *closed { n } else { n.saturating_sub(1) };
                for i in 0..edges {
                    let (a, b) = (points[i], points[(i + 1) % n]);
                    assert!(!on_border(a, b, &ins.map), "{sh:?}");
                }
            }
        }
        // A highlight from the funding view: Seoul's part at full colour, Gyeonggi's
        // faded, in the inset as on the map.
        let hl = [seoul];
        let lit = marked(Frame {
            highlighted: &hl,
            ..frame(width, Layout::Geographic)
        });
        let fill_in_inset = |s: &Scene, id: &str| {
            let rings = ins.rings(map_inset::piece(id).unwrap());
            s.shapes.iter().find_map(|sh| match sh {
                Shape::Polygon { rings: r, fill, .. } if *r == rings => Some(*fill),
                _ => None,
            })
        };
        let base = |id: &str| fill_of(id, &frame(width, Layout::Geographic)).0;
        assert_eq!(fill_in_inset(&lit, seoul), Some(base(seoul)));
        assert_eq!(fill_in_inset(&lit, gyeonggi), Some(fade(base(gyeonggi))));
        assert!(lit.shapes.iter().any(|sh| inside(sh, INK, 1.75)));
    }
}

#[test]
fn focus_rings_follow_each_items_own_outline() {
    for width in [390.0, 1280.0] {
        let proj = projection(width);
        let ins = inset_of(width, &markers());
        let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        for p in DATASET.provinces {
            let rings: Rings = shape(p.id)
                .unwrap()
                .rings_deg()
                .map(|r| r.map(|(lon, lat)| proj.px(lon, lat)).collect())
                .collect();
            let marks = s.focus_marks(p.id);
            assert!(marks.len() >= rings.len(), "{}", p.name.en);
            for (m, r) in marks.iter().zip(&rings) {
                assert!(
                    matches!(m, Shape::Path { points, closed: true, colour, .. } if points == r && *colour == FOCUS),
                    "{}'s ring is its outline",
                    p.name.en
                );
            }
            // Any further marks are its part in the capital-area inset.
            let in_inset = |m: &Shape| match m {
                Shape::Path { points, .. } => {
                    points.iter().all(|q| ins.map.grown(0.5).contains(q.0, q.1))
                }
                _ => false,
            };
            assert!(
                marks[rings.len()..].iter().all(in_inset),
                "{}: a mark outside its outline and the inset",
                p.name.en
            );
            assert_eq!(
                marks.len() > rings.len(),
                map_inset::piece(p.id).is_some(),
                "{} is marked in the inset exactly when it is in it",
                p.name.en
            );
        }
        for m in markers() {
            let (x, y) = proj.px(m.lon, m.lat);
            let marks = s.focus_marks(m.id);
            let Some(Shape::Path { points, .. }) = marks.first() else {
                panic!("{}: a ring", m.id);
            };
            // A square centred on the marker, clear of its disc.
            let b = bbox(points.iter().copied());
            assert!((b.centre().0 - x).abs() < 1e-9 && (b.centre().1 - y).abs() < 1e-9);
            assert!(b.w / 2.0 > MARKER_R + 1.5 && (b.w - b.h).abs() < 1e-9);
        }
        let t = tiles(&areas(), &markers(), frame(width, Layout::Tiles));
        for p in DATASET.provinces {
            let cell = tile_rect(width, p.id).unwrap();
            let marks = t.focus_marks(p.id);
            let [Shape::Path { points, .. }] = marks.as_slice() else {
                panic!("{}: one ring", p.name.en);
            };
            assert_eq!(*points, rect_ring(cell.inset(2.0)), "{}", p.name.en);
        }
    }
}

#[test]
fn a_selection_keeps_the_maps_base_layer_and_a_highlight_or_width_changes_it() {
    use crate::layout::fingerprint;
    let base = |f: Frame| {
        let s = geographic(&areas(), &markers(), f);
        assert!(s.base > 0 && s.base <= s.shapes.len());
        (fingerprint::of(&s.shapes[..s.base]), s.base, s.shapes.len())
    };
    let plain = base(frame(1280.0, Layout::Geographic));
    // Selecting adds marks after the base and leaves the base's pixels as they were.
    let selected = base(Frame {
        selected: Some(id_of("Seoul")),
        ..frame(1280.0, Layout::Geographic)
    });
    assert_eq!((selected.0, selected.1), (plain.0, plain.1));
    assert!(selected.2 > plain.2);
    // A highlight fades the other provinces' fills: another base.
    let hl = [id_of("Gyeonggi")];
    let highlighted = base(Frame {
        highlighted: &hl,
        ..frame(1280.0, Layout::Geographic)
    });
    assert_ne!(highlighted.0, plain.0);
    assert_ne!(base(frame(900.0, Layout::Geographic)).0, plain.0);
    // The tile grid keeps no layer.
    assert_eq!(
        tiles(&areas(), &markers(), frame(1280.0, Layout::Tiles)).base,
        0
    );
}

#[test]
fn selection_and_highlight_follow_the_rings_and_the_scene_has_no_focus_ring() {
    let (seoul, gyeonggi) = (id_of("Seoul"), id_of("Gyeonggi"));
    let hl = [gyeonggi];
    let f = Frame {
        selected: Some(seoul),
        highlighted: &hl,
        ..frame(1280.0, Layout::Geographic)
    };
    let s = geographic(&areas(), &markers(), f);
    let along = |id: &str, colour: Rgb, width: f64| {
        let rings = &s.item(id).unwrap().ring;
        s.shapes
            .iter()
            .filter(|sh| {
                matches!(sh, Shape::Path { points, colour: c, width: w, closed: true }
                    if rings.contains(points) && *c == colour && *w == width)
            })
            .count()
    };
    let rings = |id: &str| s.item(id).unwrap().ring.len();
    // Selected: ink, then paper inside it; highlighted: a thin ink line; each once per ring.
    assert_eq!(along(seoul, INK, 4.0), rings(seoul));
    assert_eq!(along(seoul, PAPER, 1.5), rings(seoul));
    assert_eq!(along(gyeonggi, INK, 1.75), rings(gyeonggi));
    assert_eq!(along(gyeonggi, INK, 4.0), 0);
    // No item's focus ring is part of the scene (so exports never carry one).
    for item in &s.items {
        for m in s.focus_marks(item.id) {
            assert!(
                !s.shapes.contains(&m),
                "{}'s focus ring is in the scene",
                item.id
            );
        }
    }
}

#[test]
fn a_programme_highlights_its_provinces_and_fades_the_rest() {
    let p = DATASET
        .programmes
        .iter()
        .find(|p| !crate::data::provinces_of_programme(p).is_empty())
        .expect("some programme is placed");
    let provs = crate::data::provinces_of_programme(p);
    let f = Frame {
        highlighted: &provs,
        ..frame(800.0, Layout::Tiles)
    };
    let s = tiles(&areas(), &[], f);
    let fill_at = |id: &str| {
        let r = tile_rect(800.0, id).unwrap().inset(1.5);
        s.shapes.iter().find_map(|sh| match sh {
            Shape::Box { rect, fill, .. } if *rect == r => Some(*fill),
            _ => None,
        })
    };
    for prov in DATASET.provinces {
        let (base, _) = fill_of(prov.id, &frame(800.0, Layout::Tiles));
        let want = if provs.contains(&prov.id) {
            base
        } else {
            fade(base)
        };
        assert_eq!(fill_at(prov.id), Some(want), "{}", prov.id);
    }
}

/// Where a marker of `id` is drawn: the centre of its item.
fn marker_centre(s: &Scene, id: &str) -> (f64, f64) {
    s.item(id)
        .unwrap_or_else(|| panic!("{id} is an item"))
        .hit
        .centre()
}

/// Ink discs (the report's mark) and ink dashes on a ring (a later report's mark)
/// centred on `c`.
fn marks_at(s: &Scene, c: (f64, f64)) -> (usize, usize) {
    let near = |p: (f64, f64), d: f64| ((p.0 - c.0).hypot(p.1 - c.1) - d).abs() < 0.01;
    let discs = s
        .shapes
        .iter()
        .filter(|sh| matches!(sh, Shape::Circle { centre, fill, .. } if *fill == INK && near(*centre, 0.0)))
        .count();
    let dashes = s
        .shapes
        .iter()
        .filter(|sh| matches!(sh, Shape::Line { from, to, colour, .. } if *colour == INK && near(*from, MARKER_R) && near(*to, MARKER_R)))
        .count();
    (discs, dashes)
}

#[test]
fn a_place_from_a_later_report_is_drawn_apart_from_the_reports_places_in_both_layouts() {
    let ms = markers();
    let later: Vec<&Marker> = ms
        .iter()
        .filter(|m| m.kind == MarkerKind::LaterReport)
        .collect();
    assert!(
        !later.is_empty(),
        "the dataset has a place from a later report"
    );
    for m in &later {
        let pl = crate::data::PLACES.iter().find(|p| p.id == m.id).unwrap();
        assert!(pl.later_report().is_some() && pl.source().is_none());
    }
    let report = ms
        .iter()
        .find(|m| m.kind == MarkerKind::Report)
        .expect("the report names places in Korea");
    for layout in [Layout::Geographic, Layout::Tiles] {
        for width in [390.0, 1280.0] {
            let s = match layout {
                Layout::Geographic => geographic(&areas(), &ms, frame(width, layout)),
                Layout::Tiles => tiles(&areas(), &ms, frame(width, layout)),
            };
            for m in &later {
                let c = marker_centre(&s, m.id);
                assert_eq!(s.hit(c.0, c.1), Some(m.id), "{layout:?} {width}");
                assert_eq!(
                    marks_at(&s, c),
                    (0, LATER_DASHES),
                    "{} is a hollow dashed ring ({layout:?} at {width})",
                    m.id
                );
            }
            let c = marker_centre(&s, report.id);
            assert_eq!(
                marks_at(&s, c),
                (1, 0),
                "{} is a filled disc ({layout:?} at {width})",
                report.id
            );
        }
    }
}

#[test]
fn the_later_reports_place_sits_in_its_province_on_the_map() {
    let ms = markers();
    let m = ms
        .iter()
        .find(|m| m.kind == MarkerKind::LaterReport)
        .unwrap();
    let s = geographic(&areas(), &ms, frame(1280.0, Layout::Geographic));
    let c = marker_centre(&s, m.id);
    let own = main_rings(&projection(1280.0), m.province);
    assert!(
        point_in_rings(&own, c.0, c.1),
        "{} inside {}",
        m.id,
        m.province
    );
}
