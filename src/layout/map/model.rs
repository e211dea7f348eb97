//! What the regions view's layouts are drawn from: the provinces, the marked places,
//! the reader's frame, the sizes both layouts share, and the fills of the macro-regions.

use crate::data::{Province, Region, DATASET};
use crate::layout::colour::Rgb;
use crate::layout::scene::Ring;

/// The smallest hit target a province gets, in CSS px (WCAG 2.2 target size).
pub const MIN_TARGET: f64 = 24.0;

/// Below this width the view starts with the tile grid: narrower, Sejong and Daejeon are
/// too close on the map for each to keep a 24 px target (tested).
pub const PHONE_WIDTH: f64 = 560.0;

/// Frame padding, CSS px.
pub(super) const PAD: f64 = 10.0;
/// Province label size, CSS px.
pub(super) const LABEL: f64 = 12.0;
/// A marker's radius, CSS px.
pub(super) const MARKER_R: f64 = 6.0;
/// A marker's pointer area on the geographic map (small, so it leaves its province room).
pub(super) const GEO_MARKER_TARGET: f64 = 2.0 * MARKER_R + 4.0;

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
    /// Whether the report names it or only a later report does: drawn differently.
    pub kind: MarkerKind,
}

/// Where a marked place is known from, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MarkerKind {
    /// Named in the report: a filled mark.
    #[default]
    Report,
    /// Known only from a later report: a hollow, dashed mark, apart from the report's.
    LaterReport,
}

impl Marker {
    /// Every place of the dataset that lies in a province (the regions view's markers).
    pub fn of_dataset() -> Vec<Marker> {
        crate::data::PLACES
            .iter()
            .filter_map(|p| {
                Some(Marker {
                    id: p.id,
                    lon: p.lon,
                    lat: p.lat,
                    province: p.province?,
                    kind: match p.later_report() {
                        Some(_) => MarkerKind::LaterReport,
                        None => MarkerKind::Report,
                    },
                })
            })
            .collect()
    }
}

/// What the reader has selected or highlighted, and the canvas width. (Focus is drawn on
/// a layer of its own: [`Scene::focus_marks`](crate::layout::Scene::focus_marks).)
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
            v.sort_by_key(|(i, r)| (r.provinces.len(), *i));
            v
        })
}

/// A province's fill and, where it lies in a second region, that region's fill; both
/// faded when something else is highlighted.
pub(super) fn fill_of(id: &str, frame: &Frame) -> (Rgb, Option<Rgb>) {
    let regions = regions_of(id);
    let mut fill = regions.first().map_or(UNASSIGNED, |(i, _)| region_fill(*i));
    let mut second = regions.get(1).map(|(i, _)| region_fill(*i));
    if !frame.highlighted.is_empty() && !frame.highlighted.contains(&id) {
        fill = fade(fill);
        second = second.map(fade);
    }
    (fill, second)
}

/// The dataset indexes of the regions whose hatching a province carries (its fill's
/// region, and a second one), and whether it is faded like its fill.
pub(super) fn hatch_of(id: &str, frame: &Frame) -> (Option<usize>, Option<usize>, bool) {
    let regions = regions_of(id);
    let faded = !frame.highlighted.is_empty() && !frame.highlighted.contains(&id);
    (
        regions.first().map(|r| r.0),
        regions.get(1).map(|r| r.0),
        faded,
    )
}

/// A colour mixed 65% towards white: provinces outside a highlight recede.
pub fn fade(c: Rgb) -> Rgb {
    let m = |v: u8| (v as f64 + (255.0 - v as f64) * 0.65).round() as u8;
    Rgb(m(c.0), m(c.1), m(c.2))
}
