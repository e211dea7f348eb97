use super::*;
use crate::data::funding::{funding, Period};
use crate::layout::colour::ink_on;
use crate::layout::scene::Shape;
use atlas_model::Category;

fn tiles() -> Vec<Tile> {
    funding(Period::Total)
        .charted
        .iter()
        .map(|c| Tile {
            id: c.programme.id,
            category: c.programme.category,
            weight: c.weight(),
            max_weight: None,
            open_ended: c.open_ended(),
            disputed: c.disagreements > 0,
            name: c.programme.name.en.to_owned(),
            value: format!("{} eok", c.weight()),
        })
        .collect()
}

fn frame(width: f64, height: f64, grouped: bool) -> Frame<'static> {
    Frame {
        width,
        height,
        grouped,
        selected: None,
        highlighted: &[],
    }
}

#[test]
fn treemap_areas_are_proportional_and_every_programme_is_present() {
    let tiles = tiles();
    assert!(
        tiles.len() >= 8,
        "expected the programmes with known amounts"
    );
    for grouped in [false, true] {
        for (w, h) in [(358.0, 420.0), (1200.0, 560.0)] {
            let scene = treemap(&tiles, frame(w, h, grouped));
            let total: f64 = tiles.iter().map(|t| t.weight).sum();
            for t in &tiles {
                let item = scene
                    .item(t.id)
                    .unwrap_or_else(|| panic!("{} missing", t.id));
                let share = item.hit.area() / (w * h);
                let want = t.weight / total;
                assert!(
                    (share - want).abs() <= 0.005 * want,
                    "{}: area share {share}, weight share {want}",
                    t.id
                );
            }
        }
    }
}

#[test]
fn treemap_tiles_do_not_overlap_and_hit_back_to_themselves() {
    let tiles = tiles();
    for grouped in [false, true] {
        let scene = treemap(&tiles, frame(800.0, 500.0, grouped));
        for (i, a) in scene.items.iter().enumerate() {
            for b in &scene.items[i + 1..] {
                assert!(a.hit.overlap(&b.hit) < 1e-6, "{} overlaps {}", a.id, b.id);
            }
            let (x, y) = a.hit.centre();
            assert_eq!(scene.hit(x, y), Some(a.id));
        }
    }
}

#[test]
fn labels_stay_inside_their_tiles_and_apart() {
    let tiles = tiles();
    for (w, h) in [
        (320.0, 380.0),
        (390.0, 420.0),
        (1280.0, 560.0),
        (2560.0, 900.0),
    ] {
        let scene = treemap(&tiles, frame(w, h, false));
        let texts = scene.text_bounds();
        for (i, t) in texts.iter().enumerate() {
            let inside = scene.items.iter().any(|it| {
                t.x >= it.hit.x - 1e-6
                    && t.y >= it.hit.y - 1e-6
                    && t.x + t.w <= it.hit.x + it.hit.w + 1e-6
                    && t.y + t.h <= it.hit.y + it.hit.h + 1e-6
            });
            assert!(inside, "label {t:?} overflows its tile at {w}×{h}");
            for u in &texts[i + 1..] {
                assert!(t.overlap(u) < 1e-6, "labels overlap at {w}×{h}");
            }
        }
    }
}

#[test]
fn bars_are_proportional_ranked_and_labels_do_not_overlap() {
    let tiles = tiles();
    let names = vec![(Category::Ai, "AI".to_owned())];
    for grouped in [false, true] {
        for w in [320.0, 390.0, 1280.0] {
            let scene = bars(&tiles, frame(w, 0.0, grouped), &names, &|v| format!("{v}"));
            assert_eq!(scene.items.len(), tiles.len());
            let texts = scene.text_bounds();
            for (i, t) in texts.iter().enumerate() {
                assert!(
                    t.x >= -1e-6 && t.x + t.w <= w + 1e-6,
                    "label {t:?} leaves the canvas at {w}"
                );
                for u in &texts[i + 1..] {
                    assert!(
                        t.overlap(u) < 1e-6,
                        "bar labels overlap at {w}: {t:?} {u:?}"
                    );
                }
            }
            for it in &scene.items {
                let (x, y) = it.hit.centre();
                assert_eq!(scene.hit(x, y), Some(it.id));
                assert!(it.hit.h >= 24.0, "hit target under 24 px");
            }
        }
    }
    // Ungrouped rows are ranked: each bar no longer than the one above.
    let scene = bars(&tiles, frame(1280.0, 0.0, false), &names, &|v| {
        format!("{v}")
    });
    let lengths: Vec<f64> = scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Box {
                rect, stroke: None, ..
            } => Some(rect.w),
            _ => None,
        })
        .collect();
    assert!(lengths.windows(2).all(|w| w[0] + 1e-9 >= w[1]));
    let max = tiles.iter().map(|t| t.weight).fold(0.0, f64::max);
    let min_tile = tiles.iter().map(|t| t.weight).fold(f64::MAX, f64::min);
    // Lengths are proportional to weights (bars under 2 px are drawn at 2 px).
    let ratio = lengths[0] / max;
    for (len, t) in lengths.iter().zip({
        let mut s = tiles.clone();
        s.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        s
    }) {
        if t.weight * ratio >= 2.0 {
            assert!((len / t.weight - ratio).abs() <= 0.005 * ratio, "{}", t.id);
        }
    }
    assert!(min_tile > 0.0);
}

#[test]
fn text_on_every_fill_meets_aa_contrast() {
    for g in GROUPS {
        let fill = category_fill(g);
        assert!(
            ink_on(fill).contrast(fill) >= 4.5,
            "{g:?} fill {}",
            fill.hex()
        );
    }
}

#[test]
fn keyboard_steps_clamp_at_the_ends() {
    let scene = treemap(&tiles(), frame(800.0, 500.0, false));
    let first = scene.items[0].id;
    let last = scene.items.last().unwrap().id;
    assert_eq!(scene.step(None, 1), Some(first));
    assert_eq!(scene.step(Some(first), -1), Some(first));
    assert_eq!(scene.step(Some(last), 1), Some(last));
    assert_eq!(scene.step(Some(first), 1), Some(scene.items[1].id));
}

#[test]
fn ticks_are_round_and_cover_the_maximum() {
    let (max, step) = nice_ticks(400_000.0, 4);
    assert!(max >= 400_000.0);
    assert_eq!(step, 100_000.0);
    assert_eq!(nice_ticks(0.0, 4), (1.0, 1.0));
}
