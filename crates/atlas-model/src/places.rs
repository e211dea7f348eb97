//! Where: Korea's first-level divisions, the report's macro-regions and named facilities.

use crate::{Source, Text};
#[cfg(feature = "codegen")]
use serde::{Deserialize, Serialize};

/// The administrative kind of a first-level division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum ProvinceKind {
    /// Seoul.
    SpecialCity,
    /// Busan, Daegu, Incheon, Gwangju, Daejeon, Ulsan.
    MetropolitanCity,
    /// Sejong.
    SpecialSelfGoverningCity,
    /// A province.
    Province,
    /// Jeju, Gangwon, Jeonbuk.
    SpecialSelfGoverningProvince,
}

/// One of Korea's 17 first-level divisions (as of 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Province {
    /// ISO 3166-2 code, e.g. `KR-11`.
    pub id: &'static str,
    /// Official name.
    pub name: Text,
    /// Administrative kind.
    pub kind: ProvinceKind,
}

/// A macro-region of the report's regional strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Region {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// Provinces it covers.
    pub provinces: &'static [&'static str],
    /// Focus industries.
    pub focus: &'static [Text],
    /// How the provinces were read from the report, where that needed judgement.
    pub note: Option<Text>,
    /// Where the report describes it.
    pub source: Source,
}

/// What kind of facility a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum PlaceKind {
    /// A data centre.
    DataCentre,
    /// A research lab.
    Lab,
    /// A pilot city.
    PilotCity,
    /// An institute.
    Institute,
}

/// A named facility.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Place {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// Kind.
    pub kind: PlaceKind,
    /// Province id, for places in Korea.
    pub province: Option<&'static str>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: &'static str,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// How precise the coordinates are (the report gives none).
    pub location_note: Text,
    /// Where it is known from: the report, or a later report.
    pub origin: PlaceOrigin,
}

/// Where a place is known from. A place from a later report is never one of the
/// report's facilities: it is drawn, listed and counted apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum PlaceOrigin {
    /// The report names it, at this phrase.
    Report {
        /// Where the report names it.
        source: Source,
    },
    /// The report does not name it; the later report with this update id does.
    LaterReport {
        /// Id of the `[[update]]` that reports it.
        update: &'static str,
    },
}

impl Place {
    /// Where the report names it, if it does.
    pub fn source(&self) -> Option<Source> {
        match self.origin {
            PlaceOrigin::Report { source } => Some(source),
            PlaceOrigin::LaterReport { .. } => None,
        }
    }

    /// The update that reports it, if it comes from a later report.
    pub fn later_report(&self) -> Option<&'static str> {
        match self.origin {
            PlaceOrigin::Report { .. } => None,
            PlaceOrigin::LaterReport { update } => Some(update),
        }
    }
}
