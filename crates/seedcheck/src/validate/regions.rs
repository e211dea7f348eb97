//! Where: the `[[province]]`, `[[region]]` and `[[place]]` tables (the 17 first-level
//! divisions, the report's macro-regions, and named facilities).

use super::{leak, leak_vec, what, Checker, Ctx, Kind};
use crate::raw::{RawPlace, RawProvince, RawRegion};
use atlas_model::{Place, PlaceOrigin, Province, Region};
use toml::Spanned;

impl Checker {
    /// A province: its name.
    pub(super) fn province(&self, cx: &mut Ctx, p: &Spanned<RawProvince>) -> Province {
        let r = p.get_ref();
        let id = r.id.get_ref().as_str();
        Province {
            id: leak(id),
            name: self.text(cx, p.span(), &what("province", id, "name"), &r.name),
            kind: r.kind,
        }
    }

    /// A macro-region: the provinces it covers and its focus industries.
    pub(super) fn region(&self, cx: &mut Ctx, g: &Spanned<RawRegion>) -> Region {
        let r = g.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("region", id, field);
        let focus = r
            .focus
            .iter()
            .enumerate()
            .map(|(i, t)| self.text(cx, g.span(), &w(&format!("focus[{i}]")), t))
            .collect();
        Region {
            id: leak(id),
            name: self.text(cx, g.span(), &w("name"), &r.name),
            provinces: self.refs(cx, &w("provinces"), &r.provinces, &[Kind::Province]),
            focus: leak_vec(focus),
            note: r
                .note
                .as_ref()
                .map(|n| self.text(cx, g.span(), &w("note"), n)),
            source: self.source(cx, &w("source"), &r.source),
        }
    }

    /// A facility: coordinates on the globe, a country code, and its province in Korea.
    pub(super) fn place(&self, cx: &mut Ctx, p: &Spanned<RawPlace>) -> Place {
        let r = p.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("place", id, field);
        let (lat, lon) = (*r.lat.get_ref(), *r.lon.get_ref());
        if !(-90.0..=90.0).contains(&lat) {
            cx.err(r.lat.span(), &w("lat"), format!("{lat} is not a latitude"));
        }
        if !(-180.0..=180.0).contains(&lon) {
            cx.err(r.lon.span(), &w("lon"), format!("{lon} is not a longitude"));
        }
        let country = r.country.get_ref();
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            cx.err(
                r.country.span(),
                &w("country"),
                format!("{country:?} is not an ISO 3166-1 alpha-2 code such as \"KR\""),
            );
        }
        if country == "KR" && r.province.is_none() {
            cx.err(
                p.span(),
                &w("province"),
                "a place in Korea names its province".into(),
            );
        }
        let province = r
            .province
            .as_ref()
            .map(|x| self.one_ref(cx, &w("province"), x, &[Kind::Province]));
        Place {
            id: leak(id),
            name: self.text(cx, p.span(), &w("name"), &r.name),
            kind: r.kind,
            province,
            country: leak(country),
            lat,
            lon,
            location_note: self.text(cx, p.span(), &w("location_note"), &r.location_note),
            origin: self.place_origin(cx, p),
        }
    }

    /// Where a place is known from: the report (`source`) or a later report
    /// (`later_report`, an update id), exactly one of them.
    fn place_origin(&self, cx: &mut Ctx, p: &Spanned<RawPlace>) -> PlaceOrigin {
        let r = p.get_ref();
        let w = |field: &str| what("place", r.id.get_ref(), field);
        match (&r.source, &r.later_report) {
            (Some(s), None) => PlaceOrigin::Report {
                source: self.source(cx, &w("source"), s),
            },
            (None, Some(u)) => PlaceOrigin::LaterReport {
                update: self.one_ref(cx, &w("later_report"), u, &[Kind::Update]),
            },
            (Some(_), Some(u)) => {
                cx.err(
                    u.span(),
                    &w("later_report"),
                    "a place comes from the report (`source`) or from a later report (`later_report`), not both".into(),
                );
                PlaceOrigin::LaterReport { update: "" }
            }
            (None, None) => {
                cx.err(
                    p.span(),
                    &w("source"),
                    "say where the place is known from: `source` (where the report names it) or `later_report` (the id of the update that reports it)".into(),
                );
                PlaceOrigin::LaterReport { update: "" }
            }
        }
    }
}
