//! The regions view's two layouts as Scenes: a geographic map of the 17 provinces and a
//! tile grid (one equal cell per province, as newsrooms draw small regions).
//!
//! Both shade provinces by the report's macro-region, mark the places it names, push
//! one item per province in the same geographic keyboard order, and draw the same
//! highlight, selection and focus marks. Labels come in already translated (the UI
//! owns language); here they are placed where they fit inside their province, or left
//! out and counted (the list below the map has every name).

use super::colour::{ink_on, Rgb, INK, INK_SOFT, PAPER};
use super::inset::{self, Inset};
use super::scene::{point_in_rings, Anchor, Item, Rect, Ring, Scene, Shape};
use super::text;
use crate::data::geometry::{shape, PROVINCE_SHAPES};
use crate::data::{Province, Region, DATASET};
use std::cell::RefCell;
use std::sync::OnceLock;

/// Longitude is scaled by the cosine of this latitude (the middle of South Korea), so
/// distances east–west and north–south agree there (equirectangular projection).
pub const STANDARD_PARALLEL: f64 = 36.0;

/// The smallest hit target a province gets, in CSS px (WCAG 2.2 target size).
pub const MIN_TARGET: f64 = 24.0;

/// Below this width the view starts with the tile grid: narrower, Sejong and Daejeon are
/// too close on the map for each to keep a 24 px target (tested).
pub const PHONE_WIDTH: f64 = 560.0;

/// Fill of provinces the report assigns to no macro-region.
pub const UNASSIGNED: Rgb = Rgb(0xe4, 0xe7, 0xeb);

/// Fills per macro-region, in the dataset's region order: Okabe–Ito hues not used by the
/// funding view's groups, lightened where needed so page ink on them meets 4.5:1.
const REGION_FILLS: [Rgb; 6] = [
    Rgb(0xf4, 0xa5, 0x82), // light vermillion
    Rgb(0x56, 0xb4, 0xe9), // sky blue
    Rgb(0xcc, 0x79, 0xa7), // reddish purple
    Rgb(0xf0, 0xe4, 0x42), // yellow
    Rgb(0xb8, 0xd8, 0xa8), // light green
    Rgb(0xc9, 0xb8, 0xe8), // light violet
];

/// The fill of the dataset's `i`-th macro-region.
pub fn region_fill(i: usize) -> Rgb {
    REGION_FILLS[i % REGION_FILLS.len()]
}

/// The macro-regions a province belongs to, with their dataset indexes: the most
/// specific (fewest provinces) first, then in dataset order. The first is its fill.
pub fn regions_of(province: &str) -> Vec<(usize, &'static Region)> {
    DATASET
        .regions
        .iter()
        .enumerate()
        .filter(|(_, r)| r.provinces.contains(&province))
        .collect::<Vec<_>>()
        .into_iter()
        .fold(Vec::new(), |mut v, r| {
            v.push(r);
            // The most specific region (fewest provinces) first: it is the fill.
            crate::order::sort_by_key(&mut v, |(i, r)| (r.provinces.len(), *i));
            v
        })
}

/// The tile grid: (column, row) per province, approximating geography (west to east,
/// north to south). Reading it row by row is also the keyboard order in both layouts.
pub const TILES: [(&str, u8, u8); 17] = [
    ("KR-28", 0, 0), // Incheon
    ("KR-11", 1, 0), // Seoul
    ("KR-41", 2, 0), // Gyeonggi
    ("KR-51", 3, 0), // Gangwon
    ("KR-44", 0, 1), // South Chungcheong
    ("KR-50", 1, 1), // Sejong
    ("KR-43", 2, 1), // North Chungcheong
    ("KR-47", 3, 1), // North Gyeongsang
    ("KR-52", 0, 2), // Jeonbuk
    ("KR-30", 1, 2), // Daejeon
    ("KR-27", 2, 2), // Daegu
    ("KR-31", 3, 2), // Ulsan
    ("KR-29", 0, 3), // Gwangju
    ("KR-46", 1, 3), // South Jeolla
    ("KR-48", 2, 3), // South Gyeongsang
    ("KR-26", 3, 3), // Busan
    ("KR-49", 0, 4), // Jeju
];
const TILE_COLS: f64 = 4.0;
const TILE_ROWS: f64 = 5.0;

/// The layout a reader starts with at `width`: the tile grid on phones.
pub fn default_layout(width: f64) -> Layout {
    if width < PHONE_WIDTH {
        Layout::Tiles
    } else {
        Layout::Geographic
    }
}

/// Rings of points in CSS px, shared (see [`Ring`]).
pub type Rings = Vec<Ring>;

/// A province's label point in projected degrees and the room around it.
pub type LabelPoint = (&'static str, (f64, f64), f64);

/// Which layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Provinces at their real shape and place.
    Geographic,
    /// One equal cell per province.
    Tiles,
}

/// One province as the map sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Province id.
    pub id: &'static str,
    /// Short label (already translated).
    pub label: String,
}

impl Area {
    /// Every province of the dataset, in its order, labelled by `label`.
    pub fn of_dataset(label: impl Fn(&'static Province) -> String) -> Vec<Area> {
        DATASET
            .provinces
            .iter()
            .map(|p| Area {
                id: p.id,
                label: label(p),
            })
            .collect()
    }
}

/// A marked place (in Korea).
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Place id.
    pub id: &'static str,
    /// Longitude, degrees.
    pub lon: f64,
    /// Latitude, degrees.
    pub lat: f64,
    /// Province id.
    pub province: &'static str,
}

impl Marker {
    /// Every place of the dataset that lies in a province (the regions view's markers).
    pub fn of_dataset() -> Vec<Marker> {
        DATASET
            .places
            .iter()
            .filter_map(|p| {
                Some(Marker {
                    id: p.id,
                    lon: p.lon,
                    lat: p.lat,
                    province: p.province?,
                })
            })
            .collect()
    }
}

/// What the reader has selected or highlighted, and the canvas width. (Focus is drawn on
/// a layer of its own: [`Scene::focus_marks`].)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame<'a> {
    /// Width in CSS px.
    pub width: f64,
    /// Which layout.
    pub layout: Layout,
    /// Selected item (province or place).
    pub selected: Option<&'a str>,
    /// Provinces to emphasise (a selected programme's or region's); the rest are faded.
    pub highlighted: &'a [&'a str],
    /// The capital-area inset's title (already translated); empty for none.
    pub inset_title: &'a str,
}

const PAD: f64 = 10.0;
const LABEL: f64 = 12.0;
const MARKER_R: f64 = 6.0;
/// A marker's pointer area on the geographic map (small, so it leaves its province room).
const GEO_MARKER_TARGET: f64 = 2.0 * MARKER_R + 4.0;

/// (x, y) of a lon/lat in projected degrees (x east, y south).
pub fn project_deg(lon: f64, lat: f64) -> (f64, f64) {
    (lon * STANDARD_PARALLEL.to_radians().cos(), -lat)
}

/// A point inside each province far from its edges (a pole of inaccessibility, by grid
/// search), in projected degrees, with its distance to the nearest edge. Computed once.
pub fn label_points() -> &'static [LabelPoint] {
    static POINTS: OnceLock<Vec<LabelPoint>> = OnceLock::new();
    POINTS.get_or_init(|| {
        PROVINCE_SHAPES
            .iter()
            .map(|s| {
                let rings: Vec<Vec<(f64, f64)>> = s
                    .rings_deg()
                    .map(|r| r.map(|(lon, lat)| project_deg(lon, lat)).collect())
                    .collect();
                let (p, d) = pole(&rings);
                (s.id, p, d)
            })
            .collect()
    })
}

fn seg_dist(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = dx * dx + dy * dy;
    let t = if len == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len).clamp(0.0, 1.0)
    };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - x).powi(2) + (p.1 - y).powi(2)).sqrt()
}

/// Runs some 200,000 times for the map's label points, so it compares rather than call
/// `f64::min`: on wasm that is a call of `fmin`, which lives in the first-load module
/// while this is in the regions chunk (src/ui/lazy.rs), and calls across the two cost the
/// regions view about 80 ms.
fn edge_dist(rings: &[Vec<(f64, f64)>], p: (f64, f64)) -> f64 {
    let mut best = f64::MAX;
    for r in rings {
        for i in 0..r.len() {
            let d = seg_dist(p, r[i], r[(i + 1) % r.len()]);
            if d < best {
                best = d;
            }
        }
    }
    best
}

fn bbox(points: impl Iterator<Item = (f64, f64)>) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for (x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// The inside point farthest from any edge, by a coarse grid then a finer one around
/// the best cell.
pub(super) fn pole(rings: &[Vec<(f64, f64)>]) -> ((f64, f64), f64) {
    let b = bbox(rings.iter().flatten().copied());
    let mut best = (b.centre(), -1.0);
    let search = |r: Rect, n: usize, best: &mut ((f64, f64), f64)| {
        for i in 0..=n {
            for j in 0..=n {
                let p = (
                    r.x + r.w * i as f64 / n as f64,
                    r.y + r.h * j as f64 / n as f64,
                );
                if point_in_rings(rings, p.0, p.1) {
                    let d = edge_dist(rings, p);
                    if d > best.1 {
                        *best = (p, d);
                    }
                }
            }
        }
    };
    search(b, 40, &mut best);
    let (cw, ch) = (b.w / 40.0, b.h / 40.0);
    let around = Rect::new(best.0 .0 - cw, best.0 .1 - ch, 2.0 * cw, 2.0 * ch);
    search(around, 20, &mut best);
    best
}

/// How projected degrees map to CSS px in a frame of `width`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    scale: f64,
    dx: f64,
    dy: f64,
}

impl Projection {
    /// CSS px of a lon/lat.
    pub fn px(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = project_deg(lon, lat);
        self.px_deg((x, y))
    }

    /// CSS px of projected degrees.
    pub fn px_deg(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x * self.scale + self.dx, y * self.scale + self.dy)
    }

    /// CSS px per projected degree.
    pub fn scale(&self) -> f64 {
        self.scale
    }
}

/// The country's extent in projected degrees.
fn extent() -> Rect {
    static EXTENT: OnceLock<Rect> = OnceLock::new();
    *EXTENT.get_or_init(|| {
        bbox(
            PROVINCE_SHAPES
                .iter()
                .flat_map(|s| s.rings_deg().flatten().collect::<Vec<_>>())
                .map(|(lon, lat)| project_deg(lon, lat)),
        )
    })
}

/// The canvas height for a layout at `width`.
pub fn height(width: f64, layout: Layout) -> f64 {
    match layout {
        Layout::Geographic => {
            let e = extent();
            ((width - 2.0 * PAD) * e.h / e.w + 2.0 * PAD).clamp(240.0, 640.0)
        }
        Layout::Tiles => tile_size(width).1 * TILE_ROWS + 2.0 * PAD,
    }
}

/// The projection that fits the whole country (Jeju and Ulleungdo included) in the frame.
pub fn projection(width: f64) -> Projection {
    let h = height(width, Layout::Geographic);
    let e = extent();
    let scale = ((width - 2.0 * PAD) / e.w).min((h - 2.0 * PAD) / e.h);
    let dx = (width - e.w * scale) / 2.0 - e.x * scale;
    let dy = (h - e.h * scale) / 2.0 - e.y * scale;
    Projection { scale, dx, dy }
}

fn tile_size(width: f64) -> (f64, f64) {
    let w = ((width - 2.0 * PAD) / TILE_COLS).min(150.0);
    (w, (w * 0.62).max(MIN_TARGET + 8.0))
}

/// The cell of a province in the tile grid.
pub fn tile_rect(width: f64, id: &str) -> Option<Rect> {
    let (w, h) = tile_size(width);
    let left = (width - w * TILE_COLS) / 2.0;
    TILES
        .iter()
        .find(|t| t.0 == id)
        .map(|&(_, c, r)| Rect::new(left + c as f64 * w, PAD + r as f64 * h, w, h))
}

/// Keyboard order: the tile grid read row by row (north to south, west to east).
pub fn order() -> impl Iterator<Item = &'static str> {
    TILES.iter().map(|t| t.0)
}

fn fill_of(id: &str, frame: &Frame) -> (Rgb, Option<Rgb>) {
    let regions = regions_of(id);
    let mut fill = regions.first().map_or(UNASSIGNED, |(i, _)| region_fill(*i));
    let mut second = regions.get(1).map(|(i, _)| region_fill(*i));
    if !frame.highlighted.is_empty() && !frame.highlighted.contains(&id) {
        fill = fade(fill);
        second = second.map(fade);
    }
    (fill, second)
}

/// A colour mixed 65% towards white: provinces outside a highlight recede.
pub fn fade(c: Rgb) -> Rgb {
    let m = |v: u8| (v as f64 + (255.0 - v as f64) * 0.65).round() as u8;
    Rgb(m(c.0), m(c.1), m(c.2))
}

fn text_shape(at: (f64, f64), s: String, size: f64, bold: bool, colour: Rgb) -> Shape {
    let w = text::width(&s, size, bold);
    let h = size * 1.25;
    Shape::Text {
        at: (at.0 - w / 2.0, at.1),
        bounds: Rect::new(at.0 - w / 2.0, at.1 - h / 2.0, w, h),
        text: s,
        size,
        bold,
        colour,
        anchor: Anchor::MiddleLeft,
    }
}

/// The edges of `rings` that are not on the border of `cut` (the seams where the inset
/// clips a province): whole rings where no edge is on it (shared, not copied), and open
/// runs of edges where some are.
fn without_seams(rings: &[Ring], cut: &Rect) -> (Rings, Rings) {
    let (mut closed, mut open) = (Vec::new(), Vec::new());
    for r in rings {
        let n = r.len();
        let seam = |i: usize| inset::on_border(r[i], r[(i + 1) % n], cut);
        let Some(first) = (0..n).find(|&i| seam(i)) else {
            closed.push(r.clone());
            continue;
        };
        // Walk once around from just after a seam, cutting the ring at every seam.
        let mut run: Vec<(f64, f64)> = Vec::new();
        for k in 1..=n {
            let i = (first + k) % n;
            if seam(i) {
                if run.len() > 1 {
                    open.push(Ring::from(std::mem::take(&mut run)));
                }
                run.clear();
            } else {
                if run.is_empty() {
                    run.push(r[i]);
                }
                run.push(r[(i + 1) % n]);
            }
        }
        if run.len() > 1 {
            open.push(Ring::from(run));
        }
    }
    (closed, open)
}

/// Lines along a piece's edges less the inset's seams: its `closed` rings and `open`
/// runs from [`without_seams`], shared.
fn seamless_lines(
    shapes: &mut Vec<Shape>,
    (closed, open): (&[Ring], &[Ring]),
    colour: Rgb,
    width: f64,
) {
    shapes.extend(Shape::rings(closed, colour, width));
    shapes.extend(open.iter().map(|points| Shape::Path {
        points: points.clone(),
        closed: false,
        colour,
        width,
    }));
}

fn rect_ring(r: Rect) -> Ring {
    Ring::from([
        (r.x, r.y),
        (r.x + r.w, r.y),
        (r.x + r.w, r.y + r.h),
        (r.x, r.y + r.h),
    ])
}

/// Every point of `rings`, in order.
fn flat(rings: &[Ring]) -> impl Iterator<Item = (f64, f64)> + '_ {
    rings.iter().flat_map(|r| r.iter().copied())
}

/// Convex hull (monotone chain), counter-clockwise in screen terms.
fn hull(mut pts: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    crate::order::sort_by(&mut pts, |a, b| {
        a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1))
    });
    pts.dedup();
    if pts.len() < 3 {
        return pts;
    }
    let cross = |o: (f64, f64), a: (f64, f64), b: (f64, f64)| {
        (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
    };
    let mut lower: Vec<(f64, f64)> = Vec::new();
    for &p in &pts {
        while lower.len() >= 2 && cross(lower[lower.len() - 2], lower[lower.len() - 1], p) <= 0.0 {
            lower.pop();
        }
        lower.push(p);
    }
    let mut upper: Vec<(f64, f64)> = Vec::new();
    for &p in pts.iter().rev() {
        while upper.len() >= 2 && cross(upper[upper.len() - 2], upper[upper.len() - 1], p) <= 0.0 {
            upper.pop();
        }
        upper.push(p);
    }
    lower.pop();
    upper.pop();
    lower.extend(upper);
    lower
}

/// The 24 px square (plus a pixel of margin) a province answers in: around its label
/// point, or moved off any marker target in `avoid`. `None` when the province's own
/// shape already holds that square around its label point.
fn target_square(rings: &[Ring], label: (f64, f64), room: f64, avoid: &[Rect]) -> (Rect, bool) {
    let side = MIN_TARGET + 2.0;
    let half = side / 2.0;
    let at = |(dx, dy): (f64, f64)| Rect::new(label.0 + dx - half, label.1 + dy - half, side, side);
    if room >= half && avoid.iter().all(|a| a.overlap(&at((0.0, 0.0))) == 0.0) {
        return (at((0.0, 0.0)), false);
    }
    // The nearest free square whose centre is still in the province.
    let steps = [-24.0, -18.0, -12.0, -6.0, 0.0, 6.0, 12.0, 18.0, 24.0];
    let mut candidates: Vec<(f64, f64)> = steps
        .iter()
        .flat_map(|&dy| steps.iter().map(move |&dx| (dx, dy)))
        .collect();
    crate::order::sort_by(&mut candidates, |a, b| {
        (a.0.hypot(a.1)).total_cmp(&b.0.hypot(b.1))
    });
    let free = |sq: &Rect| avoid.iter().all(|a| a.overlap(sq) == 0.0);
    let square = candidates
        .iter()
        .map(|&d| at(d))
        .find(|sq| free(sq) && point_in_rings(rings, sq.centre().0, sq.centre().1))
        .or_else(|| candidates.iter().map(|&d| at(d)).find(free))
        .unwrap_or_else(|| at((0.0, 0.0)));
    (square, true)
}

/// The pointer area of a province: its own rings, or, where those leave no 24 px square
/// around its label, the hull of its main ring and that square plus its outlying rings.
/// The square moves off any marker target in `avoid`, so a marker in a small province
/// (Seoul's lab) leaves the province a target of its own.
fn hit_area(rings: &[Ring], label: (f64, f64), room: f64, avoid: &[Rect]) -> (Rect, Rings) {
    let (square, small) = target_square(rings, label, room, avoid);
    if !small {
        return (bbox(flat(rings)), rings.to_vec());
    }
    let main = rings
        .iter()
        .position(|r| point_in_rings(std::slice::from_ref(r), label.0, label.1))
        .unwrap_or(0);
    let mut pts = Vec::with_capacity(rings[main].len() + 4);
    pts.extend_from_slice(&rings[main]);
    pts.extend_from_slice(&rect_ring(square));
    let h = hull(pts);
    let hb = bbox(h.iter().copied());
    let mut out = vec![Ring::from(h)];
    for (i, r) in rings.iter().enumerate() {
        if i != main && bbox(r.iter().copied()).overlap(&hb) == 0.0 {
            out.push(r.clone());
        }
    }
    (bbox(flat(&out)), out)
}

/// Highlight and selection marks, along each item's ring. (Focus is drawn on a layer of
/// its own: [`Scene::focus_marks`].)
fn marks(scene: &mut Scene, frame: &Frame) {
    let mut extra = Vec::new();
    for item in frame.highlighted.iter().filter_map(|id| scene.item(id)) {
        extra.extend(item.marks(INK, 1.75));
    }
    if let Some(item) = frame.selected.and_then(|s| scene.item(s)) {
        extra.extend(item.marks(INK, 4.0));
        extra.extend(item.marks(PAPER, 1.5));
    }
    scene.shapes.extend(extra);
}

fn marker_shapes(scene: &mut Scene, id: &'static str, c: (f64, f64), target: f64) {
    scene.shapes.push(Shape::Circle {
        centre: c,
        radius: MARKER_R,
        fill: INK,
        stroke: Some((PAPER, 2.0)),
    });
    scene.shapes.push(Shape::Circle {
        centre: c,
        radius: 2.0,
        fill: PAPER,
        stroke: None,
    });
    let r = Rect::new(c.0 - target / 2.0, c.1 - target / 2.0, target, target);
    let ring = MARKER_R + 3.0;
    scene.items.push(Item {
        ring: vec![rect_ring(Rect::new(
            c.0 - ring,
            c.1 - ring,
            2.0 * ring,
            2.0 * ring,
        ))],
        ..Item::rect(id, r, r)
    });
}

fn geo_marker_rects(proj: &Projection, markers: &[Marker]) -> Vec<Rect> {
    markers
        .iter()
        .map(|m| {
            let (x, y) = proj.px(m.lon, m.lat);
            let t = GEO_MARKER_TARGET;
            Rect::new(x - t / 2.0, y - t / 2.0, t, t)
        })
        .collect()
}

/// Where an item is pointed at: the centre of a province's target square (its label
/// point, unless that had to move), of its tile, or of a marker. The tooltip points
/// here, and the pointer there always finds the item.
pub fn anchor(scene: &Scene, markers: &[Marker], frame: Frame, id: &str) -> Option<(f64, f64)> {
    if let Some(m) = markers.iter().find(|m| m.id == id) {
        // On the main map: the first of its areas (the second is in the inset).
        return scene.item(m.id).map(|i| match i.polygon.first() {
            Some(r) => bbox(r.iter().copied()).centre(),
            None => i.hit.centre(),
        });
    }
    match frame.layout {
        Layout::Tiles => tile_rect(frame.width, id).map(|r| r.centre()),
        Layout::Geographic => {
            let proj = projection(frame.width);
            let &(_, lp, room) = label_points().iter().find(|l| l.0 == id)?;
            let avoid = geo_marker_rects(&proj, markers);
            shape(id)?;
            let rings = main_rings(&proj, id);
            Some(
                target_square(&rings, proj.px_deg(lp), room * proj.scale(), &avoid)
                    .0
                    .centre(),
            )
        }
    }
}

/// A province's label candidate: the area, its label point, the room there (px), its
/// fill and its rings in px.
type Labelled<'a> = (&'a Area, (f64, f64), f64, Rgb, &'a Rings);

/// Places province labels: inside the province where the whole label fits (at the
/// label point or near it), else on a white plate beside it with a leader line, within
/// `bounds` and clear of other labels, markers, `keep_out` and small provinces' targets;
/// else left out. Returns the plates, and the provinces whose label was left out.
fn place_labels(
    scene: &mut Scene,
    labels: &[Labelled],
    markers: &[Rect],
    bounds: Rect,
    keep_out: &[Rect],
) -> (Vec<(&'static str, Rect)>, Vec<&'static str>) {
    let mut plates = Vec::new();
    let mut hidden = Vec::new();
    let h = LABEL * 1.25;
    let in_frame = |b: &Rect| {
        b.x >= bounds.x + 2.0
            && b.y >= bounds.y + 2.0
            && b.x + b.w <= bounds.x + bounds.w - 2.0
            && b.y + b.h <= bounds.y + bounds.h - 2.0
            && keep_out.iter().all(|k| k.overlap(b) == 0.0)
    };
    // Every province's target square (where its tooltip points), which plates must
    // not cover.
    let targets: Vec<(&str, Rect)> = labels
        .iter()
        .map(|(a, at, room, _, rings)| (a.id, target_square(rings, *at, *room, markers).0))
        .collect();
    let mut placed: Vec<Rect> = Vec::new();
    let mut outside = Vec::new();
    let mut order: Vec<&Labelled> = labels.iter().collect();
    crate::order::sort_by(&mut order, |a, b| b.2.total_cmp(&a.2));
    for l in order {
        let &(a, at, _, fill, rings) = l;
        let w = text::width(&a.label, LABEL, true);
        let steps = [0.0, -8.0, 8.0, -16.0, 16.0, -24.0, 24.0, -32.0, 32.0];
        let spot = steps
            .iter()
            .flat_map(|&dy| steps.iter().map(move |&dx| (dx, dy)))
            .filter(|(dx, dy): &(f64, f64)| dy.abs() <= 16.0 || dx.abs() <= 8.0)
            .map(|(dx, dy)| Rect::new(at.0 + dx - w / 2.0, at.1 + dy - h / 2.0, w, h))
            .find(|b| {
                [
                    (b.x, b.y),
                    (b.x + b.w, b.y),
                    (b.x, b.y + b.h),
                    (b.x + b.w, b.y + b.h),
                ]
                .iter()
                .all(|p| point_in_rings(rings, p.0, p.1))
                    && placed.iter().chain(markers).all(|o| o.overlap(b) == 0.0)
            });
        match spot {
            Some(b) => {
                placed.push(b);
                scene.shapes.push(text_shape(
                    b.centre(),
                    a.label.clone(),
                    LABEL,
                    true,
                    ink_on(fill),
                ));
            }
            None => outside.push(l),
        }
    }
    // Plates, in keyboard order, so the layout does not depend on sorting ties.
    crate::order::sort_by_key(&mut outside, |l| order_index(l.0.id));
    for (a, at, room, _, rings) in outside {
        let own = hit_area(rings, *at, *room, markers).1;
        let w = text::width(&a.label, LABEL, true) + 8.0;
        let ph = h + 4.0;
        let gap = room.max(4.0) + 10.0;
        let candidates = [
            (at.0 + gap, at.1 - ph / 2.0),
            (at.0 - gap - w, at.1 - ph / 2.0),
            (at.0 - w / 2.0, at.1 - gap - ph),
            (at.0 - w / 2.0, at.1 + gap),
            (at.0 + gap, at.1 - ph - 4.0),
            (at.0 + gap, at.1 + 4.0),
            (at.0 - gap - w, at.1 - ph - 4.0),
            (at.0 - gap - w, at.1 + 4.0),
            (at.0 + gap + 16.0, at.1 - ph / 2.0),
            (at.0 - gap - w - 16.0, at.1 - ph / 2.0),
        ];
        let plate = candidates
            .iter()
            .map(|&(x, y)| Rect::new(x, y, w, ph))
            .find(|b| {
                in_frame(b)
                    && clear_of(&own, b)
                    && placed.iter().chain(markers).all(|o| o.overlap(b) == 0.0)
                    && targets
                        .iter()
                        .all(|(id, t)| *id == a.id || t.overlap(b) == 0.0)
            });
        let Some(b) = plate else {
            hidden.push(a.id);
            continue;
        };
        placed.push(b);
        // Leader from the label point to the plate's nearest point.
        // It starts at the edge of the label point's room, leaving the province's fill
        // in view.
        let to = (at.0.clamp(b.x, b.x + b.w), at.1.clamp(b.y, b.y + b.h));
        let (dx, dy) = (to.0 - at.0, to.1 - at.1);
        let len = dx.hypot(dy).max(1e-9);
        let from = (at.0 + dx / len * room, at.1 + dy / len * room);
        scene.shapes.push(Shape::Line {
            from,
            to,
            colour: INK,
            width: 1.0,
            dashed: false,
        });
        scene.shapes.push(Shape::Box {
            rect: b,
            fill: PAPER,
            stroke: Some((INK, 1.0)),
        });
        scene
            .shapes
            .push(text_shape(b.centre(), a.label.clone(), LABEL, true, INK));
        plates.push((a.id, b));
    }
    (plates, hidden)
}

/// Whether no sampled point of `r` lies in `rings` (so `r` can join them as a ring
/// without cutting a hole).
fn clear_of(rings: &[Ring], r: &Rect) -> bool {
    (0..=6).all(|i| {
        (0..=6).all(|j| {
            let x = r.x + r.w * i as f64 / 6.0;
            let y = r.y + r.h * j as f64 / 6.0;
            !point_in_rings(rings, x, y)
        })
    })
}

fn order_index(id: &str) -> usize {
    order().position(|o| o == id).unwrap_or(usize::MAX)
}

/// A province's rings in CSS px on the main map of `proj`.
fn main_rings(proj: &Projection, id: &str) -> Rings {
    shape(id)
        .map(|s| {
            s.rings_deg()
                .map(|r| {
                    r.map(|(lon, lat)| proj.px(lon, lat))
                        .collect::<Vec<_>>()
                        .into()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Where the inset's window lies on the main map of `proj` (the locator rectangle).
pub fn locator(proj: &Projection) -> Rect {
    let w = inset::window();
    let (x0, y0) = proj.px_deg((w.x, w.y));
    let (x1, y1) = proj.px_deg((w.x + w.w, w.y + w.h));
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// Where the capital-area inset goes on the geographic map of `width`: clear of every
/// province's land, of the markers and of every province's target square, or below the
/// map where it finds no such room (see [`inset::place`]).
pub fn inset_of(width: f64, markers: &[Marker]) -> Inset {
    let proj = projection(width);
    inset_on(width, &proj, markers, || {
        PROVINCE_SHAPES
            .iter()
            .map(|s| main_rings(&proj, s.id))
            .collect()
    })
}

/// [`inset_of`], with `land` giving every province's rings on the main map of `proj`,
/// in [`PROVINCE_SHAPES`] order, when they are needed. The placement depends only on the
/// width and the marker targets, and every render of the regions view asks for it (the
/// tooltip, the inset's test attributes) besides the layout: the last answer is kept,
/// so a render projects no outline and places nothing.
fn inset_on(
    width: f64,
    proj: &Projection,
    markers: &[Marker],
    land: impl FnOnce() -> Vec<Rings>,
) -> Inset {
    thread_local! {
        static LAST: RefCell<Option<(u64, Vec<Rect>, Inset)>> = const { RefCell::new(None) };
    }
    let avoid = geo_marker_rects(proj, markers);
    let hit = LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(w, a, _)| *w == width.to_bits() && *a == avoid)
            .map(|(.., i)| *i)
    });
    if let Some(hit) = hit {
        return hit;
    }
    let land = land();
    let targets = PROVINCE_SHAPES.iter().zip(&land).filter_map(|(s, rings)| {
        let &(_, lp, room) = label_points().iter().find(|l| l.0 == s.id)?;
        Some(target_square(rings, proj.px_deg(lp), room * proj.scale(), &avoid).0)
    });
    let keep_clear: Vec<Rect> = avoid.iter().copied().chain(targets).collect();
    let inset = inset::place(&inset::MainMap {
        width,
        height: height(width, Layout::Geographic),
        pad: PAD,
        land: &land,
        keep_clear: &keep_clear,
        near: locator(proj).centre(),
    });
    LAST.with(|l| *l.borrow_mut() = Some((width.to_bits(), avoid, inset)));
    inset
}

/// The markers that fall in the inset, with their centres there.
fn inset_markers<'m>(ins: &Inset, markers: &'m [Marker]) -> Vec<(&'m Marker, (f64, f64))> {
    let r = GEO_MARKER_TARGET / 2.0;
    markers
        .iter()
        .filter_map(|m| Some((m, ins.px(m.lon, m.lat)?)))
        .filter(|(_, (x, y))| {
            let m = &ins.map;
            *x - r >= m.x && *y - r >= m.y && *x + r <= m.x + m.w && *y + r <= m.y + m.h
        })
        .collect()
}

fn grown(r: Rect, d: f64) -> Rect {
    Rect::new(r.x - d, r.y - d, r.w + 2.0 * d, r.h + 2.0 * d)
}

fn marker_rect((x, y): (f64, f64)) -> Rect {
    let t = GEO_MARKER_TARGET;
    Rect::new(x - t / 2.0, y - t / 2.0, t, t)
}

/// Whether `sq` lies wholly inside `rings`: a corner inside, and no edge of theirs
/// meeting it.
fn square_inside(rings: &[Ring], sq: &Rect) -> bool {
    point_in_rings(rings, sq.x, sq.y) && !inset::edges_meet(sq, rings)
}

/// Where a province (or marker) is pointed at in the inset: the centre of a 24 px square
/// (plus a pixel of margin) wholly inside its part there and off the inset's markers,
/// nearest its label point; `None` if it has no such square or is not in the inset.
pub fn inset_anchor(ins: &Inset, markers: &[Marker], id: &str) -> Option<(f64, f64)> {
    let placed = inset_markers(ins, markers);
    if let Some((_, c)) = placed.iter().find(|(m, _)| m.id == id) {
        return Some(*c);
    }
    let piece = inset::piece(id)?;
    let rings = ins.rings(piece);
    let avoid: Vec<Rect> = placed.iter().map(|(_, c)| marker_rect(*c)).collect();
    let at = ins.px_deg(piece.label);
    let side = MIN_TARGET + 2.0;
    // Squares ever farther out (ring by ring of a 3 px grid), so the nearest one wins.
    (0..=16i32)
        .flat_map(|k| {
            (-k..=k)
                .flat_map(move |j| (-k..=k).map(move |i| (i, j)))
                .filter(move |(i, j)| i.abs().max(j.abs()) == k)
        })
        .map(|(i, j)| {
            let (x, y) = (at.0 + 3.0 * i as f64, at.1 + 3.0 * j as f64);
            Rect::new(x - side / 2.0, y - side / 2.0, side, side)
        })
        .find(|sq| avoid.iter().all(|a| a.overlap(sq) == 0.0) && square_inside(&rings, sq))
        .map(|sq| sq.centre())
}

/// The geographic map's outlines at one width, in CSS px: every province's rings on the
/// main map, where the inset goes, and each province's part of the inset with its edges
/// less the seams. They are most of a map scene's bytes (some 5,000 points), and a new
/// selection, highlight or language moves none of them: a view that keeps them for its
/// width lays out each new scene around the same rings (shared, not copied), so the
/// scene on screen and its successor no longer hold two sets while both are alive.
#[derive(Debug, Clone)]
pub struct Outlines {
    width: f64,
    proj: Projection,
    /// In [`PROVINCE_SHAPES`] order.
    land: Vec<Rings>,
    ins: Inset,
    /// Each province's part of the inset: its rings, and their edges less the seams
    /// (closed rings and open runs), in [`PROVINCE_SHAPES`] order.
    pieces: Vec<(&'static str, Rings, (Rings, Rings))>,
}

impl Outlines {
    /// The outlines at `width`, with the inset placed clear of `markers`.
    pub fn new(width: f64, markers: &[Marker]) -> Outlines {
        let proj = projection(width);
        let land: Vec<Rings> = PROVINCE_SHAPES
            .iter()
            .map(|s| main_rings(&proj, s.id))
            .collect();
        let ins = inset_on(width, &proj, markers, || land.clone());
        let pieces = PROVINCE_SHAPES
            .iter()
            .filter_map(|s| {
                let rings = ins.rings(inset::piece(s.id)?);
                let edges = without_seams(&rings, &ins.map);
                Some((s.id, rings, edges))
            })
            .collect();
        Outlines {
            width,
            proj,
            land,
            ins,
            pieces,
        }
    }

    /// The width they are for.
    pub fn width(&self) -> f64 {
        self.width
    }
}

/// The geographic map, with the capital-area inset.
pub fn geographic(areas: &[Area], markers: &[Marker], frame: Frame) -> Scene {
    geographic_in(&Outlines::new(frame.width, markers), areas, markers, frame)
}

/// [`geographic`] around outlines already projected for `frame.width` (with the same
/// `markers`), which the scene then shares.
pub fn geographic_in(
    outlines: &Outlines,
    areas: &[Area],
    markers: &[Marker],
    frame: Frame,
) -> Scene {
    let width = frame.width;
    debug_assert_eq!(width.to_bits(), outlines.width.to_bits());
    let proj = outlines.proj;
    // Every province's rings in px, once: the fills, outlines, pointer areas and the
    // inset's placement all share them.
    let land = &outlines.land;
    let ins = outlines.ins;
    let mut scene = Scene {
        width,
        height: height(width, Layout::Geographic).max(ins.frame.y + ins.frame.h + PAD),
        ..Scene::default()
    };
    let px_rings = |id: &str| {
        PROVINCE_SHAPES
            .iter()
            .position(|s| s.id == id)
            .map_or_else(Vec::new, |i| land[i].clone())
    };
    // Larger provinces first, so a province inside another's hole (Seoul in Gyeonggi)
    // is painted over it.
    let mut draw: Vec<(&Area, Rings)> = areas.iter().map(|a| (a, px_rings(a.id))).collect();
    crate::order::sort_by(&mut draw, |a, b| {
        let area = |r: &Rings| bbox(flat(r)).area();
        area(&b.1).total_cmp(&area(&a.1))
    });
    let mut labels = Vec::new();
    for (a, rings) in &draw {
        let (fill, second) = fill_of(a.id, &frame);
        scene.shapes.push(Shape::Polygon {
            rings: rings.clone(),
            fill,
            stroke: Some((PAPER, 1.0)),
        });
        // A second region rings the province, where the ring leaves its fill visible.
        if let (Some(s), Some(l)) = (second, label_points().iter().find(|l| l.0 == a.id)) {
            if l.2 * proj.scale() >= 8.0 {
                scene.shapes.extend(Shape::rings(rings, s, 3.0));
            }
        }
        let Some(&(_, lp, room)) = label_points().iter().find(|l| l.0 == a.id) else {
            continue;
        };
        let at = proj.px_deg(lp);
        labels.push((*a, at, room * proj.scale(), fill, rings));
    }
    // The locator: where the inset's window lies, under the labels.
    scene.shapes.push(Shape::outline(locator(&proj), INK, 1.5));
    let marker_rects = geo_marker_rects(&proj, markers);
    let whole = Rect::new(0.0, 0.0, scene.width, scene.height);
    let (mut plates, hidden) = place_labels(
        &mut scene,
        &labels,
        &marker_rects,
        whole,
        &[grown(ins.frame, 4.0)],
    );
    for id in order() {
        let Some((_, at, room, _, rings)) = labels.iter().find(|l| l.0.id == id) else {
            continue;
        };
        let (mut hit, mut polygon) = hit_area(rings, *at, *room, &marker_rects);
        // A label on a plate answers for its province too, where the plate stands clear
        // of the province's own pointer area.
        if let Some((_, plate)) = plates.iter().find(|p| p.0 == id) {
            if clear_of(&polygon, plate) {
                polygon.push(rect_ring(*plate));
                hit = bbox(flat(&polygon));
            }
        }
        scene.items.push(Item {
            id,
            hit,
            outline: bbox(flat(rings)),
            polygon,
            ring: rings.to_vec(),
            open: Vec::new(),
        });
    }

    // The inset: a frame, its title, the provinces' parts in the window, their labels
    // (placed by the same rules, within the frame), and the markers there.
    let placed = inset_markers(&ins, markers);
    let inset_marker_rects: Vec<Rect> = placed.iter().map(|(_, c)| marker_rect(*c)).collect();
    scene.shapes.push(Shape::Box {
        rect: ins.frame,
        fill: PAPER,
        stroke: Some((INK_SOFT, 1.0)),
    });
    if !frame.inset_title.is_empty() {
        let fitted = text::fit(frame.inset_title, ins.frame.w - 8.0, 11.0, true);
        if let Some(t) = fitted {
            scene.shapes.push(Shape::label(
                ins.frame.x + 4.0,
                ins.frame.y + 3.0,
                t,
                11.0,
                true,
                INK,
                Anchor::TopLeft,
            ));
        }
    }
    // Each piece's rings in px, and its edges less the seams (closed rings and open
    // runs), shared by its fill, its lines and its item.
    let pieces: Vec<(&Area, &Rings, &(Rings, Rings))> = draw
        .iter()
        .filter_map(|(a, _)| {
            let (_, rings, edges) = outlines.pieces.iter().find(|p| p.0 == a.id)?;
            Some((*a, rings, edges))
        })
        .collect();
    let mut inset_labels = Vec::new();
    for &(a, rings, (closed, open)) in &pieces {
        let (fill, second) = fill_of(a.id, &frame);
        scene.shapes.push(Shape::Polygon {
            rings: rings.clone(),
            fill,
            stroke: None,
        });
        // Borders between provinces, not along the frame's seams.
        seamless_lines(&mut scene.shapes, (closed, open), PAPER, 1.0);
        let Some(p) = inset::piece(a.id) else {
            continue;
        };
        if let Some(s) = second.filter(|_| p.room * ins.scale >= 8.0) {
            seamless_lines(&mut scene.shapes, (closed, open), s, 3.0);
        }
        inset_labels.push((a, ins.px_deg(p.label), p.room * ins.scale, fill, rings));
    }
    let (inset_plates, inset_hidden) =
        place_labels(&mut scene, &inset_labels, &inset_marker_rects, ins.map, &[]);
    // A name left out of the main map but shown in the inset is on the map.
    scene.hidden_labels += hidden
        .iter()
        .filter(|id| pieces.iter().all(|(a, ..)| a.id != **id) || inset_hidden.contains(id))
        .count();
    // The inset's parts answer for their provinces: the same items, so the keyboard
    // order and the list do not change.
    for (a, rings, (closed, open)) in &pieces {
        if let Some(item) = scene.items.iter_mut().find(|i| i.id == a.id) {
            item.polygon.extend(rings.iter().cloned());
            item.ring.extend(closed.iter().cloned());
            item.open.extend(open.iter().cloned());
            if let Some((_, plate)) = inset_plates.iter().find(|p| p.0 == a.id) {
                if clear_of(&item.polygon, plate) {
                    item.polygon.push(rect_ring(*plate));
                }
            }
            item.hit = bbox(flat(&item.polygon));
        }
    }
    plates.extend(inset_plates);
    // Where a plate lies over a province that wins the pointer there (a smaller one),
    // the plate stays a label only: its province keeps its own area.
    for _ in 0..2 {
        for (id, plate) in &plates {
            let answers = [(0.2, 0.5), (0.5, 0.5), (0.8, 0.5)].iter().all(|(fx, fy)| {
                scene.hit(plate.x + plate.w * fx, plate.y + plate.h * fy) == Some(*id)
            });
            if answers {
                continue;
            }
            if let Some(item) = scene.items.iter_mut().find(|i| i.id == *id) {
                let ring = rect_ring(*plate);
                if let Some(k) = item.polygon.iter().position(|r| *r == ring) {
                    item.polygon.remove(k);
                    item.hit = bbox(flat(&item.polygon));
                }
            }
        }
    }
    for m in markers {
        marker_shapes(&mut scene, m.id, proj.px(m.lon, m.lat), GEO_MARKER_TARGET);
    }
    // A marker in the inset is the same item: drawn there too, answering there too.
    for (m, c) in &placed {
        marker_shapes(&mut scene, m.id, *c, GEO_MARKER_TARGET);
        let Some(extra) = scene.items.pop() else {
            continue;
        };
        if let Some(item) = scene.items.iter_mut().find(|i| i.id == m.id) {
            if item.polygon.is_empty() {
                item.polygon.push(rect_ring(item.hit));
            }
            item.polygon.push(rect_ring(extra.hit));
            item.hit = bbox(flat(&item.polygon));
            item.ring.extend(extra.ring);
        }
    }
    // Everything so far stays when only the selection changes (highlights fade fills
    // above, so they change the base): the canvas keeps its pixels.
    scene.base = scene.shapes.len();
    marks(&mut scene, &frame);
    scene.shrunk()
}

/// The tile grid.
pub fn tiles(areas: &[Area], markers: &[Marker], frame: Frame) -> Scene {
    let width = frame.width;
    let mut scene = Scene {
        width,
        height: height(width, Layout::Tiles),
        ..Scene::default()
    };
    for id in order() {
        let (Some(a), Some(cell)) = (areas.iter().find(|a| a.id == id), tile_rect(width, id))
        else {
            continue;
        };
        let r = cell.inset(1.5);
        let (fill, second) = fill_of(id, &frame);
        scene.shapes.push(Shape::Box {
            rect: r,
            fill,
            stroke: None,
        });
        if let Some(s) = second {
            // A province in two regions: the lower-right half in the second one's colour.
            scene.shapes.push(Shape::Polygon {
                rings: vec![Ring::from([
                    (r.x + r.w, r.y),
                    (r.x + r.w, r.y + r.h),
                    (r.x, r.y + r.h),
                ])],
                fill: s,
                stroke: None,
            });
        }
        // The label sits in the upper-left half, on the first region's colour.
        let fitted = [LABEL, 11.0, 10.0]
            .iter()
            .find(|&&sz| text::width(&a.label, sz, true) <= r.w - 8.0)
            .map(|&sz| (a.label.clone(), sz))
            .or_else(|| text::fit(&a.label, r.w - 8.0, 10.0, true).map(|l| (l, 10.0)));
        match fitted {
            Some((l, size)) => {
                let w = text::width(&l, size, true);
                let h = size * 1.25;
                scene.shapes.push(Shape::Text {
                    at: (r.x + 4.0, r.y + 4.0),
                    text: l,
                    size,
                    bold: true,
                    colour: ink_on(fill),
                    anchor: Anchor::TopLeft,
                    bounds: Rect::new(r.x + 4.0, r.y + 4.0, w, h),
                });
            }
            None => scene.hidden_labels += 1,
        }
        scene.items.push(Item {
            ring: vec![rect_ring(cell.inset(2.0))],
            ..Item::rect(id, cell, r)
        });
    }
    for m in markers {
        let Some(cell) = tile_rect(width, m.province) else {
            continue;
        };
        let k = markers
            .iter()
            .filter(|o| o.province == m.province)
            .position(|o| o.id == m.id)
            .unwrap_or(0) as f64;
        let c = (
            cell.x + cell.w - 14.0 - k * (MIN_TARGET + 2.0),
            cell.y + cell.h - 14.0,
        );
        marker_shapes(&mut scene, m.id, c, MIN_TARGET);
    }
    marks(&mut scene, &frame);
    scene.shrunk()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::layout::colour::FOCUS;
    use crate::layout::scene::FOCUS_WIDTH;

    fn areas() -> Vec<Area> {
        Area::of_dataset(|p| p.name.en.to_owned())
    }

    fn markers() -> Vec<Marker> {
        Marker::of_dataset()
    }

    fn frame(width: f64, layout: Layout) -> Frame<'static> {
        Frame {
            width,
            layout,
            selected: None,
            highlighted: &[],
            inset_title: "Seoul capital area",
        }
    }

    fn label_px(width: f64, id: &str) -> (f64, f64) {
        let lp = label_points().iter().find(|l| l.0 == id).unwrap().1;
        projection(width).px_deg(lp)
    }

    fn id_of(name: &str) -> &'static str {
        DATASET
            .provinces
            .iter()
            .find(|p| p.name.en == name)
            .unwrap_or_else(|| panic!("no province {name}"))
            .id
    }

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
    fn a_provinces_fill_outline_and_pointer_area_are_one_copy_of_its_outline() {
        use std::rc::Rc;
        let width = 1280.0;
        let f = Frame {
            selected: Some(id_of("Gyeonggi")),
            ..frame(width, Layout::Geographic)
        };
        let s = geographic(&areas(), &markers(), f);
        let proj = projection(width);
        // The main map's fills are the polygons with a stroke (the inset's have none).
        let fills: Vec<&Rings> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Polygon {
                    rings,
                    stroke: Some(_),
                    ..
                } => Some(rings),
                _ => None,
            })
            .collect();
        let paths: Vec<&Ring> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Path { points, .. } => Some(points),
                _ => None,
            })
            .collect();
        for a in areas() {
            let item = s.item(a.id).unwrap();
            // What is drawn is still the province's projected outline, point for point...
            let own = main_rings(&proj, a.id);
            assert_eq!(item.ring[..own.len()], own[..], "{}", a.id);
            let fill = fills
                .iter()
                .find(|r| r[..] == own[..])
                .unwrap_or_else(|| panic!("{} has no fill", a.id));
            // ...and its fill, the rings its marks follow and (where its own shape is
            // its pointer area) that area point at one copy of it.
            for (x, y) in fill.iter().zip(&item.ring) {
                assert!(Rc::ptr_eq(x, y), "{}: outline copied", a.id);
            }
            for r in item.polygon.iter() {
                if let Some(x) = fill.iter().find(|x| x[..] == r[..]) {
                    assert!(Rc::ptr_eq(x, r), "{}: pointer area copied", a.id);
                }
            }
            // Its focus ring is drawn from the same points, as are the inset's edges.
            for m in s.focus_marks(a.id) {
                let Shape::Path { points, .. } = m else {
                    panic!("{}: a focus mark that is no path", a.id)
                };
                let shared = item.ring.iter().chain(&item.open);
                assert!(
                    shared.into_iter().any(|r| Rc::ptr_eq(r, &points)),
                    "{}",
                    a.id
                );
            }
            for r in &item.open {
                assert!(
                    paths.iter().any(|p| Rc::ptr_eq(p, r)),
                    "{}: seam run copied",
                    a.id
                );
            }
        }
        // The selection's marks (drawn in the scene) share the selected province's rings.
        let gyeonggi = s.item(id_of("Gyeonggi")).unwrap();
        let marked = paths
            .iter()
            .filter(|p| gyeonggi.ring.iter().any(|r| Rc::ptr_eq(r, p)))
            .count();
        assert!(marked >= 2 * gyeonggi.ring.len(), "{marked}");
    }

    #[test]
    fn seoul_is_north_of_busan_and_jeju_south_of_every_other_province() {
        for width in [390.0, 1280.0] {
            let proj = projection(width);
            let top = |id: &str| {
                shape(id)
                    .unwrap()
                    .rings_deg()
                    .flatten()
                    .map(|(lon, lat)| proj.px(lon, lat).1)
                    .fold(f64::MAX, f64::min)
            };
            let bottom = |id: &str| {
                shape(id)
                    .unwrap()
                    .rings_deg()
                    .flatten()
                    .map(|(lon, lat)| proj.px(lon, lat).1)
                    .fold(f64::MIN, f64::max)
            };
            let (seoul, busan, jeju) = (id_of("Seoul"), id_of("Busan"), id_of("Jeju"));
            assert!(
                bottom(seoul) < top(busan),
                "Seoul lies wholly north of Busan"
            );
            for p in DATASET.provinces.iter().filter(|p| p.id != jeju) {
                assert!(
                    top(jeju) > bottom(p.id),
                    "Jeju lies wholly south of {}",
                    p.name.en
                );
                assert!(
                    label_px(width, jeju).1 > label_px(width, p.id).1,
                    "Jeju's label is south of {}'s",
                    p.name.en
                );
            }
            // And the map is not mirrored: Incheon (west coast) is west of Gangwon (east).
            assert!(label_px(width, id_of("Incheon")).0 < label_px(width, id_of("Ulsan")).0);
        }
    }

    #[test]
    fn the_whole_country_fits_the_frame() {
        for width in [320.0, 390.0, 768.0, 1280.0] {
            let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
            for shape in &s.shapes {
                if let Shape::Polygon { rings, .. } = shape {
                    for (x, y) in flat(rings) {
                        assert!(
                            (0.0..=width).contains(&x) && (0.0..=s.height).contains(&y),
                            "({x}, {y}) outside {width}×{}",
                            s.height
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn each_label_point_is_inside_its_province_and_hits_it() {
        for width in [390.0, 1280.0] {
            let s = geographic(&areas(), &[], frame(width, Layout::Geographic));
            let proj = projection(width);
            for p in DATASET.provinces {
                let at = label_px(width, p.id);
                let rings: Vec<Vec<(f64, f64)>> = shape(p.id)
                    .unwrap()
                    .rings_deg()
                    .map(|r| r.map(|(lon, lat)| proj.px(lon, lat)).collect())
                    .collect();
                assert!(
                    point_in_rings(&rings, at.0, at.1),
                    "{}'s label point is inside it",
                    p.name.en
                );
                assert_eq!(s.hit(at.0, at.1), Some(p.id), "{} at {width}", p.name.en);
            }
        }
    }

    /// Whether every point of the 24 px square centred on `c` hits `id`.
    fn square_hits(s: &Scene, c: (f64, f64), id: &str) -> bool {
        let h = MIN_TARGET / 2.0 - 0.5;
        (0..=8).all(|i| {
            (0..=8).all(|j| {
                let (x, y) = (
                    c.0 - h + 2.0 * h * i as f64 / 8.0,
                    c.1 - h + 2.0 * h * j as f64 / 8.0,
                );
                s.hit(x, y) == Some(id)
            })
        })
    }

    #[test]
    fn on_phones_the_tile_grid_gives_every_province_a_24px_target() {
        for width in [320.0, 390.0] {
            assert_eq!(
                default_layout(width),
                Layout::Tiles,
                "phones start with tiles"
            );
            let s = tiles(&areas(), &markers(), frame(width, Layout::Tiles));
            for p in DATASET.provinces {
                let item = s.item(p.id).expect("every province is an item");
                assert!(item.hit.w >= MIN_TARGET && item.hit.h >= MIN_TARGET);
                // A 24 px square in the cell answers only this province (markers sit in a corner).
                let c = (
                    item.hit.x + MIN_TARGET / 2.0 + 2.0,
                    item.hit.y + MIN_TARGET / 2.0 + 2.0,
                );
                assert!(square_hits(&s, c, p.id), "{} at {width}", p.name.en);
            }
        }
    }

    /// Whether some 24 px square inside the item's box answers only `id`.
    fn has_target(s: &Scene, id: &str) -> bool {
        let hit = s.item(id).expect("every province is an item").hit;
        let h = MIN_TARGET / 2.0;
        let mut y = hit.y + h;
        while y <= hit.y + hit.h - h {
            let mut x = hit.x + h;
            while x <= hit.x + hit.w - h {
                if square_hits(s, (x, y), id) {
                    return true;
                }
                x += 1.0;
            }
            y += 1.0;
        }
        false
    }

    #[test]
    fn from_tablet_width_the_map_too_gives_every_province_a_24px_target() {
        // Below PHONE_WIDTH, Sejong and Daejeon are too close for two 24 px targets on
        // the map: phones start with the tile grid (tested above).
        for width in [PHONE_WIDTH, 768.0, 1024.0, 1280.0] {
            let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
            for p in DATASET.provinces {
                assert!(
                    has_target(&s, p.id),
                    "{} has a 24 px target at {width}",
                    p.name.en
                );
            }
        }
    }

    #[test]
    fn markers_sit_at_their_coordinates_in_their_province_and_win_the_hit() {
        let width = 1280.0;
        let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
        let proj = projection(width);
        for m in markers() {
            let (x, y) = proj.px(m.lon, m.lat);
            assert_eq!(s.hit(x, y), Some(m.id));
            // Inside its province's outline, or (Natural Earth's outlines are coarser
            // than city limits: Gwangju's city-level point lies 3 km outside it) within
            // 0.05 degree of it.
            let rings: Vec<Vec<(f64, f64)>> = shape(m.province)
                .unwrap()
                .rings_deg()
                .map(|r| r.map(|(lon, lat)| project_deg(lon, lat)).collect())
                .collect();
            let p = project_deg(m.lon, m.lat);
            assert!(
                point_in_rings(&rings, p.0, p.1) || edge_dist(&rings, p) < 0.05,
                "{} is drawn in or at the edge of {}",
                m.id,
                m.province
            );
        }
    }

    #[test]
    fn every_anchor_hits_its_own_item() {
        for width in [390.0, 1024.0, 1280.0] {
            for layout in [Layout::Geographic, Layout::Tiles] {
                let f = frame(width, layout);
                let s = match layout {
                    Layout::Geographic => geographic(&areas(), &markers(), f),
                    Layout::Tiles => tiles(&areas(), &markers(), f),
                };
                for item in &s.items {
                    let (x, y) = anchor(&s, &markers(), f, item.id).expect("anchor");
                    assert_eq!(s.hit(x, y), Some(item.id), "{layout:?} at {width}");
                }
            }
        }
    }

    #[test]
    fn a_label_on_a_plate_answers_for_its_province() {
        let mut checked = 0;
        for width in [PHONE_WIDTH, 1280.0] {
            let f = frame(width, Layout::Geographic);
            let s = geographic(&areas(), &markers(), f);
            let ins = inset_of(width, &markers());
            for sh in &s.shapes {
                let Shape::Box { rect, fill, .. } = sh else {
                    continue;
                };
                // The inset's frame is no plate.
                if *fill != PAPER || *rect == ins.frame {
                    continue;
                }
                let label = s.shapes.iter().find_map(|t| match t {
                    Shape::Text { bounds, text, .. }
                        if rect.contains(bounds.centre().0, bounds.centre().1) =>
                    {
                        Some(text.clone())
                    }
                    _ => None,
                });
                let area = areas()
                    .into_iter()
                    .find(|a| Some(&a.label) == label.as_ref())
                    .expect("a plate holds a province label");
                let (cx, cy) = rect.centre();
                let under = DATASET.provinces.iter().map(|p| p.id).find(|id| {
                    let mut rings = main_rings(&projection(width), id);
                    rings.extend(inset::piece(id).map(|p| ins.rings(p)).unwrap_or_default());
                    point_in_rings(&rings, cx, cy)
                });
                let got = s.hit(cx, cy);
                if width >= 1280.0 {
                    // On a desktop map every plate answers for its province.
                    assert_eq!(got, Some(area.id), "{} at {width}", area.label);
                } else {
                    // Narrower, a plate over a smaller province leaves it that province's.
                    assert!(
                        got == Some(area.id) || got == under,
                        "{} at {width}: {got:?}",
                        area.label
                    );
                }
                checked += 1;
            }
        }
        assert!(checked > 0, "small provinces get plates");
    }

    #[test]
    fn keyboard_order_runs_north_to_south_and_west_to_east() {
        let lp = |id: &str| label_points().iter().find(|l| l.0 == id).unwrap().1;
        let mut rows: Vec<Vec<&str>> = vec![Vec::new(); TILE_ROWS as usize];
        for (id, _, r) in TILES {
            rows[r as usize].push(id);
        }
        // Within a row, west to east; row by row, the average label moves south.
        for row in &rows {
            for w in row.windows(2) {
                assert!(lp(w[0]).0 < lp(w[1]).0, "{} is west of {}", w[0], w[1]);
            }
        }
        let mean_y: Vec<f64> = rows
            .iter()
            .map(|r| r.iter().map(|id| lp(id).1).sum::<f64>() / r.len() as f64)
            .collect();
        assert!(mean_y.windows(2).all(|w| w[0] < w[1]), "{mean_y:?}");
        // Every province once, and both layouts push items in that order.
        let mut ids: Vec<&str> = order().collect();
        ids.sort_unstable();
        let mut all: Vec<&str> = DATASET.provinces.iter().map(|p| p.id).collect();
        all.sort_unstable();
        assert_eq!(ids, all);
        for layout in [Layout::Geographic, Layout::Tiles] {
            let f = frame(800.0, layout);
            let s = match layout {
                Layout::Geographic => geographic(&areas(), &markers(), f),
                Layout::Tiles => tiles(&areas(), &markers(), f),
            };
            let got: Vec<&str> = s.items.iter().map(|i| i.id).take(17).collect();
            assert_eq!(got, order().collect::<Vec<_>>());
        }
    }

    #[test]
    fn tile_neighbours_are_geographic_neighbours_in_direction() {
        // A tile to the right of another has its province's label to the east, within
        // each row (checked above); a tile below has it to the south, column by column.
        let lp = |id: &str| label_points().iter().find(|l| l.0 == id).unwrap().1;
        for &(a, c, r) in &TILES {
            if let Some(&(b, _, _)) = TILES.iter().find(|t| t.1 == c && t.2 == r + 1) {
                assert!(lp(a).1 < lp(b).1, "{a} is north of {b}");
            }
        }
    }

    #[test]
    fn labels_meet_contrast_with_what_they_sit_on() {
        let hl = ["KR-11"];
        for width in [390.0, 1280.0] {
            for highlighted in [&[][..], &hl[..]] {
                let f = Frame {
                    highlighted,
                    ..frame(width, Layout::Geographic)
                };
                for s in [
                    geographic(&areas(), &markers(), f),
                    tiles(
                        &areas(),
                        &markers(),
                        Frame {
                            layout: Layout::Tiles,
                            ..f
                        },
                    ),
                ] {
                    for shape in &s.shapes {
                        if let Shape::Text { bounds, colour, .. } = shape {
                            assert!(bounds.x >= 0.0 && bounds.x + bounds.w <= width);
                            // The fill under the label's centre.
                            let (cx, cy) = bounds.centre();
                            // On a white plate, or on the province under it.
                            let plate = s.shapes.iter().any(|sh| {
                                matches!(sh, Shape::Box { rect, fill, .. } if *fill == PAPER && rect.contains(cx, cy))
                            });
                            let fill = if plate {
                                PAPER
                            } else {
                                fill_of(s.hit(cx, cy).expect("labels sit on a province"), &f).0
                            };
                            let id = s.hit(cx, cy).unwrap_or("plate");
                            assert!(
                                colour.contrast(fill) >= 4.5,
                                "{id} label contrast {:.2}",
                                colour.contrast(fill)
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn labels_do_not_overlap() {
        for width in [390.0, 1280.0] {
            let f = frame(width, Layout::Geographic);
            for s in [
                geographic(&areas(), &markers(), f),
                tiles(
                    &areas(),
                    &markers(),
                    Frame {
                        layout: Layout::Tiles,
                        ..f
                    },
                ),
            ] {
                let b = s.text_bounds();
                for i in 0..b.len() {
                    for j in i + 1..b.len() {
                        assert_eq!(
                            b[i].overlap(&b[j]),
                            0.0,
                            "labels {i} and {j} overlap at {width}"
                        );
                    }
                }
            }
        }
    }

    /// The widths the geographic map is drawn at in the browser suite and on phones.
    const INSET_WIDTHS: [f64; 6] = [320.0, 390.0, 560.0, 800.0, 1024.0, 1280.0];

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
                let rings = ins.rings(inset::piece(id).unwrap());
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
                    !inset::covers(&ins.frame, &rings),
                    "the inset covers {} at {width}",
                    p.name.en
                );
                assert!(
                    !inset::covers(
                        &ins.frame,
                        &[rect_ring(
                            target_square(
                                &rings,
                                label_px(width, p.id),
                                label_points().iter().find(|l| l.0 == p.id).unwrap().2
                                    * proj.scale(),
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
            let at = |id: &str| ins.px_deg(inset::piece(id).unwrap().label);
            let (seoul, incheon) = (at(id_of("Seoul")), at(id_of("Incheon")));
            assert!(incheon.0 < seoul.0, "Incheon is west of Seoul at {width}");
            // Seoul's northern edge is north of Incheon's (37.68° vs 37.55°).
            let top = |id: &str| {
                flat(&ins.rings(inset::piece(id).unwrap()))
                    .map(|p| p.1)
                    .fold(f64::MAX, f64::min)
            };
            assert!(top(id_of("Seoul")) < top(id_of("Incheon")), "at {width}");
            // The lab in central Seoul is drawn inside Seoul there.
            let lab = markers().into_iter().find(|m| m.province == id_of("Seoul"));
            let lab = lab.expect("the dataset places a lab in Seoul");
            let (x, y) = ins.px(lab.lon, lab.lat).expect("in the window");
            assert!(point_in_rings(
                &ins.rings(inset::piece(id_of("Seoul")).unwrap()),
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
    fn selection_focus_and_highlight_show_in_the_inset() {
        let seoul = id_of("Seoul");
        let gyeonggi = id_of("Gyeonggi");
        for width in [390.0, 1280.0] {
            let ins = inset_of(width, &markers());
            let inside = |sh: &Shape, colour: Rgb, w: f64| match sh {
                Shape::Path {
                    points,
                    colour: c,
                    width,
                    ..
                } if *c == colour && *width == w => {
                    points.iter().any(|p| ins.map.contains(p.0, p.1))
                }
                _ => false,
            };
            let plain = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
            let marked = |f: Frame| geographic(&areas(), &markers(), f);
            let sel = marked(Frame {
                selected: Some(seoul),
                ..frame(width, Layout::Geographic)
            });
            let focus = sel.focus_marks(seoul);
            assert!(!plain.shapes.iter().any(|sh| inside(sh, INK, 4.0)));
            assert!(
                sel.shapes.iter().any(|sh| inside(sh, INK, 4.0)),
                "selection mark in the inset at {width}"
            );
            assert!(
                focus.iter().any(|sh| inside(sh, FOCUS, FOCUS_WIDTH)),
                "focus mark in the inset at {width}"
            );
            // The marks leave out the seams along the frame.
            for sh in sel.shapes.iter().chain(&focus) {
                if let Shape::Path {
                    points,
                    closed,
                    colour,
                    ..
                } = sh
                {
                    if *colour != FOCUS && *colour != INK {
                        continue;
                    }
                    let n = points.len();
                    let edges = if *closed { n } else { n.saturating_sub(1) };
                    for i in 0..edges {
                        let (a, b) = (points[i], points[(i + 1) % n]);
                        assert!(!inset::on_border(a, b, &ins.map), "{sh:?}");
                    }
                }
            }
            // A highlight from the funding view: Seoul's part at full colour, Gyeonggi's
            // faded, in the inset as on the map.
            let hl = [seoul];
            let lit = marked(Frame {
                highlighted: &hl,
                ..frame(width, Layout::Geographic)
            });
            let fill_in_inset = |s: &Scene, id: &str| {
                let rings = ins.rings(inset::piece(id).unwrap());
                s.shapes.iter().find_map(|sh| match sh {
                    Shape::Polygon { rings: r, fill, .. } if *r == rings => Some(*fill),
                    _ => None,
                })
            };
            let base = |id: &str| fill_of(id, &frame(width, Layout::Geographic)).0;
            assert_eq!(fill_in_inset(&lit, seoul), Some(base(seoul)));
            assert_eq!(fill_in_inset(&lit, gyeonggi), Some(fade(base(gyeonggi))));
            assert!(lit.shapes.iter().any(|sh| inside(sh, INK, 1.75)));
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

    #[test]
    fn region_fills_are_distinct_and_readable() {
        let n = DATASET.regions.len();
        let mut fills: Vec<Rgb> = (0..n).map(region_fill).collect();
        fills.push(UNASSIGNED);
        for (i, a) in fills.iter().enumerate() {
            assert!(ink_on(*a).contrast(*a) >= 4.5, "{}", a.hex());
            assert!(
                ink_on(fade(*a)).contrast(fade(*a)) >= 4.5,
                "faded {}",
                a.hex()
            );
            for b in &fills[i + 1..] {
                assert_ne!(a, b);
            }
            for c in crate::layout::funding::GROUPS {
                assert_ne!(*a, crate::layout::funding::category_fill(c));
            }
        }
    }

    #[test]
    fn focus_rings_follow_each_items_own_outline() {
        for width in [390.0, 1280.0] {
            let proj = projection(width);
            let ins = inset_of(width, &markers());
            let s = geographic(&areas(), &markers(), frame(width, Layout::Geographic));
            for p in DATASET.provinces {
                let rings: Rings = shape(p.id)
                    .unwrap()
                    .rings_deg()
                    .map(|r| r.map(|(lon, lat)| proj.px(lon, lat)).collect())
                    .collect();
                let marks = s.focus_marks(p.id);
                assert!(marks.len() >= rings.len(), "{}", p.name.en);
                for (m, r) in marks.iter().zip(&rings) {
                    assert!(
                        matches!(m, Shape::Path { points, closed: true, colour, .. } if points == r && *colour == FOCUS),
                        "{}'s ring is its outline",
                        p.name.en
                    );
                }
                // Any further marks are its part in the capital-area inset.
                let in_inset = |m: &Shape| match m {
                    Shape::Path { points, .. } => points
                        .iter()
                        .all(|q| grown(ins.map, 0.5).contains(q.0, q.1)),
                    _ => false,
                };
                assert!(
                    marks[rings.len()..].iter().all(in_inset),
                    "{}: a mark outside its outline and the inset",
                    p.name.en
                );
                assert_eq!(
                    marks.len() > rings.len(),
                    inset::piece(p.id).is_some(),
                    "{} is marked in the inset exactly when it is in it",
                    p.name.en
                );
            }
            for m in markers() {
                let (x, y) = proj.px(m.lon, m.lat);
                let marks = s.focus_marks(m.id);
                let Some(Shape::Path { points, .. }) = marks.first() else {
                    panic!("{}: a ring", m.id);
                };
                // A square centred on the marker, clear of its disc.
                let b = bbox(points.iter().copied());
                assert!((b.centre().0 - x).abs() < 1e-9 && (b.centre().1 - y).abs() < 1e-9);
                assert!(b.w / 2.0 > MARKER_R + 1.5 && (b.w - b.h).abs() < 1e-9);
            }
            let t = tiles(&areas(), &markers(), frame(width, Layout::Tiles));
            for p in DATASET.provinces {
                let cell = tile_rect(width, p.id).unwrap();
                let marks = t.focus_marks(p.id);
                let [Shape::Path { points, .. }] = marks.as_slice() else {
                    panic!("{}: one ring", p.name.en);
                };
                assert_eq!(*points, rect_ring(cell.inset(2.0)), "{}", p.name.en);
            }
        }
    }

    #[test]
    fn a_selection_keeps_the_maps_base_layer_and_a_highlight_or_width_changes_it() {
        use crate::layout::fingerprint;
        let base = |f: Frame| {
            let s = geographic(&areas(), &markers(), f);
            assert!(s.base > 0 && s.base <= s.shapes.len());
            (fingerprint::of(&s.shapes[..s.base]), s.base, s.shapes.len())
        };
        let plain = base(frame(1280.0, Layout::Geographic));
        // Selecting adds marks after the base and leaves the base's pixels as they were.
        let selected = base(Frame {
            selected: Some(id_of("Seoul")),
            ..frame(1280.0, Layout::Geographic)
        });
        assert_eq!((selected.0, selected.1), (plain.0, plain.1));
        assert!(selected.2 > plain.2);
        // A highlight fades the other provinces' fills: another base.
        let hl = [id_of("Gyeonggi")];
        let highlighted = base(Frame {
            highlighted: &hl,
            ..frame(1280.0, Layout::Geographic)
        });
        assert_ne!(highlighted.0, plain.0);
        assert_ne!(base(frame(900.0, Layout::Geographic)).0, plain.0);
        // The tile grid keeps no layer.
        assert_eq!(
            tiles(&areas(), &markers(), frame(1280.0, Layout::Tiles)).base,
            0
        );
    }

    #[test]
    fn selection_and_highlight_follow_the_rings_and_the_scene_has_no_focus_ring() {
        let (seoul, gyeonggi) = (id_of("Seoul"), id_of("Gyeonggi"));
        let hl = [gyeonggi];
        let f = Frame {
            selected: Some(seoul),
            highlighted: &hl,
            ..frame(1280.0, Layout::Geographic)
        };
        let s = geographic(&areas(), &markers(), f);
        let along = |id: &str, colour: Rgb, width: f64| {
            let rings = &s.item(id).unwrap().ring;
            s.shapes
                .iter()
                .filter(|sh| {
                    matches!(sh, Shape::Path { points, colour: c, width: w, closed: true }
                        if rings.contains(points) && *c == colour && *w == width)
                })
                .count()
        };
        let rings = |id: &str| s.item(id).unwrap().ring.len();
        // Selected: ink, then paper inside it; highlighted: a thin ink line; each once per ring.
        assert_eq!(along(seoul, INK, 4.0), rings(seoul));
        assert_eq!(along(seoul, PAPER, 1.5), rings(seoul));
        assert_eq!(along(gyeonggi, INK, 1.75), rings(gyeonggi));
        assert_eq!(along(gyeonggi, INK, 4.0), 0);
        // No item's focus ring is part of the scene (so exports never carry one).
        for item in &s.items {
            for m in s.focus_marks(item.id) {
                assert!(
                    !s.shapes.contains(&m),
                    "{}'s focus ring is in the scene",
                    item.id
                );
            }
        }
    }

    #[test]
    fn a_programme_highlights_its_provinces_and_fades_the_rest() {
        let p = DATASET
            .programmes
            .iter()
            .find(|p| !crate::data::provinces_of_programme(p).is_empty())
            .expect("some programme is placed");
        let provs = crate::data::provinces_of_programme(p);
        let f = Frame {
            highlighted: &provs,
            ..frame(800.0, Layout::Tiles)
        };
        let s = tiles(&areas(), &[], f);
        let fill_at = |id: &str| {
            let r = tile_rect(800.0, id).unwrap().inset(1.5);
            s.shapes.iter().find_map(|sh| match sh {
                Shape::Box { rect, fill, .. } if *rect == r => Some(*fill),
                _ => None,
            })
        };
        for prov in DATASET.provinces {
            let (base, _) = fill_of(prov.id, &frame(800.0, Layout::Tiles));
            let want = if provs.contains(&prov.id) {
                base
            } else {
                fade(base)
            };
            assert_eq!(fill_at(prov.id), Some(want), "{}", prov.id);
        }
    }

    #[test]
    fn landlocked_provinces_share_every_border_edge_with_a_neighbour() {
        // No slivers or gaps: each edge of an inland province is an edge of another.
        let edges = |id: &str| -> Vec<((i32, i32), (i32, i32))> {
            shape(id)
                .unwrap()
                .rings_units()
                .map(|r| r.collect::<Vec<_>>())
                .flat_map(|r| (0..r.len()).map(move |i| (r[i], r[(i + 1) % r.len()])))
                .collect()
        };
        for name in [
            "Seoul",
            "Daejeon",
            "Sejong",
            "Daegu",
            "Gwangju",
            "North Chungcheong",
        ] {
            let id = id_of(name);
            let others: std::collections::HashSet<((i32, i32), (i32, i32))> = PROVINCE_SHAPES
                .iter()
                .filter(|s| s.id != id)
                .flat_map(|s| edges(s.id))
                .flat_map(|(a, b)| [(a, b), (b, a)])
                .collect();
            for e in edges(id) {
                assert!(
                    others.contains(&e),
                    "{name}'s edge {e:?} is on no neighbour"
                );
            }
        }
    }
}
