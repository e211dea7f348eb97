//! What a selection lights up in the other views: a programme lights up its provinces
//! on the map and its entries on the timeline; a province, region, place or milestone
//! lights up the programmes that concern it in the funding view; a region also lights
//! up its provinces.
//!
//! One query, [`Highlight::of`] a selection, asked once per view for the records that
//! view draws. Each view's answer is a method of its own, so a view's chunk carries only
//! what that view asks (src/ui/lazy.rs).

use super::timeline::entries;
use super::{programme, programmes_touching, provinces_of_programme, Programme, Region, DATASET};

/// The selected record, as the highlight reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Highlight {
    /// Nothing is selected.
    Nothing,
    /// A programme.
    Programme(&'static Programme),
    /// A region of the regional strategy.
    Region(&'static Region),
    /// Any other record (a province, place, milestone, later report or conflict).
    Other(&'static str),
}

impl Highlight {
    /// What `selected` lights up.
    pub fn of(selected: Option<&'static str>) -> Highlight {
        let Some(id) = selected else {
            return Highlight::Nothing;
        };
        if let Some(p) = programme(id) {
            return Highlight::Programme(p);
        }
        match DATASET.regions.iter().find(|r| r.id == id) {
            Some(r) => Highlight::Region(r),
            None => Highlight::Other(id),
        }
    }

    /// The programmes highlighted in the funding view: those that concern the selected
    /// province, region, place or milestone. A selected programme highlights none (it is
    /// the selection there).
    pub fn programmes(self) -> Vec<&'static str> {
        match self {
            Highlight::Nothing | Highlight::Programme(_) => Vec::new(),
            Highlight::Region(r) => programmes_touching(r.id),
            Highlight::Other(id) => programmes_touching(id),
        }
    }

    /// The provinces highlighted on the map: a selected programme's, or a selected
    /// region's.
    pub fn provinces(self) -> Vec<&'static str> {
        match self {
            Highlight::Programme(p) => provinces_of_programme(p),
            Highlight::Region(r) => r.provinces.to_vec(),
            Highlight::Nothing | Highlight::Other(_) => Vec::new(),
        }
    }

    /// The timeline entries highlighted: a selected programme's, in time order.
    pub fn entries(self) -> Vec<&'static str> {
        match self {
            Highlight::Programme(p) => entries()
                .iter()
                .filter(|e| e.programmes.contains(&p.id))
                .map(|e| e.id)
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_selected_lights_nothing() {
        let h = Highlight::of(None);
        assert_eq!(h, Highlight::Nothing);
        assert!(h.programmes().is_empty() && h.provinces().is_empty() && h.entries().is_empty());
    }

    #[test]
    fn a_programme_lights_its_provinces_and_entries_but_no_programme() {
        let p = DATASET
            .programmes
            .iter()
            .find(|p| !provinces_of_programme(p).is_empty())
            .expect("a programme placed in a province");
        let h = Highlight::of(Some(p.id));
        assert_eq!(h, Highlight::Programme(p));
        assert!(h.programmes().is_empty());
        assert_eq!(h.provinces(), provinces_of_programme(p));
        for id in h.entries() {
            let e = entries().iter().find(|e| e.id == id).expect("an entry");
            assert!(e.programmes.contains(&p.id), "{id} is not {}'s", p.id);
        }
        let with_milestones = DATASET
            .programmes
            .iter()
            .find(|p| {
                crate::data::MILESTONES
                    .iter()
                    .any(|m| m.programmes.contains(&p.id))
            })
            .expect("a programme with a milestone");
        assert!(!Highlight::of(Some(with_milestones.id)).entries().is_empty());
    }

    #[test]
    fn a_region_lights_its_provinces_and_their_programmes() {
        let r = &DATASET.regions[0];
        let h = Highlight::of(Some(r.id));
        assert_eq!(h, Highlight::Region(r));
        assert_eq!(h.provinces(), r.provinces.to_vec());
        assert_eq!(h.programmes(), programmes_touching(r.id));
        assert!(h.entries().is_empty());
    }

    #[test]
    fn a_province_lights_its_programmes_only() {
        let prov = DATASET
            .provinces
            .iter()
            .find(|p| !programmes_touching(p.id).is_empty())
            .expect("a province some programme concerns");
        let h = Highlight::of(Some(prov.id));
        assert_eq!(h, Highlight::Other(prov.id));
        assert_eq!(h.programmes(), programmes_touching(prov.id));
        assert!(!h.programmes().is_empty());
        assert!(h.provinces().is_empty() && h.entries().is_empty());
    }
}
