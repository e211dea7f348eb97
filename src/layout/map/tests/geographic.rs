//! The geographic map: where provinces, labels, markers and pointer areas go.

use super::*;

/// The label points build.rs works out are the ones the grid search finds on the
/// embedded outlines, exactly: same ids in the same order, same points, same room.
#[test]
fn the_label_points_built_ahead_are_the_poles_of_the_embedded_outlines() {
    use crate::geo::{pole, project_deg};
    let searched: Vec<(&str, (f64, f64), f64)> = PROVINCE_SHAPES
        .iter()
        .map(|s| {
            let rings: Vec<Vec<(f64, f64)>> = s
                .rings_deg()
                .map(|r| r.map(|(lon, lat)| project_deg(lon, lat)).collect())
                .collect();
            let (p, d) = pole(&rings);
            (s.id, p, d)
        })
        .collect();
    assert_eq!(label_points(), searched.as_slice());
    assert_eq!(label_points().len(), DATASET.provinces.len());
}

#[test]
fn a_provinces_fill_outline_and_pointer_area_are_one_copy_of_its_outline() {
    use std::rc::Rc;
    let width = 1280.0;
    let f = Frame {
        selected: Some(id_of("Gyeonggi")),
        ..frame(width, Layout::Geographic)
    };
    let s = geographic(&areas(), &markers(), f);
    let proj = projection(width);
    // The main map's fills are the polygons with a stroke (the inset's have none).
    let fills: Vec<&Rings> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Polygon {
                rings,
                stroke: Some(_),
                ..
            } => Some(rings),
            _ => None,
        })
        .collect();
    let paths: Vec<&Ring> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Path { points, .. } => Some(points),
            _ => None,
        })
        .collect();
    for a in areas() {
        let item = s.item(a.id).unwrap();
        // What is drawn is still the province's projected outline, point for point...
        let own = main_rings(&proj, a.id);
        assert_eq!(item.ring[..own.len()], own[..], "{}", a.id);
        let fill = fills
            .iter()
            .find(|r| r[..] == own[..])
            .unwrap_or_else(|| panic!("{} has no fill", a.id));
        // ...and its fill, the rings its marks follow and (where its own shape is
        // its pointer area) that area point at one copy of it.
        for (x, y) in fill.iter().zip(&item.ring) {
            assert!(Rc::ptr_eq(x, y), "{}: outline copied", a.id);
        }
        for r in item.polygon.iter() {
            if let Some(x) = fill.iter().find(|x| x[..] == r[..]) {
                assert!(Rc::ptr_eq(x, r), "{}: pointer area copied", a.id);
            }
        }
        // Its focus ring is drawn from the same points, as are the inset's edges.
        for m in s.focus_marks(a.id) {
            let Shape::Path { points, .. } = m else {
                panic!("{}: a focus mark that is no path", a.id)
            };
            let shared = item.ring.iter().chain(&item.open);
            assert!(
                shared.into_iter().any(|r| Rc::ptr_eq(r, &points)),
                "{}",
                a.id
            );
        }
        for r in &item.open {
            assert!(
                paths.iter().any(|p| Rc::ptr_eq(p, r)),
                "{}: seam run copied",
                a.id
            );
        }
    }
    // The selection's marks (drawn in the scene) share the selected province's rings.
    let gyeonggi = s.item(id_of("Gyeonggi")).unwrap();
    let marked = paths
        .iter()
        .filter(|p| gyeonggi.ring.iter().any(|r| Rc::ptr_eq(r, p)))
        .count();
    assert!(marked >= 2 * gyeonggi.ring.len(), "{marked}");
}

#[test]
fn seoul_is_north_of_busan_and_jeju_south_of_every_other_province() {
    for width in [390.0, 1280.0] {
        let proj = projection(width);
        let ys = |id: &str| -> Vec<f64> {
            shape(id)
                .unwrap()
                .rings_deg()
                .flatten()
                .map(|(lon, lat)| proj.px(lon, lat).1)
                .collect()
        };
        let top = |id: &str| ys(id).into_iter().fold(f64::MAX, f64::min);
        let bottom = |id: &str| ys(id).into_iter().fold(f64::MIN, f64::max);
        let (seoul, busan, jeju) = (id_of("Seoul"), id_of("Busan"), id_of("Jeju"));
        assert!(
            bottom(seoul) < top(busan),
            "Seoul lies wholly north of Busan"
        );
        for p in DATASET.provinces.iter().filter(|p| p.id != jeju) {
            assert!(
                top(jeju) > bottom(p.id),
                "Jeju lies wholly south of {}",
                p.name.en
            );
            assert!(
                label_px(width, jeju).1 > label_px(width, p.id).1,
                "Jeju's label is south of {}'s",
                p.name.en
            );
        }
        // And the map is not mirrored: Incheon (west coast) is west of Gangwon (east).
        assert!(label_px(width, id_of("Incheon")).0 < label_px(width, id_of("Ulsan")).0);
    }
}

#[test]
fn the_whole_country_fits_the_frame() {
    for width in [320.0, 390.0, 768.0, 1280.0] {
        let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        for shape in &s.shapes {
            if let Shape::Polygon { rings, .. } = shape {
                for (x, y) in flat(rings) {
                    assert!(
                        (0.0..=width).contains(&x) && (0.0..=s.height).contains(&y),
                        "({x}, {y}) outside {width}×{}",
                        s.height
                    );
                }
            }
        }
    }
}

#[test]
fn each_label_point_is_inside_its_province_and_hits_it() {
    for width in [390.0, 1280.0] {
        let s = geographic(&areas(), &[], frame(width, Layout::Geographic));
        let proj = projection(width);
        for p in DATASET.provinces {
            let at = label_px(width, p.id);
            let rings: Vec<Vec<(f64, f64)>> = shape(p.id)
                .unwrap()
                .rings_deg()
                .map(|r| r.map(|(lon, lat)| proj.px(lon, lat)).collect())
                .collect();
            assert!(
                point_in_rings(&rings, at.0, at.1),
                "{}'s label point is inside it",
                p.name.en
            );
            assert_eq!(s.hit(at.0, at.1), Some(p.id), "{} at {width}", p.name.en);
        }
    }
}

#[test]
fn from_tablet_width_the_map_too_gives_every_province_a_24px_target() {
    // Below PHONE_WIDTH, Sejong and Daejeon are too close for two 24 px targets on
    // the map: phones start with the tile grid (tested above).
    for width in [PHONE_WIDTH, 768.0, 1024.0, 1280.0] {
        let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        for p in DATASET.provinces {
            assert!(
                has_target(&s, p.id),
                "{} has a 24 px target at {width}",
                p.name.en
            );
        }
    }
}

#[test]
fn markers_sit_at_their_coordinates_in_their_province_and_win_the_hit() {
    let width = 1280.0;
    let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
    let proj = projection(width);
    for m in markers() {
        let (x, y) = proj.px(m.lon, m.lat);
        assert_eq!(s.hit(x, y), Some(m.id));
        // Inside its province's outline, or (Natural Earth's outlines are coarser
        // than city limits: Gwangju's city-level point lies 3 km outside it) within
        // 0.05 degree of it.
        let rings: Vec<Vec<(f64, f64)>> = shape(m.province)
            .unwrap()
            .rings_deg()
            .map(|r| r.map(|(lon, lat)| project_deg(lon, lat)).collect())
            .collect();
        let p = project_deg(m.lon, m.lat);
        assert!(
            point_in_rings(&rings, p.0, p.1) || edge_dist(&rings, p) < 0.05,
            "{} is drawn in or at the edge of {}",
            m.id,
            m.province
        );
    }
}

#[test]
fn every_anchor_hits_its_own_item() {
    for width in [390.0, 1024.0, 1280.0] {
        for layout in [Layout::Geographic, Layout::Tiles] {
            let f = frame(width, layout);
            let s = match layout {
                Layout::Geographic => geographic(&areas(), &markers(), f),
                Layout::Tiles => tiles(&areas(), &markers(), f),
            };
            for item in &s.items {
                let (x, y) = anchor(&s, &markers(), f, item.id).expect("anchor");
                assert_eq!(s.hit(x, y), Some(item.id), "{layout:?} at {width}");
            }
        }
    }
}

#[test]
fn a_label_on_a_plate_answers_for_its_province() {
    let mut checked = 0;
    for width in [PHONE_WIDTH, 1280.0] {
        let f = frame(width, Layout::Geographic);
        let s = geographic(&areas(), &markers(), f);
        let ins = inset_of(width, &markers());
        for sh in &s.shapes {
            let Shape::Box { rect, fill, .. } = sh else {
                continue;
            };
            // The inset's frame is no plate.
            if *fill != PAPER || *rect == ins.frame {
                continue;
            }
            let label = s.shapes.iter().find_map(|t| match t {
                Shape::Text { bounds, text, .. }
                    if rect.contains(bounds.centre().0, bounds.centre().1) =>
                {
                    Some(text.clone())
                }
                _ => None,
            });
            let area = areas()
                .into_iter()
                .find(|a| Some(&a.label) == label.as_ref())
                .expect("a plate holds a province label");
            let (cx, cy) = rect.centre();
            let under = DATASET.provinces.iter().map(|p| p.id).find(|id| {
                let mut rings = main_rings(&projection(width), id);
                rings.extend(
                    map_inset::piece(id)
                        .map(|p| ins.rings(p))
                        .unwrap_or_default(),
                );
                point_in_rings(&rings, cx, cy)
            });
            let got = s.hit(cx, cy);
            if width >= 1280.0 {
                // On a desktop map every plate answers for its province.
                assert_eq!(got, Some(area.id), "{} at {width}", area.label);
            } else {
                // Narrower, a plate over a smaller province leaves it that province's.
                assert!(
                    got == Some(area.id) || got == under,
                    "{} at {width}: {got:?}",
                    area.label
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "small provinces get plates");
}

#[test]
fn labels_meet_contrast_with_what_they_sit_on() {
    let hl = ["KR-11"];
    for width in [390.0, 1280.0] {
        for highlighted in [&[][..], &hl[..]] {
            let f = Frame {
                highlighted,
                ..frame(width, Layout::Geographic)
            };
            for s in both_layouts(f) {
                for shape in &s.shapes {
                    if let Shape::Text { bounds, colour, .. } = shape {
                        assert!(bounds.x >= 0.0 && bounds.x + bounds.w <= width);
                        // The fill under the label's centre.
                        let (cx, cy) = bounds.centre();
                        // On a white plate, or on the province under it.
                        let plate = s.shapes.iter().any(|sh| {
                            matches!(sh, Shape::Box { rect, fill, .. } if *fill == PAPER && rect.contains(cx, cy))
                        });
                        let fill = if plate {
                            PAPER
                        } else {
                            fill_of(s.hit(cx, cy).expect("labels sit on a province"), &f).0
                        };
                        let id = s.hit(cx, cy).unwrap_or("plate");
                        assert!(
                            colour.contrast(fill) >= 4.5,
                            "{id} label contrast {:.2}",
                            colour.contrast(fill)
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn labels_do_not_overlap() {
    for width in [390.0, 1280.0] {
        let f = frame(width, Layout::Geographic);
        for s in both_layouts(f) {
            let b = s.text_bounds();
            for i in 0..b.len() {
                for j in i + 1..b.len() {
                    assert_eq!(
                        b[i].overlap(&b[j]),
                        0.0,
                        "labels {i} and {j} overlap at {width}"
                    );
                }
            }
        }
    }
}

#[test]
fn region_fills_are_distinct_and_readable() {
    let n = DATASET.regions.len();
    let mut fills: Vec<Rgb> = (0..n).map(region_fill).collect();
    fills.push(UNASSIGNED);
    for (i, a) in fills.iter().enumerate() {
        assert!(ink_on(*a).contrast(*a) >= 4.5, "{}", a.hex());
        assert!(
            ink_on(fade(*a)).contrast(fade(*a)) >= 4.5,
            "faded {}",
            a.hex()
        );
        for b in &fills[i + 1..] {
            assert_ne!(a, b);
        }
        for c in crate::layout::funding::GROUPS {
            assert_ne!(*a, crate::layout::funding::category_fill(c));
        }
    }
}

#[test]
fn landlocked_provinces_share_every_border_edge_with_a_neighbour() {
    // No slivers or gaps: each edge of an inland province is an edge of another.
    let edges = |id: &str| -> Vec<((i32, i32), (i32, i32))> {
        shape(id)
            .unwrap()
            .rings_units()
            .map(|r| r.collect::<Vec<_>>())
            .flat_map(|r| (0..r.len()).map(move |i| (r[i], r[(i + 1) % r.len()])))
            .collect()
    };
    for name in [
        "Seoul",
        "Daejeon",
        "Sejong",
        "Daegu",
        "Gwangju",
        "North Chungcheong",
    ] {
        let id = id_of(name);
        let others: std::collections::HashSet<((i32, i32), (i32, i32))> = PROVINCE_SHAPES
            .iter()
            .filter(|s| s.id != id)
            .flat_map(|s| edges(s.id))
            .flat_map(|(a, b)| [(a, b), (b, a)])
            .collect();
        for e in edges(id) {
            assert!(
                others.contains(&e),
                "{name}'s edge {e:?} is on no neighbour"
            );
        }
    }
}
