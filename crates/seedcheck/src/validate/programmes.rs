//! The `[[programme]]` table: each programme with the report tables that list it, every
//! amount the report states for it, and who and where.

use super::{leak, leak_vec, sub, what, Checker, Ctx, Kind};
use crate::raw::{RawProgramme, RawTableName};
use atlas_model::{Programme, TableName};
use toml::Spanned;

/// The report tables a programme row can come from.
const TABLES: &[&str] = &["key-components", "sectoral-allocations", "summary"];

impl Checker {
    /// A programme: at least one amount claim, and references to actors, regions and places.
    pub(super) fn programme(&self, cx: &mut Ctx, p: &Spanned<RawProgramme>) -> Programme {
        let r = p.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("programme", id, field);
        let table_names = r
            .table_names
            .iter()
            .enumerate()
            .map(|(i, t)| self.table_name(cx, &w(&format!("table_names[{i}]")), t))
            .collect();
        if r.amounts.is_empty() {
            cx.err(
                p.span(),
                &w("amounts"),
                "no amount claim: record what the report says, even kind = \"not_stated\"".into(),
            );
        }
        let amounts = r
            .amounts
            .iter()
            .enumerate()
            .map(|(i, a)| self.amount(cx, &w(&format!("amounts[{i}]")), a))
            .collect();
        Programme {
            id: leak(id),
            name: self.text(cx, p.span(), &w("name"), &r.name),
            category: r.category,
            table_names: leak_vec(table_names),
            amounts: leak_vec(amounts),
            goals: self.notes(cx, "programme", id, "goals", &r.goals),
            activities: self.notes(cx, "programme", id, "activities", &r.activities),
            responsible: self.refs(cx, &w("responsible"), &r.responsible, &[Kind::Actor]),
            regions: self.refs(
                cx,
                &w("regions"),
                &r.regions,
                &[Kind::Region, Kind::Province],
            ),
            places: self.refs(cx, &w("places"), &r.places, &[Kind::Place]),
            notes: self.notes(cx, "programme", id, "notes", &r.notes),
        }
    }

    /// A row of one of the report's tables: the table is known and the row name stands in it.
    fn table_name(&self, cx: &mut Ctx, w: &str, t: &Spanned<RawTableName>) -> TableName {
        let t = t.get_ref();
        let table = t.table.get_ref().as_str();
        if !TABLES.contains(&table) {
            cx.err(
                t.table.span(),
                &sub(w, ".table"),
                format!("{table:?} is not a report table; use {}", TABLES.join(", ")),
            );
        } else if let Some(section) = self.report.section(table) {
            if self.report.find(section, t.name.get_ref()).is_none() {
                cx.err(
                    t.name.span(),
                    &sub(w, ".name"),
                    format!(
                        "{:?} is not a row name in the {table} table",
                        t.name.get_ref()
                    ),
                );
            }
        }
        TableName {
            table: leak(table),
            name: leak(t.name.get_ref()),
        }
    }
}
