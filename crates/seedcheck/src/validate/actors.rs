//! The `[[actor]]` table: bodies that run, fund or take part in programmes.

use super::{leak, what, Checker, Ctx, Kind};
use crate::raw::RawActor;
use atlas_model::Actor;
use toml::Spanned;

impl Checker {
    /// An actor: the programmes it serves and its role, where the report says.
    pub(super) fn actor(&self, cx: &mut Ctx, a: &Spanned<RawActor>) -> Actor {
        let r = a.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("actor", id, field);
        Actor {
            id: leak(id),
            name: self.text(cx, a.span(), &w("name"), &r.name),
            kind: r.kind,
            programmes: self.refs(cx, &w("programmes"), &r.programmes, &[Kind::Programme]),
            role: r
                .role
                .as_ref()
                .map(|t| self.text(cx, a.span(), &w("role"), t)),
            source: self.source(cx, &w("source"), &r.source),
        }
    }
}
