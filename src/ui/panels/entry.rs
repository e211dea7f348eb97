//! The panel of a timeline record: a milestone, a later report, or a conflict.

use super::frame::{panel, sources_into};
use crate::data::timeline::Row;
use crate::data::{self, Conflict, Milestone, Update};
use crate::i18n::{self, Key, Lang};
use crate::ui::markup::{cite_into, Markup};
use crate::ui::names::{kind_key, row_key};
use crate::ui::store::Store;
use yew::prelude::*;

/// The panel of record `id` (nothing if it is none of the three).
pub fn entry(app: &Store, id: &str) -> Html {
    let lang = app.lang;
    let mut m = Markup::new();
    let (title, record) = if let Some(ms) = crate::data::MILESTONES.iter().find(|m| m.id == id) {
        milestone_into(&mut m, lang, ms);
        (lang.pick(ms.name), ms.id)
    } else if let Some(u) = crate::data::UPDATES.iter().find(|u| u.id == id) {
        update_into(&mut m, lang, u);
        (lang.pick(u.topic), u.id)
    } else if let Some(c) = crate::data::CONFLICTS.iter().find(|c| c.id == id) {
        crate::ui::names::conflict_badge_into(&mut m, lang, c);
        claims_into(&mut m, lang, c);
        (lang.pick(c.title), c.id)
    } else {
        return html! {};
    };
    panel(app, record, "entry-h", title, m)
}

/// A milestone: its date, kind and lane, source, programmes, actors, and what
/// contradicts or follows it.
fn milestone_into(m: &mut Markup, lang: Lang, ms: &Milestone) {
    m.open("p", &[])
        .el("strong", &[], &i18n::date(lang, ms.date))
        .text(&format!(
            " · {} · {}",
            lang.t(kind_key(ms.kind)),
            lang.t(row_key(Row::Report(ms.lane)))
        ))
        .close("p");
    cite_into(m, lang, ms.source);
    if !ms.programmes.is_empty() {
        m.el("h4", &[], lang.t(Key::DetailProgrammes));
        programme_chips(m, lang, ms.programmes);
    }
    if !ms.actors.is_empty() {
        let names: Vec<_> = ms
            .actors
            .iter()
            .filter_map(|a| data::actor(a))
            .map(|a| lang.pick(a.name))
            .collect();
        m.el("h4", &[], lang.t(Key::DetailActors))
            .el("p", &[], &names.join(", "));
    }
    for c in data::conflicts_about(ms.id) {
        m.open("div", &[("class", "conflict")]);
        crate::ui::names::conflict_badge_into(m, lang, c);
        m.el("h4", &[], lang.pick(c.title));
        claims_into(m, lang, c);
        m.close("div");
    }
    for u in data::updates_about(ms.id) {
        m.open("div", &[("class", "update")])
            .el(
                "h4",
                &[],
                &format!("{}: {}", lang.t(Key::DetailUpdates), lang.pick(u.topic)),
            )
            .el("p", &[], lang.pick(u.says));
        sources_into(m, lang, u);
        m.close("div");
    }
}

/// A later report: what it says, its dated events, sources and programmes.
fn update_into(m: &mut Markup, lang: Lang, u: &Update) {
    m.el("p", &[("class", "badge later")], lang.t(Key::LaneLater))
        .el("p", &[], lang.pick(u.says))
        .open("ul", &[]);
    for e in u.events {
        m.open("li", &[])
            .el("strong", &[], &i18n::date(lang, e.date))
            .text(" · ")
            .text(lang.pick(e.text))
            .close("li");
    }
    m.close("ul");
    sources_into(m, lang, u);
    let programmes: Vec<_> = u
        .concerns
        .iter()
        .copied()
        .filter(|c| data::programme(c).is_some())
        .collect();
    programme_chips(m, lang, &programmes);
}

/// Both (or all) sides of a contradiction with their sources, then its note.
pub(super) fn claims_into(m: &mut Markup, lang: Lang, c: &Conflict) {
    m.open("ol", &[]);
    for cl in c.claims {
        m.open("li", &[]).text(lang.pick(cl.says));
        cite_into(m, lang, cl.source);
        m.close("li");
    }
    m.close("ol").el("p", &[], lang.pick(c.note));
}

/// Programmes as chips that select them.
fn programme_chips(m: &mut Markup, lang: Lang, ids: &[&'static str]) {
    m.open("p", &[]);
    for p in ids.iter().filter_map(|id| data::programme(id)) {
        m.select_button("link chip", p.id, lang.pick(p.name));
    }
    m.close("p");
}
