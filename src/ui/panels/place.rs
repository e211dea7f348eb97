//! The panels of a selected province and of a selected place.

use super::frame::{list, panel, panel_with, section, update_into};
use crate::data::{self, PlaceOrigin, Province, Text};
use crate::i18n::{self, Key, Lang};
use crate::layout::map::regions_of;
use crate::ui::markup::{cite_into, Markup};
use crate::ui::names::{kind, other, programme_names};
use crate::ui::steps::FromSteps;
use crate::ui::store::Store;
use yew::prelude::*;

/// The panel of province `id` (nothing if `id` is not a province).
pub fn province(app: &Store, id: &str) -> Html {
    let lang = app.lang;
    let Some(p) = data::province(id) else {
        return html! {};
    };
    let mut m = alt_named(lang, p.name);
    m.el("p", &[], &format!("{} · {}", kind(lang, p.kind), p.id));
    regions_into(&mut m, lang, p);
    m.open("section", &[])
        .el("h4", &[], lang.t(Key::ProgrammesHere));
    programme_buttons(&mut m, lang, p.id);
    m.close("section");
    let places = data::places_in(p.id);
    section(&mut m, lang, Key::PlacesHere, places.is_empty(), |m| {
        list(m, places, |m, pl| {
            m.open("li", &[("data-id", pl.id)])
                .select_button("link", pl.id, lang.pick(pl.name))
                .el("small", &[("class", "cite")], lang.pick(pl.location_note));
            if let Some(s) = pl.source() {
                cite_into(m, lang, s);
            }
            m.close("li");
        });
    });
    let later = data::later_places_in(p.id);
    section(&mut m, lang, Key::LaterPlacesHere, later.is_empty(), |m| {
        list(m, later, |m, pl| {
            m.open("li", &[("data-id", pl.id), ("class", "later")])
                .select_button("link", pl.id, lang.pick(pl.name))
                .el("small", &[("class", "cite")], lang.t(Key::LaterPlaceLabel))
                .close("li");
        });
    });
    super::frame::conflicts_into(&mut m, lang, p.id);
    let updates: Vec<_> = data::updates_about(p.id).collect();
    section(&mut m, lang, Key::DetailUpdates, updates.is_empty(), |m| {
        list(m, updates, |m, u| update_into(m, lang, u));
    });
    panel(app, p.id, "detail-h", lang.pick(p.name), m)
}

/// The regions of the strategy the province is in, with their focus and sources.
fn regions_into(m: &mut Markup, lang: Lang, p: &Province) {
    let regions = regions_of(p.id);
    m.open("section", &[]).el("h4", &[], lang.t(Key::ColRegion));
    if regions.is_empty() {
        m.el("p", &[], lang.t(Key::NoRegion));
    }
    list(m, &regions, |m, (_, r)| {
        m.open("li", &[("data-id", r.id)])
            .el("strong", &[], lang.pick(r.name));
        if !r.focus.is_empty() {
            m.text(": ").text(&lang.join(r.focus));
        }
        cite_into(m, lang, r.source);
        if let Some(n) = r.note {
            m.el("small", &[("class", "cite")], lang.pick(n));
        }
        m.close("li");
    });
    m.close("section");
}

/// The panel of place `id` (nothing if `id` is not a place).
pub fn place(app: &Store, id: &str) -> Html {
    let lang = app.lang;
    let Some(pl) = data::place(id) else {
        return html! {};
    };
    let mut m = alt_named(lang, pl.name);
    if let Some(prov) = pl.province.and_then(data::province) {
        m.open("p", &[])
            .text(lang.t(Key::PlaceInProvince))
            .text(" ")
            .select_button("link", prov.id, lang.pick(prov.name))
            .close("p");
    }
    m.el("p", &[], lang.pick(pl.location_note));
    match pl.origin {
        PlaceOrigin::Report { source } => cite_into(&mut m, lang, source),
        PlaceOrigin::LaterReport { update } => later_report_into(&mut m, lang, update),
    }
    m.open("section", &[])
        .el("h4", &[], lang.t(Key::ProgrammesHere));
    programme_buttons(&mut m, lang, pl.id);
    m.close("section");
    // The steps later reports record for it, from the steps chunk (nothing if none).
    let steps = if crate::data::steps::names_place(pl.id) {
        html! { <FromSteps {lang} id={Some(pl.id)} ladder=true /> }
    } else {
        Html::default()
    };
    panel_with(
        app,
        pl.id,
        "detail-h",
        lang.pick(pl.name),
        m,
        steps,
        Markup::new(),
    )
}

/// A place only a later report names: the label that says so, then the report's dated
/// events, what it says and its source addresses.
fn later_report_into(m: &mut Markup, lang: Lang, update: &str) {
    m.el(
        "p",
        &[("class", "badge later"), ("data-testid", "later-place")],
        lang.t(Key::LaterPlaceLabel),
    );
    let Some(u) = data::update(update) else {
        return;
    };
    m.open("ul", &[]);
    for e in u.events {
        m.open("li", &[])
            .el("strong", &[], &i18n::date(lang, e.date))
            .text(" · ")
            .text(lang.pick(e.text))
            .close("li");
    }
    m.close("ul").el("p", &[], lang.pick(u.says));
    super::frame::sources_into(m, lang, u);
}

/// A panel's body, opened with the record's name in the other language.
fn alt_named(lang: Lang, name: Text) -> Markup {
    let alt = other(lang);
    let mut m = Markup::new();
    m.el(
        "p",
        &[("class", "alt-name"), ("lang", alt.code())],
        alt.pick(name),
    );
    m
}

/// The programmes that name a province or place, as buttons that select them.
fn programme_buttons(m: &mut Markup, lang: Lang, id: &str) {
    let progs = programme_names(lang, id);
    if progs.is_empty() {
        m.el("p", &[], lang.t(Key::NoProgrammesHere));
        return;
    }
    m.open("ul", &[("class", "programmes-here")]);
    for (pid, name) in progs {
        m.open("li", &[("data-id", pid)])
            .select_button("link", pid, name)
            .close("li");
    }
    m.close("ul");
}
