//! The `[[milestone]]` table: dated events and deadlines.

use super::{leak, what, Checker, Ctx, Kind};
use crate::raw::RawMilestone;
use atlas_model::Milestone;
use toml::Spanned;

impl Checker {
    /// A milestone: its date, and the programmes, actors and places it concerns.
    pub(super) fn milestone(&self, cx: &mut Ctx, m: &Spanned<RawMilestone>) -> Milestone {
        let r = m.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("milestone", id, field);
        Milestone {
            id: leak(id),
            name: self.text(cx, m.span(), &w("name"), &r.name),
            short: self.short(cx, m.span(), &w("short"), &r.short),
            kind: r.kind,
            lane: r.lane,
            date: self.date(cx, &w("date"), &r.date),
            programmes: self.refs(cx, &w("programmes"), &r.programmes, &[Kind::Programme]),
            actors: self.refs(cx, &w("actors"), &r.actors, &[Kind::Actor]),
            places: self.refs(cx, &w("places"), &r.places, &[Kind::Place]),
            source: self.source(cx, &w("source"), &r.source),
        }
    }
}
