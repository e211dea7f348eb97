//! The ranked bar chart: one row per programme, largest first (within its group when
//! grouped), the bar its floor figure, a range drawn as an open box beyond it.

use super::model::{
    badge, category_fill, dashed, marks, Frame, Tile, GROUPS, NAME_SIZE, PAD, VALUE_SIZE,
};
use crate::geo::Rect;
use crate::layout::colour::{edge, INK, INK_SOFT, PAPER, RULE};
use crate::layout::scene::{Anchor, Item, Scene, Shape};
use crate::layout::text;
use atlas_model::Category;

/// Row and header heights of the bar chart.
pub const ROW: f64 = 34.0;
/// Row height on narrow screens, where the name sits above the bar.
pub const ROW_NARROW: f64 = 50.0;
const HEADER: f64 = 30.0;
const AXIS: f64 = 26.0;
/// Size of the group name written at the end of each row when rows are not grouped.
const TAG_SIZE: f64 = 12.0;

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

/// Where the chart's parts go at one width.
struct Grid {
    width: f64,
    /// Names sit above their bars (narrow screens), so names and bars both get the width.
    narrow: bool,
    /// Width of the name column beside the bars (none when narrow).
    label_w: f64,
    plot_x: f64,
    plot_w: f64,
    row_h: f64,
    /// The value at the plot's right edge.
    axis_max: f64,
    /// Room kept at the right end of each row for its group's name (ungrouped rows only:
    /// grouped rows sit under their group's header), so a reader who cannot tell the
    /// fills apart reads each bar's group.
    tag_w: f64,
}

impl Grid {
    fn new(tiles: &[Tile], width: f64, axis_max: f64, tags: &[&str]) -> Grid {
        let narrow = width < 560.0;
        let tag_w = tags
            .iter()
            .map(|t| text::width(t, TAG_SIZE, false) + PAD)
            .fold(0.0, f64::max);
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
        // Narrow, the group's name shares the name's line, not the bar's.
        let value_room = (widest_value + 2.0 * PAD + if narrow { 0.0 } else { tag_w })
            .min(width * if narrow { 0.6 } else { 0.45 });
        Grid {
            width,
            narrow,
            label_w,
            plot_x,
            plot_w: (width - plot_x - value_room).max(40.0),
            row_h: if narrow { ROW_NARROW } else { ROW },
            axis_max,
            tag_w,
        }
    }

    /// The x of a value.
    fn x(&self, v: f64) -> f64 {
        self.plot_x + v / self.axis_max * self.plot_w
    }
}

/// The ranked bar chart. `group_names` names the groups (in their headers when grouped,
/// at the end of each row when not); `tick` formats an axis value.
pub fn bars(
    tiles: &[Tile],
    frame: Frame,
    group_names: &[(Category, String)],
    tick: &dyn Fn(f64) -> String,
) -> Scene {
    let rows = rows(tiles, frame.grouped);
    let width = frame.width;
    let max = tiles
        .iter()
        .map(|t| t.max_weight.unwrap_or(t.weight))
        .fold(0.0, f64::max);
    let (axis_max, step) = nice_ticks(max, if width < 500.0 { 2 } else { 4 });
    let name_of = |g: Category| {
        group_names
            .iter()
            .find(|(c, _)| *c == g)
            .map_or("", |(_, n)| n.as_str())
    };
    // Ungrouped, each row ends in its group's name; grouped, the headers name them.
    let tags: Vec<&str> = if frame.grouped {
        Vec::new()
    } else {
        tiles.iter().map(|t| name_of(t.category)).collect()
    };
    let grid = Grid::new(tiles, width, axis_max, &tags);
    let top = AXIS + 6.0;
    let height = top
        + rows
            .iter()
            .map(|r| if r.is_ok() { grid.row_h } else { HEADER })
            .sum::<f64>()
        + PAD;
    let mut scene = Scene {
        width,
        height,
        ..Scene::default()
    };
    axis(&mut scene, &grid, step, (top, height), tick);
    let mut y = top;
    for row in rows {
        match row {
            Err(g) => {
                header(&mut scene, y, g, group_names);
                y += HEADER;
            }
            Ok(i) => {
                bar(&mut scene, &tiles[i], y, &grid, tags.get(i).copied());
                y += grid.row_h;
            }
        }
    }
    marks(&mut scene, frame);
    scene.shrunk()
}

/// The rows: optional group headers (`Err`), then the tiles' indexes (`Ok`), largest
/// first.
fn rows(tiles: &[Tile], grouped: bool) -> Vec<Result<usize, Category>> {
    let mut order: Vec<usize> = (0..tiles.len()).collect();
    order.sort_by(|&a, &b| tiles[b].weight.total_cmp(&tiles[a].weight).then(a.cmp(&b)));
    let mut rows: Vec<Result<usize, Category>> = Vec::new();
    if grouped {
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
    rows
}

/// Gridlines and tick labels along the top, from `top` down to `height`. Tick labels
/// are placed left to right; one that would touch the last is skipped.
fn axis(
    scene: &mut Scene,
    grid: &Grid,
    step: f64,
    (top, height): (f64, f64),
    tick: &dyn Fn(f64) -> String,
) {
    let width = grid.width;
    let mut v = 0.0;
    let mut last_right = f64::MIN;
    while v <= grid.axis_max + step / 2.0 {
        let x = grid.x(v);
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
}

/// A group's header row at `y`.
fn header(scene: &mut Scene, y: f64, g: Category, group_names: &[(Category, String)]) {
    let name = group_names
        .iter()
        .find(|(c, _)| *c == g)
        .map(|(_, n)| n.clone())
        .unwrap_or_default();
    if let Some(name) = text::fit(&name, scene.width - 2.0 * PAD, NAME_SIZE, true) {
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
}

/// A programme's row at `y`: its name, its bar (and range, and dashed open end), its
/// figure and badge, its group's name (`tag`) at the row's right end, and its item.
fn bar(scene: &mut Scene, t: &Tile, y: f64, grid: &Grid, tag: Option<&str>) {
    let width = grid.width;
    let (name_room, cy) = if grid.narrow {
        // The name shares its line with this row's own group name only, so a short
        // group name ("AI") leaves the name the room a long one would take.
        (
            width - 2.0 * PAD - tag.map_or(0.0, |t| text::width(t, TAG_SIZE, false) + PAD),
            y + 2.0 + NAME_SIZE * 1.3 + 12.0,
        )
    } else {
        (grid.label_w - PAD, y + ROW / 2.0)
    };
    if let Some(tag) = tag.filter(|t| !t.is_empty()) {
        // On the name's line when narrow, else on the bar's.
        let ty = if grid.narrow {
            y + 2.0 + NAME_SIZE * 1.25 / 2.0
        } else {
            cy
        };
        scene.shapes.push(Shape::label(
            width - PAD,
            ty,
            tag.to_owned(),
            TAG_SIZE,
            false,
            INK_SOFT,
            Anchor::MiddleRight,
        ));
    }
    match text::fit(&t.name, name_room, NAME_SIZE, false) {
        Some(name) if grid.narrow => scene.shapes.push(Shape::label(
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
    let bar_h = if grid.narrow { 14.0 } else { 20.0 };
    let fill = category_fill(t.category);
    let plot_x = grid.plot_x;
    let x1 = grid.x(t.weight).max(plot_x + 2.0);
    let bar = Rect::new(plot_x, cy - bar_h / 2.0, x1 - plot_x, bar_h);
    scene.shapes.push(Shape::Box {
        rect: bar,
        fill,
        stroke: edge(fill),
    });
    // The range's outline and the open end's dashes: the fill's colour, or its edge
    // where that colour is faint on the paper.
    let line = edge(fill).map_or(fill, |(e, _)| e);
    let mut end = x1;
    if let Some(maxw) = t.max_weight {
        let x2 = grid.x(maxw);
        let rect = Rect::new(x1, cy - bar_h / 2.0, x2 - x1, bar_h);
        scene.shapes.push(Shape::Box {
            rect,
            fill: PAPER,
            stroke: Some((line, 2.0)),
        });
        end = x2;
    }
    if t.open_ended {
        dashed(&mut scene.shapes, (end, cy), (end + 18.0, cy), line);
        end += 18.0;
    }
    let tag_room = if grid.narrow || tag.is_none() {
        0.0
    } else {
        grid.tag_w
    };
    let room = width - end - 2.0 * PAD - tag_room - if t.disputed { 20.0 } else { 0.0 };
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
                badge(&mut scene.shapes, end + PAD + w + 12.0, cy, t.ambiguous);
            }
        }
        None => scene.hidden_labels += 1,
    }
    let row_h = grid.row_h;
    let hit = Rect::new(0.0, y, width, row_h);
    scene.items.push(Item::rect(
        t.id,
        hit,
        Rect::new(1.0, y + 1.0, width - 2.0, row_h - 2.0),
    ));
}
