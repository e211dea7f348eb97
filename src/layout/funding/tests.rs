use super::*;
use crate::data::funding::{fund_split, funding, Charted, Period};
use crate::data::DATASET;
use crate::i18n::figure::figure_label;
use crate::i18n::Lang;
use crate::layout::colour::ink_on;
use crate::layout::colour::{INK, PAPER};
use crate::layout::scene::Shape;
use crate::layout::Scene;
use crate::state::Money;
use atlas_model::Category;

fn tiles() -> Vec<Tile> {
    funding(Period::Total)
        .charted
        .iter()
        .map(|c| {
            Tile::of(
                c,
                c.programme.name.en.to_owned(),
                format!("{} eok", c.weight()),
            )
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
    let names = vec![(Category::Ai, "AI".to_owned())];
    let scene = bars(&tiles(), frame(800.0, 0.0, false), &names, &|v| {
        format!("{v}")
    });
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

/// The tiles as the view builds them: the data's own ranges, floors and disputes, and
/// the figure written with its period.
fn view_tiles(period: Period) -> Vec<(Charted, Tile)> {
    funding(period)
        .charted
        .into_iter()
        .map(|c| {
            let label = figure_label(Lang::En, &c, Money::Won);
            let tile = Tile::of(&c, c.programme.name.en.to_owned(), label);
            (c, tile)
        })
        .collect()
}

fn view_bars(tiles: &[Tile], width: f64) -> Scene {
    let names = vec![(Category::Ai, "AI".to_owned())];
    bars(tiles, frame(width, 0.0, false), &names, &|v| format!("{v}"))
}

/// The shapes drawn within a programme's row.
fn row<'a>(scene: &'a Scene, id: &str) -> Vec<&'a Shape> {
    let hit = scene
        .item(id)
        .unwrap_or_else(|| panic!("{id} has no row"))
        .hit;
    let inside = |y: f64| y >= hit.y - 1e-6 && y <= hit.y + hit.h + 1e-6;
    scene
        .shapes
        .iter()
        .filter(|s| match s {
            Shape::Box { rect, .. } => inside(rect.y) && inside(rect.y + rect.h),
            Shape::Line { from, .. } => inside(from.1),
            Shape::Text { bounds, .. } => inside(bounds.y + bounds.h / 2.0),
            _ => false,
        })
        .collect()
}

fn texts<'a>(shapes: &[&'a Shape]) -> Vec<&'a str> {
    shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The groups' names in `lang`, as the view passes them.
fn group_names(lang: Lang) -> Vec<(Category, String)> {
    GROUPS
        .iter()
        .map(|g| (*g, crate::i18n::category_name(lang, *g).to_owned()))
        .collect()
}

/// The bars' tiles in `lang`, named and labelled as the view does.
fn lang_tiles(lang: Lang, period: Period) -> Vec<Tile> {
    funding(period)
        .charted
        .iter()
        .map(|c| {
            Tile::of(
                c,
                lang.pick(c.programme.name).to_owned(),
                figure_label(lang, c, Money::Won),
            )
        })
        .collect()
}

/// Each bar writes its figure with its period ("over 5 years", "by 2027", "2025 only"),
/// never the bare sum, in both periods and at phone and desktop widths.
#[test]
fn every_bar_writes_its_period() {
    for period in [Period::Total, Period::PerYear] {
        let tiles = view_tiles(period);
        let only: Vec<Tile> = tiles.iter().map(|(_, t)| t.clone()).collect();
        for width in [390.0, 1280.0] {
            let scene = view_bars(&only, width);
            for (c, t) in &tiles {
                let drawn = texts(&row(&scene, t.id));
                assert!(
                    drawn.contains(&t.value.as_str()),
                    "{} at {width}: {drawn:?} lacks {:?}",
                    t.id,
                    t.value
                );
                let bare = crate::i18n::quantity(Lang::En, c.quantity);
                assert_ne!(t.value, bare, "{} is written without its period", t.id);
            }
        }
    }
}

/// A range is a filled bar to its low end and an open box from the low end to the high
/// end: nothing filled reaches the high end.
#[test]
fn a_range_is_drawn_from_its_low_to_its_high_end() {
    let mut tiles: Vec<Tile> = view_tiles(Period::Total)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    tiles.push(Tile {
        id: "a-range",
        category: Category::Ai,
        weight: 40_000.0,
        max_weight: Some(90_000.0),
        open_ended: true,
        disputed: false,
        ambiguous: false,
        name: "A range".into(),
        value: "₩4–9 trillion over 5 years".into(),
    });
    let scene = view_bars(&tiles, 1280.0);
    let ranges: Vec<&Tile> = tiles.iter().filter(|t| t.max_weight.is_some()).collect();
    for t in ranges {
        let shapes = row(&scene, t.id);
        let filled: Vec<_> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Box {
                    rect, stroke: None, ..
                } => Some(*rect),
                _ => None,
            })
            .collect();
        let open: Vec<_> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Box {
                    rect,
                    stroke: Some(_),
                    fill,
                    ..
                } if *fill == PAPER => Some(*rect),
                _ => None,
            })
            .collect();
        assert_eq!((filled.len(), open.len()), (1, 1), "{}", t.id);
        let (bar, range) = (filled[0], open[0]);
        let scale = bar.w / t.weight;
        assert!(
            (range.x - (bar.x + bar.w)).abs() < 1e-6,
            "{}: the range starts at the low end",
            t.id
        );
        let high = t.max_weight.unwrap();
        assert!(
            ((range.x + range.w - bar.x) / scale - high).abs() <= 0.005 * high,
            "{}: the range ends at the high end",
            t.id
        );
        assert!(
            bar.x + bar.w < range.x + range.w - 1.0,
            "{}: a filled bar reaches the high end",
            t.id
        );
    }
}

/// An "at least" runs on past its bar as a dashed line; an exact figure has none.
#[test]
fn an_at_least_figure_runs_on_dashed_and_an_exact_one_stops() {
    let tiles: Vec<Tile> = view_tiles(Period::Total)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert!(tiles.iter().any(|t| t.open_ended) && tiles.iter().any(|t| !t.open_ended));
    let scene = view_bars(&tiles, 1280.0);
    for t in &tiles {
        let shapes = row(&scene, t.id);
        // The bar and its range box end where the figure ends (the "!" badge, outlined
        // in ink, comes after the label).
        let end = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Box { rect, stroke, .. } if stroke.is_none_or(|(c, _)| c != INK) => {
                    Some(rect.x + rect.w)
                }
                _ => None,
            })
            .fold(0.0, f64::max);
        let dashes: Vec<_> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Line {
                    from,
                    to,
                    dashed: true,
                    ..
                } => Some((from.0, to.0)),
                _ => None,
            })
            .collect();
        if t.open_ended {
            assert_eq!(dashes.len(), 1, "{}", t.id);
            assert!(
                (dashes[0].0 - end).abs() < 1e-6 && dashes[0].1 > end,
                "{}",
                t.id
            );
        } else {
            assert!(dashes.is_empty(), "{} is exact but dashed", t.id);
        }
    }
}

/// Every drawn programme that a conflict of the report names, or whose figures
/// disagree, carries a mark on its row; the others do not. The mark is "?" where every
/// conflict naming it is an ambiguity and its figures agree, "!" otherwise. Sovereign
/// AI's ₩530 billion ("by 2027", in a five-year table) is among the marked.
#[test]
fn every_disputed_programme_carries_the_mark() {
    for period in [Period::Total, Period::PerYear] {
        let tiles = view_tiles(period);
        let only: Vec<Tile> = tiles.iter().map(|(_, t)| t.clone()).collect();
        let scene = view_bars(&only, 1280.0);
        for (c, t) in &tiles {
            let naming: Vec<_> = crate::data::CONFLICTS
                .iter()
                .filter(|k| k.about.contains(&t.id))
                .collect();
            let ambiguous = c.disagreements == 0
                && !naming.is_empty()
                && naming
                    .iter()
                    .all(|k| k.kind == crate::data::ConflictKind::Ambiguity);
            let texts = texts(&row(&scene, t.id));
            let expected = match (naming.is_empty() && c.disagreements == 0, ambiguous) {
                (true, _) => None,
                (false, true) => Some("?"),
                (false, false) => Some("!"),
            };
            let found = ["!", "?"].into_iter().find(|g| texts.contains(g));
            assert_eq!(found, expected, "{} in {period:?}", t.id);
        }
    }
    let scene = view_bars(
        &view_tiles(Period::Total)
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>(),
        390.0,
    );
    assert!(texts(&row(&scene, "sovereign-ai")).contains(&"!"));
}

fn split_tiles() -> (Vec<SplitTile>, f64) {
    let (_, split, _) = fund_split().expect("the dataset has a split");
    (super::split_tiles(Lang::En), split.whole.eok as f64)
}

const SPLIT_TITLE: &str = "Likely split reported at the fund’s launch, 11 Dec 2025 (later report)";

/// The split treemap of `tiles` at `w` × `h`, with the title and a source line.
fn split_scene(tiles: &[SplitTile], w: f64, h: f64) -> Scene {
    split_treemap(
        tiles,
        SplitFrame {
            width: w,
            height: h,
            title: SPLIT_TITLE,
            caption: "Source: sbs.co.kr",
        },
    )
}

/// The split's tiles share the whole by their amounts, the remainder among them; the
/// chart draws its title and source on itself; no report programme is on it.
#[test]
fn the_split_treemap_divides_the_whole_and_says_what_it_is() {
    let (tiles, whole) = split_tiles();
    for (w, h) in [(390.0, 448.0), (1280.0, 620.0)] {
        let scene = split_scene(&tiles, w, h);
        assert_eq!(scene.items.len(), tiles.len());
        let area: f64 = scene.items.iter().map(|i| i.hit.area()).sum();
        assert!(
            (area - w * h).abs() < 1e-3 * w * h,
            "the tiles fill the chart"
        );
        for t in &tiles {
            let item = scene.item(t.id).unwrap();
            let (share, want) = (item.hit.area() / (w * h), t.weight / whole);
            assert!(
                (share - want).abs() <= 0.005 * want,
                "{}: {share} vs {want}",
                t.id
            );
        }
        for (i, a) in scene.items.iter().enumerate() {
            for b in &scene.items[i + 1..] {
                assert!(a.hit.overlap(&b.hit) < 1e-6);
            }
        }
        let drawn: Vec<String> = scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect();
        let title_lines = crate::layout::text::wrap(SPLIT_TITLE, w - 12.0, 15.0, true);
        assert_eq!(title_lines.join(" "), SPLIT_TITLE);
        assert!(
            title_lines.iter().all(|l| drawn.contains(l)),
            "the title is drawn at {w}"
        );
        assert!(
            drawn.iter().any(|t| t.contains("sbs.co.kr")),
            "the source is drawn at {w}"
        );
        assert!(
            drawn
                .iter()
                .any(|t| t == "Other industries, or not itemised in those reports"),
            "at {w}"
        );
        // Every title and label inside the canvas; tile labels inside their tiles.
        for t in scene.text_bounds() {
            assert!(
                t.x >= 0.0 && t.x + t.w <= w + 1e-6,
                "{t:?} leaves the canvas at {w}"
            );
        }
        for p in DATASET.programmes {
            assert!(scene.item(p.id).is_none(), "{} is on the split", p.id);
        }
    }
}

/// The remainder is grey and hatched (lines inside its tile), the parts are not.
#[test]
fn the_remainder_is_a_hatched_grey_tile() {
    let (tiles, _) = split_tiles();
    let scene = split_treemap(
        &tiles,
        SplitFrame {
            width: 800.0,
            height: 500.0,
            title: SPLIT_TITLE,
            caption: "Source",
        },
    );
    let inside = |r: &crate::geo::Rect, p: (f64, f64)| {
        p.0 >= r.x - 1e-6 && p.0 <= r.x + r.w + 1e-6 && p.1 >= r.y - 1e-6 && p.1 <= r.y + r.h + 1e-6
    };
    for t in &tiles {
        let r = scene.item(t.id).unwrap().hit;
        let hatching = scene
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Line { from, to, .. } if inside(&r, *from) && inside(&r, *to)))
            .count();
        let fill = scene.shapes.iter().find_map(|s| match s {
            Shape::Box { rect, fill, .. } if *rect == r => Some(*fill),
            _ => None,
        });
        if t.remainder {
            assert!(hatching >= 5, "the remainder has {hatching} hatching lines");
            assert_eq!(fill, Some(REST_FILL));
        } else {
            assert_eq!(hatching, 0, "{} is hatched", t.id);
            assert_eq!(fill, Some(PART_FILL));
        }
    }
    assert!(ink_on(PART_FILL).contrast(PART_FILL) >= 4.5);
    assert!(ink_on(REST_FILL).contrast(REST_FILL) >= 4.5);
}

/// Every bar, mark and tile stands 3:1 from the paper, or its edge does, in the light and
/// the dark theme: the bars in each period, grouped or not, with a selection and a
/// highlight, and the split.
#[test]
fn every_mark_stands_out_from_the_paper_in_both_themes() {
    use crate::layout::theme::assert_marks_stand_out;
    let names = vec![(Category::Ai, "AI".to_owned())];
    for period in [Period::Total, Period::PerYear] {
        let tiles: Vec<Tile> = view_tiles(period).into_iter().map(|(_, t)| t).collect();
        let some = [tiles[0].id];
        for w in [390.0, 1280.0] {
            for grouped in [false, true] {
                let f = Frame {
                    selected: Some(tiles[1].id),
                    highlighted: &some,
                    ..frame(w, 0.0, grouped)
                };
                let scene = bars(&tiles, f, &names, &|v| format!("{v}"));
                assert_marks_stand_out(
                    &scene,
                    &format!("bars {period:?} at {w}, grouped {grouped}"),
                );
            }
        }
    }
    let (tiles, _) = split_tiles();
    for (w, h) in [(390.0, 448.0), (1280.0, 620.0)] {
        let f = SplitFrame {
            width: w,
            height: h,
            title: SPLIT_TITLE,
            caption: "Source",
        };
        assert_marks_stand_out(&split_treemap(&tiles, f), &format!("split at {w}"));
    }
}

/// Colour is not the only cue to a bar's group: ungrouped, each row writes its group's
/// name (the legend's words) within the row; grouped, a header names each group above its
/// rows; the SVG export writes the same names. Groups' cues differ, and with the real
/// names, in both languages and per period, at a phone's and a desktop's width, nothing
/// is left out or overlaps.
#[test]
fn each_bar_names_its_group_without_colour() {
    for lang in [Lang::En, Lang::Ko] {
        let names = group_names(lang);
        let name_of = |g: Category| names.iter().find(|(c, _)| *c == g).unwrap().1.clone();
        let distinct: std::collections::BTreeSet<String> =
            names.iter().map(|(_, n)| n.clone()).collect();
        assert_eq!(distinct.len(), GROUPS.len(), "{lang:?}: group names differ");
        for period in [Period::Total, Period::PerYear] {
            let tiles = lang_tiles(lang, period);
            assert!(
                tiles
                    .iter()
                    .map(|t| t.category)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
                    > 1,
                "the chart mixes groups"
            );
            for w in [360.0, 390.0, 1112.0, 1280.0] {
                for grouped in [false, true] {
                    let scene = bars(&tiles, frame(w, 0.0, grouped), &names, &|v| format!("{v}"));
                    let what = format!("{lang:?} {period:?} {w} grouped={grouped}");
                    assert_eq!(scene.hidden_labels, 0, "{what}");
                    // The SVG export writes each group's name as the canvas does.
                    let svg = crate::render::svg::svg(&scene, "");
                    for g in tiles.iter().map(|t| name_of(t.category)) {
                        assert!(svg.contains(&format!(">{g}</text>")), "{what}: {g}");
                    }
                    let texts = scene.texts();
                    for (i, (_, a)) in texts.iter().enumerate() {
                        assert!(a.x >= -1e-6 && a.x + a.w <= w + 1e-6, "{what}: {a:?}");
                        for (_, b) in &texts[i + 1..] {
                            assert!(a.overlap(b) < 1e-6, "{what}: {a:?} {b:?}");
                        }
                    }
                    for t in &tiles {
                        let row = scene.item(t.id).unwrap().hit;
                        let group = name_of(t.category);
                        let named = if grouped {
                            // The nearest header above the row is its group's.
                            texts
                                .iter()
                                .filter(|(s, b)| distinct.contains(*s) && b.y + b.h <= row.y + 1e-6)
                                .max_by(|a, b| a.1.y.total_cmp(&b.1.y))
                                .is_some_and(|(s, _)| *s == group)
                        } else {
                            texts.iter().any(|(s, b)| {
                                *s == group
                                    && b.y >= row.y - 1e-6
                                    && b.y + b.h <= row.y + row.h + 1e-6
                            })
                        };
                        assert!(named, "{what}: {} does not name {group}", t.id);
                    }
                }
            }
        }
    }
}

/// On a phone a name sits above its bar and shares its line only with its own group's
/// name, so every programme's name is written whole, not cut short, in both languages:
/// 366 px is the chart on a 390 px phone.
#[test]
fn on_a_phone_every_programme_is_named_in_full() {
    for lang in Lang::ALL {
        let names = group_names(lang);
        for period in [Period::Total, Period::PerYear] {
            let tiles = lang_tiles(lang, period);
            for w in [366.0, 390.0, 536.0] {
                for grouped in [false, true] {
                    let scene = bars(&tiles, frame(w, 0.0, grouped), &names, &|v| format!("{v}"));
                    let written = scene.texts();
                    for t in &tiles {
                        assert!(
                            written.iter().any(|(s, _)| *s == t.name),
                            "{lang:?} {period:?} {w} grouped={grouped}: {:?} is not written whole",
                            t.name
                        );
                    }
                }
            }
        }
    }
}

/// Every part of the split is named in full, over as many lines as its tile needs, with
/// its whole figure under the name: at the chart's sizes on a 390 px phone (366 × 421), a
/// wider phone and a desktop, in both languages.
#[test]
fn every_part_of_the_split_is_named_in_full() {
    for lang in Lang::ALL {
        let tiles = super::split_tiles(lang);
        for (w, h) in [(366.0, 421.0), (390.0, 448.0), (1280.0, 620.0)] {
            let scene = split_scene(&tiles, w, h);
            for t in &tiles {
                let r = scene.item(t.id).unwrap().hit;
                let inside: Vec<&str> = scene
                    .texts()
                    .into_iter()
                    .filter(|(_, b)| {
                        b.x >= r.x - 1e-6
                            && b.x + b.w <= r.x + r.w + 1e-6
                            && b.y >= r.y - 1e-6
                            && b.y + b.h <= r.y + r.h + 1e-6
                    })
                    .map(|(s, _)| s)
                    .collect();
                let what = format!("{lang:?} {w}×{h} {}", t.id);
                assert_eq!(
                    inside.join(" "),
                    format!("{} {}", t.name, t.value),
                    "{what}"
                );
                // A figure broken over lines keeps its last word with the one before.
                let last = inside.last().unwrap();
                assert!(
                    t.value.ends_with(last) && last.contains(' '),
                    "{what}: {last:?}"
                );
            }
        }
    }
}
