//! The timeline as a Scene: horizontal lanes on wide screens, a vertical axis on narrow
//! ones.
//!
//! Labels never overlap. In each lane, entries take the first sub-row in which their
//! mark and label fit after the entries before them. A label with no room is dropped,
//! and counted, so the reader can be told how many are hidden. Marks always show: the
//! keyboard and the list reach every entry.

use super::colour::{Rgb, FOCUS, INK, INK_SOFT, PAPER, RULE};
use super::scene::{Anchor, Item, Rect, Ring, Scene, Shape};
use super::text;
use crate::data::timeline::{Mark, Row, When};

/// One entry as the layout sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeItem {
    /// Unique id.
    pub id: &'static str,
    /// Lane.
    pub row: Row,
    /// Where in time.
    pub when: When,
    /// How to draw it.
    pub mark: Mark,
    /// Label, already written in the reader's language.
    pub label: String,
}

/// What to show and how big.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeFrame<'a> {
    /// Width in CSS px.
    pub width: f64,
    /// Visible range, in fractional years.
    pub range: (f64, f64),
    /// The reader's date, as a fractional year.
    pub today: f64,
    /// "Today", in the reader's language.
    pub today_label: String,
    /// Quarter tick names (Q1–Q4 / 1분기–4분기), in the reader's language.
    pub quarters: [String; 4],
    /// Visible lanes in order, with their names.
    pub rows: &'a [(Row, String)],
    /// Conflicts joining two entries: (conflict id, entry id, entry id).
    pub links: &'a [(&'static str, &'static str, &'static str)],
    /// Selected entry (or conflict).
    pub selected: Option<&'a str>,
    /// Entries to emphasise (those of a selected programme).
    pub highlighted: &'a [&'a str],
}

impl TimeFrame<'_> {
    /// Horizontal lanes need room; narrow screens get the vertical layout.
    pub fn horizontal(&self) -> bool {
        self.width >= 640.0
    }
}

/// Lane colours: distinct hues, all at least 3:1 against the page for marks.
pub fn row_colour(row: Row) -> Rgb {
    use atlas_model::Lane::*;
    match row {
        Row::Report(Law) => Rgb(0x0b, 0x57, 0xb0),
        Row::Report(Funding) => Rgb(0x00, 0x7a, 0x5a),
        Row::Report(Infrastructure) => Rgb(0xb3, 0x54, 0x00),
        Row::Report(International) => Rgb(0x7a, 0x4e, 0xa8),
        Row::Report(Talent) => Rgb(0xa3, 0x2b, 0x63),
        Row::Report(Targets) => Rgb(0x3d, 0x45, 0x52),
        Row::Later => Rgb(0x6b, 0x3f, 0xa0),
    }
}

/// A light tint of a colour, for span bars under text.
fn tint(c: Rgb) -> Rgb {
    let mix = |v: u8| (v as f64 * 0.18 + 255.0 * 0.82).round() as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

const LABEL_SIZE: f64 = 13.0;
const SUB: f64 = 26.0;
const MAX_SUBROWS: usize = 4;
const AXIS_H: f64 = 30.0;
const MAX_LABEL: f64 = 220.0;

/// The mark of an entry centred at (x, y); spans are drawn by the caller.
fn mark(shapes: &mut Vec<Shape>, m: Mark, x: f64, y: f64, colour: Rgb) {
    match m {
        Mark::Event => shapes.push(Shape::Circle {
            centre: (x, y),
            radius: 6.0,
            fill: colour,
            stroke: Some((PAPER, 1.5)),
        }),
        Mark::Deadline => shapes.push(Shape::Polygon {
            rings: vec![Ring::from([
                (x, y - 8.0),
                (x + 8.0, y),
                (x, y + 8.0),
                (x - 8.0, y),
            ])],
            fill: PAPER,
            stroke: Some((colour, 2.5)),
        }),
        Mark::Projection => shapes.push(Shape::Circle {
            centre: (x, y),
            radius: 6.0,
            fill: PAPER,
            stroke: Some((colour, 2.5)),
        }),
        Mark::Later => shapes.push(Shape::Polygon {
            rings: vec![Ring::from([
                (x - 6.0, y - 6.0),
                (x + 6.0, y - 6.0),
                (x + 6.0, y + 6.0),
                (x - 6.0, y + 6.0),
            ])],
            fill: PAPER,
            stroke: Some((colour, 2.5)),
        }),
    }
}

/// Year (and, when zoomed in, quarter) ticks within the range.
pub fn ticks(range: (f64, f64)) -> Vec<(f64, bool)> {
    let (t0, t1) = range;
    let span = t1 - t0;
    let step = if span > 40.0 {
        10.0
    } else if span > 16.0 {
        5.0
    } else if span > 3.0 {
        1.0
    } else {
        0.25
    };
    let mut out = Vec::new();
    let mut t = (t0 / step).ceil() * step;
    while t <= t1 + 1e-9 {
        out.push((t, (t - t.round()).abs() < 1e-9));
        t += step;
    }
    out
}

fn tick_label(t: f64, quarters: &[String; 4]) -> String {
    if (t - t.round()).abs() < 1e-9 {
        format!("{}", t.round() as i64)
    } else {
        let q = ((t - t.floor()) * 4.0).round() as usize;
        quarters[q.min(3)].clone()
    }
}

/// Lays out the timeline.
pub fn timeline(items: &[TimeItem], frame: &TimeFrame) -> Scene {
    if frame.horizontal() {
        horizontal(items, frame)
    } else {
        vertical(items, frame)
    }
}

struct Placed {
    id: &'static str,
    centre: (f64, f64),
    hit: Rect,
}

/// A lane name in one line, or two where it does not fit (split at a space).
fn lane_name(name: &str, room: f64, size: f64) -> Vec<String> {
    if text::width(name, size, true) <= room {
        return vec![name.to_owned()];
    }
    let words: Vec<&str> = name.split(' ').collect();
    for cut in (1..words.len()).rev() {
        let first = words[..cut].join(" ");
        if text::width(&first, size, true) <= room {
            let rest = words[cut..].join(" ");
            return [Some(first), text::fit(&rest, room, size, true)]
                .into_iter()
                .flatten()
                .collect();
        }
    }
    text::fit(name, room, size, true).into_iter().collect()
}

/// Minimum room a label needs before a row counts as free for its entry.
const LABEL_STUB: f64 = 72.0;

fn horizontal(items: &[TimeItem], frame: &TimeFrame) -> Scene {
    let width = frame.width;
    let (t0, t1) = frame.range;
    let gutter = (width * 0.16).clamp(90.0, 150.0);
    let plot_x = gutter + 10.0;
    let plot_r = width - 14.0;
    let x_of = |t: f64| plot_x + (t - t0) / (t1 - t0) * (plot_r - plot_x);
    let mut scene = Scene {
        width,
        ..Scene::default()
    };
    let mut below: Vec<Shape> = Vec::new();
    let mut placed: Vec<Placed> = Vec::new();

    let mut y = AXIS_H + 6.0;
    for (row, name) in frame.rows {
        let lane_top = y;
        let colour = row_colour(*row);
        // Pass 1: give each entry a sub-row by its mark (plus a label stub), first fit.
        struct Slot<'i> {
            it: &'i TimeItem,
            ml: f64,
            mr: f64,
            edge: f64,
            sub: usize,
        }
        let mut free = [f64::MIN; MAX_SUBROWS];
        let mut slots: Vec<Slot> = Vec::new();
        for it in items.iter().filter(|i| i.row == *row) {
            if it.when.end() < t0 || it.when.start() > t1 {
                continue;
            }
            let (ml, mr) = match it.when {
                When::Point(t) => (x_of(t) - 8.0, x_of(t) + 8.0),
                When::Span(a, b) => (x_of(a).max(plot_x), x_of(b).min(plot_r)),
            };
            // A span's mark (a deadline diamond) is centred on its start.
            let edge = match it.when {
                When::Span(..) if it.mark != Mark::Event => ml - 8.0,
                _ => ml,
            };
            let sub = (0..MAX_SUBROWS)
                .find(|&r| free[r] + 6.0 <= edge)
                .unwrap_or_else(|| {
                    (0..MAX_SUBROWS)
                        .min_by(|&a, &b| free[a].total_cmp(&free[b]))
                        .unwrap_or(0)
                });
            let stub = match it.when {
                When::Point(_) => mr + LABEL_STUB,
                When::Span(..) => mr.max(ml + LABEL_STUB),
            };
            free[sub] = free[sub].max(stub);
            slots.push(Slot {
                it,
                ml,
                mr,
                edge,
                sub,
            });
        }
        let used = slots.iter().map(|s| s.sub + 1).max().unwrap_or(1);
        // Pass 2: each label gets the room up to the next mark in its sub-row.
        let mut lane_shapes = Vec::new();
        for (k, sl) in slots.iter().enumerate() {
            let cy = lane_top + 6.0 + SUB * sl.sub as f64 + SUB / 2.0;
            let next_mark = slots[k + 1..]
                .iter()
                .filter(|o| o.sub == sl.sub)
                .map(|o| o.edge)
                .fold(plot_r, f64::min);
            let label_x = match sl.it.when {
                When::Point(_) => sl.mr + 3.0,
                When::Span(..) if sl.it.mark != Mark::Event => sl.ml + 11.0,
                When::Span(..) => sl.ml + 4.0,
            };
            // Earlier entries in the row may still reach past this mark (crowded clusters).
            let prev_end = slots[..k]
                .iter()
                .filter(|o| o.sub == sl.sub)
                .map(|o| o.mr)
                .fold(f64::MIN, f64::max);
            let room = (next_mark - 6.0 - label_x)
                .min(MAX_LABEL)
                .min(plot_r - label_x);
            let label = if prev_end > sl.edge {
                None
            } else {
                text::fit(&sl.it.label, room, LABEL_SIZE, false)
            };
            if let When::Span(..) = sl.it.when {
                lane_shapes.push(Shape::Box {
                    rect: Rect::new(sl.ml, cy - 8.0, (sl.mr - sl.ml).max(2.0), 16.0),
                    fill: tint(colour),
                    stroke: Some((colour, 1.5)),
                });
            }
            let cx = match sl.it.when {
                When::Point(t) => x_of(t),
                When::Span(..) => sl.ml,
            };
            if matches!(sl.it.when, When::Point(_)) || sl.it.mark != Mark::Event {
                mark(&mut lane_shapes, sl.it.mark, cx, cy, colour);
            }
            let right = match &label {
                Some(l) => {
                    let w = text::width(l, LABEL_SIZE, false);
                    lane_shapes.push(Shape::label(
                        label_x,
                        cy,
                        l.clone(),
                        LABEL_SIZE,
                        false,
                        INK,
                        Anchor::MiddleLeft,
                    ));
                    sl.mr.max(label_x + w)
                }
                None => {
                    scene.hidden_labels += 1;
                    sl.mr
                }
            };
            let hit = Rect::new(
                sl.ml - 4.0,
                cy - SUB / 2.0,
                (right - sl.ml + 8.0).max(24.0),
                SUB,
            );
            placed.push(Placed {
                id: sl.it.id,
                centre: (cx, cy),
                hit,
            });
        }
        let lane_h = 12.0 + SUB * used as f64;
        below.push(Shape::Line {
            from: (0.0, lane_top + lane_h),
            to: (width, lane_top + lane_h),
            colour: RULE,
            width: 1.0,
            dashed: false,
        });
        for (i, line) in lane_name(name, gutter - 8.0, 12.0).into_iter().enumerate() {
            below.push(Shape::label(
                6.0,
                lane_top + 6.0 + SUB / 2.0 + i as f64 * 15.0,
                line,
                12.0,
                true,
                colour,
                Anchor::MiddleLeft,
            ));
        }
        scene.shapes.extend(lane_shapes);
        y = lane_top + lane_h.max(44.0);
    }
    let lanes_bottom = y;
    scene.height = lanes_bottom + 26.0;

    // Axis: ticks and gridlines, placed greedily so tick labels never touch.
    let mut axis = Vec::new();
    let mut last_right = f64::MIN;
    for (t, major) in ticks(frame.range) {
        let x = x_of(t);
        axis.push(Shape::Line {
            from: (x, AXIS_H - 4.0),
            to: (x, lanes_bottom),
            colour: if major { RULE } else { Rgb(0xec, 0xef, 0xf3) },
            width: 1.0,
            dashed: false,
        });
        let label = tick_label(t, &frame.quarters);
        let w = text::width(&label, 12.0, major);
        let lx = (x - w / 2.0).max(plot_x - w / 2.0).min(width - w);
        if lx > last_right + 8.0 {
            axis.push(Shape::label(
                lx,
                6.0,
                label,
                12.0,
                major,
                INK_SOFT,
                Anchor::TopLeft,
            ));
            last_right = lx + w;
        }
    }
    // Today: a dashed line through every lane, labelled in its own band below them.
    if frame.today >= t0 && frame.today <= t1 {
        let x = x_of(frame.today);
        axis.push(Shape::Line {
            from: (x, AXIS_H - 6.0),
            to: (x, lanes_bottom + 4.0),
            colour: FOCUS,
            width: 2.0,
            dashed: true,
        });
        let w = text::width(&frame.today_label, 12.0, true);
        let lx = (x - w / 2.0).clamp(0.0, width - w);
        axis.push(Shape::label(
            lx,
            lanes_bottom + 6.0,
            frame.today_label.clone(),
            12.0,
            true,
            FOCUS,
            Anchor::TopLeft,
        ));
    }
    let mut shapes = axis;
    shapes.extend(below);
    shapes.append(&mut scene.shapes);
    scene.shapes = shapes;
    finish(&mut scene, placed, frame);
    scene.shrunk()
}

fn vertical(items: &[TimeItem], frame: &TimeFrame) -> Scene {
    let width = frame.width;
    let (t0, t1) = frame.range;
    let gutter = 46.0;
    let lane_w = 14.0;
    let lanes_x = gutter + 8.0;
    let label_x = lanes_x + lane_w * frame.rows.len() as f64 + 8.0;
    let label_room = (width - label_x - 8.0).max(40.0);
    let top = 24.0;
    let length = ((t1 - t0) * 150.0).clamp(520.0, 1600.0);
    let y_of = |t: f64| top + (t - t0) / (t1 - t0) * length;
    let mut scene = Scene {
        width,
        height: top + length + 24.0,
        ..Scene::default()
    };
    let mut shapes: Vec<Shape> = Vec::new();
    let mut marks_layer: Vec<Shape> = Vec::new();
    let mut placed = Vec::new();

    // Axis down the left, and a faint column per lane.
    for (t, major) in ticks(frame.range) {
        let y = y_of(t);
        shapes.push(Shape::Line {
            from: (gutter, y),
            to: (width, y),
            colour: if major { RULE } else { Rgb(0xec, 0xef, 0xf3) },
            width: 1.0,
            dashed: false,
        });
        shapes.push(Shape::label(
            gutter - 6.0,
            y,
            tick_label(t, &frame.quarters),
            12.0,
            major,
            INK_SOFT,
            Anchor::MiddleRight,
        ));
    }
    if frame.today >= t0 && frame.today <= t1 {
        let y = y_of(frame.today);
        shapes.push(Shape::Line {
            from: (gutter, y),
            to: (width, y),
            colour: FOCUS,
            width: 2.0,
            dashed: true,
        });
    }

    let mut last_bottom = f64::MIN;
    let mut visible: Vec<&TimeItem> = items
        .iter()
        .filter(|i| {
            frame.rows.iter().any(|(r, _)| *r == i.row)
                && i.when.end() >= t0
                && i.when.start() <= t1
        })
        .collect();
    crate::order::sort_by(&mut visible, |a, b| {
        a.when
            .start()
            .total_cmp(&b.when.start())
            .then(a.id.cmp(b.id))
    });
    for it in visible {
        let lane = frame
            .rows
            .iter()
            .position(|(r, _)| *r == it.row)
            .unwrap_or(0);
        let colour = row_colour(it.row);
        let cx = lanes_x + lane_w * lane as f64 + lane_w / 2.0;
        let (ys, ye) = (y_of(it.when.start().max(t0)), y_of(it.when.end().min(t1)));
        let cy = match it.when {
            When::Point(_) => ys,
            When::Span(..) => ys,
        };
        if let When::Span(..) = it.when {
            marks_layer.push(Shape::Box {
                rect: Rect::new(cx - 4.0, ys, 8.0, (ye - ys).max(2.0)),
                fill: tint(colour),
                stroke: Some((colour, 1.5)),
            });
        }
        if matches!(it.when, When::Point(_)) || it.mark != Mark::Event {
            mark(&mut marks_layer, it.mark, cx, cy, colour);
        }
        // The label sits level with its mark, or pushed down a little; too far, and it is dropped.
        let h = LABEL_SIZE * 1.25;
        let ly = (cy - h / 2.0).max(last_bottom + 3.0);
        let label = text::fit(&it.label, label_room, LABEL_SIZE, false);
        let mut hit_bottom = cy + 8.0;
        match label {
            Some(l) if ly - (cy - h / 2.0) <= 40.0 && ly + h <= scene.height => {
                if ly - (cy - h / 2.0) > 3.0 {
                    shapes.push(Shape::Line {
                        from: (cx + 7.0, cy),
                        to: (label_x - 2.0, ly + h / 2.0),
                        colour: RULE,
                        width: 1.0,
                        dashed: false,
                    });
                }
                shapes.push(Shape::label(
                    label_x,
                    ly,
                    l,
                    LABEL_SIZE,
                    false,
                    INK,
                    Anchor::TopLeft,
                ));
                last_bottom = ly + h;
                hit_bottom = hit_bottom.max(ly + h);
            }
            _ => scene.hidden_labels += 1,
        }
        let hit_top = (cy - 8.0).min(ly);
        let hit = Rect::new(
            cx - 12.0,
            hit_top,
            width - (cx - 12.0),
            (hit_bottom - hit_top).max(24.0),
        );
        placed.push(Placed {
            id: it.id,
            centre: (cx, cy),
            hit,
        });
    }
    shapes.extend(marks_layer);
    scene.shapes = shapes;
    finish(&mut scene, placed, frame);
    scene.shrunk()
}

/// Conflict links, items in time order, and the selection and focus outlines.
fn finish(scene: &mut Scene, mut placed: Vec<Placed>, frame: &TimeFrame) {
    // Keyboard order follows time (then lanes top to bottom), whatever the layout.
    let horizontal = frame.horizontal();
    crate::order::sort_by(&mut placed, |a, b| {
        let (ka, kb) = if horizontal {
            ((a.centre.0, a.centre.1), (b.centre.0, b.centre.1))
        } else {
            ((a.centre.1, a.centre.0), (b.centre.1, b.centre.0))
        };
        ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
    });
    let at = |id: &str| placed.iter().find(|p| p.id == id).map(|p| p.centre);
    let mut items: Vec<Item> = placed
        .iter()
        .map(|p| Item::rect(p.id, p.hit, p.hit))
        .collect();
    for (conflict, a, b) in frame.links {
        if let (Some(pa), Some(pb)) = (at(a), at(b)) {
            scene.shapes.push(Shape::Line {
                from: pa,
                to: pb,
                colour: FOCUS,
                width: 2.0,
                dashed: true,
            });
            let (mx, my) = ((pa.0 + pb.0) / 2.0, (pa.1 + pb.1) / 2.0);
            scene.shapes.push(Shape::Circle {
                centre: (mx, my),
                radius: 9.0,
                fill: PAPER,
                stroke: Some((FOCUS, 2.0)),
            });
            scene.shapes.push(Shape::label(
                mx - 2.5,
                my,
                "!".into(),
                12.0,
                true,
                FOCUS,
                Anchor::MiddleLeft,
            ));
            let hit = Rect::new(mx - 12.0, my - 12.0, 24.0, 24.0);
            // After the first entry it joins, in keyboard order.
            let pos = items
                .iter()
                .position(|i| i.id == *a)
                .map_or(items.len(), |p| p + 1);
            items.insert(pos, Item::rect(conflict, hit, hit));
        }
    }
    for it in &items {
        if frame.highlighted.contains(&it.id) {
            scene.shapes.push(Shape::outline(it.outline, INK_SOFT, 2.0));
        }
    }
    if let Some(it) = frame
        .selected
        .and_then(|s| items.iter().find(|i| i.id == s))
    {
        scene.shapes.push(Shape::outline(it.outline, INK, 3.0));
    }
    scene.items = items;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::timeline::{entries, Row};

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

    #[test]
    fn no_two_labels_overlap_at_any_zoom_or_width() {
        let items = items();
        let rows = rows();
        for width in [320.0, 390.0, 700.0, 1280.0, 2560.0] {
            for range in RANGES {
                let scene = timeline(&items, &frame(width, range, &rows));
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
    }

    #[test]
    fn labels_do_not_cover_marks() {
        let items = items();
        let rows = rows();
        for width in [700.0, 1280.0, 2560.0] {
            for range in RANGES {
                let scene = timeline(&items, &frame(width, range, &rows));
                let marks: Vec<Rect> = scene
                    .shapes
                    .iter()
                    .filter_map(|s| match s {
                        Shape::Circle { centre, radius, .. } => Some(Rect::new(
                            centre.0 - radius,
                            centre.1 - radius,
                            2.0 * radius,
                            2.0 * radius,
                        )),
                        Shape::Polygon { rings, .. } => {
                            let xs = rings[0].iter().map(|p| p.0);
                            let ys = rings[0].iter().map(|p| p.1);
                            let (x0, x1) = (
                                xs.clone().fold(f64::MAX, f64::min),
                                xs.fold(f64::MIN, f64::max),
                            );
                            let (y0, y1) = (
                                ys.clone().fold(f64::MAX, f64::min),
                                ys.fold(f64::MIN, f64::max),
                            );
                            Some(Rect::new(x0, y0, x1 - x0, y1 - y0))
                        }
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
}
