//! The treemap of a whole that later reporting divides into parts: the National Growth
//! Fund by industry at its launch. Its parts do make up one whole, so areas are fair
//! here; what the parts leave is a grey, hatched tile that says it goes to other industries
//! or is not itemised in those reports. The chart carries its title and source on itself, so an exported image
//! keeps them.

use super::model::{NAME_SIZE, PAD, VALUE_SIZE};
use crate::data::funding::fund_split;
use crate::data::Quantity;
use crate::geo::Rect;
use crate::i18n::{Key, Lang};
use crate::layout::colour::{edge, ink_on, Rgb, INK, INK_SOFT, PAPER};
use crate::layout::scene::{Anchor, Item, Scene, Shape};
use crate::layout::text;
use crate::layout::treemap::squarify;

/// The parts' fill: one hue, since the parts are industries, not the report's groups.
pub const PART_FILL: Rgb = Rgb(0x00, 0x72, 0xb2);
/// The remainder's fill, under its hatching.
pub const REST_FILL: Rgb = Rgb(0xe4, 0xe7, 0xec);
/// The hatching's colour.
const HATCH: Rgb = Rgb(0xa8, 0xb0, 0xbd);
/// Title size, CSS px.
const TITLE_SIZE: f64 = 15.0;
/// Caption (source) size, CSS px.
const CAPTION_SIZE: f64 = 12.0;

/// One tile of the split: a part, or what the parts leave.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitTile {
    /// The item's id (the part's English name; the remainder's own id).
    pub id: &'static str,
    /// Its amount, in 억.
    pub weight: f64,
    /// What the parts leave (other industries, or not itemised): drawn grey and hatched.
    pub remainder: bool,
    /// Name label.
    pub name: String,
    /// Figure label.
    pub value: String,
}

/// What the split chart says about itself, and its size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SplitFrame<'a> {
    /// Width in CSS px.
    pub width: f64,
    /// The treemap's height in CSS px (the title and caption come on top).
    pub height: f64,
    /// The title: what the split is, when it was reported, that it is a later report.
    pub title: &'a str,
    /// The caption: its sources.
    pub caption: &'a str,
}

/// The id of the split's remainder tile (the parts' ids are their English names).
pub const REST_ID: &str = "not-allocated";

/// A later-reported sum, in won: the report’s won-per-dollar range is for its own figures.
pub fn split_won(lang: Lang, m: crate::data::Money) -> String {
    crate::i18n::quantity(lang, Quantity::Exact { value: m })
}

/// The fund split's tiles in `lang`: each reported part, then what they leave of the
/// whole (none without a split in the dataset).
pub fn split_tiles(lang: Lang) -> Vec<SplitTile> {
    let Some((_, split, _)) = fund_split() else {
        return Vec::new();
    };
    let mut tiles: Vec<SplitTile> = split
        .parts
        .iter()
        .map(|p| SplitTile {
            id: p.name.en,
            weight: p.amount.eok as f64,
            remainder: false,
            name: lang.pick(p.name).to_owned(),
            value: split_won(lang, p.amount),
        })
        .collect();
    let rest = split.remainder();
    if rest.eok > 0 {
        tiles.push(SplitTile {
            id: REST_ID,
            weight: rest.eok as f64,
            remainder: true,
            name: lang.t(Key::SplitRest).to_owned(),
            value: split_won(lang, rest),
        });
    }
    tiles
}
/// The split's treemap under its title and caption.
pub fn split_treemap(tiles: &[SplitTile], frame: SplitFrame) -> Scene {
    let width = frame.width;
    let mut shapes = Vec::new();
    let mut y = PAD;
    for (s, size, bold, colour) in [
        (frame.title, TITLE_SIZE, true, INK),
        (frame.caption, CAPTION_SIZE, false, INK_SOFT),
    ] {
        for line in text::wrap(s, width - 2.0 * PAD, size, bold) {
            shapes.push(Shape::label(
                PAD,
                y,
                line,
                size,
                bold,
                colour,
                Anchor::TopLeft,
            ));
            y += size * 1.3;
        }
    }
    let top = y + PAD;
    let mut scene = Scene {
        width,
        height: top + frame.height,
        shapes,
        ..Scene::default()
    };
    let weights: Vec<f64> = tiles.iter().map(|t| t.weight).collect();
    let rects = squarify(&weights, Rect::new(0.0, top, width, frame.height));
    for (t, r) in tiles.iter().zip(&rects) {
        tile(&mut scene, t, r);
    }
    scene.shrunk()
}

/// Diagonal hatching lines (x + y = c) clipped to `r`, every `gap` px.
fn hatch(shapes: &mut Vec<Shape>, r: &Rect, gap: f64) {
    let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.w, r.y + r.h);
    let mut c = x0 + y0 + gap;
    while c < x1 + y1 {
        let lo = x0.max(c - y1);
        let hi = x1.min(c - y0);
        if lo < hi {
            shapes.push(Shape::Line {
                from: (lo, c - lo),
                to: (hi, c - hi),
                colour: HATCH,
                width: 1.0,
                dashed: false,
            });
        }
        c += gap;
    }
}

/// A tile's name and figure as lines `room` wide for a tile `h` high. The figure is one
/// line or, where that is too wide, two ("15조" over "4,000억 원"); never cut, it is left
/// out where even that does not fit. The name is broken at spaces over as many lines as
/// the tile holds above its figure, so a narrow tile writes "Bio and" over "vaccines"
/// rather than "Bio and..."; only what still does not fit is cut short, on its last
/// line. No name where the tile is too low for a line.
fn tile_lines(name: &str, value: &str, room: f64, h: f64) -> (Vec<String>, Vec<String>) {
    // Too wide, a figure of three words or more breaks after its first ("15조" over
    // "4,000억 원"); the last two, a number and its unit, stay together.
    let fits = |l: &str| text::width(l, VALUE_SIZE, false) <= room;
    let figure: Vec<String> = match value.split_once(' ') {
        _ if fits(value) => vec![value.to_owned()],
        Some((head, tail)) if tail.contains(' ') && fits(head) && fits(tail) => {
            vec![head.to_owned(), tail.to_owned()]
        }
        _ => Vec::new(),
    };
    if h < NAME_SIZE * 1.25 + 2.0 * PAD {
        return (Vec::new(), figure);
    }
    let line_h = NAME_SIZE * 1.3;
    let under = h - PAD - PAD / 2.0 - figure.len() as f64 * VALUE_SIZE * 1.25;
    let most = ((under / line_h).floor() as usize).max(1);
    let mut lines = text::wrap(name, room, NAME_SIZE, true);
    if lines.len() > most {
        let rest = lines.split_off(most - 1).join(" ");
        lines.push(rest);
    }
    let name = lines
        .iter()
        .map_while(|l| text::fit(l, room, NAME_SIZE, true))
        .collect();
    (name, figure)
}

/// One tile: its fill (hatched for the remainder), its name and figure where they fit
/// (counted as hidden where neither does), and its item.
fn tile(scene: &mut Scene, t: &SplitTile, r: &Rect) {
    let fill = if t.remainder { REST_FILL } else { PART_FILL };
    scene.shapes.push(Shape::Box {
        rect: *r,
        fill,
        stroke: edge(fill).or(Some((PAPER, 1.5))),
    });
    if t.remainder {
        hatch(&mut scene.shapes, &r.inset(1.0), 10.0);
    }
    let ink = ink_on(fill);
    let room = r.w - 2.0 * PAD;
    let mut y = r.y + PAD;
    let mut shown = 0;
    let mut label = |scene: &mut Scene, y: f64, s: String, size: f64, bold: bool| {
        let w = text::width(&s, size, bold);
        if t.remainder {
            // A paper ground under the label, so the hatching never runs through it.
            scene.shapes.push(Shape::Box {
                rect: Rect::new(r.x + PAD - 2.0, y - 1.0, w + 4.0, size * 1.25 + 2.0),
                fill: REST_FILL,
                stroke: None,
            });
        }
        scene.shapes.push(Shape::label(
            r.x + PAD,
            y,
            s,
            size,
            bold,
            ink,
            Anchor::TopLeft,
        ));
        shown += 1;
    };
    let (name, figure) = tile_lines(&t.name, &t.value, room, r.h);
    for line in name {
        label(scene, y, line, NAME_SIZE, true);
        y += NAME_SIZE * 1.3;
    }
    if y + figure.len() as f64 * VALUE_SIZE * 1.25 <= r.y + r.h - PAD / 2.0 {
        for line in figure {
            label(scene, y, line, VALUE_SIZE, false);
            y += VALUE_SIZE * 1.25;
        }
    }
    if shown == 0 {
        scene.hidden_labels += 1;
    }
    scene.items.push(Item::rect(t.id, *r, *r));
}
