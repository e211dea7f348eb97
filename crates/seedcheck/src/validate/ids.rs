//! Every record's id, in one namespace shared by all tables, so any field can name any
//! record and a reference says which kind it must be.

use super::{line_of, Error, Ids, Kind, SeedText};
use crate::forms::valid_id;
use crate::raw::S;

/// Collects every id with its kind and where it is defined, adding an error for each
/// malformed or repeated one.
pub(super) fn collect(files: &[SeedText], errors: &mut Vec<Error>) -> Ids {
    let mut ids = Ids::new();
    for f in files {
        let s = &f.seeds;
        let all: Vec<(Kind, &S)> = s
            .programme
            .iter()
            .map(|r| (Kind::Programme, &r.get_ref().id))
            .chain(s.target.iter().map(|r| (Kind::Target, &r.get_ref().id)))
            .chain(
                s.milestone
                    .iter()
                    .map(|r| (Kind::Milestone, &r.get_ref().id)),
            )
            .chain(s.province.iter().map(|r| (Kind::Province, &r.get_ref().id)))
            .chain(s.region.iter().map(|r| (Kind::Region, &r.get_ref().id)))
            .chain(s.place.iter().map(|r| (Kind::Place, &r.get_ref().id)))
            .chain(s.actor.iter().map(|r| (Kind::Actor, &r.get_ref().id)))
            .chain(s.figure.iter().map(|r| (Kind::Figure, &r.get_ref().id)))
            .chain(s.scenario.iter().map(|r| (Kind::Scenario, &r.get_ref().id)))
            .chain(s.conflict.iter().map(|r| (Kind::Conflict, &r.get_ref().id)))
            .chain(s.update.iter().map(|r| (Kind::Update, &r.get_ref().id)))
            .collect();
        for (kind, id) in all {
            let line = line_of(&f.text, id.span().start);
            let v = id.get_ref();
            if !valid_id(v) {
                errors.push(Error {
                    file: f.name.clone(),
                    line,
                    what: format!("{}, field `id`", kind.name()),
                    message: format!("{v:?} is not an id: use lowercase letters, digits and '-' (or an ISO 3166-2 code such as \"KR-11\")"),
                });
            }
            if let Some((k0, f0, l0)) = ids.get(v) {
                errors.push(Error {
                    file: f.name.clone(),
                    line,
                    what: format!("{}, field `id`", kind.name()),
                    message: format!(
                        "duplicate id {v:?}: already used by a {} at {f0}:{l0}",
                        k0.name()
                    ),
                });
            } else {
                ids.insert(v.clone(), (kind, f.name.clone(), line));
            }
        }
    }
    ids
}
