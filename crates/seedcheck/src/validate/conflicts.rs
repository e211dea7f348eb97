//! The `[[conflict]]` table: places where the report disagrees with itself.

use super::{leak, leak_vec, what, Checker, Ctx, ANY};
use crate::raw::RawConflict;
use atlas_model::{Claim, Conflict, ConflictKind};
use std::collections::HashSet;
use toml::Spanned;

impl Checker {
    /// A conflict: at least two claims, each from a different phrase of the report, about
    /// at least one record.
    pub(super) fn conflict(&self, cx: &mut Ctx, c: &Spanned<RawConflict>) -> Conflict {
        let r = c.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("conflict", id, field);
        if r.claims.len() < 2 {
            cx.err(
                c.span(),
                &w("claims"),
                format!(
                    "a conflict needs at least two claims; found {}",
                    r.claims.len()
                ),
            );
        }
        if r.about.is_empty() {
            cx.err(
                c.span(),
                &w("about"),
                "say which records the conflict is about".into(),
            );
        }
        let claims: Vec<Claim> = r
            .claims
            .iter()
            .enumerate()
            .map(|(i, cl)| Claim {
                says: self.text(
                    cx,
                    cl.span(),
                    &w(&format!("claims[{i}].says")),
                    &cl.get_ref().says,
                ),
                source: self.source(cx, &w(&format!("claims[{i}].source")), &cl.get_ref().source),
            })
            .collect();
        let mut spots = HashSet::new();
        for (i, cl) in claims.iter().enumerate() {
            if !spots.insert((cl.source.section.id, cl.source.quote)) {
                cx.err(
                    r.claims[i].span(),
                    &w(&format!("claims[{i}].source")),
                    "two claims cite the same phrase; a conflict is between different places"
                        .into(),
                );
            }
        }
        let kind = self.conflict_kind(cx, c, &w("kind"));
        Conflict {
            id: leak(id),
            kind,
            title: self.text(cx, c.span(), &w("title"), &r.title),
            about: self.refs(cx, &w("about"), &r.about, ANY),
            claims: leak_vec(claims),
            note: self.text(cx, c.span(), &w("note"), &r.note),
        }
    }

    /// The conflict's `kind`, required: whether its claims cannot all hold, or only need
    /// reading together. A missing or unknown kind is an error (and reads as a
    /// contradiction, so the check goes on).
    fn conflict_kind(&self, cx: &mut Ctx, c: &Spanned<RawConflict>, w: &str) -> ConflictKind {
        let names = || {
            ConflictKind::ALL
                .iter()
                .map(|(_, n)| format!("{n:?}"))
                .collect::<Vec<_>>()
                .join(" or ")
        };
        match &c.get_ref().kind {
            None => {
                cx.err(
                    c.span(),
                    w,
                    "add `kind = \"contradiction\"` (the claims cannot all be true as written) or `kind = \"ambiguity\"` (they agree when read together, but one alone misleads)".into(),
                );
                ConflictKind::Contradiction
            }
            Some(k) => ConflictKind::parse(k.get_ref()).unwrap_or_else(|| {
                cx.err(
                    k.span(),
                    w,
                    format!(
                        "{:?} is not a conflict kind; write {}",
                        k.get_ref(),
                        names()
                    ),
                );
                ConflictKind::Contradiction
            }),
        }
    }
}
