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
            .holder(e.id)
            .unwrap_or_else(|| panic!("{} not drawn", e.id));
        // An entry in a count mark is placed with it; the order holds for the rest.
        if it.id == e.id {
            xs.push((e.when.start(), it.hit.x));
        }
    }
    xs.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(xs.windows(2).all(|w| w[0].1 <= w[1].1 + 1e-6), "{xs:?}");
    // Out-of-range entries are not drawn.
    let scene = timeline(&items, &frame(1280.0, (2029.0, 2031.0), &rows));
    for e in entries().iter().filter(|e| e.when.end() < 2029.0) {
        assert!(
            scene.holder(e.id).is_none(),
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

/// The timeline's entries with the dataset's own short labels, in `lang`.
fn real_items(lang: crate::i18n::Lang) -> Vec<TimeItem> {
    entries()
        .iter()
        .map(|e| {
            let short = crate::data::MILESTONES
                .iter()
                .find(|m| m.id == e.id)
                .map(|m| m.short)
                .or_else(|| {
                    let u = crate::data::UPDATES.iter().find(|u| u.id == e.record)?;
                    let n: usize = e.id.rsplit('@').next()?.parse().ok()?;
                    u.events.get(n - 1).map(|ev| ev.short)
                })
                .expect("every entry has a short label");
            TimeItem {
                id: e.id,
                row: e.row,
                when: e.when,
                mark: e.mark,
                label: lang.pick(short).to_owned(),
            }
        })
        .collect()
}

/// Whether the segment `a`–`b` passes through the inside of `r`, sampled every half pixel
/// (an independent check of the routing's clipping).
fn crosses(a: (f64, f64), b: (f64, f64), r: &Rect) -> bool {
    let len = (b.0 - a.0).hypot(b.1 - a.1);
    let n = (len * 2.0).ceil().max(1.0) as usize;
    (0..=n).any(|i| {
        let t = i as f64 / n as f64;
        let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h
    })
}

#[test]
fn short_labels_are_drawn_whole_at_1280_and_390_in_both_languages() {
    use crate::i18n::Lang;
    // Lane names are the interface's; these tests are about the entries' labels.
    let rows: Vec<(Row, String)> = Row::ALL
        .iter()
        .enumerate()
        .map(|(i, r)| (*r, format!("Lane {i}")))
        .collect();
    for lang in [Lang::En, Lang::Ko] {
        let items = real_items(lang);
        // The chart's widths on 1280 and 390 px screens (less the page's margins), and
        // the screens' own.
        for width in [1112.0, 1280.0, 360.0, 390.0] {
            let scene = timeline(
                &items,
                &frame(width, crate::state::range::DEFAULT_RANGE, &rows),
            );
            let drawn: Vec<&str> = scene
                .shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Text { text, .. } => Some(text.as_str()),
                    _ => None,
                })
                .collect();
            for t in &drawn {
                assert!(
                    !t.ends_with('…') && !t.ends_with("..."),
                    "{lang:?} {width}: {t:?} is cut"
                );
            }
            // Every entry in range is shown by its own label or by a count mark's.
            for it in items
                .iter()
                .filter(|i| i.when.end() >= 2024.0 && i.when.start() <= 2031.0)
            {
                let holder = scene
                    .holder(it.id)
                    .unwrap_or_else(|| panic!("{} not drawn", it.id));
                if holder.id == it.id {
                    assert!(
                        drawn.contains(&it.label.as_str()) || scene.hidden_labels > 0,
                        "{lang:?} {width}: {:?} not drawn",
                        it.label
                    );
                }
            }
        }
    }
}

#[test]
fn no_label_is_crossed_by_the_today_line_or_a_conflict_link() {
    use crate::i18n::Lang;
    let rows = rows();
    let links = crate::data::timeline::conflict_links();
    for lang in [Lang::En, Lang::Ko] {
        let items = real_items(lang);
        for width in [360.0, 390.0, 700.0, 1112.0, 1280.0] {
            for range in RANGES {
                for today in [2025.0, 2025.2, 2026.4, 2026.95, 2030.5] {
                    let mut f = frame(width, range, &rows);
                    f.links = &links;
                    f.today = today;
                    let scene = timeline(&items, &f);
                    // Labels, less the glyphs inside conflict markers.
                    let labels: Vec<Rect> = scene
                        .text_bounds()
                        .into_iter()
                        .filter(|t| t.w >= 12.0)
                        .collect();
                    let lines = scene.shapes.iter().filter_map(|s| match s {
                        Shape::Line {
                            from,
                            to,
                            dashed: true,
                            ..
                        } => Some((*from, *to)),
                        _ => None,
                    });
                    let mut n = 0;
                    for (a, b) in lines {
                        n += 1;
                        for l in &labels {
                            assert!(
                                !crosses(a, b, l),
                                "{lang:?} {width} {range:?} today {today}: line {a:?}-{b:?} crosses {l:?}"
                            );
                        }
                    }
                    if f.today >= range.0 && f.today <= range.1 {
                        assert!(n > 0, "no today line at {width} {range:?} {today}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_dense_cluster_becomes_a_count_mark_holding_its_entries() {
    use crate::data::timeline::Mark;
    let later = Row::Later;
    let ids: [&'static str; 7] = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"];
    // Seven entries in one week: four sub-rows cannot hold seven whole labels.
    let items: Vec<TimeItem> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| TimeItem {
            id,
            row: later,
            when: When::Point(2025.5 + i as f64 / 365.0),
            mark: Mark::Later,
            label: format!("Entry number {i} here"),
        })
        .collect();
    let rows = vec![(later, "Later".to_owned())];
    for width in [1280.0, 390.0] {
        let scene = timeline(&items, &frame(width, (2024.0, 2031.0), &rows));
        assert_eq!(scene.groups.len(), 1, "{width}: {:?}", scene.groups);
        let (group, held) = &scene.groups[0];
        // The count mark is an item; what it holds are not, and with the labelled
        // entries they are every entry, once, in time order.
        assert!(scene.item(group).is_some());
        let mut all: Vec<&str> = scene
            .items
            .iter()
            .map(|i| i.id)
            .filter(|i| i != group)
            .chain(held.iter().copied())
            .collect();
        assert!(held.len() >= 2 && held.iter().all(|h| scene.item(h).is_none()));
        assert!(held
            .windows(2)
            .all(|w| ids.iter().position(|i| *i == w[0]) < ids.iter().position(|i| *i == w[1])));
        all.sort_unstable();
        assert_eq!(all, ids.to_vec(), "{width}");
        // Its label is the count.
        let count = format!("+{}", held.len());
        assert!(
            scene
                .shapes
                .iter()
                .any(|s| matches!(s, Shape::Text { text, .. } if *text == count)),
            "{width}: no {count} drawn"
        );
        for h in held {
            assert_eq!(scene.holder(h).map(|i| i.id), Some(*group));
        }
    }
}

#[test]
fn lanes_are_named_beside_their_columns_at_390() {
    let items = items();
    let rows = rows();
    let scene = timeline(&items, &frame(390.0, (2024.0, 2031.0), &rows));
    let texts = scene.texts();
    let first_mark_y = scene.items.iter().map(|i| i.hit.y).fold(f64::MAX, f64::min);
    for (_, name) in &rows {
        let (_, b) = texts
            .iter()
            .find(|(t, _)| t == name)
            .unwrap_or_else(|| panic!("lane {name} is not named"));
        assert!(
            b.y + b.h <= first_mark_y + 1e-6,
            "lane name {name} is not above the entries"
        );
    }
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

/// A count mark holds entries close together: its first and last lie within
/// GROUP_SPAN of each other on the page, so a dense stretch becomes several count marks
/// (on more sub-rows) rather than one that hides where its entries lie. With the
/// dataset's short labels, every unit keeps its label.
#[test]
fn no_count_mark_stretches_past_the_cap() {
    use super::horizontal::plot;
    use super::model::GROUP_SPAN;
    use crate::i18n::Lang;
    let rows = rows();
    for (items, short) in [
        (items(), false),
        (real_items(Lang::En), true),
        (real_items(Lang::Ko), true),
    ] {
        for width in [640.0, 700.0, 1000.0, 1112.0, 1280.0, 1766.0, 2400.0] {
            for range in RANGES
                .iter()
                .copied()
                .chain([crate::state::range::DEFAULT_RANGE])
            {
                let f = frame(width, range, &rows);
                let scene = timeline(&items, &f);
                let p = plot(&f);
                let x = |id: &str| p.x(items.iter().find(|t| t.id == id).unwrap().when.start());
                for (g, ids) in &scene.groups {
                    let span = x(ids[ids.len() - 1]) - x(ids[0]);
                    assert!(
                        span <= GROUP_SPAN + 1e-6,
                        "{width} {range:?}: {g} holds {} entries over {span:.1} px",
                        ids.len()
                    );
                }
                if short {
                    assert_eq!(scene.hidden_labels, 0, "{width} {range:?}");
                }
            }
        }
    }
}

/// A conflict's marker covers no entry's mark and no label (its own "!" aside), at the
/// page's widths and the briefing's, in every range and both languages.
#[test]
fn no_conflict_marker_covers_a_mark_or_a_label() {
    use crate::i18n::Lang;
    let rows = rows();
    let links = crate::data::timeline::conflict_links();
    assert!(!links.is_empty());
    for lang in [Lang::En, Lang::Ko] {
        let items = real_items(lang);
        for width in [
            360.0, 390.0, 700.0, 1000.0, 1007.0, 1084.0, 1112.0, 1280.0, 1766.0,
        ] {
            for range in RANGES
                .iter()
                .copied()
                .chain([crate::state::range::DEFAULT_RANGE])
            {
                // Unselected, and as briefing slide 5 shows it (a conflict selected).
                for selected in [None, Some("ai-basic-act-passage-date")] {
                    let mut f = frame(width, range, &rows);
                    f.links = &links;
                    f.selected = selected;
                    let scene = timeline(&items, &f);
                    let what = format!("{lang:?} {width} {range:?} {selected:?}");
                    let markers: Vec<Rect> = scene
                        .shapes
                        .iter()
                        .filter_map(|s| match s {
                            Shape::Circle { centre, radius, .. } if *radius > 8.0 => {
                                Some(Rect::square(*centre, 2.0 * radius))
                            }
                            _ => None,
                        })
                        .collect();
                    let drawn = links
                        .iter()
                        .filter(|(c, ..)| scene.item(c).is_some())
                        .count();
                    assert_eq!(
                        markers.len(),
                        drawn,
                        "{what}: one marker per conflict drawn"
                    );
                    let marks = scene.shapes.iter().filter_map(|s| match s {
                        Shape::Circle { centre, radius, .. } if *radius <= 8.0 => {
                            Some(Rect::square(*centre, 2.0 * radius))
                        }
                        Shape::Polygon { rings, .. } => Some(bbox(rings[0].iter().copied())),
                        _ => None,
                    });
                    let labels = scene.text_bounds().into_iter().filter(|t| t.w >= 12.0);
                    for other in marks.chain(labels) {
                        for m in &markers {
                            assert!(
                                m.overlap(&other) <= 1e-6,
                                "{what}: the marker at {m:?} covers {other:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}

/// A span's bar never ends inside a label: a label too long for its bar starts after it.
#[test]
fn no_span_bar_ends_inside_a_label() {
    use crate::i18n::Lang;
    let rows = rows();
    for lang in [Lang::En, Lang::Ko] {
        let items = real_items(lang);
        for width in [700.0, 1112.0, 1280.0, 2560.0] {
            for range in RANGES {
                let scene = timeline(&items, &frame(width, range, &rows));
                let labels = scene.text_bounds();
                let bars = scene.shapes.iter().filter_map(|s| match s {
                    Shape::Box { rect, .. } if (rect.h - 16.0).abs() < 1e-9 => Some(*rect),
                    _ => None,
                });
                for bar in bars {
                    for edge in [bar.x, bar.x + bar.w] {
                        for l in &labels {
                            let level = l.y < bar.y + bar.h && bar.y < l.y + l.h;
                            assert!(
                                !(level && l.x + 1.0 < edge && edge < l.x + l.w - 1.0),
                                "{lang:?} {width} {range:?}: the bar {bar:?} ends inside {l:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}
