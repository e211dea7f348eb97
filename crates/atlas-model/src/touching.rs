//! Which programmes concern a province, a region, a place or a milestone: what a
//! selection of one lights up in the funding view.
//!
//! The build works it out for every such record ([`touching_all`]), so the app's first
//! load carries the answer, not the places, milestones and later reports it is read from.

use crate::{Dataset, Programme};

/// The programmes that concern one record, worked out when the app is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touching {
    /// The record: a province, region, place or milestone.
    pub id: &'static str,
    /// The programmes that concern it, in the seeds' order.
    pub programmes: &'static [&'static str],
}

/// Provinces a programme concerns: those it names, those of the regions it names, and
/// those its named places stand in. Sorted, without repeats.
pub fn provinces_of_programme(data: &Dataset, p: &Programme) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for r in p.regions {
        if let Some(prov) = data.provinces.iter().find(|x| x.id == *r) {
            out.push(prov.id);
        }
        if let Some(region) = data.regions.iter().find(|x| x.id == *r) {
            out.extend(region.provinces.iter().copied());
        }
    }
    for pl in data.places.iter().filter(|pl| p.places.contains(&pl.id)) {
        out.extend(pl.province);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Programmes that concern a province, a region (any of its provinces), a place, or
/// a milestone; for a place from a later report, the programmes that report concerns.
pub fn programmes_touching(data: &Dataset, id: &str) -> Vec<&'static str> {
    if let Some(m) = data.milestones.iter().find(|m| m.id == id) {
        return m.programmes.to_vec();
    }
    // A place from a later report concerns what that report links it to, not what the
    // report says of its province.
    let later = data
        .places
        .iter()
        .find(|pl| pl.id == id)
        .and_then(|pl| pl.later_report())
        .and_then(|u| data.updates.iter().find(|x| x.id == u));
    if let Some(u) = later {
        return u
            .concerns
            .iter()
            .copied()
            .filter(|c| data.programmes.iter().any(|p| p.id == *c))
            .collect();
    }
    let provinces: Vec<&str> = match data.regions.iter().find(|r| r.id == id) {
        Some(region) => region.provinces.to_vec(),
        None => match data.places.iter().find(|pl| pl.id == id) {
            Some(pl) => pl.province.into_iter().collect(),
            None => vec![id],
        },
    };
    data.programmes
        .iter()
        .filter(|p| {
            p.regions.contains(&id)
                || p.places.contains(&id)
                || provinces_of_programme(data, p)
                    .iter()
                    .any(|x| provinces.contains(x))
        })
        .map(|p| p.id)
        .collect()
}

/// [`programmes_touching`] of every province, region, place and milestone.
pub fn touching_all(data: &Dataset) -> Vec<(&'static str, Vec<&'static str>)> {
    data.provinces
        .iter()
        .map(|p| p.id)
        .chain(data.regions.iter().map(|r| r.id))
        .chain(data.places.iter().map(|p| p.id))
        .chain(data.milestones.iter().map(|m| m.id))
        .map(|id| (id, programmes_touching(data, id)))
        .collect()
}
