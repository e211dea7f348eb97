//! The geographic map's inset of the Seoul capital area: Seoul, Incheon and the part of
//! Gyeonggi around them, drawn larger in a framed box, as newsroom maps do for regions too
//! small to point at. On the main map Seoul and Incheon are a few dozen pixels across and
//! crowded inside Gyeonggi; in the inset each holds a 24 px target of its own shape.
//!
//! The inset reuses the province outlines (no geometry of its own): it clips them to a
//! fixed window once, in projected degrees, and scales them to CSS px per width. The box
//! goes where it covers no land, target, marker or label of the main map (the nearest
//! such place to the capital along the frame's edges), or, where there is none (phones),
//! below the map, which then grows taller.

use super::model::Rings;
use crate::data::geometry::PROVINCE_SHAPES;
use crate::geo::{clip, point_in_rings, pole, project_deg, ring_area, Projection, Rect};
use std::sync::OnceLock;

/// The window the inset shows, (west, south, east, north) in degrees: Seoul and Incheon
/// (Yeongjong island included) with a margin of Gyeonggi and sea.
pub const WINDOW: (f64, f64, f64, f64) = (126.32, 37.34, 127.26, 37.71);

/// The largest and smallest scale of the inset, CSS px per projected degree. At the
/// smallest, Incheon's mainland still holds a 24 px square (tested).
pub const SCALE_MAX: f64 = 400.0;
/// See [`SCALE_MAX`].
pub const SCALE_MIN: f64 = 300.0;

/// Padding inside the frame around the map, px.
const INNER: f64 = 4.0;
/// Height of the title band at the top of the frame, px.
pub const TITLE_BAND: f64 = 16.0;
/// Clear space kept between the frame and anything on the main map, px.
const CLEARANCE: f64 = 6.0;
/// Occupancy grid cell, px.
const CELL: f64 = 4.0;

/// The window in projected degrees.
pub fn window() -> Rect {
    let (w, s, e, n) = WINDOW;
    let (x0, y0) = project_deg(w, n);
    let (x1, y1) = project_deg(e, s);
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// Where the inset's window lies on the main map of `proj` (the locator rectangle).
pub fn locator(proj: &Projection) -> Rect {
    let w = window();
    let (x0, y0) = proj.px_deg((w.x, w.y));
    let (x1, y1) = proj.px_deg((w.x + w.w, w.y + w.h));
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// A province's part of the window: its rings clipped to it, in projected degrees, with a
/// label point far from their edges (the frame's included) and the room there.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Province id.
    pub id: &'static str,
    /// Clipped rings (even-odd), projected degrees.
    pub rings: Vec<Vec<(f64, f64)>>,
    /// Label point, projected degrees.
    pub label: (f64, f64),
    /// Distance from the label point to the nearest edge, projected degrees.
    pub room: f64,
}

/// Every province that reaches into the window, clipped. Computed once.
pub fn pieces() -> &'static [Piece] {
    static PIECES: OnceLock<Vec<Piece>> = OnceLock::new();
    PIECES.get_or_init(|| {
        let win = window();
        PROVINCE_SHAPES
            .iter()
            .filter_map(|s| {
                let rings: Vec<Vec<(f64, f64)>> = s
                    .rings_deg()
                    .map(|r| {
                        let ring: Vec<(f64, f64)> =
                            r.map(|(lon, lat)| project_deg(lon, lat)).collect();
                        clip(&ring, win)
                    })
                    .filter(|r| r.len() >= 3 && ring_area(r) > 1e-7)
                    .collect();
                if rings.is_empty() {
                    return None;
                }
                let (label, room) = pole(&rings);
                Some(Piece {
                    id: s.id,
                    rings,
                    label,
                    room,
                })
            })
            .collect()
    })
}

/// The part of `id` in the inset, if any.
pub fn piece(id: &str) -> Option<&'static Piece> {
    pieces().iter().find(|p| p.id == id)
}

/// Where the inset is drawn, and how large.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inset {
    /// The framed box, title band included, CSS px.
    pub frame: Rect,
    /// Where the map is drawn inside it (what the outlines are clipped to).
    pub map: Rect,
    /// CSS px per projected degree.
    pub scale: f64,
    /// Whether it sits below the main map (the scene is taller) instead of on it.
    pub below: bool,
}

impl Inset {
    fn at(frame_x: f64, frame_y: f64, scale: f64, below: bool) -> Inset {
        let win = window();
        let (w, h) = (win.w * scale, win.h * scale);
        let frame = Rect::new(
            frame_x,
            frame_y,
            w + 2.0 * INNER,
            h + 2.0 * INNER + TITLE_BAND,
        );
        let map = Rect::new(frame_x + INNER, frame_y + TITLE_BAND + INNER, w, h);
        Inset {
            frame,
            map,
            scale,
            below,
        }
    }

    /// CSS px of a point in projected degrees.
    pub fn px_deg(&self, (x, y): (f64, f64)) -> (f64, f64) {
        let win = window();
        (
            self.map.x + (x - win.x) * self.scale,
            self.map.y + (y - win.y) * self.scale,
        )
    }

    /// CSS px of a lon/lat, if it lies in the window.
    pub fn px(&self, lon: f64, lat: f64) -> Option<(f64, f64)> {
        let p = project_deg(lon, lat);
        let win = window();
        win.contains(p.0, p.1).then(|| self.px_deg(p))
    }

    /// A piece's rings in CSS px.
    pub fn rings(&self, piece: &Piece) -> Rings {
        piece
            .rings
            .iter()
            .map(|r| r.iter().map(|&p| self.px_deg(p)).collect())
            .collect()
    }
}

/// Cells of a frame that something occupies, one bit each, a row at a time. One bit a
/// cell keeps the grid small while the old scene is still alive (the page's memory
/// peak); asking "is anything in this rectangle?" row by row costs a few dozen word
/// reads.
struct Occupancy {
    cols: usize,
    rows: usize,
    /// Words per row.
    stride: usize,
    bits: Vec<u64>,
}

impl Occupancy {
    fn new(width: f64, height: f64, edges: &[&Rings], blocks: &[Rect]) -> Occupancy {
        let cols = (width / CELL).ceil() as usize + 1;
        let rows = (height / CELL).ceil() as usize + 1;
        let stride = cols.div_ceil(64);
        let mut bits = vec![0u64; stride * rows];
        let mut mark = |x: f64, y: f64| {
            let (c, r) = ((x / CELL).floor(), (y / CELL).floor());
            if c >= 0.0 && r >= 0.0 && (c as usize) < cols && (r as usize) < rows {
                let (c, r) = (c as usize, r as usize);
                bits[r * stride + c / 64] |= 1 << (c % 64);
            }
        };
        for rings in edges {
            for ring in rings.iter() {
                for i in 0..ring.len() {
                    let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
                    let n = ((b.0 - a.0).hypot(b.1 - a.1) / (CELL / 2.0))
                        .ceil()
                        .max(1.0);
                    for k in 0..=n as usize {
                        let t = k as f64 / n;
                        mark(a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1));
                    }
                }
            }
        }
        for b in blocks {
            let mut y = b.y;
            while y <= b.y + b.h + CELL {
                let mut x = b.x;
                while x <= b.x + b.w + CELL {
                    mark(x.min(b.x + b.w), y.min(b.y + b.h));
                    x += CELL;
                }
                y += CELL;
            }
        }
        Occupancy {
            cols,
            rows,
            stride,
            bits,
        }
    }

    /// Whether any occupied cell meets `b`.
    fn any(&self, b: &Rect) -> bool {
        let clampc = |v: f64| (v.max(0.0) as usize).min(self.cols);
        let clampr = |v: f64| (v.max(0.0) as usize).min(self.rows);
        // Columns c0..c1 and rows r0..r1, end exclusive.
        let (c0, r0) = (clampc((b.x / CELL).floor()), clampr((b.y / CELL).floor()));
        let (c1, r1) = (
            clampc(((b.x + b.w) / CELL).floor() + 1.0),
            clampr(((b.y + b.h) / CELL).floor() + 1.0),
        );
        if c0 >= c1 {
            return false;
        }
        // The bits of columns c0..c1 in each word of a row.
        let (w0, w1) = (c0 / 64, (c1 - 1) / 64);
        let mask = |w: usize| {
            let lo = if w == w0 { c0 % 64 } else { 0 };
            let hi = if w == w1 { (c1 - 1) % 64 } else { 63 };
            (u64::MAX >> (63 - hi)) & (u64::MAX << lo)
        };
        (r0..r1).any(|r| {
            let row = &self.bits[r * self.stride..(r + 1) * self.stride];
            (w0..=w1).any(|w| row[w] & mask(w) != 0)
        })
    }
}

/// What the inset must stay clear of on the main map of one width.
#[derive(Debug, Clone, PartialEq)]
pub struct MainMap<'a> {
    /// Frame width and height, CSS px.
    pub width: f64,
    /// See `width`.
    pub height: f64,
    /// Frame padding, CSS px.
    pub pad: f64,
    /// Every province's rings in CSS px: land, which the inset never covers.
    pub land: &'a [Rings],
    /// Other things to keep clear of: markers, and the provinces' target squares.
    pub keep_clear: &'a [Rect],
    /// Where the window lies on the main map: the inset goes as near it as it can.
    pub near: (f64, f64),
}

/// Where the inset goes on this main map: the largest scale (from [`SCALE_MAX`] down to
/// [`SCALE_MIN`]) at which a box along an edge of the frame covers nothing of the main
/// map, nearest the capital; else below the map, as wide as the frame allows.
pub fn place(main: &MainMap) -> Inset {
    let land: Vec<&Rings> = main.land.iter().collect();
    let occ = Occupancy::new(main.width, main.height, &land, main.keep_clear);
    let free = |f: &Rect| {
        let grown = f.grown(CLEARANCE);
        // No outline crosses it, so it is wholly on land or wholly at sea: ask its centre.
        let (cx, cy) = f.centre();
        !occ.any(&grown) && !land.iter().any(|rings| point_in_rings(rings, cx, cy))
    };
    let mut scale = SCALE_MAX;
    while scale >= SCALE_MIN {
        let probe = Inset::at(0.0, 0.0, scale, false).frame;
        let (x0, y0) = (main.pad, main.pad);
        let (x1, y1) = (
            main.width - main.pad - probe.w,
            main.height - main.pad - probe.h,
        );
        if x1 >= x0 && y1 >= y0 {
            let mut spots = Vec::new();
            let mut x = x0;
            while x <= x1 {
                spots.push((x, y0));
                spots.push((x, y1));
                x += CELL;
            }
            let mut y = y0;
            while y <= y1 {
                spots.push((x0, y));
                spots.push((x1, y));
                y += CELL;
            }
            let dist = |&(x, y): &(f64, f64)| {
                (x + probe.w / 2.0 - main.near.0).hypot(y + probe.h / 2.0 - main.near.1)
            };
            let best = spots
                .into_iter()
                .filter(|&(x, y)| free(&Rect::new(x, y, probe.w, probe.h)))
                .min_by(|a, b| dist(a).total_cmp(&dist(b)));
            if let Some((x, y)) = best {
                return Inset::at(x, y, scale, false);
            }
        }
        scale -= 25.0;
    }
    // No room on the map: below it, centred, as large as the width allows.
    let win = window();
    let fit = (main.width - 2.0 * main.pad - 2.0 * INNER) / win.w;
    let scale = fit.min(SCALE_MAX);
    let w = win.w * scale + 2.0 * INNER;
    Inset::at((main.width - w) / 2.0, main.height, scale, true)
}

#[cfg(test)]
mod tests;
