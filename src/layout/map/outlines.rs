//! The geographic map's outlines at one width: the country fitted to the frame, every
//! province's rings in CSS px, where the capital-area inset goes, and each province's
//! part of the inset with its edges less the seams where the inset's window cuts it.

use super::inset::{self, locator, Inset};
use super::labels::label_point;
use super::model::{Marker, Rings, GEO_MARKER_TARGET, PAD};
use super::targets::{geo_marker_rects, target_square};
use crate::data::geometry::{shape, PROVINCE_SHAPES};
use crate::geo::{bbox, on_border, project_deg, Projection, Rect};
use crate::layout::colour::Rgb;
use crate::layout::scene::{Ring, Shape};
use std::cell::RefCell;
use std::sync::OnceLock;

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

/// The geographic map's canvas height at `width` (before any inset below it).
pub(super) fn geographic_height(width: f64) -> f64 {
    let e = extent();
    ((width - 2.0 * PAD) * e.h / e.w + 2.0 * PAD).clamp(240.0, 640.0)
}

/// The projection that fits the whole country (Jeju and Ulleungdo included) in the frame.
pub fn projection(width: f64) -> Projection {
    Projection::fit(extent(), width, geographic_height(width), PAD)
}

/// A province's rings in CSS px on the main map of `proj`.
pub(super) fn main_rings(proj: &Projection, id: &str) -> Rings {
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

/// The edges of `rings` that are not on the border of `cut` (the seams where the inset
/// clips a province): whole rings where no edge is on it (shared, not copied), and open
/// runs of edges where some are.
fn without_seams(rings: &[Ring], cut: &Rect) -> (Rings, Rings) {
    let (mut closed, mut open) = (Vec::new(), Vec::new());
    for r in rings {
        let n = r.len();
        let seam = |i: usize| on_border(r[i], r[(i + 1) % n], cut);
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
pub(super) fn seamless_lines(
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

/// The geographic map's outlines at one width, in CSS px: every province's rings on the
/// main map, where the inset goes, and each province's part of the inset with its edges
/// less the seams. They are most of a map scene's bytes, and a new selection, highlight
/// or language moves none of them: a view that keeps them for its width lays out each
/// new scene around the same rings (shared, not copied), so the scene on screen and its
/// successor hold one set between them.
#[derive(Debug, Clone)]
pub struct Outlines {
    pub(super) width: f64,
    pub(super) proj: Projection,
    /// In [`PROVINCE_SHAPES`] order.
    pub(super) land: Vec<Rings>,
    pub(super) ins: Inset,
    /// Each province's part of the inset: its rings, and their edges less the seams
    /// (closed rings and open runs), in [`PROVINCE_SHAPES`] order.
    pub(super) pieces: Vec<Piece>,
}

/// A province's part of the inset: its id, its rings in px, and their edges less the
/// seams (closed rings and open runs).
pub(super) type Piece = (&'static str, Rings, (Rings, Rings));

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

    /// A province's rings on the main map (none for an unknown id).
    pub(super) fn land_of(&self, id: &str) -> Rings {
        PROVINCE_SHAPES
            .iter()
            .position(|s| s.id == id)
            .map_or_else(Vec::new, |i| self.land[i].clone())
    }
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
        let &(_, lp, room) = label_point(s.id)?;
        Some(target_square(rings, proj.px_deg(lp), room * proj.scale(), &avoid).0)
    });
    let keep_clear: Vec<Rect> = avoid.iter().copied().chain(targets).collect();
    let inset = inset::place(&inset::MainMap {
        width,
        height: geographic_height(width),
        pad: PAD,
        land: &land,
        keep_clear: &keep_clear,
        near: locator(proj).centre(),
    });
    LAST.with(|l| *l.borrow_mut() = Some((width.to_bits(), avoid, inset)));
    inset
}

/// The markers that fall in the inset, with their centres there.
pub(super) fn inset_markers<'m>(
    ins: &Inset,
    markers: &'m [Marker],
) -> Vec<(&'m Marker, (f64, f64))> {
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
