//! The funding view's two charts as Scenes: a treemap and a ranked bar chart.
//!
//! Both draw the same tiles. Sizes come from each tile's floor (an "at least" or the
//! low end of a range); what may be larger is marked with a dashed edge, and a figure
//! the report contradicts elsewhere carries a "!" badge. Labels come in already
//! formatted (the UI owns language); here they are fitted or left out, never cut off.

use super::colour::{ink_on, Rgb, INK, INK_SOFT, PAPER, RULE};
use super::scene::{Anchor, Item, Rect, Scene, Shape};
use super::text;
use super::treemap::squarify;
use crate::data::funding::Charted;
use crate::data::Quantity;
use atlas_model::Category;

/// One programme as the charts see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// Programme id.
    pub id: &'static str,
    /// Its group.
    pub category: Category,
    /// Size: the floor of the figure.
    pub weight: f64,
    /// Top of a range, if the figure is one.
    pub max_weight: Option<f64>,
    /// The figure may be larger than drawn ("at least").
    pub open_ended: bool,
    /// The report states a different figure elsewhere.
    pub disputed: bool,
    /// Name label.
    pub name: String,
    /// Figure label.
    pub value: String,
}

impl Tile {
    /// The tile of a charted programme, with its name and figure label already in the
    /// reader's language and currency (the view and the contrast test build them alike).
    pub fn of(c: &Charted, name: String, value: String) -> Tile {
        Tile {
            id: c.programme.id,
            category: c.programme.category,
            weight: c.weight(),
            max_weight: match c.quantity {
                Quantity::Range { max, .. } => Some(max.eok as f64),
                _ => None,
            },
            open_ended: c.open_ended(),
            disputed: c.disagreements > 0,
            name,
            value,
        }
    }
}

/// What the reader has selected or highlighted, and the canvas size. (Focus is drawn on a
/// layer of its own: [`Scene::focus_marks`].)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame<'a> {
    /// Width in CSS px.
    pub width: f64,
    /// Height in CSS px (the treemap's; bars take what their rows need).
    pub height: f64,
    /// Group tiles by category.
    pub grouped: bool,
    /// Selected programme.
    pub selected: Option<&'a str>,
    /// Programmes highlighted from another view (e.g. a province's).
    pub highlighted: &'a [&'a str],
}

/// Fill colours per group: Okabe–Ito hues, distinguishable with colour-blindness.
pub fn category_fill(c: Category) -> Rgb {
    match c {
        Category::Ai => Rgb(0x00, 0x72, 0xb2),
        Category::SuperInnovation => Rgb(0xe6, 0x9f, 0x00),
        Category::CrossCutting => Rgb(0x00, 0x9e, 0x73),
        Category::Envelope => Rgb(0x99, 0x99, 0x99),
    }
}

/// Groups in drawing order.
pub const GROUPS: [Category; 3] = [
    Category::Ai,
    Category::SuperInnovation,
    Category::CrossCutting,
];

const NAME_SIZE: f64 = 14.0;
const VALUE_SIZE: f64 = 13.0;
const PAD: f64 = 6.0;

/// A small "!" badge: the report states another figure for this programme.
fn badge(shapes: &mut Vec<Shape>, cx: f64, cy: f64) {
    let r = 8.0;
    shapes.push(Shape::Box {
        rect: Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r),
        fill: PAPER,
        stroke: Some((INK, 1.5)),
    });
    shapes.push(Shape::label(
        cx - 2.5,
        cy,
        "!".into(),
        12.0,
        true,
        INK,
        Anchor::MiddleLeft,
    ));
}

/// Dashed edge: the figure is a floor and may be larger.
fn dashed(shapes: &mut Vec<Shape>, from: (f64, f64), to: (f64, f64), colour: Rgb) {
    shapes.push(Shape::Line {
        from,
        to,
        colour,
        width: 2.0,
        dashed: true,
    });
}

/// The treemap of tiles in `frame`.
pub fn treemap(tiles: &[Tile], frame: Frame) -> Scene {
    let bounds = Rect::new(0.0, 0.0, frame.width, frame.height);
    let mut rects = vec![Rect::default(); tiles.len()];
    if frame.grouped {
        let sums: Vec<f64> = GROUPS
            .iter()
            .map(|g| {
                tiles
                    .iter()
                    .filter(|t| t.category == *g)
                    .map(|t| t.weight)
                    .sum()
            })
            .collect();
        let group_rects = squarify(&sums, bounds);
        for (g, gr) in GROUPS.iter().zip(&group_rects) {
            let members: Vec<usize> = (0..tiles.len())
                .filter(|&i| tiles[i].category == *g)
                .collect();
            let weights: Vec<f64> = members.iter().map(|&i| tiles[i].weight).collect();
            for (k, r) in squarify(&weights, *gr).into_iter().enumerate() {
                rects[members[k]] = r;
            }
        }
    } else {
        let weights: Vec<f64> = tiles.iter().map(|t| t.weight).collect();
        rects = squarify(&weights, bounds);
    }

    let mut scene = Scene {
        width: frame.width,
        height: frame.height,
        ..Scene::default()
    };
    for (t, r) in tiles.iter().zip(&rects) {
        let fill = category_fill(t.category);
        scene.shapes.push(Shape::Box {
            rect: *r,
            fill,
            stroke: Some((PAPER, 1.5)),
        });
        let ink = ink_on(fill);
        if t.open_ended && r.w > 8.0 && r.h > 8.0 {
            let x = r.x + r.w - 4.0;
            dashed(&mut scene.shapes, (x, r.y + 4.0), (x, r.y + r.h - 4.0), ink);
        }
        // Labels: name then figure, each fitted; a tile too small for either is counted.
        let room = r.w
            - 2.0 * PAD
            - if t.disputed { 20.0 } else { 0.0 }
            - if t.open_ended { 6.0 } else { 0.0 };
        let mut y = r.y + PAD;
        let mut shown = 0;
        if r.h >= NAME_SIZE * 1.25 + 2.0 * PAD {
            if let Some(name) = text::fit(&t.name, room, NAME_SIZE, true) {
                scene.shapes.push(Shape::label(
                    r.x + PAD,
                    y,
                    name,
                    NAME_SIZE,
                    true,
                    ink,
                    Anchor::TopLeft,
                ));
                y += NAME_SIZE * 1.3;
                shown += 1;
            }
        }
        if y + VALUE_SIZE * 1.25 <= r.y + r.h - PAD / 2.0 {
            if let Some(value) = text::fit_whole(&t.value, room, VALUE_SIZE, false) {
                scene.shapes.push(Shape::label(
                    r.x + PAD,
                    y,
                    value,
                    VALUE_SIZE,
                    false,
                    ink,
                    Anchor::TopLeft,
                ));
                shown += 1;
            }
        }
        if shown == 0 {
            scene.hidden_labels += 1;
        }
        if t.disputed && r.w >= 24.0 && r.h >= 24.0 {
            badge(&mut scene.shapes, r.x + r.w - 12.0, r.y + 12.0);
        }
        scene.items.push(Item::rect(t.id, *r, *r));
    }
    if frame.grouped {
        // Heavier white borders between groups, so the grouping reads without colour.
        for g in GROUPS {
            let members: Vec<Rect> = tiles
                .iter()
                .zip(&rects)
                .filter(|(t, _)| t.category == g)
                .map(|(_, r)| *r)
                .collect();
            if let Some(b) = bounding(&members) {
                scene.shapes.push(Shape::outline(b, PAPER, 3.0));
            }
        }
    }
    marks(&mut scene, frame);
    scene.shrunk()
}

fn bounding(rects: &[Rect]) -> Option<Rect> {
    let first = rects.iter().find(|r| r.area() > 0.0)?;
    let (mut x0, mut y0, mut x1, mut y1) = (first.x, first.y, first.x + first.w, first.y + first.h);
    for r in rects.iter().filter(|r| r.area() > 0.0) {
        x0 = x0.min(r.x);
        y0 = y0.min(r.y);
        x1 = x1.max(r.x + r.w);
        y1 = y1.max(r.y + r.h);
    }
    Some(Rect::new(x0, y0, x1 - x0, y1 - y0))
}

/// Outlines for highlighted and selected items, drawn last so they are on top.
fn marks(scene: &mut Scene, frame: Frame) {
    let mut extra = Vec::new();
    for item in &scene.items {
        if frame.highlighted.contains(&item.id) {
            extra.push(Shape::outline(item.outline, INK_SOFT, 2.0));
        }
    }
    if let Some(item) = frame.selected.and_then(|s| scene.item(s)) {
        extra.push(Shape::outline(item.outline, INK, 4.0));
        extra.push(Shape::outline(item.outline.inset(4.0), PAPER, 2.0));
    }
    scene.shapes.extend(extra);
}

/// A "nice" axis maximum and step for values up to `max`.
pub fn nice_ticks(max: f64, target: usize) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / target.max(1) as f64;
    let mag = crate::decimal::decade(raw).1;
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    ((max / step).ceil() * step, step)
}

/// Row and header heights of the bar chart.
pub const ROW: f64 = 34.0;
/// Row height on narrow screens, where the name sits above the bar.
pub const ROW_NARROW: f64 = 50.0;
const HEADER: f64 = 30.0;
const AXIS: f64 = 26.0;

/// The ranked bar chart. `group_names` labels the groups; `tick` formats an axis value.
pub fn bars(
    tiles: &[Tile],
    frame: Frame,
    group_names: &[(Category, String)],
    tick: &dyn Fn(f64) -> String,
) -> Scene {
    let mut order: Vec<usize> = (0..tiles.len()).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        tiles[b].weight.total_cmp(&tiles[a].weight).then(a.cmp(&b))
    });
    // Rows: optional group headers, then bars largest first.
    let mut rows: Vec<Result<usize, Category>> = Vec::new();
    if frame.grouped {
        for g in GROUPS {
            let members: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&i| tiles[i].category == g)
                .collect();
            if !members.is_empty() {
                rows.push(Err(g));
                rows.extend(members.into_iter().map(Ok));
            }
        }
    } else {
        rows.extend(order.iter().copied().map(Ok));
    }

    let width = frame.width;
    // Narrow screens put each name above its bar, so names and bars both get the width.
    let narrow = width < 560.0;
    let widest_value = tiles
        .iter()
        .map(|t| {
            text::width(&t.value, VALUE_SIZE, false)
                + if t.disputed { 24.0 } else { 0.0 }
                + if t.open_ended { 18.0 } else { 0.0 }
        })
        .fold(0.0, f64::max);
    let label_w = if narrow {
        0.0
    } else {
        let widest = tiles
            .iter()
            .map(|t| text::width(&t.name, NAME_SIZE, false))
            .fold(0.0, f64::max);
        (widest + 2.0 * PAD).min(width * 0.34).max(60.0)
    };
    let plot_x = label_w + PAD;
    let value_room = (widest_value + 2.0 * PAD).min(width * if narrow { 0.6 } else { 0.4 });
    let plot_w = (width - plot_x - value_room).max(40.0);
    let row_h = if narrow { ROW_NARROW } else { ROW };
    let top = AXIS + 6.0;
    let height = top
        + rows
            .iter()
            .map(|r| if r.is_ok() { row_h } else { HEADER })
            .sum::<f64>()
        + PAD;
    let mut scene = Scene {
        width,
        height,
        ..Scene::default()
    };

    let max = tiles
        .iter()
        .map(|t| t.max_weight.unwrap_or(t.weight))
        .fold(0.0, f64::max);
    let (axis_max, step) = nice_ticks(max, if width < 500.0 { 2 } else { 4 });
    let x_of = |v: f64| plot_x + v / axis_max * plot_w;

    // Axis: gridlines and tick labels along the top. Tick labels are placed left to
    // right; one that would touch the last is skipped.
    let mut v = 0.0;
    let mut last_right = f64::MIN;
    while v <= axis_max + step / 2.0 {
        let x = x_of(v);
        scene.shapes.push(Shape::Line {
            from: (x, top - 2.0),
            to: (x, height - PAD),
            colour: RULE,
            width: 1.0,
            dashed: false,
        });
        let label = tick(v);
        let w = text::width(&label, 12.0, false);
        let lx = (x - w / 2.0).max(0.0).min(width - w);
        if lx >= last_right + 8.0 {
            scene.shapes.push(Shape::label(
                lx,
                4.0,
                label,
                12.0,
                false,
                INK_SOFT,
                Anchor::TopLeft,
            ));
            last_right = lx + w;
        }
        v += step;
    }

    let mut y = top;
    for row in rows {
        match row {
            Err(g) => {
                let name = group_names
                    .iter()
                    .find(|(c, _)| *c == g)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
                if let Some(name) = text::fit(&name, width - 2.0 * PAD, NAME_SIZE, true) {
                    scene.shapes.push(Shape::label(
                        PAD,
                        y + HEADER / 2.0,
                        name,
                        NAME_SIZE,
                        true,
                        INK,
                        Anchor::MiddleLeft,
                    ));
                }
                y += HEADER;
            }
            Ok(i) => {
                let t = &tiles[i];
                let (name_room, cy) = if narrow {
                    (width - 2.0 * PAD, y + 2.0 + NAME_SIZE * 1.3 + 12.0)
                } else {
                    (label_w - PAD, y + ROW / 2.0)
                };
                match text::fit(&t.name, name_room, NAME_SIZE, false) {
                    Some(name) if narrow => scene.shapes.push(Shape::label(
                        PAD,
                        y + 2.0,
                        name,
                        NAME_SIZE,
                        false,
                        INK,
                        Anchor::TopLeft,
                    )),
                    Some(name) => scene.shapes.push(Shape::label(
                        PAD,
                        cy,
                        name,
                        NAME_SIZE,
                        false,
                        INK,
                        Anchor::MiddleLeft,
                    )),
                    None => scene.hidden_labels += 1,
                }
                let bar_h = if narrow { 14.0 } else { 20.0 };
                let fill = category_fill(t.category);
                let x1 = x_of(t.weight).max(plot_x + 2.0);
                let bar = Rect::new(plot_x, cy - bar_h / 2.0, x1 - plot_x, bar_h);
                scene.shapes.push(Shape::Box {
                    rect: bar,
                    fill,
                    stroke: None,
                });
                let mut end = x1;
                if let Some(maxw) = t.max_weight {
                    let x2 = x_of(maxw);
                    let rect = Rect::new(x1, cy - bar_h / 2.0, x2 - x1, bar_h);
                    scene.shapes.push(Shape::Box {
                        rect,
                        fill: PAPER,
                        stroke: Some((fill, 2.0)),
                    });
                    end = x2;
                }
                if t.open_ended {
                    dashed(&mut scene.shapes, (end, cy), (end + 18.0, cy), fill);
                    end += 18.0;
                }
                let room = width - end - 2.0 * PAD - if t.disputed { 20.0 } else { 0.0 };
                match text::fit_whole(&t.value, room, VALUE_SIZE, false) {
                    Some(value) => {
                        let w = text::width(&value, VALUE_SIZE, false);
                        scene.shapes.push(Shape::label(
                            end + PAD,
                            cy,
                            value,
                            VALUE_SIZE,
                            false,
                            INK,
                            Anchor::MiddleLeft,
                        ));
                        if t.disputed {
                            badge(&mut scene.shapes, end + PAD + w + 12.0, cy);
                        }
                    }
                    None => scene.hidden_labels += 1,
                }
                let hit = Rect::new(0.0, y, width, row_h);
                scene.items.push(Item::rect(
                    t.id,
                    hit,
                    Rect::new(1.0, y + 1.0, width - 2.0, row_h - 2.0),
                ));
                y += row_h;
            }
        }
    }
    marks(&mut scene, frame);
    scene.shrunk()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::funding::{funding, Period};

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
}
