use super::*;
use crate::data::timeline::{entries, Row, When};
use crate::geo::{bbox, Rect};
use crate::layout::scene::{Scene, Shape};

fn items() -> Vec<TimeItem> {
    entries()
        .iter()
        .map(|e| TimeItem {
            id: e.id,
            row: e.row,
            when: e.when,
            mark: e.mark,
            label: format!("{} label of some length", e.id),
        })
        .collect()
}

fn rows() -> Vec<(Row, String)> {
    Row::ALL.iter().map(|r| (*r, format!("{r:?}"))).collect()
}

fn frame<'a>(width: f64, range: (f64, f64), rows: &'a [(Row, String)]) -> TimeFrame<'a> {
    TimeFrame {
        width,
        range,
        today: 2026.9,
        today_label: "Today".into(),
        quarters: ["Q1".into(), "Q2".into(), "Q3".into(), "Q4".into()],
        rows,
        links: &[],
        selected: None,
        highlighted: &[],
    }
}

const RANGES: [(f64, f64); 5] = [
    (2024.0, 2031.0),
    (2023.0, 2051.0),
    (2024.5, 2026.0),
    (2025.0, 2025.6),
    (2029.0, 2031.0),
];

/// The timeline at each of `widths` and each of [`RANGES`], with every lane.
fn scenes(widths: &[f64]) -> Vec<(f64, (f64, f64), Scene)> {
    let (items, rows) = (items(), rows());
    let mut out = Vec::new();
    for &width in widths {
        for range in RANGES {
            out.push((width, range, timeline(&items, &frame(width, range, &rows))));
        }
    }
    out
}

#[test]
fn no_two_labels_overlap_at_any_zoom_or_width() {
    for (width, range, scene) in scenes(&[320.0, 390.0, 700.0, 1280.0, 2560.0]) {
        let texts = scene.text_bounds();
        for (i, a) in texts.iter().enumerate() {
            assert!(
                a.x >= -0.5 && a.x + a.w <= width + 0.5,
                "label leaves the canvas at {width} {range:?}: {a:?}"
            );
            for b in &texts[i + 1..] {
                assert!(
                    a.overlap(b) < 1e-6,
                    "labels overlap at {width} {range:?}: {a:?} {b:?}"
                );
            }
        }
    }
}

#[test]
fn labels_do_not_cover_marks() {
    for (width, range, scene) in scenes(&[700.0, 1280.0, 2560.0]) {
        let marks: Vec<Rect> = scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Circle { centre, radius, .. } => Some(Rect::square(*centre, 2.0 * radius)),
                Shape::Polygon { rings, .. } => Some(bbox(rings[0].iter().copied())),
                _ => None,
            })
            .collect();
        for t in scene.text_bounds() {
            for m in &marks {
                // The conflict badge carries its own "!" inside it.
                if t.w < 12.0 {
                    continue;
                }
                assert!(
                    t.overlap(m) < 1e-6,
                    "a label covers a mark at {width} {range:?}: {t:?} {m:?}"
                );
            }
        }
    }
}

#[test]
fn the_time_scale_maps_the_range_onto_the_plot_in_order() {
    let items = items();
    let rows = rows();
    let scene = timeline(&items, &frame(1280.0, (2024.0, 2031.0), &rows));
    // Entries in time order appear left to right (by their item's left edge, points only).
    let mut xs = Vec::new();
    for e in entries().iter().filter(|e| {
        matches!(e.when, When::Point(_)) && e.when.start() >= 2024.0 && e.when.start() <= 2031.0
    }) {
        let it = scene
            .item(e.id)
            .unwrap_or_else(|| panic!("{} not drawn", e.id));
        xs.push((e.when.start(), it.hit.x));
    }
    xs.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(xs.windows(2).all(|w| w[0].1 <= w[1].1 + 1e-6), "{xs:?}");
    // Out-of-range entries are not drawn.
    let scene = timeline(&items, &frame(1280.0, (2029.0, 2031.0), &rows));
    for e in entries().iter().filter(|e| e.when.end() < 2029.0) {
        assert!(
            scene.item(e.id).is_none(),
            "{} drawn outside the range",
            e.id
        );
    }
}

#[test]
fn spans_run_from_start_to_end() {
    let items = items();
    let rows = rows();
    let f = frame(1280.0, (2024.0, 2031.0), &rows);
    let scene = timeline(&items, &f);
    let gutter = (1280.0f64 * 0.16).clamp(90.0, 150.0);
    let (plot_x, plot_r) = (gutter + 10.0, 1280.0 - 14.0);
    let x_of = |t: f64| plot_x + (t - 2024.0) / 7.0 * (plot_r - plot_x);
    let span = entries()
        .iter()
        .find(|e| matches!(e.when, When::Span(a, b) if a >= 2024.0 && b <= 2031.0))
        .expect("a span");
    let (a, b) = (span.when.start(), span.when.end());
    let found = scene.shapes.iter().any(|s| matches!(s, Shape::Box { rect, .. } if (rect.x - x_of(a)).abs() < 1e-6 && (rect.x + rect.w - x_of(b)).abs() < 1e-6));
    assert!(found, "no bar from {a} to {b}");
}

#[test]
fn each_entry_sits_in_its_own_lane_and_hits_back() {
    let items = items();
    let rows = rows();
    let scene = timeline(&items, &frame(1280.0, (2023.0, 2051.0), &rows));
    // Lanes are stacked in order: every entry of a later lane is below every entry of an earlier one.
    let lane_of = |id: &str| {
        entries()
            .iter()
            .find(|e| e.id == id)
            .map(|e| Row::ALL.iter().position(|r| *r == e.row).unwrap())
    };
    for a in &scene.items {
        for b in &scene.items {
            if let (Some(la), Some(lb)) = (lane_of(a.id), lane_of(b.id)) {
                if la < lb {
                    assert!(
                        a.hit.y + a.hit.h <= b.hit.y + 1e-6,
                        "{} (lane {la}) not above {} (lane {lb})",
                        a.id,
                        b.id
                    );
                }
            }
        }
    }
    for it in &scene.items {
        let (x, y) = it.hit.centre();
        let got = scene.hit(x, y).unwrap();
        let area = |id: &str| scene.item(id).unwrap().hit.area();
        assert!(
            got == it.id || area(got) <= area(it.id),
            "{} centre hits {got}",
            it.id
        );
        assert!(
            it.hit.h >= 24.0 && it.hit.w >= 24.0,
            "{} target under 24 px",
            it.id
        );
    }
}

#[test]
fn keyboard_order_follows_time() {
    let items = items();
    let rows = rows();
    for width in [390.0, 1280.0] {
        let scene = timeline(&items, &frame(width, (2024.0, 2031.0), &rows));
        let starts: Vec<f64> = scene
            .items
            .iter()
            .filter_map(|i| entries().iter().find(|e| e.id == i.id))
            .filter(|e| matches!(e.when, When::Point(_)))
            .map(|e| e.when.start())
            .collect();
        assert!(
            starts.windows(2).all(|w| w[0] <= w[1] + 1e-9),
            "{width}: {starts:?}"
        );
    }
}

#[test]
fn filtered_lanes_are_not_drawn() {
    let items = items();
    let only_law = vec![(Row::Report(atlas_model::Lane::Law), "Law".to_owned())];
    for width in [390.0, 1280.0] {
        let scene = timeline(&items, &frame(width, (2023.0, 2051.0), &only_law));
        assert!(!scene.items.is_empty());
        for it in &scene.items {
            let e = entries().iter().find(|e| e.id == it.id).unwrap();
            assert_eq!(e.row, Row::Report(atlas_model::Lane::Law));
        }
    }
}

#[test]
fn conflicting_dates_are_joined_by_a_focusable_marker() {
    let items = items();
    let rows = rows();
    let links = crate::data::timeline::conflict_links();
    let mut f = frame(1280.0, (2024.0, 2031.0), &rows);
    f.links = &links;
    let scene = timeline(&items, &f);
    let (conflict, a, _) = links[0];
    let ia = scene.items.iter().position(|i| i.id == a).unwrap();
    assert_eq!(
        scene.items[ia + 1].id,
        conflict,
        "the marker follows its first entry in keyboard order"
    );
}

#[test]
fn ticks_follow_the_zoom() {
    assert!(ticks((2024.0, 2031.0)).iter().all(|(_, major)| *major));
    assert!(ticks((2025.0, 2025.9)).iter().any(|(_, major)| !*major));
    assert_eq!(ticks((2020.0, 2060.0)).first().map(|t| t.0), Some(2020.0));
}

/// Every mark stands 3:1 from the paper, or its edge does, in the light and the dark
/// theme, at a phone's and a desktop's width and every range.
#[test]
fn every_mark_stands_out_from_the_paper_in_both_themes() {
    for (width, range, scene) in scenes(&[390.0, 1280.0]) {
        crate::layout::theme::assert_marks_stand_out(
            &scene,
            &format!("timeline at {width}, {range:?}"),
        );
    }
}
