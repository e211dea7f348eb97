//! The capital-area inset: where it goes, what it shows, and what answers there.

use super::*;

#[test]
fn a_kept_inset_placement_is_reused_only_for_its_width_and_markers() {
    let m = markers();
    let wide = inset_of(1280.0, &m);
    let narrow = inset_of(390.0, &m);
    assert_ne!(wide, narrow);
    assert_eq!(inset_of(1280.0, &m), wide);
    assert_eq!(inset_of(390.0, &m), narrow);
    // A place marked where the inset stood moves it.
    let proj = projection(1280.0);
    let (cx, cy) = wide.frame.centre();
    let (x, y) = ((cx - proj.dx) / proj.scale, (cy - proj.dy) / proj.scale);
    let blocker = Marker {
        id: "blocker",
        lon: x / STANDARD_PARALLEL.to_radians().cos(),
        lat: -y,
        province: "KR-41",
        kind: MarkerKind::Report,
    };
    assert!((proj.px(blocker.lon, blocker.lat).0 - cx).abs() < 1e-6);
    let mut more = m.clone();
    more.push(blocker);
    let moved = inset_of(1280.0, &more);
    assert_ne!(moved, wide);
    assert!(!moved.frame.contains(cx, cy));
    assert_eq!(inset_of(1280.0, &m), wide);
}

#[test]
fn in_the_inset_seoul_and_incheon_each_hold_a_24px_target() {
    for width in INSET_WIDTHS {
        let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        let ins = inset_of(width, &markers());
        for name in ["Seoul", "Incheon"] {
            let id = id_of(name);
            let c = inset_anchor(&ins, &markers(), id)
                .unwrap_or_else(|| panic!("{name} has a target in the inset at {width}"));
            assert!(
                ins.map.contains(c.0, c.1),
                "{name}'s target is in the inset"
            );
            assert!(square_hits(&s, c, id), "{name} at {width}");
            // Of its own shape there, not of an enlarged pointer area.
            let rings = ins.rings(map_inset::piece(id).unwrap());
            let h = MIN_TARGET / 2.0;
            let sq = Rect::new(c.0 - h, c.1 - h, MIN_TARGET, MIN_TARGET);
            assert!(square_inside(&rings, &sq), "{name} at {width}");
        }
    }
}

#[test]
fn the_inset_covers_no_land_marker_target_or_label_of_the_main_map() {
    for width in INSET_WIDTHS {
        let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        let ins = inset_of(width, &markers());
        let proj = projection(width);
        for p in DATASET.provinces {
            let rings = main_rings(&proj, p.id);
            assert!(
                !covers(&ins.frame, &rings),
                "the inset covers {} at {width}",
                p.name.en
            );
            assert!(
                !covers(
                    &ins.frame,
                    &[rect_ring(
                        target_square(
                            &rings,
                            label_px(width, p.id),
                            label_points().iter().find(|l| l.0 == p.id).unwrap().2 * proj.scale(),
                            &geo_marker_rects(&proj, &markers()),
                        )
                        .0
                    )]
                ),
                "the inset covers {}'s target at {width}",
                p.name.en
            );
        }
        for m in geo_marker_rects(&proj, &markers()) {
            assert_eq!(m.overlap(&ins.frame), 0.0, "a marker at {width}");
        }
        // Nothing drawn before it (the main map's labels, plates, leaders) reaches in.
        let at = s
            .shapes
            .iter()
            .position(|sh| matches!(sh, Shape::Box { rect, .. } if *rect == ins.frame))
            .expect("the frame is drawn");
        for sh in &s.shapes[..at] {
            let b = match sh {
                Shape::Text { bounds, .. } => *bounds,
                Shape::Box { rect, .. } => *rect,
                Shape::Line { from, to, .. } => bbox([*from, *to].into_iter()),
                _ => continue,
            };
            assert_eq!(b.overlap(&ins.frame), 0.0, "{sh:?} at {width}");
        }
        // It lies in the scene, which grows to hold it where it goes below the map.
        assert!(ins.frame.x >= 0.0 && ins.frame.x + ins.frame.w <= width);
        assert!(ins.frame.y >= 0.0 && ins.frame.y + ins.frame.h <= s.height);
        if ins.below {
            assert!(ins.frame.y >= height(width, Layout::Geographic) - PAD);
        }
    }
    // Where the map has the room, the inset is on it: the scene keeps its height.
    for width in [560.0, 800.0, 1280.0] {
        let ins = inset_of(width, &markers());
        assert!(!ins.below, "on the map at {width}");
    }
}

#[test]
fn the_inset_enlarges_without_turning_or_mirroring() {
    for width in INSET_WIDTHS {
        let ins = inset_of(width, &markers());
        let proj = projection(width);
        assert!(
            ins.scale >= 2.5 * proj.scale(),
            "the inset is a zoom at {width}: {} vs {}",
            ins.scale,
            proj.scale()
        );
        let at = |id: &str| ins.px_deg(map_inset::piece(id).unwrap().label);
        let (seoul, incheon) = (at(id_of("Seoul")), at(id_of("Incheon")));
        assert!(incheon.0 < seoul.0, "Incheon is west of Seoul at {width}");
        // Seoul's northern edge is north of Incheon's (37.68° vs 37.55°).
        let top = |id: &str| {
            flat(&ins.rings(map_inset::piece(id).unwrap()))
                .map(|p| p.1)
                .fold(f64::MAX, f64::min)
        };
        assert!(top(id_of("Seoul")) < top(id_of("Incheon")), "at {width}");
        // The lab in central Seoul is drawn inside Seoul there.
        let lab = markers().into_iter().find(|m| m.province == id_of("Seoul"));
        let lab = lab.expect("the dataset places a lab in Seoul");
        let (x, y) = ins.px(lab.lon, lab.lat).expect("in the window");
        assert!(point_in_rings(
            &ins.rings(map_inset::piece(id_of("Seoul")).unwrap()),
            x,
            y
        ));
    }
}

#[test]
fn the_inset_answers_for_the_same_items_and_adds_none() {
    for width in INSET_WIDTHS {
        let f = frame(width, Layout::Geographic);
        let s = geographic(&areas(), &markers(), f);
        let ins = inset_of(width, &markers());
        let ids: Vec<&str> = s.items.iter().map(|i| i.id).collect();
        let want: Vec<&str> = order().chain(markers().iter().map(|m| m.id)).collect();
        assert_eq!(ids, want, "keyboard order at {width}");
        // Stepping from Seoul leads to the next province, never to Seoul again.
        let seoul = id_of("Seoul");
        let next = s.step(Some(seoul), 1);
        assert_ne!(next, Some(seoul));
        assert_eq!(next, order().skip_while(|o| *o != seoul).nth(1));
        // The lab answers in the inset too, where it is drawn.
        let lab = markers().into_iter().find(|m| m.province == seoul).unwrap();
        let (x, y) = ins.px(lab.lon, lab.lat).unwrap();
        assert_eq!(s.hit(x, y), Some(lab.id), "the lab in the inset at {width}");
        assert!(s.shapes.iter().any(|sh| matches!(
            sh,
            Shape::Circle { centre, radius, .. } if *centre == (x, y) && *radius == MARKER_R
        )));
        // And the main map's pointer areas are those of a map without an inset.
        let proj = projection(width);
        let (lx, ly) = proj.px(lab.lon, lab.lat);
        assert_eq!(s.hit(lx, ly), Some(lab.id));
        assert_eq!(
            s.hit(ins.frame.x + 1.0, ins.frame.y + 1.0),
            None,
            "the title band"
        );
    }
}

#[test]
fn the_locator_frames_the_inset_s_window_on_the_main_map() {
    for width in [390.0, 800.0, 1280.0] {
        let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        let proj = projection(width);
        let loc = locator(&proj);
        // Seoul and Incheon lie inside it.
        for name in ["Seoul", "Incheon"] {
            for (x, y) in flat(&main_rings(&proj, id_of(name))) {
                assert!(loc.contains(x, y), "{name} at {width}");
            }
        }
        assert!(
            s.shapes.contains(&Shape::outline(loc, INK, 1.5)),
            "locator at {width}"
        );
    }
}

#[test]
fn inset_labels_fit_inside_its_frame_and_clear_of_its_title() {
    for width in INSET_WIDTHS {
        let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        let ins = inset_of(width, &markers());
        let texts: Vec<(String, Rect)> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { text, bounds, .. } if ins.frame.overlap(bounds) > 0.0 => {
                    Some((text.clone(), *bounds))
                }
                _ => None,
            })
            .collect();
        assert!(
            texts.iter().any(|t| t.0 == "Seoul capital area"),
            "title at {width}"
        );
        assert!(
            texts.iter().any(|t| t.0 == "Seoul"),
            "Seoul named at {width}"
        );
        for (t, b) in &texts {
            assert!(
                b.x >= ins.frame.x
                    && b.y >= ins.frame.y
                    && b.x + b.w <= ins.frame.x + ins.frame.w
                    && b.y + b.h <= ins.frame.y + ins.frame.h,
                "{t} at {width}"
            );
        }
        for i in 0..texts.len() {
            for j in i + 1..texts.len() {
                assert_eq!(texts[i].1.overlap(&texts[j].1), 0.0, "at {width}");
            }
        }
    }
}
